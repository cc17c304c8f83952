/**
 * 前后不一致的别字 — a phrase the draft writes right in one place and with one character slipped in another: 汇算清缴
 * … 免于办理汇算请缴 (清缴). The draft itself shows which word was meant, so the slip needs no frequency margin
 * (typo.unlikely-word weighs slips without that evidence, and its margin misses 请缴: 请 and 缴 are words of their own).
 *
 * A window of two to four Han characters is a slip of a word W of the same draft when:
 * - it is no word of the word table (jieba's with CC-CEDICT and the idioms), and W is one, of any count (清缴 has 9);
 * - it differs from W in one character that both sounds (tones aside) and looks (shapes.txt) like W's: a draft may
 *   well write two words that only sound alike (高发季 … 高发期, through 期's rare reading jī) or only look alike
 *   (彬州市 … 郴州市, two cities);
 * - both are written inside the same phrase: with W's other characters, the characters around the two agree on at
 *   least MIN_AGREE characters (汇算清缴 … 汇算请缴; not 个性化 … 10个省);
 * - the slipped character is no part of a word there, and the window's other characters are no part of a word
 *   reaching out of it (本系统 is 本 + 系统, not a slip of 体系);
 * - it has no numeral and no frequent function character, no rare character (a name's) and no traditional form;
 * - the slip is not written more often than W, and not in a book title or a short quotation.
 * On the 40 clean gov.cn texts it is quiet; on the national work reports it reads one older spelling (股分制, 1988).
 */

import { derivedInput, keptMemo } from '../engine/data/store';
import type { CharSimilarity } from '../engine/near/similar';
import type { DocumentCandidate, DocumentRule, RuleMeta } from '../engine/rule';
import { quotedRanges } from '../engine/text/segment';
import type { Field } from '../engine/types';
import { tonelessAlike } from './toneless';
import { arrayOfUnits, bookTitles, inBookTitle, inShortQuote, isHanCode, q, unitBuffer } from './util-text';
// the suspect classes and the longest word are typo.unlikely-word's
import { FUNCTION_FREQ, MAX_WORD, MIN_CHAR_FREQ, type WordFreq } from './word-likelihood';

export const DRAFT_VARIANT_RULES: RuleMeta[] = [
  {
    id: 'typo.draft-variant',
    category: 'typo',
    severity: 'warn',
    title: '别字（与文中写法不一致）',
    message: '{text}疑有别字，文中另处写法不同，请核对。',
    source:
      '政府网站与政务新媒体检查指标（错别字）；词频取自 jieba 词典（MIT）与 THUOCL 法律、医学、财经词表（MIT），另以 CC-CEDICT 与成语表判断真实词语',
    note: '同一篇稿件中某词一处写对、另一处错了一个同音（不计声调）或形近字，而错的写法组不成词语时提示，建议以文中正确写法为准。',
  },
];

const FIELDS: readonly Field[] = ['title', 'digest', 'body'];

export interface DraftVariantOptions {
  /** The engine's folding (traditional → simplified …): a character it changes is a form, not a slip. */
  fold?: (s: string) => string;
  /**
   * Two-character place names (the divisions' own names without their suffix: 榕江, 漠河): one the draft writes is the
   * word a slip of it elsewhere meant, without a phrase around the two that agrees (来容江 … 周末来榕江看“村超”).
   * Such names are mostly no words of the table, and the generated place variants leave out slips of their common
   * characters (an invented example name sounds like a real one).
   */
  placeNames?: readonly string[];
}

