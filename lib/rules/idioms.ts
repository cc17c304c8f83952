/**
 * 错别字 — near-miss 成语: a run of four Chinese characters that differs from a known idiom in exactly one
 * character, where the two characters sound the same.
 *
 * - `typo.idiom-homophone` (warn): same pinyin with tone (一股作气 → 一鼓作气, 再接再励 → 再接再厉).
 * - `typo.idiom-near` (warn): same pinyin only when tones are ignored (不加思索 → 不假思索: jia1 / jia3).
 * - `typo.idiom-lookalike` (warn): look-alike characters (shapes.txt).
 * - `typo.idiom-fuzzy` (warn): readings that differ only by z/zh, c/ch, s/sh, n/l, an/ang, en/eng, in/ing — the
 *   slips of writers whose dialect merges them (增分夺秒, 龙墨重彩, 耕深蒂固). Over jieba's 4-character words
 *   (349k-word dictionary) this grade flags 29 words, nearly all of them misspellings that jieba's corpus carries.
 * - `typo.idiom-swap` (warn): two adjacent characters swapped (事实求是 → 实事求是).
 * A doubled character written wrong twice counts as one slip (竞竞业业 → 兢兢业业, 波光鳞鳞 → 波光粼粼).
 *
 * Speed: every idiom is indexed four times, by (position of the free character, the other three characters), in
 * an open-addressing table of typed arrays (integer keys, no string per window). A 64 K-entry bit table says at
 * which positions a code unit occurs in any idiom (read once per character), and exact typed sets of the idioms'
 * first and last pairs (unit-keys.ts: a few KB of Bloom bits in front) say whether the half a slip keeps is an
 * idiom's, so most windows are dismissed without touching the big table; a position is probed only if its kept
 * half matches. Readings are compared as strings only where per-unit reading signatures overlap. Run with every
 * other rule (the CPU cache shared), the rule costs ≈ 4 ms per 20,000 characters of official prose on a loaded
 * machine (bench:cli steady state, 2026-12-04, was ≈ 7–11 ms); ≈ 1.5–2 ms run alone, with the cache to itself.
 *
 * Measured false alarms: none on the Qingdao notice and none on 616k characters of 2026 provincial 政府工作报告
 * (after adding the standard forms below); over CC-CEDICT's 24k non-idiom four-character words it flags mostly
 * real variant/typo forms (融汇贯通, 莫明其妙, 凭白无故); the correct ones found there are in the supplement.
 *
 * False-alarm guards: a window that is itself a known idiom, or an allowed word, is skipped; so is a window
 * overlapping an exact idiom occurrence (the sliding window straddles the real idiom and a neighbour), and a
 * window whose differing character is not a Han character with a known reading.
 *
 * The list (dictionaries/data/idioms.txt) misses some correct forms and set phrases; dictionaries/rule-data.json
 * supplies them (`idioms.supplement`) with ordinary words that sit one sound away from an idiom (`idioms.allow`).
 */
import { derivedInput, listInput, storedTable } from '../engine/data/store';
import type { PinyinTable } from '../engine/data/tables';
import { CharSimilarity, foldSyllable, SOUND_FUZZY, SOUND_TONE, SOUND_TONELESS } from '../engine/near/similar';
import type { ParagraphRule, RuleMeta } from '../engine/rule';
import { hasPair as hasPairOf, type PairSet, pairSet } from './unit-keys';
import { isHanCode, MAX_PER_PARAGRAPH, q } from './util-text';

export const IDIOM_RULES: RuleMeta[] = [
  {
    id: 'typo.idiom-lookalike',
    category: 'typo',
    severity: 'warn',
    title: '成语错别字（形近）',
    message: '{text}疑为成语中的形近错别字。',
    source:
      '成语表：CC-CEDICT（CC BY-SA 4.0）与 chinese-xinhua（MIT）；形近字表：pycorrector、Unihan、CJK Decomposition Data（见 dictionaries/README.md）',
  },
  {
    id: 'typo.idiom-homophone',
    category: 'typo',
    severity: 'warn',
    title: '成语错别字（同音）',
    message: '{text}疑为成语中的同音错别字。',
    source: '《咬文嚼字》“当代汉语出版物中最常见的100个别字”（2005）；成语表：CC-CEDICT（CC BY-SA 4.0）',
  },
  {
    id: 'typo.idiom-near',
    category: 'typo',
    severity: 'warn',
    title: '成语错别字（同音异调）',
    message: '{text}疑为成语中的近音错别字。',
    source: '成语表：CC-CEDICT（CC BY-SA 4.0）与 chinese-xinhua（MIT）',
  },
  {
    id: 'typo.idiom-fuzzy',
    category: 'typo',
    severity: 'warn',
    title: '成语错别字（方音相近）',
    message: '{text}疑为成语中的近音错别字（z/zh、c/ch、s/sh、n/l、前后鼻音相混）。',
    source: '成语表：CC-CEDICT（CC BY-SA 4.0）与 chinese-xinhua（MIT）',
  },
  {
    id: 'typo.idiom-word',
    category: 'typo',
    severity: 'warn',
    title: '成语错别字（误成常用词）',
    message: '{text}疑为固定短语中一字被写成了常用词的字。',
    source: '五至八字成语与固定短语：CC-CEDICT（CC BY-SA 4.0）与 jieba 词典（MIT）；词频：jieba 词典（MIT）',
  },
  {
    id: 'typo.idiom-drop',
    category: 'typo',
    severity: 'warn',
    title: '成语错别字（缺字或多字）',
    message: '{text}疑为成语或固定短语缺字、多字。',
    source: '五至八字成语与固定短语：CC-CEDICT（CC BY-SA 4.0）与 jieba 词典（MIT）',
  },
  {
    id: 'typo.idiom-swap',
    category: 'typo',
    severity: 'warn',
    title: '成语错别字（字序颠倒）',
    message: '{text}疑为成语中相邻两字顺序颠倒。',
    source: '成语表：CC-CEDICT（CC BY-SA 4.0）与 chinese-xinhua（MIT）',
  },
];

