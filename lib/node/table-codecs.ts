import { deserialize, serialize } from 'node:v8';
import { setTableCodec, type TableCodec } from '../engine/data/store';
import { PinyinTable, ShapeTable } from '../engine/data/tables';
import type { CoreLists } from '../rules/core';
import type { IdiomIndex } from '../rules/idioms';
import type { NameSounds } from '../rules/names';
import type { Division, PlaceIndex, PlaceVariants } from '../rules/places';
import type { SourceList } from '../rules/source-schema';

/**
 * How the CLI keeps the big character and place tables in its disk cache (engine-cache.ts), in forms that load
 * faster than the text they are parsed from.
 */

/**
 * The place variants as a few flat arrays (one string of every variant and name, sorted pair keys), with `byPair`
 * answering `get` from them and keeping each answer: a check looks up a few hundred pairs, not the 100,000 the
 * text holds, so nothing else is ever materialised.
 */
interface FlatVariants extends Omit<PlaceVariants, 'byPair'> {
  /** First two code units as c0 * 65536 + c1 (beyond int32, hence doubles). */
  keys: Float64Array;
  /** Per key: [start, end) into `pairs` (start of key i = ends[i-1]). */
  ends: Int32Array;
  /** variant, name, variant, name … */
  pairs: string;
  /** Per key: where its first variant starts in `pairs` (a lookup reads only its own part of the string). */
  offsets: Int32Array;
}

const SEP = '\u0000';

function flattenVariants(v: PlaceVariants): FlatVariants {
  const keys = Float64Array.from([...v.byPair.keys()].sort((a, b) => a - b));
  const ends = new Int32Array(keys.length);
  const offsets = new Int32Array(keys.length);
  const parts: string[] = [];
  let at = 0;
  keys.forEach((k, i) => {
    offsets[i] = at;
    for (const [variant, name] of v.byPair.get(k)!) {
      parts.push(variant, name);
      at += variant.length + name.length + 2;
    }
    ends[i] = parts.length;
  });
  return {
    keys,
    ends,
    offsets,
    pairs: parts.join(SEP),
    firstSecond: v.firstSecond,
    before: v.before,
    after: v.after,
    rightByPair: v.rightByPair,
    rightFirst: v.rightFirst,
    size: v.size,
  };
}

/** A read-only Map stand-in over the flat arrays (the place rule only calls `get`). */
class PairLookup {
  private readonly memo = new Map<number, Array<[string, string]> | undefined>();
  constructor(private readonly flat: FlatVariants) {}

  get(key: number): Array<[string, string]> | undefined {
    if (this.memo.has(key)) return this.memo.get(key);
    const { keys, ends } = this.flat;
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
      out = [];
      let p = offsets[at]!;
      for (let j = at ? ends[at - 1]! : 0; j < ends[at]!; j += 2) {
        const mid = pairs.indexOf(SEP, p);
        const end = pairs.indexOf(SEP, mid + 1);
        const stop = end < 0 ? pairs.length : end;
        out.push([pairs.slice(p, mid), pairs.slice(mid + 1, stop)]);
        p = stop + 1;
      }
    }
    this.memo.set(key, out);
    return out;
  }
}

const placeVariantsCodec: TableCodec<PlaceVariants> = {
  encode: (v) => serialize(flattenVariants(v)),
  decode(bytes) {
    const f = deserialize(bytes) as FlatVariants;
    const ok =
      f &&
      f.keys instanceof Float64Array &&
      f.ends instanceof Int32Array &&
      f.ends.length === f.keys.length &&
      f.offsets instanceof Int32Array &&
      f.offsets.length === f.keys.length &&
      typeof f.pairs === 'string' &&
      f.firstSecond instanceof Uint8Array &&
      f.before instanceof Map &&
      f.after instanceof Map &&
      f.rightByPair instanceof Map &&
      f.rightFirst instanceof Uint8Array &&
      typeof f.size === 'number';
    if (!ok) throw new Error('not stored place variants');
    const byPair = new PairLookup(f) as unknown as PlaceVariants['byPair'];
    return {
      byPair,
      firstSecond: f.firstSecond,
      before: f.before,
      after: f.after,
      rightByPair: f.rightByPair,
      rightFirst: f.rightFirst,
      size: f.size,
    };
  },
};

/** The idiom index: its typed arrays as they are, the idioms as one string (the exact set rebuilt from them). */
const idiomIndexCodec: TableCodec<IdiomIndex> = {
  encode: ({ exact: _exact, idioms, ...rest }) => serialize({ ...rest, idioms: idioms.join(SEP) }),
  decode(bytes) {
    const f = deserialize(bytes) as Omit<IdiomIndex, 'idioms' | 'exact'> & { idioms: string };
    const ok =
      f &&
      typeof f.idioms === 'string' &&
      f.chars instanceof Uint16Array &&
      f.slots instanceof Int32Array &&
      f.slotPos instanceof Uint8Array &&
      typeof f.mask === 'number' &&
      f.posBits instanceof Uint8Array &&
      f.pairBits instanceof Uint32Array &&
      f.halfStart instanceof Uint32Array &&
      f.halfIds instanceof Uint32Array &&
      f.halfIds.length * 2 === f.chars.length &&
      f.halfStart[f.halfStart.length - 1] === f.halfIds.length;
    if (!ok) throw new Error('not a stored idiom index');
    const idioms = f.idioms ? f.idioms.split(SEP) : [];
    if (idioms.length * 4 !== f.chars.length) throw new Error('not a stored idiom index');
    return { ...f, idioms, exact: new Set(idioms) };
  },
};

