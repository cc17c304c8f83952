/**
 * Regular expressions searched from the code units a match can start with. A long alternation of words (the cue
 * lists of the sales and reply rules) costs V8 a test of many alternatives at every position of a paragraph; most
 * positions hold a character no alternative starts with. From the pattern's source, firstUnits works out every code
 * unit a match can begin with (a superset: lookarounds and anchors are read as matching nothing), and the search
 * tries the expression, anchored (sticky), only where the text has one. An anchored match at the first such position
 * is the match a global search finds there, so the matches are the same, in the same order.
 * Patterns this reading does not cover (a match may be empty, flags i/u/v, back-references, \W and the like) are
 * searched as before. test/unit/rules/first-units.test.ts compares both searches.
 */
import type { UnitMemo } from '../engine/data/store';
import { matchesOf } from './util-text';

/** What a piece of a pattern may start with: code units (or any), and whether it may match the empty string. */
interface First {
  units: Set<number> | 'any';
  empty: boolean;
}

const WHITESPACE = [9, 10, 11, 12, 13, 32, 0xa0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff];
for (let c = 0x2000; c <= 0x200a; c++) WHITESPACE.push(c);
const DIGITS = [48, 49, 50, 51, 52, 53, 54, 55, 56, 57];
const WORD: number[] = [...DIGITS, 95];
for (let c = 65; c <= 90; c++) WORD.push(c, c + 32);

class Unsupported extends Error {}

/**
 * What a piece read only for its extent yields (`need` false: a term after one that cannot be empty, so nothing it
 * starts with can start the match): it is parsed as fully as ever (same Unsupported cases), but no sets are made.
 * Most of a long word list's characters are such terms; making a set per character made reading the cue lists
 * ≈ 1 ms per pattern at CLI start.
 */
const SKIPPED: First = { units: 'any', empty: true };
/**
 * Terms that are one code unit each (a character that is no syntax, or \uXXXX: bundled code has its Chinese
 * written so), from lastIndex on; a quantifier that may follow a term.
 */
