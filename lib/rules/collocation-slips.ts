/**
 * 固定搭配中的别字 — a common word of official prose written with one character swapped for a sound-alike or
 * look-alike that is a common word of its own (大中城是基础设施 for 城市, 切是加以解决 for 切实, 挪用项目资进 for 资金),
 * judged by the words the right one is written next to in real official prose.
 *
 * Such a slip is two single-character words meeting, so the word tables cannot list it and the word-likelihood rule
 * weighs it too weakly (both characters are frequent alone). The generated table (dictionaries/data/collocation-slips.txt,
 * scripts/build-collocation-slips.ts) lists, for about 1,500 common words, the slips that are no word and never
 * occur in the even-year government work reports or the gov.cn texts, with the words seen right before and right
 * after the word there. A slip is reported when one of those collocates stands right next to it: 大中 + 城是,
 * 城是 + 基础. Measured on text the table was not made from (the odd-year work reports, the public spelling-correction
 * sets' correct sentences and every eval set): see test/eval/results/2026-12-06-round26.md. The finding is a
 * fallback: a listed rule's finding on the same text wins.
 */

import { keptTable } from '../engine/data/store';
import { dataLines } from '../engine/data/tables';
import { type DataText, inputOf, textOf } from '../engine/data/text-source';
import type { ParagraphRule, RuleMeta } from '../engine/rule';
import { bookTitles, inBookTitle, inShortQuote, isHanCode, MAX_PER_PARAGRAPH, q, unitBuffer } from './util-text';
import { FUNCTION_FREQ, SURNAMES, type WordFreq } from './word-likelihood';

export const COLLOCATION_SLIP_RULES: RuleMeta[] = [
  {
    id: 'typo.collocation',
    category: 'typo',
    severity: 'warn',
    title: '固定搭配中的别字',
    message: '{text}疑有别字，请核对。',
    source:
      '政府网站与政务新媒体检查指标（错别字）；搭配取自历年政府工作报告（偶数年，公有领域），词频取自 jieba 词典（MIT）',
    note: '常用词的一个字被写成读音相同（不计声调）或字形相近的另一个常用字、两个字各自成词时，按政府工作报告中这个词前后常见的搭配判断（大中城是基础设施 → 城市）。书名号和短引号内不提示。',
  },
];

/** The collocates of a slip's word, by pairKey (a neighbour is looked up without making a string of it). */
interface Slip {
  right: string;
  before: ReadonlySet<number>;
  after: ReadonlySet<number>;
  /** The collocates seen often (STRONG_CTX in the generator): one alone marks a slip into a function character. */
  strongBefore: ReadonlySet<number>;
  strongAfter: ReadonlySet<number>;
}

/**
 * Two code units of `s` from `at` as one number: an int32, which V8 keeps as a small integer on 64-bit Node, so that
 * a Set lookup allocates nothing (a two-unit string per neighbour and slip met was ≈ 0.8 MB of garbage per 20,000
 * characters). Equal keys, equal units.
 */
const pairKey = (s: string, at: number): number => (s.charCodeAt(at) << 16) | s.charCodeAt(at + 1);
/** A missing neighbour, and the key of an empty collocate (a bare *), as strings compared before: '' matched ''. */
const NONE = Number.NaN;

/** The collocates of one side, and the strong ones among them (marked *); one not two units long never matches. */
function sides(field: string | undefined): [Set<number>, Set<number>] {
  const all = new Set<number>();
  const strong = new Set<number>();
  const add = (set: Set<number>, w: string) => {
    if (w.length === 2) set.add(pairKey(w, 0));
    else if (!w) set.add(NONE);
  };
  for (const w of field ? field.split(' ') : []) {
    if (w[0] === '*') {
      add(all, w.slice(1));
      add(strong, w.slice(1));
    } else if (w) add(all, w);
  }
  return [all, strong];
}

/**
 * Per slip (first unit · 65536 + second, never 0: both are Han units), the line listing it: an open-addressing table
 * of typed arrays (no object per slip). `more`: [slip, line] of each further line listing a slip, in line order.
 * Made on first use (≈ 40,000 slips: ≈ 8 ms at CLI start, in code not yet optimised), or read from a host's table
 * store when the rule is made (the CLI's cache: views into its file, and the table's text is then read only when a
 * slip is met).
 */
