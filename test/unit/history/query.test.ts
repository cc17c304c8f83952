import { describe, expect, it } from 'vitest';
import {
  filterOptions,
  type HistoryFilter,
  isEmptyFilter,
  newestFirst,
  queryHistory,
} from '../../../lib/history/query';
import {
  type AuditRecord,
  auditRecordSchema,
  type CheckRecord,
  checkRecordSchema,
  type SignoffRecord,
  signoffRecordSchema,
} from '../../../lib/store/schema';
import { audit, check, signoff } from '../store/fixtures';

/** A local-time ISO string, so date filters do not depend on the machine's time zone. */
const at = (y: number, m: number, d: number, h = 12) => new Date(y, m - 1, d, h).toISOString();

const C = (uid: string, over: Partial<CheckRecord>): CheckRecord =>
  checkRecordSchema.parse({ ...check(), uid, ...over });
const S = (uid: string, over: Partial<SignoffRecord>): SignoffRecord =>
  signoffRecordSchema.parse({ ...signoff(), uid, ...over });
const A = (uid: string, over: Partial<AuditRecord>): AuditRecord =>
  auditRecordSchema.parse({ ...audit(), uid, ...over });

const data = {
  checks: [
    C('c-may', { time: at(2025, 5, 20), kind: 'check', title: '五月通知', draftKey: 'd1' }),
    C('c-blocked', {
      time: at(2025, 6, 1, 9),
      kind: 'publish',
      outcome: 'blocked',
      counts: { block: 2, warn: 0, info: 0 },
      title: '六月公告',
      draftKey: 'd2',
      findings: [
        {
          ruleId: 'sensitive.x',
          category: 'sensitive',
          severity: 'block',
          field: 'body',
          start: 0,
          end: 2,
          text: '某词',
          message: '禁用词',
          suggestions: [],
        },
      ],
    }),
    C('c-over', {
      time: at(2025, 6, 1, 10),
      kind: 'publish',
      outcome: 'overridden',
      reason: '领导同意',
      counts: { block: 1, warn: 0, info: 0 },
      draftKey: 'd2',
    }),
    C('c-clean', {
      time: at(2025, 6, 2),
      kind: 'publish',
      outcome: 'allowed',
      counts: { block: 0, warn: 0, info: 1 },
      account: '某区发布',
      draftKey: 'd3',
    }),
    C('c-latest', { time: at(2025, 6, 3), kind: 'latest', account: undefined, draftKey: 'd4' }),
  ],
  signoffs: [
    S('s-zhang', { time: at(2025, 6, 1, 11), reviewer: '张三', draftKey: 'd2', comment: '同意' }),
    S('s-li', {
      time: at(2025, 6, 2, 8),
      reviewer: '李四',
      decision: 'reject',
      draftKey: 'd3',
      account: '某区发布',
      comment: '数据需核实',
    }),
  ],
  audit: [
    A('a-over', {
      time: at(2025, 6, 1, 10),
      action: 'override',
      actor: '张三',
      summary: '张三放行：领导同意',
      account: '某市发布',
    }),
    A('a-export', { time: at(2025, 6, 4), action: 'export', actor: '管理员', summary: '导出历史记录（CSV）' }),
  ],
};

const uids = (f: HistoryFilter) => {
  const r = queryHistory(data, f);
  return {
    checks: r.checks.map((x) => x.uid),
    signoffs: r.signoffs.map((x) => x.uid),
    audit: r.audit.map((x) => x.uid),
  };
};

