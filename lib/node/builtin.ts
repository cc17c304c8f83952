import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDictionaryText, validateDictionary } from '../dict/load';
import { DATA_TABLES, type DataTable, type Manifest, manifestSchema } from '../dict/manifest';
import { typosExtraDictionary } from '../dict/typos-extra';
import { parseT2s } from '../engine/data/tables';
import type { DataText, JsonRef, TextRef } from '../engine/data/text-source';
import type { Dictionary } from '../engine/dictionary/schema';
import { Normalizer } from '../engine/normalize';
import type { EngineData } from '../rules/create';
import { fileIdentity } from './file-identity';
import { packageRoot } from './paths';
import { FileReadError, MAX_DICTIONARY_BYTES, readTextCapped } from './read-capped';

export type { Manifest };

function dictionariesDir(): string {
  return join(packageRoot(), 'dictionaries');
}

let manifest: { bytes: Buffer; parsed: Manifest } | undefined;
/** The manifest, read and validated once per process. */
function readManifestOnce(): { bytes: Buffer; parsed: Manifest } {
  if (!manifest) {
    const bytes = readFileSync(join(dictionariesDir(), 'manifest.json'));
    const json = JSON.parse(bytes.toString('utf8')) as unknown;
    // jitless: zod would otherwise compile a fast parser for this one small object (≈ 9 ms of a CLI start).
    manifest = { bytes, parsed: plainManifest(json) ?? manifestSchema.parse(json, { jitless: true }) };
  }
  return manifest;
}

/** The data keys of manifestSchema, in its order, and whether each is required. */
const MANIFEST_DATA: ReadonlyArray<readonly [keyof Manifest['data'], boolean]> = [
  ['t2s', true],
  ['pinyin', true],
  ['idioms', true],
  ['links', true],
  ['sources', true],
  ['names', true],
  ['shapes', false],
  ['divisions', false],
  ['placeVariants', false],
  ['wordVariants', false],
  ['wordFreq', false],
  ['collocationSlips', false],
  ['towns', false],
  ['typosExtra', false],
  ['ruleData', false],
  ['replyTone', false],
];

/**
 * What manifestSchema.parse returns for a manifest of exactly its shape (the shipped one: non-empty file names, no
 * other keys), without zod: even jitless, zod's first parse cost ≈ 3 ms of every CLI start. Undefined for anything
 * else, which zod then parses (and reports) as before.
 */
function plainManifest(v: unknown): Manifest | undefined {
  const name = (s: unknown): s is string => typeof s === 'string' && s.length > 0;
  const plain = (o: unknown): o is Record<string, unknown> =>
    !!o && typeof o === 'object' && Object.getPrototypeOf(o) === Object.prototype;
  if (!plain(v) || !plain(v.data) || !Array.isArray(v.dictionaries) || v.dictionaries.length === 0) return undefined;
  if (Object.keys(v).length !== 2 || !v.dictionaries.every(name)) return undefined;
  const input = v.data;
  const data: Record<string, string> = {};
  let seen = 0;
  for (const [k, required] of MANIFEST_DATA) {
    if (!Object.hasOwn(input, k)) {
      if (required) return undefined;
      continue;
    }
    const f = input[k];
    if (!name(f)) return undefined;
    data[k] = f;
    seen++;
  }
  if (Object.keys(input).length !== seen) return undefined;
  return { dictionaries: [...v.dictionaries], data: data as Manifest['data'] };
}

function readManifest(): Manifest {
  return readManifestOnce().parsed;
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
  cached ??= { ...loadBuiltinTables(), dictionaries: loadBuiltinDictionaries() };
  return cached;
}

/** The built-in native dictionaries (validated) and the typos table as one more dictionary. */
export function loadBuiltinDictionaries(): Dictionary[] {
  const dir = dictionariesDir();
  const m = readManifest();
  const text = (f: string) => readFileSync(join(dir, f), 'utf8');
  const dictionaries = m.dictionaries.map((f) => loadDictionaryFile(join(dir, f), `dictionaries/${f}`));
  if (m.data.typosExtra) {
    const normalizer = new Normalizer({ t2s: parseT2s(text(m.data.t2s)) });
    const r = validateDictionary(typosExtraDictionary(text(m.data.typosExtra), (s) => normalizer.normalize(s)));
    if (!r.ok) throw new Error(`dictionaries/${m.data.typosExtra}: ${r.errors.slice(0, 3).join('; ')}`);
    dictionaries.push(r.dictionary);
  }
  return dictionaries;
}

