// zod/mini keeps the extension pages and the worker that load these schemas small.
import * as z from 'zod/mini';
import { CATEGORIES, FIELDS, PLATFORMS, SEVERITIES } from '../engine/types';
import { publishedDraftSchema } from '../review/draft-schema';
import { draftHash } from '../review/hash';

/**
 * Documents of the shared team database (CouchDB, replicated with PouchDB).
 *
 * Every document is immutable: it is created once and never updated or deleted, so replication never has to
 * merge anything. Nothing carries a mutable status: whether a draft is approved is derived from the sign-off
 * documents for its hash (lib/team/derive.ts). Ids are deterministic and contain the name of the user who
 * may write them, so the server's validate_doc_update can check the id against the authenticated user, and a
 * second write of "the same" document is a 409 conflict instead of a duplicate:
 *
 *   submission:<hash>:<submitter>     an editor's 送审 of one exact content
 *   withdrawal:<hash>:<submitter>     the editor takes that submission back (撤回)
 *   signoff:<hash>:<reviewer>         one reviewer's decision on one exact content — at most one per reviewer
 *                                     per hash, so the levels of a hash are always signed by distinct people
 *   audit:<author>:<uid>              one audit record; uid is the local record's uid, so pushing it twice
 *                                     never makes two records
 */

export const TEAM_DOC_FORMAT = 1;
export const TEAM_DOC_TYPES = ['submission', 'withdrawal', 'signoff', 'audit'] as const;
export type TeamDocType = (typeof TEAM_DOC_TYPES)[number];

const HASH_RE = /^[0-9a-f]{64}$/;
/** CouchDB user names used in ids: no colon (the id separator), no control characters, 1–64 characters. */
export const USER_NAME_RE = /^[^\s:\u0000-\u001f\u007f]{1,64}$/u;
/** The unit id prefixes every role of the unit, so one CouchDB server can host several units. */
export const UNIT_RE = /^[a-z][a-z0-9_-]{0,62}$/;

export const TEAM_ROLES = ['editor', 'reviewer', 'auditor', 'admin'] as const;
export type TeamRole = (typeof TEAM_ROLES)[number];
export const LEVELS = [1, 2, 3] as const;

/** The CouchDB role string of a unit role, e.g. "xuanchuan:reviewer". */
export function roleName(unit: string, role: TeamRole): string {
  return `${unit}:${role}`;
}

/** The CouchDB role that allows signing at a level, e.g. "xuanchuan:level2". */
export function levelRole(unit: string, level: number): string {
  return `${unit}:level${level}`;
}

/** Every role string that belongs to a unit (used to strip a departing user's roles). */
export function unitRoles(unit: string): string[] {
  return [...TEAM_ROLES.map((r) => roleName(unit, r)), ...LEVELS.map((l) => levelRole(unit, l))];
}

/** What the roles of a CouchDB session allow in a unit. */
export function unitAbilities(unit: string, roles: readonly string[]) {
  const has = (r: string) => roles.includes(r);
  return {
    editor: has(roleName(unit, 'editor')),
    reviewer: has(roleName(unit, 'reviewer')),
    auditor: has(roleName(unit, 'auditor')),
    admin: has(roleName(unit, 'admin')),
    levels: has(roleName(unit, 'reviewer')) ? LEVELS.filter((l) => has(levelRole(unit, l))) : [],
  };
}

const submissionId = (hash: string, submitter: string) => `submission:${hash}:${submitter}`;
const withdrawalId = (hash: string, submitter: string) => `withdrawal:${hash}:${submitter}`;
export const signoffId = (hash: string, reviewer: string) => `signoff:${hash}:${reviewer}`;
const auditId = (author: string, uid: string) => `audit:${author}:${uid}`;
/** allDocs key range of every document of one type, optionally for one hash. */
export function idRange(type: TeamDocType, hash?: string): { startkey: string; endkey: string } {
  const prefix = hash ? `${type}:${hash}:` : `${type}:`;
  return { startkey: prefix, endkey: `${prefix}\uffff` };
}

const isoTime = z
  .string()
  .check(z.refine((s) => /^\d{4}-\d{2}-\d{2}T/.test(s) && !Number.isNaN(Date.parse(s)), 'not an ISO 8601 time'));
const userName = z.string().check(z.regex(USER_NAME_RE));
const hash = z.string().check(z.regex(HASH_RE));
const int = (min: number, max?: number) =>
  max === undefined
    ? z.number().check(z.int(), z.minimum(min))
    : z.number().check(z.int(), z.minimum(min), z.maximum(max));
const nonEmpty = () => z.string().check(z.minLength(1));
const counts = z.object({ block: int(0), warn: int(0), info: int(0) });

/** The draft as it will be published: every published field, the links and the images' sources. */
export const teamDraftSchema = publishedDraftSchema;
export type TeamDraft = z.infer<typeof teamDraftSchema>;

