import { hash64 } from '../hash';
import { AUTOMATON_FORMAT, deserializeAutomaton, serializeAutomaton } from '../matcher/serialize';
import type { Normalizer, SkipLevel } from '../normalize';
import type { Category, Severity } from '../types';
import type { CompiledDictionaries, CompiledEntry } from './compile';

/**
 * Layout version of serialized compiled dictionaries (includes the automaton format; 6: a term with a skipped edge
 * character compiles at level "none"; 7: the `nearNumbered` flag).
 */
const COMPILED_FORMAT = `7.${AUTOMATON_FORMAT}`;

/**
 * The key of every compiled artefact built from dictionaries and data tables (the serialized automaton in
 * IndexedDB, the content script's deserialized copy, the library engine): the compiled format, the normaliser's
 * own version, a hash of every data table by name, and the dictionaries' version. Anything that changes what
 * the compiler would produce changes the key, so a stale artefact is never loaded.
 */
export function compiledKey(
  dictionariesVersion: string,
  normalizer: Normalizer,
  tables: Readonly<Record<string, string>>,
): string {
  const names = Object.keys(tables).sort();
  const tablesHash = hash64(...names.flatMap((n) => [n, '\u0000', tables[n]!, '\u0000']));
  return `${dictionariesVersion}.${hash64(COMPILED_FORMAT, '\u0000', normalizer.version, '\u0000', tablesHash)}`;
}

/**
 * Entries are stored column-wise: every string once in a string table, every field an Int32Array
 * of string indices (-1 = absent). Loading 50,000 entries is a UTF-8 decode, a split and a loop —
 * no JSON parse of megabytes of repeated sources and notes.
 */
const STRING_COLUMNS = [
  'ruleId',
  'category',
  'severity',
  'message',
  'note',
  'source',
  'url',
  'skip',
  'context',
  'pattern',
  'dictionary',
  'title',
] as const;
const LIST_COLUMNS = ['suggestions', 'terms'] as const;

interface Header {
  format: string;
  version: string;
  count: number;
  documentWords: CompiledDictionaries['documentWords'];
  near?: CompiledDictionaries['near'];
  /** Indices of the entries with `nearAlike` (a flag, not worth a column). */
  nearAlike?: number[];
  /** Indices of the entries with `nearNumbered`. */
  nearNumbered?: number[];
  levels: Array<{ level: SkipLevel; refCount: number; automatonBytes: number }>;
  stringBytes: number;
  listLength: number;
}

export function serializeCompiled(c: CompiledDictionaries): Uint8Array {
  const strings: string[] = [];
  const index = new Map<string, number>();
  const id = (s: string | undefined): number => {
    if (s === undefined) return -1;
    const clean = s.replaceAll('\u0000', '');
    let i = index.get(clean);
    if (i === undefined) {
      i = strings.length;
      strings.push(clean);
      index.set(clean, i);
    }
    return i;
  };
  const n = c.entries.length;
  const cols = STRING_COLUMNS.map(() => new Int32Array(n));
  const listStart = LIST_COLUMNS.map(() => new Int32Array(n));
  const listCount = LIST_COLUMNS.map(() => new Int32Array(n));
  const lists: number[] = [];
  c.entries.forEach((e, i) => {
    STRING_COLUMNS.forEach((k, j) => {
      const v = k === 'context' ? (e.context ? JSON.stringify(e.context) : undefined) : (e[k] as string | undefined);
      cols[j]![i] = id(v);
    });
    LIST_COLUMNS.forEach((k, j) => {
      const list = e[k];
      listStart[j]![i] = lists.length;
      listCount[j]![i] = list ? list.length : -1;
      for (const s of list ?? []) lists.push(id(s));
    });
  });
  const stringBytes = new TextEncoder().encode(strings.join('\u0000'));
  const automata = c.levels.map((l) => new Uint8Array(serializeAutomaton(l.automaton)));
  const header: Header = {
    format: COMPILED_FORMAT,
    version: c.version,
    count: n,
    documentWords: c.documentWords,
    near: c.near,
    nearAlike: c.entries.flatMap((e, i) => (e.nearAlike ? [i] : [])),
    nearNumbered: c.entries.flatMap((e, i) => (e.nearNumbered ? [i] : [])),
    levels: c.levels.map((l, i) => ({ level: l.level, refCount: l.refs.length, automatonBytes: automata[i]!.length })),
    stringBytes: stringBytes.length,
    listLength: lists.length,
  };
  const headBytes = new TextEncoder().encode(JSON.stringify(header));
  const parts: Uint8Array[] = [headBytes, stringBytes];
  for (const col of [...cols, ...listStart, ...listCount]) parts.push(new Uint8Array(col.buffer));
  parts.push(new Uint8Array(Int32Array.from(lists).buffer));
  c.levels.forEach((l, i) => {
    parts.push(new Uint8Array(l.refs.buffer, l.refs.byteOffset, l.refs.byteLength), automata[i]!);
  });
  let total = 4;
  for (const p of parts) total = align4(total + p.length);
  const out = new Uint8Array(total);
  new DataView(out.buffer).setUint32(0, headBytes.length, true);
  let off = 4;
  for (const p of parts) {
    out.set(p, off);
    off = align4(off + p.length);
  }
  return out;
}

