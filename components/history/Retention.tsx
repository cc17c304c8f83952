import { useEffect, useState } from 'preact/hooks';
import type { HistoryData } from '../../lib/history/export';
import { localDate } from '../../lib/history/labels';
import { t } from '../../lib/i18n/all';
import { countPurgeable, retentionPlan } from '../../lib/settings/retention-rule';
import { MAX_RETENTION_DAYS, type Outcome, parseRetention } from './actions';

interface Props {
  days: number;
  /** The review trail's floor in effect (at least 180 days; policy minRetentionDays may raise it). */
  floorDays: number;
  /** Retention fixed by enterprise policy: read-only here. */
  locked: boolean;
  data: HistoryData;
  onSave(days: number): Promise<Outcome>;
}

/** How many loaded records a retention of `days` would delete now (the store's own rules). */
function wouldRemove(data: HistoryData, days: number, floorDays: number): { count: number; cutoff: string } {
  const plan = retentionPlan(days, floorDays, new Date());
  return { count: countPurgeable(plan, data), cutoff: plan.checksBefore };
}

/**
 * 保留期限: whole days, 0 = keep forever. Saving purges at once (after a confirmation when records would go).
 * The review trail (sign-offs, publish and override records, the audit log) keeps its floor whatever is set.
 */
export function Retention({ days, floorDays, locked, data, onSave }: Props) {
  const [value, setValue] = useState(String(days));
  const [confirm, setConfirm] = useState<{ days: number; count: number; cutoff: string }>();
  const [result, setResult] = useState<Outcome>();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  useEffect(() => setValue(String(days)), [days]);

  async function save(n: number) {
    setBusy(true);
    setConfirm(undefined);
    try {
      setResult(await onSave(n));
    } finally {
      setBusy(false);
    }
  }

  function submit(e: Event) {
    e.preventDefault();
    setResult(undefined);
    const n = parseRetention(value);
    if (typeof n === 'string') return setError(n);
    setError(undefined);
    const w = wouldRemove(data, n, floorDays);
    if (w.count > 0) return setConfirm({ days: n, ...w });
    void save(n);
  }

  return (
    <section class="card retention" data-testid="history-retention">
      <h2>{t('retHeading')}</h2>
      <form class="row" onSubmit={submit}>
        <fieldset class="row" disabled={locked}>
          <label>
            {t('retKeep')}{' '}
            <input
              type="number"
              min={0}
              max={MAX_RETENTION_DAYS}
              step={1}
              value={value}
              onInput={(e) => {
                setValue(e.currentTarget.value);
                setConfirm(undefined);
              }}
              data-testid="retention-days"
            />{' '}
            {t('retDaysUnit')}
          </label>
          <button type="submit" class="primary" disabled={busy} data-testid="retention-save">
            {t('save')}
          </button>
        </fieldset>
        <span class="muted">
          {t('retCurrent', { days: days === 0 ? t('retForever') : t('retDays', { n: days }) })}
          {locked ? t('retLocked') : ''}
          {t('retHelp')}
        </span>
      </form>
      <p class="muted" data-testid="retention-floor">
        {t('retFloor', { n: floorDays })}
      </p>
      {error && <p class="error">{error}</p>}
      {confirm && (
        <div class="confirm" data-testid="retention-confirm">
          <p class="error">{t('retConfirm', { n: confirm.count, date: localDate(confirm.cutoff) ?? '' })}</p>
          <div class="row">
            <button
              type="button"
              class="danger"
              disabled={busy}
              onClick={() => void save(confirm.days)}
              data-testid="retention-confirm-yes"
            >
              {t('retConfirmYes')}
            </button>
            <button type="button" onClick={() => setConfirm(undefined)}>
              {t('cancel')}
            </button>
          </div>
        </div>
      )}
      {result && (
        <p class={result.ok ? 'ok' : 'error'} data-testid="retention-result">
          {result.message}
        </p>
      )}
    </section>
  );
}
