import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reviewOfHash, reviewQueue, submissionState } from '../../../lib/team/derive';
import { idRange, makeSignoff } from '../../../lib/team/docs';
import {
  createOnServer,
  loadTeamIndex,
  openRemote,
  type PouchLike,
  readSyncState,
  syncOnce,
} from '../../../lib/team/replicate';
import { basic } from '../../helpers/couch-server';
import { memoryDb, NodePouch } from '../../helpers/pouch';
import { startTeamServer, type TeamTestServer } from '../../helpers/team-server';
import { ALL_CHECKS, approve, audit, submission } from './fixtures';

// Two machines — the editor's and the reviewer's — each with its own local replica, replicating through one
// server (pouchdb-server with the unit's design document and security object).

let team: TeamTestServer;
let editorLocal: PouchLike;
let reviewerLocal: PouchLike;
let rev2Local: PouchLike;
const remote = (user: string) => openRemote(NodePouch, team.as(user));

const v1 = submission('关于开展防汛演练的通知正文。', { submitter: 'editor1', required: 2 });
const v2 = submission('关于开展防汛演练的通知正文（已修改）。', {
  submitter: 'editor1',
  required: 2,
  time: '2026-12-01T12:00:00.000Z',
});

async function teamIds(db: PouchLike): Promise<string[]> {
  const all = await db.allDocs({});
  return all.rows.map((r) => r.id).filter((id) => !id.startsWith('_'));
}

beforeAll(async () => {
  team = await startTeamServer({ persistent: true });
  editorLocal = memoryDb('editor');
  reviewerLocal = memoryDb('reviewer');
  rev2Local = memoryDb('rev2');
});

afterAll(async () => {
  await team?.couch.dispose();
});

