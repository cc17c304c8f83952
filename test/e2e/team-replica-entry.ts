// Bundled for Chromium 109 by team-replica.e2e.ts: the team client core as the extension will load it.
import { reviewOfHash } from '../../lib/team/derive';
import { makeSubmission } from '../../lib/team/docs';
import { openLocalReplica, openTeamRemote } from '../../lib/team/pouch-browser';
import { loadTeamIndex, readSyncState, syncOnce, type TeamServer } from '../../lib/team/replicate';

const api = {
  async submit(server: TeamServer, body: string) {
    const local = openLocalReplica();
    const doc = makeSubmission({
      draft: { platform: 'wechat', title: '防汛演练通知', body },
      draftKey: 'wechat:e2e-1',
      submitter: server.username,
      requiredLevels: 1,
      findings: [],
    });
    await local.put({ ...doc });
    return doc.hash;
  },
  async sync(server: TeamServer) {
    return syncOnce(openLocalReplica(), openTeamRemote(server));
  },
  async state(hash: string) {
    const local = openLocalReplica();
    const review = reviewOfHash(await loadTeamIndex(local), hash, { required: 1, draftKey: 'wechat:e2e-1' });
    return {
      status: review.status,
      reviewers: review.approvals.map((a) => a.reviewer),
      sync: await readSyncState(local),
    };
  },
};
(globalThis as unknown as { pgTeam: typeof api }).pgTeam = api;
