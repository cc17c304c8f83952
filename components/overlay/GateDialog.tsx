import type { ComponentChildren } from 'preact';
import { useRef, useState } from 'preact/hooks';
import type { ControllerState } from '../../lib/content/controller';
import type { GateDecision } from '../../lib/content/gate';
import type { RichFinding } from '../../lib/engine/types';
import { t } from '../../lib/i18n';
import { isApproved, LEVEL_LABELS } from '../../lib/review/status';
import { syncAgeText } from '../../lib/review/sync-age';
import { useDialogFocus } from './focus';

interface Props {
  decision: GateDecision;
  /** The live state: steps turn done as the editor fixes, a reviewer signs or an override is recorded. */
  state: ControllerState;
  requiredLevels: number;
  onClose(): void;
  onShowFindings(): void;
  onJump(f: RichFinding): void;
  onConfirm(): void;
  /** Asks the background to open the extension's authorisation window (no secret is ever typed in the page). */
  onOverride(): void;
  onOpenReview(): void;
}

type StepId = 'editor' | 'fix' | 'review' | 'publish';

/**
 * Why a publish was stopped, as a checklist of the steps to publishing (修改问题 → 送审/签发 → 发布), each done or
 * not, with the action for the first open step as the main button. It never says "click again" while something
 * still blocks. Focus moves into the dialog and stays there; Escape closes it.
 */
