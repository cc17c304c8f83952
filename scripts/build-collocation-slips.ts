/**
 * Regenerates dictionaries/data/collocation-slips.txt: one-character slips of the common words of official prose that the
 * other typo checks cannot judge alone (the slip is two single-character words: 城是 for 城市, 切是 for 切实, 资进 for
 * 资金), each with the words the right one is written next to in real official prose (大中城市, 城市基础).
 *
 * The words: two-character words of the word table (dictionaries/data/word-freq.txt) with a count of at least
 * MIN_FREQ that occur at least MIN_WORD times in the even-year national government work reports (public domain,
 * 著作权法 art. 5(1); node_modules/.cache/gwrcorpus, see test/eval/README.md). Their collocates: the two characters
 * right before and right after each occurrence there, when they are a word of the table, seen at least MIN_CTX times
 * (marked * when seen at least STRONG_CTX times).
 * The slips: one character replaced by a sound-alike (tones aside) or look-alike (CharSimilarity: pinyin.txt,
 * shapes.txt) that is a common word of its own (count ≥ MIN_CHAR), where the slip is no word of the table and occurs nowhere in the
 * even-year reports or the real clean corpus (test/eval/corpus, its gov.cn texts). Also (REAL, on unless REAL=0) the
 * slips that are words of the table themselves but REAL_RATIO times rarer than the word and never seen in that text:
 * one character replaced so (水务 for 税务), or both by sound-alikes, tones aside, as pinyin input picks a whole wrong
 * word (平菇 for 评估, 罐车 for 贯彻); the rule asks more collocates of those. The odd-year reports are left out
 * of every step: scripts measure the rule's false alarms on them.
 *
 * Output lines: right word <TAB> slips (space between) <TAB> collocates before <TAB> collocates after (* strong).
 * Run: node scripts/run-bundled.mjs scripts/build-collocation-slips.ts
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { dataLines, PinyinTable, ShapeTable } from '../lib/engine/data/tables';
import { CharSimilarity, SOUND_TONELESS } from '../lib/engine/near/similar';

const root = process.cwd();
const MIN_FREQ = Number(process.env.MIN_FREQ ?? 500);
const MIN_WORD = Number(process.env.MIN_WORD ?? 20);
const MIN_CTX = Number(process.env.MIN_CTX ?? 2);
/** A collocate seen this often is a strong one (marked *): it alone marks a slip into a function character. */
const STRONG_CTX = Number(process.env.STRONG_CTX ?? 10);
/** The character written in is a common one: a single-character word of the table this frequent. */
const MIN_CHAR = Number(process.env.MIN_CHAR ?? 1000);

/**
 * Classical function characters: they make a phrase with almost any character before them (愿以, 国之, 惠而不费), so
 * a slip into one is no slip the collocates can tell.
 */
const CLASSICAL = '以之而其于乃则且亦';
/** Slips that are words of their own (平菇 for 评估, 水务 for 税务), far rarer than the word they stand for. */
const REAL = process.env.REAL !== '0';
const REAL_RATIO = Number(process.env.REAL_RATIO ?? 10);
const realSlip = (s: string, fw: number) => (freq.get(s) ?? 0) * REAL_RATIO <= fw;

const data = (f: string) => readFileSync(join(root, 'dictionaries', f), 'utf8');
const sim = new CharSimilarity(new PinyinTable(data('data/pinyin.txt')), new ShapeTable(data('data/shapes.txt')));
const freq = new Map<string, number>();
for (const line of dataLines(data('data/word-freq.txt'))) {
  const tab = line.indexOf('\t');
  if (tab > 0) freq.set(line.slice(0, tab), Number(line.slice(tab + 1)));
}
const gwrDir = join(root, 'node_modules/.cache/gwrcorpus');
if (!existsSync(gwrDir)) {
  console.error(`work-report corpus not found at ${gwrDir} (see test/eval/README.md)`);
  process.exit(2);
}
const even = readdirSync(gwrDir)
  .filter((f) => /^\d{4}/.test(f) && Number(f.slice(0, 4)) % 2 === 0)
  .sort()
  .map((f) => readFileSync(join(gwrDir, f), 'utf8'));
