/**
 * Where the host may keep built tables between runs (the CLI's disk cache); pure, no I/O here. A table is stored
 * as bytes under its kind and the exact input it was built from, so a changed input is simply a different entry.
 */
export interface TableStore {
  /** The bytes stored for a `kind` table built from `input`, if any. */
  get(kind: string, input: string): Uint8Array | undefined;
  set(kind: string, input: string, bytes: Uint8Array): void;
  /** A memo of `kind` for tables of `input` that the host keeps between runs (keptMemo), if it keeps memos. */
  memo?(kind: string, input: string): UnitMemo | undefined;
}

/**
 * Answers of a pure computation by an integer key (0 ≤ key < 2^32: a code unit, a pair of them as c0 · 65536 + c1),
 * each a short list of 16-bit numbers (code units, indices), which the host keeps between runs: per-character tables
 * a rule fills as it meets new characters (candidate lists, pair indices) start warm in the next run instead of
 * cold. What `set` is given must be what the computation gives for that key, so that the answers are the same with
 * or without the memo; a value got must not be changed.
 */
export interface UnitMemo {
  get(key: number): Uint16Array | undefined;
  set(key: number, value: Uint16Array): void;
}

let current: TableStore | undefined;

/** Installs (or, with undefined, removes) the store every later build goes through. */
export function setTableStore(store: TableStore | undefined): void {
  current = store;
}

/**
 * `build()`, or the table decoded from the store when it holds one for this input. Bytes that do not decode are
 * ignored (the table is built and stored again).
 */
export function storedBuild<T>(
  kind: string,
  input: () => string | undefined,
  build: () => T,
  encode: (t: T) => Uint8Array,
  decode: (b: Uint8Array) => T,
): T {
  const store = current;
  if (!store) return build();
  const key = input();
  if (key === undefined) return build();
  const bytes = store.get(kind, key);
  if (bytes) {
    try {
      return decode(bytes);
    } catch {
      // damaged or from another layout: build it again below
    }
  }
  const t = build();
  let encoded: Uint8Array | undefined;
  try {
    encoded = encode(t);
  } catch {
    encoded = undefined; // a table the codec cannot store is used as built
  }
  if (encoded) store.set(kind, key, encoded);
  return t;
}

/** How a kind of table is kept in a TableStore; kinds without one are always built. */
export interface TableCodec<T> {
  encode(table: T): Uint8Array;
  decode(bytes: Uint8Array): T;
}
const codecs = new Map<string, TableCodec<unknown>>();

/** Lets tables of `kind` be kept in the installed TableStore (the host knows how to store them). */
export function setTableCodec<T>(kind: string, codec: TableCodec<T>): void {
  codecs.set(kind, codec as TableCodec<unknown>);
}

/**
 * `build()`, kept in the installed store when the host registered a codec for `kind`. An `input` of undefined (a
 * table derived from tables of unknown origin, see derivedInput) is always built.
 */
export function storedTable<T>(kind: string, input: () => string | undefined, build: () => T): T {
  const codec = codecs.get(kind) as TableCodec<T> | undefined;
  if (!codec || !current) return build();
  return storedBuild(kind, input, build, codec.encode, codec.decode);
}

/**
 * storedTable's result when the host keeps `kind` tables (a codec registered, a store installed: the CLI with its
 * cache), else undefined and nothing built: for a table made on first use otherwise, which a kept one then spares.
 */
export function keptTable<T>(kind: string, input: () => string | undefined, build: () => T): T | undefined {
  const codec = codecs.get(kind) as TableCodec<T> | undefined;
  if (!codec || !current) return undefined;
  return storedBuild(kind, input, build, codec.encode, codec.decode);
}

/**
 * The installed store's memo of `kind` for tables of `input` (derivedInput of the tables its answers come from), or
 * undefined (no store, a store that keeps no memos, or tables of unknown origin): the rule then memoises per run only.
 * Called while the engine is built, like the other table functions.
 */
export function keptMemo(kind: string, input: () => string | undefined): UnitMemo | undefined {
  const store = current;
  if (!store?.memo) return undefined;
  const key = input();
  return key === undefined ? undefined : store.memo(kind, key);
}

/**
 * A list of strings as one unambiguous store input: its length and the items joined by U+0000 when no item holds
 * that character (words, patterns: the usual case, one native join), else every item prefixed with its length.
 */
export function listInput(list: readonly string[]): string {
  const joined = list.join('\u0000');
  let seps = 0;
  for (let at = joined.indexOf('\u0000'); at >= 0; at = joined.indexOf('\u0000', at + 1)) seps++;
  if (seps === Math.max(0, list.length - 1)) return `${list.length}\u0000${joined}`;
  return `L${list.map((s) => `${s.length}:${s}`).join('')}`;
}

/** The store input each table built from text was built from (kind and text), for tables derived from it. */
const inputs = new WeakMap<object, string>();

/** Notes that `table` was built as a `kind` table from `text` (cachedTable in tables.ts does it for every table). */
export function noteTableInput(table: unknown, kind: string, text: string): void {
  if (table && typeof table === 'object') inputs.set(table, `${kind}\u0000${text}`);
}

/**
 * The store input of a table derived from `parts`: strings as they are, tables by what they were built from
 * (noteTableInput), undefined for an absent one. Undefined when a table's origin is unknown (then nothing is
 * stored: a derived table is only ever found again under everything it was derived from).
 */
export function derivedInput(...parts: ReadonlyArray<string | object | undefined>): string | undefined {
  const out: string[] = [];
  for (const p of parts) {
    if (p === undefined) out.push('-');
    else if (typeof p === 'string') out.push(`s${p}`);
    else {
      const from = inputs.get(p);
      if (from === undefined) return undefined;
      out.push(`t${from}`);
    }
  }
  return listInput(out);
}
