import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { firstMatchesOf, firstMatchFrom, firstTest, firstUnitsOf } from '../../../lib/rules/first-units';
import { CLAIM } from '../../../lib/rules/health-claims';
import { BAD_TIME } from '../../../lib/rules/numbers';
import { IMPATIENT, PROMO } from '../../../lib/rules/reply-promo';
import { SALES_CUES } from '../../../lib/rules/sales-pitch';
import { SALES_CUE, VOICE_CUE } from '../../../lib/rules/tone-model';
import { matchesOf } from '../../../lib/rules/util-text';

const root = join(import.meta.dirname, '../../..');
const corpusDir = join(root, 'test/eval/corpus');
const corpus = readdirSync(corpusDir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .flatMap((f) => readFileSync(join(corpusDir, f), 'utf8').split('\n'))
  .filter(Boolean);

/** Deterministic pseudo-random numbers (mulberry32). */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Strings mixing the characters a pattern's source names with some others, so that its matches are frequent. */
function mixes(re: RegExp, count: number, seed: number): string[] {
  const chars = [...new Set([...re.source.replace(/\\[dswnrtbuxDSW]/g, ''), ...'的了在是，。 1２3.元折“”'])];
  const next = random(seed);
  const out: string[] = [];
  for (let k = 0; k < count; k++) {
    let s = '';
    const n = 1 + Math.floor(next() * 40);
    for (let i = 0; i < n; i++) s += chars[Math.floor(next() * chars.length)];
    out.push(s);
  }
  return out;
}

const summary = (ms: Iterable<RegExpExecArray>) => [...ms].map((m) => [m.index, ...m]);

/** The matches firstMatchFrom finds in a loop from 0 (as sales-pitch.ts loops). */
function* fromLoop(re: RegExp, t: string): Generator<RegExpExecArray> {
  for (let m = firstMatchFrom(re, t, 0); m; m = firstMatchFrom(re, t, m.index + (m[0].length || 1))) yield m;
}

const FEATURES: RegExp[] = [
  /赶紧|快来|(?:名额|数量)(?:有限|不多)|仅剩\s{0,2}[0-9０-９]/g,
  /(?<!政府|集中)购买(?!服务|力)|下单/g,
  /折(?<=(?<![0-9.])[0-9]{1,2}(?:\.[0-9])?\s{0,2}折)(?![合算])|元起(?<=[0-9]\s{0,2}万?元起)/g,
  /(?:\d+(?:\.\d+)?)\s*元|[¥￥]\s?\d/g,
  /\s*x|(?:)y/g,
  /[^，。]{1,3}店/g,
  /(?<k>首单)(?=立减|免单)|\bab/g,
  /a?b*c+|\u4e00{2}|[\u4e00-\u4e05]x|\x41B/g,
  /^开|末$/gm,
  /甲|/g,
  /(a)\1/g,
  /爱([甲乙丙])不\1|x(y)?\2z/g,
  /.元/g,
  /[a-c-]z|\.\*|\}/g,
];

describe('firstMatchesOf', () => {
  it('finds what matchesOf finds, on the sales cues, times and reply cues, in real prose and random mixes', () => {
    for (const re of [...SALES_CUES.map(([, re]) => re), BAD_TIME, IMPATIENT, PROMO]) {
      expect(firstUnitsOf(re.source)).toBeDefined();
      for (const t of [...corpus, ...mixes(re, 400, re.source.length)]) {
        expect(summary(firstMatchesOf(re, t))).toEqual(summary(matchesOf(re, t)));
        expect(summary(fromLoop(re, t))).toEqual(summary(matchesOf(re, t)));
      }
    }
  });

  it('tests as RegExp#test does, on the words of trade and of judgement and the health claims', () => {
    for (const re of [SALES_CUE, VOICE_CUE, new RegExp(CLAIM.source)]) {
      expect(firstUnitsOf(re.source)).toBeDefined();
      for (const t of [...corpus, ...mixes(re, 2000, 7)]) expect(firstTest(re, t)).toBe(re.test(t));
    }
  });

  it('finds what matchesOf finds, for every construct it reads or declines', () => {
    for (const re of FEATURES) {
      for (const t of [...corpus.slice(0, 200), ...mixes(re, 2000, re.source.length)]) {
        expect(summary(firstMatchesOf(re, t))).toEqual(summary(matchesOf(re, t)));
        expect(summary(fromLoop(re, t))).toEqual(summary(matchesOf(re, t)));
        const plain = new RegExp(re.source, re.flags.replace('g', ''));
        expect(firstTest(plain, t)).toBe(plain.test(t));
      }
    }
  });

  it('reads the units a match may start with, and declines patterns that may match nothing', () => {
    const units = (s: string) => new Set([...s].map((c) => c.charCodeAt(0)));
    expect(firstUnitsOf('赶紧|(?:名额|数量)有限|元')).toEqual(units('赶名数元'));
    const spaced = firstUnitsOf('\\s?元');
    expect([...units('元 \u3000\u00a0\n')].every((c) => spaced?.has(c))).toBe(true);
    expect(spaced?.has('的'.charCodeAt(0))).toBe(false);
    expect(firstUnitsOf('(?<!政府)购买')).toEqual(new Set(['购'.charCodeAt(0)]));
    expect(firstUnitsOf('甲|')).toBeUndefined();
    expect(firstUnitsOf('(?=甲)')).toBeUndefined();
    expect(firstUnitsOf('[^甲]乙')).toBeUndefined();
    // a back-reference matches what its group took, any units or none
    expect(firstUnitsOf('(a)\\1')).toEqual(new Set(['a'.charCodeAt(0)]));
    expect(firstUnitsOf('(a)?\\1b')).toBeUndefined();
  });
});