/** Rule id by grade (see `grade` in createIdiomRule). */
const GRADE_RULE = [
  '',
  'typo.idiom-fuzzy',
  'typo.idiom-near',
  'typo.idiom-lookalike',
  'typo.idiom-homophone',
  'typo.idiom-swap',
];
/** Grade of a swap of two adjacent characters (事实求是 for 实事求是): outranks any substitution. */
const SWAP = 5;

/**
 * Words whose two characters read as a word in either order (同素逆序词: 互相/相互, 代替/替代): a window that only
 * swaps such a pair (相互推诿 for 互相推诿) is a synonym, not a slip.
 */
const REVERSIBLE = new Set(
  '相互 互相 代替 替代 积累 累积 演讲 讲演 喜欢 欢喜 和平 平和 察觉 觉察 争斗 斗争 寻找 找寻 缓和 和缓 离别 别离 语言 言语 样式 式样 整齐 齐整 感伤 伤感 妒忌 忌妒 质朴 朴质 来往 往来 吞并 并吞 负担 担负 兵士 士兵 奋发 发奋 互助 相助'.split(
    ' ',
  ),
);

/** A written pair this common, and this many times the right one, pulled the hand (IdiomOptions.pairCount). */
const ATTRACT_MIN = 1000;
const ATTRACT_RATIO = 10;
/** …and the right pair rare as a word outside the phrase (防患 120; not 万事 303). */
const ATTRACT_RIGHT_MAX = 150;
/** Numerals: 三百六十九 is a number, not a slip of 三百六十行. */
const NUMERAL = '〇一二三四五六七八九十百千万亿零两';
/** Function characters whose omission from a long set phrase is a usual variant (放之四海皆准), not a slip. */
const LOOSE = new Set('之而于其以也者的了乎兮与则');

/**
 * Idioms and set phrases of five to eight characters (防患于未然, 百尺竿头更进一步), indexed by their first two and
 * their last two characters: one substitution, adjacent swap, dropped or doubled character keeps one of the pairs
 * (a phrase has five characters at least), so every window worth comparing starts or ends at such a pair.
 */
export interface LongPhrases {
  phrases: string[];
  exact: Set<string>;
  /** (first unit << 16 | second unit) → phrase ids starting with that pair. */
  head: Map<number, number[]>;
  /** (second-to-last unit << 16 | last unit) → phrase ids ending with that pair. */
  tail: Map<number, number[]>;
  /** bit 0: the unit starts some phrase's head pair; bit 1: it starts some phrase's tail pair. */
  bits: Uint8Array;
  /** The keys of `head` and of `tail` as typed pair sets (a Bloom filter of a few hundred bytes, then a probe). */
  headPairs: PairSet;
  tailPairs: PairSet;
}

export function buildLongPhrases(list: readonly string[]): LongPhrases {
  const exact = new Set<string>();
  for (const raw of list) {
    const w = raw.trim();
    if (w.length < 5 || w.length > 12) continue;
    let ok = true;
    for (let i = 0; i < w.length; i++) if (!isHanCode(w.charCodeAt(i))) ok = false;
    if (ok) exact.add(w);
  }
  const phrases = [...exact];
  const head = new Map<number, number[]>();
  const tail = new Map<number, number[]>();
  const bits = new Uint8Array(65536);
  const put = (m: Map<number, number[]>, k: number, id: number) => {
    const l = m.get(k);
    if (l) l.push(id);
    else m.set(k, [id]);
  };
  phrases.forEach((w, id) => {
    const a = w.charCodeAt(0);
    const y = w.charCodeAt(w.length - 2);
    put(head, a * 65536 + w.charCodeAt(1), id);
    put(tail, y * 65536 + w.charCodeAt(w.length - 1), id);
    bits[a] = bits[a]! | 1;
    bits[y] = bits[y]! | 2;
  });
  return { phrases, exact, head, tail, bits, headPairs: pairSet(head.keys()), tailPairs: pairSet(tail.keys()) };
}

