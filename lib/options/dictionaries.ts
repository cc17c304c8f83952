import { validateDictionary, validateStoredDictionary } from '../dict/load';
import { DICTIONARY_FORMAT, type DictEntry, type Dictionary, dictionarySchema } from '../engine/dictionary/schema';
import { CATEGORY_LABELS, type Category } from '../engine/types';
import { t } from '../i18n/all';
import { type MessageParam, msg, type UiMessage } from '../i18n/ui-message';
import type { StoredDictionary } from '../store/schema';
import type { DictOrigin } from './labels';

/** The dictionary list of the options page: built-in, custom and subscription dictionaries. */

export interface DictRow {
  /** Unique key: built-in dictionary id, or the stored id (custom id, `sub-<id>`). */
  key: string;
  origin: DictOrigin;
  enabled: boolean;
  /** The validated dictionary (undefined when it failed validation). */
  dictionary?: Dictionary;
  /** Why the dictionary is not usable. */
  error?: string;
  /** Parts of a stored dictionary that are not used (regex patterns the matcher cannot run). */
  warnings?: string[];
  updatedAt?: string;
}

export function buildRows(
  builtin: readonly unknown[],
  stored: readonly StoredDictionary[],
  builtinEnabled: Record<string, boolean>,
): DictRow[] {
  const rows: DictRow[] = [];
  builtin.forEach((raw, i) => {
    const r = validateDictionary(raw);
    const id = r.ok ? r.dictionary.id : String((raw as { id?: unknown })?.id ?? `builtin-${i}`);
    rows.push({
      key: id,
      origin: 'builtin',
      enabled: builtinEnabled[id] !== false,
      dictionary: r.ok ? r.dictionary : undefined,
      error: r.ok ? undefined : r.errors[0],
    });
  });
  const order: Record<StoredDictionary['origin'], number> = { custom: 0, subscription: 1 };
  for (const s of [...stored].sort((a, b) => order[a.origin] - order[b.origin] || a.id.localeCompare(b.id))) {
    const r = validateStoredDictionary(s.dictionary);
    rows.push({
      key: s.id,
      origin: s.origin,
      enabled: s.enabled,
      dictionary: r.ok ? r.dictionary : undefined,
      error: r.ok ? undefined : r.errors[0],
      ...(r.ok && r.dropped.length ? { warnings: r.dropped } : {}),
      updatedAt: s.updatedAt,
    });
  }
  return rows;
}

/** The categories a dictionary's entries fall in (its own category first). */
function dictionaryCategories(d: Dictionary): Category[] {
  const out = new Set<Category>();
  if (d.category) out.add(d.category);
  for (const e of d.entries) if (e.category) out.add(e.category);
  return [...out];
}

export function categoriesLabel(d: Dictionary): string {
  return dictionaryCategories(d)
    .map((c) => CATEGORY_LABELS[c].zh)
    .join('、');
}

/** The rule id of an entry: `${category}.${entryId}`. */
export function entryRuleId(d: Dictionary, e: DictEntry): string {
  return `${e.category ?? d.category}.${e.id}`;
}

export interface EntryHit {
  row: DictRow;
  entry: DictEntry;
  index: number;
}

function entryMatches(e: DictEntry, q: string): boolean {
  if (e.id.includes(q)) return true;
  for (const t of e.terms) if (t.toLowerCase().includes(q)) return true;
  for (const t of e.allow) if (t.toLowerCase().includes(q)) return true;
  for (const t of e.suggestions) if (t.toLowerCase().includes(q)) return true;
  if (e.pattern?.toLowerCase().includes(q)) return true;
  return e.note.toLowerCase().includes(q) || (e.message ?? '').toLowerCase().includes(q);
}

/** Entries whose terms, allow-list, suggestions, id, note or message contain `query` (case-insensitive). */
export function searchEntries(rows: readonly DictRow[], query: string, limit = Number.POSITIVE_INFINITY): EntryHit[] {
  const q = query.trim().toLowerCase();
  const out: EntryHit[] = [];
  for (const row of rows) {
    const d = row.dictionary;
    if (!d) continue;
    for (let i = 0; i < d.entries.length && out.length < limit; i++) {
      const e = d.entries[i]!;
      if (!q || entryMatches(e, q)) out.push({ row, entry: e, index: i });
    }
    if (out.length >= limit) break;
  }
  return out;
}

const ID_RE = /^[a-z0-9][a-z0-9-]*$/;

/** Checks a new custom dictionary id against the format and the ids already in use. */
export function checkNewDictionaryId(id: string, rows: readonly DictRow[]): string | undefined {
  if (!id) return t('dictIdNeeded');
  if (!ID_RE.test(id)) return t('dictIdChars');
  if (id.startsWith('sub-')) return t('dictIdSub');
  if (rows.some((r) => r.key === id || r.dictionary?.id === id)) return t('dictIdUsed', { id });
  return undefined;
}

