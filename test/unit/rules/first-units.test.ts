import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { UnitMemo } from '../../../lib/engine/data/store';
import {
  firstMatchesOf,
  firstMatchFrom,
  firstTest,
  firstUnitsOf,
  keepFirstUnits,
} from '../../../lib/rules/first-units';
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

describe('the start units kept between runs (keepFirstUnits)', () => {
  /** A memo in a Map, counting its writes. */
  const mapMemo = () => {
    const m = new Map<number, Uint16Array>();
    return Object.assign(m, {
      sets: 0,
      get: (k: number) => Map.prototype.get.call(m, k) as Uint16Array | undefined,
      set(k: number, v: Uint16Array) {
        this.sets++;
        Map.prototype.set.call(m, k, v);
        return this;
      },
    });
  };

  it('reads each source once, then finds what matchesOf finds from the kept units', () => {
    const memo = mapMemo();
    keepFirstUnits(memo as unknown as UnitMemo);
    try {
      // (the sources this process read before are copied in first)
      const copied = memo.sets;
      const sources = [...SALES_CUES.map(([, re]) => re), BAD_TIME, IMPATIENT, PROMO, /甲|/g, /\s*x|(?:)y/g];
      const written: number[] = [];
      for (let run = 0; run < 2; run++) {
        // new RegExp objects: each is planned again, the second time from the memo
        for (const re of sources.map((r) => new RegExp(r.source, r.flags))) {
          for (const t of [...corpus.slice(0, 100), ...mixes(re, 200, re.source.length)])
            expect(summary(firstMatchesOf(re, t))).toEqual(summary(matchesOf(re, t)));
        }
        written.push(memo.sets - copied);
      }
      expect(written[0]).toBeLessThanOrEqual(sources.length);
      expect(written[1]).toBe(written[0]);
      expect(memo.size).toBe(memo.sets);
    } finally {
      keepFirstUnits(undefined);
    }
  });

  it('uses an entry only for the source it holds', () => {
    // every key answers with the entry of another source, whose units would miss every match
    const other = new Uint16Array([3, 0, 1, ...'abc'].map((x) => (typeof x === 'string' ? x.charCodeAt(0) : x)));
    const wrong: UnitMemo = { get: () => other, set: () => undefined };
    keepFirstUnits(wrong);
    try {
      for (const r of [PROMO, IMPATIENT, /abc|元/g]) {
        const re = new RegExp(r.source, r.flags);
        for (const t of [...corpus.slice(0, 100), ...mixes(re, 200, 3)])
          expect(summary(firstMatchesOf(re, t))).toEqual(summary(matchesOf(re, t)));
      }
    } finally {
      keepFirstUnits(undefined);
    }
  });
});
