/**
 * Measures the word-variant rule (lib/rules/word-variants.ts with dictionaries/data/word-variants.txt) alone, fast
 * enough to tune the generator (scripts/build-word-variants.ts) by:
 * - false alarms on clean prose it was not built from: the government work-report corpus
 *   (node_modules/.cache/gwrcorpus, measurement only, never committed; every hit printed) and the clean posts of
 *   every eval set (hits printed for the open sets, counts only for the held-out ones);
 * - a synthetic recall: one-character slips (a character of the same reading, tones aside, or a look-alike; common
 *   characters only) of common words (jieba, frequency ≥ 1000, no names) at random places of the work reports,
 *   counted as caught when the rule reports the slip with the right word. Slips that are themselves words are
 *   counted apart (no table of non-words can catch them).
 *
 *   npx tsx scripts/measure-word-variants.ts [--slips N] [--seed S]
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { PinyinTable, ShapeTable } from '../lib/engine/data/tables';
import { CharSimilarity, SOUND_FUZZY, SOUND_TONELESS } from '../lib/engine/near/similar';
import type { Candidate } from '../lib/engine/rule';
import { Paragraph } from '../lib/engine/text/paragraph';
import { parsePlaceVariants } from '../lib/rules/places';
import { createWordVariantRule } from '../lib/rules/word-variants';
import { walkFiles } from './walk-files';
import { cedictWords, charLevels, jiebaTags, jiebaWords, root } from './wordlists';

const args = process.argv.slice(2);
const value = (name: string, d: string) => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1]! : d;
};
const data = (f: string) => readFileSync(join(root, 'dictionaries', f), 'utf8');
const rule = createWordVariantRule(parsePlaceVariants(data('data/word-variants.txt')));

function run(text: string): Array<Candidate & { para: string }> {
  const out: Array<Candidate & { para: string }> = [];
  for (const para of text.split(/\n+/)) {
    if (!para.trim()) continue;
    const p = new Paragraph('body', para, 0, 'generic', '2026-01-01');
    rule.check(p, { report: (c) => out.push({ ...c, para }), signal: () => {} });
  }
  return out;
}
const around = (c: { start: number; end: number; para: string }) =>
  `${c.para.slice(Math.max(0, c.start - 8), c.start)}【${c.para.slice(c.start, c.end)}】${c.para.slice(c.end, c.end + 8)}`;

// 1. The work reports.
const gwrDir = join(root, 'node_modules', '.cache', 'gwrcorpus');
const gwr = walkFiles(gwrDir)
  .filter((p) => p.endsWith('.txt'))
  .map((p) => ({ id: relative(gwrDir, p), text: readFileSync(p, 'utf8') }));
let gwrChars = 0;
let gwrHits = 0;
for (const f of gwr) {
  gwrChars += f.text.length;
  for (const c of run(f.text)) {
    gwrHits++;
    console.log(`gwr ${f.id}: ${around(c)} → ${c.suggestions?.join('/')}`);
  }
}
console.log(
  `gwr: ${gwrHits} findings in ${gwr.length} texts, ${(gwrChars / 1e6).toFixed(2)} M chars (${((gwrHits * 1e6) / Math.max(gwrChars, 1)).toFixed(1)} per 1 M)`,
);

// 2. Clean posts of the eval sets.
const HELD_OUT = /(^|\/)(holdout|generalise-b|generalise-[a-z]\/holdout)\//;
const evalDir = join(root, 'test', 'eval');
const clean = new Map<string, [number, number]>();
for (const p of walkFiles(evalDir)) {
  const rel = relative(evalDir, p);
  if (!/(^|\/)cases\/clean-[^/]*\.json$/.test(rel)) continue;
  const c = JSON.parse(readFileSync(p, 'utf8')) as { draft?: { title?: string; body?: string; author?: string } };
  const text = [c.draft?.title, c.draft?.author, c.draft?.body].filter(Boolean).join('\n');
  const set = rel.replace(/(^|\/)cases\/.*$/, '') || 'cases';
  const hits = run(text);
  const [n, h] = clean.get(set) ?? [0, 0];
  clean.set(set, [n + 1, h + hits.length]);
  if (!HELD_OUT.test(`${rel}`)) for (const x of hits) console.log(`clean ${rel}: ${around(x)}`);
}
console.log(`clean posts: ${[...clean].map(([s, [n, h]]) => `${s} ${h}/${n}`).join(', ')}`);

// 3. Synthetic slips in the work reports.
const slips = Number(value('--slips', '3000'));
let seed = Number(value('--seed', '1'));
const rand = () => {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed / 2147483648;
};
const sim = new CharSimilarity(new PinyinTable(data('data/pinyin.txt')), new ShapeTable(data('data/shapes.txt')));
const levels = charLevels();
const jieba = jiebaWords();
const tags = jiebaTags();
const cedict = await cedictWords();
const NAME_TAG = /^(nr\w*|ns\w*|nt|nz|t|m|mq)$/;
const all = gwr.map((f) => f.text).join('\n');
let made = 0;
let caught = 0;
let wordSlips = 0;
const missed: string[] = [];
for (let tries = 0; made < slips && tries < slips * 200; tries++) {
  const i = Math.floor(rand() * (all.length - 4));
  const n = 2 + Math.floor(rand() * 3);
  const w = all.slice(i, i + n);
  if (!/^\p{Script=Han}+$/u.test(w) || (jieba.get(w) ?? 0) < 1000 || NAME_TAG.test(tags.get(w) ?? '')) continue;
  const pos = Math.floor(rand() * n);
  const alike = [...sim.alike(w[pos]!, n >= 3 ? SOUND_FUZZY : SOUND_TONELESS)].filter((c) => levels.get(c) === 1);
  if (!alike.length) continue;
  const v = w.slice(0, pos) + alike[Math.floor(rand() * alike.length)] + w.slice(pos + 1);
  const s = all.lastIndexOf('\n', i) + 1;
  const e = all.indexOf('\n', i);
  const para = all.slice(Math.max(s, i - 30), i) + v + all.slice(i + n, Math.min(e < 0 ? all.length : e, i + n + 30));
  made++;
  if (jieba.has(v) || cedict.has(v)) {
    wordSlips++;
    continue;
  }
  const at = i - Math.max(s, i - 30);
  const hit = run(para).some((c) => c.start < at + n && at < c.end && c.suggestions?.some((x) => x.includes(w)));
  if (hit) caught++;
  else if (missed.length < 40) missed.push(`${v}→${w}`);
}
const nonWords = made - wordSlips;
console.log(
  `synthetic: ${made} slips, ${wordSlips} of them real words; caught ${caught} of ${nonWords} non-word slips (${((100 * caught) / Math.max(nonWords, 1)).toFixed(1)} %), ${((100 * caught) / Math.max(made, 1)).toFixed(1)} % of all`,
);
console.log(`missed e.g.: ${missed.join(' ')}`);
