import { useEffect, useState } from 'preact/hooks';
import type { HistoryData } from '../../lib/history/export';
import { localDate } from '../../lib/history/labels';
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
      <h2>保留期限</h2>
      <form class="row" onSubmit={submit}>
        <fieldset class="row" disabled={locked}>
          <label>
            记录保留{' '}
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
            天
          </label>
          <button type="submit" class="primary" disabled={busy} data-testid="retention-save">
            保存
          </button>
        </fieldset>
        <span class="muted">
          当前：{days === 0 ? '永久保留' : `${days} 天`}
          {locked ? '（单位策略设置，不能修改）' : ''}。0 表示永久保留；超过期限的检查记录每天自动清理。
        </span>
      </form>
      <p class="muted" data-testid="retention-floor">
        签发记录、发布和放行记录、审计日志至少保留 {floorDays} 天（即使上面的期限更短），
        尚未发布的稿件的签发记录一直保留，以备审核追溯。
      </p>
      {error && <p class="error">{error}</p>}
      {confirm && (
        <div class="confirm" data-testid="retention-confirm">
          <p class="error">
            保存后将立即删除 {confirm.count} 条 {localDate(confirm.cutoff)} 之前的记录，且无法恢复。建议先“导出
            JSON”留档。
          </p>
          <div class="row">
            <button
              type="button"
              class="danger"
              disabled={busy}
              onClick={() => void save(confirm.days)}
              data-testid="retention-confirm-yes"
            >
              确认保存并删除
            </button>
            <button type="button" onClick={() => setConfirm(undefined)}>
              取消
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
