import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Manifest, manifestSchema } from '../dict/data-files';
import { parseDictionaryText, validateDictionary } from '../dict/load';
import { typosExtraDictionary } from '../dict/typos-extra';
import { parseT2s } from '../engine/data/tables';
import type { Dictionary } from '../engine/dictionary/schema';
import { Normalizer } from '../engine/normalize';
import type { EngineData } from '../rules/create';
import { packageRoot } from './paths';
import { FileReadError, MAX_DICTIONARY_BYTES, readTextCapped } from './read-capped';

export type { Manifest };

export function dictionariesDir(): string {
  return join(packageRoot(), 'dictionaries');
}

export function readManifest(): Manifest {
  return manifestSchema.parse(JSON.parse(readFileSync(join(dictionariesDir(), 'manifest.json'), 'utf8')));
}

/**
 * Loads and validates one native dictionary file (a regular file of at most 50 MB); throws one line naming
 * the file and the first problems.
 */
export function loadDictionaryFile(path: string, label = path): Dictionary {
  let text: string;
  try {
    text = readTextCapped(path, MAX_DICTIONARY_BYTES);
  } catch (err) {
    throw new Error(`${label}: ${err instanceof FileReadError ? err.message : 'cannot read'}`);
  }
  const r = parseDictionaryText(text);
  if (!r.ok) throw new Error(`${label}: ${r.errors.slice(0, 3).join('; ')}`);
  return r.dictionary;
}

let cached: EngineData | undefined;

/** The built-in dictionaries and data tables (read once per process). */
export function loadBuiltinData(): EngineData {
  if (cached) return cached;
  const dir = dictionariesDir();
  const m = readManifest();
  const text = (f: string) => readFileSync(join(dir, f), 'utf8');
  const json = (f: string): unknown => JSON.parse(text(f));
  const dictionaries = m.dictionaries.map((f) => loadDictionaryFile(join(dir, f), `dictionaries/${f}`));
  if (m.data.typosExtra) {
    const normalizer = new Normalizer({ t2s: parseT2s(text(m.data.t2s)) });
    const r = validateDictionary(typosExtraDictionary(text(m.data.typosExtra), (s) => normalizer.normalize(s)));
    if (!r.ok) throw new Error(`dictionaries/${m.data.typosExtra}: ${r.errors.slice(0, 3).join('; ')}`);
    dictionaries.push(r.dictionary);
  }
  cached = {
    dictionaries,
    t2s: text(m.data.t2s),
    pinyin: text(m.data.pinyin),
    idioms: text(m.data.idioms),
    shapes: m.data.shapes ? text(m.data.shapes) : undefined,
    divisions: m.data.divisions ? text(m.data.divisions) : undefined,
    ruleData: m.data.ruleData ? json(m.data.ruleData) : undefined,
    links: json(m.data.links),
    sources: json(m.data.sources),
    names: json(m.data.names),
  } as EngineData;
  return cached;
}
