import { deserialize, serialize } from 'node:v8';
import { setTableCodec, type TableCodec } from '../engine/data/store';
import { PinyinTable, ShapeTable } from '../engine/data/tables';
import type { NearMatcher } from '../engine/near/matcher';
import { type NearMatcherIndex, nearMatcherFromIndex, nearMatcherIndex } from '../engine/near/stored';
import { isSlipIndex, type SlipIndex } from '../rules/collocation-slips';
import type { CoreLists } from '../rules/core';
import { type IdiomSoundTables, quadKeys } from '../rules/idiom-sound';
import type { IdiomIndex } from '../rules/idioms';
import type { NameSounds, UnitSet } from '../rules/names';
import type { Division, PlaceIndex, PlaceVariants } from '../rules/places';
import { REPLY_TONE_LISTS, type ReplyToneLexicons } from '../rules/reply-tone-schema';
import type { SourceList } from '../rules/source-schema';
import { packedWeights } from '../rules/tone-model';
import { bloomOnly, isBloomOnly, isPairSet, UNIT_KEYS_LENGTH } from '../rules/unit-keys';
import { WordFreq } from '../rules/word-likelihood';
import { pack, unpack } from './raw-pack';

/**
 * How the CLI keeps the big character and place tables in its disk cache (engine-cache.ts), in forms that load
 * faster than the text they are parsed from.
 */

/**
 * The place variants as a few flat arrays (one string of every variant and name, sorted pair keys), with `byPair`
 * answering `get` from them and keeping each answer: a check looks up a few hundred pairs, not the 100,000 the
 * text holds, so nothing else is ever materialised (the typed pair set is stored as built: rebuilding it from the
 * sorted keys cost ≈ 5 ms of a CLI start).
 */
interface FlatVariants extends Omit<PlaceVariants, 'byPair' | 'rightByPair' | 'before' | 'after'> {
  /** The guards by character code (a Map of thousands of entries costs ≈ 3 ms each to deserialize). */
  before: FlatStrings;
  after: FlatStrings;
  /**
   * `rightByPair`, V8-serialized on its own: only the place rule reads it, and a Map of tens of thousands of arrays
   * costs ≈ 20 ms to deserialize, so it is decoded on first use.
   */
  rightByPair: Uint8Array;
  /** First two code units as c0 * 65536 + c1, sorted (unsigned 32-bit). */
  keys: Uint32Array;
  /**
   * Per key, its pairs: the variant without its first two units (they are the key), U+0000, the right word, U+0000;
   * as UTF-16 code units (read in place, never one big string). The last pair of the table has no U+0000 after it.
   */
  pairs: Uint16Array;
  /** Per key: where its first pair starts in `pairs` (its pairs end where the next key's start). */
  offsets: Int32Array;
}

const SEP = '\u0000';

function flattenVariants(v: PlaceVariants): FlatVariants {
  const keys = Uint32Array.from([...v.byPair.keys()].sort((a, b) => a - b));
  const offsets = new Int32Array(keys.length);
  const parts: string[] = [];
  let at = 0;
  keys.forEach((k, i) => {
    offsets[i] = at;
    for (const [variant, name] of v.byPair.get(k)!) {
      if (variant.charCodeAt(0) * 65536 + variant.charCodeAt(1) !== k || `${variant}${name}`.includes(SEP))
        throw new Error('variants not storable');
      parts.push(variant.slice(2), name);
      at += variant.length - 2 + name.length + 2;
    }
  });
  return {
    keys,
    offsets,
    pairs: codeUnits(parts.join(SEP)),
    // byPair confirms every pair the Bloom bits let through: the 2 MB of exact slots are not stored
    pairKeys: bloomOnly(v.pairKeys),
    firstSecond: v.firstSecond,
    before: flattenStrings(charEntries(v.before)),
    after: flattenStrings(charEntries(v.after)),
    rightByPair: serialize(v.rightByPair) as Uint8Array,
    rightFirst: v.rightFirst,
    size: v.size,
  };
}

/** A Map keyed by single characters as [code point, value] entries (throws on any other key). */
function charEntries(m: ReadonlyMap<string, string>): Array<[number, string]> {
  return [...m].map(([k, v]) => {
    const cp = codePointKey(k);
    if (cp < 0) throw new Error('guard key not storable');
    return [cp, v];
  });
}

/** `get` by character over flattened guards (the rules only call `get`). */
const charLookup = (f: FlatStrings) =>
  new FlatLookup<string, string>(f, codePointKey, (v) => v) as unknown as Map<string, string>;

function codeUnits(s: string): Uint16Array {
  const out = new Uint16Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}

const textOf = (units: Uint16Array, start: number, end: number) =>
  String.fromCharCode.apply(null, units.subarray(start, end) as unknown as number[]);

/** A read-only Map stand-in over the flat arrays (the place rule only calls `get`). */
class PairLookup {
  private readonly memo = new Map<number, Array<[string, string]> | undefined>();
  constructor(private readonly flat: FlatVariants) {}