describe('queryHistory', () => {
  it('returns everything newest first without a filter', () => {
    expect(uids({})).toEqual({
      checks: ['c-latest', 'c-clean', 'c-over', 'c-blocked', 'c-may'],
      signoffs: ['s-li', 's-zhang'],
      audit: ['a-export', 'a-over'],
    });
  });

  it('filters by account', () => {
    expect(uids({ account: '某区发布' })).toEqual({ checks: ['c-clean'], signoffs: ['s-li'], audit: [] });
  });

  it('filters by inclusive local dates', () => {
    expect(uids({ from: '2025-06-01', to: '2025-06-01' })).toEqual({
      checks: ['c-over', 'c-blocked'],
      signoffs: ['s-zhang'],
      audit: ['a-over'],
    });
    expect(uids({ from: '2025-06-02' }).checks).toEqual(['c-latest', 'c-clean']);
    expect(uids({ to: '2025-05-31' }).checks).toEqual(['c-may']);
    // A malformed date is ignored rather than hiding everything.
    expect(uids({ from: '6/1' }).checks).toHaveLength(5);
  });

  it('filters by status; a check status hides sign-offs and vice versa', () => {
    expect(uids({ status: 'blocked' })).toMatchObject({ checks: ['c-blocked'], signoffs: [] });
    expect(uids({ status: 'overridden' }).checks).toEqual(['c-over']);
    expect(uids({ status: 'allowed' }).checks).toEqual(['c-clean']);
    expect(uids({ status: 'has-block' }).checks).toEqual(['c-over', 'c-blocked']);
    expect(uids({ status: 'clean' }).checks).toEqual(['c-clean']);
    expect(uids({ status: 'approved' })).toMatchObject({ checks: [], signoffs: ['s-zhang'] });
    expect(uids({ status: 'rejected' })).toMatchObject({ checks: [], signoffs: ['s-li'] });
  });

  it('filters by kind', () => {
    expect(uids({ kind: 'publish' })).toMatchObject({ checks: ['c-clean', 'c-over', 'c-blocked'], signoffs: [] });
    expect(uids({ kind: 'latest' }).checks).toEqual(['c-latest']);
    expect(uids({ kind: 'signoff' })).toMatchObject({ checks: [], signoffs: ['s-li', 's-zhang'] });
  });

  it('filters by reviewer: their sign-offs, the checks of drafts they signed, their audit entries', () => {
    expect(uids({ reviewer: '张三' })).toEqual({
      checks: ['c-over', 'c-blocked'],
      signoffs: ['s-zhang'],
      audit: ['a-over'],
    });
    expect(uids({ reviewer: '王五' })).toEqual({ checks: [], signoffs: [], audit: [] });
  });

  it('searches titles, findings, reasons, comments and summaries; all words must match', () => {
    expect(uids({ text: '六月' }).checks).toEqual(['c-blocked']);
    expect(uids({ text: '某词' }).checks).toEqual(['c-blocked']);
    expect(uids({ text: '敏感词' }).checks).toEqual(['c-blocked']);
    expect(uids({ text: '领导同意' })).toMatchObject({ checks: ['c-over'], audit: ['a-over'] });
    expect(uids({ text: '核实' }).signoffs).toEqual(['s-li']);
    expect(uids({ text: '六月 禁用词' }).checks).toEqual(['c-blocked']);
    expect(uids({ text: '六月 不存在' }).checks).toEqual([]);
    expect(uids({ text: '  ' }).checks).toHaveLength(5);
  });

  it('combines filters', () => {
    expect(uids({ account: '某市发布', from: '2025-06-01', status: 'has-block', text: '六月' }).checks).toEqual([
      'c-blocked',
    ]);
  });
});

describe('helpers', () => {
  it('lists distinct accounts and reviewers for the drop-downs', () => {
    expect(filterOptions(data)).toEqual({
      accounts: ['某区发布', '某市发布'].sort(new Intl.Collator('zh-CN').compare),
      reviewers: ['李四', '张三'],
    });
  });

  it('knows an empty filter', () => {
    expect(isEmptyFilter({})).toBe(true);
    expect(isEmptyFilter({ text: '', account: undefined })).toBe(true);
    expect(isEmptyFilter({ text: 'x' })).toBe(false);
  });

  it('sorts unparsable times last', () => {
    expect(
      newestFirst([{ time: 'bad' }, { time: at(2025, 1, 1) }, { time: at(2025, 2, 1) }]).map((r) => r.time),
    ).toEqual([at(2025, 2, 1), at(2025, 1, 1), 'bad']);
  });
});
