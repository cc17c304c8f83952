import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { memoSpelling } from '../../../lib/node/spelling-memo';
import type { SpellingProvider } from '../../../lib/rules/spelling';

const ENGINE_CACHE_WRITTEN = Symbol.for('publish-guard.engine-cache-written');

describe('memoSpelling (Hunspell answers kept between CLI runs)', () => {
  let dir: string;
  let dic: string;
  let loads: number;
  const hunspell = (): SpellingProvider => {
    loads++;
    return { correct: (w) => w === 'report', suggest: (w) => (w === 'reprot' ? ['report', 'rep rot'] : []) };
  };
  // (the dictionary files' identities are left out where a memo must be found again: a file written seconds ago is
  // "racy", file-identity.ts, and gets an identity of its own every time)
  const open = (words: string[] = [], files: string[] = []) =>
    memoSpelling({ dir: join(dir, 'cache'), codeId: 'test' }, () => files, words, hunspell);
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'pg-spelling-memo-'));
    dic = join(dir, 'index.dic');
    writeFileSync(dic, 'report\n');
    loads = 0;
  });
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
    delete (globalThis as Record<symbol, unknown>)[ENGINE_CACHE_WRITTEN];
  });

  it('answers as Hunspell does, and a later run asks Hunspell only about words not seen before', () => {
    const first = open();
    expect([first.correct('report'), first.correct('reprot'), first.suggest('reprot')]).toEqual([
      true,
      false,
      ['report', 'rep rot'],
    ]);
    expect([loads, first.loaded]).toEqual([1, true]);
    first.flush();
    // a memo write is no table build: the V8 code cache of the run is not marked cold
    expect((globalThis as Record<symbol, unknown>)[ENGINE_CACHE_WRITTEN]).toBeUndefined();

    const second = open();
    expect([second.correct('report'), second.correct('reprot'), second.suggest('reprot')]).toEqual([
      true,
      false,
      ['report', 'rep rot'],
    ]);
    expect([loads, second.loaded]).toEqual([1, false]);
    // the caller may change what it gets: the memo keeps its own copy
    second.suggest('reprot').push('x');
    expect(second.suggest('reprot')).toEqual(['report', 'rep rot']);
    expect(second.correct('Shanghia')).toBe(false);
    expect([loads, second.loaded]).toEqual([2, true]);
  });

  it('other user words, or a dictionary file changed just now, start an empty memo', () => {
    const first = open();
    first.correct('report');
    first.flush();
    const other = open(['Qingdao']);
    other.correct('report');
    expect(loads).toBe(2);
    for (const n of [3, 4]) {
      const fresh = open([], [dic]);
      fresh.correct('report');
      fresh.flush();
      expect(loads).toBe(n);
    }
  });

  it('a dictionary file that cannot be found: no memo, Hunspell answers', () => {
    const gone = open([], [join(dir, 'missing.dic')]);
    expect(gone.correct('report')).toBe(true);
    gone.flush();
    expect(open([], [join(dir, 'missing.dic')]).correct('report')).toBe(true);
    expect(loads).toBe(2);
  });
});
