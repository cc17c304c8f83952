import { type Automaton, buildAutomaton } from '../matcher/automaton';

/**
 * Single-edit matching against a lexicon: finds windows of text that are ONE edit away from a term — a
 * substitution, a missing or an extra character, or two adjacent characters swapped — and the exact
 * occurrences of the terms.
 *
 * Index (pigeonhole anchors): a term T of length L is split into a head T[0, m) and a tail T[m, L), m = ⌊L/2⌋.
 * A substitution, insertion or deletion changes at most one half, so the other half occurs intact in the text;
 * so does a swap, except the swap of T[m-1] and T[m] across the boundary, and that one swapped form of the whole
 * term is a third anchor. All anchors go into one Aho–Corasick automaton: one linear scan finds every anchor
 * occurrence, and each is verified against its term in the (at most three) windows it can belong to. No work
 * per term and text position, only per anchor hit.
 *
 * Units are compared after normalization (the caller's `map`, e.g. full-width and traditional folding); every
 * unit of a window must satisfy `isUnit` (by default Han characters), so a window never spans punctuation, a
 * space or a line break — never two sentences.
 */

export type EditKind = 'exact' | 'sub' | 'del' | 'ins' | 'swap';

export interface NearMatch {
  /** Term index. */
  term: number;
  start: number;
  end: number;
  kind: EditKind;
  /** Position in the term: substituted, deleted or first swapped character; for `ins`, the term position the extra unit precedes. */
  pos: number;
  /** The text's unit (normalized) for `sub` and `ins`. */
  got: number;
}

const HEAD = 0;
const TAIL = 1;
const SWAP = 2;

const isHan = (c: number) =>
  (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff);

export class NearMatcher {
  readonly terms: readonly string[];
  private readonly codes: Uint16Array[];
  private readonly automaton: Automaton;
  /** Anchor id → its (term, kind, offset) triples, flattened: [start, end) into the three arrays. */
  private readonly refStart: Int32Array;
  private readonly refTerm: Int32Array;
  private readonly refKind: Uint8Array;
  private readonly refOffset: Int32Array;
  /** Length and last unit of each term (hot-loop reads). */
  private readonly termLen: Int32Array;
  private readonly termLast: Uint16Array;
  private tables = new WeakMap<Uint16Array, Uint16Array>();

  /**
   * `terms` must already be normalized; empty and one-unit terms are ignored. `variants(term)` may instead list
   * every accepted substitution of a short term explicitly: these and the term itself become exact patterns (no
   * one-character anchors, which a short term would otherwise need and which hit all the time), and only
   * substitutions are then found for it.
   */
  constructor(terms: readonly string[], variants?: (term: string) => readonly string[] | undefined) {
    this.terms = terms;
    this.codes = terms.map((t) => Uint16Array.from(t, (c) => c.charCodeAt(0)));
    this.termLen = Int32Array.from(terms, (t) => t.length);
    this.termLast = Uint16Array.from(terms, (t) => (t.length ? t.charCodeAt(t.length - 1) : 0));
    // One automaton pattern per distinct anchor (many short terms share one: 新 heads 新城区, 新华区 …).
    const refs = new Map<string, number[]>();
    const add = (p: string, t: number, k: number, o: number) => {
      let r = refs.get(p);
      if (!r) refs.set(p, (r = []));
      r.push(t, k, o);
    };
    terms.forEach((t, i) => {
      const L = t.length;
      if (L < 2) return;
      const listed = variants?.(t);
      if (listed) {
        for (const v of [t, ...listed]) if (v.length === L) add(v, i, SWAP, 0);
        return;
      }
      const m = L >> 1;
      add(t.slice(0, m), i, HEAD, 0);
      add(t.slice(m), i, TAIL, m);
      if (t[m - 1] !== t[m]) add(t.slice(0, m - 1) + t[m] + t[m - 1] + t.slice(m + 1), i, SWAP, 0);
    });
    const pats = [...refs.keys()];
    this.automaton = buildAutomaton(pats);
    this.refStart = new Int32Array(pats.length + 1);
    const flat = pats.flatMap((p) => refs.get(p)!);
    this.refTerm = Int32Array.from({ length: flat.length / 3 }, (_, i) => flat[3 * i]!);
    this.refKind = Uint8Array.from({ length: flat.length / 3 }, (_, i) => flat[3 * i + 1]!);
    this.refOffset = Int32Array.from({ length: flat.length / 3 }, (_, i) => flat[3 * i + 2]!);
    let at = 0;
    pats.forEach((p, i) => {
      this.refStart[i] = at;
      at += refs.get(p)!.length / 3;
    });
    this.refStart[pats.length] = at;
  }

