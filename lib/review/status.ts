import type { ReviewState, ReviewStatus, SignoffSummary } from './schema';

export const LEVEL_LABELS = ['', '初审', '复审', '终审'] as const;

export const STATUS_LABELS: Record<ReviewStatus, { zh: string; en: string }> = {
  unchecked: { zh: '未检查', en: 'Not checked' },
  problems: { zh: '有问题', en: 'Has problems' },
  pending: { zh: '待审核', en: 'Awaiting review' },
  approved: { zh: '已签发', en: 'Signed off' },
  stale: { zh: '内容已修改，需重新审核', en: 'Changed since sign-off — review again' },
  rejected: { zh: '审核未通过', en: 'Rejected by reviewer' },
};

interface SignoffLike extends SignoffSummary {
  reviewerId: string;
}

/**
 * Which levels are approved for this exact content: the latest decision per level counts, and each
 * level must be signed by a different reviewer (谁审核、谁负责).
 */
export function approvedLevels(signoffs: readonly SignoffLike[]): { levels: number[]; rejected: boolean } {
  const latest = new Map<number, SignoffLike>();
  for (const s of [...signoffs].sort((a, b) => (a.time < b.time ? -1 : 1))) latest.set(s.level, s);
  const levels: number[] = [];
  const used = new Set<string>();
  let rejected = false;
  for (const level of [1, 2, 3]) {
    const s = latest.get(level);
    if (!s) continue;
    if (s.decision === 'reject') {
      rejected = true;
      continue;
    }
    if (used.has(s.reviewerId)) continue;
    used.add(s.reviewerId);
    levels.push(level);
  }
  return { levels, rejected };
}

/** True when levels 1…required are all approved. */
export function isApproved(state: Pick<ReviewState, 'required' | 'approvedLevels'>): boolean {
  for (let l = 1; l <= state.required; l++) if (!state.approvedLevels.includes(l)) return false;
  return true;
}

/** The status shown to editors and reviewers. */
export function reviewStatus(
  checked: boolean,
  counts: { block: number; warn: number },
  review: ReviewState | undefined,
): ReviewStatus {
  if (!checked) return 'unchecked';
  if (review) {
    const rejected = review.signoffs.some((s) => s.decision === 'reject') && !isApproved(review);
    if (rejected) return 'rejected';
    // Never "signed off" while publishing would still be stopped by a block finding without an override.
    if (review.required > 0 && isApproved(review))
      return counts.block > 0 && !review.overridden ? 'problems' : 'approved';
    if (review.stale && review.approvedLevels.length === 0) return 'stale';
  }
  if (counts.block > 0 || counts.warn > 0) return 'problems';
  return 'pending';
}
