import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** mulberry32: a small fixed-seed PRNG so every run uses the same random dictionary. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** GB 2312 level-1 characters (3,755 common hanzi), decoded from their GB 2312 code points. */
export function commonChars(): string {
  const dec = new TextDecoder('gb18030');
  let out = '';
  for (let hi = 0xb0; hi <= 0xd7; hi++) {
    for (let lo = 0xa1; lo <= 0xfe; lo++) {
      if (hi === 0xd7 && lo > 0xf9) break;
      out += dec.decode(new Uint8Array([hi, lo]));
    }
  }
  return out;
}

export function randomTerms(count: number, seed: number, chars = commonChars()): string[] {
  const r = rng(seed);
  const out = new Set<string>();
  while (out.size < count) {
    const len = 2 + Math.floor(r() * 5); // 2–6 characters
    let t = '';
    for (let i = 0; i < len; i++) t += chars[Math.floor(r() * chars.length)];
    out.add(t);
  }
  return [...out];
}

/** Realistic official text: the founding notice and the evaluation drafts, repeated to `length` characters. */
export function article(root: string, length: number): string {
  const parts = [readFileSync(join(root, 'test/fixtures/seed/qingdao-2019-15.txt'), 'utf8')];
  const dir = join(root, 'test/eval/cases');
  for (const f of readdirSync(dir).sort()) {
    if (!f.endsWith('.json')) continue;
    const c = JSON.parse(readFileSync(join(dir, f), 'utf8')) as { draft: { body: string } };
    parts.push(c.draft.body);
  }
  const base = parts.join('\n');
  let out = '';
  while (out.length < length) out += base;
  return out.slice(0, length);
}

/** Real official prose: the government texts of test/eval/corpus (sorted by name), concatenated, cut to `length`. */
export function officialProse(root: string, length: number): string {
  const dir = join(root, 'test/eval/corpus');
  let out = '';
  for (const f of readdirSync(dir).sort()) {
    if (!f.endsWith('.txt')) continue;
    out += `${readFileSync(join(dir, f), 'utf8')}\n`;
    if (out.length >= length) break;
  }
  if (out.length < length) throw new Error(`test/eval/corpus holds only ${out.length} characters`);
  return out.slice(0, length);
}

const HAN = /^[\u4e00-\u9fff]{2}$/;

/** The `count` most frequent Han bigrams of `text` (ties by code point, so the list is stable). */
export function topBigrams(text: string, count: number): string[] {
  const freq = new Map<string, number>();
  for (let i = 0; i + 2 <= text.length; i++) {
    const b = text.slice(i, i + 2);
    if (HAN.test(b)) freq.set(b, (freq.get(b) ?? 0) + 1);
  }
  return [...freq]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, count)
    .map((e) => e[0]);
}

export interface RealWords {
  words: string[];
  /** How many words each source contributed (after removing duplicates). */
  parts: { bigrams: number; idioms: number; phrases: number };
}

/**
 * A dense dictionary of real words: the prose's `bigrams` most common Han bigrams, every idiom of
 * dictionaries/data/idioms.txt, then opencc-js STPhrases keys (simplified phrases) until `count` distinct words.
 */
export function realWords(root: string, prose: string, count: number, phrases: string, bigrams = 2_000): RealWords {
  const seen = new Set<string>();
  const add = (w: string) => {
    if (seen.size < count && w && !seen.has(w)) seen.add(w);
  };
  for (const b of topBigrams(prose, bigrams)) add(b);
  const nBigrams = seen.size;
  const idioms = readFileSync(join(root, 'dictionaries/data/idioms.txt'), 'utf8').split('\n');
  for (const line of idioms) if (line && !line.startsWith('#')) add(line.trim());
  const nIdioms = seen.size - nBigrams;
  // STPhrases: "简 繁|简 繁 繁|…"; the key is the simplified phrase.
  for (const pair of phrases.split('|')) add(pair.slice(0, pair.indexOf(' ')));
  const words = [...seen];
  return { words, parts: { bigrams: nBigrams, idioms: nIdioms, phrases: words.length - nBigrams - nIdioms } };
}
