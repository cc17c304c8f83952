import { describe, expect, it } from 'vitest';
import { addUnits, hasPair, hasUnits, isPairSet, pairSet, unitKeys, unitsHash } from '../../../lib/rules/unit-keys';

/** Deterministic pseudo-random code units in the CJK block. */
function han(seed: number): () => number {
  let s = seed;
  return () => {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    return 0x4e00 + ((s >>> 8) % 0x5200);
  };
}

describe('unit keys (Bloom bits over code-unit tuples)', () => {
  it('never misses a key that was added', () => {
    const next = han(7);
    const keys = unitKeys();
    const added: Array<[number, number, number]> = [];
    for (let i = 0; i < 5000; i++) added.push([next(), next(), i % 3]);
    for (const [a, b, c] of added) addUnits(keys, unitsHash(a, b, c));
    for (const [a, b, c] of added) expect(hasUnits(keys, unitsHash(a, b, c))).toBe(true);
  });

  it('dismisses most absent keys (what makes it worth testing first)', () => {
    const next = han(11);
    const keys = unitKeys();
    for (let i = 0; i < 5000; i++) addUnits(keys, unitsHash(next(), next()));
    let through = 0;
    for (let i = 0; i < 10000; i++) if (hasUnits(keys, unitsHash(next(), next()))) through++;
    expect(through).toBeLessThan(1000);
  });
});

describe('pair sets (exact sets of code-unit pairs)', () => {
  it('answers exactly: every added pair, no other pair', () => {
    const next = han(3);
    const pairs = new Set<number>();
    while (pairs.size < 3000) pairs.add(next() * 65536 + next());
    const set = pairSet(pairs);
    for (const k of pairs) expect(hasPair(set, Math.floor(k / 65536), k % 65536)).toBe(true);
    for (let i = 0; i < 20000; i++) {
      const a = next();
      const b = next();
      expect(hasPair(set, a, b)).toBe(pairs.has(a * 65536 + b));
    }
  });

  it('takes the keys as the place tables have them (c0 × 65536 + c1, also as doubles) and repeated keys', () => {
    const set = pairSet(Float64Array.from([0x6d77 * 65536 + 0x6dc0, 0x6d77 * 65536 + 0x6dc0, 0x9f50 * 65536 + 0x54c8]));
    expect(hasPair(set, 0x6d77, 0x6dc0)).toBe(true); // 海淀
    expect(hasPair(set, 0x9f50, 0x54c8)).toBe(true);
    expect(hasPair(set, 0x54c8, 0x9f50)).toBe(false);
    expect(hasPair(pairSet([]), 0x6d77, 0x6dc0)).toBe(false);
  });

  it('recognises a stored pair set and refuses a damaged one', () => {
    const set = pairSet([0x4e00 * 65536 + 0x4e01]);
    expect(isPairSet(structuredClone(set))).toBe(true);
    expect(isPairSet({ ...set, shift: set.shift - 1 })).toBe(false);
    expect(isPairSet({ ...set, bloom: new Uint32Array(3) })).toBe(false);
    expect(isPairSet({ ...set, slots: new Uint32Array(set.slots.length).fill(1) })).toBe(false);
    expect(isPairSet(undefined)).toBe(false);
  });
});
