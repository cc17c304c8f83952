import { AUTOMATON_FORMAT, deserializeAutomaton, serializeAutomaton } from '../matcher/serialize';
import type { SkipLevel } from '../normalize';
import type { CompiledDictionaries, CompiledEntry } from './compile';

/** Layout version of serialized compiled dictionaries (includes the automaton format). */
export const COMPILED_FORMAT = `1.${AUTOMATON_FORMAT}`;

interface Meta {
  format: string;
  version: string;
  entries: CompiledEntry[];
  documentWords: CompiledDictionaries['documentWords'];
  levels: Array<{ level: SkipLevel; refs: number[]; offset: number; length: number }>;
}

/**
 * Serializes compiled dictionaries into one byte array: [u32 meta length][meta JSON][pad][automata…].
 * Loading it back needs no automaton rebuild.
 */
export function serializeCompiled(c: CompiledDictionaries): Uint8Array {
  const blobs = c.levels.map((l) => new Uint8Array(serializeAutomaton(l.automaton)));
  let offset = 0;
  const levels = c.levels.map((l, i) => {
    const entry = { level: l.level, refs: Array.from(l.refs), offset, length: blobs[i]!.length };
    offset += align4(blobs[i]!.length);
    return entry;
  });
  const meta: Meta = { format: COMPILED_FORMAT, version: c.version, entries: c.entries, documentWords: c.documentWords, levels };
  const json = new TextEncoder().encode(JSON.stringify(meta));
  const head = align4(4 + json.length);
  const out = new Uint8Array(head + offset);
  new DataView(out.buffer).setUint32(0, json.length, true);
  out.set(json, 4);
  levels.forEach((l, i) => {
    out.set(blobs[i]!, head + l.offset);
  });
  return out;
}

export function deserializeCompiled(bytes: Uint8Array): CompiledDictionaries {
  if (bytes.length < 4) throw new Error('compiled dictionaries truncated');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const len = view.getUint32(0, true);
  if (4 + len > bytes.length) throw new Error('compiled dictionaries truncated');
  const meta = JSON.parse(new TextDecoder().decode(bytes.subarray(4, 4 + len))) as Meta;
  if (meta.format !== COMPILED_FORMAT) throw new Error(`compiled dictionaries format ${meta.format} is not ${COMPILED_FORMAT}`);
  const head = align4(4 + len);
  // Automata need 4-byte alignment: copy into an aligned buffer once (cheap, one memcpy).
  const body = bytes.slice(head);
  return {
    version: meta.version,
    entries: meta.entries,
    documentWords: meta.documentWords,
    levels: meta.levels.map((l) => ({
      level: l.level,
      refs: Int32Array.from(l.refs),
      automaton: deserializeAutomaton(body.buffer, body.byteOffset + l.offset),
    })),
  };
}

function align4(n: number): number {
  return (n + 3) & ~3;
}
