import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { readPolicy } from '../../lib/background/policy';
import type { HistoryData } from '../../lib/history/export';
import { filterOptions, type HistoryFilter, isEmptyFilter, queryHistory } from '../../lib/history/query';
import { t } from '../../lib/i18n/all';
import { effectiveRetention } from '../../lib/settings/resolve';
import { RecordStore } from '../../lib/store/records';
import { ConfigStore } from '../../lib/store/settings-store';
import { AdminBar } from '../common/AdminBar';
import { useAsync, useLocale } from '../common/hooks';
import { teamApi } from '../team/api';
import {
  type DownloadFile,
  type ExportKind,
  exportHistory,
  importHistory,
  type Outcome,
  revoke,
  saveRetention,
  startDownloads,
} from './actions';
import { FilterBar } from './FilterBar';
import { Retention } from './Retention';
import { AuditTable, ChecksTable, SignoffsTable } from './Tables';
import { TeamTrail } from './TeamTrail';

type Tab = 'checks' | 'signoffs' | 'audit' | 'team';

interface Loaded {
  data: HistoryData;
  skipped: { checks: number; signoffs: number; audit: number };
  retentionDays: number;
  retention: ReturnType<typeof effectiveRetention>;
  actor: string;
  settingsCorrupt: boolean;
}

async function load(records: RecordStore, config: ConfigStore): Promise<Loaded> {
  const [checks, signoffs, audit, settings, policy] = await Promise.all([
    records.allChecks(),
    records.allSignoffs(),
    records.auditFor(),
    config.getSettings(),
    readPolicy(),
  ]);
  return {
    data: { checks: checks.records, signoffs: signoffs.records, audit: audit.records },
    skipped: { checks: checks.skipped, signoffs: signoffs.skipped, audit: audit.skipped },
    retentionDays: settings.settings.retentionDays,
    retention: effectiveRetention(settings.settings, policy),
    actor: settings.settings.operator || '编辑',
    settingsCorrupt: settings.corrupt,
  };
}

