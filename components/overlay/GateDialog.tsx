import { useEffect, useState } from 'preact/hooks';
import type { GateDecision, GateReason } from '../../lib/content/gate';
import type { RichFinding } from '../../lib/engine/types';
import { t } from '../../lib/i18n';
import { request } from '../../lib/messaging/client';
import { LEVEL_LABELS } from '../../lib/review/status';

interface Props {
  decision: GateDecision;
  requiredLevels: number;
  onClose(): void;
  onShowFindings(): void;
  onJump(f: RichFinding): void;
  onConfirm(): void;
  onOverride(input: { reason: string; reviewerId?: string; pin?: string }): Promise<string | undefined>;
  onOpenReview(): void;
}

type Reviewer = { id: string; name: string; level: number; hasPin: boolean };

/** Explains why a publish was stopped and offers the way forward (fix, review, or a recorded override). */
export function GateDialog({
  decision: d,
  requiredLevels,
  onClose,
  onShowFindings,
  onJump,
  onConfirm,
  onOverride,
  onOpenReview,
}: Props) {
  const [reviewers, setReviewers] = useState<Reviewer[]>([]);
  const [reason, setReason] = useState('');
  const [reviewerId, setReviewerId] = useState('');
  const [pin, setPin] = useState('');
  const [error, setError] = useState<string>();
  const [done, setDone] = useState(false);
  const label = d.control.label;
  const canOverride = d.reasons.includes('block');

  useEffect(() => {
    if (!canOverride) return;
    request('reviewers/list', {})
      .then((r) => setReviewers(r.reviewers))
      .catch(() => setReviewers([]));
  }, [canOverride]);

  const lines: Record<GateReason, string> = {
    unrecognised: t('gateUnrecognised', { label }),
    unseen: t('gateUnseen'),
    block: t('gateBlockFindings', { n: d.blockFindings.length }),
    review: t('gateNeedsReview', { n: requiredLevels }),
    stale: t('gateStale'),
    rejected: t('gateRejected'),
    pending: t('gatePending', { label }),
    engine: t('engineError', { error: '' }),
    warn: t('gateWarnBody', { n: d.warnCount, label }),
  };
  const reviewer = reviewers.find((r) => r.id === reviewerId);

  return (
    <div class="pg-backdrop" data-testid="pg-gate">
      <div class="pg-dialog" role="alertdialog" aria-modal="true">
        <h2>{d.confirmable ? t('gateWarnTitle') : t('gateTitle')}</h2>
        <ul class="pg-reasons">
          {d.reasons.map((r) => (
            <li key={r} data-reason={r}>
              {lines[r]}
            </li>
          ))}
        </ul>
        {d.blockFindings.length > 0 && (
          <ul class="pg-block-list">
            {d.blockFindings.slice(0, 8).map((f) => (
              <li key={`${f.fingerprint}-${f.start}`}>
                <button class="pg-link" onClick={() => onJump(f)}>
                  “{f.text}”
                </button>{' '}
                {f.message}
              </li>
            ))}
          </ul>
        )}
        {done && <p class="pg-ok">{t('gateClickAgain', { label })}</p>}
        {canOverride && !done && (
          <form
            class="pg-override"
            onSubmit={(e) => {
              e.preventDefault();
              if (reason.trim().length < 2) {
                setError(t('overrideNeedReason'));
                return;
              }
              void onOverride({
                reason: reason.trim(),
                reviewerId: reviewerId || undefined,
                pin: pin || undefined,
              }).then((err) => {
                if (err) setError(err);
                else {
                  setError(undefined);
                  setDone(true);
                }
              });
            }}
          >
            <h3>{t('overrideTitle')}</h3>
            <label>
              {t('overrideReason')}
              <textarea
                value={reason}
                onInput={(e) => setReason((e.target as HTMLTextAreaElement).value)}
                data-testid="pg-override-reason"
              />
            </label>
            {reviewers.length > 0 && (
              <label>
                {t('overrideReviewer')}
                <select
                  value={reviewerId}
                  onChange={(e) => setReviewerId((e.target as HTMLSelectElement).value)}
                  data-testid="pg-override-reviewer"
                >
                  <option value="">—</option>
                  {reviewers.map((r) => (
                    <option key={r.id} value={r.id}>
                      {r.name}（{LEVEL_LABELS[r.level]}）
                    </option>
                  ))}
                </select>
              </label>
            )}
            {reviewer?.hasPin && (
              <label>
                {t('overridePin')}
                <input
                  type="password"
                  value={pin}
                  onInput={(e) => setPin((e.target as HTMLInputElement).value)}
                  data-testid="pg-override-pin"
                />
              </label>
            )}
            {error && <p class="pg-error">{error}</p>}
            <button class="pg-btn pg-danger" type="submit" data-testid="pg-override-submit">
              {t('overrideSubmit')}
            </button>
          </form>
        )}
        <div class="pg-dialog-actions">
          {d.confirmable && !done && (
            <button
              class="pg-btn pg-primary"
              data-testid="pg-confirm"
              onClick={() => {
                onConfirm();
                setDone(true);
              }}
            >
              {t('gateWarnConfirm')}
            </button>
          )}
          {(d.reasons.includes('review') || d.reasons.includes('stale') || d.reasons.includes('rejected')) && (
            <button class="pg-btn pg-primary" onClick={onOpenReview}>
              {t('openReview')}
            </button>
          )}
          {d.reasons.includes('unrecognised') ? (
            <button class="pg-btn pg-primary" onClick={onOpenReview} data-testid="pg-gate-diagnose">
              {t('bannerDiagnose')}
            </button>
          ) : (
            <button class="pg-btn" onClick={onShowFindings}>
              {t('gateShowFindings')}
            </button>
          )}
          <button class="pg-btn" onClick={onClose} data-testid="pg-gate-close">
            {t('close')}
          </button>
        </div>
      </div>
    </div>
  );
}