export function GateDialog({
  decision: d,
  state,
  requiredLevels,
  onClose,
  onShowFindings,
  onJump,
  onConfirm,
  onOverride,
  onOpenReview,
}: Props) {
  const [requested, setRequested] = useState(false);
  const [confirmed, setConfirmed] = useState(false);
  const dialog = useRef<HTMLDivElement>(null);
  useDialogFocus(dialog, onClose);
  const label = d.control.label;

  const unrecognised = d.reasons.includes('unrecognised');
  const unseen = d.reasons.includes('unseen');
  const blocks = state.findings.filter((f) => f.severity === 'block');
  const review = state.review && state.review.hash === state.hash ? state.review : undefined;
  const overridden = Boolean(review?.overridden);
  const fixDone = !unrecognised && (blocks.length === 0 || overridden);
  const approved = requiredLevels === 0 || (review !== undefined && isApproved(review));
  const rejected = !approved && Boolean(review?.signoffs.some((s) => s.decision === 'reject'));
  // The review last known is of other content that had been signed off (or was already stale): this content changed
  // since sign-off, while its own review state may still be on its way. The wording only; approval needs this hash.
  const last = state.review;
  const stale =
    Boolean(review?.stale) ||
    (last !== undefined && last.hash !== state.hash && (last.stale || last.approvedLevels.length > 0));
  const checking = d.reasons.includes('pending') || d.reasons.includes('engine');
  const allDone = !unrecognised && !unseen && fixDone && approved && !checking;
  const firstOpen: StepId | undefined = unrecognised ? 'editor' : !fixDone ? 'fix' : !approved ? 'review' : undefined;

  const reviewText = approved
    ? requiredLevels === 0
      ? t('stepReviewNotRequired')
      : t('stepReviewDone', {
          levels: (review?.approvedLevels ?? []).map((l) => LEVEL_LABELS[l]).join('、'),
        })
    : rejected
      ? t('gateRejected')
      : stale
        ? t('gateStale')
        : t('stepReviewNeeded', { n: requiredLevels, done: review?.approvedLevels.length ?? 0 });

  const primary =
    firstOpen === 'editor'
      ? { text: t('bannerDiagnose'), run: onOpenReview, id: 'pg-gate-diagnose' }
      : firstOpen === 'fix'
        ? { text: t('gateShowFindings'), run: onShowFindings, id: 'pg-gate-findings' }
        : firstOpen === 'review'
          ? { text: t('openReview'), run: onOpenReview, id: 'pg-gate-review' }
          : { text: t('close'), run: onClose, id: 'pg-gate-close' };

  const warnMode = d.confirmable;
  return (
    <div class="pg-backdrop" data-testid="pg-gate">
      <div
        ref={dialog}
        class="pg-dialog"
        role="alertdialog"
        aria-modal="true"
        aria-labelledby="pg-gate-title"
        aria-describedby="pg-gate-steps"
      >
        <h2 id="pg-gate-title">{warnMode ? t('gateWarnTitle') : t('gateTitle')}</h2>
        {unseen && (
          <p class="pg-error" data-reason="unseen">
            {t('gateUnseen')}
          </p>
        )}
        <ol class="pg-steps" id="pg-gate-steps">
          {unrecognised && (
            <Step id="editor" done={false} title={t('stepEditor')}>
              <p data-reason="unrecognised">{t('gateUnrecognised', { label })}</p>
            </Step>
          )}
          <Step id="fix" done={fixDone} title={t('stepFix')}>
            {d.reasons.includes('block') && !fixDone && (
              <p data-reason="block">{t('gateBlockFindings', { n: blocks.length })}</p>
            )}
            {fixDone && !unrecognised && (
              <p class="pg-muted">{overridden && blocks.length > 0 ? t('stepFixOverridden') : t('stepFixDone')}</p>
            )}
            {!fixDone && blocks.length > 0 && (
              <ul class="pg-block-list">
                {blocks.slice(0, 6).map((f) => (
                  <li key={`${f.fingerprint}-${f.start}`}>
                    <button type="button" class="pg-link" onClick={() => onJump(f)}>
                      “{f.text}”
                    </button>{' '}
                    {f.message}
                  </li>
                ))}
              </ul>
            )}
            {!fixDone && blocks.length > 0 && (
              <p class="pg-muted" data-testid="pg-override-note">
                {requested ? t('overrideOpened') : t('overrideHint')}{' '}
                {!requested && (
                  <button
                    type="button"
                    class="pg-link"
                    data-testid="pg-override-open"
                    onClick={() => {
                      setRequested(true);
                      onOverride();
                    }}
                  >
                    {t('overrideOpen')}
                  </button>
                )}
              </p>
            )}
          </Step>
          <Step id="review" done={approved} title={t('stepReview')}>
            <p
              data-reason={
                approved || unrecognised ? undefined : rejected ? 'rejected' : review?.stale ? 'stale' : 'review'
              }
            >
              {reviewText}
            </p>
            {review?.team && (
              <p class="pg-muted" data-testid="pg-team-sync">
                {t(review.team.submitted ? 'gateTeamSubmitted' : 'gateTeamNotSubmitted')}
                {t('gateTeamSep')}
                {syncAgeText(review.team.syncedAt)}
                {review.team.error ? t('gateTeamOffline') : ''}
              </p>
            )}
          </Step>
          <Step id="publish" done={false} title={t('stepPublish')}>
            {checking && <p data-reason="pending">{t('gatePending', { label })}</p>}
            {warnMode && d.warnCount > 0 && <p data-reason="warn">{t('gateWarnBody', { n: d.warnCount, label })}</p>}
            <p class={allDone ? 'pg-ok' : 'pg-muted'} data-testid="pg-gate-next">
              {allDone && (!warnMode || confirmed)
                ? t('stepPublishReady', { label })
                : t('stepPublishLater', { label })}
            </p>
          </Step>
        </ol>
        <div class="pg-dialog-actions">
          {warnMode && !confirmed ? (
            <button
              type="button"
              class="pg-btn pg-primary"
              data-testid="pg-confirm"
              data-autofocus
              onClick={() => {
                onConfirm();
                setConfirmed(true);
              }}
            >
              {t('gateWarnConfirm')}
            </button>
          ) : (
            <button
              type="button"
              class="pg-btn pg-primary"
              data-testid={primary.id}
              data-autofocus
              onClick={primary.run}
            >
              {primary.text}
            </button>
          )}
          {firstOpen === 'fix' && !approved && (
            <button type="button" class="pg-btn" onClick={onOpenReview}>
              {t('openReview')}
            </button>
          )}
          {primary.run !== onClose && (
            <button type="button" class="pg-btn" onClick={onClose} data-testid="pg-gate-close">
              {t('close')}
            </button>
          )}
        </div>
      </div>
    </div>
  );
}

function Step({
  id,
  done,
  title,
  children,
}: {
  id: StepId;
  done: boolean;
  title: string;
  children?: ComponentChildren;
}) {
  return (
    <li class={`pg-step ${done ? 'pg-step-done' : ''}`} data-step={id} data-done={done ? '1' : '0'}>
      <span class="pg-step-mark" aria-hidden="true">
        {done ? '✓' : '•'}
      </span>
      <div>
        <strong>
          {title}
          <span class="pg-sr">{done ? t('stepDoneSr') : t('stepOpenSr')}</span>
        </strong>
        {children}
      </div>
    </li>
  );
}
