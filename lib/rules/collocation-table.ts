/**
 * The collocation table (collocation-slips-data.ts, made by scripts/build-collocation-slips.ts): for about 1,500
 * common words of official prose, their one-character slips and the words they are written next to in the even-year
 * government work reports. Read by the collocation rule.
 */

import { COLLOCATION_SLIPS } from './collocation-slips-data';

export interface Slip {
  right: string;
  before: ReadonlySet<string>;
  after: ReadonlySet<string>;
  /** The collocates seen often (STRONG_CTX in the generator): one alone marks a slip into a function character. */
  strongBefore: ReadonlySet<string>;
  strongAfter: ReadonlySet<string>;
}

/**
 * A slip the corpus itself writes (是场 in 这是场硬仗, rarely): its word's line, and the collocates seen right next to
 * the slip there, which never mark it.
 */
export interface WrittenSlip {
  row: number;
  badBefore: readonly string[];
  badAfter: readonly string[];
}

/** The collocates of one side, and the strong ones among them (marked *). */
function sides(field: string | undefined): [Set<string>, Set<string>] {
  const all = new Set<string>();
  const strong = new Set<string>();
  for (const w of field ? field.split(' ') : []) {
    if (w[0] === '*') {
      all.add(w.slice(1));
      strong.add(w.slice(1));
    } else if (w) all.add(w);
  }
  return [all, strong];
}

/** The table's lines, made on first use. */
let lines: string[] | undefined;
/**
 * Per slip (first unit · 65536 + second, never 0: both are Han units), the line listing it: an open-addressing table
 * of typed arrays (≈ 40,000 slips are read in about a millisecond, no object per slip). A slip of two lines keeps the
 * other in `more`.
 */
let keys: Uint32Array | undefined;
let rows: Int32Array | undefined;
const more = new Map<number, number[]>();
const written = new Map<number, WrittenSlip[]>();
const SLOTS = 1 << 17;
/** Each line's parsed entry, made when one of its slips is first met. */
const entries: Array<Slip | undefined> = [];

const slot = (k: number) => Math.imul(k, 0x9e3779b1) >>> 15;
const keyOf = (s: string, at = 0) => (s.charCodeAt(at) * 65536 + s.charCodeAt(at + 1)) >>> 0;

function index(): Uint32Array {
  if (keys) return keys;
  lines = COLLOCATION_SLIPS.split('\n');
  keys = new Uint32Array(SLOTS);
  rows = new Int32Array(SLOTS);
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n]!;
    const a = line.indexOf('\t');
    const b = line.indexOf('\t', a + 1);
    if (a < 1 || b < 0) continue;
    // the slips are two units each, one space apart: read in place, without a string per slip
    for (let j = a + 1; j + 1 < b; j += 3) {
      const k = keyOf(line, j);
      let h = slot(k);
      while (keys[h] !== 0 && keys[h] !== k) h = (h + 1) & (SLOTS - 1);
      if (keys[h] === k) {
        const l = more.get(k);
        if (l) l.push(n);
        else more.set(k, [n]);
      } else {
        keys[h] = k;
        rows[h] = n;
      }
    }
    // the slips the corpus writes: slip, then <collocates before, >collocates after never to be read as marks
    const w = line.split('\t')[4];
    for (const tok of w ? w.split(' ') : []) {
      const lt = tok.indexOf('<');
      const gt = tok.indexOf('>');
      const e: WrittenSlip = {
        row: n,
        badBefore: lt > 0 ? tok.slice(lt + 1, gt > 0 ? gt : undefined).split(',') : [],
        badAfter: gt > 0 ? tok.slice(gt + 1).split(',') : [],
      };
      const k = keyOf(tok);
      const l = written.get(k);
      if (l) l.push(e);
      else written.set(k, [e]);
    }
  }
  return keys;
}

export function entryOf(n: number): Slip {
  let e = entries[n];
  if (!e) {
    const [right, , before, after] = lines![n]!.split('\t');
    const [b, sb] = sides(before);
    const [f, sf] = sides(after);
    e = { right: right!, before: b, after: f, strongBefore: sb, strongAfter: sf };
    entries[n] = e;
  }
  return e;
}

const NONE: readonly Slip[] = [];

/** The listed slips of key k (slip's first unit · 65536 + second): their words' entries, usually none. */
export function listedSlips(k: number): readonly Slip[] {
  const table = index();
  for (let h = slot(k); table[h] !== 0; h = (h + 1) & (SLOTS - 1)) {
    if (table[h] !== k) continue;
    const row = rows![h]!;
    const others = more.get(k);
    return others ? [row, ...others].map(entryOf) : [entryOf(row)];
  }
  return NONE;
}

/** The slips of key k that the corpus writes, if any. */
export function writtenSlips(k: number): readonly WrittenSlip[] | undefined {
  index();
  return written.get(k);
}
