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