/**
 * The candidates ending by `at` (four characters from their start), in order. A module function rather than a
 * closure in the scan: a closure over the loop's `start` made V8 allocate a context on every character.
 */
function endingBy(pending: readonly Candidate[], at: number): Candidate[] {
  const out: Candidate[] = [];
  for (const p of pending) if (p.start + 4 <= at) out.push(p);
  return out;
}

interface Candidate {
  start: number;
  idiom: string;
  pos: number;
  grade: number;
  /** A doubled character written wrong twice (竞竞业业 for 兢兢业业, 波光鳞鳞 for 波光粼粼). */
  doubled?: boolean;
}

export interface IdiomOptions {
  /** Windows that are never reported (exact four-character strings; rule-data.json `idioms.allow`). */
  allow?: readonly string[];
  /** The engine's normalisation (traditional → simplified …): a window that folds to the idiom is no slip (一視同仁). */
  fold?: (s: string) => string;
  /** Idioms and set phrases missing from the list (rule-data.json `idioms.supplement`). */
  supplement?: readonly string[];
  /** Sound and shape tables; without one only same-sound substitutions (pinyin) count. */
  similarity?: CharSimilarity;
  /**
   * How often two characters are written as a word (jieba's count; undefined: no word): a set phrase of five to eight
   * characters with one character written as a much more common word with its neighbour (防范于未然 for 防患于未然:
   * 防范 3,737 against 防患 120) is a slip, whatever the sounds.
   */
  pairCount?: (a: string, b: string) => number | undefined;
}

/**
 * Index of idioms by "three of the four characters plus the missing position": an open-addressing
 * hash table in typed arrays (integer keys only — this runs on every four-character window).
 */
export interface IdiomIndex {
  idioms: string[];
  /** The four code units of every idiom, idiom i at [4i, 4i + 4). */
  chars: Uint16Array;
  /** Slot → idiom id + 1 (0 = empty). A key occupies one slot per idiom it belongs to. */
  slots: Int32Array;
  /** Position left out for the idiom in that slot. */
  slotPos: Uint8Array;
  mask: number;
  /** Every idiom (a stored index makes the Set on the first lookup: most checks never ask). */
  exact: Pick<ReadonlySet<string>, 'has'>;
  /** Bit p set for a code unit that occurs at position p of some idiom (a cheap pre-filter). */
  posBits: Uint8Array;
  /**
   * The first two units and the last two units of every idiom, as exact typed pair sets (a few KB of Bloom bits
   * answer most windows): a window one substitution away from an idiom keeps one of those pairs intact, so a window
   * with neither is dismissed before any probing.
   */
  heads: PairSet;
  tails: PairSet;
  /** Half-idiom index (buildHalves): bucket b's entries are halfIds[halfStart[b] … halfStart[b + 1]). */
  halfStart: Uint32Array;
  halfIds: Uint32Array;
}

/**
 * Per code unit, one bit per reading (its `key`, hashed to 31 bits; bit 31 marks a computed entry), filled on first
 * use: two characters can share a reading only if their signatures share a bit, so most pairs are told apart
 * without looking readings up as strings. Returns the test "may share a reading".
 */
function readingSigs(table: PinyinTable | undefined, key: (reading: string) => string) {
  const sigs = new Uint32Array(65536);
  const sig = (c: number): number => {
    let s = sigs[c]!;
    if (s === 0) {
      s = 0x80000000;
      for (const r of table?.readings(String.fromCharCode(c)) ?? []) {
        const k = key(r);
        let h = 0x811c9dc5;
        for (let i = 0; i < k.length; i++) h = Math.imul(h ^ k.charCodeAt(i), 0x01000193);
        s |= 1 << (((h ^ (h >>> 15)) >>> 0) % 31);
      }
      sigs[c] = s;
    }
    return s;
  };
  return (a: number, b: number): boolean => (sig(a) & sig(b) & 0x7fffffff) !== 0;
}

/** A 20-bit hash of a pair of units (`half` 0 or 1: the first or the last two units of an idiom). */
function pairHash(a: number, b: number, half: number): number {
  return (Math.imul(a * 65599 + b, 0x9e3779b1) ^ (half << 19)) >>> 12;
}

/** Bucket of the half-idiom index: fewer buckets than the pair bits, so building it is cheap (≈ 2 entries each). */
const HALF_BUCKETS = 1 << 15;
const halfBucket = (a: number, b: number, half: number): number => pairHash(a, b, half) >>> 5;

function hashKey(a: number, b: number, c: number, pos: number): number {
  let h = Math.imul(a ^ (pos << 16), 0x9e3779b1);
  h = Math.imul(h ^ b ^ (h >>> 15), 0x85ebca77);
  h = Math.imul(h ^ c ^ (h >>> 13), 0xc2b2ae3d);
  return (h ^ (h >>> 16)) >>> 0;
}

