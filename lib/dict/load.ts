import { type Dictionary, dictionarySchema, formatIssuePath } from '../engine/dictionary/schema';

export type DictionaryResult = { ok: true; dictionary: Dictionary } | { ok: false; errors: string[] };

/** Validates a parsed native dictionary; errors are "path: message" lines (e.g. "entries[3].severity: …"). */
export function validateDictionary(value: unknown): DictionaryResult {
  const r = dictionarySchema().safeParse(value);
  if (r.success) return { ok: true, dictionary: r.data };
  return { ok: false, errors: r.error.issues.map((i) => `${formatIssuePath(i.path)}: ${i.message}`) };
}

/** Parses and validates native dictionary JSON text. */
export function parseDictionaryText(text: string): DictionaryResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    return { ok: false, errors: [`JSON 格式错误 (invalid JSON): ${(err as Error).message}`] };
  }
  return validateDictionary(value);
}

export type StoredDictionaryResult =
  | { ok: true; dictionary: Dictionary; dropped: string[] }
  | { ok: false; errors: string[] };

/**
 * Validates a dictionary stored by an earlier version, which accepted regex patterns the matcher cannot
 * run (lookaround, backreferences). Such a pattern is dropped (and reported) — an entry left with no
 * terms is dropped with it — rather than failing the whole dictionary, which would silently stop every
 * other term in it. Any other problem fails as validateDictionary does.
 */
export function validateStoredDictionary(value: unknown): StoredDictionaryResult {
  const r = dictionarySchema().safeParse(value);
  if (r.success) return { ok: true, dictionary: r.data, dropped: [] };
  const fail = { ok: false as const, errors: r.error.issues.map((i) => `${formatIssuePath(i.path)}: ${i.message}`) };
  const bad = new Map<number, string>();
  for (const i of r.error.issues) {
    const [head, index, field] = i.path;
    if (head !== 'entries' || typeof index !== 'number' || field !== 'pattern' || i.path.length !== 3) return fail;
    if (i.code !== 'custom') return fail;
    bad.set(index, i.message);
  }
  const raw = value as { entries: Array<Record<string, unknown>> };
  const entries: unknown[] = [];
  const dropped: string[] = [];
  for (const [i, e] of raw.entries.entries()) {
    const problem = bad.get(i);
    if (problem === undefined) {
      entries.push(e);
      continue;
    }
    const { pattern: _pattern, ...rest } = e;
    const hasTerms = (k: string) => Array.isArray(rest[k]) && (rest[k] as unknown[]).length > 0;
    dropped.push(`entries[${i}]（${String(e.id ?? '')}）的正则已停用：${problem}`);
    if (hasTerms('terms') || hasTerms('allow')) entries.push(rest);
  }
  const again = validateDictionary({ ...raw, entries });
  return again.ok ? { ok: true, dictionary: again.dictionary, dropped } : fail;
}
