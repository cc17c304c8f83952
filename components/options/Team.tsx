import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t } from '../../lib/i18n/all';
import { messageText, storedText } from '../../lib/i18n/ui-message';
import { request } from '../../lib/messaging/client';
import { syncAgeText } from '../../lib/review/sync-age';
import { originPattern, teamUrlIssue } from '../../lib/team/server-url';
import { useAsync } from '../common/hooks';
import { levelLabel } from '../common/ReviewerPicker';
import { teamApi } from '../team/api';
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
    const problem = teamUrlIssue(url.trim());
    if (problem) return setMessage({ ok: false, text: messageText(problem) });
    // Asked in the click itself (a user gesture); the login does not wait for the answer: a server that allows the
    // extension origin by CORS works without it.
    void browser.permissions
      .request({ origins: [originPattern(url.trim())] })
      .then((granted) => setPermission(granted ? t('teamPermissionGranted') : t('teamPermissionDenied')))
      .catch((err: Error) => setPermission(t('teamPermissionError', { error: err.message })));
    setBusy(true);
    setMessage(undefined);
    void request('team/setup', { ...form, url: url.trim(), db: db.trim() })
      .then((r) => {
        setMessage(
          r.ok ? { ok: true, text: t('teamConnectedOk') } : { ok: false, text: r.error ?? t('teamConnectFailed') },
        );
        if (r.ok) setForm((f) => ({ ...f, password: '' }));
        status.reload();
      })
      .catch((err: Error) => setMessage({ ok: false, text: err.message }))
      .finally(() => setBusy(false));
  };

  const off = () => {
    void request('team/off', {}).then((r) => {
      setMessage(r.ok ? { ok: true, text: t('teamOffDone') } : { ok: false, text: r.error ?? '' });
      status.reload();
    });
  };

  const syncNow = () => {
    setBusy(true);
    void teamApi
      .sync()
      .then((r) =>
        setMessage(
          !r
            ? { ok: false, text: t('teamNotSignedIn') }
            : r.ok
              ? { ok: true, text: t('teamSynced') }
              : { ok: false, text: storedText(r.problem, r.error ?? '') },
        ),
      )
      .finally(() => {
        setBusy(false);
        status.reload();
      });
  };

  const c = s?.config;
  return (
    <Section title={t('navTeam')} id="team" intro={t('teamIntro')}>
      {s?.forced && (
        <p class="notice warn" data-testid="team-forced">
          🔒{' '}
          {t('teamForced', {
            server: s.policyServer ?? '',
            db: s.policyDatabase ? t('teamForcedDb', { db: s.policyDatabase }) : '',
          })}
        </p>
      )}
      {c && (
        <div class="card" data-testid="team-connected">
          <p>
            {t('teamConnected')}
            <strong data-testid="team-user">{c.username}</strong> @ {c.url} / {c.db}
            {c.unit ? t('teamUnit', { unit: c.unit }) : ''}
          </p>
          <p class="muted">
            {t('teamRoles')}
            {[
              c.abilities?.editor && t('teamRoleEditor'),
              c.abilities?.reviewer &&
                t('teamRoleReviewer', {
                  levels: (c.abilities.levels ?? []).map((l) => levelLabel(l)).join(t('listSep')) || t('teamNoLevel'),
                }),
              c.abilities?.auditor && t('teamRoleAuditor'),
              c.abilities?.admin && t('teamRoleAdmin'),
            ]
              .filter(Boolean)
              .join(t('listSep')) || t('teamRoleNone')}
            {t(c.remember ? 'teamPasswordKept' : 'teamPasswordSession')}
            {s.signedIn ? '' : t('teamSessionEnded')}
          </p>
          <p class="muted" data-testid="team-sync">
            {syncAgeText(s.sync.lastSuccess)}
            {s.sync.lastSuccess ? `（${formatTime(s.sync.lastSuccess)}）` : ''}
            {s.sync.lastError
              ? t('queueSyncFailed', { error: storedText(s.sync.lastErrorMessage, s.sync.lastError) })
              : ''}
          </p>
          <div class="row">
            <button type="button" onClick={syncNow} disabled={busy} data-testid="team-sync-now">
              {t('teamSyncNow')}
            </button>
            <a href="/queue.html" target="_blank" rel="noreferrer">
              {t('teamOpenQueue')}
            </a>
            {!s.forced && (
              <button type="button" onClick={off} data-testid="team-off">
                {t('teamOff')}
              </button>
            )}
          </div>
        </div>
      )}
      {(!c || !s?.signedIn) && (
        <form class="card" onSubmit={connect} data-testid="team-form">
          <Field label={t('teamServer')} hint={t('teamServerHint')}>
            <input
              type="url"
              value={url}
              disabled={Boolean(s?.policyServer)}
              onInput={(e) => setForm({ ...form, url: value(e) })}
              data-testid="team-url"
            />
          </Field>
          <Field label={t('teamDb')}>
            <input
              value={db}
              disabled={Boolean(s?.policyDatabase)}
              onInput={(e) => setForm({ ...form, db: value(e) })}
              data-testid="team-db"
            />
          </Field>
          <Field label={t('teamUser')}>
            <input
              value={form.username}
              autocomplete="username"
              onInput={(e) => setForm({ ...form, username: value(e) })}
              data-testid="team-username"
            />
          </Field>
          <Field label={t('teamPassword')}>
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
            {t('teamRemember')}
          </label>
          <button type="submit" disabled={busy} data-testid="team-connect">
            {busy ? t('teamConnecting') : t('teamConnect')}
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
