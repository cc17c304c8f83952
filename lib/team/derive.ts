import { chineseText, type MessageCode, msg, type UiMessage } from '../i18n/ui-message';
import {
  type AuditDoc,
  LEVELS,
  parseTeamDoc,
  type RejectedDoc,
  type SignoffDoc,
  type SubmissionDoc,
  type WithdrawalDoc,
} from './docs';

/**
 * Everything the clients derive from the replicated documents: the review state of a hash, the review queue,
 * the audit trail. Nothing here is stored; it is recomputed from immutable documents, so two machines with
 * the same documents always agree.
 */

export interface TeamIndex {
  submissions: SubmissionDoc[];
  /** Verified sign-offs by hash. */
  signoffsByHash: Map<string, SignoffDoc[]>;
  /** Submissions by draftKey, oldest first. */
  submissionsByDraft: Map<string, SubmissionDoc[]>;
  /** Withdrawal ids (withdrawal:<hash>:<submitter>). */
  withdrawals: Map<string, WithdrawalDoc>;
  audits: AuditDoc[];
  /** Hashes with at least one approval, by draftKey (from the sign-offs and from the submissions). */
  approvedByDraft: Map<string, Set<string>>;
  /** Documents that failed verification and are ignored (shown to auditors, never trusted). */
  rejected: RejectedDoc[];
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

const byTime = (a: { time: string }, b: { time: string }) => (a.time < b.time ? -1 : a.time > b.time ? 1 : 0);

/**
 * Verification results by id, revision and conflicts. Documents are immutable and a revision id names one
 * content within a database, so a document read again need not be parsed and hashed again.
 */
export type VerifyCache = Map<string, ReturnType<typeof parseTeamDoc>>;

function verify(r: unknown, cache: VerifyCache | undefined): ReturnType<typeof parseTeamDoc> {
  const d = r as { _id?: unknown; _rev?: unknown; _conflicts?: unknown } | null;
  if (!cache || typeof d?._rev !== 'string') return parseTeamDoc(r);
  const key = `${String(d._id)}\u0000${d._rev}\u0000${Array.isArray(d._conflicts) ? d._conflicts.join(',') : ''}`;
  let result = cache.get(key);
  if (!result) {
    result = parseTeamDoc(r);
    cache.set(key, result);
  }
  return result;
}

/**
 * Verifies and indexes raw documents (as read with allDocs({ include_docs: true, conflicts: true })).
 * Design documents and _local documents are skipped; anything malformed, mis-named or conflicted is rejected.
 */
export function indexDocs(raw: readonly unknown[], cache?: VerifyCache): TeamIndex {
  const index: TeamIndex = {
    submissions: [],
    signoffsByHash: new Map(),
    submissionsByDraft: new Map(),
    withdrawals: new Map(),
    audits: [],
    approvedByDraft: new Map(),
    rejected: [],
  };
  const seen = new Set<string>();
  for (const r of raw) {
    const id = (r as { _id?: unknown } | null)?._id;
    if (typeof id === 'string' && (id.startsWith('_design/') || id.startsWith('_local/'))) continue;
    const parsed = verify(r, cache);
    if (!parsed.ok) {
      index.rejected.push(parsed.rejected);
      continue;
    }
    const doc = parsed.doc;
    // One document per id: a replica cannot hold two, so a repeat in the input is the same record read twice.
    if (seen.has(doc._id)) continue;
    seen.add(doc._id);
    switch (doc.type) {
      case 'submission':
        index.submissions.push(doc);
        push(index.submissionsByDraft, doc.draftKey, doc);
        break;
      case 'signoff':
        push(index.signoffsByHash, doc.hash, doc);
        break;
      case 'withdrawal':
        index.withdrawals.set(doc._id, doc);
        break;
      case 'audit':
        index.audits.push(doc);
        break;
    }
  }
  index.submissions.sort(byTime);
  for (const list of index.submissionsByDraft.values()) list.sort(byTime);
  for (const list of index.signoffsByHash.values()) list.sort(byTime);
  index.audits.sort(byTime);
  const approved = (draftKey: string, hash: string) => {
    const set = index.approvedByDraft.get(draftKey);
    if (set) set.add(hash);
    else index.approvedByDraft.set(draftKey, new Set([hash]));
  };
  for (const [hash, list] of index.signoffsByHash) {
    for (const s of list) if (s.decision === 'approve' && s.draftKey !== undefined) approved(s.draftKey, hash);
  }
  for (const s of index.submissions) {
    if (index.signoffsByHash.get(s.hash)?.some((x) => x.decision === 'approve')) approved(s.draftKey, s.hash);
  }
  return index;
}

export type TeamReviewStatus = 'approved' | 'rejected' | 'pending' | 'stale';

export interface HashReview {
  hash: string;
  required: number;
  status: TeamReviewStatus;
  /** Levels approved for this exact hash, each by a different reviewer. */
  approvedLevels: number[];
  /** The approval counted for each level (the earliest). */
  approvals: SignoffDoc[];
  rejections: SignoffDoc[];
  /** Every verified sign-off of this hash, oldest first. */
  signoffs: SignoffDoc[];
  /** The lowest level still missing, when pending or stale. */
  nextLevel?: number;
  /** Another content of the same draft was approved (the draft was edited after a sign-off). */
  stale: boolean;
}

/**
 * Checks that the sign-offs of one hash satisfy the rules the server cannot check across documents: every
 * sign-off binds to this hash and names its reviewer in its id (parseTeamDoc), and no reviewer signs two
 * levels. The second holds by construction (one id per reviewer per hash); it is asserted here so that a
 * replica assembled from elsewhere cannot break it.
 */
function verifySignoffs(
  hash: string,
  signoffs: readonly SignoffDoc[],
): { valid: SignoffDoc[]; rejected: RejectedDoc[] } {
  const valid: SignoffDoc[] = [];
  const rejected: RejectedDoc[] = [];
  const reviewers = new Set<string>();
  for (const s of signoffs) {
    if (s.hash !== hash) rejected.push({ id: s._id, reason: 'signed a different hash' });
    else if (reviewers.has(s.reviewer)) rejected.push({ id: s._id, reason: `${s.reviewer} signed this content twice` });
    else {
      reviewers.add(s.reviewer);
      valid.push(s);
    }
  }
  return { valid, rejected };
}

/** The review state of one exact content hash. */
export function reviewOfHash(
  index: TeamIndex,
  hash: string,
  opts: { required: number; draftKey?: string },
): HashReview {
  const { valid } = verifySignoffs(hash, index.signoffsByHash.get(hash) ?? []);
  const rejections = valid.filter((s) => s.decision === 'reject');
  const approvals: SignoffDoc[] = [];
  for (const level of LEVELS) {
    const first = valid.find((s) => s.decision === 'approve' && s.level === level);
    if (first) approvals.push(first);
  }
  const approvedLevels = approvals.map((s) => s.level);
  const required = Math.max(0, Math.min(3, opts.required));
  let nextLevel: number | undefined;
  for (let l = 1; l <= required; l++) {
    if (!approvedLevels.includes(l)) {
      nextLevel = l;
      break;
    }
  }
  const stale = opts.draftKey !== undefined && approvedElsewhere(index, opts.draftKey, hash);
  let status: TeamReviewStatus;
  if (rejections.length > 0) status = 'rejected';
  else if (nextLevel === undefined) status = 'approved';
  else if (stale && approvedLevels.length === 0) status = 'stale';
  else status = 'pending';
  const review: HashReview = { hash, required, status, approvedLevels, approvals, rejections, signoffs: valid, stale };
  if (nextLevel !== undefined && status !== 'rejected') review.nextLevel = nextLevel;
  return review;
}

/** True when some other content of the same draft has an approval (so this one was edited after review). */
function approvedElsewhere(index: TeamIndex, draftKey: string, hash: string): boolean {
  const hashes = index.approvedByDraft.get(draftKey);
  if (!hashes) return false;
  for (const h of hashes) if (h !== hash) return true;
  return false;
}

export interface QueueItem {
  submission: SubmissionDoc;
  review: HashReview;
}

export type SubmissionState = TeamReviewStatus | 'withdrawn' | 'superseded';

/** Where one submission stands: withdrawn and superseded (a newer submission of the same draft) come first. */
export function submissionState(index: TeamIndex, s: SubmissionDoc): { state: SubmissionState; review: HashReview } {
  const review = reviewOfHash(index, s.hash, { required: s.requiredLevels, draftKey: s.draftKey });
  if (index.withdrawals.has(`withdrawal:${s.hash}:${s.submitter}`)) return { state: 'withdrawn', review };
  const versions = index.submissionsByDraft.get(s.draftKey) ?? [];
  const newest = versions[versions.length - 1];
  if (newest && newest.hash !== s.hash && newest.time > s.time) return { state: 'superseded', review };
  return { state: review.status, review };
}

/**
 * The team's review queue: submissions still waiting for a sign-off, oldest first. With `level`, only those
 * whose next missing level is that level (初审 before 复审 before 终审).
 */
export function reviewQueue(index: TeamIndex, opts: { level?: number } = {}): QueueItem[] {
  const out: QueueItem[] = [];
  for (const submission of index.submissions) {
    const { state, review } = submissionState(index, submission);
    if (state !== 'pending' && state !== 'stale') continue;
    if (opts.level !== undefined && review.nextLevel !== opts.level) continue;
    out.push({ submission, review });
  }
  return out;
}

/** Counts of pending submissions per next level (for a badge or the queue page's tabs). */
export function pendingByLevel(index: TeamIndex): Record<1 | 2 | 3, number> {
  const counts = { 1: 0, 2: 0, 3: 0 };
  for (const item of reviewQueue(index)) {
    const l = item.review.nextLevel as 1 | 2 | 3 | undefined;
    if (l) counts[l]++;
  }
  return counts;
}

/** One line of the unit's audit trail, from any machine. */
export interface TrailRow {
  id: string;
  time: string;
  kind: 'submission' | 'withdrawal' | 'signoff' | 'audit';
  /** submission, withdrawal, approve, reject, or the audit action. */
  action: string;
  /** The authenticated CouchDB user who wrote the record. */
  user: string;
  /** Who did it according to the recording machine, when that differs (e.g. the reviewer of an override). */
  claimedActor?: string;
  level?: number;
  machine?: string;
  /** Chinese (the trail export keeps it); `message` shows it in the UI language where the row has one. */
  summary: string;
  message?: UiMessage;
  hash?: string;
  draftKey?: string;
  account?: string;
}

/** The Chinese summary and its coded message. */
function trailSummary(m: UiMessage): { summary: string; message: UiMessage } {
  return { summary: chineseText(m), message: m };
}

/** The unit's whole trail — submissions, sign-offs, withdrawals and audit records — in time order. */
export function teamTrail(index: TeamIndex): TrailRow[] {
  const rows: TrailRow[] = [];
  const opt = <T extends object>(row: TrailRow, extra: T) => {
    for (const [k, v] of Object.entries(extra))
      if (v !== undefined && v !== '') (row as unknown as Record<string, unknown>)[k] = v;
    return row;
  };
  for (const s of index.submissions) {
    const title = s.draft.title ?? s.draft.body.slice(0, 30);
    rows.push(
      opt(
        {
          id: s._id,
          time: s.time,
          kind: 'submission',
          action: 'submission',
          user: s.submitter,
          ...trailSummary(msg('trail.submission', { levels: s.requiredLevels, title })),
        },
        { machine: s.machine, hash: s.hash, draftKey: s.draftKey, account: s.account },
      ),
    );
  }
  for (const list of index.signoffsByHash.values()) {
    for (const s of list) {
      rows.push(
        opt(
          {
            id: s._id,
            time: s.time,
            kind: 'signoff',
            action: s.decision,
            user: s.reviewer,
            level: s.level,
            ...trailSummary(
              msg(`trail.${s.decision}${s.comment ? '-comment' : ''}`, {
                level: msg(`level.${s.level}` as MessageCode),
                comment: s.comment ?? '',
              }),
            ),
          },
          { machine: s.machine, hash: s.hash, draftKey: s.draftKey, account: s.account },
        ),
      );
    }
  }
  for (const w of index.withdrawals.values()) {
    rows.push(
      opt(
        {
          id: w._id,
          time: w.time,
          kind: 'withdrawal',
          action: 'withdrawal',
          user: w.submitter,
          ...trailSummary(w.reason ? msg('trail.withdrawal-reason', { reason: w.reason }) : msg('trail.withdrawal')),
        },
        { hash: w.hash },
      ),
    );
  }
  for (const a of index.audits) {
    rows.push(
      opt(
        { id: a._id, time: a.time, kind: 'audit', action: a.action, user: a.author, summary: a.summary },
        {
          claimedActor: a.actor && a.actor !== a.author ? a.actor : undefined,
          machine: a.machine,
          hash: a.hash,
          draftKey: a.draftKey,
          account: a.account,
        },
      ),
    );
  }
  return rows.sort((x, y) => (x.time < y.time ? -1 : x.time > y.time ? 1 : x.id < y.id ? -1 : 1));
}