export interface SlipIndex {
  keys: Uint32Array;
  rows: Int32Array;
  more: Uint32Array;
}
const SLOTS = 1 << 17;

/** A table's lines, index and parsed entries, each made on first use. */
interface SlipTable {
  text: DataText;
  lines?: string[];
  keys?: Uint32Array;
  rows?: Int32Array;
  /** A slip of two lines or more: its further lines. */
  more: Map<number, number[]>;
  /** Each line's parsed entry, made when one of its slips is first met. */
  entries: Array<Slip | undefined>;
}

/** The table of the last text a rule was made with: engines made again from the same data share it. */
let last: SlipTable | undefined;
function tableOf(text: DataText): SlipTable {
  if (!last || inputOf(last.text) !== inputOf(text)) last = { text, more: new Map(), entries: [] };
  return last;
}

const linesOf = (t: SlipTable): string[] => {
  t.lines ??= dataLines(textOf(t.text));
  return t.lines;
};

const slot = (k: number) => Math.imul(k, 0x9e3779b1) >>> 15;

/** The slip index of a table's lines (exported for tests). */
export function buildSlipIndex(lines: readonly string[]): SlipIndex {
  const keys = new Uint32Array(SLOTS);
  const rows = new Int32Array(SLOTS);
  const more: number[] = [];
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n]!;
    const a = line.indexOf('\t');
    const b = line.indexOf('\t', a + 1);
    if (a < 1 || b < 0) continue;
    // the slips are two units each, one space apart: read in place, without a string per slip
    for (let j = a + 1; j + 1 < b; j += 3) {
      const k = (line.charCodeAt(j) * 65536 + line.charCodeAt(j + 1)) >>> 0;
      let h = slot(k);
      while (keys[h] !== 0 && keys[h] !== k) h = (h + 1) & (SLOTS - 1);
      if (keys[h] === k) more.push(k, n);
      else {
        keys[h] = k;
        rows[h] = n;
      }
    }
  }
  return { keys, rows, more: Uint32Array.from(more) };
}

/**
 * Whether `x` has the shape of a slip index (a stored one is checked before it is used). The lines it names are
 * checked as they are read (entry): a loop over the 131,072 slots cost ≈ 2 ms of every CLI start, and the table's
 * text is not read at all until a slip is met.
 */
export function isSlipIndex(x: unknown): x is SlipIndex {
  const f = x as Partial<SlipIndex> | null;
  if (!(f?.keys instanceof Uint32Array && f.rows instanceof Int32Array && f.more instanceof Uint32Array)) return false;
  return f.keys.length === SLOTS && f.rows.length === SLOTS && f.more.length % 2 === 0;
}

function install(t: SlipTable, index: SlipIndex): void {
  const more = new Map<number, number[]>();
  for (let i = 0; i < index.more.length; i += 2) {
    // int32 keys, as the check looks them up (no number object made per lookup)
    const k = index.more[i]! | 0;
    const l = more.get(k);
    if (l) l.push(index.more[i + 1]!);
    else more.set(k, [index.more[i + 1]!]);
  }
  t.more = more;
  t.rows = index.rows;
  t.keys = index.keys;
}

function keysOf(t: SlipTable): Uint32Array {
  if (!t.keys) install(t, buildSlipIndex(linesOf(t)));
  return t.keys!;
}

/** The line of slip k, -1 if none. */
function rowOf(keys: Uint32Array, rows: Int32Array, k: number): number {
  for (let h = slot(k); keys[h] !== 0; h = (h + 1) & (SLOTS - 1)) if (keys[h] === k) return rows[h]!;
  return -1;
}

/** `s` when a neighbour (NONE: none) is one of its collocates, as the function character rule asks; else undefined. */
function beside(s: Slip, both: boolean, before: number, after: number): Slip | undefined {
  const hasBefore = !Number.isNaN(before); // not NONE
  const hasAfter = !Number.isNaN(after);
  const ok = both
    ? (hasBefore && s.before.has(before) && hasAfter && s.after.has(after)) ||
      s.strongBefore.has(before) ||
      s.strongAfter.has(after)
    : (hasBefore && s.before.has(before)) || (hasAfter && s.after.has(after));
  return ok ? s : undefined;
}

