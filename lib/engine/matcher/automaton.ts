import { listInput, storedBuild } from '../data/store';
import { deserializeAutomaton, serializeAutomaton } from './serialize';
/**
 * Aho–Corasick automaton stored as a double-array trie in one typed array of 4-word records.
 *
 * State t is record `nodes[4t … 4t+3]`, and every state reference inside is a record offset (4t), so the scan never
 * multiplies: [BASE] 4·base, [CHECK] the parent's offset (-1 for a free slot), [FAIL] the failure link's offset,
 * [OUT] the state's outputs, its own patterns and those of its dictionary-suffix chain (see OUT_*).
 * - transition: t = nodes[s + BASE] + 4·symbol, valid iff nodes[t + CHECK] === s (O(1), no hashing); a probe, its
 *   failure link and the outputs of the state reached are one cache line, not five arrays' worth.
 *
 * Symbols are a compact alphabet (1…A, most frequent characters first); 0 means "not in any pattern".
 * The whole automaton is a handful of typed arrays, so it serializes to one ArrayBuffer and loads
 * without rebuilding (see serialize/deserialize).
 */

export const SYM_NONE = 0;
export const SYM_SKIP = 0xffff;
export const MAX_PATTERN_LENGTH = 128; // ring buffer size for match starts; must be a power of two
/** Placement attempts after which a free slot is given up (keeps building linear on big alphabets). */
const MAX_TRIES = 32;

/** Words of a state's record. */
const BASE = 0;
const CHECK = 1;
const FAIL = 2;
const OUT = 3;
/**
 * A pattern output packed into one word: pattern id << OUT_LEN_BITS | length (≤ MAX_PATTERN_LENGTH, so it fits).
 * [OUT] is 0 (no output), a packed output + 1 (exactly one: no second read), or -(1 + i) for several: packed
 * outputs at outs[i …] up to a -1, the state's own patterns first, then those of its failure link's run.
 */
const OUT_LEN_BITS = 8;
/** Pattern ids must stay below this to be packed with their length. */
export const MAX_PATTERNS = 1 << (31 - OUT_LEN_BITS);

export interface AutomatonArrays {
  /** Normalized code unit of each symbol (index 0 unused). */
  alphabet: Uint16Array;
  /** The states' records (4 words each, see Automaton). */
  nodes: Int32Array;
  /** Output runs of the states with more than one output, each packed output, a run ended by -1. */
  outs: Int32Array;
  patternCount: number;
}

/**
 * Code-unit tables registered with the only units that can differ from the plain case (noteMappedUnits: the units a
 * map may send elsewhere, every other unit maps to itself; noteClassUnits: the units that may carry any of `bits`,
 * no other unit has one of them). symbolTable then visits those units instead of all 65,536: it is built for every
 * automaton before its first scan, where a loop over all units ran cold (≈ 1-2 ms each at a CLI start).
 */
const mappedUnits = new WeakMap<Uint16Array, Uint16Array>();
const classUnits = new WeakMap<Uint8Array, { bits: number; units: Uint16Array }>();

/** Registers `units` as every unit `map` may change (map[c] === c for every other c); the caller keeps that true. */
export function noteMappedUnits(map: Uint16Array, units: Uint16Array): void {
  mappedUnits.set(map, units);
}

/** Registers `units` as every unit whose class in `cls` may have one of `bits`; the caller keeps that true. */
export function noteClassUnits(cls: Uint8Array, bits: number, units: Uint16Array): void {
  classUnits.set(cls, { bits, units });
}

export class Automaton {
  readonly alphabet: Uint16Array;
  readonly nodes: Int32Array;
  readonly outs: Int32Array;
  readonly patternCount: number;
  /** Positions of the last MAX_PATTERN_LENGTH scanned units (scanHits never calls out, so one per automaton). */
  private readonly ring = new Int32Array(MAX_PATTERN_LENGTH);
  private spare: HitBuffer | undefined = new HitBuffer();

  constructor(a: AutomatonArrays) {
    this.alphabet = a.alphabet;
    this.nodes = a.nodes;
    this.outs = a.outs;
    this.patternCount = a.patternCount;
  }

  /** Slots of the double array (states and free slots). */
  get size(): number {
    return this.nodes.length >> 2;
  }