  get(key: number): Array<[string, string]> | undefined {
    if (this.memo.has(key)) return this.memo.get(key);
    const { keys } = this.flat;
    let lo = 0;
    let hi = keys.length - 1;
    let at = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const k = keys[mid]!;
      if (k === key) {
        at = mid;
        break;
      }
      if (k < key) lo = mid + 1;
      else hi = mid - 1;
    }
    let out: Array<[string, string]> | undefined;
    if (at >= 0) {
      const { pairs, offsets } = this.flat;
      const head = String.fromCharCode(Math.floor(key / 65536), key % 65536);
      // this key's pairs end at the U+0000 before the next key's first pair, or at the end of the table
      const stop = at + 1 < offsets.length ? offsets[at + 1]! - 1 : pairs.length;
      out = [];
      let p = offsets[at]!;
      while (p < stop) {
        const mid = pairs.indexOf(0, p);
        if (mid < 0 || mid >= stop) break;
        let end = pairs.indexOf(0, mid + 1);
        if (end < 0 || end > stop) end = stop;
        out.push([head + textOf(pairs, p, mid), textOf(pairs, mid + 1, end)]);
        p = end + 1;
      }
    }
    this.memo.set(key, out);
    return out;
  }
}

const placeVariantsCodec: TableCodec<PlaceVariants> = {
  encode: (v) => pack(flattenVariants(v)),
  decode(bytes) {
    const f = unpack(bytes) as FlatVariants;
    const ok =
      f &&
      f.keys instanceof Uint32Array &&
      f.offsets instanceof Int32Array &&
      f.offsets.length === f.keys.length &&
      rising(f.offsets, f.pairs?.length ?? -1) &&
      f.pairs instanceof Uint16Array &&
      isBloomOnly(f.pairKeys) &&
      f.firstSecond instanceof Uint8Array &&
      isFlatStrings(f.before) &&
      isFlatStrings(f.after) &&
      f.rightByPair instanceof Uint8Array &&
      f.rightFirst instanceof Uint8Array &&
      typeof f.size === 'number';
    if (!ok) throw new Error('not stored place variants');
    const byPair = new PairLookup(f) as unknown as PlaceVariants['byPair'];
    let rightByPair: PlaceVariants['rightByPair'] | undefined;
    return {
      byPair,
      pairKeys: f.pairKeys,
      firstSecond: f.firstSecond,
      before: charLookup(f.before),
      after: charLookup(f.after),
      get rightByPair() {
        if (!rightByPair) {
          const m = deserialize(f.rightByPair) as unknown;
          if (!(m instanceof Map)) throw new Error('not stored place variants');
          rightByPair = m as PlaceVariants['rightByPair'];
        }
        return rightByPair;
      },
      rightFirst: f.rightFirst,
      size: f.size,
    };
  },
};

/**
 * Whether every item is below `limit` (ids.every((n) => n < limit), as an index loop: a callback per item of a
 * 200,000-item table cost ≈ 2 ms in the interpreter, where these checks run once per start).
 */
const allBelow = (ids: Int32Array, limit: number) => {
  for (let i = 0; i < ids.length; i++) if (ids[i]! >= limit) return false;
  return true;
};
const allAtLeast0 = (ids: Int32Array) => {
  for (let i = 0; i < ids.length; i++) if (ids[i]! < 0) return false;
  return true;
};

/**
 * Whether `offsets` rise (not strictly) from 0 and stay within `length`. An index loop: this runs once per start,
 * in the interpreter, where `for…of` over a typed array allocates a result object per element (≈ 9 MB of garbage
 * for the word-variant table's 200,000 offsets, a dozen scavenges).
 */
const rising = (offsets: Int32Array, length: number) => {
  let at = 0;
  for (let i = 0; i < offsets.length; i++) {
    const o = offsets[i]!;
    if (o < at || o > length) return false;
    at = o;
  }
  return offsets.length === 0 || offsets[0] === 0;
};

/**
 * The list last split by lazyList. The idiom list, the idiom index and the idiom sound tables store the same list: a
 * check that needs it whole (a doubled window, a table built anew) splits it once.
 */
let lastSplit: { joined: string; list: string[] } | undefined;
function splitShared(joined: string): { list: string[] } {
  if (lastSplit?.joined !== joined) lastSplit = { joined, list: joined ? joined.split(SEP) : [] };
  return lastSplit;
}

/**
 * An array that `make` fills on its first use of any kind (an index, its length, iterating it). The rules key their
 * stored tables by the idiom list itself (derivedInput: by identity, not by content) and read its items only to build
 * a table anew, so a check from stored tables never splits it.
 */
function lazyArray(make: () => string[]): string[] {
  const target: string[] = [];
  let filled = false;
  const fill = () => {
    if (!filled) {
      filled = true;
      const items = make();
      for (let i = 0; i < items.length; i++) target.push(items[i]!);
    }
    return target;
  };
  return new Proxy(target, {
    get: (_t, k, r) => Reflect.get(fill(), k, r),
    set: (_t, k, v, r) => Reflect.set(fill(), k, v, r),
    has: (_t, k) => Reflect.has(fill(), k),
    ownKeys: () => Reflect.ownKeys(fill()),
    getOwnPropertyDescriptor: (_t, k) => Reflect.getOwnPropertyDescriptor(fill(), k),
    defineProperty: (_t, k, d) => Reflect.defineProperty(fill(), k, d),
    deleteProperty: (_t, k) => Reflect.deleteProperty(fill(), k),
  });
}

