/**
 * 地名错写 — near-misses of the names of China's administrative divisions down to county level
 * (dictionaries/data/divisions.txt, GB/T 2260): 齐齐哈市 for 齐齐哈尔市, 海定区 for 海淀区, a county name with two
 * characters swapped.
 *
 * Only full names with their suffix are matched (省, 市, 区, 县, 旗, 盟, 自治州 …), the suffix itself unchanged; the
 * slip must be in the name before it:
 * - a substitution by a same-reading (with tone, for a two-character name) or look-alike character; for names of
 *   three or more characters also a same-reading character whatever the tone;
 * - a missing character, when the name keeps at least three (呼和浩特 → 呼和特市 is, 朝阳 → 朝区 is not);
 * - two adjacent characters swapped.
 * Guards: a window that is itself a division name or overlaps one (朝阳区 and 潮阳区 are both real; 市西湖区 in
 * 杭州市西湖区) is never reported. A two-character name needs a place context: the window starts the text or
 * follows punctuation or a correctly written division, because its last character and the suffix are often a
 * common word (推进城市, 大中城市, 城乡区域 would read as 晋城市, 丰城市, 城厢区) — or a verb of place (到, 赴, 在 …); and the paragraph must name the
 * real division's province or prefecture (山西省进城市), because a town or an invented example name (青禾县) is
 * as often one sound away from a real county as a slip is.
 * A prefecture-level city's name without its suffix, written right after its province (河南络阳 for 洛阳, 广东汕投),
 * is read too: a same-reading (with tone) or look-alike character, or a swap; the province is its context.
 * A generated table of likely misspellings (dictionaries/data/place-variants.txt, scripts/build-place-variants.ts)
 * adds the slips that need no suffix and no province: a rare character of the name written as a common one of the
 * same sound or shape (毫州, 务源, 螺河), a dropped character (哈滨, 呼浩特) or a swap (德景镇), each checked at build
 * time against word lists and the real corpus. At run time a variant is skipped where the character before it makes
 * a word with its first character (服务源头), or where it touches a correctly written division.
 * Severity is `warn`, `block` for the 34 province-level names (广西状族自治区: a slip there, an ethnic name among them,
 * is a 严重表述错误). The rule runs in the background (library) pass with the divisions table; an admin may raise it
 * all to `block` (the publish gate then waits for that pass).
 */
import { derivedInput, listInput, storedTable } from '../engine/data/store';
import { dataLines } from '../engine/data/tables';
import { type DataText, inputOf, textOf } from '../engine/data/text-source';
import type { NearMatch } from '../engine/near/matcher';
import { type CharSimilarity, SOUND_FUZZY, SOUND_TONE, SOUND_TONELESS } from '../engine/near/similar';
import { storedNearMatcher } from '../engine/near/stored';
import { type ParagraphRule, type ParagraphSink, type RuleMeta, WITH_AUTHOR } from '../engine/rule';
import { firstMatchFrom } from './first-units';
import { PairCache } from './pair-cache';
import { addUnits, hasPair, hasUnits, type PairSet, pairSet, unitKeys, unitsHash } from './unit-keys';
import { isHanAt, MAX_PER_PARAGRAPH, overlapsPair, q } from './util-text';

export const PLACE_RULES: RuleMeta[] = [
  {
    id: 'typo.place-name',
    category: 'typo',
    severity: 'warn',
    title: '行政区划名称疑似写错',
    message: '{text}疑为行政区划名称写错。',
    source:
      '国家统计局2023年统计用区划代码（GB/T 2260 县级以上行政区划）；政府网站与政务新媒体检查指标（严重表述错误）',
  },
];

export const SUFFIX = /(特别行政区|自治区|自治州|自治县|自治旗|地区|林区|新区|省|市|区|县|州|旗|盟)$/;

export interface Division {
  code: string;
  name: string;
}

/** divisions.txt (`code<TAB>name`) → the divisions with a Chinese name ending in a division suffix. */
export function parseDivisions(text: DataText): Division[] {
  return storedTable(
    'divisions',
    () => inputOf(text),
    () => readDivisions(textOf(text)),
  );
}

function readDivisions(text: string): Division[] {
  const out: Division[] = [];
  for (const line of dataLines(text)) {
    const [code, raw] = line.split('\t');
    const name = raw?.trim();
    if (code && /^\d{6}$/.test(code) && name && SUFFIX.test(name) && /^[\u4e00-\u9fff]+$/.test(name)) {
      out.push({ code, name });
    }
  }
  return out;
}

/** The 56 peoples as written in the names of autonomous divisions (国家民委《中国的民族》). */
export const PEOPLES: readonly string[] =
  '汉族 蒙古族 回族 藏族 维吾尔族 苗族 彝族 壮族 布依族 朝鲜族 满族 侗族 瑶族 白族 土家族 哈尼族 哈萨克族 傣族 黎族 傈僳族 佤族 畲族 高山族 拉祜族 水族 东乡族 纳西族 景颇族 柯尔克孜族 土族 达斡尔族 仫佬族 羌族 布朗族 撒拉族 毛南族 仡佬族 锡伯族 阿昌族 普米族 塔吉克族 怒族 乌孜别克族 俄罗斯族 鄂温克族 德昂族 保安族 裕固族 京族 塔塔尔族 独龙族 鄂伦春族 赫哲族 门巴族 珞巴族 基诺族'.split(
    ' ',
  );

/**
 * Regexes with \p{…} are module constants: the bundler writes such a literal as `new RegExp(…)`, which inside a
 * function would build a new regex on every call.
 */
const HAN_ONLY = /^\p{Script=Han}+$/u;

/** The peoples and 各族 (龙胜各族自治县). */
const PEOPLES_ALL = [...PEOPLES, '各族'];

/** Whether s is one or more of the peoples (or 各族) written one after another. */
function peoplesOnly(s: string): boolean {
  return s === '' || PEOPLES_ALL.some((p) => s.startsWith(p) && peoplesOnly(s.slice(p.length)));
}

/**
 * An autonomous prefecture's, county's or banner's name split into its own name and its suffix: the name is what
 * stands before the peoples (西双版纳傣族自治州 → 西双版纳 + 州, 黔东南苗族侗族自治州 → 黔东南 + 州, 双江拉祜族佤族布朗族傣族
 * 自治县 → 双江 + 县, 龙胜各族自治县 → 龙胜 + 县); a name that is one people's alone keeps it without 族 (东乡族自治县 →
 * 东乡 + 县, 鄂温克族自治旗 → 鄂温克 + 旗). Undefined for any other name. The peoples are read off the list, not guessed
 * from the length.
 */
function autonomousStem(name: string): [string, string] | undefined {
  const m = /族自治([县州旗])$/.exec(name);
  if (!m) return undefined;
  const rest = name.slice(0, m.index + 1);
  // the shortest head (two characters at least) whose remainder is one or more peoples
  for (let i = 2; i < rest.length; i++) {
    if (rest.length - i >= 2 && peoplesOnly(rest.slice(i))) return [rest.slice(0, i), m[1]!];
  }
  return PEOPLES.includes(rest) ? [rest.slice(0, -1), m[1]!] : undefined;
}

