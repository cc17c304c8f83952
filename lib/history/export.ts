import { z } from 'zod';
import { escapeFormulaCell } from '../csv/formula';
import {
  type AuditRecord,
  auditRecordSchema,
  type CheckRecord,
  checkRecordSchema,
  type SignoffRecord,
  signoffRecordSchema,
} from '../store/schema';
import {
  AUDIT_LABELS,
  checklistText,
  DECISION_LABELS,
  findingsSummary,
  formatTime,
  KIND_LABELS,
  levelLabel,
  OUTCOME_LABELS,
  originLabel,
  PLATFORM_LABELS,
  verifiedLabel,
} from './labels';

/** Exports for 台账 and 考核 (CSV) and for merging between machines (JSON). Pure: no DOM, no storage. */

export type Cell = string | number | boolean | null | undefined;

export interface Column<T> {
  header: string;
  value: (row: T) => Cell;
}

const BOM = '\uFEFF';
const CRLF = '\r\n';

/** One CSV field: formula-safe, quoted when it holds a quote, comma or line break (RFC 4180). */
export function csvCell(value: Cell): string {
  if (value === null || value === undefined) return '';
  let s: string;
  if (typeof value === 'number') s = Number.isFinite(value) ? String(value) : '';
  else if (typeof value === 'boolean') s = value ? '是' : '否';
  else {
    s = escapeFormulaCell(value);
  }
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * RFC 4180 CSV with a UTF-8 byte order mark (so Excel and WPS open Chinese text correctly) and CRLF
 * line ends. Text cells starting with = + - @ TAB CR are prefixed with a quote so they are never run as formulas.
 */
export function toCsv<T>(rows: readonly T[], columns: readonly Column<T>[]): string {
  const lines = [columns.map((c) => csvCell(c.header)).join(',')];
  for (const row of rows) lines.push(columns.map((c) => csvCell(c.value(row))).join(','));
  return BOM + lines.join(CRLF) + CRLF;
}

export const CHECK_COLUMNS: readonly Column<CheckRecord>[] = [
  { header: '时间', value: (r) => formatTime(r.time) },
  { header: '平台', value: (r) => PLATFORM_LABELS[r.platform] },
  { header: '账号', value: (r) => r.account ?? '' },
  { header: '标题', value: (r) => r.title },
  { header: '内容哈希(前12位)', value: (r) => r.hash.slice(0, 12) },
  { header: '类型', value: (r) => KIND_LABELS[r.kind] },
  { header: '结果', value: (r) => (r.outcome ? OUTCOME_LABELS[r.outcome] : '') },
  { header: '禁止发布数', value: (r) => r.counts.block },
  { header: '需注意数', value: (r) => r.counts.warn },
  { header: '建议数', value: (r) => r.counts.info },
  { header: '问题摘要', value: (r) => findingsSummary(r.findings) },
  { header: '放行理由', value: (r) => r.reason ?? '' },
  { header: '字数', value: (r) => r.chars },
  { header: '稿件标识', value: (r) => r.draftKey },
  { header: '记录编号', value: (r) => r.uid },
  { header: '来源', value: (r) => originLabel(r.origin) },
];

export const SIGNOFF_COLUMNS: readonly Column<SignoffRecord>[] = [
  { header: '签发时间', value: (r) => formatTime(r.time) },
  { header: '平台', value: (r) => PLATFORM_LABELS[r.platform] },
  { header: '账号', value: (r) => r.account ?? '' },
  { header: '标题', value: (r) => r.title },
  { header: '内容哈希(前12位)', value: (r) => r.hash.slice(0, 12) },
  { header: '审核人', value: (r) => r.reviewer },
  { header: '级别', value: (r) => levelLabel(r.level) },
  { header: '结论', value: (r) => DECISION_LABELS[r.decision] },
  { header: '五关清单', value: (r) => checklistText(r.checklist) },
  { header: '意见', value: (r) => r.comment },
  { header: '签发时禁止发布数', value: (r) => r.counts?.block },
  { header: '签发时需注意数', value: (r) => r.counts?.warn },
  { header: '稿件标识', value: (r) => r.draftKey },
  { header: '记录编号', value: (r) => r.uid },
  { header: 'PIN 验证', value: (r) => verifiedLabel(r.verified) },
  { header: '来源', value: (r) => originLabel(r.origin) },
];

export const AUDIT_COLUMNS: readonly Column<AuditRecord>[] = [
  { header: '时间', value: (r) => formatTime(r.time) },
  { header: '操作', value: (r) => AUDIT_LABELS[r.action] },
  { header: '操作人', value: (r) => r.actor },
  { header: '账号', value: (r) => r.account ?? '' },
  { header: '摘要', value: (r) => r.summary },
  { header: '记录编号', value: (r) => r.uid },
  { header: '来源', value: (r) => originLabel(r.origin) },
];

export function checksCsv(checks: readonly CheckRecord[]): string {
  return toCsv(checks, CHECK_COLUMNS);
}

export function signoffsCsv(signoffs: readonly SignoffRecord[]): string {
  return toCsv(signoffs, SIGNOFF_COLUMNS);
}

export function auditCsv(audit: readonly AuditRecord[]): string {
  return toCsv(audit, AUDIT_COLUMNS);
}

export const EXPORT_FORMAT = 'publish-guard-history';
export const EXPORT_VERSION = 1;

export interface HistoryExport {
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION;
  exportedAt: string;
  checks: CheckRecord[];
  signoffs: SignoffRecord[];
  audit: AuditRecord[];
}

export interface HistoryData {
  checks: readonly CheckRecord[];
  signoffs: readonly SignoffRecord[];
  audit: readonly AuditRecord[];
}

/** Local database ids mean nothing elsewhere; records are merged by uid. */
function withoutId<T extends { id?: number }>(r: T): T {
  const { id: _id, ...rest } = r;
  return rest as T;
}

export function exportJson(data: HistoryData, now: Date = new Date()): HistoryExport {
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: now.toISOString(),
    checks: data.checks.map(withoutId),
    signoffs: data.signoffs.map(withoutId),
    audit: data.audit.map(withoutId),
  };
}

