import { hash64 } from './hash';
import { noteClassUnits, noteMappedUnits } from './matcher/automaton';
/**
 * Character normalization shared by dictionary compilation and scanning.
 *
 * Every code unit maps to at most one code unit (full-width → half-width, upper → lower case,
 * traditional → simplified per character), so a match in the normalized stream maps back to the
 * original text through the positions of the code units that were not skipped.
 * Which characters are skipped inside a match depends on the entry's skip level.
 */

/** Character classes (bit flags). */
export const CLS_INVISIBLE = 1; // zero-width, bidi controls, variation selectors: always skipped
export const CLS_QUOTE = 2; // quotation marks: skipped at level "quotes" and "noise"
export const CLS_NOISE = 4; // spaces, punctuation, symbols: skipped at level "noise"
export const CLS_EMOJI_HIGH = 8; // high surrogate of an emoji code point: the pair is noise
export const CLS_HAN = 16;
export const CLS_LATIN = 32;
export const CLS_DIGIT = 64;

export type SkipLevel = 'none' | 'quotes' | 'noise';
export const SKIP_LEVELS: readonly SkipLevel[] = ['none', 'quotes', 'noise'];

export function skipMask(level: SkipLevel): number {
  if (level === 'noise') return CLS_INVISIBLE | CLS_QUOTE | CLS_NOISE | CLS_EMOJI_HIGH;
  if (level === 'quotes') return CLS_INVISIBLE | CLS_QUOTE;
  return CLS_INVISIBLE;
}

const QUOTES = '“”‘’「」『』〝〞"\'＂＇';

/** The classes any skip level skips (skipMask('noise')). */
const SKIPPABLE = CLS_INVISIBLE | CLS_QUOTE | CLS_NOISE | CLS_EMOJI_HIGH;

function buildClasses(): Uint8Array {
  const cls = new Uint8Array(65536);
  /** [from, to] of every range or unit given a SKIPPABLE class below (noteClassUnits: no other unit has one). */
  const skippable: number[] = [];
  const mark = (from: number, to: number, bit: number) => {
    if (bit & SKIPPABLE) skippable.push(from, to);
    for (let c = from; c <= to; c++) cls[c] = (cls[c] ?? 0) | bit;
  };
  const set = (c: number, value: number) => {
    if (value & SKIPPABLE) skippable.push(c, c);
    cls[c] = value;
  };
  /** mark() for a range no earlier mark touched: one native fill (the Han blocks are 28,000 units). */
  const fill = (from: number, to: number, bit: number) => cls.fill(bit, from, to + 1);
  // Invisible characters.
  for (const c of [0x00ad, 0x034f, 0x061c, 0x115f, 0x1160, 0x17b4, 0x17b5, 0x180e, 0x3164, 0xfeff, 0xffa0]) {
    set(c, CLS_INVISIBLE);
  }
  mark(0x200b, 0x200f, CLS_INVISIBLE);
  mark(0x202a, 0x202e, CLS_INVISIBLE);
  mark(0x2060, 0x206f, CLS_INVISIBLE);
  mark(0xfe00, 0xfe0f, CLS_INVISIBLE);
  // Noise: whitespace, ASCII punctuation and symbols, general punctuation, symbols, CJK punctuation.
  for (const c of [0x09, 0x0b, 0x0c, 0x20, 0xa0, 0x1680, 0x3000]) set(c, CLS_NOISE);
  mark(0x2000, 0x200a, CLS_NOISE);
  mark(0x21, 0x2f, CLS_NOISE);
  mark(0x3a, 0x40, CLS_NOISE);
  mark(0x5b, 0x60, CLS_NOISE);
  mark(0x7b, 0x7e, CLS_NOISE);
  mark(0xa1, 0xbf, CLS_NOISE);
  set(0xd7, CLS_NOISE);
  set(0xf7, CLS_NOISE);
  mark(0x2010, 0x205e, CLS_NOISE);
  mark(0x2190, 0x2bff, CLS_NOISE); // arrows, math, technical, box drawing, shapes, dingbats
  mark(0x3001, 0x303f, CLS_NOISE); // CJK symbols and punctuation (except 〇 below)
  cls[0x3007] = 0; // 〇 is a numeral
  cls[0x3005] = 0; // 々 iteration mark
  mark(0x30fb, 0x30fb, CLS_NOISE);
  mark(0xfe10, 0xfe1f, CLS_NOISE);
  mark(0xfe30, 0xfe6f, CLS_NOISE);
  mark(0xff01, 0xff0f, CLS_NOISE);
  mark(0xff1a, 0xff20, CLS_NOISE);
  mark(0xff3b, 0xff40, CLS_NOISE);
  mark(0xff5b, 0xff65, CLS_NOISE);
  mark(0xffe0, 0xffee, CLS_NOISE);
  for (const q of QUOTES) set(q.charCodeAt(0), CLS_QUOTE | CLS_NOISE);
  // Emoji live in planes U+1F000–U+1FBFF: high surrogates D83C–D83E.
  mark(0xd83c, 0xd83e, CLS_EMOJI_HIGH);
  mark(0xdb40, 0xdb40, CLS_EMOJI_HIGH); // tag characters (flag sequences)
  // Letters and digits.
  fill(0x4e00, 0x9fff, CLS_HAN);
  fill(0x3400, 0x4dbf, CLS_HAN);
  fill(0xf900, 0xfaff, CLS_HAN);
  mark(0x41, 0x5a, CLS_LATIN);
  mark(0x61, 0x7a, CLS_LATIN);
  mark(0xff21, 0xff3a, CLS_LATIN);
  mark(0xff41, 0xff5a, CLS_LATIN);
  mark(0x30, 0x39, CLS_DIGIT);
  mark(0xff10, 0xff19, CLS_DIGIT);
  const units: number[] = [];
  for (let r = 0; r < skippable.length; r += 2)
    for (let c = skippable[r]!; c <= skippable[r + 1]!; c++) if (cls[c]! & SKIPPABLE) units.push(c);
  noteClassUnits(cls, SKIPPABLE, Uint16Array.from(units));
  return cls;
}

