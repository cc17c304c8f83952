import type { DictEntry, Dictionary } from '../../engine/dictionary/schema';

/**
 * Adds `incoming` entries to an existing (custom) dictionary: an entry with the same id replaces the
 * existing one (imported terms have stable ids, so re-importing a list updates it), others are added.
 */
export function mergeIntoDictionary(
  existing: Dictionary,
  incoming: Dictionary,
): { dictionary: Dictionary; added: number; replaced: number } {
  const entries = existing.entries.slice();
  const index = new Map(entries.map((e, i) => [e.id, i]));
  let added = 0;
  let replaced = 0;
  for (const e of incoming.entries) {
    const category = e.category ?? incoming.category;
    const entry: DictEntry = { ...e };
    if (category !== undefined && category !== existing.category) entry.category = category;
    const i = index.get(e.id);
    if (i !== undefined) {
      entries[i] = entry;
      replaced++;
    } else {
      index.set(e.id, entries.length);
      entries.push(entry);
      added++;
    }
  }
  return {
    dictionary: {
      ...existing,
      version: incoming.version !== existing.version ? incoming.version : `${existing.version}+1`,
      requireExamples: existing.requireExamples && incoming.requireExamples,
      entries,
    },
    added,
    replaced,
  };
}