const LITERALS = /(?:[^\\()[\]{}|*+?.^$]|\\u[0-9a-fA-F]{4})+/y;
const LITERAL = /[^\\()[\]{}|*+?.^$]|\\u[0-9a-fA-F]{4}/y;
const QUANTIFIER = /^[*+?{]$/;

/** The code units a match of `source` (flags without i, u, v) may start with; undefined if it may be empty. */
export function firstUnitsOf(source: string): Set<number> | undefined {
  let i = 0;
  const peek = () => source[i];
  const unit = (): number => {
    const c = source.charCodeAt(i++);
    if (Number.isNaN(c)) throw new Unsupported();
    return c;
  };
  const hex = (n: number): number => {
    const h = source.slice(i, i + n);
    if (!/^[0-9a-fA-F]+$/.test(h) || h.length !== n) throw new Unsupported();
    i += n;
    return Number.parseInt(h, 16);
  };
  /** After a backslash: its units ('any' for \D, \S, \W); zero-width escapes return 'empty'. */
  const escaped = (inClass: boolean): number[] | 'any' | 'empty' => {
    const c = source[i++];
    switch (c) {
      case 'd':
        return DIGITS;
      case 's':
        return WHITESPACE;
      case 'w':
        return WORD;
      case 'D':
      case 'S':
      case 'W':
        return 'any';
      case 'n':
        return [10];
      case 'r':
        return [13];
      case 't':
        return [9];
      case 'v':
        return [11];
      case 'f':
        return [12];
      case '0':
        if (/[0-9]/.test(source[i] ?? '')) throw new Unsupported();
        return [0];
      case 'u':
        if (source[i] === '{') throw new Unsupported();
        return [hex(4)];
      case 'x':
        return [hex(2)];
      case 'b':
        if (inClass) return [8];
        return 'empty';
      case 'B':
        if (inClass) throw new Unsupported();
        return 'empty';
      case undefined:
        throw new Unsupported();
      default:
        // \c, \k, \p and back-references are not read; any other escaped character is itself
        if (/[A-Za-z1-9]/.test(c)) throw new Unsupported();
        return [c.charCodeAt(0)];
    }
  };
  const charClass = (need: boolean): First => {
    // a negated class: any unit (the class is still read, to find where it ends)
    const negated = source[i] === '^';
    if (negated) i++;
    let units: Set<number> | 'any' = new Set<number>();
    const one = (): number[] | 'any' => {
      if (source[i] === '\\') {
        i++;
        const e = escaped(true);
        if (e === 'empty') throw new Unsupported();
        return e;
      }
      return [unit()];
    };
    while (source[i] !== ']') {
      if (i >= source.length) throw new Unsupported();
      const a = one();
      if (source[i] === '-' && source[i + 1] !== ']') {
        i++;
        const b = one();
        if (a === 'any' || b === 'any' || a.length !== 1 || b.length !== 1 || b[0]! < a[0]!) throw new Unsupported();
        if (need && units !== 'any') for (let c = a[0]!; c <= b[0]!; c++) units.add(c);
      } else if (need) units = union(units, a === 'any' ? 'any' : new Set(a));
    }
    i++;
    if (!need) return SKIPPED;
    return { units: negated ? 'any' : units, empty: false };
  };
  const atom = (need: boolean): First => {
    const c = peek();
    if (c === '(') {
      i++;
      let lookaround = false;
      if (source[i] === '?') {
        i++;
        const k = source[i];
        if (k === ':') i++;
        else if (k === '=' || k === '!') {
          i++;
          lookaround = true;
        } else if (k === '<' && (source[i + 1] === '=' || source[i + 1] === '!')) {
          i += 2;
          lookaround = true;
        } else if (k === '<') {
          const close = source.indexOf('>', i);
          if (close < 0) throw new Unsupported();
          i = close + 1;
        } else throw new Unsupported();
      }
      // (a lookaround's own units are never used)
      const inner = alternatives(need && !lookaround);
      if (source[i] !== ')') throw new Unsupported();
      i++;
      if (!need) return SKIPPED;
      // a lookaround consumes nothing: the match starts with what follows it
      return lookaround ? { units: new Set(), empty: true } : inner;
    }
    if (c === '[') {
      i++;
      return charClass(need);
    }
    if (c === '\\') {
      i++;
      // a back-reference matches what its group took: any units, or none
      if (/[1-9]/.test(source[i] ?? '')) {
        while (/[0-9]/.test(source[i] ?? '')) i++;
        return { units: 'any', empty: true };
      }
      const e = escaped(false);
      if (!need) return SKIPPED;
      if (e === 'empty') return { units: new Set(), empty: true };
      return { units: e === 'any' ? 'any' : new Set(e), empty: false };
    }
    if (c === '^' || c === '$') {
      i++;
      return need ? { units: new Set(), empty: true } : SKIPPED;
    }
    if (c === '.') {
      i++;
      return need ? { units: 'any', empty: false } : SKIPPED;
    }
    if (c === '*' || c === '+' || c === '?' || c === '{' || c === ')' || c === '|' || c === ']' || c === '}') {
      // a quantifier without an atom, or a lone brace: not read
      throw new Unsupported();
    }
    const u = unit();
    return need ? { units: new Set([u]), empty: false } : SKIPPED;
  };
  /** An atom and its quantifier; `need` false: read only for its extent (SKIPPED). */
  const term = (need: boolean): First => {
    const a = atom(need);
    const q = peek();
    let min = 1;
    if (q === '*' || q === '?') {
      i++;
      min = 0;
    } else if (q === '+') i++;
    else if (q === '{') {
      const m = /^\{(\d+)(,\d*)?\}/.exec(source.slice(i));
      if (!m) throw new Unsupported();
      i += m[0].length;
      min = Number(m[1]);
    } else return a;
    if (peek() === '?') i++;
    if (!need) return SKIPPED;
    return min === 0 ? { units: a.units, empty: true } : a;
  };
  const sequence = (need: boolean): First => {
    let units: Set<number> | 'any' = new Set();
    let empty = true;
    while (i < source.length && peek() !== '|' && peek() !== ')') {
      if (!(need && empty)) {
        // a run of plain characters, each a term of its own, stepped over in one search; the last stays for term()
        // when a quantifier follows it (which then reads that as it would have)
        const start = i;
        LITERALS.lastIndex = start;
        if (LITERALS.test(source)) {
          const end = LITERALS.lastIndex;
          // the last term: \uXXXX (a backslash in the run always starts one) or one character
          const last = end - 6 >= start && source.charCodeAt(end - 6) === 92 ? end - 6 : end - 1;
          i = QUANTIFIER.test(source[end] ?? '') ? last : end;
          if (i === end) continue;
        }
      } else if (units !== 'any') {
        // the first term one code unit without a quantifier (an alternative of a word list): that unit, read here
        LITERAL.lastIndex = i;
        if (LITERAL.test(source)) {
          const end = LITERAL.lastIndex;
          if (!QUANTIFIER.test(source[end] ?? '')) {
            units.add(end - i === 1 ? source.charCodeAt(i) : Number.parseInt(source.slice(i + 2, end), 16));
            empty = false;
            i = end;
            continue;
          }
        }
      }
      // once a term cannot be empty, what follows it never starts the match: read for its extent only
      const t = term(need && empty);
      if (need && empty) {
        units = union(units, t.units);
        empty = t.empty;
      }
    }
    return need ? { units, empty } : SKIPPED;
  };
  const alternatives = (need: boolean): First => {
    let f = sequence(need);
    while (peek() === '|') {
      i++;
      const g = sequence(need);
      if (need) f = { units: union(f.units, g.units), empty: f.empty || g.empty };
    }
    return f;
  };
  try {
    const f = alternatives(true);
    if (i !== source.length || f.empty || f.units === 'any') return undefined;
    return f.units;
  } catch (err) {
    if (err instanceof Unsupported) return undefined;
    throw err;
  }
}

function union(a: Set<number> | 'any', b: Set<number> | 'any'): Set<number> | 'any' {
  if (a === 'any' || b === 'any') return 'any';
  for (const c of b) a.add(c);
  return a;
}

interface Plan {
  /**
   * Bit c (word c >>> 5, bit c & 31) set for a code unit c a match may start with: 8 KB a pattern, where a byte per
   * unit was 64 KB of fresh memory for every pattern a CLI start searches (≈ 0.4 ms of page faults for twelve), and
   * as fast to test.
   */
  first: Uint32Array;
  /** The same pattern, sticky (not global). */
  anchored: RegExp;
}

const plans = new WeakMap<RegExp, Plan | null>();

/**
 * The units of the patterns read in earlier runs, kept by the host between runs (the CLI's memo files,
 * lib/node/memo-store.ts): reading a pattern's source takes ≈ 0.25 ms in code not yet optimised, ≈ 4 ms for the
 * fifteen patterns a CLI start searches. Set by createEngine while the host's table store is installed.
 */
let kept: UnitMemo | undefined;

/** The sources this process has read, with their units (copied into a memo kept later: see keepFirstUnits). */
const read = new Map<string, Set<number> | undefined>();

/**
 * Keeps the patterns' start units in `memo` from now on (undefined: none kept), with those of the patterns this
 * process read before (none in a CLI run, whose one engine is made before its first check): a memo then holds every
 * pattern its engine searched, whatever engines came before it in the process.
 */
export function keepFirstUnits(memo: UnitMemo | undefined): void {
  kept = memo;
  if (!memo) return;
  for (const [source, units] of read) {
    const key = sourceKey(source);
    if (!memo.get(key)) memo.set(key, keptEntry(source, units));
  }
}

/**
 * A memo entry: the source's length (two words), whether the pattern is read (1) or searched as is (0), the source's
 * code units, then the start units. It is used only for the very source it holds (a key is a hash: two sources may
 * share one), so a pattern is read as firstUnitsOf reads it, or again.
 */
function keptEntry(source: string, units: Set<number> | undefined): Uint16Array {
  const n = source.length;
  const out = new Uint16Array(3 + n + (units?.size ?? 0));
  out[0] = n & 0xffff;
  out[1] = n >>> 16;
  out[2] = units ? 1 : 0;
  for (let k = 0; k < n; k++) out[3 + k] = source.charCodeAt(k);
  let at = 3 + n;
  if (units) for (const c of units) out[at++] = c;
  return out;
}

const utf16 = new TextDecoder('utf-16le');

/** The units of a memo entry made for `source` (null: searched as is); undefined if it was made for another source. */
function fromEntry(e: Uint16Array, source: string): Set<number> | null | undefined {
  const n = source.length;
  if (e.length < 3 + n || e[0] !== (n & 0xffff) || e[1] !== n >>> 16 || e[2]! > 1) return undefined;
  // compared natively (a lone surrogate decodes to U+FFFD, and the entry is then taken for another source's)
  if (utf16.decode(e.subarray(3, 3 + n)) !== source) return undefined;
  if (e[2] === 0) return e.length === 3 + n ? null : undefined;
  return new Set(e.subarray(3 + n));
}

/**
 * The memo key of a source: its length and three of its units, mixed (cheap in code not yet optimised). Sources
 * sharing a key share one entry, which serves the one it holds; the others are read each time.
 */
function sourceKey(source: string): number {
  const n = source.length;
  const h = Math.imul(n ^ (source.charCodeAt(n >> 1) << 16), 0x9e3779b1) ^ source.charCodeAt(0);
  return Math.imul(h ^ (source.charCodeAt(n - 1) << 8) ^ (h >>> 15), 0x85ebca77) >>> 0;
}

/** firstUnitsOf(source), through the kept memo when there is one. */
function keptUnitsOf(source: string): Set<number> | undefined {
  const memo = kept;
  if (!memo) {
    const units = firstUnitsOf(source);
    read.set(source, units);
    return units;
  }
  const key = sourceKey(source);
  const e = memo.get(key);
  const got = e && fromEntry(e, source);
  if (got !== undefined) {
    read.set(source, got ?? undefined);
    return got ?? undefined;
  }
  const units = firstUnitsOf(source);
  read.set(source, units);
  // (a key taken by another source keeps that source's entry)
  if (!e) memo.set(key, keptEntry(source, units));
  return units;
}

function planOf(re: RegExp): Plan | null {
  let plan = plans.get(re);
  if (plan === undefined) {
    const units = /[iuv]/.test(re.flags) ? undefined : keptUnitsOf(re.source);
    if (units) {
      const first = new Uint32Array(2048);
      for (const c of units) first[c >>> 5] = first[c >>> 5]! | (1 << (c & 31));
      plan = { first, anchored: new RegExp(re.source, `${re.flags.replace('g', '')}y`) };
    } else plan = null;
    plans.set(re, plan);
  }
  return plan;
}

/** matchesOf(re, text) (util-text.ts): the same matches, in the same order, searched from their first units. */
export function* firstMatchesOf(re: RegExp, text: string): Generator<RegExpExecArray, void, undefined> {
  const plan = planOf(re);
  if (!plan) {
    yield* matchesOf(re, text);
    return;
  }
  const { first, anchored } = plan;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((first[c >>> 5]! & (1 << (c & 31))) === 0) continue;
    anchored.lastIndex = i;
    const m = anchored.exec(text);
    if (m === null) continue;
    yield m;
    // (a match is never empty here)
    i += m[0].length - 1;
  }
}

