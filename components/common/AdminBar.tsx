import { useEffect, useState } from 'preact/hooks';
import { request } from '../../lib/messaging/client';
import type { Res } from '../../lib/messaging/protocol';
import { checkAdminPassword } from '../../lib/options/validate';
import { setAdminToken, useAdminToken } from './admin';

type Status = Res<'admin/status'>;

/**
 * Top of the options and records pages: the admin password (first-run setup, unlock, lock) and what first-run
 * setup still needs (reviewers with PINs). Unlocking gives this page a short-lived session token (see admin.ts).
 */
export function AdminBar({ onChange }: { onChange?(): void }) {
  const token = useAdminToken();
  const [status, setStatus] = useState<Status>();
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  const refresh = () =>
    request('admin/status', { token })
      .then(setStatus)
      .catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  useEffect(() => {
    void refresh();
  }, [token]);

  const act = async (fn: () => Promise<{ ok: boolean; error?: string; token?: string }>) => {
    setError(undefined);
    setBusy(true);
    try {
      const r = await fn();
      if (!r.ok) setError(r.error ?? '操作失败');
      else {
        if (r.token) setAdminToken(r.token);
        setPassword('');
        setConfirm('');
        onChange?.();
      }
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
      void refresh();
    }
  };

  if (!status) return null;
  const setup = status.reviewers === 0 || status.reviewersWithoutPin > 0;
  return (
    <section
      class="admin-bar"
      aria-label="管理员"
      data-testid="admin-bar"
      data-state={status.unlocked ? 'unlocked' : status.passwordSet ? 'locked' : 'unset'}
    >
      {!status.passwordSet ? (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            const bad = checkAdminPassword(password, confirm);
            if (bad) return setError(bad);
            void act(() => request('admin/set-password', { next: password }));
          }}
        >
          <strong>首次使用：请设置管理员密码。</strong>
          <span class="muted">
            设置后，拦截方式、签发级数、审核人、保留期限、规则和词库的修改都需要管理员密码；编辑无法自行关闭把关。
          </span>
          <div class="row">
            <input
              type="password"
              placeholder="管理员密码（至少 8 位）"
              autoComplete="new-password"
              value={password}
              onInput={(e) => setPassword((e.target as HTMLInputElement).value)}
              data-testid="admin-new-password"
            />
            <input
              type="password"
              placeholder="再次输入"
              autoComplete="new-password"
              value={confirm}
              onInput={(e) => setConfirm((e.target as HTMLInputElement).value)}
              data-testid="admin-new-password-confirm"
            />
            <button type="submit" class="primary" disabled={busy} data-testid="admin-set-password">
              设置密码
            </button>
          </div>
        </form>
      ) : status.unlocked ? (
        <div class="row">
          <strong data-testid="admin-status">已解锁管理员设置</strong>
          <span class="muted">
            {status.expiresAt
              ? `（${new Date(status.expiresAt).toLocaleTimeString('zh-CN')} 前有效，操作会自动续期）`
              : ''}
          </span>
          <button
            type="button"
            onClick={() =>
              void act(async () => {
                await request('admin/lock', {});
                setAdminToken(undefined);
                return { ok: true };
              })
            }
            data-testid="admin-lock"
          >
            锁定
          </button>
        </div>
      ) : (
        <form
          class="row"
          onSubmit={(e) => {
            e.preventDefault();
            void act(() => request('admin/unlock', { password }));
          }}
        >
          <strong data-testid="admin-status">设置已锁定</strong>
          <span class="muted">
            {status.fromPolicy ? '管理员密码由单位策略设定。' : '修改设置和词库需要管理员密码。'}
          </span>
          <input
            type="password"
            placeholder="管理员密码"
            autoComplete="current-password"
            value={password}
            onInput={(e) => setPassword((e.target as HTMLInputElement).value)}
            data-testid="admin-password"
          />
          <button type="submit" class="primary" disabled={busy} data-testid="admin-unlock">
            解锁
          </button>
        </form>
      )}
      {setup && (
        <p class="warn" data-testid="admin-setup">
          {status.reviewers === 0
            ? '尚未登记审核人：签发和放行只能填写姓名，记为“未验证”。请在“审核与发布”中登记审核人并为每人设置 PIN（6 位以上数字）。'
            : `${status.reviewersWithoutPin} 位审核人尚未设置 PIN：他们的签发和放行记为“未验证”。`}
        </p>
      )}
      {error && (
        <p class="error" role="alert" data-testid="admin-error">
          {error}
        </p>
      )}
    </section>
  );
}
