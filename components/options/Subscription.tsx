import { useEffect, useState } from 'preact/hooks';
import { effectiveSubscription, highestAcceptedVersion } from '../../lib/background/subscription';
import { keyIdForPublicKey } from '../../lib/dict/bundle';
import { request } from '../../lib/messaging/client';
import { ruleKeyLabel } from '../../lib/options/diff';
import { GATE_MODE_LABELS, REQUIRED_LEVELS_LABELS } from '../../lib/options/labels';
import { checkSubscriptionForm, type SubscriptionForm } from '../../lib/options/validate';
import { POLICY_FIELDS, type PolicyKey } from '../../lib/settings/policy-fields';
import type { Subscription as Sub } from '../../lib/settings/schema';
import { adminToken } from '../common/admin';
import { type Outcome, useOptions } from './data';
import { Field, formatTime, LockNote, Message, Section, value } from './ui';

/** 订阅与策略: the signed dictionary subscription and the enterprise policy in effect. */
export function Subscription() {
  return (
    <Section
      id="subscription"
      title="订阅与策略"
      intro="单位可把统一维护的词库签名后发布在内网，所有安装自动订阅、定期更新；未签名或被篡改的词库包会被拒绝，继续使用上一版本。"
    >
      <SubscriptionCard />
      <PolicyCard />
    </Section>
  );
}

