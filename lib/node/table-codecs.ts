import { deserialize, serialize } from 'node:v8';
import { setTableCodec, type TableCodec } from '../engine/data/store';
import { PinyinTable, ShapeTable } from '../engine/data/tables';
import type { IdiomIndex } from '../rules/idioms';
import type { PlaceVariants } from '../rules/places';

/**
 * How the CLI keeps the big character and place tables in its disk cache (engine-cache.ts), in forms that load
 * faster than the text they are parsed from.
 */

/** A class whose state is plain data (Maps of strings): stored as its fields, given its prototype back on load. */
function fieldsCodec<T extends object>(
  proto: object,
  check: (fields: Record<string, unknown>) => boolean,
): TableCodec<T> {
  return {
    encode: (t) => serialize({ ...t }),
    decode(bytes) {
      const fields = deserialize(bytes) as Record<string, unknown>;
      if (!fields || typeof fields !== 'object' || !check(fields)) throw new Error('not a stored table');
      // A fresh object of the class's prototype, fields added after (setPrototypeOf would leave it slow to read).
      return Object.assign(Object.create(proto) as object, fields) as T;
    },
  };
}

/**
 * The place variants as a few flat arrays (one string of every variant and name, sorted pair keys), with `byPair`
 * answering `get` from them and keeping each answer: a check looks up a few hundred pairs, not the 100,000 the
 * text holds, so nothing else is ever materialised.
 */
interface FlatVariants {
  /** First two code units as c0 * 65536 + c1 (beyond int32, hence doubles). */
  keys: Float64Array;
  /** Per key: [start, end) into `pairs` (start of key i = ends[i-1]). */
  ends: Int32Array;
  /** variant, name, variant, name … */
  pairs: string;
  /** Per key: where its first variant starts in `pairs` (a lookup reads only its own part of the string). */
  offsets: Int32Array;
  firstSecond: Uint8Array;
  before: Map<string, string>;
  after: Map<string, string>;
  rightByPair: Map<number, string[]>;
  rightFirst: Uint8Array;
  size: number;
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
      f.pairBits instanceof Uint32Array;
    if (!ok) throw new Error('not a stored idiom index');
    const idioms = f.idioms ? f.idioms.split(SEP) : [];
    if (idioms.length * 4 !== f.chars.length) throw new Error('not a stored idiom index');
    return { ...f, idioms, exact: new Set(idioms) };
  },
};

/** The idiom list (four-character strings) as one string. */
const idiomListCodec: TableCodec<string[]> = {
  encode: (list) => Buffer.from(`${list.length}${SEP}${list.join(SEP)}`, 'utf8'),
  decode(bytes) {
    const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
    const at = text.indexOf(SEP);
    const count = Number(text.slice(0, at));
    const list = count ? text.slice(at + 1).split(SEP) : [];
    if (at < 1 || list.length !== count) throw new Error('not a stored idiom list');
    return list;
  },
};

let installed = false;
/** Registers the codecs (once per process); without an installed TableStore they are never used. */
export function installTableCodecs(): void {
  if (installed) return;
  installed = true;
  setTableCodec(
    'pinyin',
    fieldsCodec<PinyinTable>(PinyinTable.prototype, (f) => f.byChar instanceof Map && f.bySyllable instanceof Map),
  );
  setTableCodec(
    'shapes',
    fieldsCodec<ShapeTable>(ShapeTable.prototype, (f) => f.byChar instanceof Map),
  );
  setTableCodec('place-variants', placeVariantsCodec);
  setTableCodec('idiom-index', idiomIndexCodec);
  setTableCodec('idioms', idiomListCodec);
}
