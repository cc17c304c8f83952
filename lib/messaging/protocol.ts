// zod/mini keeps the content script small (the protocol is bundled into it).
import * as z from 'zod/mini';
import { ruleSettingsSchema } from '../engine/config';
import { CATEGORIES, FIELDS, PLATFORMS, SEVERITIES } from '../engine/types';

/**
 * The one typed message protocol between content scripts, extension pages and the background.
 * Every request is validated with zod by its receiver; unknown types are rejected loudly.
 */

export const draftSchema = z.object({
  platform: z.enum(PLATFORMS),
  title: z.optional(z.string()),
  author: z.optional(z.string()),
  digest: z.optional(z.string()),
  body: z.string(),
  sourceUrl: z.optional(z.string()),
  links: z.optional(
    z.array(
      z.object({
        href: z.string(),
        text: z.optional(z.string()),
        start: z.number().check(z.int()),
        end: z.number().check(z.int()),
      }),
    ),
  ),
});

export const findingSchema = z.object({
  ruleId: z.string(),
  category: z.enum(CATEGORIES),
  severity: z.enum(SEVERITIES),
  field: z.enum(FIELDS),
  start: z.number().check(z.int()),
  end: z.number().check(z.int()),
  text: z.string(),
  message: z.string(),
  suggestions: z.array(z.string()),
  source: z.optional(z.string()),
  url: z.optional(z.string()),
  fingerprint: z.string(),
  note: z.optional(z.string()),
});

export const gateModeSchema = z.enum(['block', 'warn', 'off']);
export type GateMode = z.infer<typeof gateModeSchema>;

export const gateConfigSchema = z.object({
  mode: gateModeSchema,
  /** Approving sign-offs required before publishing (先审后发): 0–3 levels 初审/复审/终审. */
  requiredLevels: z.number().check(z.int(), z.minimum(0), z.maximum(3)),
});
export type GateConfig = z.infer<typeof gateConfigSchema>;

export const engineBundleSchema = z.object({
  version: z.string(),
  compiled: z.string(), // base64 of serializeCompiled()
  tables: z.object({
    t2s: z.string(),
    pinyin: z.optional(z.string()),
    idioms: z.optional(z.string()),
    shapes: z.optional(z.string()),
    divisions: z.optional(z.string()),
  }),
  links: z.unknown(),
  sources: z.unknown(),
  names: z.unknown(),
  ruleData: z.optional(z.unknown()),
  lengthLimits: z.optional(z.record(z.string(), z.number())),
  rules: ruleSettingsSchema,
  gate: gateConfigSchema,
  profile: z.object({ id: z.string(), name: z.string() }),
  locale: z.enum(['zh_CN', 'en']),
  /**
   * True when a rule of the background's library pass (pattern entries, sources, spelling,
   * typography) can produce a block finding under the effective settings: the gate then waits for
   * that pass to finish for the current content.
   */
  libraryCanBlock: z.boolean(),
});
export type EngineBundle = z.infer<typeof engineBundleSchema>;

export const reviewLevelSchema = z.number().check(z.int(), z.minimum(1), z.maximum(3));
export const signoffSummarySchema = z.object({
  id: z.number().check(z.int()),
  reviewer: z.string(),
  level: reviewLevelSchema,
  decision: z.enum(['approve', 'reject']),
  time: z.string(),
  comment: z.optional(z.string()),
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
});
export type ReviewState = z.infer<typeof reviewStateSchema>;

