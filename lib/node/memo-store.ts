/**
 * Memos the rules fill as they meet new characters (engine/data/store.ts UnitMemo: candidate lists, pair indices),
 * kept in the engine cache directory between CLI runs, one file per memo (memo-<kind>.v8): a run then starts with
 * the answers of earlier runs instead of computing them again for every character it meets (articles 2-6 of a run
 * met ≈ 60 new suspects and ≈ 400 new (suspect, neighbour) pairs each, ≈ 5-8 ms of typo.unlikely-word per article).
 * The answers are those of a pure computation over the tables named by the memo's input, so the findings are the
 * same with or without the file: its key holds this code (the bundle's identity), the Node version, the memo's
 * kind and its input (the identities of the tables it is computed from), and any change of one starts an empty
 * memo. Read on a memo's first lookup (a check that needs none reads nothing); written after the run only when it
 * got new answers, without marking the V8 code cache as a building run's (engine-cache.ts).
 *
 * On disk a memo is an open-addressing hash table of its keys (Uint32Array, multiplicative hash, linear probing),
 * with each slot's [start, end) in one array of 16-bit values: a lookup reads two or three words where the file
 * was read, and nothing is decoded or inserted in a Map at start.
 */
import type { UnitMemo } from '../engine/data/store';
import { cacheKey, type EngineCache, readCachedBlobs, writeCachedBlobs } from './engine-cache';

/**
 * Entries a memo file keeps at most: past that, only the answers this run used are written. A full file of pair
 * indices is ≈ 1.7 MB (2^17 slots of 12 bytes, the values), read by every run that looks one up.
 */
const MAX_ENTRIES = 50_000;
/** A slot without a key (`starts`). */
const EMPTY = 0xffffffff;

export interface DiskMemos {
  memo(kind: string, input: string): UnitMemo;
  /** Writes every memo that got new answers in this run; errors are ignored. */
  flush(): void;
}

export function openMemos(cache: EngineCache): DiskMemos {
  const open = new Map<string, DiskMemo>();
  return {
    memo(kind, input) {
      const id = `${kind}\u0000${input}`;
      let m = open.get(id);
      if (!m) {
        m = new DiskMemo(cache, kind, input);
        open.set(id, m);
      }
      return m;
    },
    flush() {
      for (const m of open.values()) m.flush();
    },
  };
}

/** A memo as read from its file: the hash table's arrays (views into the file's bytes). */
interface Stored {
  keys: Uint32Array;
  starts: Uint32Array;
  ends: Uint32Array;
  values: Uint16Array;
  count: number;
  shift: number;
}

const slotOf = (key: number, shift: number) => Math.imul(key, 0x9e3779b1) >>> shift;

class DiskMemo implements UnitMemo {
  /** undefined: not read yet; null: no usable file. */
  private stored: Stored | null | undefined;
  private key: string | undefined;
  /** Answers this run computed. */
  private readonly added = new Map<number, Uint16Array>();
  /** Keys of the file this run looked up and found (kept when the file is full). */
  private readonly hits: number[] = [];

  constructor(
    private readonly cache: EngineCache,
    private readonly kind: string,
    private readonly input: string,
  ) {}

  private get file(): string {
    return `memo-${this.kind.replace(/[^a-z0-9.-]/gi, '_')}`;
  }

  private read(): Stored | null {
    try {
      this.key = cacheKey(this.cache, [
        ['memo', this.kind],
        ['input', this.input],
      ]);
    } catch {
      this.key = undefined;
      return null;
    }
    const r = readCachedBlobs(this.cache, this.file, this.key);
    if (!r) return null;
    try {
      return storedOf(r.value, r.bytes);
    } catch {
      return null;
    }
  }

  get(key: number): Uint16Array | undefined {
    const own = this.added.get(key);
    if (own) return own;
    if (this.stored === undefined) this.stored = this.read();
    const s = this.stored;
    if (!s) return undefined;
    const v = find(s, key);
    if (v) this.hits.push(key);
    return v;
  }

  set(key: number, value: Uint16Array): void {
    this.added.set(key, value);
  }

