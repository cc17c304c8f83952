import { describe, expect, it } from 'vitest';
import {
  indexDocs,
  pendingByLevel,
  reviewOfHash,
  reviewQueue,
  submissionState,
  teamTrail,
  type VerifyCache,
} from '../../../lib/team/derive';
import { approve, audit, reject, submission, withdrawal } from './fixtures';

describe('review state derived from sign-offs', () => {
  it('is approved only when every required level has an approval for this exact hash', () => {
    const s = submission('正文');
    const one = indexDocs([s, approve(s, 'rev1', 1)]);
    expect(reviewOfHash(one, s.hash, { required: 2, draftKey: s.draftKey })).toMatchObject({
      status: 'pending',
      approvedLevels: [1],
      nextLevel: 2,
    });
    const two = indexDocs([s, approve(s, 'rev1', 1), approve(s, 'rev2', 2)]);
    const review = reviewOfHash(two, s.hash, { required: 2 });
    expect(review.status).toBe('approved');
    expect(review.approvals.map((a) => a.reviewer)).toEqual(['rev1', 'rev2']);
    expect(reviewOfHash(two, s.hash, { required: 3 })).toMatchObject({ status: 'pending', nextLevel: 3 });
  });

  it('any rejection of the hash wins over approvals (fail closed)', () => {
    const s = submission('正文');
    const index = indexDocs([s, approve(s, 'rev1', 1), reject(s, 'rev2', 2)]);
    const review = reviewOfHash(index, s.hash, { required: 2 });
    expect(review.status).toBe('rejected');
    expect(review.rejections.map((r) => r.reviewer)).toEqual(['rev2']);
    expect(review.nextLevel).toBeUndefined();
  });

  it('an edit after approval gives a new hash that is not approved but stale', () => {
    const v1 = submission('正文');
    const v2 = submission('正文，已修改', { time: '2026-12-01T12:00:00.000Z' });
    const index = indexDocs([v1, approve(v1, 'rev1', 1), approve(v1, 'rev2', 2), v2]);
    expect(reviewOfHash(index, v1.hash, { required: 2, draftKey: v1.draftKey }).status).toBe('approved');
    expect(reviewOfHash(index, v2.hash, { required: 2, draftKey: v2.draftKey })).toMatchObject({
      status: 'stale',
      stale: true,
      nextLevel: 1,
    });
    // The edited content without a submission (the editor has not re-submitted yet) is stale too.
    expect(reviewOfHash(index, 'f'.repeat(64), { required: 2, draftKey: v1.draftKey }).status).toBe('stale');
    expect(submissionState(index, v1).state).toBe('superseded');
  });

  it('ignores forged or malformed documents and reports them', () => {
    const s = submission('正文');
    const forged = { ...approve(s, 'rev1', 1), reviewer: 'rev9' };
    const index = indexDocs([
      s,
      forged,
      { _id: '_design/publish-guard' },
      { _id: '_local/x' },
      { _id: 'junk', type: 'memo' },
    ]);
    expect(reviewOfHash(index, s.hash, { required: 1 }).status).toBe('pending');
    expect(index.rejected.map((r) => r.id)).toEqual([forged._id, 'junk']);
  });
});

