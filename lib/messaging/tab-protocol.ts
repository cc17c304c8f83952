// This table is bundled into the content script: zod/mini (tree-shaken, functional API) keeps it small against the
// 200 KB budget. Replies are types only (the sender reads its own content script).
import * as z from 'zod/mini';
import type { Platform } from '../engine/types';
import type {
  controlProbeSchema,
  draftSchema,
  editorStateSchema,
  fieldProbeSchema,
  findingSchema,
  reviewStateSchema,
} from './schemas';

/** Messages the background sends to a tab (and extension pages send to a content script). */
export const TAB_MESSAGES = {
  'content/state': { req: z.object({}) },
  'content/jump': { req: z.object({ fingerprint: z.string() }) },
  /** Self-diagnosis (自检): which adapter runs, which selectors matched, which publish controls were found. */
  'content/diagnose': { req: z.object({}) },
  'content/check': { req: z.object({}) },
  'engine/changed': { req: z.object({}) },
  'review/changed': { req: z.object({ hash: z.optional(z.string()) }) },
} as const;

type EditorState = z.infer<typeof editorStateSchema>;

/** What the content script answers to each message. */
export interface TabReplies {
  'content/state': {
    attached: boolean;
    editor?: EditorState | undefined;
    platform?: Platform | undefined;
    account?: string | undefined;
    draftKey?: string | undefined;
    /** Earlier keys of this draft in this editing session (saving gives a new draft an id). */
    draftAliases?: string[] | undefined;
    draft?: z.infer<typeof draftSchema> | undefined;
    hash?: string | undefined;
    findings: z.infer<typeof findingSchema>[];
    pending: boolean;
    review?: z.infer<typeof reviewStateSchema> | undefined;
    checkedAt?: string | undefined;
  };
  'content/jump': { ok: boolean };
  'content/diagnose': {
    adapter?: string | undefined;
    version?: string | undefined;
    page: string;
    editor?: EditorState | undefined;
    fields: z.infer<typeof fieldProbeSchema>[];
    controls: z.infer<typeof controlProbeSchema>[];
    backstop: boolean;
  };
  'content/check': { ok: boolean };
  'engine/changed': { ok: true };
  'review/changed': { ok: true };
}

export type TabMessageType = keyof typeof TAB_MESSAGES;
export type TabReq<T extends TabMessageType> = z.input<(typeof TAB_MESSAGES)[T]['req']>;
export type TabRes<T extends TabMessageType> = TabReplies[T];
