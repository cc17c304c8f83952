import { useEffect, useState } from 'preact/hooks';
import { effectiveSubscription, highestAcceptedVersion } from '../../lib/background/subscription';
import { keyIdForPublicKey } from '../../lib/dict/bundle';
import { getLocale, t } from '../../lib/i18n/all';
import { storedText } from '../../lib/i18n/ui-message';
import { request } from '../../lib/messaging/client';
import { ruleKeyLabel } from '../../lib/options/diff';
import { checkSubscriptionForm, type SubscriptionForm } from '../../lib/options/validate';
import { POLICY_FIELDS, type PolicyKey } from '../../lib/settings/policy-fields';
import type { Subscription as Sub } from '../../lib/settings/schema';
import { adminToken } from '../common/admin';
import { gateModeLabel, requiredLevelsLabel } from '../common/labels';
import { levelLabel } from '../common/ReviewerPicker';
import { type Outcome, useOptions } from './data';
import { Field, formatTime, LockNote, Message, Section, value } from './ui';

/** 订阅与策略: the signed dictionary subscription and the enterprise policy in effect. */
export function Subscription() {
  return (
    <Section id="subscription" title={t('navSubscription')} intro={t('subIntro')}>
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
            setResult({
              status: 'error',
              message: t('subUpdateFailed', { error: err instanceof Error ? err.message : String(err) }),
            });
          }
          reloadEngine();
        }
      } else if (kind === 'refresh') {
        if (dirty && !(await save())) return;
        try {
          const r = await request('subscription/refresh', { force: true });
          setResult(r);
        } catch (err) {
          setResult({
            status: 'error',
            message: t('subUpdateFailed', { error: err instanceof Error ? err.message : String(err) }),
          });
        }
        reloadEngine();
      } else {
        setConfirmClear(false);
        const r = await request('subscription/clear', { actor: loaded.actor, token: adminToken() });
        if (!r.ok) throw new Error(r.error ?? t('subClearFailed'));
        setOutcome({ ok: true, message: t('subCleared') });
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
      <h2>{t('subHeading')}</h2>
      {eff.fromPolicy && (
        <p>
          <LockNote testid="subscription-locked">{t('subLocked')}</LockNote>
        </p>
      )}
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void run('save');
        }}
      >
        <Field label={t('subUrl')} error={errors.url} hint={t('subUrlHint')} testid="subscription-url">
          <input
            type="url"
            class="wide"
            value={lock.url ? policy!.subscriptionUrl : form.url}
            readOnly={lock.url}
            placeholder="https://dict.example.gov.cn/publish-guard/bundle.json"
            onInput={set('url')}
            data-testid="subscription-url"
          />
          {lock.url && <LockNote>{t('setByPolicy')}</LockNote>}
        </Field>
        <Field
          label={t('subKey')}
          error={errors.publicKey}
          hint={keyId ? t('subKeyId', { id: keyId }) : t('subKeyHint')}
          testid="subscription-key"
        >
          <textarea
            rows={4}
            class="mono"
            value={lock.publicKey ? policy!.publicKey : form.publicKey}
            readOnly={lock.publicKey}
            placeholder="-----BEGIN PUBLIC KEY----- … / MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE…"
            onInput={set('publicKey')}
            data-testid="subscription-key"
          />
          {lock.publicKey && <LockNote>{t('setByPolicy')}</LockNote>}
        </Field>
        <Field label={t('subInterval')} error={errors.intervalHours} testid="subscription-interval">
          <input
            type="number"
            min={1}
            max={168}
            value={lock.intervalHours ? String(policy!.refreshHours) : form.intervalHours}
            readOnly={lock.intervalHours}
            onInput={set('intervalHours')}
            data-testid="subscription-interval"
          />
          {lock.intervalHours && <LockNote>{t('setByPolicy')}</LockNote>}
        </Field>
        <div class="row">
          <button
            type="submit"
            disabled={busy !== undefined || (lock.url && lock.publicKey && lock.intervalHours)}
            data-testid="subscription-save"
          >
            {t('save')}
          </button>
          <button
            type="button"
            class="primary"
            disabled={busy !== undefined || (!eff.url && !form.url.trim())}
            onClick={() => void run('refresh')}
            data-testid="subscription-refresh"
          >
            {busy === 'refresh' ? t('subUpdating') : t('subUpdateNow')}
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
                {t('subClearConfirm')}
              </button>
              <button type="button" onClick={() => setConfirmClear(false)}>
                {t('subKeep')}
              </button>
            </>
          ) : (
            <button
              type="button"
              disabled={busy !== undefined || lock.url || (!sub && subDicts.length === 0)}
              onClick={() => setConfirmClear(true)}
              data-testid="subscription-clear"
            >
              {t('subClear')}
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
        <dt>{t('subVersion')}</dt>
        <dd data-testid="subscription-version">{sub?.activeVersion ?? t('subNotActive')}</dd>
        <dt>{t('subHighest')}</dt>
        <dd data-testid="subscription-highest">
          {(eff.url && highestAcceptedVersion(sub, eff.url)) ?? t('none')}
          <span class="muted">{t('subHighestNote')}</span>
        </dd>
        <dt>{t('subDicts')}</dt>
        <dd>
          {subDicts.length
            ? subDicts
                .map(
                  (r) => `《${r.dictionary?.name ?? r.key}》${t('countN', { n: r.dictionary?.entries.length ?? 0 })}`,
                )
                .join(t('listSep'))
            : t('none')}
        </dd>
        <dt>{t('subNames')}</dt>
        <dd data-testid="subscription-names">{bundleNames(sub?.names)}</dd>
        <dt>{t('subLastChecked')}</dt>
        <dd data-testid="subscription-checked">{formatTime(sub?.lastChecked)}</dd>
        <dt>{t('subLastUpdated')}</dt>
        <dd data-testid="subscription-updated">{formatTime(sub?.lastUpdated)}</dd>
        <dt>{t('subLastError')}</dt>
        <dd data-testid="subscription-error" class={sub?.lastError ? 'error' : ''}>
          {sub?.lastError ? storedText(sub.lastErrorMessage, sub.lastError) : t('none')}
        </dd>
      </dl>
    </div>
  );
}

