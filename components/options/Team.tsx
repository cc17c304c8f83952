import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { request } from '../../lib/messaging/client';
import { syncAgeText } from '../../lib/review/sync-age';
import { originPattern, teamUrlProblem } from '../../lib/team/server-url';
import { useAsync } from '../common/hooks';
import { LEVEL_NAMES, teamApi } from '../team/api';
import { Field, formatTime, Section, value } from './ui';

/**
 * 团队审核: connect this browser to the unit's CouchDB server. The password goes to the background only; the
 * server origin is requested as an optional host permission at this moment (a user gesture).
 */
export function Team() {
  const status = useAsync(() => teamApi.status(), []);
  const [form, setForm] = useState({ url: '', db: '', username: '', password: '', remember: false });
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string }>();
  const [permission, setPermission] = useState<string>();
  const s = status.data;
  const url = s?.policyServer ?? form.url;
  const db = s?.policyDatabase ?? form.db;

  const connect = (e: Event) => {
    e.preventDefault();
    const problem = teamUrlProblem(url.trim());
    if (problem) return setMessage({ ok: false, text: problem });
    // Asked in the click itself (a user gesture); the login does not wait for the answer: a server that allows the
    // extension origin by CORS works without it.
    void browser.permissions
      .request({ origins: [originPattern(url.trim())] })
      .then((granted) =>
        setPermission(granted ? '已授予访问该服务器的权限' : '未授予主机权限：服务器须为扩展开启 CORS'),
      )
      .catch((err: Error) => setPermission(`无法申请主机权限：${err.message}`));
    setBusy(true);
    setMessage(undefined);
    void request('team/setup', { ...form, url: url.trim(), db: db.trim() })
      .then((r) => {
        setMessage(r.ok ? { ok: true, text: '已连接团队服务器' } : { ok: false, text: r.error ?? '连接失败' });
        if (r.ok) setForm((f) => ({ ...f, password: '' }));
        status.reload();
      })
      .catch((err: Error) => setMessage({ ok: false, text: err.message }))
      .finally(() => setBusy(false));
  };

  const off = () => {
    void request('team/off', {}).then((r) => {
      setMessage(r.ok ? { ok: true, text: '团队模式已关闭：恢复本机审核' } : { ok: false, text: r.error ?? '' });
      status.reload();
    });
  };

  const syncNow = () => {
    setBusy(true);
    void teamApi
      .sync()
      .then((r) =>
        setMessage(
          !r ? { ok: false, text: '未登录' } : r.ok ? { ok: true, text: '已同步' } : { ok: false, text: r.error ?? '' },
        ),
      )
      .finally(() => {
        setBusy(false);
        status.reload();
      });
  };

  const c = s?.config;
  return (
    <Section
      title="团队审核"
      id="team"
      intro="编辑和各级审核人在各自电脑上工作：编辑“送审”，审核人在“审核队列”中签发，签发经单位的 CouchDB 服务器同步到编辑的电脑。不开启时一切照旧，只在本机审核。"
    >
      {s?.forced && (
        <p class="notice warn" data-testid="team-forced">
          🔒 团队审核由单位策略开启：服务器 {s.policyServer}
          {s.policyDatabase ? `，数据库 ${s.policyDatabase}` : ''}。
        </p>
      )}
      {c && (
        <div class="card" data-testid="team-connected">
          <p>
            已连接：<strong data-testid="team-user">{c.username}</strong> @ {c.url} / {c.db}
            {c.unit ? `（单位 ${c.unit}）` : ''}
          </p>
          <p class="muted">
            角色：
            {[
              c.abilities?.editor && '编辑',
              c.abilities?.reviewer &&
                `审核人（${(c.abilities.levels ?? []).map((l) => LEVEL_NAMES[l]).join('、') || '无级别'}）`,
              c.abilities?.auditor && '审计',
              c.abilities?.admin && '单位管理员',
            ]
              .filter(Boolean)
              .join('、') || '无'}
            ；密码{c.remember ? '保存在本机（扩展的 IndexedDB）' : '只保存在本次浏览器会话中'}
            {s.signedIn ? '' : '（会话已结束，请重新登录）'}
          </p>
          <p class="muted" data-testid="team-sync">
            {syncAgeText(s.sync.lastSuccess)}
            {s.sync.lastSuccess ? `（${formatTime(s.sync.lastSuccess)}）` : ''}
            {s.sync.lastError ? `；最近一次同步失败：${s.sync.lastError}` : ''}
          </p>
          <div class="row">
            <button type="button" onClick={syncNow} disabled={busy} data-testid="team-sync-now">
              立即同步
            </button>
            <a href="/queue.html" target="_blank" rel="noreferrer">
              打开审核队列 ↗
            </a>
            {!s.forced && (
              <button type="button" onClick={off} data-testid="team-off">
                关闭团队模式
              </button>
            )}
          </div>
        </div>
      )}
      {(!c || !s?.signedIn) && (
        <form class="card" onSubmit={connect} data-testid="team-form">
          <Field
            label="服务器地址"
            hint="HTTPS 地址，如 https://couch.example.gov.cn:6984（本机测试可用 http://127.0.0.1）"
          >
            <input
              type="url"
              value={url}
              disabled={Boolean(s?.policyServer)}
              onInput={(e) => setForm({ ...form, url: value(e) })}
              data-testid="team-url"
            />
          </Field>
          <Field label="数据库">
            <input
              value={db}
              disabled={Boolean(s?.policyDatabase)}
              onInput={(e) => setForm({ ...form, db: value(e) })}
              data-testid="team-db"
            />
          </Field>
          <Field label="用户名">
            <input
              value={form.username}
              autocomplete="username"
              onInput={(e) => setForm({ ...form, username: value(e) })}
              data-testid="team-username"
            />
          </Field>
          <Field label="密码">
            <input
              type="password"
              value={form.password}
              autocomplete="current-password"
              onInput={(e) => setForm({ ...form, password: value(e) })}
              data-testid="team-password"
            />
          </Field>
          <label class="row">
            <input
              type="checkbox"
              checked={form.remember}
              onChange={(e) => setForm({ ...form, remember: e.currentTarget.checked })}
              data-testid="team-remember"
            />
            在这台电脑上记住密码（不勾选：关闭浏览器后需重新登录）
          </label>
          <button type="submit" disabled={busy} data-testid="team-connect">
            {busy ? '正在连接…' : '连接并开启团队模式'}
          </button>
        </form>
      )}
      {message && (
        <p class={`notice ${message.ok ? 'ok' : 'error'}`} role="status" data-testid="team-message">
          {message.text}
        </p>
      )}
      {permission && (
        <p class="muted" data-testid="team-permission">
          {permission}
        </p>
      )}
      {status.error && <p class="notice error">{status.error}</p>}
    </Section>
  );
}
