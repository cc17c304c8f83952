// zod/mini keeps the content script small (the protocol is bundled into it).
import * as z from 'zod/mini';

export * from '../review/schema';
export * from '../settings/gate';

import { CATEGORIES, FIELDS, SEVERITIES } from '../engine/types';

/**
 * Shapes shared by the message protocol's two tables (requests to the background: protocol.ts; messages to a
 * tab's content script: tab-protocol.ts), and the wire envelope. Split so the content script bundles only what
 * it validates.
 */

export { publishedDraftSchema as draftSchema } from '../review/draft-schema';

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

export const editorStateSchema = z.enum(['attached', 'loading', 'unrecognised', 'none']);

export const fieldProbeSchema = z.object({
  name: z.string(),
  selector: z.optional(z.string()),
  count: z.number().check(z.int()),
});
export const controlProbeSchema = z.object({
  label: z.string(),
  action: z.optional(z.string()),
  element: z.string(),
  disabled: z.boolean(),
});

/** Wire envelope: { pg: 1, type, payload }. Replies: { ok: true, data } | { ok: false, error }. */
const envelopeSchema = z.object({ pg: z.literal(1), type: z.string(), payload: z.unknown() });
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
