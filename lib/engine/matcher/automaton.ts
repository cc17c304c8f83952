/**
 * Aho–Corasick automaton stored as a double-array trie in typed arrays.
 *
 * - transition: t = base[s] + symbol, valid iff check[t] === s (O(1), no hashing)
 * - fail[s]: failure link; dictLink[s]: nearest state on the fail chain that ends a pattern
 * - outIdx[s]: index into outPats of this state's own patterns (a run terminated by -1), or -1
 *
 * Symbols are a compact alphabet (1…A, most frequent characters first); 0 means "not in any pattern".
 * The whole automaton is a handful of typed arrays, so it serializes to one ArrayBuffer and loads
 * without rebuilding (see serialize/deserialize).
 */

export const SYM_NONE = 0;
export const SYM_SKIP = 0xffff;
export const MAX_PATTERN_LENGTH = 128; // ring buffer size for match starts; must be a power of two

export interface AutomatonArrays {
  /** Normalized code unit of each symbol (index 0 unused). */
  alphabet: Uint16Array;
  base: Int32Array;
  check: Int32Array;
  fail: Int32Array;
  dictLink: Int32Array;
  outIdx: Int32Array;
  outPats: Int32Array;
  /** Length of each pattern in symbols. */
  patLen: Uint16Array;
}

export class Automaton {
  readonly alphabet: Uint16Array;
  readonly base: Int32Array;
  readonly check: Int32Array;
  readonly fail: Int32Array;
  readonly dictLink: Int32Array;
  readonly outIdx: Int32Array;
  readonly outPats: Int32Array;
  readonly patLen: Uint16Array;

  constructor(a: AutomatonArrays) {
    this.alphabet = a.alphabet;
    this.base = a.base;
    this.check = a.check;
    this.fail = a.fail;
    this.dictLink = a.dictLink;
    this.outIdx = a.outIdx;
    this.outPats = a.outPats;
    this.patLen = a.patLen;
  }

  get patternCount(): number {
    return this.patLen.length;
  }

  get size(): number {
    return this.base.length;
  }

  /** Bytes held by the automaton's arrays. */
  get byteLength(): number {
    return this.alphabet.byteLength + this.base.byteLength * 5 + this.outPats.byteLength + this.patLen.byteLength;
  }

  /** Builds a code-unit → symbol table. `map` folds code units first (normalization); `skip` marks units skipped inside matches. */
  symbolTable(map?: Uint16Array, cls?: Uint8Array, skipBits = 0): Uint16Array {
    const bySym = new Uint16Array(65536); // normalized unit → symbol
    for (let s = 1; s < this.alphabet.length; s++) bySym[this.alphabet[s]!] = s;
    const table = new Uint16Array(65536);
    for (let c = 0; c < 65536; c++) {
      if (cls && cls[c]! & skipBits) table[c] = SYM_SKIP;
      else table[c] = bySym[map ? map[c]! : c]!;
    }
    return table;
  }

  /**
   * Scans `text` and calls `emit(patternId, start, end)` for every occurrence of every pattern,
   * with start/end as UTF-16 offsets into `text` (end exclusive). Units whose symbol is SYM_SKIP are
   * stepped over without changing state; an emoji high surrogate (emojiHigh bit in cls) skips the pair.
   */
  scan(
    text: string,
    table: Uint16Array,
    emit: (pattern: number, start: number, end: number) => void,
    cls?: Uint8Array,
    emojiBit = 0,
  ): void {
    const { base, check, fail, dictLink, outIdx, outPats, patLen } = this;
    const ring = new Int32Array(MAX_PATTERN_LENGTH);
    const mask = MAX_PATTERN_LENGTH - 1;
    const n = text.length;
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
      for (;;) {
        const t = base[s]! + sym;
        if (check[t] === s) {
          s = t;
          break;
        }
        if (s === 0) break;
        s = fail[s]!;
      }
      let o = outIdx[s]! >= 0 ? s : dictLink[s]!;
      while (o > 0) {
        for (let p = outIdx[o]!; outPats[p]! >= 0; p++) {
          const id = outPats[p]!;
          emit(id, ring[(k - patLen[id]!) & mask]!, i + 1);
        }
        o = dictLink[o]!;
      }
    }
  }
}