/**
 * The items of `joined` (four-character items joined by SEP) as a set, made on the first lookup (an idiom rule asks
 * only about a window that is already a candidate): an open-addressing hash of the items' positions in `joined`, so
 * that no item is split off as a string (a Set of the 30,000 idioms cost ≈ 2.5 MB of heap and ≈ 10 ms). The idiom
 * index and the idiom sound tables store the same list: they share one.
 */
class FourCharSet {
  /** `slots` as build() makes them, when stored beside the list (idiomIndexCodec); else made on the first lookup. */
  constructor(
    private readonly joined: string,
    private slots?: Int32Array,
  ) {}

  /**
   * Whether `slots` can be the table of `joined`: a power of two at least twice the items. Its entries are not read
   * here: `has` compares the item a slot points to with the string itself and probes at most every slot once, so a
   * wrong entry could only hide an item, never add one or hang (and the cache file's checksum catches damage).
   */
  static fits(joined: string, slots: Int32Array): boolean {
    const count = joined ? (joined.length + 1) / 5 : 0;
    return slots.length >= Math.max(16, count * 2) && (slots.length & (slots.length - 1)) === 0;
  }

  /** The table build() makes (to store). */
  table(): Int32Array {
    return this.slots ?? this.build();
  }

  private static hash(a: number, b: number, c: number, d: number): number {
    return Math.imul(Math.imul(Math.imul(Math.imul(a, 0x2f0b3) ^ b, 0x2f0b3) ^ c, 0x2f0b3) ^ d, 0x9e3779b1) >>> 8;
  }

  private build(): Int32Array {
    const j = this.joined;
    const count = j ? (j.length + 1) / 5 : 0;
    let size = 16;
    while (size < count * 2) size *= 2;
    const slots = new Int32Array(size);
    const mask = size - 1;
    for (let i = 0; i < count; i++) {
      const at = i * 5;
      let h = FourCharSet.hash(j.charCodeAt(at), j.charCodeAt(at + 1), j.charCodeAt(at + 2), j.charCodeAt(at + 3));
      while (slots[h & mask] !== 0) h++;
      slots[h & mask] = i + 1;
    }
    this.slots = slots;
    return slots;
  }

  hasTable(): boolean {
    return this.slots !== undefined;
  }

  has(s: string): boolean {
    if (s.length !== 4) return false;
    const slots = this.slots ?? this.build();
    const mask = slots.length - 1;
    const j = this.joined;
    const a = s.charCodeAt(0);
    const b = s.charCodeAt(1);
    const c = s.charCodeAt(2);
    const d = s.charCodeAt(3);
    const h0 = FourCharSet.hash(a, b, c, d);
    for (let h = h0; h - h0 <= mask; h++) {
      const v = slots[h & mask]!;
      if (v === 0) return false;
      const at = (v - 1) * 5;
      if (
        j.charCodeAt(at) === a &&
        j.charCodeAt(at + 1) === b &&
        j.charCodeAt(at + 2) === c &&
        j.charCodeAt(at + 3) === d
      )
        return true;
    }
    return false;
  }
}

let lastSet: FourCharSet | undefined;
let lastSetOf: string | undefined;
/** The FourCharSet of `joined`, shared by the tables that store the same list (with its stored slots, if given). */
function fourCharSet(joined: string, slots?: Int32Array): FourCharSet {
  if (lastSetOf !== joined || !lastSet || (slots && !lastSet.hasTable())) {
    lastSet = new FourCharSet(joined, slots);
    lastSetOf = joined;
  }
  return lastSet;
}

/** Item `n` of `joined` (four-character items joined by SEP), without splitting it. */
const fourCharItem = (joined: string) => (n: number) => joined.slice(n * 5, n * 5 + 4);

/** `joined` (four-character items joined by SEP) split on first use: most small checks never look an idiom up. */
function lazyList(joined: string): () => string[] {
  let list: string[] | undefined;
  return () => {
    list ??= splitShared(joined).list;
    return list;
  };
}

/** Whether `joined` can be `count` four-character items joined by SEP (checked by length; split lazily). */
const fourCharList = (joined: string, count: number) =>
  Number.isInteger(count) && (count === 0 ? joined === '' : joined.length === 5 * count - 1);

/**
 * The idiom index: its typed arrays as they are, the idioms as one string, and the exact set made from them as its
 * hash table (FourCharSet: building it from 30,000 idioms was ≈ 4 ms of every small check).
 */
const idiomIndexCodec: TableCodec<IdiomIndex> = {
  encode: ({ exact: _exact, idioms, ...rest }) => {
    const joined = idioms.join(SEP);
    return pack({ ...rest, idioms: joined, exactSlots: new FourCharSet(joined).table() });
  },
  decode(bytes) {
    const { exactSlots, ...f } = unpack(bytes) as Omit<IdiomIndex, 'idioms' | 'exact'> & {
      idioms: string;
      exactSlots: Int32Array;
    };
    const ok =
      f &&
      typeof f.idioms === 'string' &&
      f.chars instanceof Uint16Array &&
      f.slots instanceof Int32Array &&
      f.slotPos instanceof Uint8Array &&
      typeof f.mask === 'number' &&
      f.posBits instanceof Uint8Array &&
      isPairSet(f.heads) &&
      isPairSet(f.tails) &&
      f.halfStart instanceof Uint32Array &&
      f.halfIds instanceof Uint32Array &&
      f.halfIds.length * 2 === f.chars.length &&
      f.halfStart[f.halfStart.length - 1] === f.halfIds.length;
    if (!ok || !fourCharList(f.idioms, f.chars.length / 4)) throw new Error('not a stored idiom index');
    if (!(exactSlots instanceof Int32Array) || !FourCharSet.fits(f.idioms, exactSlots))
      throw new Error('not a stored idiom index');
    const list = lazyList(f.idioms);
    return {
      ...f,
      get idioms() {
        return list();
      },
      exact: fourCharSet(f.idioms, exactSlots),
    };
  },
};

