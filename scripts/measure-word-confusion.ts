/**
 * Measures the word-level 别字 search (lib/engine/near/word-confusion.ts) per threshold: false alarms per 10,000
 * characters of real, clean government prose (test/eval/corpus, gov.cn texts: 著作权法 art. 5) against recall on
 * (a) synthetic slips: common words in that same prose with one character replaced by a sound-alike or look-alike,
 * (b) published 别字 pairs (dictionaries/data/typos-extra.tsv) that differ by one character, and (c) a handful of
 * real published errors named in issue 15.
 *
 * Run (jieba's dictionary: see scripts/wordlists.ts):
 *   npx tsx scripts/measure-word-confusion.ts [--list-fa] [--lists 1,5,20] [--targets 100,1000] [--margins 8,10,12]
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pinyinTableOf, shapeTableOf } from '../lib/engine/data/tables';
import { CharSimilarity, SOUND_TONELESS } from '../lib/engine/near/similar';
import { WordConfusion, type WordConfusionHit } from './word-confusion';
import { jiebaWords, root } from './wordlists';

const listFa = process.argv.includes('--list-fa');
/** Grid: --lists 1,5,20 --targets 100,300,1000,3000 --margins 4,6,8,10,12 (FA listed at the last margin). */
function grid(name: string, dflt: number[]): number[] {
  const k = process.argv.indexOf(name);
  return k > 0 && process.argv[k + 1] ? process.argv[k + 1]!.split(',').map(Number) : dflt;
}
const LISTS = grid('--lists', [1, 5, 20]);
const TARGETS = grid('--targets', [100, 300, 1000, 3000]);
const MARGINS = grid('--margins', [4, 6, 8, 10, 12]);
const data = (f: string) => readFileSync(join(root, 'dictionaries', 'data', f), 'utf8');
const sim = new CharSimilarity(pinyinTableOf(data('pinyin.txt')), shapeTableOf(data('shapes.txt')));

const jieba = jiebaWords();
const han = /^[\u4e00-\u9fff]+$/;

const corpusDir = join(root, 'test', 'eval', 'corpus');
const corpus = readdirSync(corpusDir)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => readFileSync(join(corpusDir, f), 'utf8'));
const corpusChars = corpus.reduce((s, t) => s + t.length, 0);

// Deterministic pseudo-random numbers (mulberry32), so runs compare.
let seed = 20261204;
function rand(): number {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}

interface Case {
  text: string;
  at: number;
  right: string;
  kind: 'sound' | 'shape';
}

/** Synthetic slips: a 2–4 character word of the prose (jieba frequency ≥ 1000) with one character replaced. */
function synthetic(count: number): Case[] {
  const out: Case[] = [];
  let guard = 0;
  while (out.length < count && guard++ < count * 200) {
    const t = corpus[Math.floor(rand() * corpus.length)]!;
    const i = Math.floor(rand() * (t.length - 4));
    const len = 2 + Math.floor(rand() * 3);
    const w = t.slice(i, i + len);
    if (!han.test(w) || (jieba.get(w) ?? 0) < 1000) continue;
    const p = Math.floor(rand() * len);
    const useShape = rand() < 0.4;
    const pool = useShape ? (sim.shapes?.similar(w[p]!) ?? '') : sim.alike(w[p]!, SOUND_TONELESS);
    const cands = [...pool].filter(
      (c) => c !== w[p] && !/[的地得了着过是在和与及或而也都就又还把被对从向于为之其所]/.test(c),
    );
    if (!cands.length) continue;
    const c = cands[Math.floor(rand() * cands.length)]!;
    const wrong = w.slice(0, p) + c + w.slice(p + 1);
    if (jieba.has(wrong)) continue; // a real word: not a slip a word list can see
    const s = Math.max(0, i - 30);
    out.push({
      text: t.slice(s, i) + wrong + t.slice(i + len, i + len + 30),
      at: i - s + p,
      right: w[p]!,
      kind: useShape ? 'shape' : 'sound',
    });
  }
  return out;
}

/** Published pairs differing in one character (typos-extra.tsv), in a neutral sentence. */
function published(): Case[] {
  const out: Case[] = [];
  for (const line of data('typos-extra.tsv').split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const [wrong, right] = line.split('\t');
    if (!wrong || !right || wrong.length !== right.length || !han.test(wrong)) continue;
    const diff = [...wrong].flatMap((c, k) => (c !== right[k] ? [k] : []));
    if (diff.length !== 1) continue;
    const pre = '会议强调，';
    out.push({ text: `${pre}${wrong}。`, at: pre.length + diff[0]!, right: right[diff[0]!]!, kind: 'sound' });
  }
  return out;
}