let identity: Uint16Array | undefined;
/** A new map of every code unit to itself: one loop over the 65,536 units per process, then a copy each. */
export function identityMap(): Uint16Array {
  if (!identity) {
    // Two units per 32-bit word: half the iterations of a loop that runs once per process, mostly in the
    // interpreter (≈ 4.5 ms cold for 65,536 stores, ≈ 0.7 ms this way).
    const words = new Uint32Array(32768);
    const littleEndian = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
    for (let i = 0, c = 0; i < 32768; i++, c += 2) words[i] = littleEndian ? c | ((c + 1) << 16) : (c << 16) | (c + 1);
    identity = new Uint16Array(words.buffer);
  }
  return identity.slice();
}

export interface NormalizerData {
  /** Traditional → simplified character pairs, concatenated: "臺台後后…" (generated from opencc-js t2s). */
  t2s?: string;
}

export class Normalizer {
  /** Normalized code unit for every code unit. */
  readonly map: Uint16Array;
  readonly cls: Uint8Array;
  readonly hasT2s: boolean;
  private _version?: string;

  constructor(data: NormalizerData = {}) {
    this.cls = buildClasses();
    const map = identityMap();
    for (let c = 0xff01; c <= 0xff5e; c++) map[c] = c - 0xfee0; // full-width ASCII
    map[0x3000] = 0x20;
    const t2s = data.t2s ?? '';
    for (let i = 0; i + 1 < t2s.length; i += 2) map[t2s.charCodeAt(i)] = t2s.charCodeAt(i + 1);
    // Lower-case Latin after width folding. Only these units can map to A-Z by now: A-Z, their full-width forms
    // and the t2s keys (every other unit still maps to itself), so only they are looked at, not all 65,536.
    const lower = (c: number) => {
      const m = map[c]!;
      if (m >= 0x41 && m <= 0x5a) map[c] = m + 32;
    };
    for (let c = 0x41; c <= 0x5a; c++) lower(c);
    for (let c = 0xff21; c <= 0xff3a; c++) lower(c);
    for (let i = 0; i + 1 < t2s.length; i += 2) lower(t2s.charCodeAt(i));
    // Every unit changed above (symbolTable builds its tables from these alone).
    const changed = new Uint16Array(0x5a - 0x41 + 1 + 0xff5e - 0xff01 + 1 + 1 + (t2s.length >> 1));
    let n = 0;
    for (let c = 0x41; c <= 0x5a; c++) changed[n++] = c;
    for (let c = 0xff01; c <= 0xff5e; c++) changed[n++] = c;
    changed[n++] = 0x3000;
    for (let i = 0; i + 1 < t2s.length; i += 2) changed[n++] = t2s.charCodeAt(i);
    noteMappedUnits(map, changed.subarray(0, n));
    this.map = map;
    this.hasT2s = t2s.length > 0;
  }

  /**
   * A hash of the normaliser's tables (code-unit map and classes). Derived from the tables themselves, so a
   * change to the normalising code or to the t2s data changes it without anyone remembering to bump a number.
   */
  get version(): string {
    if (this._version === undefined) {
      const parts: string[] = [];
      // 4,096 code units per chunk keeps String.fromCharCode's argument list small.
      for (let i = 0; i < 65536; i += 4096) {
        parts.push(String.fromCharCode(...this.map.subarray(i, i + 4096)));
        parts.push(String.fromCharCode(...this.cls.subarray(i, i + 4096)));
      }
      this._version = hash64(...parts);
    }
    return this._version;
  }

  /**
   * Normalizes a dictionary term for the given skip level: maps every unit and drops the units the
   * level skips (so a noise-level term never contains punctuation).
   */
  normalizeTerm(term: string, level: SkipLevel): string {
    const mask = skipMask(level);
    let out = '';
    for (let i = 0; i < term.length; i++) {
      const c = term.charCodeAt(i);
      const k = this.cls[c]!;
      if (k & CLS_EMOJI_HIGH && mask & CLS_EMOJI_HIGH) {
        i++;
        continue;
      }
      if (k & mask) continue;
      out += String.fromCharCode(this.map[c]!);
    }
    return out;
  }

  /** Plain normalization of a whole string (no skipping except invisible characters). */
  normalize(text: string): string {
    return this.normalizeTerm(text, 'none');
  }
}
