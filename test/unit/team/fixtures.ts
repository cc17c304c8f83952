import {
  makeAudit,
  makeSignoff,
  makeSubmission,
  makeWithdrawal,
  type SignoffDoc,
  type SubmissionDoc,
  type TeamDraft,
} from '../../../lib/team/docs';

/** Small builders shared by the team tests. */

export const ALL_CHECKS = { politics: true, law: true, policy: true, secrecy: true, text: true };

export function draft(body: string, extra: Partial<TeamDraft> = {}): TeamDraft {
  return { platform: 'wechat', title: '关于开展防汛演练的通知', body, ...extra };
}

export function submission(
  body: string,
  opts: { submitter?: string; draftKey?: string; required?: number; time?: string } = {},
): SubmissionDoc {
  return makeSubmission({
    draft: draft(body),
    draftKey: opts.draftKey ?? 'wechat:article-1',
    account: '某市宣传部',
    submitter: opts.submitter ?? 'editor1',
    requiredLevels: opts.required ?? 2,
    findings: [],
    time: opts.time ?? '2026-12-01T08:00:00.000Z',
    machine: 'pc-editor',
  });
}

export function approve(
  s: Pick<SubmissionDoc, 'hash' | 'draftKey'>,
  reviewer: string,
  level: number,
  time = '2026-12-01T09:00:00.000Z',
): SignoffDoc {
  return makeSignoff({
    hash: s.hash,
    draftKey: s.draftKey,
    reviewer,
    level,
    decision: 'approve',
    checklist: ALL_CHECKS,
    comment: '同意发布',
    time,
  });
}

export function reject(s: Pick<SubmissionDoc, 'hash' | 'draftKey'>, reviewer: string, level: number): SignoffDoc {
  return makeSignoff({
    hash: s.hash,
    draftKey: s.draftKey,
    reviewer,
    level,
    decision: 'reject',
    checklist: { ...ALL_CHECKS, politics: false },
    comment: '第二段表述需修改',
    time: '2026-12-01T09:30:00.000Z',
  });
}

export function withdrawal(s: SubmissionDoc) {
  return makeWithdrawal({ hash: s.hash, submitter: s.submitter, time: '2026-12-01T10:00:00.000Z', reason: '稿件撤回' });
}

export function audit(author: string, uid: string) {
  return makeAudit({
    author,
    uid,
    machine: 'pc-editor',
    time: '2026-12-01T11:00:00.000Z',
    action: 'publish',
    summary: '发布前检查：通过',
    details: { outcome: 'allowed' },
  });
}