/** The idiom sound index: typed arrays as they are, the idioms as one string (the exact set made from them). */
const idiomSoundCodec: TableCodec<IdiomSoundTables> = {
  encode: ({ exact: _exact, list, quads, ...rest }) =>
    pack({ ...rest, list: list.join(SEP), quads: quads ?? quadKeys(rest.keys) }),
  decode(bytes) {
    const { quads, ...f } = unpack(bytes) as Omit<IdiomSoundTables, 'list' | 'exact'> & { list: string };
    const ok =
      f &&
      typeof f.list === 'string' &&
      f.syl instanceof Uint32Array &&
      f.heads instanceof Uint32Array &&
      f.tails instanceof Uint32Array &&
      f.heads.length === f.tails.length &&
      f.keys instanceof Float64Array &&
      f.ids instanceof Int32Array &&
      f.keys.length === f.ids.length &&
      quads instanceof Uint32Array &&
      quads.length === UNIT_KEYS_LENGTH;
    const count = ok ? (f.list.length + 1) / 5 : 0;
    if (!ok || !fourCharList(f.list, count) || !allBelow(f.ids, count))
      throw new Error('not a stored idiom sound index');
    const list = lazyList(f.list);
    const out = {
      ...f,
      get list() {
        return list();
      },
      exact: fourCharSet(f.list),
    };
    // Not enumerable: the tables read as the ones built (a round trip compares equal). The Bloom bits of the keys
    // (quadKeys) are stored with them: made from 100,000 keys they were ≈ 4 ms of every small check.
    Object.defineProperty(out, 'quads', { value: quads });
    return Object.defineProperty(out, 'item', { value: fourCharItem(f.list) });
  },
};

/** The idiom list (four-character strings) as one string (a V8 string: loads as a copy, no UTF-8 decoding). */
const idiomListCodec: TableCodec<string[]> = {
  encode: (list) => pack(`${list.length}${SEP}${list.join(SEP)}`),
  decode(bytes) {
    const text = unpack(bytes);
    if (typeof text !== 'string') throw new Error('not a stored idiom list');
    const at = text.indexOf(SEP);
    const count = Number(text.slice(0, at));
    const joined = text.slice(at + 1);
    if (at < 1 || !fourCharList(joined, count)) throw new Error('not a stored idiom list');
    for (let i = 4; i < joined.length; i += 5)
      if (joined.charCodeAt(i) !== 0) throw new Error('not a stored idiom list');
    return lazyArray(() => splitShared(joined).list);
  },
};

/**
 * A Map from numbers to strings as sorted keys plus one string of every value: loads as three blobs instead of
 * thousands of entries, and a lookup reads only its own part (kept once read). Stand-in for the Maps of the
 * character tables, which only ever call `get` and `size`.
 */
interface FlatStrings {
  keys: Float64Array;
  /** Per key: [start, end) of its value in `values` (start of key i = ends[i-1]). */
  ends: Int32Array;
  values: string;
}

function flattenStrings(entries: Iterable<[number, string]>): FlatStrings {
  const sorted = [...entries].sort((a, b) => a[0] - b[0]);
  const keys = Float64Array.from(sorted, (e) => e[0]);
  const ends = new Int32Array(sorted.length);
  let at = 0;
  sorted.forEach((e, i) => {
    at += e[1].length;
    ends[i] = at;
  });
  return { keys, ends, values: sorted.map((e) => e[1]).join('') };
}

function isFlatStrings(f: unknown): f is FlatStrings {
  const x = f as FlatStrings;
  return (
    !!x &&
    x.keys instanceof Float64Array &&
    x.ends instanceof Int32Array &&
    x.ends.length === x.keys.length &&
    typeof x.values === 'string' &&
    (x.ends.length === 0 || x.ends[x.ends.length - 1] === x.values.length)
  );
}

class FlatLookup<K, V> {
  private readonly memo = new Map<K, V | undefined>();
  constructor(
    private readonly flat: FlatStrings,
    private readonly keyOf: (k: K) => number,
    private readonly decodeValue: (s: string) => V,
  ) {}

  get size(): number {
    return this.flat.keys.length;
  }

  get(k: K): V | undefined {
    const hit = this.memo.get(k);
    if (hit !== undefined || this.memo.has(k)) return hit;
    const { keys, ends, values } = this.flat;
    const key = this.keyOf(k);
    let lo = 0;
    let hi = keys.length - 1;
    let out: V | undefined;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const x = keys[mid]!;
      if (x === key) {
        out = this.decodeValue(values.slice(mid ? ends[mid - 1]! : 0, ends[mid]!));
        break;
      }
      if (x < key) lo = mid + 1;
      else hi = mid - 1;
    }
    this.memo.set(k, out);
    return out;
  }
}