/** A free id like `custom-20250615` (or `custom-20250615-2`). */
export function suggestDictionaryId(rows: readonly DictRow[], now = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  const base = `custom-${now.getFullYear()}${p(now.getMonth() + 1)}${p(now.getDate())}`;
  let id = base;
  for (let n = 2; checkNewDictionaryId(id, rows) !== undefined; n++) id = `${base}-${n}`;
  return id;
}

/** A new, empty custom dictionary (imported and hand-made lists need no examples). */
export function newCustomDictionary(args: {
  id: string;
  name: string;
  category: Category;
  description?: string;
  source?: string;
}): { ok: true; dictionary: Dictionary } | { ok: false; error: string } {
  const r = dictionarySchema().safeParse({
    format: DICTIONARY_FORMAT,
    id: args.id,
    name: args.name.trim(),
    version: '1',
    category: args.category,
    description: args.description ?? '',
    source: args.source ?? '',
    license: '',
    requireExamples: false,
    entries: [],
  });
  if (r.success) return { ok: true, dictionary: r.data };
  const i = r.error.issues[0]!;
  return { ok: false, error: `${i.path.join('.') || '词库'}：${i.message}` };
}

/** A version as the dictionary table shows it: ISO timestamps (older imports) as "2026-12-04 10:32". */
export function displayVersion(v: string | undefined): string {
  if (!v) return '—';
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})[\d:.]*Z?(\+\d+)*$/.exec(v);
  return m ? `${m[1]} ${m[2]}${m[3] ? ` (${m[3]})` : ''}` : v;
}

/** Next version of an edited custom dictionary: "3" → "4", "1.0.0" → "1.0.1", otherwise "+1". */
export function bumpVersion(v: string): string {
  if (/^\d+$/.test(v)) return String(Number(v) + 1);
  const m = /^(.*\.)(\d+)$/.exec(v);
  if (m) return `${m[1]}${Number(m[2]) + 1}`;
  return `${v}+1`;
}

function entryText(e: DictEntry): UiMessage {
  const terms = e.terms.length ? e.terms : e.allow.length ? e.allow.map((t) => `!${t}`) : [e.pattern ?? e.id];
  const shown = terms
    .slice(0, 3)
    .map((t) => `“${t}”`)
    .join('、');
  return terms.length > 3
    ? msg('entry.terms-more', { terms: shown, n: terms.length })
    : msg('entry.terms', { terms: shown });
}

const severity = (s: DictEntry['severity']) => msg(`severity.${s}`);
const listOrNone = (list: readonly string[]): MessageParam => (list.length ? list.join('、') : msg('entry.none'));

/** Audit summary of an entry being added, changed or deleted in a dictionary. */
export function describeEntryChange(
  dictName: string,
  before: DictEntry | undefined,
  after: DictEntry | undefined,
): UiMessage {
  if (!before && after)
    return msg('entry.added', { dict: dictName, entry: entryText(after), severity: severity(after.severity) });
  if (before && !after) return msg('entry.deleted', { dict: dictName, entry: entryText(before) });
  if (!before || !after) return msg('entry.dictionary-changed', { dict: dictName });
  const parts: UiMessage[] = [];
  const list = (a: readonly string[], b: readonly string[]) => a.join('|') !== b.join('|');
  if (list(before.terms, after.terms))
    parts.push(msg('entry.part-terms', { before: listOrNone(before.terms), after: listOrNone(after.terms) }));
  if (before.severity !== after.severity) {
    parts.push(msg('entry.part-severity', { before: severity(before.severity), after: severity(after.severity) }));
  }
  if (list(before.suggestions, after.suggestions))
    parts.push(msg('entry.part-suggestions', { list: listOrNone(after.suggestions) }));
  if (list(before.allow, after.allow)) parts.push(msg('entry.part-allow'));
  if (before.enabled !== after.enabled) parts.push(msg(after.enabled ? 'entry.part-enabled' : 'entry.part-disabled'));
  if (before.category !== after.category) parts.push(msg('entry.part-category'));
  if (before.note !== after.note || before.message !== after.message) parts.push(msg('entry.part-note'));
  if (before.source !== after.source) parts.push(msg('entry.part-source'));
  if (JSON.stringify(before.examples) !== JSON.stringify(after.examples)) parts.push(msg('entry.part-examples'));
  return parts.length
    ? msg('entry.changed-parts', { dict: dictName, entry: entryText(after), parts })
    : msg('entry.changed', { dict: dictName, entry: entryText(after) });
}
