import { type Automaton, buildAutomaton, HitBuffer } from '../matcher/automaton';

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

export type EditKind = 'exact' | 'sub' | 'sub2' | 'del' | 'ins' | 'swap' | 'repeat';

export interface NearMatch {
  /** Term index. */
  term: number;
  start: number;
  end: number;
  kind: EditKind;
  /**
   * Position in the term: substituted, deleted or first swapped character; for `ins`, the term position the extra unit
   * precedes; for `repeat`, the term position the repeated pair precedes (the pair is the two characters before it).
   */
  pos: number;
  /** The text's unit (normalized) for `sub` and `ins`. */
  got: number;
  /** `sub2` only: the second substituted term position and the text's unit there. */
  pos2?: number;
  got2?: number;
}

const HEAD = 0;
const TAIL = 1;
const SWAP = 2;
/**
 * The tail after the middle pair, T[m+1, L): intact when the two substituted characters are the pair T[m-1], T[m]
 * across the halves' boundary (any other adjacent pair leaves a half intact). Same-length windows only.
 */
const PAIR_TAIL = 3;

export class NearMatcher {
  readonly terms: readonly string[];
  /** Each term's code units, made on the term's first candidate window (most terms never have one). */
  private readonly codes: Array<Uint16Array | undefined>;
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
  /** 1 where a term is also matched with two substitutions. */
  private readonly twoSubs: Uint8Array;

  /**
   * `terms` must already be normalized; empty and one-unit terms are ignored. `variants(term)` may instead list
   * every accepted substitution of a short term explicitly: these and the term itself become exact patterns (no
   * one-character anchors, which a short term would otherwise need and which hit all the time), and only
   * substitutions are then found for it.
   */
  /**
   * `twoSubsFrom`: terms of at least this length are also matched with two substitutions of ADJACENT characters (an
   * input method's homophone word; same length; reported as `sub2`): a half stays intact unless the pair straddles
   * the middle, and then the tail after the pair does (one more anchor per term).
   */
  constructor(
    terms: readonly string[],
    variants?: (term: string) => readonly string[] | undefined,
    twoSubsFrom = Number.POSITIVE_INFINITY,
  ) {
    this.terms = terms;
    this.codes = new Array(terms.length);
    this.termLen = Int32Array.from(terms, (t) => t.length);
    this.termLast = Uint16Array.from(terms, (t) => (t.length ? t.charCodeAt(t.length - 1) : 0));
    this.twoSubs = new Uint8Array(terms.length);
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
      if (L >= twoSubsFrom) {
        this.twoSubs[i] = 1;
        // (a four-character term's pair across the middle would need a one-character anchor: not sought)
        if (L - m - 1 >= 2) add(t.slice(m + 1), i, PAIR_TAIL, m + 1);
      }
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

  private termCodes(t: number): Uint16Array {
    const term = this.terms[t]!;
    const codes = new Uint16Array(term.length);
    for (let i = 0; i < term.length; i++) codes[i] = term.charCodeAt(i);
    this.codes[t] = codes;
    return codes;
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
      /** Also windows with two characters of the term typed twice (中华人民人民共和国), reported as `repeat`. */
      repeat?: boolean;
    } = {},
  ): NearMatch[] {
    const map = opts.map;
    const isUnit = opts.isUnit;
    const lastIntact = opts.lastIntact === true;
    const repeat = opts.repeat === true;
    const out: NearMatch[] = [];
    const n = text.length;
    // Filled on the first anchor hit: the normalized units, and where each run of units (isUnit) ends, so that a
    // window is checked in O(1) and compared without a call per unit.
    let units: Uint16Array | undefined;
    let runEnd: Int32Array | undefined;
    const prepare = () => {
      const scratch = scratchFor(n);
      units = scratch.units;
      runEnd = scratch.runEnd;
      if (map) for (let i = 0; i < n; i++) units[i] = map[text.charCodeAt(i)]!;
      else for (let i = 0; i < n; i++) units[i] = text.charCodeAt(i);
      let end = n;
      if (isUnit) {
        for (let i = n - 1; i >= 0; i--) {
          if (!isUnit(units[i]!)) end = i;
          runEnd[i] = end;
        }
      } else {
        // Han units (the default), tested inline: no call per unit
        for (let i = n - 1; i >= 0; i--) {
          const c = units[i]!;
          if (!((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff))) end = i;
          runEnd[i] = end;
        }
      }
    };
    // Windows already reported (a window is tried from several anchors; one that fails fails every time).
    let seen: Set<number> | undefined;
    const { termLen, termLast } = this;
    const tryWindow = (t: number, s: number, e: number) => {
      if (s < 0 || e > n || e - s < 1) return;
      if (!units) prepare();
      if (runEnd![s]! < e) return;
      if (lastIntact && units![e - 1] !== termLast[t]) return;
      const kind = classify(this.codes[t] ?? this.termCodes(t), units!, s, e, this.twoSubs[t] === 1, repeat);
      if (!kind) return;
      const key = (s * 256 + Math.min(255, e - s)) * 65536 + t;
      if (seen?.has(key)) return;
      (seen ??= new Set()).add(key);
      const hit: NearMatch = { term: t, start: s, end: e, kind, pos: edit.pos, got: edit.got };
      if (kind === 'sub2') {
        hit.pos2 = edit.pos2;
        hit.got2 = edit.got2;
      }
      out.push(hit);
    };
    const { refStart, refTerm, refKind, refOffset } = this;
    const found = this.automaton.scanHits(text, this.table(map), anchorHits);
    const d = anchorHits.data;
    for (let h = 0; h < 3 * found; h += 3) {
      const pid = d[h]!;
      const s = d[h + 1]!;
      const e = d[h + 2]!;
      for (let r = refStart[pid]!; r < refStart[pid + 1]!; r++) {
        const t = refTerm[r]!;
        const L = termLen[t]!;
        const k = refKind[r]!;
        if (k === HEAD) {
          tryWindow(t, s, s + L);
          tryWindow(t, s, s + L - 1);
          tryWindow(t, s, s + L + 1);
          if (repeat) tryWindow(t, s, s + L + 2);
        } else if (k === TAIL) {
          tryWindow(t, e - L, e);
          tryWindow(t, e - L + 1, e);
          tryWindow(t, e - L - 1, e);
          if (repeat) tryWindow(t, e - L - 2, e);
        } else {
          // SWAP (a whole-term pattern) and PAIR_TAIL: the window starts at the anchor's offset in the term
          const start = s - refOffset[r]!;
          tryWindow(t, start, start + L);
        }
      }
    }
    return out;
  }
}

