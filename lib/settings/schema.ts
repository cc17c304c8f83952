import { z } from 'zod';
import * as zm from 'zod/mini';
import { lengthLimitsSchema, ruleSettingsSchema } from '../engine/config';
import { pinHashSchema } from '../review/pin-hash';
import { gateModeSchema } from './gate';
import { MAX_RETENTION_DAYS } from './retention-rule';

export type { PinHash } from '../review/pin-hash';

export const reviewerSchema = z.object({
  id: z.string().min(1),
  name: z.string().trim().min(1, '请填写审核人姓名').max(40),
  level: z.number().int().min(1).max(3),
  pin: pinHashSchema.optional(),
});
export type Reviewer = z.infer<typeof reviewerSchema>;

export const profileSchema = z.object({
  id: z.string().min(1),
  name: z.string().trim().min(1).max(40),
  /** Account names (as the editor page shows them) this profile applies to. */
  accounts: z.array(z.string().trim().min(1)).default([]),
  rules: z._default(ruleSettingsSchema, {}),
  gateMode: z.optional(gateModeSchema),
  requiredLevels: z.number().int().min(0).max(3).optional(),
});
export type Profile = z.infer<typeof profileSchema>;

export const subscriptionSchema = z.object({
  url: z.string().url(),
  publicKey: z.string().min(1),
  intervalHours: z
    .number()
    .min(1)
    .max(24 * 7)
    .default(6),
  etag: z.string().optional(),
  lastChecked: z.string().optional(),
  lastUpdated: z.string().optional(),
  lastError: z.string().optional(),
  /** lastError as a coded message (lib/i18n/ui-message.ts), shown in the UI language; absent in older settings. */
  lastErrorMessage: z.unknown().optional(),
  /** Version string of the bundle currently active. */
  activeVersion: z.string().optional(),
  /** Highest bundle version accepted per subscription URL: an older bundle is refused (rollback). */
  highestVersions: z.record(z.string(), z.string()).optional(),
  /** Editor selector overrides of the active bundle (validated when the bundle was verified). */
  adapters: z.record(z.string(), z.unknown()).optional(),
  /** The active bundle's leaders list (names.json format, validated when the bundle was verified). */
  names: z.unknown().optional(),
});
export type Subscription = z.infer<typeof subscriptionSchema>;

/** Version of the settings record (see lib/settings/migrate.ts). */
export const SETTINGS_VERSION = 3;

export const settingsSchema = z.object({
  schemaVersion: z.number().int().min(1).default(SETTINGS_VERSION),
  rules: z._default(ruleSettingsSchema, {}),
  /** On/off per built-in dictionary id. */
  builtinEnabled: z.record(z.string(), z.boolean()).default({}),
  profiles: z.array(profileSchema).default([]),
  gateMode: z._default(gateModeSchema, 'block'),
  /** The page backstop cancels publish requests the click gate did not let through (default: only records them). */
  strictBackstop: z.boolean().default(false),
  /** 先审后发: one approving sign-off by default; 0–3 levels (初审/复审/终审). */
  requiredLevels: z.number().int().min(0).max(3).default(1),
  reviewers: z.array(reviewerSchema).default([]),
  subscription: subscriptionSchema.optional(),
  retentionDays: z.number().int().min(0).max(MAX_RETENTION_DAYS).default(730),
  /** UI language of the extension: follows the browser (Chinese unless it is clearly not), or fixed. */
  locale: z.enum(['auto', 'zh_CN', 'en']).default('auto'),
  lengthLimits: z._default(zm.partial(lengthLimitsSchema), {}),
  /** Extra approved link domains and repost sources (added to the built-in lists). */
  extraDomains: z.array(z.string().trim().min(1)).default([]),
  extraSources: z.array(z.string().trim().min(1)).default([]),
  /** Leader names and titles (admin-maintained; see dictionaries/names.json for the format). */
  names: z.unknown().optional(),
  /** Words English spelling always accepts (names, pinyin place names such as Qingdao). */
  spellingWords: z.array(z.string().trim().min(1)).default(['Qingdao', 'WeChat', 'Weibo']),
  /** Who is making changes on this machine (recorded in the audit log). */
  operator: z.string().trim().max(40).default(''),
  /** The admin password (PBKDF2 hash): when set, settings and dictionaries change only in an unlocked admin session. */
  adminPassword: pinHashSchema.optional(),
});
export type Settings = z.infer<typeof settingsSchema>;

export const DEFAULT_SETTINGS: Settings = settingsSchema.parse({});

/** Enterprise policy pushed through chrome.storage.managed: defined key by key in policy-fields.ts. */
export type { Policy } from './policy-fields';
