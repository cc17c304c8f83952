import { describe, expect, it } from 'vitest';
import { PairCache } from '../../../lib/rules/pair-cache';

describe('PairCache (values by a pair of code units, memoised)', () => {
  it('answers what the lookup answers, calling it once per pair, absent pairs included', () => {
    const table = new Map<number, string>([
      ['经'.charCodeAt(0) * 65536 + '济'.charCodeAt(0), '经济'],
      [0xffff * 65536 + 0xfffe, 'high units'],
    ]);
    const asked: number[] = [];
    const cache = new PairCache((key) => {
      asked.push(key);
      return table.get(key);
    });
    for (let round = 0; round < 3; round++) {
      expect(cache.get('经'.charCodeAt(0), '济'.charCodeAt(0))).toBe('经济');
      expect(cache.get(0xffff, 0xfffe)).toBe('high units');
      expect(cache.get('济'.charCodeAt(0), '经'.charCodeAt(0))).toBeUndefined();
    }
    expect(asked).toEqual([
      '经'.charCodeAt(0) * 65536 + '济'.charCodeAt(0),
      0xffff * 65536 + 0xfffe,
      '济'.charCodeAt(0) * 65536 + '经'.charCodeAt(0),
    ]);
  });

  it('keeps every pair through its growth', () => {
    const cache = new PairCache((key) => key);
    const pairs: Array<[number, number]> = [];
    for (let i = 0; i < 5000; i++) pairs.push([0x4e00 + ((i * 7919) % 20000), 0x4e00 + ((i * 104729) % 20000)]);
    for (const [a, b] of pairs) expect(cache.get(a, b)).toBe(a * 65536 + b);
    let calls = 0;
    const counted = new PairCache((key) => {
      calls++;
      return key;
    });
    for (const [a, b] of pairs) counted.get(a, b);
    const distinct = calls;
    for (const [a, b] of pairs) expect(counted.get(a, b)).toBe(a * 65536 + b);
    expect(calls).toBe(distinct);
  });
});
