import { type Dictionary, dictionarySchema, formatIssuePath } from '../engine/dictionary/schema';

export type DictionaryResult = { ok: true; dictionary: Dictionary } | { ok: false; errors: string[] };

/** Validates a parsed native dictionary; errors are "path: message" lines (e.g. "entries[3].severity: …"). */
export function validateDictionary(value: unknown): DictionaryResult {
  const r = dictionarySchema.safeParse(value);
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