  private table(map: Uint16Array | undefined): Uint16Array {
    const key = map ?? IDENTITY;
    let t = this.tables.get(key);
    if (!t) {
      t = this.automaton.symbolTable(map);
      this.tables.set(key, t);
    }
    return t;
  }

  /**
   * Every exact occurrence and every single-edit window of every term, each window once (a window may be
   * reported for several terms). Order is by anchor end, not by start.
   */
  scan(
    text: string,
    opts: {
      map?: Uint16Array;
      isUnit?: (c: number) => boolean;
      /** Only windows ending with the term's last unit (e.g. a place name's suffix 市/县 must be intact). */
      lastIntact?: boolean;
    } = {},
  ): NearMatch[] {
    const map = opts.map;
    const isUnit = opts.isUnit ?? isHan;
    const lastIntact = opts.lastIntact === true;
    const out: NearMatch[] = [];
    const seen = new Set<number>();
    const n = text.length;
    const unit = (i: number) => {
      const c = text.charCodeAt(i);
      return map ? map[c]! : c;
    };
    const { termLen, termLast } = this;
    const tryWindow = (t: number, s: number, e: number) => {
      if (s < 0 || e > n || e - s < 1) return;
      if (lastIntact && unit(e - 1) !== termLast[t]) return;
      const key = (s * 256 + Math.min(255, e - s)) * 65536 + t;
      if (seen.has(key)) return;
      seen.add(key);
      for (let i = s; i < e; i++) if (!isUnit(unit(i))) return;
      const m = classify(this.codes[t]!, unit, s, e);
      if (m) out.push({ term: t, start: s, end: e, kind: m[0], pos: m[1], got: m[2] });
    };
    const { refStart, refTerm, refKind, refOffset } = this;
    this.automaton.scan(text, this.table(map), (pid, s, e) => {
      for (let r = refStart[pid]!; r < refStart[pid + 1]!; r++) {
        const t = refTerm[r]!;
        const L = termLen[t]!;
        const k = refKind[r]!;
        if (k === HEAD) {
          tryWindow(t, s, s + L);
          tryWindow(t, s, s + L - 1);
          tryWindow(t, s, s + L + 1);
        } else if (k === TAIL) {
          tryWindow(t, e - L, e);
          tryWindow(t, e - L + 1, e);
          tryWindow(t, e - L - 1, e);
        } else {
          const start = s - refOffset[r]!;
          tryWindow(t, start, start + L);
        }
      }
    });
    return out;
  }
}

const IDENTITY = new Uint16Array(0);

/** [kind, term position, text unit] of the single edit turning term `tc` into text[s, e), or undefined. */
function classify(
  tc: Uint16Array,
  unit: (i: number) => number,
  s: number,
  e: number,
): [EditKind, number, number] | undefined {
  const L = tc.length;
  const w = e - s;
  let i = 0;
  if (w === L) {
    while (i < L && unit(s + i) === tc[i]) i++;
    if (i === L) return ['exact', 0, 0];
    let j = L - 1;
    while (j > i && unit(s + j) === tc[j]) j--;
    if (i === j) return ['sub', i, unit(s + i)];
    if (j === i + 1 && unit(s + i) === tc[j] && unit(s + j) === tc[i] && tc[i] !== tc[j]) return ['swap', i, 0];
    return undefined;
  }
  if (w === L - 1) {
    while (i < w && unit(s + i) === tc[i]) i++;
    for (let k = i; k < w; k++) if (unit(s + k) !== tc[k + 1]) return undefined;
    return ['del', i, 0];
  }
  if (w === L + 1) {
    while (i < L && unit(s + i) === tc[i]) i++;
    for (let k = i; k < L; k++) if (unit(s + k + 1) !== tc[k]) return undefined;
    return ['ins', i, unit(s + i)];
  }
  return undefined;
}
