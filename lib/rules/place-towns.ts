/**
 * 乡镇、街道名称写错 — a township of a county the draft names, written one character off: 婺源县江湾镇 written 江弯镇,
 * 城关镇 with a character dropped or doubled, two characters swapped. County accounts name their towns constantly and
 * the division rules stop at county level; a word list cannot hold 38,000 towns' slips, so the slip is judged
 * against the towns of the counties the draft itself names (dictionaries/data/towns.txt, NBS 2023 codes).
 *
 * The counties: every county-level division written in full in the draft (婺源县, 海淀区, 神木市, 阿荣旗), every county
 * of a prefecture-level city written in full (上饶市), a county's stem that is one county's only written right before
 * a town (婺源江弯镇), and the county the author line names (婺源县人民政府, 婺源文旅). Without a named county nothing
 * is read: a town name alone is too often an invented example (青禾镇) or a town of a county not named.
 * A slip is a window right before 镇, 乡, 苏木 or 街道 that differs from a town's own name (the part before the
 * suffix) of one of those counties by
 * - one character replaced by a look-alike or a same-reading one (tones aside),
 * - one character dropped (names of three characters or more), or typed twice, or
 * - two adjacent characters swapped,
 * where the window starts at a boundary (text start, punctuation, 、, a place verb such as 在/到/赴, or a level
 * character: 县, 区, 市, 旗 — 婺源县江弯镇, 我县江弯镇; or the county's stem) and only one town fits.
 * Never reported: a window whose name (with any suffix) is one of those counties' towns (江湾乡 for 江湾镇: the table
 * is of 2023 and 乡 become 镇), or a real town anywhere in China (it may be a neighbouring county's).
 * Severity `warn`; library pass (background), with the divisions table.
 */
import type { DataText } from '../engine/data/text-source';
import { textOf } from '../engine/data/text-source';
import { type CharSimilarity, SOUND_TONELESS } from '../engine/near/similar';
import type { DocumentRule, RuleMeta } from '../engine/rule';
import type { Field } from '../engine/types';
import type { Division } from './places';
import { isHanAt, q } from './util-text';

export const TOWN_RULES: RuleMeta[] = [
  {
    id: 'typo.town-name',
    category: 'typo',
    severity: 'warn',
    title: '乡镇、街道名称疑似写错',
    message: '{text}疑为{suggestion}之误。',
    source:
      '国家统计局2023年统计用区划代码（乡级行政区划：镇、乡、苏木、街道）；政府网站与政务新媒体检查指标（严重表述错误：地名错误）',
    note: '稿件写明（或发布单位名称中）的县、区、县级市下属的乡镇、街道名称，错成形近、同音字，或少一字、多一字、两字颠倒时提示。只在稿件写明所属县区时检查；2023 年以后撤乡设镇、更名的，以最新区划为准。',
  },
];

const FIELDS: readonly Field[] = ['title', 'digest', 'body', 'caption'];
const SUFFIXES = ['街道', '苏木', '镇', '乡'] as const;
/** Level characters of county-level names (婺源县, 海淀区, 神木市, 阿荣旗). */
const LEVELS = '县区市旗';
/** Characters after which a place name starts (在江湾镇, 赴江湾镇, 江湾镇、段莘乡). */
const BEFORE = '在到赴往至从于经进去来与和及自、对由是为将把向';

interface Town {
  name: string;
  stem: string;
  suffix: string;
  county: string;
}

interface TownIndex {
  /** County-level full name → codes (朝阳区: Beijing's and Changchun's); a prefecture's → its counties' codes. */
  counties: Map<string, string[]>;
  /** County-level stem (婺源) → full names, for the author line. */
  stems: Map<string, string[]>;
  /** County code → its towns' full names, space-separated (split on first use). */
  lines: Map<string, string>;
  code: Map<string, string>;
  /** Every town's full name in China (built on the first window that needs it). */
  all?: Set<string>;
}

function suffixOf(name: string): string | undefined {
  return SUFFIXES.find((s) => name.endsWith(s));
}