/**
 * The match firstMatchesOf(re, text) yields first at or after `from` (null if none), without a generator: a rule that
 * runs several lists over every paragraph loops `for (let m = firstMatchFrom(re, t, 0); m; m = firstMatchFrom(re, t,
 * m.index + (m[0].length || 1)))` and allocates no generator per list and paragraph. For a global regex without the
 * u or v flag (an empty match is stepped over by one unit, as firstMatchesOf does then).
 */
export function firstMatchFrom(re: RegExp, text: string, from: number): RegExpExecArray | null {
  const plan = planOf(re);
  if (!plan) {
    re.lastIndex = from;
    const m = re.exec(text);
    re.lastIndex = 0;
    return m;
  }
  const { first, anchored } = plan;
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((first[c >>> 5]! & (1 << (c & 31))) === 0) continue;
    anchored.lastIndex = i;
    const m = anchored.exec(text);
    if (m !== null) return m;
  }
  return null;
}

/** re.test(text) for a regex without the g or y flag, searched from the first units of its matches. */
export function firstTest(re: RegExp, text: string): boolean {
  const plan = re.global || re.sticky ? null : planOf(re);
  if (!plan) return re.test(text);
  const { first, anchored } = plan;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((first[c >>> 5]! & (1 << (c & 31))) === 0) continue;
    anchored.lastIndex = i;
    if (anchored.test(text)) return true;
  }
  return false;
}