/**
 * The hash a team sign-off binds to: exactly the gate's hash (lib/review/hash.ts, SHA-256 of the canonical
 * JSON of every published field), so a replicated sign-off matches the draft the gate reads.
 */
export function teamDraftHash(draft: TeamDraft): string {
  return draftHash(draft);
}

const MAX_SUMMARY_FINDINGS = 500;
const findingSummary = z.object({
  ruleId: z.string(),
  category: z.enum(CATEGORIES),
  severity: z.enum(SEVERITIES),
  field: z.enum(FIELDS),
  start: z.number().check(z.int()),
  end: z.number().check(z.int()),
  text: z.string(),
  message: z.string(),
  suggestions: z._default(z.array(z.string()), []),
});
export type FindingSummary = z.input<typeof findingSummary>;

const base = { _id: z.string(), _rev: z.optional(z.string()), format: z.literal(TEAM_DOC_FORMAT) };

export const submissionDocSchema = z.object({
  ...base,
  type: z.literal('submission'),
  hash,
  draft: teamDraftSchema,
  /** Identifies the article across edits (the editor's draft key), so a newer submission supersedes an older. */
  draftKey: nonEmpty(),
  account: z.optional(z.string()),
  platform: z.enum(PLATFORMS),
  submitter: userName,
  time: isoTime,
  /** Levels the submitter's settings require (0–3); the gate still applies its own setting. */
  requiredLevels: int(0, 3),
  findings: z.object({ counts, items: z.array(findingSummary).check(z.maxLength(MAX_SUMMARY_FINDINGS)) }),
  machine: z.optional(z.string()),
  note: z.optional(z.string()),
});
export type SubmissionDoc = z.infer<typeof submissionDocSchema>;

export const withdrawalDocSchema = z.object({
  ...base,
  type: z.literal('withdrawal'),
  hash,
  submitter: userName,
  time: isoTime,
  reason: z.optional(z.string()),
});
export type WithdrawalDoc = z.infer<typeof withdrawalDocSchema>;

export const checklistSchema = z.object({
  politics: z.boolean(),
  law: z.boolean(),
  policy: z.boolean(),
  secrecy: z.boolean(),
  text: z.boolean(),
});

export const signoffDocSchema = z.object({
  ...base,
  type: z.literal('signoff'),
  hash,
  draftKey: z.optional(z.string()),
  account: z.optional(z.string()),
  reviewer: userName,
  /** The reviewer's display name (a claim; `reviewer` is the authenticated CouchDB user). */
  reviewerLabel: z.optional(z.string()),
  level: int(1, 3),
  decision: z.enum(['approve', 'reject']),
  checklist: checklistSchema,
  comment: z.string(),
  time: isoTime,
  machine: z.optional(z.string()),
});
export type SignoffDoc = z.infer<typeof signoffDocSchema>;

export const auditDocSchema = z.object({
  ...base,
  type: z.literal('audit'),
  /** The authenticated CouchDB user who recorded it. */
  author: userName,
  /** The local record's uid (stable across re-pushes). */
  uid: nonEmpty(),
  machine: nonEmpty(),
  time: isoTime,
  /** Known actions are listed above; an unknown one from a newer client is kept and shown as-is. */
  action: nonEmpty(),
  /** Who did it according to the recording machine (e.g. the reviewer named in an override) — a claim. */
  actor: z._default(z.string(), ''),
  summary: z.string(),
  details: z._default(z.record(z.string(), z.unknown()), {}),
  draftKey: z.optional(z.string()),
  account: z.optional(z.string()),
  hash: z.optional(hash),
});
export type AuditDoc = z.infer<typeof auditDocSchema>;

export type TeamDoc = SubmissionDoc | WithdrawalDoc | SignoffDoc | AuditDoc;

/** Why a document read from a replica is not used. */
export interface RejectedDoc {
  id: string;
  reason: string;
}

/** The id a document of this content must have; a mismatch means it was not written by the user it names. */
function expectedId(doc: TeamDoc): string {
  switch (doc.type) {
    case 'submission':
      return submissionId(doc.hash, doc.submitter);
    case 'withdrawal':
      return withdrawalId(doc.hash, doc.submitter);
    case 'signoff':
      return signoffId(doc.hash, doc.reviewer);
    case 'audit':
      return auditId(doc.author, doc.uid);
  }
}

const schemas = {
  submission: submissionDocSchema,
  withdrawal: withdrawalDocSchema,
  signoff: signoffDocSchema,
  audit: auditDocSchema,
} as const;

/**
 * Validates a document read from a replica (trust nothing): shape, id binding, a submission's hash against its
 * draft, and no conflicting revisions (a conflict on an immutable document means someone wrote two versions).
 */