function SubscriptionCard() {
  const { loaded, actions, reload, reloadEngine } = useOptions();
  const { settings, policy } = loaded;
  const eff = effectiveSubscription(settings, policy);
  const lock = {
    url: policy?.subscriptionUrl !== undefined,
    publicKey: policy?.publicKey !== undefined,
    intervalHours: policy?.refreshHours !== undefined,
  };
  const initial = (): SubscriptionForm => ({
    url: eff.url ?? '',
    publicKey: eff.publicKey ?? '',
    intervalHours: String(eff.intervalHours),
  });
  const [form, setForm] = useState<SubscriptionForm>(initial);
  const [errors, setErrors] = useState<Partial<Record<keyof SubscriptionForm, string>>>({});
  const [outcome, setOutcome] = useState<Outcome>();
  const [result, setResult] = useState<{ status: string; message: string }>();
  const [busy, setBusy] = useState<'save' | 'refresh' | 'clear'>();
  const [keyId, setKeyId] = useState<string>();
  const [confirmClear, setConfirmClear] = useState(false);
  const saved = initial();
  const dirty =
    form.url !== saved.url || form.publicKey !== saved.publicKey || form.intervalHours !== saved.intervalHours;
  const sub = settings.subscription;
  const subDicts = loaded.rows.filter((r) => r.origin === 'subscription');

  useEffect(() => {
    let alive = true;
    if (eff.publicKey) void keyIdForPublicKey(eff.publicKey).then((k) => alive && setKeyId(k));
    else setKeyId(undefined);
    return () => {
      alive = false;
    };
  }, [eff.publicKey]);

  const set = (k: keyof SubscriptionForm) => (e: Event) => setForm((f) => ({ ...f, [k]: value(e) }));

  /** Saves the form; returns false when it is invalid or could not be saved. */
  async function save(): Promise<boolean> {
    const checked = await checkSubscriptionForm({
      url: lock.url ? policy!.subscriptionUrl! : form.url,
      publicKey: lock.publicKey ? policy!.publicKey! : form.publicKey,
      intervalHours: lock.intervalHours ? String(policy!.refreshHours) : form.intervalHours,
    });
    if (!checked.ok) {
      setErrors(checked.errors);
      return false;
    }
    setErrors({});
    const { url, publicKey, intervalHours } = checked.value;
    const out = await actions.changeSettings((s) => {
      const prev: Partial<Sub> = s.subscription ?? {};
      const next: Sub = { ...prev, url, publicKey, intervalHours } as Sub;
      if (prev.url !== url) delete next.etag;
      return { ...s, subscription: next };
    }, 'subscription settings');
    setOutcome(out);
    return out.ok;
  }

  async function run(kind: 'save' | 'refresh' | 'clear') {
    setBusy(kind);
    setOutcome(undefined);
    setResult(undefined);
    try {
      if (kind === 'save') {
        // Saving also asks the background to check the bundle now and to reschedule the refresh alarm.
        if (await save()) {
          try {
            setResult(await request('subscription/refresh', {}));
          } catch (err) {
            setResult({ status: 'error', message: `更新失败：${err instanceof Error ? err.message : String(err)}` });
          }
          reloadEngine();
        }
      } else if (kind === 'refresh') {
        if (dirty && !(await save())) return;
        try {
          const r = await request('subscription/refresh', { force: true });
          setResult(r);
        } catch (err) {
          setResult({ status: 'error', message: `更新失败：${err instanceof Error ? err.message : String(err)}` });
        }
        reloadEngine();
      } else {
        setConfirmClear(false);
        const r = await request('subscription/clear', { actor: loaded.actor, token: adminToken() });
        if (!r.ok) throw new Error(r.error ?? '取消订阅失败');
        setOutcome({ ok: true, message: '已取消订阅，订阅词库已移除。' });
        setForm({ url: '', publicKey: '', intervalHours: '6' });
        reloadEngine();
      }
    } catch (err) {
      setOutcome({ ok: false, message: err instanceof Error ? err.message : String(err) });
      reload();
    } finally {
      setBusy(undefined);
    }
  }

  return (
    <div class="card" data-testid="subscription">
      <h2>词库订阅</h2>
      {eff.fromPolicy && (
        <p>
          <LockNote testid="subscription-locked">订阅由单位策略配置，策略设置的项目为只读。</LockNote>
        </p>
      )}
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void run('save');
        }}
      >
        <Field
          label="词库包地址"
          error={errors.url}
          hint="内网 HTTPS 地址（只有本机地址 127.0.0.1、localhost 可用 http://）；服务器须允许跨域（Access-Control-Allow-Origin）并暴露 ETag；不接受跳转到其他主机"
          testid="subscription-url"
        >
          <input
            type="url"
            class="wide"
            value={lock.url ? policy!.subscriptionUrl : form.url}
            readOnly={lock.url}
            placeholder="https://dict.example.gov.cn/publish-guard/bundle.json"
            onInput={set('url')}
            data-testid="subscription-url"
          />
          {lock.url && <LockNote>策略设置</LockNote>}
        </Field>
        <Field
          label="签名公钥"
          error={errors.publicKey}
          hint={keyId ? `当前公钥 keyId：${keyId}` : 'publish-guard dict keygen 输出的公钥（PEM 或 base64）'}
          testid="subscription-key"
        >
          <textarea
            rows={4}
            class="mono"
            value={lock.publicKey ? policy!.publicKey : form.publicKey}
            readOnly={lock.publicKey}
            placeholder="-----BEGIN PUBLIC KEY----- … 或 MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE…"
            onInput={set('publicKey')}
            data-testid="subscription-key"
          />
          {lock.publicKey && <LockNote>策略设置</LockNote>}
        </Field>
        <Field label="检查间隔（小时）" error={errors.intervalHours} testid="subscription-interval">
          <input
            type="number"
            min={1}
            max={168}
            value={lock.intervalHours ? String(policy!.refreshHours) : form.intervalHours}
            readOnly={lock.intervalHours}
            onInput={set('intervalHours')}
            data-testid="subscription-interval"
          />
          {lock.intervalHours && <LockNote>策略设置</LockNote>}
        </Field>
        <div class="row">
          <button
            type="submit"
            disabled={busy !== undefined || (lock.url && lock.publicKey && lock.intervalHours)}
            data-testid="subscription-save"
          >
            保存
          </button>
          <button
            type="button"
            class="primary"
            disabled={busy !== undefined || (!eff.url && !form.url.trim())}
            onClick={() => void run('refresh')}
            data-testid="subscription-refresh"
          >
            {busy === 'refresh' ? '正在更新…' : '立即更新'}
          </button>
          {confirmClear ? (
            <>
              <button
                type="button"
                class="danger"
                disabled={busy !== undefined}
                onClick={() => void run('clear')}
                data-testid="subscription-clear-yes"
              >
                确认取消订阅（移除订阅词库）
              </button>
              <button type="button" onClick={() => setConfirmClear(false)}>
                不取消
              </button>
            </>
          ) : (
            <button
              type="button"
              disabled={busy !== undefined || lock.url || (!sub && subDicts.length === 0)}
              onClick={() => setConfirmClear(true)}
              data-testid="subscription-clear"
            >
              取消订阅
            </button>
          )}
        </div>
      </form>
      <Message outcome={outcome} testid="subscription-message" />
      {result && (
        <p
          class={`notice ${result.status === 'error' ? 'error' : 'ok'}`}
          role="status"
          data-testid="subscription-result"
          data-status={result.status}
        >
          {result.message}
        </p>
      )}
      <dl class="status" data-testid="subscription-status">
        <dt>当前版本</dt>
        <dd data-testid="subscription-version">{sub?.activeVersion ?? '未启用'}</dd>
        <dt>已接受的最高版本</dt>
        <dd data-testid="subscription-highest">
          {(eff.url && highestAcceptedVersion(sub, eff.url)) ?? '无'}
          <span class="muted">（低于此版本的词库包会被拒绝，防止旧版本被重放）</span>
        </dd>
        <dt>订阅词库</dt>
        <dd>
          {subDicts.length
            ? subDicts
                .map((r) => `《${r.dictionary?.name ?? r.key}》${r.dictionary?.entries.length ?? 0} 条`)
                .join('、')
            : '无'}
        </dd>
        <dt>上次检查</dt>
        <dd data-testid="subscription-checked">{formatTime(sub?.lastChecked)}</dd>
        <dt>上次更新</dt>
        <dd data-testid="subscription-updated">{formatTime(sub?.lastUpdated)}</dd>
        <dt>上次错误</dt>
        <dd data-testid="subscription-error" class={sub?.lastError ? 'error' : ''}>
          {sub?.lastError ?? '无'}
        </dd>
      </dl>
    </div>
  );
}