  /** Bytes held by the automaton's arrays. */
  get byteLength(): number {
    return this.alphabet.byteLength + this.nodes.byteLength + this.outs.byteLength;
  }

  /** Builds a code-unit → symbol table. `map` folds code units first (normalization); `skip` marks units skipped inside matches. */
  symbolTable(map?: Uint16Array, cls?: Uint8Array, skipBits = 0): Uint16Array {
    const bySym = new Uint16Array(65536); // normalized unit → symbol
    for (let s = 1; s < this.alphabet.length; s++) bySym[this.alphabet[s]!] = s;
    // Built for every automaton before its first scan: the common cases without a branch per unit.
    if (!map && !cls) return bySym;
    const mapped = map ? mappedUnits.get(map) : undefined;
    const classed = cls ? classUnits.get(cls) : undefined;
    if ((!map || mapped) && (!cls || (classed && (skipBits & ~classed.bits) === 0))) {
      // The same table from the registered units only: every other unit maps to itself and is never skipped.
      const table = bySym.slice();
      if (map) for (let i = 0; i < mapped!.length; i++) table[mapped![i]!] = bySym[map[mapped![i]!]!]!;
      if (cls && skipBits) {
        const units = classed!.units;
        for (let i = 0; i < units.length; i++) if (cls[units[i]!]! & skipBits) table[units[i]!] = SYM_SKIP;
      }
      return table;
    }
    const table = new Uint16Array(65536);
    if (!cls) {
      for (let c = 0; c < 65536; c++) table[c] = bySym[map![c]!]!;
      return table;
    }
    for (let c = 0; c < 65536; c++) {
      if (cls[c]! & skipBits) table[c] = SYM_SKIP;
      else table[c] = bySym[map ? map[c]! : c]!;
    }
    return table;
  }

  /**
   * Scans `text` and writes every occurrence of every pattern into `out` (cleared first), as (pattern, start,
   * end) with start/end UTF-16 offsets into `text` (end exclusive), ordered by end. Units whose symbol is
   * SYM_SKIP are stepped over without changing state; an emoji high surrogate (emojiBit in cls) skips the pair.
   * No callback and no allocation per hit: the hot loop only reads typed arrays and writes `out`.
   * Returns the number of hits.
   */
  scanHits(text: string, table: Uint16Array, out: HitBuffer, cls?: Uint8Array, emojiBit = 0): number {
    const { nodes, outs, ring } = this;
    const mask = MAX_PATTERN_LENGTH - 1;
    const lenMask = (1 << OUT_LEN_BITS) - 1;
    const n = text.length;
    let data = out.data;
    let w = 0;
    let k = 0;
    let s = 0;
    for (let i = 0; i < n; i++) {
      const c = text.charCodeAt(i);
      const sym = table[c]!;
      if (sym === SYM_SKIP) {
        if (emojiBit && cls![c]! & emojiBit) i++;
        continue;
      }
      ring[k & mask] = i;
      k++;
      if (sym === SYM_NONE) {
        s = 0;
        continue;
      }
      const d = sym << 2;
      for (;;) {
        const t = nodes[s + BASE]! + d;
        if (nodes[t + CHECK] === s) {
          s = t;
          break;
        }
        if (s === 0) break;
        s = nodes[s + FAIL]!;
      }
      const o = nodes[s + OUT]!;
      if (o === 0) continue;
      if (o > 0) {
        if (w + 3 > data.length) data = out.grow(w);
        const v = o - 1;
        data[w] = v >> OUT_LEN_BITS;
        data[w + 1] = ring[(k - (v & lenMask)) & mask]!;
        data[w + 2] = i + 1;
        w += 3;
        continue;
      }
      for (let p = -1 - o; ; p++) {
        const v = outs[p]!;
        if (v < 0) break;
        if (w + 3 > data.length) data = out.grow(w);
        data[w] = v >> OUT_LEN_BITS;
        data[w + 1] = ring[(k - (v & lenMask)) & mask]!;
        data[w + 2] = i + 1;
        w += 3;
      }
    }
    out.count = w / 3;
    return out.count;
  }

