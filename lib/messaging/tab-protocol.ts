// zod/mini keeps the content script small (this table is bundled into it).
import * as z from 'zod/mini';
import { PLATFORMS } from '../engine/types';
import {
  controlProbeSchema,
  draftSchema,
  editorStateSchema,
  fieldProbeSchema,
  findingSchema,
  reviewStateSchema,
} from './schemas';

/** Messages the background sends to a tab (and extension pages send to a content script). */
export const TAB_MESSAGES = {
  'content/state': {
    req: z.object({}),
    res: z.object({
      attached: z.boolean(),
      editor: z.optional(editorStateSchema),
      platform: z.optional(z.enum(PLATFORMS)),
      account: z.optional(z.string()),
      draftKey: z.optional(z.string()),
      /** Earlier keys of this draft in this editing session (saving gives a new draft an id). */
      draftAliases: z.optional(z.array(z.string())),
      draft: z.optional(draftSchema),
      hash: z.optional(z.string()),
      findings: z.array(findingSchema),
      pending: z.boolean(),
      review: z.optional(reviewStateSchema),
      checkedAt: z.optional(z.string()),
    }),
  },
  'content/jump': { req: z.object({ fingerprint: z.string() }), res: z.object({ ok: z.boolean() }) },
  /** Self-diagnosis (自检): which adapter runs, which selectors matched, which publish controls were found. */
  'content/diagnose': {
    req: z.object({}),
    res: z.object({
      adapter: z.optional(z.string()),
      version: z.optional(z.string()),
      page: z.string(),
      editor: z.optional(editorStateSchema),
      fields: z.array(fieldProbeSchema),
      controls: z.array(controlProbeSchema),
      backstop: z.boolean(),
    }),
  },
  'content/check': { req: z.object({}), res: z.object({ ok: z.boolean() }) },
  'engine/changed': { req: z.object({}), res: z.object({ ok: z.literal(true) }) },
  'review/changed': { req: z.object({ hash: z.optional(z.string()) }), res: z.object({ ok: z.literal(true) }) },
} as const;

export type TabMessageType = keyof typeof TAB_MESSAGES;
export type TabReq<T extends TabMessageType> = z.infer<(typeof TAB_MESSAGES)[T]['req']>;
export type TabRes<T extends TabMessageType> = z.infer<(typeof TAB_MESSAGES)[T]['res']>;