/** 广西壮族自治区 → 广西, 浙江省 → 浙江, 恩施土家族苗族自治州 → 恩施, 西双版纳傣族自治州 → 西双版纳, 阿勒泰地区 → 阿勒泰. */
export function shortName(name: string): string {
  if (name.endsWith('自治区')) return name.replace(/(维吾尔|壮族|回族)?自治区$/, '');
  const stem = autonomousStem(name);
  if (stem) return stem[0];
  return name.replace(SUFFIX, '');
}

/** Short forms of autonomous divisions: 天祝县 for 天祝藏族自治县, 恩施州 for 恩施土家族苗族自治州, 西双版纳州. */
export function shortForms(name: string): string[] {
  const stem = autonomousStem(name);
  return stem ? [stem[0] + stem[1]] : [];
}

/**
 * `others`: place names that are not county-level divisions of the mainland list but must never read as slips of
 * one (rule-data.json `places.others`: Taiwan's counties, Hong Kong's and Macao's districts, Japan's prefectures —
 * 福冈县 beside 佛冈县 — and former names still found in texts).
 */
export interface PlaceVariants {
  /** First two code units → [variant, right name] pairs starting with them. */
  byPair: Map<number, Array<[string, string]>>;
  /** The keys of `byPair` as a typed set: most text pairs are dismissed without a Map lookup. */
  pairKeys: PairSet;
  /** 1 for a code unit that starts some variant, 2 for one that is some variant's second unit (a cheap pre-filter). */
  firstSecond: Uint8Array;
  /** First character of a variant → characters that make a word with it when written before it. */
  before: Map<string, string>;
  /** Last character of a variant → characters that make a word with it when written after it. */
  after: Map<string, string>;
  /** Right names of two or three characters by their first two code units, and 1 for a unit starting one. */
  rightByPair: Map<number, string[]>;
  rightFirst: Uint8Array;
  size: number;
}

/** Document signal: the right name is written somewhere in the draft. */
const placeSignal = (name: string) => `place:${name}`;
const provinceSignal = (name: string) => `province:${name}`;
/** A division of this province is named in the draft (its full name). */
const divisionInSignal = (province: string) => `division-in:${province}`;

/** place-variants.txt (`right<TAB>variant variant …` lines, then `<X<TAB>…` / `>X<TAB>…` guards) → lookup tables. */
export function parsePlaceVariants(text: string): PlaceVariants {
  const byPair = new Map<number, Array<[string, string]>>();
  const firstSecond = new Uint8Array(65536);
  const before = new Map<string, string>();
  const after = new Map<string, string>();
  const rightByPair = new Map<number, string[]>();
  const rightFirst = new Uint8Array(65536);
  let size = 0;
  for (const line of dataLines(text)) {
    const tab = line.indexOf('\t');
    if (tab < 1) continue;
    if (line[0] === '<' || line[0] === '>') {
      (line[0] === '<' ? before : after).set(line.slice(1, tab), line.slice(tab + 1));
      continue;
    }
    const right = line.slice(0, tab);
    if (right.length >= 2 && right.length <= 3) {
      const k = right.charCodeAt(0) * 65536 + right.charCodeAt(1);
      const l = rightByPair.get(k);
      if (!l) rightByPair.set(k, [right]);
      else if (!l.includes(right)) l.push(right);
      rightFirst[right.charCodeAt(0)] = 1;
    }
    for (const v of line.slice(tab + 1).split(' ')) {
      if (v.length < 2) continue;
      firstSecond[v.charCodeAt(0)] = firstSecond[v.charCodeAt(0)]! | 1;
      firstSecond[v.charCodeAt(1)] = firstSecond[v.charCodeAt(1)]! | 2;
      const key = v.charCodeAt(0) * 65536 + v.charCodeAt(1);
      const l = byPair.get(key);
      if (l) l.push([v, right]);
      else byPair.set(key, [[v, right]]);
      size++;
    }
  }
  return { byPair, pairKeys: pairSet(byPair.keys()), firstSecond, before, after, rightByPair, rightFirst, size };
}

/** Around a bare two-character variant, what marks a place: punctuation or 、 on either side, a preposition or verb of
 * place before it (在, 到, 赴, 经 …), a suffix, a landform or a position after it (市, 江, 段, 境内 …). */
const PLACE_BEFORE = '在到赴往至从于经进去来与和及自、';
const PLACE_AFTER = '市县区州镇乡村旗盟江河湖山段籍境内的、';
function placeContext(t: string, start: number, end: number): boolean {
  const b = start > 0 ? t[start - 1]! : '';
  const a = end < t.length ? t[end]! : '';
  // a digit before is a number's unit (4.32亿城镇), not a boundary
  const edgeBefore = !isHanAt(t, start - 1) && !/[0-9０-９.]/.test(b);
  // (punctuation after it alone is none: 水枪射水。 reads 射水 as a verb and its object, not 沂水)
  return edgeBefore || PLACE_BEFORE.includes(b) || PLACE_AFTER.includes(a);
}

/** An admin level or a pronoun written for a name's first character reads as itself before a word (县城, 本市). */
const LEVEL_OR_PRONOUN = '省市县区镇乡村本该全各我此每';
/** Levels below the county: a name before one is a town's or a village's, which the division table does not hold. */
const TOWN_AFTER = '镇乡村';
/** Before a suffixed two-character name: a verb or preposition of place (到竭阳市调研), as good as punctuation. */
const GO_TO = '到赴往至在于经';
/** Verbs of going before a bare prefecture name (createPlaceRule's afterGoing). */
const GOING_VERBS = /赴|前往|抵达|来到|到达|走进|途经|北上|南下|进入|驶入/g;
/**
 * A body of the division right after its name (来源：宁讪县融媒体中心, 多仑县人民政府): the name is a place there, as
 * after a verb of going (place-truncated.ts reads a one-character name before one too).
 */
export const BODY_AFTER =
  /^(?:人民政府|人民代表大会|融媒体中心|人民法院|人民检察院|人大常委会|政协|纪委|委宣传部|公安局|[\u4e00-\u9fff]{1,6}(?:局|中心)(?![\u4e00-\u9fff]))/;
/**
 * A verb of going right before a county-level name (赴和填县, 北上尉梨县): there one sound-alike (tones aside) or look-alike
 * character off the only division that is so is a slip, without its province named.
 */
const GOING = /(?:赴|前往|抵达|来到|到|北上|南下|西进|东进|进入|途经|驶入)$/;

const SUFFIX_AFTER = /^(特别行政区|自治区|自治州|自治县|自治旗|地区|林区|新区|省|市|区|县|旗|盟)/;

/**
 * 市 starting 市场 is no suffix: 农户同大市场 is not 大同市. (Not 区分, 区域: 扬州市邗江区分别介绍, 各区域 are places.)
 */
const suffixStartsWord = (t: string, end: number) => t[end - 1] === '市' && t[end] === '场';