export function createDraftVariantRule(
  table: WordFreq,
  sim: CharSimilarity,
  opts: DraftVariantOptions = {},
): DocumentRule {
  /** Per code unit: 0 not yet asked, 1 never a suspect, 2 may be one. */
  const suspectKind = new Uint8Array(65536);
  /**
   * Both a sound-alike (tones aside) and a look-alike (请缴 … 清缴, 缓型 … 缓刑, 股分 … 股份): a draft may well write two
   * words that only sound alike (高发季 … 高发期, through 期's rare reading jī) or only look alike (彬州 … 郴州, two cities).
   */
  const alikeOf = new Map<number, number[]>();
  /** The same lists as kept by the CLI between runs (store.ts keptMemo), for the characters of earlier runs. */
  const keptAlike = keptMemo('draft-variant.alike', () => derivedInput(sim.pinyin, sim.shapes));
  const suspectMemo = new Map<string, Int32Array>();
  /** lineSuspects' copy of a line's code units (grown as needed, read only below the line's length). */
  const lineUnits = unitBuffer();
  /** Per code unit: whether this check looks for where the draft writes it. */
  const wantedFlag = new Uint8Array(65536);
  const unitsOf = (t: string): Uint16Array => {
    const u = new Uint16Array(t.length);
    for (let k = 0; k < t.length; k++) u[k] = t.charCodeAt(k);
    return u;
  };
  const isWord = (u: ArrayLike<number>, s: number, e: number) => table.has(u, s, e);
  const placeKeys = new Set<number>();
  /** 1 for a code unit that starts a two-character place name: most positions of a draft skip the Set lookup. */
  const placeFirst = new Uint8Array(65536);
  for (const n of opts.placeNames ?? []) {
    if (n.length !== 2) continue;
    placeKeys.add(n.charCodeAt(0) * 65536 + n.charCodeAt(1));
    placeFirst[n.charCodeAt(0)] = 1;
  }
  /** The two-character place names written in `all` (as placeKeys keys). */
  const placesWritten = (all: string): Set<number> => {
    const out = new Set<number>();
    for (let k = 0; k + 1 < all.length; k++) {
      const c = all.charCodeAt(k);
      if (!placeFirst[c]) continue;
      const key = c * 65536 + all.charCodeAt(k + 1);
      if (placeKeys.has(key)) out.add(key);
    }
    return out;
  };
  /** sim.sound(a, b) >= SOUND_TONELESS, from each unit's toneless readings (toneless.ts) */
  const soundsToneless = tonelessAlike(sim);
  return {
    kind: 'document',
    rules: DRAFT_VARIANT_RULES,
    check({ draft }, report) {
      const texts = FIELDS.map((f) => [f, draft[f] ?? ''] as const).filter(([, t]) => t.length > 1);
      // the suspects first, line by line (remembered by the line's text: a check while typing reads one new line)
      const suspects: Array<[number, number, string, number, number]> = []; // text, line start, line, position, run start
      texts.forEach(([, t], ti) => {
        for (let from = 0; from < t.length; ) {
          let to = t.indexOf('\n', from);
          if (to < 0) to = t.length;
          const line = t.slice(from, to);
          const found = lineSuspects(line);
          for (let k = 0; k < found.length; k += 2) suspects.push([ti, from, line, found[k]!, found[k + 1]!]);
          from = to + 1;
        }
      });
      if (!suspects.length) return;
      // where the draft writes each character a suspect could stand for (one pass over the draft), by the two Han
      // characters before it and by the two after it: a writing agrees with the suspect's phrase on MIN_AGREE (three)
      // characters only where two of them stand on one side, so only those writings are tried (a draft that repeats
      // its phrases had some million pairs of positions compared, one by one)
      const wanted = new Set<number>();
      // (indexed loops over the suspects and their candidates, here and below: a for-of, with destructuring, allocates
      // per element in code not yet optimised, and this check runs once per draft)
      for (let k = 0; k < suspects.length; k++) {
        const xs = alikeUnits(suspects[k]![2].charCodeAt(suspects[k]![3]));
        for (let m = 0; m < xs.length; m++) wanted.add(xs[m]!);
      }
      if (!wanted.size) return;
      const offsets: number[] = [];
      let all = '';
      for (const [, t] of texts) {
        offsets.push(all.length);
        all += `${t}\n`;
      }
      wantedFlag.fill(0);
      for (const x of wanted) wantedFlag[x] = 1;
      const byLeft = new Map<number, number[]>();
      const byRight = new Map<number, number[]>();
      const add = (m: Map<number, number[]>, key: number, k: number) => {
        const list = m.get(key);
        if (list) list.push(k);
        else m.set(key, [k]);
      };
      for (let k = 0; k < all.length; k++) {
        const c = all.charCodeAt(k);
        if (!wantedFlag[c]) continue;
        const l = sideKey(all, k - 1, k - 2);
        if (l >= 0) add(byLeft, c * PAIR_KEY + l, k);
        const r = sideKey(all, k + 1, k + 2);
        if (r >= 0) add(byRight, c * PAIR_KEY + r, k);
      }
      const occurrences = (w: string) => {
        let n = 0;
        for (let k = all.indexOf(w); k >= 0; k = all.indexOf(w, k + 1)) n++;
        return n;
      };
      const titles = texts.map(([, t]) => (t.includes('《') ? bookTitles(t) : []));
      /** A slip found in line t (at `from` of field ti) that is written on purpose or more often than the word. */
      const setAside = (f: Omit<DocumentCandidate, 'field'>, ti: number, from: number, t: string): boolean =>
        inBookTitle(titles[ti]!, from + f.start, from + f.end) ||
        inShortQuote(quotedRanges(t), f.start, f.end) ||
        occurrences(t.slice(f.start, f.end)) > occurrences(f.suggestions![0]!);
      let written: Set<number> | undefined;
      let lastLine = '';
      let u: Uint16Array = new Uint16Array(0);
      for (let k = 0; k < suspects.length; k++) {
        const suspect = suspects[k]!;
        const ti = suspect[0];
        const from = suspect[1];
        const t = suspect[2];
        const i = suspect[3];
        const runStart = suspect[4];
        const field = texts[ti]![0];
        // a line's suspects come together: its code units are made once
        if (t !== lastLine || u.length !== t.length) {
          u = unitsOf(t);
          lastLine = t;
        }
        const c = u[i]!;
        const gi = offsets[ti]! + from + i;
        let found: Omit<DocumentCandidate, 'field'> | undefined;
        const leftKey = sideKey(all, gi - 1, gi - 2);
        const rightKey = sideKey(all, gi + 1, gi + 2);
        const xs = alikeUnits(c);
        for (let m = 0; m < xs.length; m++) {
          const x = xs[m]!;
          const ls = (leftKey >= 0 && byLeft.get(x * PAIR_KEY + leftKey)) || NO_POSITIONS;
          const rs = (rightKey >= 0 && byRight.get(x * PAIR_KEY + rightKey)) || NO_POSITIONS;
          // the writings of x agreeing on two characters at either side, in the draft's order (both lists ascend)
          for (let a = 0, b = 0; a < ls.length || b < rs.length; ) {
            const pa = a < ls.length ? ls[a]! : Number.MAX_SAFE_INTEGER;
            const pb = b < rs.length ? rs[b]! : Number.MAX_SAFE_INTEGER;
            const p = Math.min(pa, pb);
            if (pa === p) a++;
            if (pb === p) b++;
            // the same phrase: characters agreeing on both sides of the two (Han only)
            let left = 0;
            while (left < MAX_WORD + 2 && agree(all, gi - left - 1, p - left - 1)) left++;
            let right = 0;
            while (right < MAX_WORD + 2 && agree(all, gi + right + 1, p + right + 1)) right++;
            if (left + right < MIN_AGREE) continue;
            found = windowAt(u, t, i, runStart, left, right, x);
            if (found) {
              if (setAside(found, ti, from, t)) found = undefined;
              else break;
            }
          }
          if (found) break;
        }
        if (!found && placeKeys.size && makesPlace(u, i, runStart, xs)) {
          written ??= placesWritten(all);
          if (written.size) found = placeSlip(u, t, i, runStart, xs, written);
          if (found && setAside(found, ti, from, t)) found = undefined;
        }
        if (found) report({ ...found, field, start: from + found.start, end: from + found.end });
      }
    },
  };

  /** A line's suspects (position and start of its Han run), remembered by the line's text. */
  function lineSuspects(line: string): Int32Array {
    let r = suspectMemo.get(line);
    if (r) return r;
    const u = lineUnits(line);
    const out: number[] = [];
    let runStart = 0;
    let runEnd = 0;
    // positions before this one lie inside a word found to cover an earlier one: covered as well
    let wordEnd = 0;
    for (let i = 0; i < line.length; i++) {
      const c = u[i]!;
      if (!isHanCode(c)) continue;
      if (i >= runEnd) {
        runStart = i;
        runEnd = i + 1;
        while (runEnd < line.length && isHanCode(u[runEnd]!)) runEnd++;
      }
      if (runEnd - runStart < 2 || i < wordEnd) continue;
      let kind = suspectKind[c]!;
      if (kind === 0) {
        const single = table.unit(c);
        kind =
          single === undefined || single < MIN_CHAR_FREQ || single >= FUNCTION_FREQ || !alikeUnits(c).length ? 1 : 2;
        suspectKind[c] = kind;
      }
      if (kind === 1) continue;
      wordEnd = coveredTo(u, i, runStart, runEnd);
      if (wordEnd) continue;
      if (opts.fold && opts.fold(line[i]!) !== line[i]) continue;
      out.push(i, runStart);
    }
    r = Int32Array.from(out);
    if (suspectMemo.size >= MAX_MEMO) suspectMemo.clear();
    suspectMemo.set(line, r);
    return r;
  }

  /**
   * The characters that both sound (tones aside) and look like c: its look-alikes that sound alike, in their order
   * (the order sim.alike gives them, look-alikes first). Not the sound-alikes tested for shape: a syllable such as shi
   * has a hundred characters, which cost a cold CLI run about 0.1 ms per new character.
   */
  function alikeUnits(c: number): number[] {
    let r = alikeOf.get(c);
    if (!r) {
      const kept = keptAlike?.get(c);
      if (kept) r = arrayOfUnits(kept);
      else {
        r = [];
        const a = String.fromCharCode(c);
        for (const ch of sim.shapes?.similar(a) ?? '') {
          if (ch.length === 1 && soundsToneless(c, ch.charCodeAt(0))) r.push(ch.charCodeAt(0));
        }
        keptAlike?.set(c, Uint16Array.from(r));
      }
      alikeOf.set(c, r);
    }
    return r;
  }

  /**
   * The window around the suspect i, inside what agrees with the other writing (left and right characters), that is
   * no word as written and a word with x in place of the suspect: the shortest, leftmost first.
   */
  function windowAt(
    u: Uint16Array,
    t: string,
    i: number,
    runStart: number,
    left: number,
    right: number,
    x: number,
  ): Omit<DocumentCandidate, 'field'> | undefined {
    const c = u[i]!;
    for (let len = 2; len <= MAX_WORD; len++) {
      for (let s = Math.max(runStart, i - left, i - len + 1); s <= i; s++) {
        const e = s + len;
        if (e > i + 1 + right || e > u.length || !allHan(u, s, e) || isWord(u, s, e)) continue;
        if (!plainWords(u, s, e) || !isolated(u, s, e, i, runStart)) continue;
        u[i] = x;
        const word = isWord(u, s, e) && plainWords(u, s, e) ? String.fromCharCode(...u.subarray(s, e)) : undefined;
        u[i] = c;
        if (!word) continue;
        const slip = t.slice(s, e);
        return {
          ruleId: 'typo.draft-variant',
          start: s,
          end: e,
          suggestions: [word],
          message: `${q(slip)}疑为${q(word)}之误（同音或形近字；文中另处写作${q(word)}），请核对。`,
        };
      }
    }
    return undefined;
  }

  /** Whether the suspect i, read as one of `xs`, makes a two-character place name with a neighbour (any draft). */
  function makesPlace(u: Uint16Array, i: number, runStart: number, xs: readonly number[]): boolean {
    for (let m = 0; m < xs.length; m++) {
      const x = xs[m]!;
      if (i - 1 >= runStart && placeKeys.has(u[i - 1]! * 65536 + x)) return true;
      if (i + 1 < u.length && placeFirst[x] && placeKeys.has(x * 65536 + u[i + 1]!)) return true;
    }
    return false;
  }

  /**
   * The two-character place name the draft writes that the suspect i, read as one of `xs`, makes with a neighbour
   * (容江 … 榕江): the two written are no word of the table and no place name, and no part of a word reaching out.
   */
  function placeSlip(
    u: Uint16Array,
    t: string,
    i: number,
    runStart: number,
    xs: readonly number[],
    written: Set<number>,
  ): Omit<DocumentCandidate, 'field'> | undefined {
    for (let s = i - 1; s <= i; s++) {
      const e = s + 2;
      if (s < runStart || e > u.length || !allHan(u, s, e)) continue;
      if (isWord(u, s, e) || placeKeys.has(u[s]! * 65536 + u[s + 1]!) || !isolated(u, s, e, i, runStart)) continue;
      for (let m = 0; m < xs.length; m++) {
        const x = xs[m]!;
        const key = s === i ? x * 65536 + u[i + 1]! : u[i - 1]! * 65536 + x;
        if (!written.has(key)) continue;
        const slip = t.slice(s, e);
        const name = String.fromCharCode(key >>> 16, key & 0xffff);
        return {
          ruleId: 'typo.draft-variant',
          start: s,
          end: e,
          suggestions: [name],
          message: `${q(slip)}疑为${q(name)}之误（同音或形近字；文中另处写作地名${q(name)}），请核对。`,
        };
      }
    }
    return undefined;
  }

  /** Whether u[s…e) has no numeral and no frequent function character (七到 … 起到, 中约 … 中的 are no slips). */
  function plainWords(w: string | Uint16Array, s: number, e: number): boolean {
    for (let k = s; k < e; k++) {
      const c = typeof w === 'string' ? w.charCodeAt(k) : w[k]!;
      if (NUMERALS.has(c) || (table.unit(c) ?? 0) >= FUNCTION_FREQ) return false;
    }
    return true;
  }

  /**
   * Whether the window's other characters are no part of a word reaching out of it (本系统 is 本 + 系统, not a slip of
   * 体系; 建设及 is 建设 + 及): the window is then where two words meet. A numeral (二十届) does not count.
   */
  function isolated(u: Uint16Array, s: number, e: number, i: number, runStart: number): boolean {
    for (let k = s; k < e; k++) {
      if (k === i) continue;
      for (let a = Math.max(runStart, k - MAX_WORD + 1); a <= k; a++)
        for (let b = Math.max(a + 2, k + 1); b <= a + MAX_WORD && b <= u.length && isHanCode(u[b - 1]!); b++) {
          if (a >= s && b <= e) continue;
          if (isWord(u, a, b) && !numeral(u, a, b)) return false;
        }
    }
    return true;
  }

  /**
   * Where a word of the table of two to four characters that covers position i inside its Han run ends; 0 if none.
   * Shortest windows first (most covered characters are in a two-character word, found in one or two lookups), the
   * one reaching furthest first: the word covers every later position up to its end as well.
   */
  function coveredTo(u: Uint16Array, i: number, runStart: number, runEnd: number): number {
    for (let len = 2; len <= MAX_WORD; len++)
      for (let s = Math.min(i, runEnd - len); s >= runStart && s > i - len; s--)
        if (isWord(u, s, s + len)) return s + len;
    return 0;
  }
}