export function parseTeamDoc(raw: unknown): { ok: true; doc: TeamDoc } | { ok: false; rejected: RejectedDoc } {
  const id =
    raw && typeof raw === 'object' && typeof (raw as { _id?: unknown })._id === 'string'
      ? (raw as { _id: string })._id
      : '?';
  const type = (raw as { type?: unknown } | null)?.type;
  const schema = typeof type === 'string' ? schemas[type as TeamDocType] : undefined;
  if (!schema) return { ok: false, rejected: { id, reason: `unknown document type ${JSON.stringify(type)}` } };
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return { ok: false, rejected: { id, reason: `${issue.path.join('.') || type}: ${issue.message}` } };
  }
  const doc = parsed.data as TeamDoc;
  if (doc._id !== expectedId(doc)) return { ok: false, rejected: { id, reason: `id does not match its ${doc.type}` } };
  const conflicts = (raw as { _conflicts?: unknown })._conflicts;
  if (Array.isArray(conflicts) && conflicts.length > 0) {
    return { ok: false, rejected: { id, reason: 'conflicting revisions of an immutable document' } };
  }
  if (doc.type === 'submission' && teamDraftHash(doc.draft) !== doc.hash) {
    return { ok: false, rejected: { id, reason: 'hash does not match the submitted draft' } };
  }
  return { ok: true, doc };
}

/** Builds a submission document (the caller supplies the submitter's authenticated name). */
export function makeSubmission(input: {
  draft: TeamDraft;
  draftKey: string;
  account?: string;
  submitter: string;
  requiredLevels: number;
  findings: readonly FindingSummary[];
  time?: string;
  machine?: string;
  note?: string;
}): SubmissionDoc {
  const hash = teamDraftHash(input.draft);
  const counts = { block: 0, warn: 0, info: 0 };
  for (const f of input.findings) counts[f.severity]++;
  const doc: SubmissionDoc = {
    _id: submissionId(hash, input.submitter),
    type: 'submission',
    format: TEAM_DOC_FORMAT,
    hash,
    draft: input.draft,
    draftKey: input.draftKey,
    platform: input.draft.platform,
    submitter: input.submitter,
    time: input.time ?? new Date().toISOString(),
    requiredLevels: input.requiredLevels,
    findings: {
      counts,
      items: input.findings.slice(0, MAX_SUMMARY_FINDINGS).map((f) => ({
        ruleId: f.ruleId,
        category: f.category,
        severity: f.severity,
        field: f.field,
        start: f.start,
        end: f.end,
        text: f.text,
        message: f.message,
        suggestions: f.suggestions ?? [],
      })),
    },
  };
  if (input.account !== undefined) doc.account = input.account;
  if (input.machine !== undefined) doc.machine = input.machine;
  if (input.note !== undefined) doc.note = input.note;
  return doc;
}

/** Builds a sign-off document bound to one exact hash. */
export function makeSignoff(input: {
  hash: string;
  reviewer: string;
  reviewerLabel?: string;
  level: number;
  decision: 'approve' | 'reject';
  checklist: z.infer<typeof checklistSchema>;
  comment?: string;
  draftKey?: string;
  account?: string;
  time?: string;
  machine?: string;
}): SignoffDoc {
  const doc: SignoffDoc = {
    _id: signoffId(input.hash, input.reviewer),
    type: 'signoff',
    format: TEAM_DOC_FORMAT,
    hash: input.hash,
    reviewer: input.reviewer,
    level: input.level,
    decision: input.decision,
    checklist: { ...input.checklist },
    comment: input.comment ?? '',
    time: input.time ?? new Date().toISOString(),
  };
  for (const k of ['reviewerLabel', 'draftKey', 'account', 'machine'] as const) {
    if (input[k] !== undefined) doc[k] = input[k];
  }
  return doc;
}

/** Builds a withdrawal of the submitter's own submission of a hash. */
export function makeWithdrawal(input: {
  hash: string;
  submitter: string;
  reason?: string;
  time?: string;
}): WithdrawalDoc {
  const doc: WithdrawalDoc = {
    _id: withdrawalId(input.hash, input.submitter),
    type: 'withdrawal',
    format: TEAM_DOC_FORMAT,
    hash: input.hash,
    submitter: input.submitter,
    time: input.time ?? new Date().toISOString(),
  };
  if (input.reason !== undefined) doc.reason = input.reason;
  return doc;
}

/** Builds an audit document from a local audit or publish record. */
export function makeAudit(input: {
  author: string;
  uid: string;
  machine: string;
  time: string;
  action: string;
  actor?: string;
  summary: string;
  details?: Record<string, unknown>;
  draftKey?: string;
  account?: string;
  hash?: string;
}): AuditDoc {
  const doc: AuditDoc = {
    _id: auditId(input.author, input.uid),
    type: 'audit',
    format: TEAM_DOC_FORMAT,
    author: input.author,
    uid: input.uid,
    machine: input.machine,
    time: input.time,
    action: input.action,
    actor: input.actor ?? '',
    summary: input.summary,
    details: input.details ?? {},
  };
  for (const k of ['draftKey', 'account', 'hash'] as const) if (input[k] !== undefined) doc[k] = input[k];
  return doc;
}