/** What the place rule looks names up in, built from the divisions alone (and kept in the host's table store). */
export interface PlaceIndex {
  /** Division names, short forms of autonomous ones and the `others`, each once. */
  names: string[];
  /** Length of each name without its suffix. */
  baseLen: ArrayLike<number>;
  /** The divisions' own names. */
  real: { has(name: string): boolean };
  /** Index of each name in `names`. */
  id: { get(name: string): number | undefined };
  /** The province and prefecture of every division, full and short (浙江省, 浙江; 杭州市, 杭州). */
  parents: { get(name: string): string[] | undefined };
  /** Names of four characters or more (the single-edit matcher's terms). */
  longIds: ArrayLike<number>;
  /**
   * Three-character names (two-character base + one-character suffix: most counties and districts), by the base
   * character that is kept: ((kept × 65536 + suffix) × 2 + changed position).
   */
  short: { get(key: number): number[] | undefined };
  /** 1 for a unit that is the suffix of some three-character name. */
  suffixChar: Uint8Array;
}

export function placeIndex(list: readonly Division[], others: readonly string[]): PlaceIndex {
  return storedTable(
    'place-index',
    () => derivedInput(listInput(list.map((d) => `${d.code}\t${d.name}`)), listInput(others)),
    () => buildPlaceIndex(list, others),
  );
}

function buildPlaceIndex(list: readonly Division[], others: readonly string[]): PlaceIndex {
  const divisions = list.map((d) => d.name);
  const real = new Set(divisions);
  // The province and prefecture of every division, full and short (浙江省, 浙江; 杭州市, 杭州).
  const byCode = new Map(list.map((d) => [d.code, d.name]));
  const parents = new Map<string, string[]>();
  for (const d of list) {
    const ps = parents.get(d.name) ?? [];
    for (const c of [`${d.code.slice(0, 2)}0000`, `${d.code.slice(0, 4)}00`]) {
      const p = c !== d.code ? byCode.get(c) : undefined;
      if (p) ps.push(p, shortName(p));
    }
    parents.set(d.name, ps);
  }
  // a short form of an autonomous division (临夏州, 天祝县) has the parents of its full name
  const shorts: string[] = [];
  for (const d of list) {
    for (const f of shortForms(d.name)) {
      shorts.push(f);
      if (!parents.has(f)) parents.set(f, parents.get(d.name)!);
    }
  }
  const names = [...new Set([...divisions, ...shorts, ...others])];
  const baseLen = names.map((n) => n.length - (SUFFIX.exec(n)?.[0].length ?? 0));
  const id = new Map(names.map((n, i) => [n, i]));
  const longIds = names.map((n, i) => (n.length >= 4 ? i : -1)).filter((i) => i >= 0);
  // Three-character names (two-character base + one-character suffix: most counties and districts), looked up at
  // every suffix character by the base character that is kept: ((kept × 65536 + suffix) × 2 + changed position).
  const short = new Map<number, number[]>();
  const suffixChar = new Uint8Array(65536);
  names.forEach((n, i) => {
    if (n.length !== 3 || baseLen[i] !== 2) return;
    const sfx = n.charCodeAt(2);
    suffixChar[sfx] = 1;
    for (const pos of [0, 1]) {
      const key = (n.charCodeAt(1 - pos) * 65536 + sfx) * 2 + pos;
      const l = short.get(key);
      if (l) l.push(i);
      else short.set(key, [i]);
    }
  });
  return { names, baseLen, real, id, parents, longIds, short, suffixChar };
}