export function deserializeCompiled(input: Uint8Array): CompiledDictionaries {
  if (input.length < 4) throw new Error('compiled dictionaries truncated');
  // Typed-array views need a 4-byte aligned buffer of our own.
  const bytes = input.byteOffset % 4 === 0 ? input : input.slice();
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const headLen = view.getUint32(0, true);
  if (4 + headLen > bytes.length) throw new Error('compiled dictionaries truncated');
  const header = JSON.parse(new TextDecoder().decode(bytes.subarray(4, 4 + headLen))) as Header;
  if (header.format !== COMPILED_FORMAT)
    throw new Error(`compiled dictionaries format ${header.format} is not ${COMPILED_FORMAT}`);
  let off = align4(4 + headLen);
  const take = (len: number) => {
    if (off + len > bytes.length) throw new Error('compiled dictionaries truncated');
    const at = off;
    off = align4(off + len);
    return at;
  };
  const strAt = take(header.stringBytes);
  const strings = header.stringBytes
    ? new TextDecoder().decode(bytes.subarray(strAt, strAt + header.stringBytes)).split('\u0000')
    : [''];
  const n = header.count;
  const int32 = (len: number) => new Int32Array(bytes.buffer, bytes.byteOffset + take(len * 4), len);
  const cols = STRING_COLUMNS.map(() => int32(n));
  const listStart = LIST_COLUMNS.map(() => int32(n));
  const listCount = LIST_COLUMNS.map(() => int32(n));
  const lists = int32(header.listLength);
  const str = (i: number) => (i < 0 ? undefined : strings[i]);
  const list = (j: number, i: number) => {
    const count = listCount[j]![i]!;
    if (count < 0) return undefined;
    const start = listStart[j]![i]!;
    const out: string[] = new Array(count);
    for (let k = 0; k < count; k++) out[k] = strings[lists[start + k]!]!;
    return out;
  };
  const [ruleId, category, severity, message, note, source, url, skip, context, pattern, dictionary, title] = cols as [
    Int32Array,
    Int32Array,
    Int32Array,
    Int32Array,
    Int32Array,
    Int32Array,
    Int32Array,
    Int32Array,
    Int32Array,
    Int32Array,
    Int32Array,
    Int32Array,
  ];
  const entries: CompiledEntry[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const e: CompiledEntry = {
      ruleId: strings[ruleId[i]!]!,
      category: strings[category[i]!] as Category,
      severity: strings[severity[i]!] as Severity,
      suggestions: list(0, i) ?? [],
      note: str(note[i]!) ?? '',
      source: str(source[i]!) ?? '',
      skip: strings[skip[i]!] as SkipLevel,
      dictionary: strings[dictionary[i]!]!,
      title: strings[title[i]!]!,
    };
    const m = str(message[i]!);
    if (m !== undefined) e.message = m;
    const u = str(url[i]!);
    if (u !== undefined) e.url = u;
    const ctx = str(context[i]!);
    if (ctx !== undefined) e.context = JSON.parse(ctx);
    const p = str(pattern[i]!);
    if (p !== undefined) e.pattern = p;
    const terms = list(1, i);
    if (terms !== undefined) e.terms = terms;
    entries[i] = e;
  }
  const levels = header.levels.map((l) => {
    const refs = int32(l.refCount);
    const at = take(l.automatonBytes);
    return {
      level: l.level,
      refs,
      automaton: deserializeAutomaton(bytes.buffer as ArrayBuffer, bytes.byteOffset + at),
    };
  });
  const out: CompiledDictionaries = { version: header.version, entries, documentWords: header.documentWords, levels };
  if (header.near) out.near = header.near;
  for (const i of header.nearAlike ?? []) if (entries[i]) entries[i].nearAlike = true;
  for (const i of header.nearNumbered ?? []) if (entries[i]) entries[i].nearNumbered = true;
  return out;
}

function align4(n: number): number {
  return (n + 3) & ~3;
}