  flush(): void {
    if (!this.added.size) return;
    if (this.stored === undefined) this.stored = this.read();
    if (this.key === undefined) return;
    const all = new Map<number, Uint16Array>();
    const s = this.stored;
    if (s) {
      const full = s.count + this.added.size > MAX_ENTRIES;
      if (full) {
        for (const k of this.hits) all.set(k, find(s, k)!);
      } else {
        for (let h = 0; h < s.keys.length; h++) {
          const start = s.starts[h]!;
          if (start !== EMPTY) all.set(s.keys[h]!, s.values.subarray(start, s.ends[h]!));
        }
      }
    }
    for (const [k, v] of this.added) all.set(k, v);
    this.added.clear();
    const { value, blobs } = encode(all);
    writeCachedBlobs(this.cache, this.file, this.key, value, blobs);
  }
}

/** The stored answer for `key`, if any (a view into the file's bytes). */
function find(s: Stored, key: number): Uint16Array | undefined {
  const mask = s.keys.length - 1;
  // at most one pass over the slots, whatever a damaged file holds
  for (let h = slotOf(key, s.shift), n = 0; n <= mask; h = (h + 1) & mask, n++) {
    const start = s.starts[h]!;
    if (start === EMPTY) return undefined;
    if (s.keys[h] === key) return s.values.subarray(start, s.ends[h]!);
  }
  return undefined;
}

/** The hash table of `entries`, as the header value and blobs of its file. */
function encode(entries: ReadonlyMap<number, Uint16Array>): { value: unknown; blobs: Uint8Array[] } {
  let bits = 4;
  while (1 << bits < 2 * entries.size) bits++;
  const size = 1 << bits;
  const shift = 32 - bits;
  const keys = new Uint32Array(size);
  const starts = new Uint32Array(size).fill(EMPTY);
  const ends = new Uint32Array(size);
  let total = 0;
  for (const v of entries.values()) total += v.length;
  const values = new Uint16Array(total);
  let at = 0;
  for (const [k, v] of entries) {
    let h = slotOf(k, shift);
    while (starts[h] !== EMPTY) h = (h + 1) & (size - 1);
    keys[h] = k;
    starts[h] = at;
    values.set(v, at);
    at += v.length;
    ends[h] = at;
  }
  const bytes = (a: Uint32Array | Uint16Array) => new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
  return {
    value: { size, count: entries.size, values: total },
    blobs: [bytes(keys), bytes(starts), bytes(ends), bytes(values)],
  };
}

const pad8 = (n: number) => (n + 7) & ~7;

/** The arrays of a memo file (views into `bytes` when aligned); throws if the header does not fit the bytes. */
function storedOf(value: unknown, bytes: Uint8Array): Stored {
  const v = value as { size?: unknown; count?: unknown; values?: unknown } | null;
  const size = v?.size;
  const count = v?.count;
  const total = v?.values;
  if (!Number.isInteger(size) || !Number.isInteger(count) || !Number.isInteger(total)) throw new Error('memo header');
  const n = size as number;
  if (n < 2 || n & (n - 1) || (count as number) >= n || (total as number) < 0) throw new Error('memo size');
  const parts = [4 * n, 4 * n, 4 * n, 2 * (total as number)];
  const at: number[] = [];
  let end = 0;
  for (const len of parts) {
    at.push(end);
    end = pad8(end + len);
  }
  if (end > pad8(bytes.length) || at[3]! + parts[3]! > bytes.length) throw new Error('memo bytes');
  // views where the file's bytes allow (the file is read into a buffer of its own), else copies
  const aligned = bytes.byteOffset % 4 === 0;
  const u32 = (i: number) =>
    aligned
      ? new Uint32Array(bytes.buffer, bytes.byteOffset + at[i]!, n)
      : new Uint32Array(bytes.slice(at[i]!, at[i]! + 4 * n).buffer);
  const values = aligned
    ? new Uint16Array(bytes.buffer, bytes.byteOffset + at[3]!, total as number)
    : new Uint16Array(bytes.slice(at[3]!, at[3]! + parts[3]!).buffer);
  return {
    keys: u32(0),
    starts: u32(1),
    ends: u32(2),
    values,
    count: count as number,
    shift: 32 - Math.log2(n),
  };
}