/** Short Chinese name of a policy key (from the policy table; "lockedRules.x" names the rule). */
function policyLabel(key: string): string {
  if (key.startsWith('lockedRules.')) return `锁定的规则 ${ruleKeyLabel(key.slice('lockedRules.'.length))}`;
  return key in POLICY_FIELDS ? POLICY_FIELDS[key as PolicyKey].zh.title : key;
}

function policyValue(key: string, v: unknown): string {
  if (key === 'gateMode' && typeof v === 'string' && v in GATE_MODE_LABELS) return GATE_MODE_LABELS[v as 'block'];
  if (key === 'requiredLevels' && typeof v === 'number') return REQUIRED_LEVELS_LABELS[v] ?? String(v);
  if (typeof v === 'boolean') return v ? '是' : '否';
  if (key === 'lockedRules' && v && typeof v === 'object') {
    return Object.entries(v as Record<string, string>)
      .map(([k, s]) => `${ruleKeyLabel(k)} → ${s}`)
      .join('；');
  }
  if (key === 'reviewers' && Array.isArray(v)) {
    return v.map((r: { name?: string; level?: number }) => `${r.name}（${r.level} 级）`).join('、');
  }
  return typeof v === 'string' ? v : JSON.stringify(v);
}

function PolicyCard() {
  const { loaded } = useOptions();
  const { policyInfo, effective } = loaded;
  const locked = effective.locked;
  const lockedItems = [
    ...locked.rules.map((k) => ruleKeyLabel(k)),
    ...(locked.gateMode ? ['发布拦截方式'] : []),
    ...(locked.requiredLevels ? ['先审后发签发级数'] : []),
    ...(locked.strictBackstop ? ['严格模式'] : []),
    ...(locked.retention ? ['记录保留期限'] : []),
    ...(locked.reviewers ? ['审核人名单'] : []),
    ...(locked.subscription ? ['词库订阅'] : []),
    ...(locked.dictionaries ? ['词库（不能停用、导入、修改或删除）'] : []),
  ];
  const entries = Object.entries(policyInfo.raw);
  const bad = new Set(policyInfo.invalid.map((p) => p.key));
  return (
    <div class="card" data-testid="policy">
      <h2>单位集中策略</h2>
      <p class="precedence" data-testid="policy-precedence">
        优先级：<strong>策略 &gt; 账号配置 &gt; 默认</strong>。策略由 IT
        部门通过浏览器企业策略下发，策略设置的项目在本页只读。
      </p>
      {policyInfo.unavailable ? (
        <p class="muted" data-testid="policy-status">
          此浏览器不支持集中策略（managed storage 不可用），所有设置以本页为准。
        </p>
      ) : entries.length === 0 ? (
        <p class="muted" data-testid="policy-status">
          未设置单位策略。
        </p>
      ) : (
        <>
          {policyInfo.invalid.length > 0 && (
            <div class="notice error" data-testid="policy-invalid">
              <p>以下策略项无效，已忽略（其余策略项照常生效）：</p>
              <ul>
                {policyInfo.invalid.map((p) => (
                  <li key={p.key} data-testid="policy-invalid-item" data-key={p.key}>
                    {policyLabel(p.key)} <span class="mono">{p.key}</span>：{p.message}
                  </li>
                ))}
              </ul>
            </div>
          )}
          <table data-testid="policy-values">
            <thead>
              <tr>
                <th>策略</th>
                <th>值</th>
              </tr>
            </thead>
            <tbody>
              {entries.map(([k, v]) => (
                <tr key={k} data-testid="policy-row" data-key={k} class={bad.has(k) ? 'error' : ''}>
                  <td>
                    {bad.has(k) ? '✗' : '🔒'} {policyLabel(k)} <span class="muted mono">{k}</span>
                  </td>
                  <td class="mono wrap">{policyValue(k, v)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      <p data-testid="policy-locked">已锁定的设置：{lockedItems.length ? lockedItems.join('、') : '无'}</p>
    </div>
  );
}
