// zod/mini: the protocol's shared shapes (the content script imports their types only).
import * as z from 'zod/mini';

export * from '../review/schema';
export * from '../settings/gate';

import { CATEGORIES, FIELDS, SEVERITIES } from '../engine/types';

/**
 * Shapes shared by the message protocol's two tables (requests to the background: protocol.ts; messages to a
 * tab's content script: tab-protocol.ts, which uses them as types only).
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

/** Replies on the wire (envelopes are checked in server.ts): { ok: true, data } | { ok: false, error }. */
export type Reply<T> = { ok: true; data: T } | { ok: false; error: string };