export function createPlaceRule(
  list: readonly Division[],
  sim: CharSimilarity,
  others: readonly string[] = [],
  variants?: PlaceVariants,
): ParagraphRule {
  const { names, baseLen, real, id, parents, longIds, short, suffixChar } = placeIndex(list, others);
  // Province-level divisions (code AA0000): a slip in one of these 34 names (广西状族自治区) is a 严重表述错误, a block.
  const provinces = new Set(list.filter((d) => d.code.endsWith('0000')).map((d) => d.name));
  const severityOf = (right: string) => (provinces.has(right) ? { severity: 'block' as const } : {});
  // Province names, full and short (新疆维吾尔自治区, 新疆), found in a paragraph: a document signal under the full
  // name, so that a two-character county named out of its province's paragraph can still have it as context.
  const provinceOf = new Map<string, string>();
  for (const full of provinces) {
    provinceOf.set(full, full);
    const short = shortName(full);
    if (short.length >= 2) provinceOf.set(short, full);
  }
  const provinceRe = new RegExp([...provinceOf.keys()].sort((a, b) => b.length - a.length).join('|'), 'g');
  // Provinces whose names differ in one sound-alike character (tones aside) of their two-character short name (山西省,
  // 陕西省): written for each other, each is a real name, so only the draft's other place names tell the slip.
  const alikeProvinces = new Map<string, string>();
  for (const a of provinces)
    for (const b of provinces) {
      const sa = shortName(a);
      const sb = shortName(b);
      if (a === b || sa.length !== 2 || sb.length !== 2 || a.slice(2) !== b.slice(2)) continue;
      const k = sa[0] === sb[0] ? 1 : sa[1] === sb[1] ? 0 : -1;
      if (k >= 0 && sim.sound(sa[k]!, sb[k]!) >= SOUND_TONELESS) alikeProvinces.set(a, b);
    }
  const alikeProvinceRe = alikeProvinces.size ? new RegExp([...alikeProvinces.keys()].join('|'), 'g') : undefined;
  /** A slip of a full name at [start, end), waiting for a document signal when one is given. */
  const reportSlip = (
    sink: ParagraphSink,
    t: string,
    start: number,
    end: number,
    name: string,
    detail: string,
    waitFor?: string,
  ) =>
    sink.report({
      ruleId: 'typo.place-name',
      start,
      end,
      suggestions: [name],
      ...severityOf(name),
      message: `${q(t.slice(start, end))}疑为${q(name)}之误（${detail}），请核对地名。`,
      ...(waitFor ? { requires: [{ signal: waitFor, present: true }] } : {}),
    });
  // Prefecture-level cities (code AABB00, name …市) and autonomous prefectures by their short form (临夏州): few
  // enough that a sound slip after 到/赴/在 needs no province.
  const prefectureCities = new Set(
    list
      .filter((d) => /^\d{4}00$/.test(d.code) && !d.code.endsWith('0000'))
      .flatMap((d) => (d.name.endsWith('市') ? [d.name] : d.name.endsWith('自治州') ? shortForms(d.name) : [])),
  );
  // The parents by the name without its suffix (涪陵 → 重庆市, 重庆), for the table of bare variants; on first use.
  let bareParents: Map<string, string[]> | undefined;
  const parentsOfBare = (bare: string): readonly string[] => {
    if (!bareParents) {
      bareParents = new Map();
      for (const d of list) {
        const b = d.name.replace(SUFFIX, '');
        if (b.length >= 2) bareParents.set(b, [...(bareParents.get(b) ?? []), ...(parents.get(d.name) ?? [])]);
      }
    }
    return bareParents.get(bare) ?? [];
  };
  // Bare names (no suffix, two or three characters) of the prefecture-level divisions of each province, by the
  // province's names full and short (河南省, 河南 → 洛阳, 开封 …), for slips written right after it (河南络阳).
  let childrenOf: Map<string, string[]> | undefined;
  let parentFirst: Uint8Array | undefined;
  /** The first two units of those province names: most places with a first unit (上, 新, 安 …) go no further. */
  let parentPairs: PairSet | undefined;
  const bareChildren = () => {
    if (!childrenOf) {
      childrenOf = new Map();
      parentFirst = new Uint8Array(65536);
      for (const d of list) {
        // prefecture-level divisions only: a county one sound from an unlisted place (陕西杨凌, the 示范区 beside
        // 杨陵区) is as likely as a slip; there are few hundred prefectures, and their names are well known
        if (!/^\d{4}00$/.test(d.code) || d.code.endsWith('0000')) continue;
        const b = d.name.replace(SUFFIX, '');
        if (b.length < 2 || b.length > 3 || b === d.name) continue;
        for (const pl of parents.get(d.name) ?? []) {
          if (pl.length < 2) continue;
          const l = childrenOf.get(pl);
          if (l) l.includes(b) || l.push(b);
          else childrenOf.set(pl, [b]);
          parentFirst[pl.charCodeAt(0)] = 1;
        }
      }
      parentPairs = pairSet(Array.from(childrenOf.keys(), (pl) => (pl.charCodeAt(0) << 16) | pl.charCodeAt(1)));
    }
    return { childrenOf, parentFirst: parentFirst!, parentPairs: parentPairs! };
  };
  // A real bare name is left alone (河南开封 is 开封): the keys of the bare-name table above.
  const isBareName = (w: string) => {
    parentsOfBare(w);
    return bareParents!.has(w);
  };
  /**
   * A bare name one slip from a prefecture of the province written right before it (河南络阳 for 洛阳,
   * 广东汕投): a same-reading (with tone) or look-alike character, or two characters swapped. The parent written
   * right before is the context a bare two-character name otherwise lacks.
   */
  /** What may follow a bare name that ends a list item: punctuation, 市 or 和/及/等, or the end of the text. */
  const ITEM_END = /^(?:$|[、，,。；;：:（(）)\s市和及等])/;
  const afterParent = (t: string, out: Array<[number, number, string, string]>) => {
    const { childrenOf: kids, parentFirst: first, parentPairs: pairs } = bareChildren();
    for (let i = 0; i + 2 < t.length; i++) {
      const c0 = t.charCodeAt(i);
      if (!first[c0] || !hasPair(pairs, c0, t.charCodeAt(i + 1))) continue;
      for (const len of [3, 2]) {
        const pl = t.slice(i, i + len);
        const cs = kids.get(pl);
        if (!cs) continue;
        // the longer parent (河南省) wins over its short form (河南)
        if (len === 2 && kids.has(t.slice(i, i + 3))) continue;
        const at = i + len;
        for (const b of cs) {
          const w = t.slice(at, at + b.length);
          if (w.length !== b.length || w === b || isBareName(w) || !HAN_ONLY.test(w)) continue;
          let diff = -1;
          let n = 0;
          for (let k = 0; k < b.length; k++) {
            if (w[k] === b[k]) continue;
            n++;
            diff = k;
          }
          let detail: string | undefined;
          if (n === 1) {
            const sound = sim.sound(b[diff]!, w[diff]!);
            if (
              sim.shape(b[diff]!, w[diff]!) ||
              sound === SOUND_TONE ||
              (b.length >= 3 && sound === SOUND_TONELESS) ||
              // a dialect or input-method confusion (n/l, an/ang, in/ing, z/zh …: 广西兰宁, 福建山明) of a name that stands
              // as a list item or takes its suffix: the province right before is the context
              (sound >= SOUND_FUZZY && ITEM_END.test(t[at + b.length] ?? ''))
            )
              detail = `${q(w[diff]!)}应为${q(b[diff]!)}`;
          } else if (n === 2 && b.length === 2 && w[0] === b[1] && w[1] === b[0]) {
            detail = `${q(b[0]!)}${q(b[1]!)}顺序颠倒`;
          }
          if (detail) out.push([at, at + b.length, b, detail]);
        }
        break;
      }
    }
  };
  /**
   * A bare prefecture name one slip off right after a verb of going (游客来到唐煽，…; 调研组赴井门开展调研): the only
   * prefecture one look-alike or same-reading (tones aside, as after a verb of going with a suffix) character off, or
   * with two characters swapped, where the name ends (punctuation, 和/及/等, a verb of visiting or 的). Not a real bare
   * name (来到北京), not before a suffix (the full-name scan's).
   */
  let prefectureBare: string[] | undefined;
  const BARE_END =
    /^(?:$|[、，,。；;：:（(）)\s和及等的]|开展|调研|考察|参观|检查|指导|学习|交流|旅游|游览|出差|看望|慰问)/;
  const afterGoing = (t: string, out: Array<[number, number, string, string]>) => {
    for (const m of t.matchAll(GOING_VERBS)) {
      const at = m.index + m[0].length;
      prefectureBare ??= list
        .filter((d) => /^\d{4}00$/.test(d.code) && !d.code.endsWith('0000'))
        .map((d) => d.name.replace(SUFFIX, ''))
        .filter((b, k, all) => b.length >= 2 && b.length <= 3 && all.indexOf(b) === k);
      for (const len of [3, 2]) {
        const w = t.slice(at, at + len);
        if (w.length !== len || !HAN_ONLY.test(w) || isBareName(w) || !BARE_END.test(t.slice(at + len, at + len + 2)))
          continue;
        if (SUFFIX_AFTER.test(t.slice(at + len, at + len + 5))) continue;
        // an admin level or a pronoun first is a word of its own after a verb of going (走进县城, 来到市区, 深入乡村)
        if (LEVEL_OR_PRONOUN.includes(w[0]!)) continue;
        const found: Array<[string, string]> = [];
        for (const b of prefectureBare) {
          if (b.length !== len) continue;
          let diff = -1;
          let n = 0;
          for (let k = 0; k < len && n < 3; k++) {
            if (w[k] === b[k]) continue;
            n++;
            diff = k;
          }
          if (n === 1) {
            const sound = sim.sound(b[diff]!, w[diff]!);
            if (sim.shape(b[diff]!, w[diff]!) || sound >= SOUND_TONELESS)
              found.push([b, `${q(w[diff]!)}应为${q(b[diff]!)}`]);
          } else if (n === 2 && len === 2 && w[0] === b[1] && w[1] === b[0])
            found.push([b, `${q(b[0]!)}${q(b[1]!)}顺序颠倒`]);
        }
        if (found.length === 1) {
          out.push([at, at + len, found[0]![0], found[0]![1]]);
          break;
        }
      }
    }
  };
  // Names of four characters or more: the single-edit matcher (two-character anchors at least).
  const matcher = storedNearMatcher(
    Array.from(longIds, (i) => names[i]!),
    () => '',
  );
  // Bits of the three-character names (exact and swapped windows) and of the keys of `short`, so that most
  // windows ending in 市, 区, 县 … cost a few bit tests, no string slice and no Map lookup.
  const threeKeys = unitKeys();
  const shortKeys = unitKeys();
  names.forEach((n, i) => {
    if (n.length !== 3) return;
    addUnits(threeKeys, unitsHash(n.charCodeAt(0), n.charCodeAt(1), n.charCodeAt(2)));
    if (baseLen[i] !== 2) return;
    for (const pos of [0, 1]) addUnits(shortKeys, unitsHash(n.charCodeAt(1 - pos), n.charCodeAt(2), pos));
  });
  // Two-character names (a one-character base: 泾县, 歙县, 沛县), by their two units.
  const twoChar = new Set<number>();
  names.forEach((n, i) => {
    if (n.length === 2 && baseLen[i] === 1) twoChar.add(n.charCodeAt(0) * 65536 + n.charCodeAt(1));
  });
  const subs = (out: NearMatch[], e: number, kept: number, sfx: number, pos: number, got: number) => {
    if (!hasUnits(shortKeys, unitsHash(kept, sfx, pos))) return;
    for (const i of short.get((kept * 65536 + sfx) * 2 + pos) ?? []) {
      if (names[i]!.charCodeAt(pos) !== got) out.push({ term: i, start: e - 2, end: e + 1, kind: 'sub', pos, got });
    }
  };
  // Every window the matcher reports ends with its name's last character (lastIntact): a paragraph holding none
  // of those characters (市, 区, 县 … of the long names) is not scanned.
  const longLast = new Uint8Array(65536);
  for (const i of Array.from(longIds)) longLast[names[i]!.charCodeAt(names[i]!.length - 1)] = 1;
  const mayEndLong = (t: string) => {
    for (let i = 0; i < t.length; i++) if (longLast[t.charCodeAt(i)]) return true;
    return false;
  };
  const scan = (t: string): NearMatch[] => {
    const out: NearMatch[] = [];
    if (mayEndLong(t))
      for (const m of matcher.scan(t, { lastIntact: true })) out.push({ ...m, term: longIds[m.term]! });
    for (let e = 2; e < t.length; e++) {
      const sfx = t.charCodeAt(e);
      if (!suffixChar[sfx] || !isHanAt(t, e - 2) || !isHanAt(t, e - 1)) continue;
      const c0 = t.charCodeAt(e - 2);
      const c1 = t.charCodeAt(e - 1);
      // a character typed in before the suffix or between the two of the name (石阡仟县 for 石阡县)
      // (bit tests first: a string and a Map lookup only where a three-character name may be)
      if (e >= 3 && isHanAt(t, e - 3)) {
        const cm = t.charCodeAt(e - 3);
        if (hasUnits(threeKeys, unitsHash(cm, c0, sfx))) {
          const ins2 = id.get(t[e - 3]! + t[e - 2]! + t[e]!);
          if (ins2 !== undefined && baseLen[ins2] === 2)
            out.push({ term: ins2, start: e - 3, end: e + 1, kind: 'ins', pos: 2, got: c1 });
        }
        if (hasUnits(threeKeys, unitsHash(cm, c1, sfx))) {
          const ins1 = id.get(t[e - 3]! + t[e - 1]! + t[e]!);
          if (ins1 !== undefined && baseLen[ins1] === 2)
            out.push({ term: ins1, start: e - 3, end: e + 1, kind: 'ins', pos: 1, got: c0 });
        }
      }
      const self = hasUnits(threeKeys, unitsHash(c0, c1, sfx)) ? id.get(t.slice(e - 2, e + 1)) : undefined;
      if (self !== undefined) out.push({ term: self, start: e - 2, end: e + 1, kind: 'exact', pos: 0, got: 0 });
      subs(out, e, c1, sfx, 0, c0);
      subs(out, e, c0, sfx, 1, c1);
      if (c0 === c1 || !hasUnits(threeKeys, unitsHash(c1, c0, sfx))) continue;
      const swapped = id.get(t[e - 1]! + t[e - 2]! + t[e]!);
      if (swapped !== undefined) out.push({ term: swapped, start: e - 2, end: e + 1, kind: 'swap', pos: 0, got: 0 });
    }
    return out;
  };
  // Each name's parents of two characters or more, by index, on first need.
  const longParents: Array<readonly string[] | undefined> = [];
  const longParentsOf = (i: number) =>
    (longParents[i] ??= (parents.get(names[i]!) ?? []).filter((pl) => pl.length >= 2));
  const rightKeys = variants && pairSet(variants.rightByPair.keys());
  const rightByPair = variants && new PairCache((key) => variants.rightByPair.get(key));
  const byPair = variants && new PairCache((key) => variants.byPair.get(key));
  // By index (the matches carry indexes into `names`): the divisions and the short forms of autonomous ones (临夏州 for
  // 临夏回族自治州: a slip of one is a slip of a real name), that is every name but the `others`
  const otherNames = new Set(others);
  const isReal = Uint8Array.from(names, (n) => (real.has(n) || !otherNames.has(n) ? 1 : 0));
  /**
   * One of the exact names ending (`before`) or starting at `at` is a division of the same prefecture as `name`
   * (兴义市 for 晴隆县).
   */
  const siblingAt = (exact: readonly NearMatch[], at: number, name: string, before: boolean): boolean => {
    const mine = parents.get(name);
    if (!mine || mine.length < 4) return false;
    for (const x of exact) {
      if ((before ? x.end : x.start) !== at) continue;
      const theirs = parents.get(names[x.term]!);
      if (theirs && theirs.length >= 4 && theirs[2] === mine[2]) return true;
    }
    return false;
  };
  /** One of the exact names starting at `end` is a division of `name` (冰州市沾化区). */
  const childAt = (at: MatchesAt, end: number, name: string): boolean => {
    for (const x of at.get(end) ?? NONE)
      if (x.kind === 'exact' && parents.get(names[x.term]!)?.includes(name)) return true;
    return false;
  };
  // The full names of autonomous divisions by their short forms (玉树州 → 玉树藏族自治州), made on first need.
  let fullOfShort: Map<string, string> | undefined;
  const fullNameOf = (n: string): string => {
    if (!fullOfShort) {
      fullOfShort = new Map();
      for (const d of list) for (const f of shortForms(d.name)) if (!fullOfShort.has(f)) fullOfShort.set(f, d.name);
    }
    return fullOfShort.get(n) ?? n;
  };
  /** The parent of `ps` (a division's, full or short) named by an exact name that ends at `end`, if any. */
  const parentEndingAt = (exact: readonly NearMatch[], end: number, ps: readonly string[]): string | undefined => {
    for (const x of exact) {
      if (x.end !== end) continue;
      const n = fullNameOf(names[x.term]!);
      if (n.length >= 2 && ps.includes(n)) return n;
    }
    return undefined;
  };
  /** How many real divisions of `parent` a substitution at m's span makes, whatever the character. */
  const childrenOneOff = (at: MatchesAt, m: NearMatch, parent: string): number => {
    let n = 0;
    for (const x of at.get(m.start) ?? NONE)
      if (x.kind === 'sub' && x.end === m.end && isReal[x.term] && parents.get(names[x.term]!)?.includes(parent)) n++;
    return n;
  };
  /** The real three-character divisions a sound-alike (tones aside) or look-alike substitution at m's span makes. */
  const alikeDivisions = (at: MatchesAt, m: NearMatch): number => {
    let n = 0;
    for (const x of at.get(m.start) ?? NONE) {
      if (x.kind !== 'sub' || x.end !== m.end || !isReal[x.term]) continue;
      const right = names[x.term]![x.pos]!;
      const wrong = String.fromCharCode(x.got);
      if (sim.shape(right, wrong) || sim.sound(right, wrong) >= SOUND_TONELESS) n++;
    }
    return n;
  };
  return {
    kind: 'paragraph',
    rules: PLACE_RULES,
    fields: WITH_AUTHOR,
    check(p, sink) {
      const t = p.text;
      // searched from the names' first characters (first-units.ts): ≈ 0.65 → 0.16 ms per 20,000 characters
      for (let m = firstMatchFrom(provinceRe, t, 0); m; m = firstMatchFrom(provinceRe, t, m.index + m[0].length))
        sink.signal(provinceSignal(provinceOf.get(m[0])!));
      const matches = scan(t);
      const exact = matches.filter((m) => m.kind === 'exact');
      // a prefecture named (延边州, 吉林市) is its province's context for a slip elsewhere in the draft as much as the
      // province's own name (和龙市 written 合龙市 in a notice that names 延边州 in another paragraph)
      for (const x of exact) {
        const name = names[x.term]!;
        if (!prefectureCities.has(name)) continue;
        const province = parents.get(name)?.[0];
        if (province && provinces.has(province)) sink.signal(provinceSignal(province));
      }
      if (alikeProvinces.size) {
        // the provinces of the divisions named here, and a mention of one of two sound-alike provinces (山西省 for
        // 陕西省) where the draft names only divisions of the other
        for (const x of exact) {
          if (!isReal[x.term]) continue;
          for (const pl of parents.get(names[x.term]!) ?? NO_NAMES)
            if (provinces.has(pl)) sink.signal(divisionInSignal(pl));
        }
        for (let m = firstMatchFrom(alikeProvinceRe!, t, 0); m; m = firstMatchFrom(alikeProvinceRe!, t, m.index + 1)) {
          const written = m[0];
          const right = alikeProvinces.get(written)!;
          sink.report({
            ruleId: 'typo.place-name',
            start: m.index,
            end: m.index + written.length,
            suggestions: [right],
            ...severityOf(right),
            message: `${q(written)}疑为${q(right)}之误：稿件中的地名都属${q(right)}，没有一处属${q(written)}，请核对。`,
            requires: [
              { signal: divisionInSignal(right), present: true },
              { signal: divisionInSignal(written), present: false },
            ],
          });
        }
      }
      // the matches by where they start, and the positions the exact names cover: a paragraph that lists place
      // names by the thousand stays linear
      let byStart: MatchesAt | undefined;
      const at = (): MatchesAt => {
        if (!byStart) {
          byStart = new Map();
          for (const m of matches) {
            const l = byStart.get(m.start);
            if (l) l.push(m);
            else byStart.set(m.start, [m]);
          }
        }
        return byStart;
      };
      let cover: Uint8Array | undefined;
      const inExact = (a: number, b: number): boolean => {
        if (!exact.length) return false;
        if (!cover) {
          cover = new Uint8Array(t.length + 1);
          for (const x of exact) cover.fill(1, x.start, x.end);
        }
        for (let k = a; k < b; k++) if (cover[k]) return true;
        return false;
      };
      let reported = 0;
      const spans: Array<[number, number]> = [];
      if (variants) {
        // right names written here (菏泽): evidence for a bare variant of them anywhere in the draft
        const rf = variants.rightFirst;
        for (let i = 0; i + 1 < t.length; i++) {
          const c0 = t.charCodeAt(i);
          if (!rf[c0] || !hasPair(rightKeys!, c0, t.charCodeAt(i + 1))) continue;
          const rights = rightByPair!.get(c0, t.charCodeAt(i + 1)) ?? [];
          // (indexed loops at each place: a for-of allocates per element in code not yet optimised)
          for (let k = 0; k < rights.length; k++) if (t.startsWith(rights[k]!, i)) sink.signal(placeSignal(rights[k]!));
        }
        const fs = variants.firstSecond;
        const pairKeys = variants.pairKeys;
        for (let i = 0; i + 1 < t.length && reported < MAX_PER_PARAGRAPH; i++) {
          const c0 = t.charCodeAt(i);
          const c1 = t.charCodeAt(i + 1);
          if (!(fs[c0]! & 1) || !(fs[c1]! & 2) || !hasPair(pairKeys, c0, c1)) continue;
          const cands = byPair!.get(c0, c1);
          if (!cands) continue;
          let best: [string, string] | undefined;
          for (let k = 0; k < cands.length; k++) {
            const c = cands[k]!;
            if (t.startsWith(c[0], i) && (!best || c[0].length > best[0].length)) best = c;
          }
          if (!best) continue;
          const [v, right] = best;
          let end = i + v.length;
          const sfx = SUFFIX.test(right) ? undefined : SUFFIX_AFTER.exec(t.slice(end, end + 5))?.[0];
          // 服务源头, 服务器连接: the variant's first (or, for two characters, last) character belongs to another word
          if (i > 0 && variants.before.get(v[0]!)?.includes(t[i - 1]!)) continue;
          // a variant ending in 镇, 乡 or 村 after more of a name is that town's name and level (茅坪镇县城, not 镇坪县)
          const vBase = v.replace(SUFFIX, '');
          const vLast = vBase[vBase.length - 1] ?? '';
          if (TOWN_AFTER.includes(vLast) && !right.replace(SUFFIX, '').endsWith(vLast) && isHanAt(t, i - 1)) continue;
          const bare2 = v.length === 2 && !sfx && !SUFFIX.test(v);
          if (bare2 && end < t.length && variants.after.get(v[1]!)?.includes(t[end]!)) continue;
          if (inExact(i, end)) continue;
          if (isHanAt(t, end) && real.has(t.slice(i, end + 1))) continue;
          // out of a place context, a bare two-character variant needs the right name written elsewhere in the
          // draft (第34届荷泽国际牡丹节 … 菏泽市): the candidate waits for that document signal
          // (its province or city written right before it is a place context too: 重庆符陵榨菜)
          const parentBefore = endsWithParent(parentsOfBare(right), t, i);
          // (before 镇, 乡 or 村 it is as likely the name of a town the table does not hold: 十河镇 is no 浉河)
          const town = TOWN_AFTER.includes(t[end] ?? '');
          const evidence = bare2 && (town || (!placeContext(t, i, end) && !parentBefore));
          if (sfx) end += sfx.length;
          if (suffixStartsWord(t, end)) continue;
          const text = t.slice(i, end);
          const fixed = right + (sfx ?? '');
          sink.report({
            ruleId: 'typo.place-name',
            start: i,
            end,
            suggestions: [fixed],
            ...severityOf(fixed),
            message: `${q(text)}疑为${q(fixed)}之误，请核对地名。`,
            ...(evidence ? { requires: [{ signal: placeSignal(right), present: true }] } : {}),
          });
          // A candidate that waits for a document signal may vanish: it must not hide what overlaps it (赴阳 for
          // 阜阳 in 赴阳濮市, a swap of 濮阳市).
          if (evidence) continue;
          spans.push([i, end]);
          reported++;
          i = end - 1;
        }
      }
      const slips: Array<[number, number, string, string]> = [];
      afterParent(t, slips);
      afterGoing(t, slips);
      for (const [a, b, right, detail] of slips) {
        if (reported >= MAX_PER_PARAGRAPH || spans.some(([x, y]) => x < b && a < y)) continue;
        // a suffix after it (河南络阳市) is the full-name scan's: report once
        if (SUFFIX_AFTER.test(t.slice(b, b + 5)) || inExact(a, b)) continue;
        const text = t.slice(a, b);
        sink.report({
          ruleId: 'typo.place-name',
          start: a,
          end: b,
          suggestions: [right],
          ...severityOf(right),
          message: `${q(text)}疑为${q(right)}之误（${detail}），请核对地名。`,
        });
        spans.push([a, b]);
        reported++;
      }
      // A real name right before a division that is not its own but a name one slip off it: 彬州市北湖区 (北湖区 is
      // 郴州市's, and 彬州 is a look-alike of 郴州; 彬州市 is a real city, so no other check reads it)
      for (const x of exact.length > 1 ? exact : []) {
        if (reported >= MAX_PER_PARAGRAPH) break;
        const next = at().get(x.end);
        if (!next) continue;
        const xn = names[x.term]!;
        if (xn.length < 2 || spans.some(([a, b]) => a < x.end && x.start < b)) continue;
        for (const y of next) {
          if (y.kind !== 'exact') continue;
          const ps = parents.get(names[y.term]!);
          if (!ps || ps.includes(xn)) continue;
          const near = ps.filter((pn) => oneAlikeOff(sim, xn, pn) !== undefined);
          if (near.length !== 1) continue;
          const right = near[0]!;
          const text = t.slice(x.start, x.end);
          sink.report({
            ruleId: 'typo.place-name',
            start: x.start,
            end: x.end,
            suggestions: [right],
            ...severityOf(right),
            message: `${q(text)}疑为${q(right)}之误（${oneAlikeOff(sim, xn, right)}；${q(names[y.term]!)}属${q(right)}），请核对地名。`,
          });
          spans.push([x.start, x.end]);
          reported++;
          break;
        }
      }
      // A parent one slip off right before its own division (安微亳州市, 胡北省武汉市): the division names the parent
      // meant (a real name there, 山西西安市, is the check above's)
      for (const y of exact) {
        if (reported >= MAX_PER_PARAGRAPH) break;
        for (const pn of parents.get(names[y.term]!) ?? NO_NAMES) {
          const s0 = y.start - pn.length;
          if (pn.length < 2 || s0 < 0) continue;
          const w = t.slice(s0, y.start);
          const detail = oneAlikeOff(sim, w, pn);
          if (!detail || real.has(w) || isBareName(w) || !HAN_ONLY.test(w) || inExact(s0, y.start)) continue;
          if (spans.some(([a, b]) => a < y.start && s0 < b)) continue;
          sink.report({
            ruleId: 'typo.place-name',
            start: s0,
            end: y.start,
            suggestions: [pn],
            ...severityOf(provinceOf.get(pn) ?? pn),
            message: `${q(w)}疑为${q(pn)}之误（${detail}；${q(names[y.term]!)}属${q(pn)}），请核对地名。`,
          });
          spans.push([s0, y.start]);
          reported++;
          break;
        }
      }
      if (!matches.length) return;
      let lastEnd = -1;
      let exactEnds: Set<number> | undefined; // ends of the exact names, built on first need
      const sorted = matches.sort((a, b) => a.start - b.start);
      for (let k = 0; k < sorted.length; k++) {
        const m = sorted[k]!;
        if (m.kind === 'exact' || m.start < lastEnd || reported >= MAX_PER_PARAGRAPH) continue;
        if (m.kind === 'ins') {
          // only the scan's three-character names with a character typed in that repeats, sounds like (tone and
          // all) or looks like the name's character before it: an input slip, rarely another name
          if (m.end - m.start !== 4 || baseLen[m.term] !== 2 || !isReal[m.term]) continue;
          const name = names[m.term]!;
          const extra = String.fromCharCode(m.got);
          const prev = name[m.pos - 1]!;
          if (extra !== prev && sim.sound(prev, extra) !== SOUND_TONE && !sim.shape(prev, extra)) continue;
          if ((spans.length && overlapsPair(spans, m.start, m.end)) || inExact(m.start, m.end)) continue;
          reportSlip(sink, t, m.start, m.end, name, `多了${q(extra)}字`);
          reported++;
          lastEnd = m.end;
          continue;
        }
        // integer tests first: most matches are prose windows of short names (大中城市, 推进城市)
        const base = baseLen[m.term]!;
        if (base < 2 || !isReal[m.term] || m.pos + (m.kind === 'swap' ? 1 : 0) >= base) continue;
        if (m.kind === 'del' && base < 4) continue;
        if (suffixStartsWord(t, m.end)) continue;
        const name = names[m.term]!;
        // Cheap context first (most windows are prose: 大中城市, 推进城市), the sound and shape tables last.
        let ps: readonly string[] = [];
        let cityAlone = false;
        let goTo = false;
        let going = false;
        let bodyAfter = false;
        if (base === 2) {
          // An unknown two-character name one sound away from a real one is as likely a place not in the list
          // (a town, an invented name in an example) as a slip: only with the real one's province or city named.
          going = GOING.test(t.slice(Math.max(0, m.start - 2), m.start));
          bodyAfter = !going && BODY_AFTER.test(t.slice(m.end, m.end + 8));
          goTo = going || !isHanAt(t, m.start - 1) || GO_TO.includes(t[m.start - 1]!);
          exactEnds ??= new Set(exact.map((x) => x.end));
          ps = longParentsOf(m.term);
          // (before 、 a name may be an item of a list of its prefecture's divisions: see below)
          if (!goTo && !exactEnds.has(m.start) && !endsWithAny(ps, t, m.start) && t.charCodeAt(m.end) !== 0x3001)
            continue;
          // A prefecture-level city after punctuation or 到/赴/在 (调研组赴航州市) needs no province named: there are a
          // few hundred, not thousands of counties an invented name could sound like. So does a swap (调研组赴阳濮市):
          // two characters of a real name reversed are rarely another name, unlike a sound slip, which an invented
          // example name (青禾县) also is.
          cityAlone = (goTo && prefectureCities.has(name)) || (m.kind === 'swap' && (goTo || exactEnds.has(m.start)));
          // a division of the same prefecture named right before or after it in a list (兴义市、晴龙县 → 晴隆县): a list
          // of one prefecture's divisions, which an invented example name does not join
          if (!cityAlone && t.charCodeAt(m.start - 1) === 0x3001) cityAlone = siblingAt(exact, m.start - 1, name, true);
          if (!cityAlone && t.charCodeAt(m.end) === 0x3001) cityAlone = siblingAt(exact, m.end + 1, name, false);
        }
        if (spans.length && overlapsPair(spans, m.start, m.end)) continue;
        // its own parent named right before it (天水市秦按县, 玉树藏族自治州襄谦县, 天水市泰安县): the one division of that
        // parent a character off is meant, whatever the character, even where the name written is another's (泰安县 was
        // Shandong's); an invented example name rarely sits under a real parent one character off one of its own
        const parent =
          base === 2 && m.kind === 'sub' && exactEnds?.has(m.start) ? parentEndingAt(exact, m.start, ps) : undefined;
        // (a prefecture's: a province has a hundred divisions and its old county names, 广东省清远县 in 1982)
        const underParent =
          parent !== undefined &&
          !provinceOf.has(parent) &&
          !parents.get(t.slice(m.start, m.end))?.includes(parent) &&
          childrenOneOff(at(), m, parent) === 1;
        if (!underParent && inExact(m.start, m.end)) continue;
        let detail: string | undefined;
        if (m.kind === 'sub') {
          // the written character and the suffix are a two-character county of their own (从泾县 is 从 + 泾县, no
          // slip of 从江县)
          if (m.pos === base - 1 && m.end - m.start === 3 && twoChar.has(m.got * 65536 + t.charCodeAt(m.end - 1)))
            continue;
          const right = name[m.pos]!;
          const wrong = String.fromCharCode(m.got);
          const sound = sim.sound(right, wrong);
          const shape = sim.shape(right, wrong);
          // after a verb of going, the only division one sound-alike or look-alike off (赴和填县 → 和田县)
          if (going && (shape || sound >= SOUND_TONELESS) && alikeDivisions(at(), m) === 1) cityAlone = true;
          // before its own body (宁峡县融媒体中心), a look-alike only: an invented example name sounds like a real one
          // (青禾县人民政府 beside 青河县), it does not copy its shape; a sound slip there waits for the province
          if (bodyAfter && shape && alikeDivisions(at(), m) === 1) cityAlone = true;
          // anywhere, a character that both sounds (tones aside) and looks like the name's, where the name with its
          // suffix is no division and only one division is one such slip off (莫河市 → 漠河市: the radical dropped or
          // picked wrong from an input method's list); an invented example name sounds like a real one, it rarely copies
          // its shape as well (round 32)
          if (base === 2 && shape && sound >= SOUND_TONELESS && alikeDivisions(at(), m) === 1) cityAlone = true;
          // tone aside (an input method's homophone): names of three characters or more, and a prefecture-level city
          // right after 到/赴/在 (赴巫汉市 for 武汉市)
          // (an admin level or a pronoun written for the first character reads as itself before a word: 经县城市管理局
          // is 县 + 城市管理局, not 宣城市)
          if (m.pos === 0 && base === 2 && LEVEL_OR_PRONOUN.includes(wrong)) continue;
          // (a prefecture after punctuation takes a same-reading character only with its tone: 禾州市 after a comma is
          // as likely an invented example city as 贺州市)
          const toneless =
            base >= 3 ||
            going ||
            (bodyAfter && ps.some((pl) => t.includes(pl))) ||
            (cityAlone && GO_TO.includes(t[m.start - 1] ?? '')) ||
            // its province named right before it, and only one of the province's divisions alike (甘肃省秦按县)
            (parent !== undefined && alikeDivisions(at(), m) === 1);
          // one of its own divisions written right after it (冰州市沾化区 for 滨州市): context enough for a dialect or
          // input confusion too (n/l, an/ang, in/ing, z/zh …)
          const childAfter = base === 2 && childAt(at(), m.end, name);
          if (childAfter) cityAlone = true;
          // a neighbour typed twice in its place (怒江傈傈族自治州): names of three characters or more
          const doubled = base >= 3 && (name[m.pos - 1] === wrong || name[m.pos + 1] === wrong);
          if (underParent) cityAlone = true;
          if (
            shape ||
            doubled ||
            underParent ||
            sound === SOUND_TONE ||
            (toneless && sound === SOUND_TONELESS) ||
            (childAfter && sound >= SOUND_FUZZY)
          ) {
            detail = `${q(wrong)}应为${q(right)}`;
          }
          // A look-alike (灵壁县 for 灵璧县) right after 到/赴/在: a writing slip; an invented name sounds like a real one
          // (青禾县), it does not copy its shape. Not after punctuation: 把城市, 大、中城市 read as 肥城市, 丰城市.
          if (base === 2 && shape && GO_TO.includes(t[m.start - 1] ?? '')) cityAlone = true;
        } else if (m.kind === 'del') {
          detail = `缺少${q(name[m.pos]!)}字`;
        } else if (m.kind === 'swap') {
          detail = `${q(name[m.pos]!)}${q(name[m.pos + 1]!)}顺序颠倒`;
        }
        if (!detail) continue;
        // without its province or city in the paragraph, after a verb of going the province named elsewhere in the
        // draft is the context (进入新疆 … 北上尉梨县; not after mere punctuation: 、城乡区域 in a report naming 福建):
        // the candidate waits for that document signal and hides nothing it overlaps
        const province = (going || bodyAfter) && ps[0] && provinces.has(ps[0]) ? ps[0] : undefined;
        const waits = base === 2 && !cityAlone && !ps.some((pl) => t.includes(pl));
        if (waits && !province) continue;
        reportSlip(sink, t, m.start, m.end, name, detail, waits ? provinceSignal(province!) : undefined);
        if (waits) continue;
        reported++;
        lastEnd = m.end;
      }
    },
  };
}