/** A key that is one code point as that code point; any other string as -1 (never a key). */
function codePointKey(ch: string): number {
  const cp = ch.codePointAt(0);
  return cp !== undefined && ch.length === (cp > 0xffff ? 2 : 1) ? cp : -1;
}

interface StoredPinyin {
  byChar: FlatStrings;
  bySyllable: Map<string, string>;
}

/** The pinyin table: readings by character flattened (space-separated syllables), syllables as they are. */
const pinyinCodec: TableCodec<PinyinTable> = {
  encode(t) {
    const { byChar, bySyllable } = { ...t } as unknown as {
      byChar: Map<string, string[]>;
      bySyllable: Map<string, string>;
    };
    const entries: Array<[number, string]> = [];
    for (const [ch, syllables] of byChar) {
      const cp = codePointKey(ch);
      if (cp < 0 || syllables.some((x) => x.includes(' ') || !x)) throw new Error('pinyin table not storable');
      entries.push([cp, syllables.join(' ')]);
    }
    return pack({ byChar: flattenStrings(entries), bySyllable } satisfies StoredPinyin);
  },
  decode(bytes) {
    const f = unpack(bytes) as StoredPinyin;
    if (!f || !isFlatStrings(f.byChar) || !(f.bySyllable instanceof Map)) throw new Error('not a stored pinyin table');
    const byChar = new FlatLookup<string, string[]>(f.byChar, codePointKey, (v) => v.split(' '));
    return Object.assign(Object.create(PinyinTable.prototype) as object, {
      byChar,
      bySyllable: f.bySyllable,
    }) as unknown as PinyinTable;
  },
};

/** The look-alike table: look-alikes by character code, flattened. */
const shapesCodec: TableCodec<ShapeTable> = {
  encode(t) {
    const { byChar } = { ...t } as unknown as { byChar: Map<number, string> };
    return pack({ byChar: flattenStrings(byChar) });
  },
  decode(bytes) {
    const f = unpack(bytes) as { byChar: FlatStrings };
    if (!f || !isFlatStrings(f.byChar)) throw new Error('not a stored look-alike table');
    const byChar = new FlatLookup<number, string>(
      f.byChar,
      (k) => k,
      (v) => v,
    );
    return Object.assign(Object.create(ShapeTable.prototype) as object, { byChar }) as unknown as ShapeTable;
  },
};

const isStrings = (x: unknown): x is string[] => Array.isArray(x) && x.every((s) => typeof s === 'string');

/** A source list validated by loadSourceList (its RE2 patterns compiled once, when it was stored). */
const sourceListCodec: TableCodec<SourceList> = {
  encode: (list) => pack(list),
  decode(bytes) {
    const f = unpack(bytes) as SourceList;
    const ok =
      f &&
      typeof f === 'object' &&
      f.format === 1 &&
      (f.description === undefined || typeof f.description === 'string') &&
      !!f.approved &&
      typeof f.approved === 'object' &&
      Object.values(f.approved).every(isStrings) &&
      [
        f.designated,
        f.ownSources,
        f.accountSuffixes,
        f.governmentPatterns,
        f.localOutletPatterns,
        f.selfMedia,
        f.commercialMarkers,
        f.unspecified,
      ].every(isStrings);
    if (!ok) throw new Error('not a stored source list');
    return f;
  },
};

const isObject = (x: unknown): x is Record<string, unknown> => !!x && typeof x === 'object' && !Array.isArray(x);

/** The validated JSON tables of the core rules (parseCoreLists): plain data, as the extension sends it. */
const coreListsCodec: TableCodec<CoreLists> = {
  encode: (lists) => pack(lists),
  decode(bytes) {
    const f = unpack(bytes) as CoreLists;
    const ok =
      isObject(f) &&
      isObject(f.lengthLimits) &&
      isObject(f.ruleData) &&
      (f.links === undefined || isObject(f.links)) &&
      (f.names === undefined || (isObject(f.names) && Array.isArray(f.names.people)));
    if (!ok) throw new Error('not stored core lists');
    return f;
  },
};

/** Sorted code units answering `has` by binary search: read back without hashing a single unit. */
class SortedUnits implements UnitSet {
  /**
   * units[start, end) of one flat array shared by every key: no subarray per key (a typed array view costs more to
   * make than this object, and a start made hundreds of them).
   */
  constructor(
    private readonly units: Uint16Array,
    private readonly start: number,
    private readonly end: number,
  ) {}
  has(unit: number): boolean {
    const u = this.units;
    let lo = this.start;
    let hi = this.end - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const x = u[mid]!;
      if (x === unit) return true;
      if (x < unit) lo = mid + 1;
      else hi = mid - 1;
    }
    return false;
  }
  [Symbol.iterator](): Iterator<number> {
    return this.units.subarray(this.start, this.end)[Symbol.iterator]();
  }
}

/** Per key, [start, end) into one flat array: `ends` must rise and stop at the flat array's length. */
const validEnds = (ends: unknown, count: number, total: number): ends is Int32Array => {
  if (!(ends instanceof Int32Array) || ends.length !== count) return false;
  let at = 0;
  for (let i = 0; i < ends.length; i++) {
    const e = ends[i]!;
    if (e < at) return false;
    at = e;
  }
  return at === total;
};

