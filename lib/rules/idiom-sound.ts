/**
 * 错别字 — an idiom written with two wrong characters that sound like the right ones (美仑美幻 → 美轮美奂,
 * 穿流不熄 → 川流不息): the writer typed the idiom's sound and the input method chose other characters. The
 * one-character slips are the idiom rule's (idioms.ts); this rule takes the windows of four Chinese characters
 * whose readings, tones aside, spell an idiom exactly while two of the four characters differ from it.
 *
 * Index: every idiom under the toneless readings of its characters (each polyphonic combination), packed into one
 * integer key (four syllable numbers of 9 bits). Per character, shifted along: are the readings of the window's
 * first and last two characters an idiom's (two byte tests), and do two of its characters sit where an idiom has
 * them (Bloom bits), and all four readings (Bloom bits); only then a search. About 1 ms per 20,000 characters.
 *
 * Guards, measured on 1.35 million characters of government work reports and the gov.cn corpus (0 findings) and on
 * jieba's 80,723 four-character words (5 findings, all misspellings: 口密腹箭, 戒娇戒燥 …):
 * - exactly two characters differ (more that merely sound alike is another phrase), and no idiom is one character
 *   away (忿世嫉俗 is the idiom rule's 愤世嫉俗);
 * - neither differing character is a function character or a numeral (五十六亿 reads like 五石六鹢);
 * - each differing pair has the same readings, tones included: 转移人口市民化 reads like 贻人口实 only tones aside,
 *   改革不可能 like 急不可耐 only through the rare readings ji2 of 革 and nai4 of 能, 睡来睡去 like 说来说去 only
 *   through shui4 of 说 (so 接中迩来 for 接踵而来 is left alone);
 * - the simplified form is not the idiom (歸根結底); the window is no known idiom or allowed word and does not
 *   overlap a correct idiom.
 */
import { derivedInput, listInput, storedTable } from '../engine/data/store';
import type { PinyinTable } from '../engine/data/tables';
import type { ParagraphRule, ParagraphSink, RuleMeta } from '../engine/rule';
import { addUnits, hasUnits, type UnitKeys, unitKeys, unitsHash } from './unit-keys';
import { isHanCode, MAX_PER_PARAGRAPH, q } from './util-text';

export const IDIOM_SOUND_RULES: RuleMeta[] = [
  {
    id: 'typo.idiom-double',
    category: 'typo',
    severity: 'warn',
    title: '成语错别字（两字同音）',
    message: '{text}疑为成语中的同音错别字。',
    source: '成语表：CC-CEDICT（CC BY-SA 4.0）与 chinese-xinhua（MIT）；读音：pinyin-pro（见 dictionaries/README.md）',
  },
];

const FUNCTION_CHARS = '的地得了着过之和与及或而其以于在是也都就又';
/** 五十六亿 reads like 五石六鹢: numbers are not slips. */
const NUMERALS = '〇零一二三四五六七八九十百千万亿两';

export interface IdiomSoundOptions {
  /** Correct forms the idiom list lacks (rule-data.json `idioms.supplement`). */
  supplement?: readonly string[];
  /** Ordinary words that sit near an idiom (rule-data.json `idioms.allow`). */
  allow?: readonly string[];
  /** Text normalisation (traditional → simplified …) as the dictionaries use it. */
  fold?: (s: string) => string;
}

