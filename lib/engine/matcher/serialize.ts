import { Automaton } from './automaton';

/** Binary layout version; bump when the layout or the build algorithm's semantics change. */
export const AUTOMATON_FORMAT = 2;
const MAGIC = 0x43414750; // "PGAC" little-endian

const HEADER_WORDS = 8;

/** Serializes an automaton into one ArrayBuffer (little-endian typed arrays, 4-byte aligned). */
export function serializeAutomaton(a: Automaton): ArrayBuffer {
  const alphaBytes = align4(a.alphabet.byteLength);
  const total = HEADER_WORDS * 4 + alphaBytes + a.nodes.byteLength + a.outs.byteLength;
  const buf = new ArrayBuffer(total);
  const head = new Uint32Array(buf, 0, HEADER_WORDS);
  head.set([MAGIC, AUTOMATON_FORMAT, a.nodes.length, a.alphabet.length, a.outs.length, a.patternCount, 0, 0]);
  let off = HEADER_WORDS * 4;
  new Uint16Array(buf, off, a.alphabet.length).set(a.alphabet);
  off += alphaBytes;
  new Int32Array(buf, off, a.nodes.length).set(a.nodes);
  off += a.nodes.byteLength;
  new Int32Array(buf, off, a.outs.length).set(a.outs);
  return buf;
}

/** Loads an automaton from serializeAutomaton's output without copying or rebuilding. */
export function deserializeAutomaton(buf: ArrayBuffer, byteOffset = 0): Automaton {
  if (buf.byteLength - byteOffset < HEADER_WORDS * 4) throw new Error('automaton data truncated');
  const head = new Uint32Array(buf, byteOffset, HEADER_WORDS);
  if (head[0] !== MAGIC) throw new Error('not a Publish Guard automaton');
  if (head[1] !== AUTOMATON_FORMAT) throw new Error(`automaton format ${head[1]} is not ${AUTOMATON_FORMAT}`);
  const [nodeWords, alphaLen, outLen, patternCount] = [head[2]!, head[3]!, head[4]!, head[5]!];
  let off = byteOffset + HEADER_WORDS * 4;
  const need = off - byteOffset + align4(alphaLen * 2) + nodeWords * 4 + outLen * 4;
  if (buf.byteLength - byteOffset < need) throw new Error('automaton data truncated');
  const alphabet = new Uint16Array(buf, off, alphaLen);
  off += align4(alphaLen * 2);
  const nodes = new Int32Array(buf, off, nodeWords);
  off += nodeWords * 4;
  const outs = new Int32Array(buf, off, outLen);
  return new Automaton({ alphabet, nodes, outs, patternCount });
}

function align4(n: number): number {
  return (n + 3) & ~3;
}