/** Real published errors named in issue 15 (orientation only; not entries anywhere). */
const ISSUE = [
  ['各地要做好防讯工作。', '防汛'],
  ['下午召开坐谈会。', '座谈会'],
  ['发布最新咨讯。', '资讯'],
  ['界时将有专人引导。', '届时'],
  ['会议对下一步工作作出布署。', '部署'],
  ['要做到廉洁自率。', '廉洁自律'],
  ['向人民法完提起诉讼。', '人民法院'],
].map(([text, right]) => {
  const t = text!;
  for (let k = 0; k + right!.length <= t.length; k++) {
    const w = t.slice(k, k + right!.length);
    const d = [...w].flatMap((c, j) => (c !== right![j] ? [j] : []));
    if (d.length === 1) return { text: t, at: k + d[0]!, right: right![d[0]!]!, kind: 'sound' as const };
  }
  throw new Error(text);
});

const synth = synthetic(600);
const pubs = published();

function found(hits: WordConfusionHit[], c: Case): boolean {
  return hits.some((h) => h.start <= c.at && c.at < h.end && h.right[c.at - h.start] === c.right);
}

console.log(
  `guard prose: ${corpus.length} texts, ${corpusChars} characters; synthetic slips ${synth.length} (${synth.filter((c) => c.kind === 'shape').length} look-alike); published pairs ${pubs.length}; issue examples ${ISSUE.length}`,
);
console.log(
  '| list ≥ | target ≥ | sound ≥ | margin | FA | FA/10k | synth recall | published recall | issue | table words |',
);
console.log('|---|---|---|---|---|---|---|---|---|---|');

for (const listMin of LISTS) {
  const freq = new Map<string, number>();
  for (const [w, f] of jieba) if (han.test(w) && w.length <= 4 && (w.length === 1 || f >= listMin)) freq.set(w, f);
  const words = [...freq.keys()].filter((w) => w.length >= 2).length;
  for (const minTarget of TARGETS) {
    for (const soundLevel of [1, 2]) {
      const wc = new WordConfusion(freq, sim, { minTarget, margin: 0, soundLevel, context: 4 });
      const fa = corpus.flatMap((t) => wc.scan(t));
      const sh = synth.map((c) => wc.scan(c.text));
      const ph = pubs.map((c) => wc.scan(c.text));
      const ih = ISSUE.map((c) => wc.scan(c.text));
      for (const margin of MARGINS) {
        const f = (hs: WordConfusionHit[]) => hs.filter((h) => h.gain >= margin);
        const nFa = f(fa).length;
        const rs = synth.filter((c, k) => found(f(sh[k]!), c)).length;
        const rp = pubs.filter((c, k) => found(f(ph[k]!), c)).length;
        const ri = ISSUE.filter((c, k) => found(f(ih[k]!), c)).length;
        console.log(
          `| ${listMin} | ${minTarget} | ${soundLevel} | ${margin} | ${nFa} | ${((nFa / corpusChars) * 10000).toFixed(2)} | ${((rs / synth.length) * 100).toFixed(1)} % | ${rp}/${pubs.length} | ${ri}/${ISSUE.length} | ${words} |`,
        );
        if (listFa && margin === MARGINS[MARGINS.length - 1] && soundLevel === 2) {
          for (const h of f(fa)) console.log(`    FA ${h.wrong} → ${h.right} (${h.gain.toFixed(1)})`);
        }
      }
    }
  }
}

// Speed at one setting (list ≥ 5, target ≥ 100, toneless): median of 9 scans of the first 20,000 characters.
{
  const freq = new Map<string, number>();
  for (const [w, f] of jieba) if (han.test(w) && w.length <= 4 && (w.length === 1 || f >= 5)) freq.set(w, f);
  const wc = new WordConfusion(freq, sim, { minTarget: 100, margin: 12, soundLevel: 2, context: 4 });
  const text = corpus.join('\n').slice(0, 20000);
  const times: number[] = [];
  for (let k = 0; k < 9; k++) {
    const t0 = performance.now();
    wc.scan(text);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  console.log(`\nscan of 20,000 characters (list ≥ 5, target ≥ 100): median ${times[4]!.toFixed(1)} ms`);
}