  /**
   * Scans `text` and calls `emit(patternId, start, end)` for every occurrence of every pattern (see scanHits,
   * which this wraps; prefer scanHits where hits are many).
   */
  scan(
    text: string,
    table: Uint16Array,
    emit: (pattern: number, start: number, end: number) => void,
    cls?: Uint8Array,
    emojiBit = 0,
  ): void {
    // A nested scan from inside `emit` takes a fresh buffer, so the spare one is never overwritten in use.
    const hits = this.spare ?? new HitBuffer();
    this.spare = undefined;
    try {
      const n = this.scanHits(text, table, hits, cls, emojiBit);
      const d = hits.data;
      for (let h = 0; h < 3 * n; h += 3) emit(d[h]!, d[h + 1]!, d[h + 2]!);
    } finally {
      this.spare = hits;
    }
  }
}

/**
 * Hits of one scan: `count` triples (pattern, start, end) at data[3h], data[3h+1], data[3h+2]. Reuse one buffer
 * across scans; it grows as needed and never shrinks.
 */
export class HitBuffer {
  data: Int32Array;
  count = 0;

  constructor(capacity = 256) {
    this.data = new Int32Array(3 * Math.max(1, capacity));
  }

  pattern(h: number): number {
    return this.data[3 * h]!;
  }

  start(h: number): number {
    return this.data[3 * h + 1]!;
  }

  end(h: number): number {
    return this.data[3 * h + 2]!;
  }

  /** Doubles the capacity keeping the first `used` values; returns the new array. */
  grow(used: number): Int32Array {
    const d = new Int32Array(this.data.length * 2);
    d.set(this.data.subarray(0, used));
    this.data = d;
    return d;
  }
}

/**
 * Builds an automaton from patterns given as normalized strings (one per pattern id). Empty patterns never match.
 *
 * 1. The trie, breadth first, from the patterns sorted by code units (a node's patterns are a contiguous run and
 *    its children consecutive node ids). 2. Placement in the double array, depth first, first fit over free
 *    slots. 3. Failure links and each state's outputs
 *    (its own, then its failure link's: the whole dictionary-suffix chain), breadth first.
 * Everything is typed arrays sized up front; nothing is allocated per node or per pattern.
 */
export function buildAutomaton(patterns: readonly string[]): Automaton {
  return storedBuild(
    'automaton',
    () => listInput(patterns),
    () => compileAutomaton(patterns),
    (a) => new Uint8Array(serializeAutomaton(a)),
    (b) =>
      deserializeAutomaton(
        b.byteOffset % 4 === 0 ? (b.buffer as ArrayBuffer) : b.slice().buffer,
        b.byteOffset % 4 === 0 ? b.byteOffset : 0,
      ),
  );
}

