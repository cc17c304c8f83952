/**
 * Writes scripts/data-sources/xinhua-idioms.txt, the compact intermediate that scripts/build-idioms.ts merges into
 * dictionaries/data/idioms.txt, from the chinese-xinhua idiom data (MIT, © 2018 PWXCOO).
 *
 * Input: data/idiom-small-rf.json of the KJH-x/chinese-xinhua-refined fork (commit dbfd12b, 2024-10-14): the
 * upstream pwxcoo/chinese-xinhua data/idiom.json (commit fe6d6c2, 2019-01-17; 31,648 idioms scraped by the
 * upstream author from zd9999.com) reduced to the idioms with four syllables, each with tone-numbered pinyin
 * ("pinyinplain": "a1,bi2,di4,yu4"). The upstream idiom.json itself (> 4 MiB) was not retrievable here; the
 * fork keeps the upstream words unchanged and the same MIT licence file.
 *
 * Kept: entries of exactly four Han characters whose every character can be read as the syllable the source gives
 * for it (pinyin-pro readings, tones ignored). The check drops scraping damage such as 病入骨雜 or 抜格不入 and
 * misprints such as 安分守已 (已 is not read "ji"); it also drops a few hundred sound entries whose source pinyin
 * is misspelt, which is the price of not trusting the source.
 *
 * Run (after obtaining the fork, e.g. `git clone https://github.com/KJH-x/chinese-xinhua-refined`):
 *   npx tsx scripts/extract-xinhua-idioms.ts path/to/chinese-xinhua-refined/data/idiom-small-rf.json
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { pinyin } from 'pinyin-pro';

type Row = { word?: unknown; pinyinplain?: unknown };

const input = process.argv[2];
if (!input) {
  console.error('usage: npx tsx scripts/extract-xinhua-idioms.ts path/to/idiom-small-rf.json');
  process.exit(2);
}
const rows = JSON.parse(readFileSync(input, 'utf8')) as Row[];
if (!Array.isArray(rows)) throw new Error(`${input}: expected a JSON array`);

const HAN4 = /^\p{Script=Han}{4}$/u;
/** "lü4" / "lv4" / "jv1" → "lv" / "lv" / "ju": one spelling for ü, no tone. */
function syllable(s: string): string {
  return s
    .toLowerCase()
    .replace(/[0-5]$/, '')
    .replace(/ü/g, 'v')
    .replace(/^([jqxy])v/, '$1u');
}

const kept = new Set<string>();
let notHan4 = 0;
let mismatch = 0;
for (const row of rows) {
  if (typeof row.word !== 'string' || typeof row.pinyinplain !== 'string') continue;
  const word = row.word.trim();
  if (!HAN4.test(word)) {
    notHan4++;
    continue;
  }
  const given = row.pinyinplain.split(',').map(syllable);
  const chars = [...word];
  const fits =
    given.length === 4 &&
    chars.every((ch, i) =>
      pinyin(ch, { multiple: true, type: 'array', toneType: 'none' })
        .map(syllable)
        .includes(given[i] as string),
    );
  if (!fits) {
    mismatch++;
    continue;
  }
  kept.add(word);
}

const sorted = [...kept].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
const header = [
  '# chinese-xinhua idioms (成语): four Han characters each, one per line, sorted by code point.',
  '# Source: https://github.com/pwxcoo/chinese-xinhua (data/idiom.json, commit fe6d6c2, 2019-01-17), as reduced to',
  '#   four-syllable idioms with pinyin in https://github.com/KJH-x/chinese-xinhua-refined',
  '#   (data/idiom-small-rf.json, commit dbfd12b, 2024-10-14); read 2026-12-04 through a stored public snapshot.',
  '# Licence: MIT, Copyright (c) 2018 PWXCOO — see LICENSE-chinese-xinhua-MIT.txt beside this file.',
  '#   (The upstream README says the data were collected from public web pages; only the idiom headwords are kept here.)',
  `# Kept ${sorted.length} of ${rows.length} entries; dropped ${notHan4} not of four Han characters and ${mismatch} whose`,
  '#   characters do not match the pinyin given for them (scraping damage, misprints, misspelt pinyin).',
  '# Regenerate with: npx tsx scripts/extract-xinhua-idioms.ts path/to/idiom-small-rf.json',
  `# Count: ${sorted.length}`,
];
const out = fileURLToPath(new URL('./data-sources/xinhua-idioms.txt', import.meta.url));
writeFileSync(out, `${header.join('\n')}\n${sorted.join('\n')}\n`);
console.log(`xinhua-idioms.txt: kept ${sorted.length}; dropped ${notHan4} (not 4 Han) + ${mismatch} (pinyin mismatch)`);
