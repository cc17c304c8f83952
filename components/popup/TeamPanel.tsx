import { useState } from 'preact/hooks';
import type { TeamStatus } from '../../lib/background/team';
import { t } from '../../lib/i18n/all';
import { request } from '../../lib/messaging/client';
import type { TabRes } from '../../lib/messaging/protocol';
import { isApproved } from '../../lib/review/status';
import { syncAgeText } from '../../lib/review/sync-age';
import { levelLabel } from '../common/ReviewerPicker';

type State = TabRes<'content/state'>;

/**
 * Team mode in the popup: replaces the single-machine sign-off form. The editor submits (送审) the exact content
 * the gate checks; the status says which level is awaited and who signed, from the last replicated state.
 */
export function TeamPanel(props: { state: State; team: TeamStatus; onDone(): void }) {
  const { state, team } = props;
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string }>();
  const review = state.review?.hash === state.hash ? state.review : undefined;
  const info = review?.team;
  const approved = review ? isApproved(review) : false;
  const rejected = !approved && Boolean(review?.signoffs.some((s) => s.decision === 'reject'));
  const canSubmit = team.signedIn && team.config?.abilities?.editor && !info?.submitted;

  const submit = () => {
    if (!state.draft) return;
    setBusy(true);
    setMessage(undefined);
    void request('team/submit', {
      draft: state.draft,
      draftKey: state.draftKey ?? state.hash ?? '',
      ...(state.draftAliases?.length ? { aliases: state.draftAliases.slice(0, 20) } : {}),
      ...(state.account ? { account: state.account } : {}),
      findings: state.findings,
    })
      .then((r) => {
        setMessage(
          r.ok
            ? { ok: true, text: r.queued ? t('teamQueuedSaved') : t('teamSubmitted') }
            : { ok: false, text: r.error ?? t('teamSubmitFailed') },
        );
        props.onDone();
      })
      .catch((e: Error) => setMessage({ ok: false, text: e.message }))
      .finally(() => setBusy(false));
  };

  const line = approved
    ? t('teamApproved')
    : rejected
      ? t('teamRejected')
      : info?.submitted
        ? t('teamWaiting', { level: levelLabel(info.nextLevel ?? 1) })
        : review?.stale
          ? t('teamStale')
          : t('teamNotSubmitted');
  return (
    <section class="card" data-testid="team-panel">
      <h2>{t('teamHeading')}</h2>
      <p data-testid="team-review-status" class={approved ? 'status status-approved' : 'status status-pending'}>
        {line}
      </p>
      {!team.signedIn && (
        <p class="error" data-testid="team-signed-out">
          {t('teamSignedOutBefore')}
          <a href="/options.html#team" target="_blank" rel="noreferrer">
            {t('teamSignedOutLink')}
          </a>
          {t('teamSignedOutAfter')}
        </p>
      )}
      {team.signedIn && !team.config?.abilities?.editor && !info?.submitted && (
        <p class="muted">{t('teamNotEditor', { user: team.config?.username ?? '' })}</p>
      )}
      {canSubmit && (
        <button type="button" class="primary" onClick={submit} disabled={busy} data-testid="team-submit">
          {busy ? t('teamSubmitting') : t('teamSubmit')}
        </button>
      )}
      {review && review.signoffs.length > 0 && (
        <ul class="muted" data-testid="team-signoffs">
          {review.signoffs.map((s) => (
            <li key={s.id}>
              {s.reviewer}（{levelLabel(s.level)}）{t(s.decision === 'approve' ? 'signoffApproved' : 'signoffRejected')}
              {s.comment ? `：${s.comment}` : ''}
            </li>
          ))}
        </ul>
      )}
      <p class="muted" data-testid="team-sync-age">
        {syncAgeText(info?.syncedAt ?? team.sync.lastSuccess)}
        {team.sync.lastError ? t('teamOffline') : ''}
      </p>
      {message && (
        <p class={message.ok ? 'ok' : 'error'} role="status" data-testid="team-submit-message">
          {message.text}
        </p>
      )}
    </section>
  );
}