/** Builds an automaton from patterns given as normalized strings (one per pattern id). Empty patterns never match. */
export function buildAutomaton(patterns: readonly string[]): Automaton {
  // Alphabet: distinct code units, most frequent first, so busy nodes pack densely.
  const freq = new Map<number, number>();
  for (const p of patterns) {
    if (p.length > MAX_PATTERN_LENGTH) throw new Error(`pattern longer than ${MAX_PATTERN_LENGTH}: ${p.slice(0, 20)}…`);
    for (let i = 0; i < p.length; i++) {
      const c = p.charCodeAt(i);
      freq.set(c, (freq.get(c) ?? 0) + 1);
    }
  }
  const units = [...freq.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0]).map((e) => e[0]);
  const alphabet = new Uint16Array(units.length + 1);
  const symOf = new Uint16Array(65536);
  units.forEach((u, i) => {
    alphabet[i + 1] = u;
    symOf[u] = i + 1;
  });
  const A = units.length;

  // Patterns as symbol arrays, sorted, so every trie node is a contiguous range.
  const seqs = patterns.map((p) => {
    const a = new Uint16Array(p.length);
    for (let i = 0; i < p.length; i++) a[i] = symOf[p.charCodeAt(i)]!;
    return a;
  });
  const order = seqs.map((_, i) => i).filter((i) => seqs[i]!.length > 0);
  order.sort((x, y) => {
    const a = seqs[x]!;
    const b = seqs[y]!;
    const n = Math.min(a.length, b.length);
    for (let i = 0; i < n; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
    return a.length - b.length || x - y;
  });

  let cap = Math.max(1024, A + 2);
  let base = new Int32Array(cap);
  let check = new Int32Array(cap).fill(-1);
  // Doubly linked list of free slots, so placement only visits free positions.
  let nextFreeOf = new Int32Array(cap);
  let prevFreeOf = new Int32Array(cap);
  const own: number[][] = []; // state → patterns ending there (sparse)
  // Children per state, recorded while placing (needed for the BFS that sets failure links).
  let childStart = new Int32Array(cap).fill(-1);
  let childCount = new Int32Array(cap);
  const childList: number[] = [];
  let maxUsed = 0;
  const FREE_END = -1;
  let freeHead = 1;
  let freeTail = cap - 1;
  for (let i = 1; i < cap; i++) {
    nextFreeOf[i] = i + 1 < cap ? i + 1 : FREE_END;
    prevFreeOf[i] = i - 1;
  }
  prevFreeOf[1] = FREE_END;
  check[0] = 0; // root occupies slot 0

  const grow = (need: number) => {
    if (need < cap) return;
    let n = cap;
    while (n <= need) n *= 2;
    const extend = (a: Int32Array, fill: number) => {
      const b = new Int32Array(n);
      if (fill) b.fill(fill);
      b.set(a);
      return b;
    };
    base = extend(base, 0);
    check = extend(check, -1);
    childStart = extend(childStart, -1);
    childCount = extend(childCount, 0);
    nextFreeOf = extend(nextFreeOf, 0);
    prevFreeOf = extend(prevFreeOf, 0);
    // Append the new slots to the free list.
    for (let i = cap; i < n; i++) {
      nextFreeOf[i] = i + 1 < n ? i + 1 : FREE_END;
      prevFreeOf[i] = i - 1;
    }
    if (freeTail === FREE_END) {
      freeHead = cap;
      prevFreeOf[cap] = FREE_END;
    } else {
      nextFreeOf[freeTail] = cap;
      prevFreeOf[cap] = freeTail;
    }
    freeTail = n - 1;
    cap = n;
  };

  const occupy = (t: number) => {
    const p = prevFreeOf[t]!;
    const q = nextFreeOf[t]!;
    if (p === FREE_END) freeHead = q;
    else nextFreeOf[p] = q;
    if (q === FREE_END) freeTail = p;
    else prevFreeOf[q] = p;
  };

  const place = (syms: number[]): number => {
    const first = syms[0]!;
    const last = syms[syms.length - 1]!;
    let p = freeHead;
    for (;;) {
      if (p === FREE_END) {
        grow(cap + A + 2);
        p = freeHead;
        continue;
      }
      const b = p - first;
      if (b >= 1) {
        if (b + last >= cap) grow(b + last + 1);
        let ok = true;
        for (let x = 1; x < syms.length; x++) {
          if (check[b + syms[x]!] !== -1) {
            ok = false;
            break;
          }
        }
        if (ok) return b;
      }
      p = nextFreeOf[p]!;
    }
  };

  // Iterative DFS over (state, pattern range, depth).
  const stack: Array<[number, number, number, number]> = [[0, 0, order.length, 0]];
  while (stack.length) {
    const [state, lo, hi, depth] = stack.pop()!;
    let i = lo;
    while (i < hi && seqs[order[i]!]!.length === depth) {
      (own[state] ??= []).push(order[i]!);
      i++;
    }
    if (i >= hi) continue;
    const syms: number[] = [];
    const ranges: Array<[number, number]> = [];
    while (i < hi) {
      const c = seqs[order[i]!]![depth]!;
      let j = i + 1;
      while (j < hi && seqs[order[j]!]![depth] === c) j++;
      syms.push(c);
      ranges.push([i, j]);
      i = j;
    }
    const b = place(syms);
    base[state] = b;
    childStart[state] = childList.length;
    childCount[state] = syms.length;
    for (let x = 0; x < syms.length; x++) {
      const t = b + syms[x]!;
      check[t] = state;
      occupy(t);
      childList.push(t);
      if (t > maxUsed) maxUsed = t;
    }
    for (let x = syms.length - 1; x >= 0; x--) stack.push([b + syms[x]!, ranges[x]![0], ranges[x]![1], depth + 1]);
  }

  // Trim to the used size plus room for any symbol from the largest base (so base[s]+sym stays in bounds).
  let maxBase = 0;
  for (let s = 0; s <= maxUsed; s++) if (check[s] !== -1 && base[s]! > maxBase) maxBase = base[s]!;
  const size = Math.max(maxUsed, maxBase + A) + 1;
  grow(size);
  base = base.slice(0, size);
  check = check.slice(0, size);
  const fail = new Int32Array(size);
  const dictLink = new Int32Array(size);
  const outIdx = new Int32Array(size).fill(-1);
  const outList: number[] = [];
  for (let s = 0; s < size; s++) {
    const o = own[s];
    if (o && check[s] !== -1) {
      outIdx[s] = outList.length;
      outList.push(...o, -1);
    }
  }

  // BFS for failure and dictionary-suffix links.
  const queue = new Int32Array(size);
  let qh = 0;
  let qt = 0;
  const cs0 = childStart[0]!;
  for (let x = 0; x < childCount[0]!; x++) {
    const t = childList[cs0 + x]!;
    fail[t] = 0;
    queue[qt++] = t;
  }
  while (qh < qt) {
    const s = queue[qh++]!;
    const cs = childStart[s]!;
    for (let x = 0; x < childCount[s]!; x++) {
      const t = childList[cs + x]!;
      const sym = t - base[s]!;
      let f = fail[s]!;
      for (;;) {
        const g = base[f]! + sym;
        if (check[g] === f && g !== t) {
          fail[t] = g;
          break;
        }
        if (f === 0) {
          fail[t] = 0;
          break;
        }
        f = fail[f]!;
      }
      const ft = fail[t]!;
      dictLink[t] = outIdx[ft]! >= 0 ? ft : dictLink[ft]!;
      queue[qt++] = t;
    }
  }

  const patLen = new Uint16Array(patterns.length);
  patterns.forEach((p, i) => {
    patLen[i] = p.length;
  });
  return new Automaton({
    alphabet,
    base,
    check,
    fail,
    dictLink,
    outIdx,
    outPats: Int32Array.from(outList),
    patLen,
  });
}