export function createTownRule(divisions: readonly Division[], towns: DataText, sim: CharSimilarity): DocumentRule {
  let index: TownIndex | undefined;
  const build = (): TownIndex => {
    const counties = new Map<string, string[]>();
    const stems = new Map<string, string[]>();
    const code = new Map<string, string>();
    const prefectures = new Map<string, string>();
    for (const d of divisions)
      if (d.code.endsWith('00') && !d.code.endsWith('0000')) prefectures.set(d.code.slice(0, 4), d.name);
    for (const d of divisions) {
      if (d.code.endsWith('00')) continue;
      code.set(d.code, d.name);
      const pref = prefectures.get(d.code.slice(0, 4));
      if (pref) (counties.get(pref) ?? counties.set(pref, []).get(pref)!).push(d.code);
      (counties.get(d.name) ?? counties.set(d.name, []).get(d.name)!).push(d.code);
      const level = d.name[d.name.length - 1]!;
      if (LEVELS.includes(level) && d.name.length >= 3 && !d.name.endsWith('自治县')) {
        const stem = d.name.slice(0, -1);
        (stems.get(stem) ?? stems.set(stem, []).get(stem)!).push(d.name);
      }
    }
    const lines = new Map<string, string>();
    for (const line of textOf(towns).split('\n')) {
      if (!line || line.startsWith('#')) continue;
      const tab = line.indexOf('\t');
      if (tab === 6) lines.set(line.slice(0, 6), line.slice(7).trim());
    }
    return { counties, stems, lines, code };
  };
  /** A county's towns, split once. */
  const split = new Map<string, Town[]>();
  const townsOf = (ix: TownIndex, county: string): Town[] => {
    let out = split.get(county);
    if (!out) {
      out = [];
      for (const name of ix.lines.get(county)?.split(' ') ?? []) {
        const suffix = suffixOf(name);
        if (suffix && name.length - suffix.length >= 2)
          out.push({ name, stem: name.slice(0, -suffix.length), suffix, county });
      }
      split.set(county, out);
    }
    return out;
  };
  const allTowns = (ix: TownIndex): Set<string> => {
    if (!ix.all) {
      ix.all = new Set();
      for (const l of ix.lines.values()) for (const n of l.split(' ')) ix.all.add(n);
    }
    return ix.all;
  };

  /** Codes of the county-level divisions written in full in t (…县, …区, …市, …旗). */
  const namedIn = (ix: TownIndex, t: string, out: Set<string>) => {
    for (let i = 0; i < t.length; i++) {
      if (!LEVELS.includes(t[i]!)) continue;
      for (let n = 2; n <= 12 && n <= i + 1; n++) {
        const codes = ix.counties.get(t.slice(i + 1 - n, i + 1));
        if (codes) for (const c of codes) out.add(c);
      }
    }
  };
  /**
   * A county's stem written right before a town (婺源江弯镇): a stem that is one county's only, followed within two to
   * six characters by a town suffix. Adds the county and notes where its stem ends (a boundary for the town).
   */
  const stemsIn = (ix: TownIndex, t: string, out: Set<string>, ends: Set<number>) => {
    // read back from each town suffix: the stem ends two to seven Han characters before it
    for (const suffix of SUFFIXES) {
      for (let p = t.indexOf(suffix); p >= 0; p = t.indexOf(suffix, p + 1)) {
        for (let e = p - 2; e >= p - 7 && e >= 2; e--) {
          if (!isHanAt(t, e) || !isHanAt(t, e + 1)) break;
          if (ends.has(e)) continue;
          for (let n = 2; n <= 4 && n <= e; n++) {
            const full = ix.stems.get(t.slice(e - n, e));
            if (full?.length !== 1 || t[e] === full[0]![n]) continue;
            for (const c of ix.counties.get(full[0]!) ?? []) out.add(c);
            ends.add(e);
          }
        }
      }
    }
  };
  /** The author line's county: a full name, or a stem that is one county's only (婺源文旅). */
  const ownIn = (ix: TownIndex, author: string, out: Set<string>) => {
    namedIn(ix, author, out);
    for (let i = 0; i + 2 <= author.length; i++) {
      for (let n = 2; n <= 4 && i + n <= author.length; n++) {
        const full = ix.stems.get(author.slice(i, i + n));
        if (full?.length === 1) for (const c of ix.counties.get(full[0]!) ?? []) out.add(c);
      }
    }
  };

  return {
    kind: 'document',
    rules: TOWN_RULES,
    check({ draft }, report) {
      const texts = FIELDS.map((f) => draft[f] ?? '');
      // cheap exit: no suffix anywhere
      if (!texts.some((t) => t.includes('镇') || t.includes('乡') || t.includes('街道') || t.includes('苏木'))) return;
      index ??= build();
      const ix = index;
      const codes = new Set<string>();
      const stemEnds = texts.map(() => new Set<number>());
      texts.forEach((t, k) => {
        namedIn(ix, t, codes);
        stemsIn(ix, t, codes, stemEnds[k]!);
      });
      if (draft.author) ownIn(ix, draft.author, codes);
      if (!codes.size) return;
      const list: Town[] = [];
      for (const c of codes) for (const town of townsOf(ix, c)) list.push(town);
      if (!list.length) return;
      const stemSet = new Set(list.map((x) => x.stem));
      // by suffix and character: a slip keeps one of the last two characters before the suffix (a replaced character
      // is one of them at most; a dropped, doubled or swapped one keeps the other)
      const byChar = new Map<string, Town[]>();
      for (const town of list) {
        for (const ch of new Set(town.stem)) {
          const key = town.suffix + ch;
          (byChar.get(key) ?? byChar.set(key, []).get(key)!).push(town);
        }
      }
      FIELDS.forEach((field, k) => {
        const t = texts[k]!;
        for (const suffix of SUFFIXES) {
          for (let p = t.indexOf(suffix); p >= 0; p = t.indexOf(suffix, p + 1)) {
            // the right name, or the right name with another suffix (乡 made 镇)
            let right = false;
            for (let n = 2; n <= 10 && n <= p; n++) if (stemSet.has(t.slice(p - n, p))) right = true;
            if (right) continue;
            const hits = new Map<string, [number, Town]>();
            const near = new Set([...(byChar.get(suffix + t[p - 1]) ?? []), ...(byChar.get(suffix + t[p - 2]) ?? [])]);
            for (const town of near) {
              const start = slipStart(t, p, town.stem, sim);
              if (start < 0 || !(boundaryAt(t, start) || stemEnds[k]!.has(start))) continue;
              hits.set(town.name, [start, town]);
            }
            if (hits.size !== 1) continue;
            const [start, town] = [...hits.values()][0]!;
            const written = t.slice(start, p + suffix.length);
            // a real town of another county
            if (allTowns(ix).has(written)) continue;
            const county = ix.code.get(town.county) ?? '';
            report({
              ruleId: 'typo.town-name',
              field,
              start,
              end: p + suffix.length,
              suggestions: [town.name],
              message: `${q(written)}疑为${q(town.name)}之误：${county}没有${q(written)}，有${q(town.name)}。`,
            });
          }
        }
      });
    },
  };
}

