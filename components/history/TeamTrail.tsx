import { useMemo, useState } from 'preact/hooks';
import type { HistoryFilter } from '../../lib/history/query';
import { getLocale, t } from '../../lib/i18n/all';
import { codedSummary, msg, storedText } from '../../lib/i18n/ui-message';
import { syncAgeText } from '../../lib/review/sync-age';
import { RecordStore } from '../../lib/store/records';
import { useAsync } from '../common/hooks';
import { levelLabel } from '../common/ReviewerPicker';
import { teamApi } from '../team/api';
import { startDownloads } from './actions';
import { filterTrail, trailCsv, trailJson } from './team-trail';

/** 团队: the unit's whole trail from every machine (team mode), with the page's filters and CSV/JSON export. */
export function TeamTrail(props: { filter: HistoryFilter; actor: string }) {
  const trail = useAsync(async () => {
    await teamApi.sync().catch(() => undefined);
    return teamApi.trail();
  }, []);
  const [note, setNote] = useState<string>();
  const rows = useMemo(() => filterTrail(trail.data?.rows ?? [], props.filter), [trail.data, props.filter]);
  if (trail.error) return <p class="card notice error">{trail.error}</p>;
  if (!trail.data) return <p class="muted">{t('trailLoading')}</p>;

  const download = async (kind: 'csv' | 'json') => {
    const text = kind === 'csv' ? trailCsv(rows) : trailJson(rows);
    // Exports are logged like every other export of the records page.
    await new RecordStore().addAudit({
      action: 'export',
      actor: props.actor,
      ...codedSummary(msg('audit.trail-export', { format: kind.toUpperCase(), n: rows.length })),
      details: { format: `team-${kind}`, rows: rows.length },
    });
    const blob = new Blob([text], { type: kind === 'csv' ? 'text/csv;charset=utf-8' : 'application/json' });
    const name = `publish-guard-team-${new Date().toISOString().slice(0, 10)}.${kind}`;
    startDownloads([{ name, label: name, url: URL.createObjectURL(blob), bytes: blob.size }]);
    setNote(t('trailExported', { n: rows.length }));
  };

  return (
    <section data-testid="team-trail">
      <p class="muted" data-testid="team-trail-sync">
        {t('trailIntro', { n: rows.length, total: trail.data.rows.length })}
        {syncAgeText(trail.data.sync.lastSuccess)}
        {trail.data.rejected > 0 ? t('trailRejected', { n: trail.data.rejected }) : ''}
      </p>
      <div class="row toolbar">
        <button type="button" onClick={() => void download('csv')} data-testid="export-team-csv">
          {t('trailExportCsv')}
        </button>
        <button type="button" onClick={() => void download('json')} data-testid="export-team-json">
          {t('trailExportJson')}
        </button>
        {note && <span class="muted">{note}</span>}
      </div>
      <table class="records">
        <thead>
          <tr>
            <th>{t('colTime')}</th>
            <th>{t('filterKind')}</th>
            <th>{t('colUser')}</th>
            <th>{t('filterAccount')}</th>
            <th>{t('colSummary')}</th>
          </tr>
        </thead>
        <tbody>
          {rows
            .slice()
            .reverse()
            .slice(0, 500)
            .map((r) => (
              <tr key={r.id} data-testid="team-trail-row" data-kind={r.kind}>
                <td>{new Date(r.time).toLocaleString(getLocale() === 'en' ? 'en' : 'zh-CN', { hour12: false })}</td>
                <td>
                  {t(`trailKind_${r.kind}`)}
                  {r.level ? `（${levelLabel(r.level)}）` : ''}
                </td>
                <td>
                  {r.user}
                  {r.claimedActor ? t('trailClaimed', { s: r.claimedActor }) : ''}
                </td>
                <td>{r.account ?? ''}</td>
                <td>{storedText(r.message, r.summary)}</td>
              </tr>
            ))}
        </tbody>
      </table>
      {rows.length > 500 && <p class="muted">{t('trailShown', { n: rows.length })}</p>}
    </section>
  );
}
