/**
 * Bloom-style bit sets over small tuples of UTF-16 code units, for the hot loops of the idiom, place and leader
 * rules: a clear bit means "certainly not in the table", so a loop tests one bit before a Map lookup (whose keys
 * beyond 2^31 are heap numbers, slow to hash) or a string slice. A set bit proves nothing: the lookup still decides,
 * so a gate never changes what a rule finds.
 */

/** 2^18 bits (32 KB): a few thousand keys leave most bits clear, and the set stays in the CPU cache. */
const LOG2_BITS = 18;

export type UnitKeys = Uint32Array;

/** The length of every UnitKeys. */
export const UNIT_KEYS_LENGTH = 1 << (LOG2_BITS - 5);

export function unitKeys(): UnitKeys {
  return new Uint32Array(UNIT_KEYS_LENGTH);
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
 * array: a pair packs into 32 bits, so membership costs a multiply and a probe or two, with no false hits. A small
 * Bloom filter (about sixteen bits per key, a few KB that stay in the CPU cache) answers most absent pairs before the
 * table, which is large enough to miss the cache on every probe.
 */
export interface PairSet {
  slots: Uint32Array;
  shift: number;
  bloom: Uint32Array;
  bloomShift: number;
}

const pairKey = (c0: number, c1: number) => ((c0 << 16) | c1) >>> 0;
const slotHash = (key: number, shift: number) => Math.imul(key, 0x9e3779b1) >>> shift;
const bloomHash = (key: number, shift: number) => Math.imul(key ^ (key >>> 16), 0x85ebca6b) >>> shift;

export function pairSet(keys: Iterable<number>): PairSet {
  const list = Array.from(keys, (k) => k >>> 0);
  let bits = 10;
  while (1 << bits < list.length * 2) bits++;
  const slots = new Uint32Array(1 << bits);
  const mask = slots.length - 1;
  const shift = 32 - bits;
  let bloomBits = 10;
  while (1 << bloomBits < list.length * 16) bloomBits++;
  const bloom = new Uint32Array(1 << (bloomBits - 5));
  const bloomShift = 32 - bloomBits;
  for (const key of list) {
    let h = slotHash(key, shift);
    while (slots[h] !== 0 && slots[h] !== key) h = (h + 1) & mask;
    slots[h] = key;
    const b = bloomHash(key, bloomShift);
    bloom[b >>> 5] = bloom[b >>> 5]! | (1 << (b & 31));
  }
  return { slots, shift, bloom, bloomShift };
}

/**
 * Whether the pair is in the set. A bloom-only set (bloomOnly: no slots) answers "maybe" for pairs its Bloom bits
 * do not rule out, and the caller confirms with its own lookup.
 */
export function hasPair(set: PairSet, c0: number, c1: number): boolean {
  const key = pairKey(c0, c1);
  const b = bloomHash(key, set.bloomShift);
  if ((set.bloom[b >>> 5]! & (1 << (b & 31))) === 0) return false;
  const { slots } = set;
  if (slots.length === 0) return true;
  const mask = slots.length - 1;
  for (let h = slotHash(key, set.shift); slots[h] !== 0; h = (h + 1) & mask) {
    if (slots[h] === key) return true;
  }
  return false;
}

/**
 * The set without its slots (most of its size): hasPair then only rules pairs out, for a caller that looks every
 * remaining pair up anyway (the variant tables' byPair). About 5 % of the other pairs get through.
 */
export function bloomOnly(set: PairSet): PairSet {
  return { ...set, slots: new Uint32Array(0) };
}

/** A bloom-only PairSet (bloomOnly) as stored: Bloom bits matching their shift, no slots. */
export function isBloomOnly(x: unknown): x is PairSet {
  const p = x as PairSet;
  return (
    !!p &&
    p.slots instanceof Uint32Array &&
    p.slots.length === 0 &&
    p.bloom instanceof Uint32Array &&
    Number.isInteger(p.shift) &&
    Number.isInteger(p.bloomShift) &&
    p.bloomShift >= 1 &&
    p.bloomShift <= 22 &&
    p.bloom.length * 32 === 2 ** (32 - p.bloomShift)
  );
}

/** A stored PairSet as the lookups need it: power-of-two arrays matching their shifts, and a free slot. */
export function isPairSet(x: unknown): x is PairSet {
  const p = x as PairSet;
  return (
    !!p &&
    p.slots instanceof Uint32Array &&
    p.bloom instanceof Uint32Array &&
    Number.isInteger(p.shift) &&
    Number.isInteger(p.bloomShift) &&
    p.shift >= 1 &&
    p.shift <= 22 &&
    p.bloomShift >= 1 &&
    p.bloomShift <= 22 &&
    p.slots.length === 2 ** (32 - p.shift) &&
    p.bloom.length * 32 === 2 ** (32 - p.bloomShift) &&
    p.slots.includes(0)
  );
}