/**
 * Where a slip of `stem` starts if the text right before `at` is one (one alike character replaced, one dropped or
 * typed twice, two adjacent swapped), else -1.
 */
function slipStart(t: string, at: number, stem: string, sim: CharSimilarity): number {
  const L = stem.length;
  // replaced or swapped
  if (at >= L) {
    const w = t.slice(at - L, at);
    let first = -1;
    let count = 0;
    for (let i = 0; i < L; i++) {
      if (w[i] === stem[i]) continue;
      if (count++ === 0) first = i;
    }
    if (count === 1 && isHanAt(w, first)) {
      const a = stem[first]!;
      const b = w[first]!;
      if (sim.shape(a, b) || sim.sound(a, b) >= SOUND_TONELESS) return at - L;
    }
    if (count === 2 && w[first] === stem[first + 1] && w[first + 1] === stem[first]) return at - L;
  }
  // dropped (a name keeps two characters at least)
  if (L >= 3 && at >= L - 1) {
    const w = t.slice(at - L + 1, at);
    for (let i = 0; i < L; i++) if (stem.slice(0, i) + stem.slice(i + 1) === w) return at - L + 1;
  }
  // typed twice
  if (at >= L + 1) {
    const w = t.slice(at - L - 1, at);
    for (let i = 0; i < L; i++) if (stem.slice(0, i + 1) + stem.slice(i) === w) return at - L - 1;
  }
  return -1;
}

function boundaryAt(t: string, start: number): boolean {
  if (start === 0 || !isHanAt(t, start - 1)) return true;
  const c = t[start - 1]!;
  return BEFORE.includes(c) || LEVELS.includes(c);
}