/** Short Chinese name of a policy key (from the policy table; "lockedRules.x" names the rule). */
/** The active bundle's leaders list (validated when the bundle was verified): its size and date, or none. */
function bundleNames(names: unknown): string {
  const list = names as { people?: unknown; asOf?: unknown } | undefined;
  if (!list || !Array.isArray(list.people)) return t('none');
  return t('subNamesN', { n: list.people.length, asOf: typeof list.asOf === 'string' ? list.asOf : '—' });
}

function policyLabel(key: string): string {
  if (key.startsWith('lockedRules.'))
    return t('policyLockedRule', { rule: ruleKeyLabel(key.slice('lockedRules.'.length)) });
  if (!(key in POLICY_FIELDS)) return key;
  const field = POLICY_FIELDS[key as PolicyKey];
  return getLocale() === 'en' ? field.en.title : field.zh.title;
}

function policyValue(key: string, v: unknown): string {
  if (key === 'gateMode' && (v === 'block' || v === 'warn' || v === 'off')) return gateModeLabel(v);
  if (key === 'requiredLevels' && typeof v === 'number') return requiredLevelsLabel(v);
  if (typeof v === 'boolean') return v ? t('yes') : t('no');
  if (key === 'lockedRules' && v && typeof v === 'object') {
    return Object.entries(v as Record<string, string>)
      .map(([k, s]) => `${ruleKeyLabel(k)} → ${s}`)
      .join('；');
  }
  if (key === 'reviewers' && Array.isArray(v)) {
    return v
      .map((r: { name?: string; level?: number }) => `${r.name}（${levelLabel(r.level ?? 0) || r.level}）`)
      .join(t('listSep'));
  }
  return typeof v === 'string' ? v : JSON.stringify(v);
}

function PolicyCard() {
  const { loaded } = useOptions();
  const { policyInfo, effective } = loaded;
  const locked = effective.locked;
  const lockedItems = [
    ...locked.rules.map((k) => ruleKeyLabel(k)),
    ...(locked.gateMode ? [t('profileGate')] : []),
    ...(locked.requiredLevels ? [t('profileLevels')] : []),
    ...(locked.strictBackstop ? [t('lockStrict')] : []),
    ...(locked.retention ? [t('lockRetention')] : []),
    ...(locked.reviewers ? [t('lockReviewers')] : []),
    ...(locked.subscription ? [t('subHeading')] : []),
    ...(locked.dictionaries ? [t('lockDictionaries')] : []),
  ];
  const entries = Object.entries(policyInfo.raw);
  const bad = new Set(policyInfo.invalid.map((p) => p.key));
  return (
    <div class="card" data-testid="policy">
      <h2>{t('policyHeading')}</h2>
      <p class="precedence" data-testid="policy-precedence">
        {t('policyPrecedence')}
        <strong>{t('policyOrder')}</strong>
        {t('policyPrecedenceTail')}
      </p>
      {policyInfo.unavailable ? (
        <p class="muted" data-testid="policy-status">
          {t('policyUnavailable')}
        </p>
      ) : entries.length === 0 ? (
        <p class="muted" data-testid="policy-status">
          {t('policyNone')}
        </p>
      ) : (
        <>
          {policyInfo.invalid.length > 0 && (
            <div class="notice error" data-testid="policy-invalid">
              <p>{t('policyInvalid')}</p>
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
                <th>{t('colPolicy')}</th>
                <th>{t('colValue')}</th>
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
      <p data-testid="policy-locked">
        {t('policyLockedList', { s: lockedItems.length ? lockedItems.join(t('listSep')) : t('none') })}
      </p>
    </div>
  );
}