const NO_NAMES: readonly string[] = [];
/** A paragraph's matches by where they start. */
type MatchesAt = Map<number, NearMatch[]>;
const NONE: readonly NearMatch[] = [];

/** How `wrong` is one sound-alike (tones aside) or look-alike character off `right` of the same length, if it is. */
export function oneAlikeOff(sim: CharSimilarity, wrong: string, right: string): string | undefined {
  if (wrong.length !== right.length || wrong === right) return undefined;
  let at = -1;
  for (let k = 0; k < wrong.length; k++) {
    if (wrong[k] === right[k]) continue;
    if (at >= 0) return undefined;
    at = k;
  }
  const w = wrong[at]!;
  const r = right[at]!;
  // (a neighbour typed twice in its place is a slip too: 傈傈族 for 傈僳族)
  return sim.shape(r, w) || sim.sound(r, w) >= SOUND_TONELESS || right[at - 1] === w || right[at + 1] === w
    ? `${q(w)}应为${q(r)}`
    : undefined;
}

/**
 * Does `t` end at `at` with one of `parents` of two characters or more? Module functions like this one keep the
 * rule's loops free of closures over their variables, for which V8 allocates a context on every pass.
 */
function endsWithParent(parents: readonly string[], t: string, at: number): boolean {
  for (const pl of parents) if (pl.length >= 2 && t.endsWith(pl, at)) return true;
  return false;
}

/** Does `t` end at `at` with one of `words`? */
function endsWithAny(words: readonly string[], t: string, at: number): boolean {
  for (let k = 0; k < words.length; k++) if (t.endsWith(words[k]!, at)) return true;
  return false;
}
