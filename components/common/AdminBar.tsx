import { useEffect, useState } from 'preact/hooks';
import { getLocale, t } from '../../lib/i18n/all';
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
      if (!r.ok) setError(r.error ?? t('actionFailed'));
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
      aria-label={t('admin')}
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
          <strong>{t('adminFirstRun')}</strong>
          <span class="muted">{t('adminFirstRunHint')}</span>
          <div class="row">
            <input
              type="password"
              placeholder={t('adminPasswordMin')}
              autoComplete="new-password"
              value={password}
              onInput={(e) => setPassword((e.target as HTMLInputElement).value)}
              data-testid="admin-new-password"
            />
            <input
              type="password"
              placeholder={t('adminPasswordAgain')}
              autoComplete="new-password"
              value={confirm}
              onInput={(e) => setConfirm((e.target as HTMLInputElement).value)}
              data-testid="admin-new-password-confirm"
            />
            <button type="submit" class="primary" disabled={busy} data-testid="admin-set-password">
              {t('adminSetPassword')}
            </button>
          </div>
        </form>
      ) : status.unlocked ? (
        <div class="row">
          <strong data-testid="admin-status">{t('adminUnlocked')}</strong>
          <span class="muted">
            {status.expiresAt
              ? t('adminUntil', {
                  time: new Date(status.expiresAt).toLocaleTimeString(getLocale() === 'en' ? 'en' : 'zh-CN'),
                })
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
            {t('adminLock')}
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
          <strong data-testid="admin-status">{t('adminLocked')}</strong>
          <span class="muted">{status.fromPolicy ? t('adminFromPolicy') : t('adminNeedsPassword')}</span>
          <input
            type="password"
            placeholder={t('adminPassword')}
            autoComplete="current-password"
            value={password}
            onInput={(e) => setPassword((e.target as HTMLInputElement).value)}
            data-testid="admin-password"
          />
          <button type="submit" class="primary" disabled={busy} data-testid="admin-unlock">
            {t('adminUnlock')}
          </button>
        </form>
      )}
      {setup && (
        <p class="warn" data-testid="admin-setup">
          {status.reviewers === 0 ? t('adminNoReviewers') : t('adminReviewersNoPin', { n: status.reviewersWithoutPin })}
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
