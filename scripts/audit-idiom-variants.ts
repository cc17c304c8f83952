/**
 * Lists the entries of dictionaries/data/idioms.txt that are probably misspellings carried by the sources (CC-CEDICT
 * itself has 坚苦卓绝 and 如法泡制; chinese-xinhua has 披星带月): entries that jieba's dictionary counts at most 3 times
 * while a form one same-sound or look-alike character away (a listed idiom, or a jieba word tagged i/l) counts at
 * least 10 times and 5 times as often. Entries that are idioms of their own (日慎一日 beside 日甚一日, 不孚众望 beside
 * 不负众望) are kept by the KEEP list below. The idiom rule accepts every listed entry as correct, so such an entry
 * hides the very slip it spells.
 *
 * The 2026-12-04 run removed its 67 entries from idioms.txt (listed in the file's header) and added the 8 right forms
 * that were missing to rule-data.json `idioms.supplement` (`+` below).
 * Run (jieba's dictionary: see scripts/wordlists.ts): npx tsx scripts/audit-idiom-variants.ts
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dataLines, PinyinTable, ShapeTable } from '../lib/engine/data/tables';
import { jiebaTags, jiebaWords, root } from './wordlists';

/** Idioms of their own, one character from a more frequent one. */
const KEEP = new Set(
  '以力服人 历历在耳 无声无臭 日慎一日 病入骨髓 饱经风雨 不识高低 雨过天青 贩夫驺卒 不孚众望 有名亡实'.split(' '),
);
/** Frequent in jieba's corpus but misspelt themselves: never proposed as the right form. */
const NOT_RIGHT = new Set(['一塌胡涂']);

const data = (f: string) => readFileSync(join(root, 'dictionaries', f), 'utf8');
const pinyin = new PinyinTable(data('data/pinyin.txt'));
const shapes = new ShapeTable(data('data/shapes.txt'));
const listed = new Set(dataLines(data('data/idioms.txt')).map((l) => l.trim()));
const supplement = new Set<string>(
  (JSON.parse(data('rule-data.json')) as { idioms: { supplement: string[] } }).idioms.supplement,
);
const freq = jiebaWords();
const tags = jiebaTags();
const HAN4 = /^\p{Script=Han}{4}$/u;

const toneless = (c: string) => new Set(pinyin.readings(c).map((r) => r.replace(/[0-5]$/, '')));
const alike = (a: string, b: string) =>
  [...toneless(a)].some((r) => toneless(b).has(r)) || shapes.similar(a).includes(b);

// Candidate right forms: listed idioms and jieba's idioms / set phrases, by (position, the other three characters).
const byRest = new Map<string, string[]>();
const candidates = new Set([
  ...listed,
  ...[...tags].filter(([w, t]) => HAN4.test(w) && /^[il]$/.test(t)).map(([w]) => w),
]);
for (const v of candidates) {
  for (let p = 0; p < 4; p++) {
    const k = p + v.slice(0, p) + v.slice(p + 1);
    byRest.set(k, [...(byRest.get(k) ?? []), v]);
  }
}

/** How often jieba must count the right form (10 in the first run; 5 since round 31). */
const MIN_RIGHT = Number(process.env.MIN_RIGHT ?? 5);

let n = 0;
for (const w of [...listed].sort()) {
  if (supplement.has(w) || KEEP.has(w)) continue;
  const fw = freq.get(w) ?? 0;
  if (fw > 3) continue;
  const rights: string[] = [];
  for (let p = 0; p < 4; p++) {
    for (const v of byRest.get(p + w.slice(0, p) + w.slice(p + 1)) ?? []) {
      if (v === w || NOT_RIGHT.has(v) || !alike(w[p]!, v[p]!)) continue;
      const fv = freq.get(v) ?? 0;
      if (fv >= MIN_RIGHT && fv >= 5 * Math.max(fw, 1))
        rights.push(`${v}${listed.has(v) || supplement.has(v) ? '' : '+'}${fv}`);
    }
  }
  if (rights.length) {
    n++;
    console.log(`${w}\t${fw}\t${rights.join(' ')}`);
  }
}
console.error(`${n} entries look like misspellings of a more frequent form (+: right form not listed)`);
