// zod/mini: bundled into the content script (the review state travels in messages).
import * as z from 'zod/mini';

/** Review state shapes: what the gate, the popup and the editor's panel know about the sign-offs of one content hash. */

export const reviewLevelSchema = z.number().check(z.int(), z.minimum(1), z.maximum(3));
export const signoffSummarySchema = z.object({
  id: z.number().check(z.int()),
  reviewer: z.string(),
  level: reviewLevelSchema,
  decision: z.enum(['approve', 'reject']),
  time: z.string(),
  comment: z.optional(z.string()),
  /** Proved with the reviewer's PIN (false: unverified — a typed name or a reviewer without PIN). */
  verified: z.optional(z.boolean()),
});
export type SignoffSummary = z.infer<typeof signoffSummarySchema>;

export const reviewStatusSchema = z.enum(['unchecked', 'problems', 'pending', 'approved', 'stale', 'rejected']);
export type ReviewStatus = z.infer<typeof reviewStatusSchema>;

export const reviewStateSchema = z.object({
  hash: z.string(),
  required: z.number().check(z.int()),
  /** Sign-offs bound to this exact content. */
  signoffs: z.array(signoffSummarySchema),
  /** Approving levels satisfied by distinct reviewers. */
  approvedLevels: z.array(reviewLevelSchema),
  /** An earlier version of this draft was signed off (the content changed since). */
  stale: z.boolean(),
  /** A recorded override that lets this exact content be published despite block findings. */
  overridden: z.boolean(),
  /** Team mode: the state comes from the replicated team database, as of its last successful sync. */
  team: z.optional(
    z.object({
      /** When the local replica last synced with the server (undefined: never). */
      syncedAt: z.optional(z.string()),
      /** Why the last sync failed, when it did. */
      error: z.optional(z.string()),
      /** This exact content was submitted (送审) to the team. */
      submitted: z.boolean(),
      /** The lowest level still to sign. */
      nextLevel: z.optional(z.number().check(z.int())),
    }),
  ),
});
export type ReviewState = z.infer<typeof reviewStateSchema>;