const isSortedUnits = (u: Uint16Array, start: number, end: number) => {
  for (let i = start + 1; i < end; i++) if (u[i - 1]! >= u[i]!) return false;
  return true;
};

interface FlatSounds {
  keys: Uint16Array;
  tonalEnds: Int32Array;
  tonal: Uint16Array;
  tonelessEnds: Int32Array;
  toneless: Uint16Array;
}

/** Homophones and look-alikes of the leader names' characters (names.ts): per unit, two sorted unit lists. */
const nameSoundsCodec: TableCodec<Map<number, NameSounds>> = {
  encode(m) {
    const keys = Uint16Array.from(m.keys());
    const flat = (pick: (s: NameSounds) => UnitSet) => {
      const lists = [...m.values()].map((s) => Uint16Array.from(pick(s)).sort());
      const ends = new Int32Array(lists.length);
      let at = 0;
      lists.forEach((l, i) => {
        at += l.length;
        ends[i] = at;
      });
      const all = new Uint16Array(at);
      lists.forEach((l, i) => {
        all.set(l, ends[i]! - l.length);
      });
      return [ends, all] as const;
    };
    const [tonalEnds, tonal] = flat((s) => s.tonal);
    const [tonelessEnds, toneless] = flat((s) => s.toneless);
    return pack({ keys, tonalEnds, tonal, tonelessEnds, toneless } satisfies FlatSounds);
  },
  decode(bytes) {
    const f = unpack(bytes) as Partial<FlatSounds> | null;
    const n = f?.keys instanceof Uint16Array ? f.keys.length : -1;
    if (
      !f ||
      n < 0 ||
      !(f.tonal instanceof Uint16Array) ||
      !(f.toneless instanceof Uint16Array) ||
      !validEnds(f.tonalEnds, n, f.tonal.length) ||
      !validEnds(f.tonelessEnds, n, f.toneless.length)
    )
      throw new Error('not stored name sounds');
    const out = new Map<number, NameSounds>();
    const list = (i: number, ends: Int32Array, all: Uint16Array) => {
      const start = i ? ends[i - 1]! : 0;
      if (!isSortedUnits(all, start, ends[i]!)) throw new Error('not stored name sounds');
      return new SortedUnits(all, start, ends[i]!);
    };
    for (let i = 0; i < n; i++) {
      out.set(f.keys![i]!, { tonal: list(i, f.tonalEnds!, f.tonal), toneless: list(i, f.tonelessEnds!, f.toneless) });
    }
    return out;
  },
};

/** A Map built from the stored arrays on its first lookup (many checks never look up some of them). */
function lazyMap<K, V>(make: () => Map<K, V>): { get(k: K): V | undefined; has(k: K): boolean } {
  let m: Map<K, V> | undefined;
  return {
    get: (k) => (m ??= make()).get(k),
    has: (k) => (m ??= make()).has(k),
  };
}

interface FlatPlaceIndex {
  /** The names joined by U+0000 (they are Chinese characters only). */
  names: string;
  baseLen: Uint8Array;
  /** 1 for a name in `real`. */
  real: Uint8Array;
  /** Per name, its parents joined by U+0000 (empty: none or no entry). */
  parents: string[];
  /** 1 for a name with an entry in `parents`. */
  hasParents: Uint8Array;
  longIds: Int32Array;
  shortKeys: Float64Array;
  shortEnds: Int32Array;
  shortIds: Int32Array;
  suffixChar: Uint8Array;
}

/**
 * The place rule's lookups (places.ts placeIndex) as flat arrays; the Maps and the Set are made again from them on
 * first use. Every index is checked against the list of names.
 */
