/**
 * What the retention purge may delete. Check records go after `retentionDays`; the review trail
 * (sign-offs, publish records that were allowed or overridden, the audit log) is kept at least
 * RETENTION_FLOOR_DAYS (policy minRetentionDays may raise it) whatever retentionDays says; a sign-off is
 * only purged once its draft was published (a publish record with the same draftKey and hash, outcome
 * allowed or overridden, recorded where the sign-off was: on this machine, or in the same import), so a
 * sign-off still waiting for its publication never goes. Pure: the store
 * (lib/store/records.ts) and the history page's preview use the same rules.
 */

export const RETENTION_FLOOR_DAYS = 180;
export const MAX_RETENTION_DAYS = 3650;
const DAY_MS = 86_400_000;

export interface RetentionPlan {
  /** retentionDays <= 0: keep everything. */
  keepAll: boolean;
  /** The floor in effect (days). */
  floorDays: number;
  /** Check records older than this (ISO time) go, except publish proofs. */
  checksBefore: string;
  /** Sign-offs (published ones), publish proofs and audit records older than this go. */
  trailBefore: string;
}

export function retentionPlan(retentionDays: number, minRetentionDays: number | undefined, now: Date): RetentionPlan {
  const floorDays = Math.max(RETENTION_FLOOR_DAYS, Math.floor(minRetentionDays ?? 0));
  const days = Math.floor(retentionDays);
  const before = (d: number) => new Date(now.getTime() - d * DAY_MS).toISOString();
  return {
    keepAll: !(days > 0),
    floorDays,
    checksBefore: before(Math.max(days, 0)),
    trailBefore: before(Math.max(days, floorDays)),
  };
}

interface CheckLike {
  kind: string;
  /** Absent: made on this machine; "imported:<file>": merged from an export. */
  origin?: string;
  outcome?: string;
  draftKey: string;
  hash: string;
  time: string;
}
interface TimeLike {
  time: string;
}
interface SignoffLike {
  origin?: string;
  draftKey: string;
  hash: string;
  time: string;
}

/** A publish attempt that went through: proof that the draft was published. */
export function isPublishProof(c: Pick<CheckLike, 'kind' | 'outcome'>): boolean {
  return c.kind === 'publish' && (c.outcome === 'allowed' || c.outcome === 'overridden');
}

/** Which sign-offs a publish record proves published: same draft, same content, same origin. */
export function publishKey(draftKey: string, hash: string, origin: string | undefined): string {
  return `${origin ?? ''}\u0000${draftKey}\u0000${hash}`;
}

export function checkPurgeable(plan: RetentionPlan, c: CheckLike): boolean {
  if (plan.keepAll) return false;
  return c.time < (isPublishProof(c) ? plan.trailBefore : plan.checksBefore);
}

export function auditPurgeable(plan: RetentionPlan, a: TimeLike): boolean {
  return !plan.keepAll && a.time < plan.trailBefore;
}

/** `published`: publishKey() of every publish proof known (read before any check record is deleted). */
export function signoffPurgeable(plan: RetentionPlan, s: SignoffLike, published: ReadonlySet<string>): boolean {
  return !plan.keepAll && s.time < plan.trailBefore && published.has(publishKey(s.draftKey, s.hash, s.origin));
}

/** How many of these records a purge would delete now (the history page's confirmation). */
export function countPurgeable(
  plan: RetentionPlan,
  data: { checks: readonly CheckLike[]; signoffs: readonly SignoffLike[]; audit: readonly TimeLike[] },
): number {
  if (plan.keepAll) return 0;
  const published = new Set(data.checks.filter(isPublishProof).map((c) => publishKey(c.draftKey, c.hash, c.origin)));
  return (
    data.checks.filter((c) => checkPurgeable(plan, c)).length +
    data.signoffs.filter((s) => signoffPurgeable(plan, s, published)).length +
    data.audit.filter((a) => auditPurgeable(plan, a)).length
  );
}
