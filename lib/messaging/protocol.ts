// zod/mini: shared with code that is bundled into content scripts.
import * as z from 'zod/mini';
import { ruleSettingsSchema } from '../engine/config';
import { PLATFORMS } from '../engine/types';
import type { CoreLists } from '../rules/core';
import {
  draftSchema,
  editorStateSchema,
  findingSchema,
  gateModeSchema,
  reviewLevelSchema,
  reviewStateSchema,
  reviewStatusSchema,
} from './schemas';

/**
 * The one typed message protocol between content scripts, extension pages and the background: requests to the
 * background here, messages to a tab in tab-protocol.ts. Every request is validated with zod by its receiver;
 * unknown types are rejected loudly.
 */

export * from './schemas';

import { gateConfigSchema } from '../settings/gate';

export type { TabMessageType, TabReq, TabRes } from './tab-protocol';

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
  sources: z.unknown(),
  /** Links, names, rule word lists and length limits, validated in the background (lib/rules/core-lists.ts). */
  lists: z.custom<CoreLists>(),
  rules: ruleSettingsSchema,
  gate: gateConfigSchema,
  /** Editor selector overrides from the signed bundle (validated in the background; see lib/editors/selectors.ts). */
  adapters: z.optional(z.record(z.string(), z.unknown())),
  profile: z.object({ id: z.string(), name: z.string() }),
  locale: z.enum(['zh_CN', 'en']),
  /** UI strings of a non-Chinese locale (the content script carries only the Chinese table). */
  strings: z.optional(z.record(z.string(), z.string())),
  /**
   * True when a rule of the background's library pass (pattern entries, sources, spelling,
   * typography) can produce a block finding under the effective settings: the gate then waits for
   * that pass to finish for the current content.
   */
  libraryCanBlock: z.boolean(),
});
export type EngineBundle = z.infer<typeof engineBundleSchema>;