function compileAutomaton(patterns: readonly string[]): Automaton {
  const P = patterns.length;
  if (P > MAX_PATTERNS) throw new Error(`more than ${MAX_PATTERNS} patterns`);
  // Alphabet: distinct code units, most frequent first, so busy nodes pack densely.
  const freq = new Int32Array(65536);
  let total = 0;
  for (let id = 0; id < P; id++) {
    const p = patterns[id]!;
    if (p.length > MAX_PATTERN_LENGTH) throw new Error(`pattern longer than ${MAX_PATTERN_LENGTH}: ${p.slice(0, 20)}…`);
    for (let i = 0; i < p.length; i++) freq[p.charCodeAt(i)]!++;
    total += p.length;
  }
  const units: number[] = [];
  for (let c = 0; c < 65536; c++) if (freq[c]) units.push(c);
  units.sort((a, b) => freq[b]! - freq[a]! || a - b);
  const A = units.length;
  const alphabet = new Uint16Array(A + 1);
  const symOf = new Uint16Array(65536);
  for (let i = 0; i < A; i++) {
    alphabet[i + 1] = units[i]!;
    symOf[units[i]!] = i + 1;
  }

  // Non-empty pattern ids sorted by their strings (ties by id).
  const order: number[] = [];
  for (let id = 0; id < P; id++) if (patterns[id]!.length) order.push(id);
  order.sort((x, y) => {
    const a = patterns[x]!;
    const b = patterns[y]!;
    return a < b ? -1 : a > b ? 1 : x - y;
  });
  const N = order.length;
  const sorted = new Array<string>(N);
  for (let i = 0; i < N; i++) sorted[i] = patterns[order[i]!]!;

  // 1. Trie nodes in BFS order (at most one per pattern character, plus the root).
  const M = total + 1;
  const lo = new Int32Array(M);
  const hi = new Int32Array(M);
  const parent = new Int32Array(M);
  const sym = new Uint16Array(M);
  const firstKid = new Int32Array(M);
  const kids = new Int32Array(M);
  const nodeOut = new Int32Array(M).fill(-1);
  // Output lists: a node's own patterns (a run of `order`, packed with their length) then -1.
  const outPats = new Int32Array(2 * N);
  let outLen = 0;
  let nodes = 1;
  hi[0] = N;
  for (let u = 0, depth = 0, levelEnd = 1; u < nodes; u++) {
    if (u === levelEnd) {
      depth++;
      levelEnd = nodes;
    }
    let i = lo[u]!;
    const h = hi[u]!;
    // Patterns that end here come first in the run (a prefix sorts before its extensions).
    if (i < h && sorted[i]!.length === depth) {
      nodeOut[u] = outLen;
      while (i < h && sorted[i]!.length === depth) outPats[outLen++] = (order[i++]! << OUT_LEN_BITS) | depth;
      outPats[outLen++] = -1;
    }
    firstKid[u] = nodes;
    while (i < h) {
      const c = sorted[i]!.charCodeAt(depth);
      let j = i + 1;
      while (j < h && sorted[j]!.charCodeAt(depth) === c) j++;
      parent[nodes] = u;
      sym[nodes] = symOf[c]!;
      lo[nodes] = i;
      hi[nodes] = j;
      nodes++;
      i = j;
    }
    kids[u] = nodes - firstKid[u]!;
  }

  // 2. Placement in depth-first order (siblings' subtrees after each other pack densely).
  const slots = new SlotAllocator(Math.max(1024, 2 * (nodes + A)));
  const slotOf = new Int32Array(nodes);
  const baseOf = new Int32Array(nodes);
  const placeOrder = new Int32Array(nodes);
  let placeCount = 0;
  const stack: number[] = [0];
  while (stack.length) {
    const u = stack.pop()!;
    if (kids[u]! === 0) continue;
    placeOrder[placeCount++] = u;
    for (let v = firstKid[u]! + kids[u]! - 1; v >= firstKid[u]!; v--) stack.push(v);
  }
  for (let x = 0; x < placeCount; x++) {
    const u = placeOrder[x]!;
    const f = firstKid[u]!;
    const e = f + kids[u]!;
    let minSym = 0x7fffffff;
    let maxSym = 0;
    for (let v = f; v < e; v++) {
      if (sym[v]! < minSym) minSym = sym[v]!;
      if (sym[v]! > maxSym) maxSym = sym[v]!;
    }
    const b = slots.place(sym, f, e, minSym, maxSym);
    baseOf[u] = b;
    for (let v = f; v < e; v++) {
      slotOf[v] = b + sym[v]!;
      slots.take(b + sym[v]!);
    }
  }

  // 3. The records, then failure links and outputs breadth first (a node's failure target is shallower, so its
  //    outputs are final when the node's are made).
  const size = Math.max(slots.maxUsed, slots.maxBase + A) + 1;
  // A free slot is all -1 (its CHECK matches no state; nothing else of it is ever read).
  const rec = new Int32Array(4 * size).fill(-1);
  rec[CHECK] = 0;
  rec[FAIL] = 0;
  rec[OUT] = 0;
  for (let u = 0; u < nodes; u++) {
    const r = 4 * slotOf[u]!;
    rec[r + BASE] = 4 * baseOf[u]!;
    if (u > 0) rec[r + CHECK] = 4 * slotOf[parent[u]!]!;
  }
  let outs = new Int32Array(2 * N + 16);
  let outsLen = 0;
  for (let u = 1; u < nodes; u++) {
    const r = 4 * slotOf[u]!;
    const p = parent[u]!;
    let f = 0;
    if (p !== 0) {
      // goto(fail(parent), sym), following failure links.
      const d = 4 * sym[u]!;
      let q = rec[4 * slotOf[p]! + FAIL]!;
      for (;;) {
        const t = rec[q + BASE]! + d;
        if (rec[t + CHECK] === q) {
          f = t;
          break;
        }
        if (q === 0) break;
        q = rec[q + FAIL]!;
      }
    }
    rec[r + FAIL] = f;
    const inherited = rec[f + OUT]!;
    const own = nodeOut[u]!;
    if (own < 0) {
      rec[r + OUT] = inherited; // the failure link's outputs, shared
      continue;
    }
    let ownCount = 0;
    while (outPats[own + ownCount]! >= 0) ownCount++;
    if (ownCount === 1 && inherited === 0) {
      rec[r + OUT] = 1 + outPats[own]!;
      continue;
    }
    // Own patterns, then the failure link's (one, or its run), then -1.
    let inheritedCount = inherited > 0 ? 1 : 0;
    if (inherited < 0) while (outs[-1 - inherited + inheritedCount]! >= 0) inheritedCount++;
    const need = outsLen + ownCount + inheritedCount + 1;
    if (need > outs.length) {
      const grown = new Int32Array(Math.max(need, 2 * outs.length));
      grown.set(outs.subarray(0, outsLen));
      outs = grown;
    }
    rec[r + OUT] = -1 - outsLen;
    for (let x = 0; x < ownCount; x++) outs[outsLen++] = outPats[own + x]!;
    if (inherited > 0) outs[outsLen++] = inherited - 1;
    else for (let x = 0; x < inheritedCount; x++) outs[outsLen++] = outs[-1 - inherited + x]!;
    outs[outsLen++] = -1;
  }

  return new Automaton({ alphabet, nodes: rec, outs: outs.slice(0, outsLen), patternCount: P });
}