const requests = {
  'engine/get': {
    req: z.object({ platform: z.enum(PLATFORMS), account: z.optional(z.string()) }),
    res: engineBundleSchema,
  },
  'library/check': {
    req: z.object({ draft: draftSchema, version: z.string(), account: z.optional(z.string()) }),
    res: z.object({ findings: z.array(findingSchema), version: z.string() }),
  },
  'draft/record': {
    req: z.object({
      kind: z.enum(['check', 'publish', 'latest']),
      draftKey: z.string(),
      account: z.optional(z.string()),
      draft: draftSchema,
      hash: z.string(),
      findings: z.array(findingSchema),
      outcome: z.optional(z.enum(['blocked', 'allowed', 'overridden'])),
      action: z.optional(z.string()),
      reason: z.optional(z.string()),
    }),
    res: z.object({ id: z.number().check(z.int()) }),
  },
  'review/get': {
    req: z.object({
      hash: z.string(),
      draftKey: z.string(),
      /** Earlier keys of the same draft in this editing session (e.g. before the first save gave it an id). */
      aliases: z.optional(z.array(z.string())),
      account: z.optional(z.string()),
      platform: z.enum(PLATFORMS),
    }),
    res: reviewStateSchema,
  },
  'audit/log': {
    req: z.object({
      action: z.enum(['ignore', 'false-alarm']),
      ruleId: z.string(),
      text: z.string(),
      context: z.optional(z.string()),
      fingerprint: z.string(),
      draftKey: z.string(),
      account: z.optional(z.string()),
      comment: z.optional(z.string().check(z.maxLength(500))),
    }),
    res: z.object({ ok: z.literal(true) }),
  },
  'override/authorize': {
    req: z.object({
      hash: z.string(),
      draftKey: z.string(),
      account: z.optional(z.string()),
      reason: z.string().check(z.trim(), z.minLength(2, '请填写放行理由'), z.maxLength(500)),
      reviewerId: z.optional(z.string()),
      pin: z.optional(z.string().check(z.maxLength(64))),
      blockRules: z.array(z.string()),
    }),
    res: z.object({ ok: z.boolean(), error: z.optional(z.string()) }),
  },
  'reviewers/list': {
    req: z.object({}),
    res: z.object({
      reviewers: z.array(z.object({ id: z.string(), name: z.string(), level: reviewLevelSchema, hasPin: z.boolean() })),
    }),
  },
  'state/push': {
    req: z.object({ block: z.number().check(z.int()), warn: z.number().check(z.int()), status: reviewStatusSchema }),
    res: z.object({ ok: z.literal(true) }),
  },
  'review/open': {
    req: z.object({}),
    res: z.object({ ok: z.literal(true) }),
  },
  'engine/invalidate': {
    req: z.object({ reason: z.string() }),
    res: z.object({ ok: z.literal(true) }),
  },
  /** Extension pages only: fetch the subscribed dictionary bundle now (force: ignore the stored ETag). */
  'subscription/refresh': {
    req: z.object({ force: z.optional(z.boolean()) }),
    res: z.object({
      status: z.enum(['updated', 'not-modified', 'disabled', 'error']),
      message: z.string(),
      version: z.optional(z.string()),
    }),
  },
} as const;

/** Messages the background sends to a tab (and extension pages send to a content script). */
const tabMessages = {
  'content/state': {
    req: z.object({}),
    res: z.object({
      attached: z.boolean(),
      platform: z.optional(z.enum(PLATFORMS)),
      account: z.optional(z.string()),
      draftKey: z.optional(z.string()),
      draft: z.optional(draftSchema),
      hash: z.optional(z.string()),
      findings: z.array(findingSchema),
      pending: z.boolean(),
      review: z.optional(reviewStateSchema),
      checkedAt: z.optional(z.string()),
    }),
  },
  'content/jump': { req: z.object({ fingerprint: z.string() }), res: z.object({ ok: z.boolean() }) },
  'content/check': { req: z.object({}), res: z.object({ ok: z.boolean() }) },
  'engine/changed': { req: z.object({}), res: z.object({ ok: z.literal(true) }) },
  'review/changed': { req: z.object({ hash: z.optional(z.string()) }), res: z.object({ ok: z.literal(true) }) },
} as const;

export const REQUESTS = requests;
export const TAB_MESSAGES = tabMessages;
export type RequestType = keyof typeof requests;
export type TabMessageType = keyof typeof tabMessages;
export type Req<T extends RequestType> = z.infer<(typeof requests)[T]['req']>;
export type Res<T extends RequestType> = z.infer<(typeof requests)[T]['res']>;
export type TabReq<T extends TabMessageType> = z.infer<(typeof tabMessages)[T]['req']>;
export type TabRes<T extends TabMessageType> = z.infer<(typeof tabMessages)[T]['res']>;

/** Wire envelope: { pg: 1, type, payload }. Replies: { ok: true, data } | { ok: false, error }. */
export const envelopeSchema = z.object({ pg: z.literal(1), type: z.string(), payload: z.unknown() });
export type Reply<T> = { ok: true; data: T } | { ok: false; error: string };

/** Validates an incoming envelope against a table; returns a readable error for anything else. */
export function parseEnvelope<Table extends Record<string, { req: z.ZodMiniType }>>(
  table: Table,
  message: unknown,
): { ok: true; type: keyof Table & string; payload: unknown } | { ok: false; error: string } | undefined {
  const env = envelopeSchema.safeParse(message);
  if (!env.success) return undefined; // not ours: ignore (other listeners may handle it)
  const spec = table[env.data.type];
  if (!spec) return { ok: false, error: `unknown message type: ${env.data.type}` };
  const r = spec.req.safeParse(env.data.payload);
  if (!r.success) {
    const i = r.error.issues[0];
    return { ok: false, error: `invalid ${env.data.type}: ${i?.path.join('.') || '(payload)'}: ${i?.message}` };
  }
  return { ok: true, type: env.data.type, payload: r.data };
}