const IDENTITY = new Uint16Array(0);

/** Anchor hits of one scan, reused (a scan never starts another: isUnit and the windows do not scan). */
const anchorHits = new HitBuffer();

let scratch = { units: new Uint16Array(256), runEnd: new Int32Array(256) };
/** Buffers for one scan's units and run ends, reused across scans (a scan never starts another). */
function scratchFor(n: number) {
  if (scratch.units.length < n) {
    const size = Math.max(n, 2 * scratch.units.length);
    scratch = { units: new Uint16Array(size), runEnd: new Int32Array(size) };
  }
  return scratch;
}

/** What classify found besides the kind (read right after it: it never calls out, and scans never nest in it). */
const edit = { pos: 0, got: 0, pos2: 0, got2: 0 };

/** The kind of edit, with its term position and text unit in `edit` (no array per window tried). */
function edited(kind: EditKind, pos: number, got: number): EditKind {
  edit.pos = pos;
  edit.got = got;
  return kind;
}

/**
 * The kind of the single edit turning term `tc` into text[s, e), or undefined, with its term position and text unit
 * in `edit`; with `two`, also two adjacent substitutions: 'sub2', pos and unit, then pos + 1 and unit2 in
 * edit.pos2/got2; with `repeat`, two adjacent characters of the term typed twice: 'repeat', pos and 0, the pair being
 * tc[pos - 2], tc[pos - 1].
 */
function classify(
  tc: Uint16Array,
  u: Uint16Array,
  s: number,
  e: number,
  two: boolean,
  repeat = false,
): EditKind | undefined {
  const L = tc.length;
  const w = e - s;
  let i = 0;
  if (w === L) {
    while (i < L && u[s + i]! === tc[i]) i++;
    if (i === L) return edited('exact', 0, 0);
    let j = L - 1;
    while (j > i && u[s + j]! === tc[j]) j--;
    if (i === j) return edited('sub', i, u[s + i]!);
    if (j === i + 1 && u[s + i]! === tc[j] && u[s + j]! === tc[i] && tc[i] !== tc[j]) return edited('swap', i, 0);
    if (two && j === i + 1) {
      edit.pos2 = j;
      edit.got2 = u[s + j]!;
      return edited('sub2', i, u[s + i]!);
    }
    return undefined;
  }
  if (w === L - 1) {
    while (i < w && u[s + i]! === tc[i]) i++;
    for (let k = i; k < w; k++) if (u[s + k]! !== tc[k + 1]) return undefined;
    return edited('del', i, 0);
  }
  if (w === L + 1) {
    while (i < L && u[s + i]! === tc[i]) i++;
    for (let k = i; k < L; k++) if (u[s + k + 1]! !== tc[k]) return undefined;
    return edited('ins', i, u[s + i]!);
  }
  if (repeat && w === L + 2) {
    while (i < L && u[s + i]! === tc[i]) i++;
    // the longest matching prefix may run into the repeat (人民人民 against 人民共…: it stops after the first pair)
    if (i < 2 || u[s + i]! !== tc[i - 2] || u[s + i + 1]! !== tc[i - 1]) return undefined;
    for (let k = i; k < L; k++) if (u[s + k + 2]! !== tc[k]) return undefined;
    return edited('repeat', i, 0);
  }
  return undefined;
}