describe('review queue', () => {
  it('lists pending submissions by next level, oldest first, without withdrawn, superseded or decided ones', () => {
    const a = submission('稿件A', { draftKey: 'a', time: '2026-12-01T08:00:00.000Z' });
    const b = submission('稿件B', { draftKey: 'b', time: '2026-12-01T07:00:00.000Z' });
    const c = submission('稿件C', { draftKey: 'c' });
    const d = submission('稿件D', { draftKey: 'd' });
    const e1 = submission('稿件E', { draftKey: 'e', time: '2026-12-01T06:00:00.000Z' });
    const e2 = submission('稿件E（改）', { draftKey: 'e', time: '2026-12-01T09:00:00.000Z' });
    const f = submission('稿件F', { draftKey: 'f', required: 1 });
    const index = indexDocs([
      a,
      b,
      c,
      d,
      e1,
      e2,
      f,
      approve(a, 'rev1', 1),
      reject(c, 'rev1', 1),
      withdrawal(d),
      approve(f, 'rev1', 1),
    ]);
    expect(reviewQueue(index).map((q) => q.submission.draftKey)).toEqual(['b', 'a', 'e']);
    expect(reviewQueue(index, { level: 1 }).map((q) => q.submission.draftKey)).toEqual(['b', 'e']);
    expect(reviewQueue(index, { level: 2 }).map((q) => q.submission.draftKey)).toEqual(['a']);
    expect(pendingByLevel(index)).toEqual({ 1: 2, 2: 1, 3: 0 });
    expect(submissionState(index, c).state).toBe('rejected');
    expect(submissionState(index, d).state).toBe('withdrawn');
    expect(submissionState(index, f).state).toBe('approved');
    expect(submissionState(index, e1).state).toBe('superseded');
  });

  it('reuses verification results across loads by id and revision, and re-verifies a new conflict', () => {
    const s = { ...submission('正文'), _rev: '1-a' };
    const so = { ...approve(s, 'rev1', 1), _rev: '1-b' };
    const cache: VerifyCache = new Map();
    const first = indexDocs([s, so], cache);
    expect(cache.size).toBe(2);
    const again = indexDocs([s, so], cache);
    expect(again.submissions).toEqual(first.submissions);
    expect(cache.size).toBe(2);
    const conflicted = indexDocs([s, { ...so, _conflicts: ['1-c'] }], cache);
    expect(cache.size).toBe(3);
    expect(reviewOfHash(conflicted, s.hash, { required: 1 }).status).toBe('pending');
    expect(conflicted.rejected).toEqual([{ id: so._id, reason: 'conflicting revisions of an immutable document' }]);
  });

  it('counts a level once when two reviewers approve it; each reviewer is still one sign-off per hash', () => {
    const s = submission('正文');
    const index = indexDocs([
      s,
      approve(s, 'rev1', 1, '2026-12-01T09:00:00.000Z'),
      approve(s, 'rev3', 1, '2026-12-01T08:30:00.000Z'),
    ]);
    const review = reviewOfHash(index, s.hash, { required: 2 });
    expect(review).toMatchObject({ status: 'pending', approvedLevels: [1], nextLevel: 2 });
    expect(review.approvals.map((a) => a.reviewer)).toEqual(['rev3']);
  });

  it('keeps the unit trail of every kind of record in time order, naming the authenticated user', () => {
    const s = submission('正文');
    const override = {
      ...audit('editor1', 'u-1'),
      time: '2026-12-01T08:30:00.000Z',
      action: 'override',
      actor: '王主任',
      summary: '放行：紧急通知',
    };
    const index = indexDocs([
      audit('editor1', 'u-2'),
      override,
      s,
      approve(s, 'rev1', 1),
      reject(s, 'rev2', 2),
      withdrawal(s),
    ]);
    expect(index.audits.map((x) => x.uid)).toEqual(['u-1', 'u-2']);
    expect(teamTrail(index).map((r) => [r.time.slice(11, 16), r.kind, r.action, r.user, r.summary])).toEqual([
      ['08:00', 'submission', 'submission', 'editor1', '送审（需 2 级签发）：关于开展防汛演练的通知'],
      ['08:30', 'audit', 'override', 'editor1', '放行：紧急通知'],
      ['09:00', 'signoff', 'approve', 'rev1', '初审通过：同意发布'],
      ['09:30', 'signoff', 'reject', 'rev2', '复审退回：第二段表述需修改'],
      ['10:00', 'withdrawal', 'withdrawal', 'editor1', '撤回送审：稿件撤回'],
      ['11:00', 'audit', 'publish', 'editor1', '发布前检查：通过'],
    ]);
    expect(teamTrail(index)[1]).toMatchObject({ claimedActor: '王主任', machine: 'pc-editor' });
  });
});
