import { useEffect, useRef, useState } from 'preact/hooks';
import type { RichFinding } from '../../lib/engine/types';
import { CATEGORY_LABELS } from '../../lib/engine/types';
import { getLocale, t } from '../../lib/i18n';

/** Where the marked text is (viewport coordinates): the card sits above it, or below when there is no room. */
export interface Anchor {
  left: number;
  top: number;
  bottom: number;
}

interface Props {
  finding: RichFinding;
  anchor: Anchor;
  /** The rule's Chinese name (dictionary entries: the listed term). */
  title?: string;
  /** Opened from the keyboard: focus moves into the card. */
  focus?: boolean;
  onApply(s: string): void;
  onIgnore(): void;
  onReport(): Promise<void>;
  onEnter(): void;
  onLeave(): void;
  onClose(): void;
}

export const severityLabel = (s: RichFinding['severity']) =>
  t(s === 'block' ? 'severityBlock' : s === 'warn' ? 'severityWarn' : 'severityInfo');
export const categoryLabel = (c: RichFinding['category']) => CATEGORY_LABELS[c][getLocale() === 'en' ? 'en' : 'zh'];

const CARD_WIDTH = 280;
const GAP = 6;

/**
 * The card for one finding, written for editors: what is wrong, the fix, and the actions. It is placed above the
 * marked text so it never covers the lines that follow (below only when there is no room above); the rule id and the
 * maintainers' note sit in a details line.
 */
export function FindingCard({
  finding: f,
  anchor,
  title,
  focus,
  onApply,
  onIgnore,
  onReport,
  onEnter,
  onLeave,
  onClose,
}: Props) {
  const [reported, setReported] = useState(false);
  const [height, setHeight] = useState(0);
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    setHeight(el.offsetHeight);
    if (focus) el.querySelector<HTMLElement>('button')?.focus();
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        e.stopPropagation();
        onClose();
      }
    };
    el.addEventListener('keydown', onKey);
    return () => el.removeEventListener('keydown', onKey);
  }, [focus, onClose, f.fingerprint]);

  const left = Math.min(Math.max(8, anchor.left - 12), window.innerWidth - CARD_WIDTH - 8);
  const above = anchor.top - GAP - height >= 4 || height === 0;
  const style = above
    ? { left: `${left}px`, bottom: `${window.innerHeight - anchor.top + GAP}px` }
    : { left: `${left}px`, top: `${anchor.bottom + GAP}px` };
  const label = `${severityLabel(f.severity)} · ${categoryLabel(f.category)}`;
  return (
    <div
      ref={ref}
      class="pg-card"
      style={style}
      onMouseEnter={onEnter}
      onMouseLeave={onLeave}
      data-testid="pg-card"
      data-placement={above ? 'above' : 'below'}
      role="dialog"
      aria-label={label}
    >
      <div class="pg-card-head">
        <span class={`pg-sev pg-sev-${f.severity}`}>{severityLabel(f.severity)}</span>
        <span class="pg-cat">{categoryLabel(f.category)}</span>
        {title && title !== f.text && <span class="pg-card-title">{title}</span>}
      </div>
      <p class="pg-msg">{f.message}</p>
      {f.suggestions.length > 0 && (
        <div class="pg-suggestions">
          <span class="pg-muted">{t('apply')}：</span>
          {f.suggestions.slice(0, 4).map((s) => (
            <button key={s} type="button" class="pg-btn pg-primary" data-testid="pg-apply" onClick={() => onApply(s)}>
              {s === '' ? '（删除）' : s}
            </button>
          ))}
        </div>
      )}
      {f.source && (
        <p class="pg-source">
          {t('source')}：{f.source}
        </p>
      )}
      <div class="pg-actions">
        {f.severity !== 'block' && (
          <button type="button" class="pg-btn" data-testid="pg-ignore" onClick={onIgnore}>
            {t('ignoreOnce')}
          </button>
        )}
        <button
          type="button"
          class="pg-btn"
          data-testid="pg-report"
          disabled={reported}
          onClick={() => {
            void onReport().then(() => setReported(true));
          }}
        >
          {reported ? t('reportFalseDone') : t('reportFalse')}
        </button>
        <button type="button" class="pg-btn" onClick={onClose} aria-label={t('close')}>
          ×
        </button>
      </div>
      <details class="pg-details">
        <summary>{t('details')}</summary>
        <p>
          {t('ruleId')}：<code data-testid="pg-rule-id">{f.ruleId}</code>
        </p>
        {f.note && <p>{f.note}</p>}
      </details>
    </div>
  );
}