function entry(t: SlipTable, n: number): Slip {
  let e = t.entries[n];
  if (!e) {
    const line = linesOf(t)[n];
    if (line === undefined) throw new Error(`typo.collocation: no line ${n} in the slip table (a damaged index)`);
    const [right, , before, after] = line.split('\t');
    const [b, sb] = sides(before);
    const [f, sf] = sides(after);
    e = { right: right!, before: b, after: f, strongBefore: sb, strongAfter: sf };
    t.entries[n] = e;
  }
  return e;
}

/**
 * The rule, with the word table: a slip's character that makes a word with its other neighbour belongs to that word
 * (布局有, 安全提供: 局 and 提 are 布局's and 提供's), and a surname after 老 or 小 starts a name (老郭家).
 */
export function createCollocationSlipRule(words: WordFreq, text: DataText): ParagraphRule {
  const table = tableOf(text);
  // kept by the host (the CLI's cache): read now, where made on first use otherwise
  if (!table.keys) {
    const kept = keptTable(
      'collocation-slips',
      () => inputOf(text),
      () => buildSlipIndex(linesOf(table)),
    );
    if (kept) install(table, kept);
  }
  /** The slip's first character ends a word begun before it, or its second starts one (布局有, 家长群中, 安全提供). */
  const partOfWord = (u: Uint16Array, i: number, n: number): boolean =>
    (i > 0 && words.has(u, i - 1, i + 1)) ||
    (i > 1 && words.has(u, i - 2, i + 1)) ||
    (i + 3 <= n && words.has(u, i + 1, i + 3)) ||
    (i + 4 <= n && words.has(u, i + 1, i + 4));
  const unitsOf = unitBuffer();
  return {
    kind: 'paragraph',
    rules: COLLOCATION_SLIP_RULES,
    check(p, sink) {
      const t = p.text;
      const keys = keysOf(table);
      const rows = table.rows!;
      let reported = 0;
      let titles: Array<[number, number]> | undefined;
      let u: Uint16Array | undefined;
      for (let i = 0; i + 1 < t.length && reported < MAX_PER_PARAGRAPH; i++) {
        const a = t.charCodeAt(i);
        if (!isHanCode(a)) continue;
        const k = (a * 65536 + t.charCodeAt(i + 1)) >>> 0;
        const row = rowOf(keys, rows, k);
        if (row < 0) continue;
        const before = i >= 2 && isHanCode(t.charCodeAt(i - 2)) ? pairKey(t, i - 2) : NONE;
        const after = i + 4 <= t.length && isHanCode(t.charCodeAt(i + 3)) ? pairKey(t, i + 2) : NONE;
        u ??= unitsOf(t);
        // a function character written in (愿以, 城是) reads as a word of its own more easily, and a slip that is a
        // word of its own (平菇 for 评估) is one: both collocates, or a strong one, then
        const both =
          (words.unit(a) ?? 0) >= FUNCTION_FREQ ||
          (words.unit(u[i + 1]!) ?? 0) >= FUNCTION_FREQ ||
          words.has(u, i, i + 2);
        // the first of the slip's lines (in line order) whose word has such a collocate
        let hit = beside(entry(table, row), both, before, after);
        const others = hit ? undefined : table.more.get(k | 0);
        for (let j = 0; !hit && others && j < others.length; j++)
          hit = beside(entry(table, others[j]!), both, before, after);
        if (!hit) continue;
        if (partOfWord(u, i, t.length)) continue;
        if (SURNAMES.has(a) && (t[i - 1] === '老' || t[i - 1] === '小')) continue;
        titles ??= bookTitles(t);
        if (inBookTitle(titles, i, i + 2) || inShortQuote(p.quotes, i, i + 2)) continue;
        sink.report({
          ruleId: 'typo.collocation',
          start: i,
          end: i + 2,
          suggestions: [hit.right],
          message: `${q(t.slice(i, i + 2))}疑为${q(hit.right)}之误（同音或形近字），请核对。`,
          fallback: true,
        });
        reported++;
        i++;
      }
    },
  };
}
