/**
 * Bloom-style bit sets over small tuples of UTF-16 code units, for the hot loops of the idiom, place and leader
 * rules: a clear bit means "certainly not in the table", so a loop tests one bit before a Map lookup (whose keys
 * beyond 2^31 are heap numbers, slow to hash) or a string slice. A set bit proves nothing: the lookup still decides,
 * so a gate never changes what a rule finds.
 */

/** 2^18 bits (32 KB): a few thousand keys leave most bits clear, and the set stays in the CPU cache. */
const LOG2_BITS = 18;

export type UnitKeys = Uint32Array;

export function unitKeys(): UnitKeys {
  return new Uint32Array(1 << (LOG2_BITS - 5));
}

/** Hash of up to three code units (`c` may also be a small tag such as a position). */
export function unitsHash(a: number, b: number, c = 0): number {
  let h = Math.imul(a | (b << 16), 0x9e3779b1);
  h = Math.imul(h ^ c ^ (h >>> 15), 0x85ebca77);
  return (h ^ (h >>> 13)) >>> (32 - LOG2_BITS);
}

export function addUnits(keys: UnitKeys, h: number): void {
  keys[h >>> 5] = keys[h >>> 5]! | (1 << (h & 31));
}

export function hasUnits(keys: UnitKeys, h: number): boolean {
  return (keys[h >>> 5]! & (1 << (h & 31))) !== 0;
}

/**
 * An exact set of code-unit pairs (c0 × 65536 + c1, the keys the place variants use), open-addressed in one typed
 * array: a pair packs into 32 bits, so membership costs a multiply and a probe or two, with no false hits (a bit
 * set of 26,000 variant pairs would let one text pair in ten through to the Map).
 */
export interface PairSet {
  slots: Uint32Array;
  shift: number;
}

export function pairSet(keys: Iterable<number>): PairSet {
  const list = [...keys];
  let bits = 10;
  while (1 << bits < list.length * 2) bits++;
  const slots = new Uint32Array(1 << bits);
  const mask = slots.length - 1;
  const shift = 32 - bits;
  for (const k of list) {
    const key = k >>> 0;
    let h = Math.imul(key, 0x9e3779b1) >>> shift;
    while (slots[h] !== 0 && slots[h] !== key) h = (h + 1) & mask;
    slots[h] = key;
  }
  return { slots, shift };
}

export function hasPair(set: PairSet, c0: number, c1: number): boolean {
  const { slots } = set;
  const key = ((c0 << 16) | c1) >>> 0;
  const mask = slots.length - 1;
  for (let h = Math.imul(key, 0x9e3779b1) >>> set.shift; slots[h] !== 0; h = (h + 1) & mask) {
    if (slots[h] === key) return true;
  }
  return false;
}