const placeIndexCodec: TableCodec<PlaceIndex> = {
  encode(x) {
    const names = x.names;
    if (names.some((n) => n.includes(SEP) || !n)) throw new Error('place names not storable');
    const shortEntries: Array<[number, number[]]> = [];
    for (const [k, v] of x.short as Map<number, number[]>) shortEntries.push([k, v]);
    shortEntries.sort((a, b) => a[0] - b[0]);
    const shortEnds = new Int32Array(shortEntries.length);
    let at = 0;
    shortEntries.forEach(([, v], i) => {
      at += v.length;
      shortEnds[i] = at;
    });
    const parents = names.map((n) => x.parents.get(n));
    if (parents.some((p) => p?.some((s) => s.includes(SEP) || !s))) throw new Error('place names not storable');
    return pack({
      names: names.join(SEP),
      baseLen: Uint8Array.from(x.baseLen),
      real: Uint8Array.from(names, (n) => (x.real.has(n) ? 1 : 0)),
      parents: parents.map((p) => p?.join(SEP) ?? ''),
      hasParents: Uint8Array.from(parents, (p) => (p ? 1 : 0)),
      longIds: Int32Array.from(x.longIds),
      shortKeys: Float64Array.from(shortEntries, (e) => e[0]),
      shortEnds,
      shortIds: Int32Array.from(shortEntries.flatMap((e) => e[1])),
      suffixChar: x.suffixChar,
    } satisfies FlatPlaceIndex);
  },
  decode(bytes) {
    const f = unpack(bytes) as Partial<FlatPlaceIndex> | null;
    const names = typeof f?.names === 'string' ? f.names.split(SEP) : [];
    const n = names.length;
    const inRange = (ids: Int32Array) => allBelow(ids, n) && allAtLeast0(ids);
    const ok =
      f &&
      n > 0 &&
      f.baseLen instanceof Uint8Array &&
      f.baseLen.length === n &&
      f.real instanceof Uint8Array &&
      f.real.length === n &&
      isStrings(f.parents) &&
      f.parents.length === n &&
      f.hasParents instanceof Uint8Array &&
      f.hasParents.length === n &&
      f.longIds instanceof Int32Array &&
      inRange(f.longIds) &&
      f.shortKeys instanceof Float64Array &&
      f.shortIds instanceof Int32Array &&
      inRange(f.shortIds) &&
      validEnds(f.shortEnds, f.shortKeys.length, f.shortIds.length) &&
      f.suffixChar instanceof Uint8Array &&
      f.suffixChar.length === 65536;
    if (!ok) throw new Error('not a stored place index');
    const { real, parents, hasParents, shortKeys, shortEnds, shortIds } = f as FlatPlaceIndex;
    const id = lazyMap(() => new Map(names.map((name, i) => [name, i])));
    return {
      names,
      baseLen: f.baseLen!,
      real: { has: (name) => real[id.get(name) ?? -1] === 1 },
      id,
      parents: {
        get(name) {
          const i = id.get(name);
          if (i === undefined || !hasParents[i]) return undefined;
          return parents[i] ? parents[i].split(SEP) : [];
        },
      },
      longIds: f.longIds!,
      short: lazyMap(
        () =>
          new Map(
            Array.from(shortKeys, (k, i) => [
              k,
              Array.from(shortIds.subarray(i ? shortEnds[i - 1]! : 0, shortEnds[i]!)),
            ]),
          ),
      ),
      suffixChar: f.suffixChar!,
    };
  },
};

/** The divisions parsed from divisions.txt (code and name of each). */
const divisionsCodec: TableCodec<Division[]> = {
  // Two strings (the six-digit codes back to back, the names joined by U+0000) rather than 3,000 objects: V8
  // deserializes them at once and the objects are made in one loop (≈ 1.5 ms less per start).
  encode(list) {
    if (list.some((d) => !/^\d{6}$/.test(d.code) || d.name.includes(SEP))) throw new Error('divisions not storable');
    return pack({ codes: list.map((d) => d.code).join(''), names: list.map((d) => d.name).join(SEP) });
  },
  decode(bytes) {
    const f = unpack(bytes) as { codes?: unknown; names?: unknown } | null;
    if (!f || typeof f.codes !== 'string' || typeof f.names !== 'string') throw new Error('not stored divisions');
    const names = f.names ? f.names.split(SEP) : [];
    if (f.codes.length !== names.length * 6) throw new Error('not stored divisions');
    const out: Division[] = new Array(names.length);
    for (let i = 0; i < names.length; i++) out[i] = { code: f.codes.slice(6 * i, 6 * i + 6), name: names[i]! };
    return out;
  },
};

interface StoredNearMatcher extends NearMatcherIndex {
  /** The terms joined by U+0000. */
  terms: string;
  count: number;
}

/** A near-miss matcher (engine/near/stored.ts): its terms and built index; nearMatcherFromIndex checks the fit. */
const nearMatcherCodec: TableCodec<NearMatcher> = {
  encode(m) {
    if (m.terms.some((t) => t.includes(SEP))) throw new Error('terms not storable');
    return pack({
      terms: m.terms.join(SEP),
      count: m.terms.length,
      ...nearMatcherIndex(m),
    } satisfies StoredNearMatcher);
  },
  decode(bytes) {
    const f = unpack(bytes) as Partial<StoredNearMatcher> | null;
    const ok =
      f &&
      typeof f.terms === 'string' &&
      typeof f.count === 'number' &&
      f.automaton instanceof Uint8Array &&
      f.refStart instanceof Int32Array &&
      f.refTerm instanceof Int32Array &&
      f.refKind instanceof Uint8Array &&
      f.refOffset instanceof Int32Array &&
      f.twoSubs instanceof Uint8Array;
    if (!ok) throw new Error('not a stored near matcher');
    const terms = f.count ? f.terms!.split(SEP) : [];
    if (terms.length !== f.count) throw new Error('not a stored near matcher');
    return nearMatcherFromIndex(terms, f as StoredNearMatcher);
  },
};

/** The tone models of the reply-tone lists (reply-tone-schema.ts): their weights are stored apart. */
const TONE_MODELS = ['toneModel', 'voiceModel', 'salesModel'] as const;

/**
 * The reply-tone word lists as validated by parseReplyTone (every list and the Latin forms checked again). The
 * models' weights (≈ 10,000 n-grams, 85 % of the bytes) are V8-serialized apart and read only if asked for; what
 * a model scores with is stored beside them as packedWeights (tone-model.ts) makes it, keys and values as two
 * Float64Arrays in the Map's order: its first score builds its table from them (no Map in between) instead of
 * deserializing 10,000 n-gram strings (≈ 2 MB of heap) and packing them (≈ 15 ms of a small check from the CLI).
 */