export function createIdiomSoundRule(
  idioms: readonly string[],
  pinyin: PinyinTable,
  options: IdiomSoundOptions = {},
): ParagraphRule {
  const allow = new Set(options.allow ?? []);
  const fold = options.fold;
  const supplement = options.supplement ?? [];
  const all = () => [...idioms, ...supplement];
  // Built (or, in the CLI, loaded from its table store) with the rule: the store is open only while the engine is made.
  // Keyed by what the idiom list was parsed from where that is known (no joining and hashing 30,000 idioms).
  const tables = storedTable(
    'idiom-sound',
    () => derivedInput(derivedInput(idioms, listInput(supplement)) ?? listInput(all()), pinyin),
    () => buildIdiomSoundTables(all(), pinyin),
  );
  let quads: UnitKeys | undefined;
  const itemOf = tables.item ?? ((n: number) => tables.list[n]!);
  /** The written and the right character have the same readings, tones included (no rare reading bridges them). */
  const sameTone = (written: string, right: string) => {
    const a = pinyin.readings(written);
    const b = pinyin.readings(right);
    return a.length > 0 && a.length === b.length && a.every((r) => b.includes(r));
  };

  /**
   * Reports the window t[s, s + 4) when it is two same-tone slips of one of the idioms `found` it sounds like. Out of
   * the scan's loop: closures over the window's text there made V8 allocate a context on every character.
   */
  const reportDouble = (
    t: string,
    s: number,
    found: readonly number[],
    exact: Pick<ReadonlySet<string>, 'has'>,
    sink: ParagraphSink,
  ): boolean => {
    const written = t.slice(s, s + 4);
    if (exact.has(written) || allow.has(written)) return false;
    // an idiom one character away is the one-character rule's (忿世嫉俗 is 愤世嫉俗, not 愤世疾俗)
    const diffs = found.map((n) => [...itemOf(n)].flatMap((c, k) => (written[k] === c ? [] : [k])));
    if (diffs.some((d) => d.length < 2)) return false;
    for (let f = 0; f < found.length; f++) {
      const idiom = itemOf(found[f]!);
      const diff = diffs[f]!;
      if (diff.length !== 2 || diff.some((k) => FUNCTION_CHARS.includes(written[k]!))) continue;
      if (!diff.every((k) => sameTone(written[k]!, idiom[k]!) && !NUMERALS.includes(written[k]!))) continue;
      if (fold && fold(written) === idiom) continue; // 歸根結底: traditional characters, not a slip
      if (overlapsExact(exact, t, s)) return false;
      const detail = diff.map((k) => `${q(written[k]!)}应为${q(idiom[k]!)}`).join('、');
      sink.report({
        ruleId: 'typo.idiom-double',
        start: s,
        end: s + 4,
        suggestions: [idiom],
        message: `${q(written)}疑为成语${q(idiom)}之误（${detail}）。`,
      });
      return true;
    }
    return false;
  };

  return {
    kind: 'paragraph',
    rules: IDIOM_SOUND_RULES,
    check(p, sink) {
      const t = p.text;
      if (t.length < 4) return;
      const { syl, heads, tails, exact } = tables; // tables.list only on a hit (a stored one is split on first use)
      const tbl = tables;
      const q4 = (quads ??= tables.quads ?? quadKeys(tables.keys));
      let reported = 0;
      let run = 0; // characters with a reading ending at i
      // packed readings of the three characters before i, shifted along
      let r0 = 0;
      let r1 = 0;
      let r2 = 0;
      for (let i = 0; i < t.length; i++) {
        const r3 = readingsOf(syl, t.charCodeAt(i));
        if (r3 === 0) {
          run = 0;
          continue;
        }
        const ready = ++run >= 4 && pairOk(heads, r0, r1) && pairOk(tails, r2, r3);
        const found = ready ? lookup(tbl, q4, r0, r1, r2, r3) : undefined;
        r0 = r1;
        r1 = r2;
        r2 = r3;
        if (!found) continue;
        if (reportDouble(t, i - 3, found, exact, sink)) reported++;
        if (reported >= MAX_PER_PARAGRAPH) return;
      }
    },
  };
}

export interface IdiomSoundTables {
  /**
   * Toneless readings of the units U+4E00–U+9FFF (index: unit − 0x4E00), packed: the count (1–3) in the top bits,
   * then up to three syllable numbers of 9 bits each; 0 for a unit without a reading. Typed and packed so the
   * per-character loop allocates nothing.
   */
  syl: Uint32Array;
  /** Bit sets of reading pairs (512 × first + second) of the idioms' first and last two characters. */
  heads: Uint32Array;
  tails: Uint32Array;
  /** The idioms by their packed readings, sorted: `keys[k]` spelled by idiom `ids[k]`. */
  keys: Float64Array;
  ids: Int32Array;
  list: string[];
  /** `list[n]`, where a host keeps the list as one string (the CLI's table cache): read without splitting it. */
  item?: (n: number) => string;
  /**
   * quadKeys(keys), where a host stores it with the tables (the CLI's table cache): made from 100,000 keys on the
   * first check otherwise.
   */
  quads?: UnitKeys;
  /** The idioms of `list` (a stored index makes the Set on the first lookup: most checks never ask). */
  exact: Pick<ReadonlySet<string>, 'has'>;
}

const HAN0 = 0x4e00;
const HAN_END = 0xa000;
const count = (v: number) => v >>> 27;
const reading = (v: number, k: number) => (v >>> (9 * k)) & 511;
const readingsOf = (syl: Uint32Array, c: number) => (c >= HAN0 && c < HAN_END ? syl[c - HAN0]! : 0);
const hasBit = (set: Uint32Array, i: number) => (set[i >>> 5]! & (1 << (i & 31))) !== 0;

