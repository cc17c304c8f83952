import { Automaton } from './automaton';

/** Binary layout version; bump when the layout or the build algorithm's semantics change. */
export const AUTOMATON_FORMAT = 1;
const MAGIC = 0x43414750; // "PGAC" little-endian

const HEADER_WORDS = 8;

/** Serializes an automaton into one ArrayBuffer (little-endian typed arrays, 4-byte aligned). */
export function serializeAutomaton(a: Automaton): ArrayBuffer {
  const size = a.base.length;
  const alphaBytes = align4(a.alphabet.byteLength);
  const patBytes = align4(a.patLen.byteLength);
  const total = HEADER_WORDS * 4 + alphaBytes + size * 4 * 5 + a.outPats.byteLength + patBytes;
  const buf = new ArrayBuffer(total);
  const head = new Uint32Array(buf, 0, HEADER_WORDS);
  head.set([MAGIC, AUTOMATON_FORMAT, size, a.alphabet.length, a.outPats.length, a.patLen.length, 0, 0]);
  let off = HEADER_WORDS * 4;
  new Uint16Array(buf, off, a.alphabet.length).set(a.alphabet);
  off += alphaBytes;
  for (const arr of [a.base, a.check, a.fail, a.dictLink, a.outIdx]) {
    new Int32Array(buf, off, size).set(arr);
    off += size * 4;
  }
  new Int32Array(buf, off, a.outPats.length).set(a.outPats);
  off += a.outPats.byteLength;
  new Uint16Array(buf, off, a.patLen.length).set(a.patLen);
  return buf;
}

/** Loads an automaton from serializeAutomaton's output without copying or rebuilding. */
export function deserializeAutomaton(buf: ArrayBuffer, byteOffset = 0): Automaton {
  if (buf.byteLength - byteOffset < HEADER_WORDS * 4) throw new Error('automaton data truncated');
  const head = new Uint32Array(buf, byteOffset, HEADER_WORDS);
  if (head[0] !== MAGIC) throw new Error('not a Publish Guard automaton');
  if (head[1] !== AUTOMATON_FORMAT) throw new Error(`automaton format ${head[1]} is not ${AUTOMATON_FORMAT}`);
  const [size, alphaLen, outLen, patCount] = [head[2]!, head[3]!, head[4]!, head[5]!];
  let off = byteOffset + HEADER_WORDS * 4;
  const need = off - byteOffset + align4(alphaLen * 2) + size * 20 + outLen * 4 + patCount * 2;
  if (buf.byteLength - byteOffset < need) throw new Error('automaton data truncated');
  const alphabet = new Uint16Array(buf, off, alphaLen);
  off += align4(alphaLen * 2);
  const ints: Int32Array[] = [];
  for (let i = 0; i < 5; i++) {
    ints.push(new Int32Array(buf, off, size));
    off += size * 4;
  }
  const outPats = new Int32Array(buf, off, outLen);
  off += outLen * 4;
  const patLen = new Uint16Array(buf, off, patCount);
  const [base, check, fail, dictLink, outIdx] = ints as [Int32Array, Int32Array, Int32Array, Int32Array, Int32Array];
  return new Automaton({ alphabet, base, check, fail, dictLink, outIdx, outPats, patLen });
}

function align4(n: number): number {
  return (n + 3) & ~3;
}
