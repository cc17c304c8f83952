import { useState } from 'preact/hooks';
import type { ControllerState } from '../../lib/content/controller';
import { CATEGORIES, type RichFinding, SEVERITIES } from '../../lib/engine/types';
import { t } from '../../lib/i18n';
import { LEVEL_LABELS } from '../../lib/review/status';
import { categoryLabel, severityLabel } from './FindingCard';

interface Props {
  state: ControllerState;
  open: boolean;
  onToggle(): void;
  onJump(f: RichFinding): void;
  /** Opens the finding's card (keyboard path to the card). */
  onDetails(f: RichFinding): void;
  onApply(f: RichFinding, suggestion: string): void;
  onIgnore(f: RichFinding): void;
  onOpenReview(): void;
}

export const STATUS_KEYS = {
  unchecked: 'statusUnchecked',
  problems: 'statusProblems',
  pending: 'statusPending',
  approved: 'statusApproved',
  stale: 'statusStale',
  rejected: 'statusRejected',
} as const;

/** The side panel: every finding by severity and category with jump-to, and the review status. */
export function Panel({ state, open, onToggle, onJump, onDetails, onApply, onIgnore, onOpenReview }: Props) {
  const [collapsedCats, setCollapsed] = useState<Set<string>>(new Set());
  const { counts, findings, status, review } = state;
  const worst = counts.block ? 'block' : counts.warn ? 'warn' : counts.info ? 'info' : 'ok';
  const pill = (
    <button class={`pg-pill pg-pill-${worst}`} onClick={onToggle} data-testid="pg-pill" aria-expanded={open}>
      <span class="pg-pill-name">{t('shortName')}</span>
      {state.loading ? (
        <span>{t('checking')}</span>
      ) : (
        <>
          {counts.block > 0 && <span class="pg-count pg-count-block">{counts.block}</span>}
          {counts.warn > 0 && <span class="pg-count pg-count-warn">{counts.warn}</span>}
          {counts.info > 0 && <span class="pg-count pg-count-info">{counts.info}</span>}
          <span class={`pg-status pg-status-${status}`} data-testid="pg-status">
            {t(STATUS_KEYS[status])}
          </span>
        </>
      )}
    </button>
  );
  if (!open) return <div class="pg-dock">{pill}</div>;
  const signed = review?.signoffs.filter((s) => s.decision === 'approve') ?? [];
  return (
    <div class="pg-dock">
      <aside class="pg-panel" data-testid="pg-panel">
        <header class="pg-panel-head">
          <strong>{t('panelTitle')}</strong>
          <span class="pg-muted">{t('findingsCount', counts)}</span>
          <button class="pg-x" onClick={onToggle} aria-label={t('close')}>
            ×
          </button>
        </header>
        {state.error && <p class="pg-error">{t('engineError', { error: state.error })}</p>}
        <section class="pg-review" data-testid="pg-review">
          <h3>{t('panelReview')}</h3>
          <p>
            <span class={`pg-status pg-status-${status}`}>{t(STATUS_KEYS[status])}</span>
            {state.pending && <span class="pg-muted"> · {t('checking')}</span>}
          </p>
          {signed.map((s) => (
            <p key={s.id} class="pg-muted" data-testid="pg-signed-by" data-verified={s.verified === true ? '1' : '0'}>
              {t('reviewedBy', {
                reviewer: s.reviewer,
                level: LEVEL_LABELS[s.level] ?? '',
                time: new Date(s.time).toLocaleString('zh-CN'),
              })}
              {s.verified !== true && <strong class="pg-unverified">{t('unverifiedTag')}</strong>}
            </p>
          ))}
          <button class="pg-btn pg-primary" onClick={onOpenReview} data-testid="pg-open-review">
            {t('openReview')}
          </button>
        </section>
        <section class="pg-list">
          <h3>{t('panelFindings')}</h3>
          {findings.length === 0 && <p class="pg-muted">{t('noFindings')}</p>}
          {SEVERITIES.map((sev) =>
            CATEGORIES.map((cat) => {
              const items = findings.filter((f) => f.severity === sev && f.category === cat);
              if (!items.length) return null;
              const key = `${sev}:${cat}`;
              const collapsed = collapsedCats.has(key);
              return (
                <div key={key} class="pg-group">
                  <button
                    class="pg-group-head"
                    onClick={() => {
                      const next = new Set(collapsedCats);
                      if (collapsed) next.delete(key);
                      else next.add(key);
                      setCollapsed(next);
                    }}
                  >
                    <span class={`pg-sev pg-sev-${sev}`}>{severityLabel(sev)}</span> {categoryLabel(cat)}（
                    {items.length}）
                  </button>
                  {!collapsed && (
                    <ul>
                      {items.map((f) => (
                        <li key={`${f.fingerprint}-${f.start}`} data-testid="pg-item" data-rule={f.ruleId}>
                          <button type="button" class="pg-link" onClick={() => onJump(f)} title={t('jumpTo')}>
                            “{f.text}”
                          </button>
                          <span class="pg-item-msg">{f.message}</span>
                          <span class="pg-item-actions">
                            {f.suggestions[0] !== undefined && (
                              <button
                                type="button"
                                class="pg-btn"
                                data-testid="pg-item-apply"
                                onClick={() => onApply(f, f.suggestions[0]!)}
                              >
                                {t('panelApply', { s: f.suggestions[0] || '（删除）' })}
                              </button>
                            )}
                            {f.severity !== 'block' && (
                              <button
                                type="button"
                                class="pg-btn"
                                data-testid="pg-item-ignore"
                                onClick={() => onIgnore(f)}
                              >
                                {t('ignoreOnce')}
                              </button>
                            )}
                            <button
                              type="button"
                              class="pg-btn"
                              data-testid="pg-item-details"
                              onClick={() => onDetails(f)}
                            >
                              {t('details')}
                            </button>
                          </span>
                        </li>
                      ))}
                    </ul>
                  )}
                </div>
              );
            }),
          )}
        </section>
      </aside>
      {pill}
    </div>
  );
}