/** ≈ 40 ms to build; the CLI keeps it in its table store. */
export function buildIdiomSoundTables(idioms: readonly string[], pinyin: PinyinTable): IdiomSoundTables {
  const syl = new Uint32Array(HAN_END - HAN0);
  const numbers = new Map<string, number>();
  for (const [syllable, chars] of pinyin.bySyllable) {
    const toneless = syllable.replace(/[0-5]$/, '');
    let n = numbers.get(toneless);
    if (n === undefined) numbers.set(toneless, (n = numbers.size + 1));
    if (n >= 512) continue;
    for (let i = 0; i < chars.length; i++) {
      const c = chars.charCodeAt(i);
      if (c < HAN0 || c >= HAN_END) continue;
      const v = syl[c - HAN0]!;
      const have = count(v);
      let known = false;
      for (let k = 0; k < have; k++) if (reading(v, k) === n) known = true;
      if (!known && have < 3) syl[c - HAN0] = (((have + 1) << 27) | (v & 0x7ffffff) | (n << (9 * have))) >>> 0;
    }
  }
  const list = [...new Set(idioms)].filter((w) => w.length === 4 && [...w].every((c) => isHanCode(c.charCodeAt(0))));
  const heads = new Uint32Array((512 * 512) / 32);
  const tails = new Uint32Array((512 * 512) / 32);
  const keyList: number[] = [];
  const idList: number[] = [];
  for (let n = 0; n < list.length; n++) {
    const w = list[n]!;
    const v0 = readingsOf(syl, w.charCodeAt(0));
    const v1 = readingsOf(syl, w.charCodeAt(1));
    const v2 = readingsOf(syl, w.charCodeAt(2));
    const v3 = readingsOf(syl, w.charCodeAt(3));
    for (let i = 0; i < count(v0); i++)
      for (let j = 0; j < count(v1); j++) {
        const h = reading(v0, i) * 512 + reading(v1, j);
        heads[h >>> 5]! |= 1 << (h & 31);
        for (let k = 0; k < count(v2); k++)
          for (let m = 0; m < count(v3); m++) {
            const tl = reading(v2, k) * 512 + reading(v3, m);
            tails[tl >>> 5]! |= 1 << (tl & 31);
            keyList.push(h * 262144 + tl);
            idList.push(n);
          }
      }
  }
  // key and idiom number in one float (key < 2^36, number < 2^16), sorted natively
  const packed = Float64Array.from(keyList, (k, i) => k * 65536 + idList[i]!).sort();
  const keys = packed.map((x) => Math.floor(x / 65536));
  const ids = Int32Array.from(packed, (x) => x % 65536);
  return { syl, heads, tails, keys, ids, list, exact: new Set(list) };
}

/** Is some reading pair of the units with packed readings v, w in the set? */
function pairOk(set: Uint32Array, v: number, w: number): boolean {
  const nv = count(v);
  const nw = count(w);
  if (nv === 1 && nw === 1) return hasBit(set, (v & 511) * 512 + (w & 511));
  for (let i = 0; i < nv; i++) {
    const a = reading(v, i) * 512;
    for (let j = 0; j < nw; j++) if (hasBit(set, a + reading(w, j))) return true;
  }
  return false;
}

/** The idioms whose readings the window's readings (packed) spell, for some combination of them. */
function lookup(
  tables: IdiomSoundTables,
  quads: UnitKeys,
  v0: number,
  v1: number,
  v2: number,
  v3: number,
): number[] | undefined {
  const { heads, tails } = tables;
  for (let i = 0; i < count(v0); i++)
    for (let j = 0; j < count(v1); j++) {
      const h = reading(v0, i) * 512 + reading(v1, j);
      if (!hasBit(heads, h)) continue;
      for (let k = 0; k < count(v2); k++)
        for (let m = 0; m < count(v3); m++) {
          const tl = reading(v2, k) * 512 + reading(v3, m);
          if (!hasBit(tails, tl) || !hasUnits(quads, quadHash(h, tl))) continue;
          const found = idiomsOf(tables, h * 262144 + tl);
          if (found) return found;
        }
    }
  return undefined;
}

/** Bloom bits of the four readings (head pair h, tail pair tl) of the keys: most windows stop here, not in a search. */
const quadHash = (h: number, tl: number) => unitsHash(h & 0xffff, tl & 0xffff, (h >>> 16) | ((tl >>> 16) << 2));

export function quadKeys(keys: Float64Array): UnitKeys {
  const set = unitKeys();
  for (let i = 0; i < keys.length; i++) addUnits(set, quadHash(Math.floor(keys[i]! / 262144), keys[i]! % 262144));
  return set;
}

/** Binary search of the sorted keys. */
function idiomsOf({ keys, ids }: IdiomSoundTables, k: number): number[] | undefined {
  let lo = 0;
  let hi = keys.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (keys[mid]! < k) lo = mid + 1;
    else hi = mid;
  }
  if (lo >= keys.length || keys[lo] !== k) return undefined;
  const out: number[] = [];
  for (let i = lo; i < keys.length && keys[i] === k; i++) out.push(ids[i]!);
  return out;
}

function overlapsExact(exact: Pick<ReadonlySet<string>, 'has'>, t: string, s: number): boolean {
  for (let k = Math.max(0, s - 3); k <= s + 3 && k + 4 <= t.length; k++) if (exact.has(t.slice(k, k + 4))) return true;
  return false;
}
