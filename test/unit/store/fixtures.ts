import type { NewAudit, NewCheck, NewSignoff } from '../../../lib/store/records';

/** Small record factories shared by the store and history tests. */

let n = 0;
/** A database name no other test uses (fake-indexeddb keeps databases for the whole file). */
export function dbName(prefix = 'pg-test'): string {
  n++;
  return `${prefix}-${n}-${Math.random().toString(36).slice(2, 8)}`;
}

export function check(over: Partial<NewCheck> = {}): NewCheck {
  return {
    kind: 'check',
    platform: 'wechat',
    account: '某市发布',
    draftKey: 'wechat:draft-1',
    title: '关于开展安全生产检查的通知',
    hash: 'a'.repeat(64),
    chars: 120,
    counts: { block: 0, warn: 1, info: 0 },
    findings: [
      {
        ruleId: 'typo.example',
        category: 'typo',
        severity: 'warn',
        field: 'body',
        start: 3,
        end: 5,
        text: '既使',
        message: '疑似错别字，应为“即使”。',
        suggestions: ['即使'],
      },
    ],
    ...over,
  };
}

export function signoff(over: Partial<NewSignoff> = {}): NewSignoff {
  return {
    hash: 'a'.repeat(64),
    draftKey: 'wechat:draft-1',
    platform: 'wechat',
    account: '某市发布',
    title: '关于开展安全生产检查的通知',
    reviewerId: 'r1',
    reviewer: '张三',
    level: 1,
    decision: 'approve',
    checklist: { politics: true, law: true, policy: true, secrecy: true, text: true },
    comment: '同意发布',
    counts: { block: 0, warn: 1, info: 0 },
    ...over,
  };
}

export function audit(over: Partial<NewAudit> = {}): NewAudit {
  return { action: 'ignore', actor: '编辑', summary: '忽略：typo.example“既使”', ...over };
}

export const daysAgo = (days: number, now = new Date('2025-06-30T04:00:00.000Z')): string =>
  new Date(now.getTime() - days * 86_400_000).toISOString();