/** 审核与检查记录: search, filter, export (台账/考核), import, audit log and retention. */
export function App() {
  useLocale();
  const stores = useMemo(() => ({ records: new RecordStore(), config: new ConfigStore() }), []);
  const page = useAsync(() => load(stores.records, stores.config), []);
  const teamOn = useAsync(
    () =>
      teamApi
        .status()
        .then((s) => s.enabled)
        .catch(() => false),
    [],
  );
  const [filter, setFilter] = useState<HistoryFilter>({});
  const [tab, setTab] = useState<Tab>('checks');
  const [outcome, setOutcome] = useState<Outcome>();
  const [busy, setBusy] = useState(false);
  const [files, setFiles] = useState<DownloadFile[]>();
  const fileInput = useRef<HTMLInputElement>(null);
  useEffect(() => () => revoke(files), [files]);

  const loaded = page.data;
  const all: HistoryData = loaded?.data ?? { checks: [], signoffs: [], audit: [] };
  const result = useMemo(() => queryHistory(all, filter), [all, filter]);
  const options = useMemo(() => filterOptions(all), [all]);

  if (!loaded) {
    return (
      <main class="history">
        <h1>{t('histHeading')}</h1>
        {page.error ? (
          <div class="card notice error" data-testid="history-error">
            <p>{t('histReadError', { error: page.error })}</p>
            <button type="button" onClick={page.reload}>
              {t('retry')}
            </button>
          </div>
        ) : (
          <p class="muted">{t('loading')}</p>
        )}
      </main>
    );
  }

  const skipped = loaded.skipped.checks + loaded.skipped.signoffs + loaded.skipped.audit;
  const filtered = !isEmptyFilter(filter);

  async function run(action: () => Promise<Outcome>) {
    setBusy(true);
    setOutcome(undefined);
    try {
      const out = await action();
      setOutcome(out);
      page.reload();
      return out;
    } finally {
      setBusy(false);
    }
  }

  async function doExport(kind: ExportKind) {
    const out = await run(() => exportHistory(kind, result, filter, { records: stores.records, actor: loaded!.actor }));
    if (out.files) {
      setFiles(out.files);
      startDownloads(out.files);
    }
  }

  async function doImport(input: HTMLInputElement) {
    const file = input.files?.[0];
    if (!file) return;
    await run(() => importHistory(file, { records: stores.records, actor: loaded!.actor }));
    input.value = '';
  }

  const tabs: Array<{ id: Tab; label: string; count: number; total: number }> = [
    { id: 'checks', label: t('histTabChecks'), count: result.checks.length, total: all.checks.length },
    { id: 'signoffs', label: t('histTabSignoffs'), count: result.signoffs.length, total: all.signoffs.length },
    { id: 'audit', label: t('histTabAudit'), count: result.audit.length, total: all.audit.length },
  ];
  if (teamOn.data) tabs.push({ id: 'team', label: t('histTabTeam'), count: 0, total: 0 });

  return (
    <main class="history">
      <AdminBar />
      <header class="head">
        <h1>{t('histHeading')}</h1>
        <p class="muted" data-testid="history-count">
          {t(filtered ? 'histCountFiltered' : 'histCountAll', {
            checks: result.checks.length,
            signoffs: result.signoffs.length,
            audit: result.audit.length,
          })}
          {filtered ? t('histCountTotal', { n: all.checks.length + all.signoffs.length + all.audit.length }) : ''}
        </p>
      </header>

      {skipped > 0 && (
        <div class="card notice warn" data-testid="history-skipped">
          {t('histSkipped', { n: skipped, ...loaded.skipped })}
        </div>
      )}
      {loaded.settingsCorrupt && (
        <div class="card notice warn" data-testid="history-settings-corrupt">
          {t('histSettingsCorrupt', { days: loaded.retentionDays })}
        </div>
      )}
      {page.error && (
        <div class="card notice error" data-testid="history-error">
          {t('optionsRefreshError', { error: page.error })}
        </div>
      )}

      <FilterBar filter={filter} accounts={options.accounts} reviewers={options.reviewers} onChange={setFilter} />
      {filter.reviewer && <p class="muted">{t('histReviewerFilterNote')}</p>}

      <div class="toolbar row">
        <button
          type="button"
          class="primary"
          disabled={busy}
          onClick={() => void doExport('csv')}
          data-testid="export-csv"
        >
          {t('histExportCsv')}
        </button>
        <button type="button" disabled={busy} onClick={() => void doExport('json')} data-testid="export-json">
          {t('histExportJson')}
        </button>
        <button type="button" disabled={busy} onClick={() => fileInput.current?.click()} data-testid="import-json">
          {t('histImportJson')}
        </button>
        <input
          ref={fileInput}
          type="file"
          accept=".json,application/json"
          class="hidden"
          onChange={(e) => void doImport(e.currentTarget)}
          data-testid="import-file"
        />
        <span class="muted">{t('histExportScope', { all: filtered ? '' : t('histExportAll') })}</span>
      </div>

      {outcome && (
        <div class={`card notice ${outcome.ok ? 'ok' : 'error'}`} data-testid="history-message">
          <p>{outcome.message}</p>
          {outcome.details && outcome.details.length > 0 && (
            <ul data-testid="history-message-details">
              {outcome.details.map((d) => (
                <li key={d}>{d}</li>
              ))}
            </ul>
          )}
          {outcome.ok && files && files.length > 0 && (
            <p class="muted">
              {t('histDownloadLinks')}
              {files.map((f) => (
                <a
                  key={f.url}
                  href={f.url}
                  download={f.name}
                  class="file-link"
                  data-testid="export-link"
                  data-name={f.name}
                >
                  {f.label}
                </a>
              ))}
            </p>
          )}
        </div>
      )}

      <div class="tabs" role="tablist">
        {tabs.map((t) => (
          <button
            key={t.id}
            type="button"
            role="tab"
            aria-selected={tab === t.id}
            class={tab === t.id ? 'active' : ''}
            onClick={() => setTab(t.id)}
            data-testid={`tab-${t.id}`}
          >
            {t.label}
            {t.id !== 'team' && (
              <span class="count" data-testid={`tab-${t.id}-count`}>
                {t.count}
              </span>
            )}
          </button>
        ))}
      </div>

      {tab === 'checks' && <ChecksTable rows={result.checks} />}
      {tab === 'signoffs' && <SignoffsTable rows={result.signoffs} />}
      {tab === 'audit' && (
        <>
          <div class="row toolbar">
            <button
              type="button"
              disabled={busy}
              onClick={() => void doExport('audit-csv')}
              data-testid="export-audit-csv"
            >
              {t('histExportAuditCsv')}
            </button>
          </div>
          <AuditTable rows={result.audit} />
        </>
      )}

      {tab === 'team' && <TeamTrail filter={filter} actor={loaded.actor} />}

      <Retention
        days={loaded.retention.days}
        floorDays={loaded.retention.floorDays}
        locked={loaded.retention.locked}
        data={all}
        onSave={async (days) => {
          const out = await saveRetention(days, {
            records: stores.records,
            config: stores.config,
            actor: loaded.actor,
            previous: loaded.retentionDays,
            minRetentionDays: loaded.retention.minRetentionDays,
          });
          page.reload();
          return out;
        }}
      />
    </main>
  );
}
