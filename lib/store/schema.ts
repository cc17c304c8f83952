import type { DBSchema } from 'idb';
import { z } from 'zod';
import { CATEGORIES, FIELDS, PLATFORMS, SEVERITIES } from '../engine/types';

/** Record shapes, validated when read so a corrupt record is skipped and reported, never fatal. */

export const storedFindingSchema = z.object({
  ruleId: z.string(),
  category: z.enum(CATEGORIES),
  severity: z.enum(SEVERITIES),
  field: z.enum(FIELDS),
  start: z.number(),
  end: z.number(),
  text: z.string(),
  message: z.string(),
  suggestions: z.array(z.string()).default([]),
});
export type StoredFinding = z.infer<typeof storedFindingSchema>;

export const countsSchema = z.object({ block: z.number().int(), warn: z.number().int(), info: z.number().int() });

export const checkRecordSchema = z.object({
  id: z.number().int().optional(),
  /** check: an explicit check; publish: a publish attempt; latest: the latest state of a draft (one per draftKey). */
  kind: z.enum(['check', 'publish', 'latest']),
  time: z.string(),
  platform: z.enum(PLATFORMS),
  account: z.string().optional(),
  draftKey: z.string(),
  title: z.string().default(''),
  hash: z.string(),
  chars: z.number().int().default(0),
  counts: countsSchema,
  findings: z.array(storedFindingSchema),
  outcome: z.enum(['blocked', 'allowed', 'overridden']).optional(),
  action: z.string().optional(),
  reason: z.string().optional(),
  /** A stable id for merging exports from several machines without duplicates. */
  uid: z.string(),
  /** Where the record came from: absent = made on this machine; "imported:<file>" = merged from an export. */
  origin: z.string().optional(),
});
export type CheckRecord = z.infer<typeof checkRecordSchema>;

export const CHECKLIST_ITEMS = ['politics', 'law', 'policy', 'secrecy', 'text'] as const;
export const CHECKLIST_LABELS: Record<(typeof CHECKLIST_ITEMS)[number], string> = {
  politics: '政治关',
  law: '法律关',
  policy: '政策关',
  secrecy: '保密关',
  text: '文字关',
};

export const signoffRecordSchema = z.object({
  id: z.number().int().optional(),
  uid: z.string(),
  time: z.string(),
  hash: z.string(),
  draftKey: z.string(),
  platform: z.enum(PLATFORMS),
  account: z.string().optional(),
  title: z.string().default(''),
  reviewerId: z.string(),
  reviewer: z.string(),
  level: z.number().int().min(1).max(3),
  decision: z.enum(['approve', 'reject']),
  checklist: z.object({
    politics: z.boolean(),
    law: z.boolean(),
    policy: z.boolean(),
    secrecy: z.boolean(),
    text: z.boolean(),
  }),
  comment: z.string().default(''),
  /** Finding counts at the time of the sign-off. */
  counts: countsSchema.optional(),
  /** Signed by a configured reviewer who proved it with their PIN (false: a typed name or a reviewer without PIN). */
  verified: z.boolean().optional(),
  /** Absent = made on this machine; "imported:<file>" = merged from an export (never satisfies the gate). */
  origin: z.string().optional(),
});
export type SignoffRecord = z.infer<typeof signoffRecordSchema>;

export const AUDIT_ACTIONS = [
  'override',
  'ignore',
  'false-alarm',
  'signoff',
  'dictionary-change',
  'settings-change',
  'import',
  'export',
  'subscription',
  'retention',
  'gate',
  'auth-failed',
  'admin',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export const auditRecordSchema = z.object({
  id: z.number().int().optional(),
  uid: z.string(),
  time: z.string(),
  action: z.enum(AUDIT_ACTIONS),
  /** Who did it (reviewer or operator name, or "编辑" when unknown). */
  actor: z.string().default(''),
  summary: z.string(),
  /** The summary as a coded message (lib/i18n/ui-message.ts), shown in the UI language; absent in older records. */
  summaryMessage: z.unknown().optional(),
  details: z.record(z.string(), z.unknown()).default({}),
  draftKey: z.string().optional(),
  account: z.string().optional(),
  /** Absent = made on this machine; "imported:<file>" = merged from an export (an imported override authorises nothing). */
  origin: z.string().optional(),
});
export type AuditRecord = z.infer<typeof auditRecordSchema>;

export interface StoredDictionary {
  id: string;
  origin: 'custom' | 'subscription';
  enabled: boolean;
  updatedAt: string;
  /** The native dictionary (validated before it is stored). */
  dictionary: unknown;
}

export interface CompiledCache {
  version: string;
  bytes: ArrayBuffer;
  createdAt: string;
}

export interface PGSchema extends DBSchema {
  checks: {
    key: number;
    value: CheckRecord;
    indexes: { time: string; draftKey: string; hash: string; kind: string; uid: string };
  };
  signoffs: {
    key: number;
    value: SignoffRecord;
    indexes: { time: string; hash: string; draftKey: string; reviewer: string; uid: string };
  };
  audit: {
    key: number;
    value: AuditRecord;
    indexes: { time: string; action: string; uid: string };
  };
  dictionaries: { key: string; value: StoredDictionary };
  compiled: { key: string; value: CompiledCache };
  settings: { key: string; value: { key: string; value: unknown } };
}