const govDir = join(root, 'test/eval/corpus');
const gov = readdirSync(govDir)
  .filter((f) => f.endsWith('.txt') && !f.startsWith('gwr'))
  .sort()
  .map((f) => readFileSync(join(govDir, f), 'utf8'));
const seen = [...even, ...gov].join('\n');

const count = new Map<string, number>();
const before = new Map<string, Map<string, number>>();
const after = new Map<string, Map<string, number>>();
const bump = (m: Map<string, Map<string, number>>, w: string, k: string) => {
  let c = m.get(w);
  if (!c) m.set(w, (c = new Map()));
  c.set(k, (c.get(k) ?? 0) + 1);
};
for (const run of even.join('\n').match(/[\u4e00-\u9fff]+/g) ?? []) {
  for (let i = 0; i + 1 < run.length; i++) {
    const w = run.slice(i, i + 2);
    if ((freq.get(w) ?? 0) < MIN_FREQ) continue;
    count.set(w, (count.get(w) ?? 0) + 1);
    if (i >= 2) bump(before, w, run.slice(i - 2, i));
    if (i + 4 <= run.length) bump(after, w, run.slice(i + 2, i + 4));
  }
}
const collocates = (m: Map<string, number> | undefined) =>
  [...(m ?? [])]
    .filter(([k, n]) => n >= MIN_CTX && freq.has(k))
    .sort((x, y) => (x[0] < y[0] ? -1 : 1))
    .map(([k, n]) => (n >= STRONG_CTX ? `*${k}` : k));

const lines: string[] = [];
let slipCount = 0;
for (const w of [...count.keys()].filter((x) => count.get(x)! >= MIN_WORD).sort()) {
  const slips = new Set<string>();
  const fw = freq.get(w)!;
  for (let p = 0; p < 2; p++) {
    for (const c of sim.alike(w[p]!, SOUND_TONELESS)) {
      if (c.length !== 1 || CLASSICAL.includes(c)) continue;
      const s = p ? w[0] + c : c + w[1];
      if (seen.includes(s)) continue;
      if (freq.has(s)) {
        if (REAL && realSlip(s, fw)) slips.add(s);
        continue;
      }
      if ((freq.get(c) ?? 0) < MIN_CHAR) continue;
      slips.add(s);
    }
  }
  // a whole word typed for its homophone (平菇 for 评估): both characters sound alike, tones aside
  if (REAL)
    for (const a of sim.alike(w[0]!, SOUND_TONELESS))
      if (a.length === 1 && sim.sound(w[0]!, a) >= SOUND_TONELESS)
        for (const b of sim.alike(w[1]!, SOUND_TONELESS)) {
          const s = a + b;
          if (
            b.length === 1 &&
            sim.sound(w[1]!, b) >= SOUND_TONELESS &&
            freq.has(s) &&
            !seen.includes(s) &&
            realSlip(s, fw)
          )
            slips.add(s);
        }
  const l = collocates(before.get(w));
  const r = collocates(after.get(w));
  if (!slips.size || (!l.length && !r.length)) continue;
  slipCount += slips.size;
  lines.push(`${w}\t${[...slips].sort().join(' ')}\t${l.join(' ')}\t${r.join(' ')}`);
}

const out = `# Common words of official prose slipped into two common characters (typo.collocation, lib/rules/collocation-slips.ts):
# right word <TAB> slips (space between) <TAB> collocates before <TAB> collocates after (* marks a strong one).
# Generated by scripts/build-collocation-slips.ts — do not edit. Sources: data/word-freq.txt (jieba, MIT; CC-CEDICT,
# CC BY-SA 4.0), pinyin.txt and shapes.txt (see dictionaries/README.md), and the even-year national government work
# reports (public domain). ${lines.length} words, ${slipCount} slips.
${lines.join('\n')}
`;
writeFileSync(join(root, 'dictionaries/data/collocation-slips.txt'), out);
console.log(`${lines.length} words, ${slipCount} slips, ${out.length} characters`);