/** The three code units that stay when position `pos` of (c0 c1 c2 c3) is left out. */
function rest(c0: number, c1: number, c2: number, c3: number, pos: number): [number, number, number] {
  return pos === 0 ? [c1, c2, c3] : pos === 1 ? [c0, c2, c3] : pos === 2 ? [c0, c1, c3] : [c0, c1, c2];
}

/**
 * Idioms by their first two or last two code units (the half kept): a two-character word written as another word
 * of the same sound (未雨筹谋 for 未雨绸缪). Buckets by the pair hash in typed arrays (no Map, no per-entry
 * allocation); an entry is id * 2 + half, and a lookup checks the pair itself.
 */
function buildHalves(chars: Uint16Array, n: number): { halfStart: Uint32Array; halfIds: Uint32Array } {
  const start = new Uint32Array(HALF_BUCKETS + 1);
  for (let id = 0; id < n; id++) {
    const o = id * 4;
    start[halfBucket(chars[o]!, chars[o + 1]!, 0) + 1]! += 1;
    start[halfBucket(chars[o + 2]!, chars[o + 3]!, 1) + 1]! += 1;
  }
  for (let h = 0; h < HALF_BUCKETS; h++) start[h + 1]! += start[h]!;
  const fill = start.slice(0, HALF_BUCKETS);
  const ids = new Uint32Array(n * 2);
  for (let id = 0; id < n; id++) {
    const o = id * 4;
    const h0 = halfBucket(chars[o]!, chars[o + 1]!, 0);
    const h1 = halfBucket(chars[o + 2]!, chars[o + 3]!, 1);
    ids[fill[h0]!] = id * 2;
    fill[h0]! += 1;
    ids[fill[h1]!] = id * 2 + 1;
    fill[h1]! += 1;
  }
  return { halfStart: start, halfIds: ids };
}

export function buildIdiomIndex(list: readonly string[]): IdiomIndex {
  const idioms: string[] = [];
  const exact = new Set<string>();
  const posBits = new Uint8Array(65536);
  for (const raw of list) {
    const w = raw.trim();
    if (w.length !== 4 || exact.has(w)) continue;
    let ok = true;
    for (let i = 0; i < 4; i++) if (!isHanCode(w.charCodeAt(i))) ok = false;
    if (!ok) continue;
    idioms.push(w);
    exact.add(w);
  }
  const chars = new Uint16Array(idioms.length * 4);
  let size = 1024;
  while (size < idioms.length * 4 * 3) size *= 2;
  const mask = size - 1;
  const slots = new Int32Array(size);
  const slotPos = new Uint8Array(size);
  idioms.forEach((w, id) => {
    for (let i = 0; i < 4; i++) {
      const c = w.charCodeAt(i);
      chars[id * 4 + i] = c;
      posBits[c] = posBits[c]! | (1 << i);
    }
    for (let pos = 0; pos < 4; pos++) {
      const [a, b, c] = rest(chars[id * 4]!, chars[id * 4 + 1]!, chars[id * 4 + 2]!, chars[id * 4 + 3]!, pos);
      let h = hashKey(a, b, c, pos) & mask;
      while (slots[h] !== 0) h = (h + 1) & mask;
      slots[h] = id + 1;
      slotPos[h] = pos;
    }
  });
  const halves = (h: number) => {
    const keys: number[] = [];
    for (let o = 2 * h; o < chars.length; o += 4) keys.push(chars[o]! * 65536 + chars[o + 1]!);
    return pairSet(keys);
  };
  const heads = halves(0);
  const tails = halves(1);
  return { idioms, chars, slots, slotPos, mask, exact, posBits, heads, tails, ...buildHalves(chars, idioms.length) };
}