export type ParseResult = { ok: true; data: HistoryExport } | { ok: false; errors: string[] };

const MAX_ERRORS = 20;

function pathText(path: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const p of path) out += typeof p === 'number' ? `[${p}]` : `${out ? '.' : ''}${String(p)}`;
  return out;
}

const LIST_NAMES = { checks: '检查记录', signoffs: '签发记录', audit: '审计日志' } as const;

/**
 * Validates an exported history file with the store's record schemas. All or nothing: any invalid
 * record makes the whole file invalid, and the errors name the record (list and index) and the field.
 */
export function parseHistoryExport(text: string): ParseResult {
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (err) {
    return { ok: false, errors: [`不是有效的 JSON 文件：${err instanceof Error ? err.message : String(err)}`] };
  }
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) {
    return { ok: false, errors: ['文件内容不是“发布审校”导出的历史记录。'] };
  }
  const obj = raw as Record<string, unknown>;
  if (obj.format !== EXPORT_FORMAT) {
    return { ok: false, errors: [`文件格式不对：应为“${EXPORT_FORMAT}”（由“发布审校”历史记录页导出的 JSON）。`] };
  }
  if (typeof obj.version !== 'number' || !Number.isInteger(obj.version)) {
    return { ok: false, errors: ['文件缺少版本号（version）。'] };
  }
  if (obj.version > EXPORT_VERSION) {
    return {
      ok: false,
      errors: [`文件版本（v${obj.version}）比当前扩展支持的版本（v${EXPORT_VERSION}）新，请先升级扩展。`],
    };
  }
  if (obj.version !== EXPORT_VERSION) return { ok: false, errors: [`不支持的文件版本：v${obj.version}。`] };

  const errors: string[] = [];
  let total = 0;
  const note = (msg: string) => {
    total++;
    if (errors.length < MAX_ERRORS) errors.push(msg);
  };
  const localeError = z.locales.zhCN().localeError;
  function list<T>(key: keyof typeof LIST_NAMES, schema: z.ZodType<T>, optional: boolean): T[] {
    const value = obj[key];
    if (value === undefined && optional) return [];
    if (!Array.isArray(value)) {
      note(`${key}（${LIST_NAMES[key]}）应为数组。`);
      return [];
    }
    const out: T[] = [];
    value.forEach((row, i) => {
      const r = schema.safeParse(row, { error: localeError });
      if (r.success) out.push(r.data);
      else
        for (const issue of r.error.issues)
          note(`${LIST_NAMES[key]}第 ${i + 1} 条（${pathText([key, i, ...issue.path])}）：${issue.message}`);
    });
    return out;
  }
  const checks = list('checks', checkRecordSchema, false);
  const signoffs = list('signoffs', signoffRecordSchema, false);
  const audit = list('audit', auditRecordSchema, true);
  if (typeof obj.exportedAt !== 'string') note('缺少导出时间（exportedAt）。');
  if (total > 0) {
    if (total > errors.length) errors.push(`……另有 ${total - errors.length} 处错误`);
    return { ok: false, errors };
  }
  return {
    ok: true,
    data: {
      format: EXPORT_FORMAT,
      version: EXPORT_VERSION,
      exportedAt: obj.exportedAt as string,
      checks: checks.map(withoutId),
      signoffs: signoffs.map(withoutId),
      audit: audit.map(withoutId),
    },
  };
}
