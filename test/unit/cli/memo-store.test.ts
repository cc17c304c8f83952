import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openMemos } from '../../../lib/node/memo-store';

const ENGINE_CACHE_WRITTEN = Symbol.for('publish-guard.engine-cache-written');
const u16 = (...xs: number[]) => Uint16Array.from(xs);
const list = (v: Uint16Array | undefined) => (v ? Array.from(v) : undefined);

describe('openMemos (the rules’ memos kept between CLI runs)', () => {
  let dir: string;
  const cache = (codeId = 'test') => ({ dir, codeId });
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'pg-memo-store-'));
  });
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
    delete (globalThis as Record<symbol, unknown>)[ENGINE_CACHE_WRITTEN];
  });

  it('gives a later run the answers of earlier ones, and its own at once', () => {
    const first = openMemos(cache());
    const m = first.memo('rule.alike', 'tables-1');
    expect(m.get(0x4e00)).toBeUndefined();
    m.set(0x4e00, u16(0x4e8c, 0x4e09));
    m.set(0x4e01 * 65536 + 0x4e02, u16());
    m.set(0xffff * 65536 + 0xffff, u16(7));
    expect(list(m.get(0x4e00))).toEqual([0x4e8c, 0x4e09]);
    first.flush();
    // a memo write is no table build: the V8 code cache of the run is not marked cold
    expect((globalThis as Record<symbol, unknown>)[ENGINE_CACHE_WRITTEN]).toBeUndefined();
    expect(readdirSync(dir)).toEqual(['memo-rule.alike.v8']);

    const second = openMemos(cache());
    const again = second.memo('rule.alike', 'tables-1');
    expect(list(again.get(0x4e00))).toEqual([0x4e8c, 0x4e09]);
    expect(list(again.get(0x4e01 * 65536 + 0x4e02))).toEqual([]);
    expect(list(again.get(0xffff * 65536 + 0xffff))).toEqual([7]);
    expect(again.get(0x4e03)).toBeUndefined();
    // adds to what it read: both are there in the next run
    again.set(0x4e03, u16(1, 2, 3));
    second.flush();
    const third = openMemos(cache()).memo('rule.alike', 'tables-1');
    expect([list(third.get(0x4e00)), list(third.get(0x4e03))]).toEqual([
      [0x4e8c, 0x4e09],
      [1, 2, 3],
    ]);
  });

  it('writes nothing for a run that added nothing, and keeps many answers', () => {
    const first = openMemos(cache());
    const m = first.memo('rule.pairs', 'x');
    for (let k = 0; k < 5000; k++) m.set(0x4e00 * 65536 + k, u16(k, k + 1));
    first.flush();
    const bytes = readFileSync(join(dir, 'memo-rule.pairs.v8'));
    const second = openMemos(cache());
    const again = second.memo('rule.pairs', 'x');
    for (let k = 0; k < 5000; k += 7) expect(list(again.get(0x4e00 * 65536 + k))).toEqual([k, k + 1]);
    second.flush();
    expect(readFileSync(join(dir, 'memo-rule.pairs.v8')).equals(bytes)).toBe(true);
  });

  it('past 50,000 answers keeps only those the run used', () => {
    const first = openMemos(cache());
    const m = first.memo('rule.pairs', 'x');
    for (let k = 1; k <= 50_000; k++) m.set(k, u16(k & 0xffff));
    first.flush();
    const second = openMemos(cache());
    const again = second.memo('rule.pairs', 'x');
    expect([list(again.get(7)), list(again.get(40_000))]).toEqual([[7], [40_000]]);
    again.set(60_000, u16(1));
    second.flush();
    const third = openMemos(cache()).memo('rule.pairs', 'x');
    expect([7, 40_000, 60_000, 8].map((k) => list(third.get(k)))).toEqual([[7], [40_000], [1], undefined]);
  });

  it('another input or another code starts an empty memo', () => {
    const first = openMemos(cache());
    first.memo('rule.alike', 'tables-1').set(1, u16(2));
    first.flush();
    expect(openMemos(cache()).memo('rule.alike', 'tables-2').get(1)).toBeUndefined();
    expect(openMemos(cache('other code')).memo('rule.alike', 'tables-1').get(1)).toBeUndefined();
    expect(list(openMemos(cache()).memo('rule.alike', 'tables-1').get(1))).toEqual([2]);
  });

  it('ignores a damaged or cut file, and a directory it cannot write', () => {
    const first = openMemos(cache());
    first.memo('rule.alike', 't').set(1, u16(2));
    first.flush();
    const file = join(dir, 'memo-rule.alike.v8');
    const bytes = readFileSync(file);
    for (const bad of [bytes.subarray(0, bytes.length - 3), Buffer.concat([bytes, Buffer.from([1])])]) {
      writeFileSync(file, bad);
      expect(openMemos(cache()).memo('rule.alike', 't').get(1)).toBeUndefined();
    }
    const flipped = Buffer.from(bytes);
    flipped[flipped.length - 1]! ^= 1;
    writeFileSync(file, flipped);
    expect(openMemos(cache()).memo('rule.alike', 't').get(1)).toBeUndefined();
    const nowhere = openMemos({ dir: join(file, 'not-a-dir'), codeId: 'test' });
    nowhere.memo('rule.alike', 't').set(1, u16(2));
    expect(() => nowhere.flush()).not.toThrow();
  });
});