describe('replication through the team server', () => {
  it('submit → the reviewer sees it in the level-1 queue → two levels approve → the editor derives approved', async () => {
    await editorLocal.put({ ...v1 });
    const pushed = await syncOnce(editorLocal, remote('editor1'));
    expect(pushed).toMatchObject({ ok: true, push: { written: 1, failures: [] } });

    const pulled = await syncOnce(reviewerLocal, remote('rev1'));
    expect(pulled.ok).toBe(true);
    let index = await loadTeamIndex(reviewerLocal);
    expect(reviewQueue(index, { level: 1 }).map((q) => q.submission._id)).toEqual([v1._id]);

    expect(await createOnServer(remote('rev1'), approve(v1, 'rev1', 1))).toMatchObject({ ok: true });
    await syncOnce(rev2Local, remote('rev2'));
    index = await loadTeamIndex(rev2Local);
    expect(reviewQueue(index, { level: 2 }).map((q) => q.submission._id)).toEqual([v1._id]);
    expect(await createOnServer(remote('rev2'), approve(v1, 'rev2', 2))).toMatchObject({ ok: true });

    // Before the editor replicates, the local state is still pending; after, approved for the exact hash.
    expect(reviewOfHash(await loadTeamIndex(editorLocal), v1.hash, { required: 2 }).status).toBe('pending');
    const report = await syncOnce(editorLocal, remote('editor1'));
    // The two sign-offs (the submission and the design document came with the first run).
    expect(report).toMatchObject({ ok: true, pull: { written: 2 } });
    expect(
      reviewOfHash(await loadTeamIndex(editorLocal), v1.hash, { required: 2, draftKey: v1.draftKey }),
    ).toMatchObject({
      status: 'approved',
      approvedLevels: [1, 2],
    });
  });

  it('an edit after approval is a new hash: not approved, stale on both sides', async () => {
    await editorLocal.put({ ...v2 });
    let index = await loadTeamIndex(editorLocal);
    expect(reviewOfHash(index, v2.hash, { required: 2, draftKey: v2.draftKey }).status).toBe('stale');
    expect((await syncOnce(editorLocal, remote('editor1'))).ok).toBe(true);
    await syncOnce(reviewerLocal, remote('rev1'));
    index = await loadTeamIndex(reviewerLocal);
    expect(submissionState(index, v1).state).toBe('superseded');
    expect(reviewQueue(index, { level: 1 }).map((q) => [q.submission._id, q.review.status])).toEqual([
      [v2._id, 'stale'],
    ]);
  });

  it('a reviewer-role user pushing a sign-off forged in another name is refused, and it reaches no one', async () => {
    const forged = makeSignoff({
      hash: v2.hash,
      reviewer: 'rev2',
      level: 2,
      decision: 'approve',
      checklist: ALL_CHECKS,
      time: '2026-12-01T12:30:00.000Z',
    });
    await reviewerLocal.put({ ...forged });
    const report = await syncOnce(reviewerLocal, remote('rev1'));
    expect(report.ok).toBe(true);
    expect(report.push.failures).toEqual([
      { id: forged._id, reason: expect.stringMatching(/reviewer must be the logged-in user/) },
    ]);
    const direct = await createOnServer(remote('rev1'), forged);
    expect(direct).toMatchObject({ ok: false, status: 403 });
    await syncOnce(editorLocal, remote('editor1'));
    expect(await teamIds(editorLocal)).not.toContain(forged._id);
  });

  it('with the server stopped the editor keeps its last state and the run reports the error; on return it catches up', async () => {
    const before = await readSyncState(editorLocal);
    expect(before.lastSuccess).toBeDefined();
    await team.couch.stop();

    // Work goes on offline: an audit record is written locally, the reviewer cannot sign.
    await editorLocal.put({ ...audit('editor1', 'publish-check-1') });
    const offline = await syncOnce(editorLocal, remote('editor1'));
    expect(offline.ok).toBe(false);
    expect(offline.problem?.code).toBe('team.unreachable');
    expect(offline.error).toMatch(/^无法连接团队服务器：.*ECONNREFUSED/);
    expect(offline.lastSuccess).toBe(before.lastSuccess);
    expect(await readSyncState(editorLocal)).toMatchObject({
      lastError: offline.error,
      lastErrorMessage: offline.problem,
    });
    const offlineSign = await createOnServer(remote('rev1'), approve(v2, 'rev1', 1, '2026-12-01T13:00:00.000Z'));
    expect(offlineSign).toMatchObject({ ok: false, error: expect.stringMatching(/无法连接/) });
    const index = await loadTeamIndex(editorLocal);
    expect(reviewOfHash(index, v1.hash, { required: 2 }).status).toBe('approved');
    expect(reviewOfHash(index, v2.hash, { required: 2, draftKey: v2.draftKey }).status).toBe('stale');

    await team.couch.start();
    expect(await createOnServer(remote('rev1'), approve(v2, 'rev1', 1, '2026-12-01T14:00:00.000Z'))).toMatchObject({
      ok: true,
    });
    expect(await createOnServer(remote('rev2'), approve(v2, 'rev2', 2, '2026-12-01T14:05:00.000Z'))).toMatchObject({
      ok: true,
    });
    const back = await syncOnce(editorLocal, remote('editor1'));
    expect(back).toMatchObject({ ok: true, push: { written: 1 }, pull: { written: 2 } });
    expect(back.lastSuccess! > before.lastSuccess!).toBe(true);
    expect(reviewOfHash(await loadTeamIndex(editorLocal), v2.hash, { required: 2 }).status).toBe('approved');
  });

  it('loses and duplicates nothing: every replica holds each record exactly once', async () => {
    // Replicating again changes nothing.
    const again = await syncOnce(editorLocal, remote('editor1'));
    expect(again).toMatchObject({ ok: true, push: { written: 0 }, pull: { written: 0 } });
    await syncOnce(reviewerLocal, remote('rev1'));
    await syncOnce(rev2Local, remote('rev2'));

    const expected = [
      v1._id,
      v2._id,
      approve(v1, 'rev1', 1)._id,
      approve(v1, 'rev2', 2)._id,
      approve(v2, 'rev1', 1)._id,
      approve(v2, 'rev2', 2)._id,
      audit('editor1', 'publish-check-1')._id,
    ].sort();
    const server = await fetch(`${team.couch.url}/${team.db}/_all_docs`, {
      headers: basic(team.couch.admin.user, team.couch.admin.password),
    });
    const serverIds = ((await server.json()) as { rows: Array<{ id: string }> }).rows
      .map((r) => r.id)
      .filter((id) => !id.startsWith('_'));
    expect(serverIds.sort()).toEqual(expected);
    expect((await teamIds(editorLocal)).sort()).toEqual(expected);
    expect((await teamIds(rev2Local)).sort()).toEqual(expected);
    // The reviewer's machine also keeps its refused local document, which the server never accepted.
    const reviewerIds = await teamIds(reviewerLocal);
    expect(reviewerIds.filter((id) => expected.includes(id)).sort()).toEqual(expected);
    // Sign-offs of one hash, one per reviewer.
    const signoffs = await editorLocal.allDocs(idRange('signoff', v2.hash));
    expect(signoffs.rows.map((r) => r.id)).toEqual([approve(v2, 'rev1', 1)._id, approve(v2, 'rev2', 2)._id]);
  });

  it('two runs at once (an alarm and an opened page) both complete and record one state', async () => {
    const [a, b] = await Promise.all([
      syncOnce(editorLocal, remote('editor1')),
      syncOnce(editorLocal, remote('editor1')),
    ]);
    expect(a.ok && b.ok).toBe(true);
    const state = await readSyncState(editorLocal);
    expect([a.finishedAt, b.finishedAt]).toContain(state.lastSuccess);
    expect(state.lastError).toBeUndefined();
  });

  it('wrong credentials are reported in one line and change nothing locally', async () => {
    const before = await teamIds(editorLocal);
    const r = await syncOnce(editorLocal, openRemote(NodePouch, { ...team.as('editor1'), password: 'wrong' }));
    expect(r.ok).toBe(false);
    expect(r.problem?.code).toBe('team.sync-401');
    expect(r.error).toMatch(/^团队服务器拒绝了登录信息（401）/);
    expect(await teamIds(editorLocal)).toEqual(before);
  });
});
