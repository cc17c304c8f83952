import { deserialize, serialize } from 'node:v8';

/**
 * A V8-serialized value whose typed arrays are kept as raw, 8-byte-aligned regions after it, so that reading it
 * back gives views into the bytes instead of copies. On this kind of machine copying memory costs ≈ 2.5 ms per MB,
 * and the CLI's table cache holds ≈ 20 MB of typed arrays, all of which a check of any Chinese text reads.
 *
 * Layout: magic (4 bytes), length of the skeleton (4 bytes, little-endian), the skeleton (V8-serialized
 * `{ value, raws }`, every typed array in `value` replaced by null and listed in `raws` with its path, type, offset
 * and length), padding to a multiple of 8, then the regions.
 */

const MAGIC = 0x31524750; // "PGR1" little-endian

type Typed =
  | Int8Array
  | Uint8Array
  | Uint8ClampedArray
  | Int16Array
  | Uint16Array
  | Int32Array
  | Uint32Array
  | Float32Array
  | Float64Array;

const TYPES = {
  Int8Array,
  Uint8Array,
  Uint8ClampedArray,
  Int16Array,
  Uint16Array,
  Int32Array,
  Uint32Array,
  Float32Array,
  Float64Array,
} as const;
type TypeName = keyof typeof TYPES;

/** [path, type, offset from the first region, element count]. */
type Raw = [Array<string | number>, TypeName, number, number];

const typeName = (x: unknown): TypeName | undefined => {
  if (!ArrayBuffer.isView(x) || x instanceof DataView) return undefined;
  const name = x.constructor.name;
  // A Node Buffer is a Uint8Array: stored as one, read back as one.
  if (name === 'Buffer') return 'Uint8Array';
  return name in TYPES ? (name as TypeName) : undefined;
};

const pad8 = (n: number) => (n + 7) & ~7;

/** Typed arrays are taken out of plain objects and arrays (not out of Maps or Sets, which V8 copies as they are). */
export function pack(value: unknown): Uint8Array {
  const raws: Raw[] = [];
  const regions: Typed[] = [];
  let at = 0;
  const strip = (x: unknown, path: Array<string | number>): unknown => {
    const t = typeName(x);
    if (t) {
      const a = x as Typed;
      raws.push([path, t, at, a.length]);
      regions.push(a);
      at = pad8(at + a.byteLength);
      return null;
    }
    if (Array.isArray(x)) return x.map((v, i) => strip(v, [...path, i]));
    if (x && typeof x === 'object' && Object.getPrototypeOf(x) === Object.prototype) {
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(x)) out[k] = strip(v, [...path, k]);
      return out;
    }
    return x;
  };
  const skeleton = serialize({ value: strip(value, []), raws });
  const start = pad8(8 + skeleton.length);
  const out = new Uint8Array(start + at);
  const view = new DataView(out.buffer);
  view.setUint32(0, MAGIC, true);
  view.setUint32(4, skeleton.length, true);
  out.set(skeleton, 8);
  raws.forEach(([, , offset], i) => {
    const a = regions[i]!;
    out.set(new Uint8Array(a.buffer, a.byteOffset, a.byteLength), start + offset);
  });
  return out;
}

/**
 * The value packed by `pack`, its typed arrays as views into `bytes` (which must then stay unchanged). Bytes not
 * at an 8-byte boundary of their buffer are copied once first. Throws on bytes that are not a pack.
 */
export function unpack(bytes: Uint8Array): unknown {
  if (bytes.length < 8) throw new Error('not a packed value');
  let b = bytes;
  if (b.byteOffset % 8 !== 0) b = new Uint8Array(b);
  const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
  if (view.getUint32(0, true) !== MAGIC) throw new Error('not a packed value');
  const length = view.getUint32(4, true);
  if (8 + length > b.length) throw new Error('not a packed value');
  const s = deserialize(b.subarray(8, 8 + length)) as { value?: unknown; raws?: unknown } | null;
  if (!s || typeof s !== 'object' || !Array.isArray(s.raws)) throw new Error('not a packed value');
  const start = pad8(8 + length);
  let value = s.value;
  for (const r of s.raws as unknown[]) {
    if (!Array.isArray(r) || r.length !== 4) throw new Error('not a packed value');
    const [path, type, offset, count] = r as Raw;
    const Ctor = Object.hasOwn(TYPES, type) ? TYPES[type] : undefined;
    if (!Ctor || !Array.isArray(path) || !Number.isInteger(offset) || !Number.isInteger(count) || offset < 0)
      throw new Error('not a packed value');
    if (offset % 8 !== 0 || count < 0 || start + offset + count * Ctor.BYTES_PER_ELEMENT > b.length)
      throw new Error('not a packed value');
    const array = new Ctor(b.buffer as ArrayBuffer, b.byteOffset + start + offset, count);
    if (!path.length) {
      value = array;
      continue;
    }
    let parent = value as Record<string | number, unknown> | null;
    for (const k of path.slice(0, -1)) parent = (parent?.[k] ?? null) as Record<string | number, unknown> | null;
    const last = path[path.length - 1]!;
    if (!parent || typeof parent !== 'object' || parent[last] !== null) throw new Error('not a packed value');
    parent[last] = array;
  }
  return value;
}
