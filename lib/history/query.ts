import { CATEGORY_LABELS } from '../engine/types';
import type { AuditRecord, CheckRecord, SignoffRecord } from '../store/schema';
import type { HistoryData } from './export';
import { auditSummaryText, localDate } from './labels';

/** Filtering and search over loaded history records. Pure. */

export const CHECK_STATUSES = ['blocked', 'allowed', 'overridden', 'has-block', 'clean'] as const;
export const SIGNOFF_STATUSES = ['approved', 'rejected'] as const;
export type HistoryStatus = (typeof CHECK_STATUSES)[number] | (typeof SIGNOFF_STATUSES)[number];
export type HistoryKind = CheckRecord['kind'] | 'signoff';

export const STATUS_FILTER_LABELS: Record<HistoryStatus, string> = {
  blocked: '发布被拦截',
  allowed: '发布通过',
  overridden: '覆盖放行',
  'has-block': '含禁止发布问题',
  clean: '无问题',
  approved: '已签发',
  rejected: '已退回',
};

export const KIND_FILTER_LABELS: Record<HistoryKind, string> = {
  check: '手动检查',
  publish: '发布尝试',
  latest: '稿件最新状态',
  signoff: '签发记录',
};

export interface HistoryFilter {
  account?: string;
  /** Inclusive local dates, "YYYY-MM-DD". */
  from?: string;
  to?: string;
  status?: HistoryStatus;
  /** Reviewer name: their sign-offs, and the checks of the drafts they signed. */
  reviewer?: string;
  /** Words to find in titles, findings, comments and summaries (all must occur). */
  text?: string;
  kind?: HistoryKind;
}

export interface HistoryResult {
  checks: CheckRecord[];
  signoffs: SignoffRecord[];
  audit: AuditRecord[];
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function inRange(time: string, f: HistoryFilter): boolean {
  const from = f.from && DATE.test(f.from) ? f.from : undefined;
  const to = f.to && DATE.test(f.to) ? f.to : undefined;
  if (!from && !to) return true;
  const day = localDate(time);
  if (!day) return false;
  return (!from || day >= from) && (!to || day <= to);
}

function terms(text: string | undefined): string[] {
  return (text ?? '').toLowerCase().split(/\s+/).filter(Boolean);
}

function matchesText(words: string[], parts: ReadonlyArray<string | undefined>): boolean {
  if (words.length === 0) return true;
  const hay = parts.filter(Boolean).join('\n').toLowerCase();
  return words.every((w) => hay.includes(w));
}

function checkStatus(c: CheckRecord, status: HistoryStatus): boolean {
  switch (status) {
    case 'blocked':
    case 'allowed':
    case 'overridden':
      return c.outcome === status;
    case 'has-block':
      return c.counts.block > 0;
    case 'clean':
      return c.counts.block === 0 && c.counts.warn === 0;
    default:
      return false;
  }
}

export function newestFirst<T extends { time: string }>(rows: readonly T[]): T[] {
  const key = (t: string) => {
    const ms = Date.parse(t);
    return Number.isNaN(ms) ? Number.NEGATIVE_INFINITY : ms;
  };
  return [...rows].sort((a, b) => key(b.time) - key(a.time) || (a.time < b.time ? 1 : a.time > b.time ? -1 : 0));
}

export function filterChecks(
  checks: readonly CheckRecord[],
  f: HistoryFilter,
  signedBy?: ReadonlySet<string>,
): CheckRecord[] {
  if (f.kind === 'signoff') return [];
  if (f.status && !(CHECK_STATUSES as readonly string[]).includes(f.status)) return [];
  const words = terms(f.text);
  return newestFirst(
    checks.filter(
      (c) =>
        (!f.kind || c.kind === f.kind) &&
        (!f.account || c.account === f.account) &&
        (!f.status || checkStatus(c, f.status)) &&
        (!signedBy || signedBy.has(c.draftKey)) &&
        inRange(c.time, f) &&
        matchesText(words, [
          c.title,
          c.account,
          c.reason,
          c.action,
          c.hash.slice(0, 12),
          ...c.findings.flatMap((x) => [x.text, x.message, x.ruleId, CATEGORY_LABELS[x.category]?.zh]),
        ]),
    ),
  );
}

export function filterSignoffs(signoffs: readonly SignoffRecord[], f: HistoryFilter): SignoffRecord[] {
  if (f.kind && f.kind !== 'signoff') return [];
  if (f.status && !(SIGNOFF_STATUSES as readonly string[]).includes(f.status)) return [];
  const words = terms(f.text);
  return newestFirst(
    signoffs.filter(
      (s) =>
        (!f.account || s.account === f.account) &&
        (!f.reviewer || s.reviewer === f.reviewer) &&
        (!f.status || (f.status === 'approved' ? s.decision === 'approve' : s.decision === 'reject')) &&
        inRange(s.time, f) &&
        matchesText(words, [s.title, s.account, s.reviewer, s.comment, s.hash.slice(0, 12)]),
    ),
  );
}

/** The audit log follows the account, date, reviewer (as actor) and keyword filters. */
export function filterAudit(audit: readonly AuditRecord[], f: HistoryFilter): AuditRecord[] {
  const words = terms(f.text);
  return newestFirst(
    audit.filter(
      (a) =>
        (!f.account || a.account === f.account) &&
        (!f.reviewer || a.actor === f.reviewer) &&
        inRange(a.time, f) &&
        matchesText(words, [a.summary, auditSummaryText(a), a.actor, a.account]),
    ),
  );
}

/** Applies a filter to all three lists; each comes back newest first. */
export function queryHistory(data: HistoryData, f: HistoryFilter): HistoryResult {
  const signedBy = f.reviewer
    ? new Set(data.signoffs.filter((s) => s.reviewer === f.reviewer).map((s) => s.draftKey))
    : undefined;
  return {
    checks: filterChecks(data.checks, f, signedBy),
    signoffs: filterSignoffs(data.signoffs, f),
    audit: filterAudit(data.audit, f),
  };
}

export function isEmptyFilter(f: HistoryFilter): boolean {
  return !Object.values(f).some((v) => v !== undefined && v !== '');
}

const collator = new Intl.Collator('zh-CN');

/** Distinct values for the filter drop-downs, sorted (Chinese collation). */
export function filterOptions(data: HistoryData): { accounts: string[]; reviewers: string[] } {
  const accounts = new Set<string>();
  for (const r of [...data.checks, ...data.signoffs, ...data.audit]) if (r.account) accounts.add(r.account);
  const reviewers = new Set<string>();
  for (const s of data.signoffs) if (s.reviewer) reviewers.add(s.reviewer);
  return { accounts: [...accounts].sort(collator.compare), reviewers: [...reviewers].sort(collator.compare) };
}