const replyToneCodec: TableCodec<ReplyToneLexicons> = {
  encode(x) {
    const lists: Record<string, unknown> = { ...x };
    const weights: Record<string, Uint8Array> = {};
    const packed: Record<string, { keys: Float64Array; values: Float64Array }> = {};
    for (const k of TONE_MODELS) {
      const m = x[k];
      if (!m) continue;
      const { packed: _packed, ...rest } = m;
      lists[k] = { ...rest, weights: null };
      weights[k] = serialize(m.weights) as Uint8Array;
      const w = packedWeights(m.weights);
      packed[k] = { keys: Float64Array.from(w.keys()), values: Float64Array.from(w.values()) };
    }
    return pack({ lists, weights, packed });
  },
  decode(bytes) {
    const stored = unpack(bytes) as { lists?: unknown; weights?: unknown; packed?: unknown } | null;
    const f = stored?.lists as Record<string, { words?: unknown; forms?: unknown } | undefined> | null | undefined;
    const weights = stored?.weights as Record<string, unknown> | undefined;
    const packed = stored?.packed as Record<string, { keys?: unknown; values?: unknown } | undefined> | undefined;
    const forms = f?.latinVulgar?.forms;
    const ok =
      isObject(f) &&
      isObject(weights) &&
      REPLY_TONE_LISTS.every((k) => isObject(f[k]) && isStrings(f[k].words)) &&
      isObject(forms) &&
      Object.values(forms).every((v) => typeof v === 'string') &&
      TONE_MODELS.every((k) =>
        f[k] === undefined
          ? weights[k] === undefined
          : isObject(f[k]) &&
            (f[k] as { weights?: unknown }).weights === null &&
            weights[k] instanceof Uint8Array &&
            isObject(packed?.[k]) &&
            packed[k].keys instanceof Float64Array &&
            packed[k].values instanceof Float64Array &&
            packed[k].keys.length === packed[k].values.length,
      );
    if (!ok) throw new Error('not stored reply-tone lists');
    for (const k of TONE_MODELS) {
      const model = f[k];
      if (!model) continue;
      const blob = weights[k] as Uint8Array;
      const { keys, values } = packed![k] as { keys: Float64Array; values: Float64Array };
      // What score reads, the stored keys and values in packedWeights' order: no 10,000 n-gram strings deserialized
      // and packed again on the first score.
      // Not enumerable: the model reads as the lists parseReplyTone gives (a round trip compares equal).
      Object.defineProperty(model, 'packed', { value: () => ({ keys, values }) });
      let read: Record<string, number> | undefined;
      Object.defineProperty(model, 'weights', {
        enumerable: true,
        get() {
          if (!read) {
            const w = deserialize(blob) as unknown;
            if (!isObject(w)) throw new Error('not stored tone-model weights');
            read = w as Record<string, number>;
          }
          return read;
        },
      });
    }
    return f as unknown as ReplyToneLexicons;
  },
};

/** The word counts: the hash table's records as they are (a view into the cache file when read back). */
const wordFreqCodec: TableCodec<WordFreq> = {
  // the inner-pair set and the Bloom bits too: made from the records (the pairs on first use), ≈ 10 ms and ≈ 3 ms
  // a CLI start would pay again
  encode: (t) => pack({ slots: t.slots, logTotal: t.logTotal, pairs: t.pairs(), bloom: t.bloom }),
  decode(bytes) {
    const f = unpack(bytes) as { slots?: unknown; logTotal?: unknown; pairs?: unknown; bloom?: unknown } | null;
    if (
      !(f?.slots instanceof Uint32Array) ||
      typeof f.logTotal !== 'number' ||
      !isPairSet(f.pairs) ||
      !(f.bloom instanceof Uint32Array)
    )
      throw new Error('not stored word counts');
    // the constructor checks the Bloom bits' size against the records
    return new WordFreq(f.slots, f.logTotal, f.pairs, f.bloom);
  },
};

/** The collocation rule's slip index: its typed arrays as they are (views into the cache file when read back). */
const collocationSlipsCodec: TableCodec<SlipIndex> = {
  encode: (t) => pack({ keys: t.keys, rows: t.rows, more: t.more }),
  decode(bytes) {
    const f = unpack(bytes);
    if (!isSlipIndex(f)) throw new Error('not a stored slip index');
    return f;
  },
};

/** The codec of every kind of table the CLI keeps (exported for tests). */
export const TABLE_CODECS: Readonly<Record<string, TableCodec<never>>> = {
  pinyin: pinyinCodec,
  shapes: shapesCodec,
  'place-variants': placeVariantsCodec,
  'word-variants': placeVariantsCodec,
  'word-freq': wordFreqCodec,
  'source-list': sourceListCodec,
  'core-lists': coreListsCodec,
  'idiom-index': idiomIndexCodec,
  'idiom-sound': idiomSoundCodec,
  idioms: idiomListCodec,
  'name-sounds': nameSoundsCodec,
  'place-index': placeIndexCodec,
  divisions: divisionsCodec,
  'near-matcher': nearMatcherCodec,
  'reply-tone': replyToneCodec,
  'collocation-slips': collocationSlipsCodec,
} as unknown as Record<string, TableCodec<never>>;

let installed = false;
/** Registers the codecs (once per process); without an installed TableStore they are never used. */
export function installTableCodecs(): void {
  if (installed) return;
  installed = true;
  for (const [kind, codec] of Object.entries(TABLE_CODECS)) setTableCodec(kind, codec);
}
