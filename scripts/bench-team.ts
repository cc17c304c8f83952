// Team review benchmark: replication latency and queue derivation against a local pouchdb-server.
//   npm run bench:team [-- --runs 21 --pending 1000]
// Everything runs on 127.0.0.1: one server process, in-memory local replicas for the editor and a reviewer.
import { parseArgs } from 'node:util';
import { reviewOfHash, reviewQueue, type VerifyCache } from '../lib/team/derive';
import { createOnServer, loadTeamIndex, openRemote, syncOnce } from '../lib/team/replicate';
import { memoryDb, NodePouch } from '../test/helpers/pouch';
import { startTeamServer } from '../test/helpers/team-server';
import { approve, submission } from '../test/unit/team/fixtures';
import { browserFigures } from './bench-team-browser';
import { table } from './print-table';

const { values } = parseArgs({
  options: { runs: { type: 'string' }, pending: { type: 'string' }, 'browser-runs': { type: 'string' } },
});
const runs = Number(values.runs ?? 21);
const pending = Number(values.pending ?? 1000);
const browserRuns = Number(values['browser-runs'] ?? 7);

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
};
const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((s.length * p) / 100))]!;
};
const ms = (x: number) => `${x.toFixed(1)} ms`;

const team = await startTeamServer();
try {
  const editorLocal = memoryDb('bench-editor');
  const reviewerLocal = memoryDb('bench-reviewer');
  const editor = openRemote(NodePouch, team.as('editor1'));
  const rev1 = openRemote(NodePouch, team.as('rev1'));
  await syncOnce(editorLocal, editor);

  // 1. Approve → the editor's local replica derives "approved" (one-shot sync started right after the approval).
  const latency: number[] = [];
  const syncOnly: number[] = [];
  for (let i = 0; i < runs; i++) {
    const s = submission(`基准稿件 ${i}：关于开展防汛演练的通知。`.repeat(40), { draftKey: `bench-${i}`, required: 1 });
    await editorLocal.put({ ...s });
    await syncOnce(editorLocal, editor);
    const t0 = performance.now();
    const signed = await createOnServer(rev1, approve(s, 'rev1', 1));
    if (!signed.ok) throw new Error(signed.error);
    const t1 = performance.now();
    const report = await syncOnce(editorLocal, editor);
    const state = reviewOfHash(await loadTeamIndex(editorLocal), s.hash, { required: 1 });
    const t2 = performance.now();
    if (!report.ok || state.status !== 'approved') throw new Error(`run ${i}: ${report.error ?? state.status}`);
    latency.push(t2 - t0);
    syncOnly.push(t2 - t1);
  }
  table(
    `Approve → editor's local state "approved" (${runs} runs, one-shot sync right after the sign-off)`,
    ['measure', 'median', 'p90', 'max'],
    [
      ['sign-off write + editor sync + derive', ms(median(latency)), ms(pct(latency, 90)), ms(Math.max(...latency))],
      ['editor sync + derive only', ms(median(syncOnly)), ms(pct(syncOnly, 90)), ms(Math.max(...syncOnly))],
    ],
  );

  // 2. A queue of N pending submissions: push, pull to the reviewer, derive the queue.
  const body = '市政府召开常务会议，研究部署防汛工作。'.repeat(100);
  for (let i = 0; i < pending; i++) {
    await editorLocal.put({ ...submission(`${body}${i}`, { draftKey: `queue-${i}`, required: 2 }) });
  }
  let t = performance.now();
  const pushed = await syncOnce(editorLocal, editor);
  const pushMs = performance.now() - t;
  t = performance.now();
  const pulled = await syncOnce(reviewerLocal, rev1);
  const pullMs = performance.now() - t;
  const loads: number[] = [];
  const derives: number[] = [];
  let queueLength = 0;
  let verified = 0;
  for (let i = 0; i < 7; i++) {
    const a = performance.now();
    const index = await loadTeamIndex(reviewerLocal);
    const b = performance.now();
    queueLength = reviewQueue(index, { level: 1 }).length;
    verified = index.submissions.length;
    const c = performance.now();
    loads.push(b - a);
    derives.push(c - b);
  }
  const cache: VerifyCache = new Map();
  await loadTeamIndex(reviewerLocal, cache);
  const cached: number[] = [];
  for (let i = 0; i < 7; i++) {
    const a = performance.now();
    reviewQueue(await loadTeamIndex(reviewerLocal, cache), { level: 1 });
    cached.push(performance.now() - a);
  }
  table(
    `Queue with ${pending} pending submissions (body ${body.length} chars each)`,
    ['step', 'time', 'detail'],
    [
      ['editor push', ms(pushMs), `${pushed.push.written} docs written`],
      ['reviewer pull (first time)', ms(pullMs), `${pulled.pull.written} docs written`],
      [
        'load + verify local replica (median of 7)',
        ms(median(loads)),
        `${verified} submissions verified (hash, id, shape)`,
      ],
      ['derive level-1 queue (median of 7)', ms(median(derives)), `${queueLength} pending at level 1`],
      ['reload + derive with a verification cache (median of 7)', ms(median(cached)), 'documents already verified'],
    ],
  );
  await browserFigures(team, { runs: browserRuns, pending });
} finally {
  await team.couch.dispose();
}