/**
 * The data tables the engine reads as text, by manifest key (the CLI keeps what it builds from them by file): every
 * table of the manifest but t2s (read whole, below) and typosExtra (a dictionary, loaded with the others).
 */
const TEXT_TABLES = DATA_TABLES.filter(
  (k): k is Exclude<DataTable, 't2s' | 'typosExtra'> => k !== 't2s' && k !== 'typosExtra',
);

/**
 * The built-in tables, each text table as `read` gives it (its text, or a reference to the file), each JSON table as
 * `json` gives it (parsed, or a reference).
 */
function builtinTables(
  read: (path: string) => DataText,
  json: (path: string) => unknown = readJson,
): Omit<EngineData, 'dictionaries'> {
  const dir = dictionariesDir();
  const m = readManifest();
  const out: Omit<EngineData, 'dictionaries'> = {
    ...loadBuiltinJson(json),
    t2s: readFileSync(join(dir, m.data.t2s), 'utf8'),
  };
  for (const k of TEXT_TABLES) {
    const f = m.data[k];
    out[k] = f ? read(join(dir, f)) : undefined;
  }
  return out;
}

let tables: Omit<EngineData, 'dictionaries'> | undefined;

/** The built-in data tables and lists, without the dictionaries (read once per process). */
export function loadBuiltinTables(): Omit<EngineData, 'dictionaries'> {
  tables ??= builtinTables((path) => readFileSync(path, 'utf8'));
  return tables;
}

/**
 * A data file as a TextRef (lib/engine/data/text-source.ts): read on first use. Its id is the file's identity
 * (file-identity.ts), so a cached table is found again without reading the text and never outlives a change.
 */
export function fileTextRef(path: string): TextRef {
  let text: string | undefined;
  return {
    id: fileIdentity(path),
    text: () => {
      text ??= readFileSync(path, 'utf8');
      return text;
    },
  };
}

/**
 * A JSON data file as a JsonRef (lib/engine/data/text-source.ts): read and parsed on first use, found in the table
 * cache by the file's identity (file-identity.ts), like fileTextRef.
 */
export function fileJsonRef(path: string): JsonRef {
  let parsed: { value: unknown } | undefined;
  return {
    jsonRefId: fileIdentity(path),
    value: () => {
      parsed ??= { value: readJson(path) };
      return parsed.value;
    },
  };
}

let refs: Omit<EngineData, 'dictionaries'> | undefined;

/**
 * loadBuiltinTables with the big table texts and the JSON tables as file references: an engine built with a warm
 * table cache reads none of the texts and parses only the JSON its rules read on every start (the CLI).
 */
export function builtinTableRefs(): Omit<EngineData, 'dictionaries'> {
  refs ??= builtinTables(fileTextRef, fileJsonRef);
  return refs;
}

const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));

/** The JSON tables of the built-in data, each as `json` gives it. */
function loadBuiltinJson(
  json: (path: string) => unknown,
): Pick<EngineData, 'ruleData' | 'replyTone' | 'links' | 'sources' | 'names'> {
  const dir = dictionariesDir();
  const m = readManifest();
  const file = (f: string) => json(join(dir, f));
  return {
    ruleData: m.data.ruleData ? file(m.data.ruleData) : undefined,
    replyTone: m.data.replyTone ? file(m.data.replyTone) : undefined,
    links: file(m.data.links),
    sources: file(m.data.sources),
    names: file(m.data.names),
  };
}

/**
 * The shipped files the compiled dictionaries are built from (the manifest, every native dictionary, the t2s
 * and typos tables), for cache keys: the manifest's bytes (read anyway), the others by identity (file-identity.ts),
 * so that a start with a warm cache reads none of them.
 */
export function builtinDictionaryInputs(): Array<[string, string | Uint8Array]> {
  const dir = dictionariesDir();
  const { bytes, parsed: m } = readManifestOnce();
  const files = [...m.dictionaries, m.data.t2s, ...(m.data.typosExtra ? [m.data.typosExtra] : [])];
  return [['manifest.json', bytes], ...files.map((f): [string, string] => [f, fileIdentity(join(dir, f))])];
}