export function createIdiomRule(
  idioms: readonly string[],
  pinyin: PinyinTable,
  options: IdiomOptions = {},
): ParagraphRule {
  const supplement = options.supplement ?? [];
  const indexed = () => [...idioms, ...supplement];
  // Keyed by what the idiom list was parsed from where that is known (no joining and hashing 30,000 idioms).
  const index = storedTable(
    'idiom-index',
    () => derivedInput(idioms, listInput(supplement)) ?? listInput(indexed()),
    () => buildIdiomIndex(indexed()),
  );
  const long = buildLongPhrases(options.supplement ?? []);
  const allow = new Set(options.allow ?? []);
  const fold = options.fold;
  const sim = options.similarity ?? new CharSimilarity(pinyin);
  /** 4 same reading with tone, 3 look-alike, 2 same reading without tone, 1 fuzzy reading (z/zh, n/l, in/ing …), 0 none. */
  // Reading signatures (readingSigs): the toned readings of the `pinyin` table (pairOfHalf's first character),
  // those of the similarity's own table (sim.sound), and their fuzzy folds (no shared fold: no sound level at all).
  const toned = readingSigs(pinyin, (r) => r);
  const simToned = sim.pinyin === pinyin ? toned : readingSigs(sim.pinyin, (r) => r);
  const folded = readingSigs(sim.pinyin, foldSyllable);
  const grade = (wrong: string, right: string): number => {
    // sound 0 for certain (most index hits in prose): only the shape table can still grade the pair
    if (!folded(wrong.charCodeAt(0), right.charCodeAt(0))) return sim.shape(right, wrong) ? 3 : 0;
    const sound = sim.sound(right, wrong);
    if (sound === SOUND_TONE) return 4;
    if (sim.shape(right, wrong)) return 3;
    return sound === SOUND_TONELESS ? 2 : sound === SOUND_FUZZY ? 1 : 0;
  };
  const { slots, slotPos, mask, chars, posBits, heads, tails, halfStart, halfIds } = index;
  /** Idiom `id` from its code units (the same string as index.idioms[id]; a stored index then never splits its list). */
  const idiomOf = (id: number): string =>
    String.fromCharCode(chars[id * 4]!, chars[id * 4 + 1]!, chars[id * 4 + 2]!, chars[id * 4 + 3]!);
  const isHead = (a: number, b: number) => hasPairOf(heads, a, b);
  const isTail = (a: number, b: number) => hasPairOf(tails, a, b);
  // index.idioms only for doubled windows: a stored index splits its list on first use
  // Idioms with a doubled character, by (position of the pair, the two other characters); built on the first
  // doubled window (a small text often has none).
  let doubled: Map<string, string[]> | undefined;
  const doubledIdioms = (): Map<string, string[]> => {
    if (doubled) return doubled;
    doubled = new Map();
    for (const w of index.idioms) {
      for (let p = 0; p < 3; p++) {
        if (w[p] !== w[p + 1]) continue;
        const key = p + w.slice(0, p) + w.slice(p + 2);
        const l = doubled.get(key);
        if (l) l.push(w);
        else doubled.set(key, [w]);
      }
    }
    return doubled;
  };
  const at = (c: number, p: number) => (posBits[c]! & (1 << p)) !== 0;
  /** Id of the idiom spelled by these four code units, or -1 (a probe of the index, no string built). */
  const exactId = (a: number, b: number, c: number, d: number): number => {
    for (let h = hashKey(b, c, d, 0) & mask; slots[h] !== 0; h = (h + 1) & mask) {
      if (slotPos[h] !== 0) continue;
      const o = (slots[h]! - 1) * 4;
      if (chars[o] === a && chars[o + 1] === b && chars[o + 2] === c && chars[o + 3] === d) return slots[h]! - 1;
    }
    return -1;
  };
  /** The idiom a swap of two adjacent units makes of the window (a b c d), as [id, k], or undefined. */
  const swapOf = (a: number, b: number, c: number, d: number): [number, number] | undefined => {
    // Bit tests first: the swapped units must sit where some idiom has them, and both halves must be an idiom's.
    if (a !== b && at(b, 0) && at(a, 1) && at(c, 2) && at(d, 3) && isTail(c, d)) {
      const id = isHead(b, a) ? exactId(b, a, c, d) : -1;
      if (id >= 0) return [id, 0];
    }
    if (b !== c && at(a, 0) && at(c, 1) && at(b, 2) && at(d, 3)) {
      const id = isHead(a, c) && isTail(b, d) ? exactId(a, c, b, d) : -1;
      if (id >= 0) return [id, 1];
    }
    if (c !== d && at(a, 0) && at(b, 1) && at(d, 2) && at(c, 3) && isHead(a, b)) {
      const id = isTail(d, c) ? exactId(a, b, d, c) : -1;
      if (id >= 0) return [id, 2];
    }
    return undefined;
  };
  /** A doubled pair written as another doubled character. */
  const doubledOf = (w: string): Candidate | undefined => {
    let best: Candidate | undefined;
    for (let p = 0; p < 3; p++) {
      if (w[p] !== w[p + 1]) continue;
      for (const idiom of doubledIdioms().get(p + w.slice(0, p) + w.slice(p + 2)) ?? []) {
        const g = grade(w[p]!, idiom[p]!);
        if (g > (best?.grade ?? 0)) best = { start: 0, idiom, pos: p, grade: g, doubled: true };
      }
    }
    return best;
  };
  /**
   * Entry k of the half-idiom index may be an idiom keeping the pair (k0 k1) as its half h whose other pair the
   * window's (w0 w1) writes as two other characters of the same sounds: pairOfHalf's test in integers, before any
   * reading is looked up (most windows stop here).
   */
  const halfFits = (k: number, h: number, k0: number, k1: number, w0: number, w1: number): boolean => {
    const e = halfIds[k]!;
    if ((e & 1) !== h) return false;
    const o = (e >>> 1) * 4;
    const p = h ? 0 : 2; // the pair written wrong
    const x0 = chars[o + p]!;
    const x1 = chars[o + p + 1]!;
    return (
      chars[o + 2 * h] === k0 &&
      chars[o + 2 * h + 1] === k1 &&
      x0 !== w0 &&
      x1 !== w1 &&
      toned(w0, x0) &&
      simToned(w1, x1)
    );
  };
  /** A two-character word of an idiom written as another of the same sound, the half h (k0 k1) kept. */
  const pairOfHalf = (t: string, start: number, h: number, k0: number, k1: number): Candidate | undefined => {
    const p = h ? 0 : 2; // the pair written wrong
    const bucket = halfBucket(k0, k1, h);
    const w0 = t.charCodeAt(start + p);
    const w1 = t.charCodeAt(start + p + 1);
    let any = false;
    for (let k = halfStart[bucket]!; k < halfStart[bucket + 1]! && !any; k++) any = halfFits(k, h, k0, k1, w0, w1);
    if (!any) return undefined; // no idiom to compare: no reading looked up (as strings)
    const wrong2 = t[start + p + 1]!;
    for (const r of pinyin.readings(t[start + p]!)) {
      for (let k = halfStart[bucket]!; k < halfStart[bucket + 1]!; k++) {
        if (!halfFits(k, h, k0, k1, w0, w1)) continue;
        const idiom = idiomOf(halfIds[k]! >>> 1);
        if (!pinyin.readings(idiom[p]!).includes(r)) continue;
        if (sim.sound(idiom[p + 1]!, wrong2) === SOUND_TONE)
          return { start: 0, idiom, pos: p, grade: 4, doubled: true };
      }
    }
    return undefined;
  };
  /**
   * A two-character word of an idiom written wrong (未雨筹谋 for 未雨绸缪): the first half first. `present` has bit p
   * set when the window's unit p sits at position p of some idiom: a kept half needs both of its bits.
   */
  const pairOf = (
    t: string,
    start: number,
    c0: number,
    c1: number,
    c2: number,
    c3: number,
    present: number,
  ): Candidate | undefined => {
    const head = (present & 3) === 3 && isHead(c0, c1) ? pairOfHalf(t, start, 0, c0, c1) : undefined;
    return head ?? ((present & 12) === 12 && isTail(c2, c3) ? pairOfHalf(t, start, 1, c2, c3) : undefined);
  };
  /**
   * A swap, a doubled pair or a two-character word written wrong in the window at `start` (code units c0–c3,
   * `present` as for pairOf).
   */
  const otherAt = (t: string, start: number, c0: number, c1: number, c2: number, c3: number, present: number) => {
    let other: Candidate | undefined;
    if (c0 === c1 || c1 === c2 || c2 === c3) {
      // an idiom with a doubled pair keeps the window's other two units in place: their bits (present) first
      if (
        (c0 === c1 && (present & 12) === 12) ||
        (c1 === c2 && (present & 9) === 9) ||
        (c2 === c3 && (present & 3) === 3)
      )
        other = doubledOf(t.slice(start, start + 4));
    } else {
      const sw = swapOf(c0, c1, c2, c3);
      if (sw && !REVERSIBLE.has(t.slice(start + sw[1], start + sw[1] + 2)))
        other = { start, idiom: idiomOf(sw[0]), pos: sw[1], grade: SWAP };
      else if (!sw) other = pairOf(t, start, c0, c1, c2, c3, present);
    }
    if (!other || (allow.size && allow.has(t.slice(start, start + 4)))) return undefined;
    other.start = start;
    return other;
  };

  interface LongHit {
    start: number;
    end: number;
    phrase: string;
    ruleId: string;
    detail: string;
  }
  /** How the window t[s, e) misses `phrase` by one slip, or undefined (the window is all Han, not a listed phrase). */
  /**
   * The written character makes a common word with a neighbour in the phrase (≥ ATTRACT_MIN, ATTRACT_RATIO times the
   * right character's pair there): a writer's hand pulled by the common word (防范于未然). Not a function character.
   */
  const pairCount = options.pairCount;
  const attracted = (w: string, phrase: string, p: number): boolean => {
    if (!pairCount || LOOSE.has(w[p]!) || LOOSE.has(phrase[p]!) || NUMERAL.includes(w[p]!)) return false;
    const near = (a: string, b: string, ra: string, rb: string) => {
      const got = pairCount(a, b) ?? 0;
      const right = pairCount(ra, rb) ?? 0;
      // the right pair a word of its own too (万事 → 办事不求人, a slogan of its own): a paraphrase, not a slip
      return got >= ATTRACT_MIN && right <= ATTRACT_RIGHT_MAX && got >= ATTRACT_RATIO * Math.max(1, right);
    };
    return (
      (p > 0 && near(w[p - 1]!, w[p]!, phrase[p - 1]!, phrase[p]!)) ||
      (p + 1 < w.length && near(w[p]!, w[p + 1]!, phrase[p]!, phrase[p + 1]!))
    );
  };
  const longSlip = (t: string, s: number, e: number, phrase: string): LongHit | undefined => {
    const w = t.slice(s, e);
    const L = phrase.length;
    if (w.length === L) {
      let p = -1;
      let diffs = 0;
      for (let k = 0; k < L; k++) {
        if (w[k] === phrase[k]) continue;
        if (++diffs > 2) return undefined;
        if (p < 0) p = k;
      }
      if (diffs === 1) {
        const g = grade(w[p]!, phrase[p]!);
        if (!g)
          return attracted(w, phrase, p)
            ? { start: s, end: e, phrase, ruleId: 'typo.idiom-word', detail: `${q(w[p]!)}应为${q(phrase[p]!)}` }
            : undefined;
        return { start: s, end: e, phrase, ruleId: GRADE_RULE[g]!, detail: `${q(w[p]!)}应为${q(phrase[p]!)}` };
      }
      if (
        diffs === 2 &&
        p + 1 < L &&
        w[p] === phrase[p + 1] &&
        w[p + 1] === phrase[p] &&
        w.slice(p + 2) === phrase.slice(p + 2)
      )
        return {
          start: s,
          end: e,
          phrase,
          ruleId: GRADE_RULE[SWAP]!,
          detail: `${q(w.slice(p, p + 2))}应为${q(phrase.slice(p, p + 2))}，字序颠倒`,
        };
      return undefined;
    }
    if (w.length === L - 1) {
      // a dropped character: only from phrases of six or more, and not a function character (放之四海皆准)
      if (L < 6) return undefined;
      let p = 0;
      while (p < w.length && w[p] === phrase[p]) p++;
      if (w.slice(p) !== phrase.slice(p + 1) || LOOSE.has(phrase[p]!)) return undefined;
      return { start: s, end: e, phrase, ruleId: 'typo.idiom-drop', detail: `缺少${q(phrase[p]!)}字` };
    }
    if (w.length === L + 1) {
      // a character typed twice (防患于于未然)
      let p = 0;
      while (p < L && w[p] === phrase[p]) p++;
      if (w.slice(p + 1) !== phrase.slice(p) || (w[p] !== w[p - 1] && w[p] !== w[p + 1])) return undefined;
      return { start: s, end: e, phrase, ruleId: 'typo.idiom-drop', detail: `多了一个${q(w[p]!)}字` };
    }
    return undefined;
  };
  const allHan = (t: string, s: number, e: number) => {
    if (s < 0 || e > t.length) return false;
    for (let k = s; k < e; k++) if (!isHanCode(t.charCodeAt(k))) return false;
    return true;
  };
  /** Near-misses of the long phrases in `t`, and the spans of exact ones (4-character windows inside stay quiet). */
  const scanLong = (t: string, exactSpans: Array<[number, number]>): LongHit[] => {
    const hits: LongHit[] = [];
    const { bits, head, tail, phrases, exact, headPairs, tailPairs } = long;
    const tryWindow = (s: number, e: number, id: number) => {
      const phrase = phrases[id]!;
      if (s < 0 || e > t.length) return;
      if (e - s === phrase.length && t.startsWith(phrase, s)) {
        exactSpans.push([s, e]);
        return;
      }
      if (!allHan(t, s, e)) return;
      const h = longSlip(t, s, e, phrase);
      if (!h) return;
      const w = t.slice(s, e);
      if (exact.has(w))
        exactSpans.push([s, e]); // another listed phrase
      else if (!index.exact.has(w)) hits.push(h); // 防患未然: a four-character idiom of its own
    };
    for (let i = 0; i + 1 < t.length; i++) {
      const b = bits[t.charCodeAt(i)]!;
      if (!b) continue;
      const a = t.charCodeAt(i);
      const z = t.charCodeAt(i + 1);
      const key = a * 65536 + z;
      if (b & 1 && hasPairOf(headPairs, a, z)) {
        for (const id of head.get(key) ?? []) {
          const L = phrases[id]!.length;
          for (let len = L - 1; len <= L + 1; len++) tryWindow(i, i + len, id);
        }
      }
      if (b & 2 && hasPairOf(tailPairs, a, z)) {
        for (const id of tail.get(key) ?? []) {
          const L = phrases[id]!.length;
          for (let len = L - 1; len <= L + 1; len++) tryWindow(i + 2 - len, i + 2, id);
        }
      }
    }
    if (!hits.length) return hits;
    // a window found from both ends, or overlapping an exact phrase, is reported once / not at all
    const seen = new Set<string>();
    return hits
      .sort((a, b) => a.start - b.start || b.end - a.end)
      .filter((h) => {
        if (exactSpans.some(([s, e]) => s < h.end && h.start < e)) return false;
        const k = `${h.start}:${h.end}`;
        if (seen.has(k)) return false;
        seen.add(k);
        return true;
      });
  };

  return {
    kind: 'paragraph',
    rules: IDIOM_RULES,
    check(input, sink) {
      const t = input.text;
      const n = t.length;
      let reported = 0;
      // Long phrases first: a four-character window inside one (exact or misspelt) is not reported on its own.
      const longSpans: Array<[number, number]> = [];
      const longHits = long.phrases.length ? scanLong(t, longSpans) : [];
      let lastLongEnd = -1;
      for (const h of longHits) {
        if (reported >= MAX_PER_PARAGRAPH || h.start < lastLongEnd) continue;
        if (fold && fold(t.slice(h.start, h.end)) === h.phrase) continue;
        lastLongEnd = h.end;
        longSpans.push([h.start, h.end]);
        sink.report({
          ruleId: h.ruleId,
          start: h.start,
          end: h.end,
          suggestions: [h.phrase],
          message: `${q(t.slice(h.start, h.end))}疑为${q(h.phrase)}之误（${h.detail}）。`,
        });
        reported++;
      }
      let lastExact = -10; // start of the latest exact idiom occurrence
      let run = 0; // consecutive Han characters ending at i
      let c0 = 0;
      // posBits of c0–c3, read once per character
      let b0 = 0;
      let b1 = 0;
      let b2 = 0;
      let b3 = 0;
      let c1 = 0;
      let c2 = 0;
      let c3 = 0;
      // A candidate waits until the three following windows are known not to be an exact idiom.
      let pending: Candidate[] = [];
      const emit = (c: Candidate) => {
        if (reported >= MAX_PER_PARAGRAPH) return;
        if (longSpans.length && longSpans.some(([s, e]) => s <= c.start && c.start + 4 <= e)) return;
        const text = t.slice(c.start, c.start + 4);
        if (fold && fold(text) === c.idiom) return;
        const n = c.grade === SWAP || c.doubled ? 2 : 1;
        const wrong = text.slice(c.pos, c.pos + n);
        const right = c.idiom.slice(c.pos, c.pos + n);
        const detail = c.grade === SWAP ? `${q(wrong)}应为${q(right)}，字序颠倒` : `${q(wrong)}应为${q(right)}`;
        sink.report({
          ruleId: GRADE_RULE[c.grade]!,
          start: c.start,
          end: c.start + 4,
          suggestions: [c.idiom],
          message: `${q(text)}疑为成语${q(c.idiom)}之误（${detail}）。`,
        });
        reported++;
      };

      for (let i = 0; i < n; i++) {
        const c = t.charCodeAt(i);
        if (!isHanCode(c)) {
          run = 0;
          continue;
        }
        c0 = c1;
        c1 = c2;
        c2 = c3;
        c3 = c;
        b0 = b1;
        b1 = b2;
        b2 = b3;
        b3 = posBits[c]!;
        if (++run < 4) continue;
        const start = i - 3;
        if (pending.length && pending[0]!.start + 3 < start) {
          for (const p of pending) emit(p);
          pending = [];
        }
        // Characters sitting where some idiom has them; a key can only hit if three of the four do.
        const present = (b0 & 1) | (b1 & 2) | (b2 & 4) | (b3 & 8);
        const three = present === 15 || present === 14 || present === 13 || present === 11 || present === 7;
        // A slip at position 2 or 3 keeps an idiom's first two characters, one at 0 or 1 its last two.
        const head = three && isHead(c0, c1);
        const tail = three && isTail(c2, c3);
        // Neither a one-character slip nor the idiom itself: maybe a swap or a doubled pair written wrong.
        if (!head && !tail) {
          const other = start >= lastExact + 4 ? otherAt(t, start, c0, c1, c2, c3, present) : undefined;
          if (other) pending.push(other);
          continue;
        }
        let best: Candidate | undefined;
        let isExact = false;
        scan: for (let pos = 0; pos < 4; pos++) {
          if ((present !== 15 && present !== (15 ^ (1 << pos))) || !(pos < 2 ? tail : head)) continue;
          const ka = pos === 0 ? c1 : c0;
          const kb = pos <= 1 ? c2 : c1;
          const kc = pos === 3 ? c2 : c3;
          for (let h = hashKey(ka, kb, kc, pos) & mask; slots[h] !== 0; h = (h + 1) & mask) {
            if (slotPos[h] !== pos) continue;
            const id = slots[h]! - 1;
            const o = id * 4;
            // The three kept characters must be the idiom's (hash slots are shared).
            if (
              (pos !== 0 && chars[o] !== c0) ||
              (pos !== 1 && chars[o + 1] !== c1) ||
              (pos !== 2 && chars[o + 2] !== c2) ||
              (pos !== 3 && chars[o + 3] !== c3)
            ) {
              continue;
            }
            const idiom = idiomOf(id);
            const wrong = t[start + pos]!;
            const right = idiom[pos]!;
            if (wrong === right) {
              // The other three characters match too, so the window is this idiom.
              isExact = true;
              break scan;
            }
            if (best?.grade === 4) continue;
            const g = grade(wrong, right);
            if (g > (best?.grade ?? 0)) best = { start, idiom, pos, grade: g };
          }
        }
        if (isExact) {
          lastExact = start;
          if (pending.length) pending = endingBy(pending, start); // overlapping ones go
          continue;
        }
        if (!best) {
          // Neither a one-character slip nor the idiom itself: maybe a swap or a doubled pair written wrong.
          const other = start >= lastExact + 4 ? otherAt(t, start, c0, c1, c2, c3, present) : undefined;
          if (other) pending.push(other);
          continue;
        }
        if (start < lastExact + 4) continue;
        if (allow.size && allow.has(t.slice(start, i + 1))) continue;
        pending.push(best);
      }
      for (const p of pending) emit(p);
    },
  };
}
