import { useState } from 'preact/hooks';
import type { RichFinding } from '../../lib/engine/types';
import { CATEGORY_LABELS } from '../../lib/engine/types';
import { getLocale, t } from '../../lib/i18n';

interface Props {
  finding: RichFinding;
  x: number;
  y: number;
  onApply(s: string): void;
  onIgnore(): void;
  onReport(): Promise<void>;
  onEnter(): void;
  onLeave(): void;
}

export const severityLabel = (s: RichFinding['severity']) =>
  t(s === 'block' ? 'severityBlock' : s === 'warn' ? 'severityWarn' : 'severityInfo');
export const categoryLabel = (c: RichFinding['category']) => CATEGORY_LABELS[c][getLocale() === 'en' ? 'en' : 'zh'];

/** The hover card: what is wrong, the suggestions, the source, and the actions. */
export function FindingCard({ finding: f, x, y, onApply, onIgnore, onReport, onEnter, onLeave }: Props) {
  const [reported, setReported] = useState(false);
  const left = Math.min(Math.max(8, x - 40), window.innerWidth - 340);
  const below = y + 220 < window.innerHeight;
  const style = below
    ? { left: `${left}px`, top: `${y + 14}px` }
    : { left: `${left}px`, bottom: `${window.innerHeight - y + 14}px` };
  return (
    <div
      class="pg-card"
      style={style}
      onMouseEnter={onEnter}
      onMouseLeave={onLeave}
      data-testid="pg-card"
      role="dialog"
    >
      <div class="pg-card-head">
        <span class={`pg-sev pg-sev-${f.severity}`}>{severityLabel(f.severity)}</span>
        <span class="pg-cat">{categoryLabel(f.category)}</span>
        <code class="pg-rule">{f.ruleId}</code>
      </div>
      <p class="pg-msg">{f.message}</p>
      {f.suggestions.length > 0 && (
        <div class="pg-suggestions">
          {f.suggestions.slice(0, 4).map((s) => (
            <button
              key={s}
              class="pg-btn pg-primary"
              data-testid="pg-apply"
              onClick={() => onApply(s)}
              title={t('apply')}
            >
              {s === '' ? '（删除）' : s}
            </button>
          ))}
        </div>
      )}
      {f.note && <p class="pg-note">{f.note}</p>}
      {f.source && (
        <p class="pg-source">
          {t('source')}：{f.source}
        </p>
      )}
      <div class="pg-actions">
        {f.severity !== 'block' && (
          <button class="pg-btn" data-testid="pg-ignore" onClick={onIgnore}>
            {t('ignoreOnce')}
          </button>
        )}
        <button
          class="pg-btn"
          data-testid="pg-report"
          disabled={reported}
          onClick={() => {
            void onReport().then(() => setReported(true));
          }}
        >
          {reported ? t('reportFalseDone') : t('reportFalse')}
        </button>
      </div>
    </div>
  );
}