/**
 * Free slots of the double array being placed. A union–find "next free slot at or after x" (path compression)
 * makes a one-child node one lookup and jumps over crowded regions.
 */
class SlotAllocator {
  private cap: number;
  private used: Uint8Array;
  /** nextFree[x] === x: slot x is free; otherwise a slot at or before the next free one. */
  private nextFree: Int32Array;
  /** Failed placements at a slot; a slot tried too often is skipped from then on (left unused). */
  private tries: Uint8Array;
  maxUsed = 0;
  maxBase = 0;

  constructor(cap: number) {
    this.cap = cap;
    this.used = new Uint8Array(cap);
    this.tries = new Uint8Array(cap);
    this.nextFree = new Int32Array(cap + 1);
    for (let i = 0; i <= cap; i++) this.nextFree[i] = i;
    this.used[0] = 1; // the root
    this.nextFree[0] = 1;
  }

  private grow(need: number): void {
    let n = this.cap;
    while (n <= need) n *= 2;
    const used = new Uint8Array(n);
    used.set(this.used);
    const tries = new Uint8Array(n);
    tries.set(this.tries);
    const nextFree = new Int32Array(n + 1);
    nextFree.set(this.nextFree);
    for (let i = this.cap + 1; i <= n; i++) nextFree[i] = i;
    this.used = used;
    this.tries = tries;
    this.nextFree = nextFree;
    this.cap = n;
  }

  /** The first free slot at or after x (x ≤ cap; slot `cap` counts as free: placing there grows the arrays). */
  private free(x: number): number {
    const nf = this.nextFree;
    let r = x;
    while (nf[r] !== r) r = nf[r]!;
    while (nf[x] !== r) {
      const y = nf[x]!;
      nf[x] = r;
      x = y;
    }
    return r;
  }

  /** A base ≥ 1 at which the symbols sym[from…to) all land on free slots (first fit). */
  place(sym: Uint16Array, from: number, to: number, minSym: number, maxSym: number): number {
    if (minSym + 1 > this.cap) this.grow(minSym + 1);
    let p = this.free(minSym + 1);
    for (;;) {
      const b = p - minSym;
      if (b + maxSym >= this.cap) this.grow(b + maxSym);
      const used = this.used;
      let ok = true;
      for (let v = from; v < to; v++) {
        if (used[b + sym[v]!]) {
          ok = false;
          break;
        }
      }
      if (ok) {
        if (b > this.maxBase) this.maxBase = b;
        return b;
      }
      // A slot that keeps failing (its neighbourhood is crowded) is left unused for good.
      if (++this.tries[p]! >= MAX_TRIES) this.nextFree[p] = p + 1;
      p = this.free(p + 1);
    }
  }

  take(t: number): void {
    this.used[t] = 1;
    this.nextFree[t] = t + 1;
    if (t > this.maxUsed) this.maxUsed = t;
  }
}