/** The phrase written twice must agree on at least this many characters besides the slipped one. */
const MIN_AGREE = 3;
/** Lines whose suspects are remembered (cleared when full). */
const MAX_MEMO = 4000;
/** Multiplier of a character in the keys of the writings of it by their neighbours (sideKey below it). */
const PAIR_KEY = 2 ** 32;
const NO_POSITIONS: readonly number[] = [];
/** The Han characters at a and b of the draft as one key below PAIR_KEY; -1 if either is outside or no Han. */
function sideKey(all: string, a: number, b: number): number {
  if (a < 0 || b < 0 || a >= all.length || b >= all.length) return -1;
  const x = all.charCodeAt(a);
  const y = all.charCodeAt(b);
  return isHanCode(x) && isHanCode(y) ? x * 65536 + y : -1;
}

/** Whether two positions of the draft hold the same Han character. */
function agree(all: string, a: number, b: number): boolean {
  if (a < 0 || b < 0 || a >= all.length || b >= all.length) return false;
  const c = all.charCodeAt(a);
  return c === all.charCodeAt(b) && isHanCode(c);
}

const NUMERALS = new Set('〇零一二两三四五六七八九十百千万亿'.split('').map((c) => c.charCodeAt(0)));
function numeral(u: Uint16Array, s: number, e: number): boolean {
  for (let k = s; k < e; k++) if (!NUMERALS.has(u[k]!)) return false;
  return true;
}

function allHan(u: Uint16Array, s: number, e: number): boolean {
  for (let k = s; k < e; k++) if (!isHanCode(u[k]!)) return false;
  return true;
}
