import { useMemo, useState } from 'preact/hooks';
import type { HistoryFilter } from '../../lib/history/query';
import { syncAgeText } from '../../lib/review/sync-age';
import { RecordStore } from '../../lib/store/records';
import { useAsync } from '../common/hooks';
import { LEVEL_NAMES, teamApi } from '../team/api';
import { startDownloads } from './actions';
import { filterTrail, kindLabel, trailCsv, trailJson } from './team-trail';

/** 团队: the unit's whole trail from every machine (team mode), with the page's filters and CSV/JSON export. */
export function TeamTrail(props: { filter: HistoryFilter; actor: string }) {
  const trail = useAsync(async () => {
    await teamApi.sync().catch(() => undefined);
    return teamApi.trail();
  }, []);
  const [note, setNote] = useState<string>();
  const rows = useMemo(() => filterTrail(trail.data?.rows ?? [], props.filter), [trail.data, props.filter]);
  if (trail.error) return <p class="card notice error">{trail.error}</p>;
  if (!trail.data) return <p class="muted">正在读取团队记录…</p>;

  const download = async (kind: 'csv' | 'json') => {
    const text = kind === 'csv' ? trailCsv(rows) : trailJson(rows);
    // Exports are logged like every other export of the records page.
    await new RecordStore().addAudit({
      action: 'export',
      actor: props.actor,
      summary: `导出团队记录（${kind.toUpperCase()}）：${rows.length} 条`,
      details: { format: `team-${kind}`, rows: rows.length },
    });
    const blob = new Blob([text], { type: kind === 'csv' ? 'text/csv;charset=utf-8' : 'application/json' });
    const name = `publish-guard-team-${new Date().toISOString().slice(0, 10)}.${kind}`;
    startDownloads([{ name, label: name, url: URL.createObjectURL(blob), bytes: blob.size }]);
    setNote(`已导出 ${rows.length} 条`);
  };

  return (
    <section data-testid="team-trail">
      <p class="muted" data-testid="team-trail-sync">
        全单位记录（来自每台电脑，经团队服务器同步）：{rows.length} / {trail.data.rows.length} 条；
        {syncAgeText(trail.data.sync.lastSuccess)}
        {trail.data.rejected > 0 ? `；${trail.data.rejected} 条记录未通过核验，已忽略` : ''}
      </p>
      <div class="row toolbar">
        <button type="button" onClick={() => void download('csv')} data-testid="export-team-csv">
          导出团队记录 CSV
        </button>
        <button type="button" onClick={() => void download('json')} data-testid="export-team-json">
          导出团队记录 JSON
        </button>
        {note && <span class="muted">{note}</span>}
      </div>
      <table class="records">
        <thead>
          <tr>
            <th>时间</th>
            <th>类型</th>
            <th>用户</th>
            <th>账号</th>
            <th>摘要</th>
          </tr>
        </thead>
        <tbody>
          {rows
            .slice()
            .reverse()
            .slice(0, 500)
            .map((r) => (
              <tr key={r.id} data-testid="team-trail-row" data-kind={r.kind}>
                <td>{new Date(r.time).toLocaleString('zh-CN', { hour12: false })}</td>
                <td>
                  {kindLabel(r.kind)}
                  {r.level ? `（${LEVEL_NAMES[r.level]}）` : ''}
                </td>
                <td>
                  {r.user}
                  {r.claimedActor ? `（记为 ${r.claimedActor}）` : ''}
                </td>
                <td>{r.account ?? ''}</td>
                <td>{r.summary}</td>
              </tr>
            ))}
        </tbody>
      </table>
      {rows.length > 500 && <p class="muted">显示最新 500 条；导出包含全部 {rows.length} 条。</p>}
    </section>
  );
}
