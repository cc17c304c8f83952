import type { ReviewState } from '../messaging/protocol';
import { approvedLevels } from '../review/status';
import type { RecordStore } from '../store/records';

/** The review state of one exact content hash, for the gate, the popup and the in-editor status. */
export async function reviewState(
  records: RecordStore,
  input: { hash: string; draftKey: string; aliases?: string[] },
  required: number,
): Promise<ReviewState> {
  const keys = [...new Set([input.draftKey, ...(input.aliases ?? [])])];
  const [forHash, drafts, overrides] = await Promise.all([
    records.signoffsForHash(input.hash),
    Promise.all(keys.map((k) => records.signoffsForDraft(k))),
    records.auditFor('override'),
  ]);
  // Only this machine's own records authorise: imported history is shown elsewhere, never trusted here.
  const local = <T extends { origin?: string }>(r: T) => !r.origin?.startsWith('imported:');
  const forDraft = { records: drafts.flatMap((d) => d.records).filter(local) };
  const signoffs = forHash.records.filter(local).map((s) => ({
    id: s.id ?? 0,
    reviewer: s.reviewer,
    reviewerId: s.reviewerId,
    level: s.level,
    decision: s.decision,
    time: s.time,
    comment: s.comment || undefined,
    verified: s.verified ?? false,
  }));
  const { levels } = approvedLevels(signoffs);
  const stale = forDraft.records.some((s) => s.hash !== input.hash && s.decision === 'approve');
  const overridden = overrides.records.some((a) => local(a) && a.details.hash === input.hash);
  return {
    hash: input.hash,
    required,
    signoffs: signoffs.map(({ reviewerId: _r, ...rest }) => rest),
    approvedLevels: levels,
    stale,
    overridden,
  };
}
