import { useState } from 'preact/hooks';
import type { GateDecision, GateReason } from '../../lib/content/gate';
import type { RichFinding } from '../../lib/engine/types';
import { t } from '../../lib/i18n';

interface Props {
  decision: GateDecision;
  requiredLevels: number;
  onClose(): void;
  onShowFindings(): void;
  onJump(f: RichFinding): void;
  onConfirm(): void;
  /** Asks the background to open the extension's authorisation window (no secret is ever typed in the page). */
  onOverride(): void;
  onOpenReview(): void;
}

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
  const [requested, setRequested] = useState(false);
  const [done, setDone] = useState(false);
  const label = d.control.label;
  const canOverride = d.reasons.includes('block');

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
        {canOverride && (
          <p class="pg-muted" data-testid="pg-override-note">
            {requested ? t('overrideOpened') : t('overrideHint')}
          </p>
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
          {canOverride && (
            <button
              class="pg-btn"
              data-testid="pg-override-open"
              onClick={() => {
                setRequested(true);
                onOverride();
              }}
            >
              {t('overrideOpen')}
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
