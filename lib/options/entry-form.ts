import { importedEntryId } from '../dict/import';
import { type DictEntry, type Dictionary, dictionarySchema } from '../engine/dictionary/schema';
import { CATEGORIES, type Category, SEVERITIES, type Severity } from '../engine/types';
import { t } from '../i18n/all';

/**
 * The entry editor's form model: text fields as the admin types them, turned into a native entry
 * and validated with the ONE dictionary schema (in the context of its dictionary, so duplicate ids
 * and "bureaucratic is never block" are caught too). Errors are mapped back to the form fields.
 */

export interface EntryForm {
  id: string;
  /** '' = the dictionary's category. */
  category: '' | Category;
  severity: Severity;
  /** One per line. */
  terms: string;
  suggestions: string;
  allow: string;
  hit: string;
  pass: string;
  message: string;
  note: string;
  source: string;
  enabled: boolean;
  /** The terms are protected correct forms; their one-character slips are reported (match: "near"). */
  near: boolean;
}

export type EntryField = keyof EntryForm;

/** Splits a textarea into trimmed, non-empty, distinct lines. */
export function lines(text: string): string[] {
  const out: string[] = [];
  for (const l of text.split(/\r\n|\n|\r/)) {
    const t = l.trim();
    if (t && !out.includes(t)) out.push(t);
  }
  return out;
}

export function formFromEntry(e: DictEntry | undefined, defaults: { source: string; severity?: Severity }): EntryForm {
  return {
    id: e?.id ?? '',
    category: e?.category ?? '',
    severity: e?.severity ?? defaults.severity ?? 'warn',
    terms: (e?.terms ?? []).join('\n'),
    suggestions: (e?.suggestions ?? []).join('\n'),
    allow: (e?.allow ?? []).join('\n'),
    hit: (e?.examples.hit ?? []).join('\n'),
    pass: (e?.examples.pass ?? []).join('\n'),
    message: e?.message ?? '',
    note: e?.note ?? '',
    source: e?.source ?? defaults.source,
    enabled: e?.enabled ?? true,
    near: e?.match === 'near',
  };
}

/** A fresh id for a new entry: the same stable id an import of its first term would get. */
export function newEntryId(form: Pick<EntryForm, 'terms' | 'allow'>, taken: ReadonlySet<string>): string {
  const terms = lines(form.terms);
  const allow = lines(form.allow);
  const key = terms[0] ?? allow[0] ?? '';
  const base = key ? importedEntryId(key, terms.length === 0) : 'entry';
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}

/**
 * The native entry for a form. Fields the form does not edit (pattern, context, skip, url,
 * provenance) are kept from `original`.
 */
export function entryFromForm(form: EntryForm, original?: DictEntry): Record<string, unknown> {
  const out: Record<string, unknown> = original ? { ...original } : {};
  out.id = form.id.trim();
  if (form.category) out.category = form.category;
  else delete out.category;
  out.severity = form.severity;
  out.terms = lines(form.terms);
  out.allow = lines(form.allow);
  out.suggestions = lines(form.suggestions);
  const message = form.message.trim();
  if (message) out.message = message;
  else delete out.message;
  out.note = form.note.trim();
  out.source = form.source.trim();
  out.examples = { hit: lines(form.hit), pass: lines(form.pass) };
  out.enabled = form.enabled;
  if (form.near) out.match = 'near';
  else delete out.match;
  return out;
}

interface Issue {
  code?: string;
  message: string;
  path: ReadonlyArray<PropertyKey>;
  minimum?: unknown;
  maximum?: unknown;
  values?: unknown;
  keys?: unknown;
}

/** Chinese text for a zod issue (our schema's own messages are already Chinese). */
export function zhIssue(issue: Issue): string {
  const cjk = /[\u4e00-\u9fff]/.exec(issue.message);
  if (cjk) return issue.message.replace(/\s*\([^)]*\)\s*$/, '');
  switch (issue.code) {
    case 'too_small':
      return issue.minimum === 1 ? t('efEmpty') : t('efMin', { n: String(issue.minimum) });
    case 'too_big':
      return t('efMax', { n: String(issue.maximum) });
    case 'invalid_type':
      return t('efType');
    case 'invalid_value':
      return Array.isArray(issue.values)
        ? t('efOneOf', { s: issue.values.map(String).join(t('listSep')) })
        : t('efInvalid');
    case 'invalid_format':
      return t('efFormat');
    case 'unrecognized_keys':
      return t('efUnknown', { s: Array.isArray(issue.keys) ? issue.keys.join(t('listSep')) : '' });
    default:
      return issue.message;
  }
}

/** Maps a path inside an entry (after ['entries', i]) to the form field that shows the error. */
function fieldOf(rest: ReadonlyArray<PropertyKey>): EntryField | undefined {
  const [head, sub] = rest;
  switch (head) {
    case 'id':
    case 'category':
    case 'severity':
    case 'terms':
    case 'suggestions':
    case 'allow':
    case 'message':
    case 'note':
    case 'source':
    case 'enabled':
      return head;
    case 'match':
      return 'near';
    case 'examples':
      return sub === 'pass' ? 'pass' : 'hit';
    default:
      return undefined;
  }
}

export type EntryValidation =
  | { ok: true; dictionary: Dictionary; entry: DictEntry }
  | { ok: false; fields: Partial<Record<EntryField, string>>; general: string[] };

/**
 * Puts `entry` into `dict` (replacing the entry at `index`, or appending) and validates the whole
 * dictionary with dictionarySchema. Errors on this entry go to its fields; others are general.
 */
export function validateEntryChange(dict: Dictionary, entry: Record<string, unknown>, index?: number): EntryValidation {
  const entries: unknown[] = dict.entries.slice();
  const at = index ?? entries.length;
  if (index === undefined) entries.push(entry);
  else entries[index] = entry;
  const r = dictionarySchema().safeParse({ ...dict, entries });
  if (r.success) return { ok: true, dictionary: r.data, entry: r.data.entries[at]! };
  const fields: Partial<Record<EntryField, string>> = {};
  const general: string[] = [];
  for (const issue of r.error.issues as Issue[]) {
    const [head, i, ...rest] = issue.path;
    const msg = zhIssue(issue);
    if (head === 'entries' && i === at) {
      const f = fieldOf(rest);
      const where = rest.length > 1 && typeof rest[1] === 'number' ? t('efLine', { n: rest[1] + 1 }) : '';
      if (f) {
        if (!fields[f]) fields[f] = `${where}${msg}`;
        continue;
      }
      general.push(`${rest.map(String).join('.') || t('colEntry')}：${msg}`);
    } else if (head === 'entries' && typeof i === 'number') {
      general.push(`${t('efEntryN', { n: i + 1, id: String((entries[i] as { id?: unknown })?.id ?? '') })}：${msg}`);
    } else {
      general.push(`${issue.path.map(String).join('.') || t('navDictionaries')}：${msg}`);
    }
  }
  if (!general.length && !Object.keys(fields).length) general.push(t('efFailed'));
  return { ok: false, fields, general };
}

/** Every category an entry can have (for the form's select). */
export const ENTRY_CATEGORIES: readonly Category[] = CATEGORIES;
export const ENTRY_SEVERITIES: readonly Severity[] = SEVERITIES;
