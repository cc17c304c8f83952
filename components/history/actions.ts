import {
  auditCsv,
  checksCsv,
  exportJson,
  type HistoryData,
  parseHistoryExport,
  signoffsCsv,
} from '../../lib/history/export';
import type { HistoryFilter } from '../../lib/history/query';
import { t } from '../../lib/i18n/all';
import { codedSummary, msg, type UiMessage } from '../../lib/i18n/ui-message';
import { MAX_RETENTION_DAYS } from '../../lib/settings/retention-rule';
import { StoreError, storeErrorCode } from '../../lib/store/db';
import type { RecordStore } from '../../lib/store/records';
import type { ConfigStore } from '../../lib/store/settings-store';
import { writeSettings } from '../common/admin';

/** The history page's actions (export, import, retention), kept apart from the markup. */

export interface DownloadFile {
  name: string;
  label: string;
  url: string;
  bytes: number;
}

export interface Outcome {
  ok: boolean;
  message: string;
  details?: string[];
  files?: DownloadFile[];
}

const MAX_IMPORT_BYTES = 100 * 1024 * 1024;

function stamp(now: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}${p(now.getMonth() + 1)}${p(now.getDate())}-${p(now.getHours())}${p(now.getMinutes())}`;
}

function file(name: string, label: string, text: string, type: string): DownloadFile {
  const blob = new Blob([text], { type });
  return { name, label, url: URL.createObjectURL(blob), bytes: blob.size };
}

/** Starts the browser download of each file (an <a download> with a Blob URL). */
export function startDownloads(files: readonly DownloadFile[]): void {
  for (const f of files) {
    const a = document.createElement('a');
    a.href = f.url;
    a.download = f.name;
    a.style.display = 'none';
    document.body.append(a);
    a.click();
    a.remove();
  }
}

export function revoke(files: readonly DownloadFile[] | undefined): void {
  for (const f of files ?? []) URL.revokeObjectURL(f.url);
}

function describeFilter(f: HistoryFilter): Record<string, string> {
  return Object.fromEntries(Object.entries(f).filter(([, v]) => v !== undefined && v !== '')) as Record<string, string>;
}

function message(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/**
 * Exports must be logged. The audit record is written first; when that fails the export does not
 * happen — except when the disk is full, since exporting and clearing old records is the remedy.
 */
async function logExport(
  records: RecordStore,
  actor: string,
  summary: UiMessage,
  details: Record<string, unknown>,
): Promise<{ ok: true; warning?: string } | { ok: false; error: string }> {
  try {
    await records.addAudit({ action: 'export', actor, ...codedSummary(summary), details });
    return { ok: true };
  } catch (err) {
    if (storeErrorCode(err) === 'quota') return { ok: true, warning: t('actAuditWarn', { error: message(err) }) };
    return { ok: false, error: t('actExportNoAudit', { error: message(err) }) };
  }
}

export type ExportKind = 'csv' | 'json' | 'audit-csv';

export async function exportHistory(
  kind: ExportKind,
  data: HistoryData,
  filter: HistoryFilter,
  ctx: { records: RecordStore; actor: string; now?: Date },
): Promise<Outcome> {
  const now = ctx.now ?? new Date();
  const s = stamp(now);
  const counts = { checks: data.checks.length, signoffs: data.signoffs.length, audit: data.audit.length };
  const summary =
    kind === 'csv'
      ? msg('audit.history-export-csv', counts)
      : kind === 'json'
        ? msg('audit.history-export-json', counts)
        : msg('audit.audit-export-csv', counts);
  const logged = await logExport(ctx.records, ctx.actor, summary, {
    format: kind,
    ...(kind === 'csv'
      ? { checks: counts.checks, signoffs: counts.signoffs }
      : kind === 'audit-csv'
        ? { audit: counts.audit }
        : counts),
    filter: describeFilter(filter),
  });
  if (!logged.ok) return { ok: false, message: logged.error };
  let files: DownloadFile[];
  if (kind === 'csv') {
    files = [
      file(`发布审校-检查记录-${s}.csv`, '检查与发布记录（CSV）', checksCsv(data.checks), 'text/csv;charset=utf-8'),
      file(`发布审校-签发记录-${s}.csv`, '签发记录（CSV）', signoffsCsv(data.signoffs), 'text/csv;charset=utf-8'),
    ];
  } else if (kind === 'json') {
    files = [
      file(
        `发布审校-历史记录-${s}.json`,
        '历史记录（JSON）',
        `${JSON.stringify(exportJson(data, now), null, 2)}\n`,
        'application/json',
      ),
    ];
  } else {
    files = [file(`发布审校-审计日志-${s}.csv`, '审计日志（CSV）', auditCsv(data.audit), 'text/csv;charset=utf-8')];
  }
  return {
    ok: true,
    message: t('actExported', { files: files.map((f) => f.name).join(t('listSep')), warning: logged.warning ?? '' }),
    files,
  };
}

export async function importHistory(
  input: { name: string; size: number; text(): Promise<string> },
  ctx: { records: RecordStore; actor: string },
): Promise<Outcome> {
  if (input.size > MAX_IMPORT_BYTES) {
    return {
      ok: false,
      message: t('actImportFailed'),
      details: [t('actTooLarge', { n: MAX_IMPORT_BYTES / 1024 / 1024 })],
    };
  }
  let text: string;
  try {
    text = await input.text();
  } catch (err) {
    return { ok: false, message: t('actImportFailed'), details: [t('actCannotRead', { error: message(err) })] };
  }
  const parsed = parseHistoryExport(text);
  if (!parsed.ok) return { ok: false, message: t('actImportFailed'), details: parsed.errors };
  const { checks, signoffs, audit } = parsed.data;
  let result: { added: number; duplicates: number };
  try {
    result = await ctx.records.importRecords(
      { checks, signoffs, audit },
      `${input.name} ${new Date().toISOString().slice(0, 10)}`,
    );
  } catch (err) {
    return { ok: false, message: t('actImportFailed'), details: [message(err)] };
  }
  let warning = '';
  try {
    await ctx.records.addAudit({
      action: 'import',
      actor: ctx.actor,
      ...codedSummary(
        msg('audit.history-import', { file: input.name, added: result.added, duplicates: result.duplicates }),
      ),
      details: { file: input.name, exportedAt: parsed.data.exportedAt, ...result },
    });
  } catch (err) {
    warning = t('actAuditWarnParen', { error: message(err) });
  }
  return {
    ok: true,
    message: t('actImported', { added: result.added, duplicates: result.duplicates, warning }),
  };
}

export { MAX_RETENTION_DAYS } from '../../lib/settings/retention-rule';

/** Parses the retention input: whole days, 0 = keep forever. */
export function parseRetention(raw: string): number | string {
  const s = raw.trim();
  if (!/^\d+$/.test(s)) return t('actRetentionInt');
  const n = Number(s);
  if (n > MAX_RETENTION_DAYS) return t('actRetentionMax', { n: MAX_RETENTION_DAYS });
  return n;
}

/** Saves the retention setting, purges immediately and logs both. */
export async function saveRetention(
  days: number,
  ctx: { records: RecordStore; config: ConfigStore; actor: string; previous: number; minRetentionDays?: number },
): Promise<Outcome> {
  try {
    // Through the background: retention is a protected setting once an admin password is set.
    const w = await writeSettings(ctx.config, (s) => ({ ...s, retentionDays: days }), {
      reason: 'retention',
      actor: ctx.actor,
      summary: () => `保留期限改为 ${days === 0 ? '永久' : `${days} 天`}`,
    });
    if (!w.ok) return { ok: false, message: w.error };
    const removed = await ctx.records.purgeOlderThan(days, new Date(), { minRetentionDays: ctx.minRetentionDays });
    const before = ctx.previous ? msg('audit.days', { n: ctx.previous }) : msg('audit.forever');
    const summary =
      days === 0
        ? msg('audit.retention-forever', { before })
        : msg('audit.retention-changed', { before, days, removed });
    await ctx.records.addAudit({
      action: 'retention',
      actor: ctx.actor,
      ...codedSummary(summary),
      details: { retentionDays: days, previous: ctx.previous, removed, trigger: 'settings' },
    });
    return {
      ok: true,
      message: days === 0 ? t('actSavedForever') : t('actSavedDays', { days, removed }),
    };
  } catch (err) {
    return {
      ok: false,
      message: err instanceof StoreError ? err.message : t('actSaveFailed', { error: message(err) }),
    };
  }
}