const reviewerSummarySchema = z.object({
  id: z.string(),
  name: z.string(),
  level: reviewLevelSchema,
  hasPin: z.boolean(),
});

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
  /**
   * From the in-page gate: asks the background to open the extension's own authorisation window for this draft. The
   * page never sees a PIN or a reviewer list; it only learns that a window was opened.
   */
  'override/open': {
    req: z.object({
      hash: z.string().check(z.maxLength(128)),
      draftKey: z.string().check(z.maxLength(400)),
      account: z.optional(z.string().check(z.maxLength(100))),
      title: z.optional(z.string().check(z.maxLength(200))),
      blockRules: z.array(z.string().check(z.maxLength(100))).check(z.maxLength(200)),
    }),
    res: z.object({ ok: z.literal(true) }),
  },
  /** Extension pages only: what the authorisation window is about (by its one-time token). */
  'override/context': {
    req: z.object({ token: z.string() }),
    res: z.object({
      hash: z.string(),
      draftKey: z.string(),
      account: z.optional(z.string()),
      title: z.optional(z.string()),
      blockRules: z.array(z.string()),
      tabId: z.optional(z.number()),
      reviewers: z.array(reviewerSummarySchema),
    }),
  },
  /** Extension pages only: records an override, verified with a reviewer's PIN (with back-off and lock-out). */
  'override/authorize': {
    req: z.object({
      token: z.string(),
      reason: z.string().check(z.trim(), z.minLength(10, '放行理由至少 10 个字'), z.maxLength(500)),
      reviewerId: z.optional(z.string()),
      name: z.optional(z.string().check(z.trim(), z.maxLength(40))),
      pin: z.optional(z.string().check(z.maxLength(64))),
    }),
    res: z.object({ ok: z.boolean(), error: z.optional(z.string()), verified: z.optional(z.boolean()) }),
  },
  /** Extension pages only: a reviewer's sign-off, verified with their PIN in the background. */
  'review/signoff': {
    req: z.object({
      hash: z.string().check(z.maxLength(128)),
      draftKey: z.string().check(z.maxLength(400)),
      platform: z.enum(PLATFORMS),
      account: z.optional(z.string()),
      title: z.string(),
      reviewerId: z.optional(z.string()),
      name: z.optional(z.string().check(z.trim(), z.maxLength(40))),
      level: z.optional(reviewLevelSchema),
      decision: z.enum(['approve', 'reject']),
      checklist: z.object({
        politics: z.boolean(),
        law: z.boolean(),
        policy: z.boolean(),
        secrecy: z.boolean(),
        text: z.boolean(),
      }),
      comment: z.string().check(z.maxLength(1000)),
      counts: z.optional(z.object({ block: z.number(), warn: z.number(), info: z.number() })),
      pin: z.optional(z.string().check(z.maxLength(64))),
    }),
    res: z.object({ ok: z.boolean(), error: z.optional(z.string()), verified: z.optional(z.boolean()) }),
  },
  /** Extension pages only: is an admin password set, is there a session, what does first-run setup still need. */
  'admin/status': {
    req: z.object({ token: z.optional(z.string()) }),
    res: z.object({
      passwordSet: z.boolean(),
      fromPolicy: z.boolean(),
      unlocked: z.boolean(),
      expiresAt: z.optional(z.number()),
      reviewers: z.number(),
      reviewersWithoutPin: z.number(),
    }),
  },
  'admin/unlock': {
    req: z.object({ password: z.string().check(z.maxLength(200)) }),
    res: z.object({
      ok: z.boolean(),
      token: z.optional(z.string()),
      expiresAt: z.optional(z.number()),
      error: z.optional(z.string()),
    }),
  },
  'admin/lock': { req: z.object({}), res: z.object({ ok: z.literal(true) }) },
  /** Sets or changes the admin password (the current one, or an unlocked session, is needed once one is set). */
  'admin/set-password': {
    req: z.object({
      next: z.string().check(z.minLength(8, '管理员密码至少 8 个字符'), z.maxLength(200)),
      current: z.optional(z.string().check(z.maxLength(200))),
      token: z.optional(z.string()),
    }),
    res: z.object({
      ok: z.boolean(),
      error: z.optional(z.string()),
      token: z.optional(z.string()),
      expiresAt: z.optional(z.number()),
    }),
  },
  /**
   * Extension pages only: replaces the settings (computed by the page from `base`, the SHA-256 of the settings it
   * started from). Refused without an unlocked admin session when an admin password is set, and on a conflict.
   */
  'settings/write': {
    req: z.object({
      settings: z.unknown(),
      base: z.string(),
      token: z.optional(z.string()),
      reason: z.string().check(z.maxLength(200)),
      summary: z.string().check(z.maxLength(2000)),
      details: z.optional(z.record(z.string(), z.unknown())),
      actor: z.optional(z.string().check(z.maxLength(40))),
    }),
    res: z.object({
      ok: z.boolean(),
      code: z.optional(z.enum(['locked', 'conflict', 'invalid'])),
      error: z.optional(z.string()),
    }),
  },
  /** Extension pages only: stores or deletes a custom/subscription dictionary (protected like settings). */
  'dictionary/write': {
    req: z.object({
      op: z.enum(['put', 'delete']),
      stored: z.optional(z.unknown()),
      id: z.optional(z.string()),
      token: z.optional(z.string()),
      summary: z.string().check(z.maxLength(2000)),
      /** The summary as a coded message (lib/i18n/ui-message.ts); when valid, the background records its Chinese text. */
      summaryMessage: z.optional(z.unknown()),
      details: z.optional(z.record(z.string(), z.unknown())),
      actor: z.optional(z.string().check(z.maxLength(40))),
      /** false: the caller writes its own audit record (dictionary import). */
      audit: z.optional(z.boolean()),
    }),
    res: z.object({
      ok: z.boolean(),
      code: z.optional(z.enum(['locked', 'conflict', 'invalid'])),
      error: z.optional(z.string()),
    }),
  },
  'reviewers/list': {
    req: z.object({}),
    res: z.object({ reviewers: z.array(reviewerSummarySchema) }),
  },
  'state/push': {
    req: z.object({
      block: z.number().check(z.int()),
      warn: z.number().check(z.int()),
      status: reviewStatusSchema,
      /** Whether the page's editor was found (see EditorState in lib/content/controller.ts). */
      editor: z.optional(editorStateSchema),
    }),
    res: z.object({ ok: z.literal(true) }),
  },
  /**
   * Gate events of an editor page that have no draft to record: the editor was not recognised, a publish control
   * was stopped because of that, or the page sent a publish request the click gate had not let through.
   */
  'page/event': {
    req: z.object({
      kind: z.enum(['unrecognised', 'blocked-unrecognised', 'unseen-publish']),
      adapter: z.string().check(z.maxLength(40)),
      /** origin + path of the page (never the query: it carries tokens). */
      page: z.string().check(z.maxLength(300)),
      action: z.optional(z.string().check(z.maxLength(60))),
      label: z.optional(z.string().check(z.maxLength(20))),
      /** unseen-publish: the endpoint path and whether strict mode cancelled it. */
      endpoint: z.optional(z.string().check(z.maxLength(200))),
      cancelled: z.optional(z.boolean()),
    }),
    res: z.object({ ok: z.literal(true) }),
  },
  /** The gate settings a page needs before (or without) an engine: mode and strict backstop. */
  'gate/settings': {
    req: z.object({}),
    res: z.object({ mode: gateModeSchema, strictBackstop: z.boolean() }),
  },
  'review/open': {
    req: z.object({}),
    res: z.object({ ok: z.literal(true) }),
  },
  'engine/invalidate': {
    req: z.object({ reason: z.string() }),
    res: z.object({ ok: z.literal(true) }),
  },
  /** Extension pages only: stops the subscription (protected like other settings). */
  'subscription/clear': {
    req: z.object({ actor: z.optional(z.string().check(z.maxLength(40))), token: z.optional(z.string()) }),
    res: z.object({ ok: z.boolean(), error: z.optional(z.string()) }),
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
  /** Extension pages only (team review, 团队审核): connection state, the signed-in user and the last sync. */
  'team/status': { req: z.object({}), res: z.unknown() },
  /** Extension pages only: turns team mode on after checking the login (the password never reaches a page). */
  'team/setup': {
    req: z.object({
      url: z.string().check(z.maxLength(500)),
      db: z.string().check(z.maxLength(200)),
      username: z.string().check(z.maxLength(64)),
      password: z.string().check(z.maxLength(200)),
      remember: z.boolean(),
    }),
    res: z.object({ ok: z.boolean(), error: z.optional(z.string()) }),
  },
  'team/off': { req: z.object({}), res: z.object({ ok: z.boolean(), error: z.optional(z.string()) }) },
  /** Extension pages only: one two-way replication now. */
  'team/sync': { req: z.object({}), res: z.unknown() },
  /** Extension pages only: 送审 — the draft as the content script read it; the background computes the hash. */
  'team/submit': {
    req: z.object({
      draft: draftSchema,
      draftKey: z.string().check(z.minLength(1), z.maxLength(400)),
      /** Earlier keys of the same draft: a re-submission keeps the key the team already knows. */
      aliases: z.optional(z.array(z.string().check(z.maxLength(400))).check(z.maxLength(20))),
      account: z.optional(z.string().check(z.maxLength(100))),
      findings: z.array(findingSchema),
      note: z.optional(z.string().check(z.maxLength(500))),
    }),
    res: z.object({
      ok: z.boolean(),
      hash: z.optional(z.string()),
      queued: z.optional(z.boolean()),
      error: z.optional(z.string()),
    }),
  },
  /** Extension pages only: one page of the review queue, newest first. */
  'team/queue': {
    req: z.object({
      level: z.optional(reviewLevelSchema),
      offset: z.number().check(z.int(), z.minimum(0)),
      limit: z.number().check(z.int(), z.minimum(1), z.maximum(200)),
    }),
    res: z.unknown(),
  },
  /** Extension pages only: one submission with its review. */
  'team/item': { req: z.object({ hash: z.string().check(z.maxLength(128)) }), res: z.unknown() },
  /** Extension pages only: the signed-in reviewer's decision, written to the server (the server's validator decides). */
  'team/signoff': {
    req: z.object({
      hash: z.string().check(z.maxLength(128)),
      level: reviewLevelSchema,
      decision: z.enum(['approve', 'reject']),
      checklist: z.object({
        politics: z.boolean(),
        law: z.boolean(),
        policy: z.boolean(),
        secrecy: z.boolean(),
        text: z.boolean(),
      }),
      comment: z.string().check(z.maxLength(1000)),
    }),
    res: z.object({ ok: z.boolean(), error: z.optional(z.string()), status: z.optional(z.number()) }),
  },
  /** Extension pages only: the unit's whole trail from every machine (auditor view). */
  'team/trail': { req: z.object({}), res: z.unknown() },
} as const;

export const REQUESTS = requests;
export type RequestType = keyof typeof requests;
export type Req<T extends RequestType> = z.infer<(typeof requests)[T]['req']>;
export type Res<T extends RequestType> = z.infer<(typeof requests)[T]['res']>;