/** The idiom list (four-character strings) as one string (a V8 string: loads as a copy, no UTF-8 decoding). */
const idiomListCodec: TableCodec<string[]> = {
  encode: (list) => serialize(`${list.length}${SEP}${list.join(SEP)}`),
  decode(bytes) {
    const text = deserialize(bytes);
    if (typeof text !== 'string') throw new Error('not a stored idiom list');
    const at = text.indexOf(SEP);
    const count = Number(text.slice(0, at));
    const list = count ? text.slice(at + 1).split(SEP) : [];
    if (at < 1 || list.length !== count) throw new Error('not a stored idiom list');
    return list;
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
    return serialize({ byChar: flattenStrings(entries), bySyllable } satisfies StoredPinyin);
  },
  decode(bytes) {
    const f = deserialize(bytes) as StoredPinyin;
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
    return serialize({ byChar: flattenStrings(byChar) });
  },
  decode(bytes) {
    const f = deserialize(bytes) as { byChar: FlatStrings };
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
  encode: (list) => serialize(list),
  decode(bytes) {
    const f = deserialize(bytes) as SourceList;
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
  encode: (lists) => serialize(lists),
  decode(bytes) {
    const f = deserialize(bytes) as CoreLists;
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

/** A set of UTF-16 code units: every element checked, so a foreign set never reaches a rule. */
const isUnitSet = (x: unknown): x is Set<number> => {
  if (!(x instanceof Set)) return false;
  for (const c of x) if (typeof c !== 'number' || !Number.isInteger(c) || c < 0 || c > 0xffff) return false;
  return true;
};

/** Homophones and look-alikes of the leader names' characters (names.ts): a Map of two Sets per unit, as is. */
const nameSoundsCodec: TableCodec<Map<number, NameSounds>> = {
  encode: (m) => serialize(m),
  decode(bytes) {
    const m = deserialize(bytes) as unknown;
    if (!(m instanceof Map)) throw new Error('not stored name sounds');
    for (const [k, v] of m as Map<unknown, { tonal?: unknown; toneless?: unknown } | null>) {
      if (typeof k !== 'number' || !v || !isUnitSet(v.tonal) || !isUnitSet(v.toneless))
        throw new Error('not stored name sounds');
    }
    return m as Map<number, NameSounds>;
  },
};

const isIndexList = (x: unknown, size: number): x is number[] =>
  Array.isArray(x) && x.every((i) => Number.isInteger(i) && i >= 0 && i < size);

/** The place rule's lookups (places.ts placeIndex), as is; every index checked against the list of names. */
const placeIndexCodec: TableCodec<PlaceIndex> = {
  encode: (x) => serialize(x),
  decode(bytes) {
    const f = deserialize(bytes) as Partial<Record<keyof PlaceIndex, unknown>> | null;
    const n = f && isStrings(f.names) ? f.names.length : -1;
    const ok =
      n >= 0 &&
      f &&
      Array.isArray(f.baseLen) &&
      f.baseLen.length === n &&
      f.baseLen.every((b) => Number.isInteger(b)) &&
      f.real instanceof Set &&
      [...f.real].every((x) => typeof x === 'string') &&
      f.id instanceof Map &&
      [...f.id].every(([k, v]) => typeof k === 'string' && Number.isInteger(v) && v >= 0 && v < n) &&
      f.parents instanceof Map &&
      [...f.parents].every(([k, v]) => typeof k === 'string' && isStrings(v)) &&
      isIndexList(f.longIds, n) &&
      f.short instanceof Map &&
      [...f.short].every(([k, v]) => typeof k === 'number' && isIndexList(v, n)) &&
      f.suffixChar instanceof Uint8Array &&
      f.suffixChar.length === 65536;
    if (!ok) throw new Error('not a stored place index');
    return f as PlaceIndex;
  },
};

/** The divisions parsed from divisions.txt (code and name of each). */
const divisionsCodec: TableCodec<Division[]> = {
  encode: (list) => serialize(list),
  decode(bytes) {
    const f = deserialize(bytes) as unknown;
    const ok =
      Array.isArray(f) &&
      f.every((d: Partial<Division> | null) => !!d && typeof d.code === 'string' && typeof d.name === 'string');
    if (!ok) throw new Error('not stored divisions');
    return f as Division[];
  },
};

/** The accepted substitutions of the short protected terms (dictionary/near.ts), by term. */
const nearVariantsCodec: TableCodec<Map<string, string[]>> = {
  encode: (m) => serialize(m),
  decode(bytes) {
    const m = deserialize(bytes) as unknown;
    if (!(m instanceof Map) || ![...m].every(([k, v]) => typeof k === 'string' && isStrings(v)))
      throw new Error('not stored near variants');
    return m as Map<string, string[]>;
  },
};

/** The codec of every kind of table the CLI keeps (exported for tests). */
export const TABLE_CODECS: Readonly<Record<string, TableCodec<never>>> = {
  pinyin: pinyinCodec,
  shapes: shapesCodec,
  'place-variants': placeVariantsCodec,
  'source-list': sourceListCodec,
  'core-lists': coreListsCodec,
  'idiom-index': idiomIndexCodec,
  idioms: idiomListCodec,
  'name-sounds': nameSoundsCodec,
  'place-index': placeIndexCodec,
  divisions: divisionsCodec,
  'near-variants': nearVariantsCodec,
} as unknown as Record<string, TableCodec<never>>;

let installed = false;
/** Registers the codecs (once per process); without an installed TableStore they are never used. */
export function installTableCodecs(): void {
  if (installed) return;
  installed = true;
  for (const [kind, codec] of Object.entries(TABLE_CODECS)) setTableCodec(kind, codec);
}
