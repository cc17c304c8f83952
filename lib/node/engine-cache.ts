import type { Hash } from 'node:crypto';
import {
  type BigIntStats,
  closeSync,
  fstatSync,
  mkdirSync,
  openSync,
  readFileSync,
  readSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';
import { crc32 } from 'node:zlib';
import type { TableStore } from '../engine/data/store';
import { fileIdentity, settledIdentity } from './file-identity';

/**
 * An on-disk cache of what the CLI prepares from the shipped data before its first check (the compiled
 * dictionaries and the big tables), so that later runs load it instead of parsing, validating and compiling again.
 * Every entry is stored under a key made from everything it was built from: this code (the bundle file's
 * identity), the Node version, and every input file (its bytes, or for shipped files their identity). A file that
 * is missing, damaged, of another format or key is ignored (and rebuilt); a cache directory that cannot be written
 * is skipped without a word. Never trusted for anything but speed: the result is the same with or without it.
 */

/** Layout of the cache files; bump when what is stored changes shape. */
const FORMAT = 'publish-guard-engine-cache/9';

export interface EngineCache {
  dir: string;
  /** Identifies the code that builds what is cached (default: a hash of the running bundle). */
  codeId?: string;
}

/** `$PUBLISH_GUARD_CACHE_DIR`, else `$XDG_CACHE_HOME/publish-guard`, else `~/.cache/publish-guard`. */
export function defaultCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.PUBLISH_GUARD_CACHE_DIR) return env.PUBLISH_GUARD_CACHE_DIR;
  const base = env.XDG_CACHE_HOME || join(homedir(), '.cache');
  return join(base, 'publish-guard');
}

let ownCode: string | undefined;
/**
 * The identity of the file this code runs from (dist/cli.cjs once bundled; file-identity.ts): any rebuild or copy
 * of the code changes it, and it is known without reading and hashing the 1.4 MB bundle on every start.
 */
function ownCodeId(): string {
  ownCode ??= fileIdentity(fileURLToPath(import.meta.url));
  return ownCode;
}

/**
 * Keys of up to this many code units are kept as they are (every key of a CLI start without extra dictionaries),
 * longer ones as their SHA-256: node:crypto is then loaded only for those (≈ 2-3 ms of every start otherwise).
 */
const RAW_KEY = 65536;

function sha256(): Hash {
  return (createRequire(import.meta.url)('node:crypto') as typeof import('node:crypto')).createHash('sha256');
}

/**
 * The key of a cache entry: the format, the code, the Node version and the given inputs (names and bytes, in
 * order): the inputs themselves, each marked with its kind and length (so that no other inputs read the same), or
 * their SHA-256 when that is long. Throws if an input cannot be read (the caller then goes without the cache).
 */
export function cacheKey(cache: EngineCache, inputs: ReadonlyArray<readonly [string, string | Uint8Array]>): string {
  const parts: Array<string | Uint8Array> = [FORMAT, cache.codeId ?? ownCodeId(), process.version];
  for (const [name, bytes] of inputs) parts.push(name, bytes);
  let size = 0;
  for (const p of parts) size += p.length;
  if (size <= RAW_KEY) {
    const raw = parts.map((p) =>
      typeof p === 'string'
        ? `s${p.length}:${p}`
        : `b${p.length}:${Buffer.from(p.buffer, p.byteOffset, p.byteLength).toString('latin1')}`,
    );
    return `raw:${raw.join('')}`;
  }
  const h = sha256();
  for (const s of parts) {
    const b = typeof s === 'string' ? Buffer.from(s, 'utf8') : s;
    h.update(`${b.length}:`);
    h.update(b);
  }
  return `sha256:${h.digest('hex')}`;
}

const fileOf = (cache: EngineCache, name: string) => join(cache.dir, `${name}.v8`);

/**
 * Every cache file: the CRC-32 of the rest (4 bytes, little-endian), the length of the header (4 bytes), the header
 * (V8-serialized `{ format, key, value }`), then raw blobs the header may point into (each at a multiple of 8
 * bytes). The checksum only catches a damaged or truncated file (checked on every read of a small file, once per
 * version of a big one: readChecked): what an entry was built from is in its key (cacheKey: the inputs themselves
 * or their SHA-256). CRC-32 itself costs ≈ 0.2 ms per MB; SHA-256 was tried, ≈ 3 times that, and reverted.
 */
const PREFIX = 8;
/** Blobs start at multiples of 8 in the file, so that typed arrays can be views into them (raw-pack.ts). */
const pad8 = (n: number) => (n + 7) & ~7;

/** Bytes read at a time (one chunk buffer, reused: it stays in the CPU cache and its pages stay mapped). */
const CHUNK = 64 * 1024;

/**
 * Files of at least this size have their checksum checked once per version of the file, not on every start (see
 * readChecked); smaller ones on every read (well under a millisecond).
 */
const VERIFY_ONCE_BYTES = 1 << 20;

/**
 * The file's bytes and whether they are sound: the CRC-32 of all but their first 4 bytes is the one stored there.
 *
 * A big file (the tables, ≈ 35 MB) is checksummed once per version: the first read that finds it sound notes the
 * file's identity (file-identity.ts: path, size, inode, modification and change time; any rewrite or replacement
 * changes it) with its checksum in `<file>.verified`, and later reads of that very file trust it unread. On the
 * 2-core VMs this is measured on, the first pass over a file's fresh bytes costs ≈ 1.3 ms per MB whatever it does
 * (page faults: ≈ 50 ms for the tables), while a check touches only the pages of the tables it looks things up in. A
 * file changed in the last seconds (whose identity may repeat) is checksummed on every read and never noted.
 */
function readChecked(path: string): { bytes: Buffer; sound: boolean } {
  const early = prefetched.get(path);
  if (early) prefetched.delete(path);
  let fd: number | undefined;
  try {
    if (!early) fd = openSync(path, 'r');
    const stats = early?.stats ?? fstatSync(fd!, { bigint: true });
    const size = Number(stats.size);
    const identity = size >= VERIFY_ONCE_BYTES ? settledIdentity(path, stats) : undefined;
    const noted = identity === undefined ? undefined : verifiedNote(path);
    // Bytes already read (prefetched), or read whole without a pass when a note may spare the checksum; else read a
    // chunk at a time into one small buffer, checksummed there and copied on, rather than read whole and checksummed
    // after: copying from a warm chunk costs only the page faults the read itself had (≈ 20 ms less for 17 MB).
    const whole = early?.bytes ?? (noted !== undefined ? readWhole(fd!, size) : undefined);
    let bytes: Buffer;
    let crc: number;
    if (whole) {
      bytes = whole;
      if (noted !== undefined && bytes.length >= 4 && noted === note(bytes.readUInt32LE(0), identity!))
        return { bytes, sound: true };
      crc = crc32(bytes.subarray(Math.min(4, bytes.length)));
    } else ({ bytes, crc } = readChunkedChecked(fd!, size));
    const sound = bytes.length === size && size >= 4 && crc === bytes.readUInt32LE(0);
    if (sound && identity !== undefined) writeAtomically(`${path}.verified`, note(crc, identity));
    return { bytes, sound };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** `size` bytes of `fd` in as few reads as the kernel allows (fewer when the file was cut short meanwhile). */
function readWhole(fd: number, size: number): Buffer {
  const bytes = Buffer.allocUnsafeSlow(size);
  let at = 0;
  while (at < size) {
    const n = readSync(fd, bytes, at, size - at, at);
    if (n === 0) break;
    at += n;
  }
  return at === size ? bytes : bytes.subarray(0, at);
}

/** `size` bytes of `fd`, a chunk at a time, with the CRC-32 of all but the first 4 (the stored checksum). */
function readChunkedChecked(fd: number, size: number): { bytes: Buffer; crc: number } {
  const bytes = Buffer.allocUnsafeSlow(size);
  const chunk = Buffer.allocUnsafeSlow(Math.max(1, Math.min(CHUNK, size)));
  let crc = 0;
  let at = 0;
  while (at < size) {
    const n = readSync(fd, chunk, 0, Math.min(CHUNK, size - at), at);
    if (n === 0) break; // cut short while read: the checksum fails
    const skip = Math.max(0, 4 - at);
    if (skip < n) crc = crc32(chunk.subarray(skip, n), crc);
    bytes.set(chunk.subarray(0, n), at);
    at += n;
  }
  return { bytes: at === size ? bytes : bytes.subarray(0, at), crc };
}

const note = (crc: number, identity: string) => `${crc >>> 0}\u0000${identity}`;

/** The note of `<path>.verified`, if any. */
function verifiedNote(path: string): string | undefined {
  try {
    return readFileSync(`${path}.verified`, 'utf8');
  } catch {
    return undefined;
  }
}

/**
 * Writes `data` to `target` through a temp file and a rename, so that a reader never sees half a file; true if it was
 * written. Errors are swallowed: every file this module writes is only ever an optimisation.
 */
function writeAtomically(target: string, data: string | Uint8Array): boolean {
  const tmp = `${target}.${process.pid}.${Date.now()}.tmp`;
  try {
    writeFileSync(tmp, data);
    renameSync(tmp, target);
    return true;
  } catch {
    try {
      rmSync(tmp, { force: true });
    } catch {
      // nothing more to do
    }
    return false;
  }
}

/**
 * Files bin/load-cli.cjs began to read, in libuv's thread pool, before it compiled the bundle (the table file of a
 * check): path → a promise of its bytes and the stats of the descriptor they were read from (undefined if it could
 * not be read). Reading the file then overlaps compiling and running the bundle's top level instead of holding up
 * the main thread (≈ 10 ms of wall time).
 */
const PREFETCH = Symbol.for('publish-guard.prefetch');
interface Prefetched {
  bytes: Buffer;
  stats: BigIntStats;
}
/** Prefetched files whose bytes have arrived, for readChecked (each used once). */
const prefetched = new Map<string, Prefetched>();

/** Waits for the table file of `cache` if the loader began reading it; readChecked then takes its bytes. */
export async function tablesPrefetched(cache: EngineCache): Promise<void> {
  const started = (globalThis as { [PREFETCH]?: Map<string, Promise<Prefetched | undefined>> })[PREFETCH];
  const path = fileOf(cache, TABLES);
  const pending = started?.get(path);
  if (!pending) return;
  started!.delete(path);
  const read = await pending;
  if (read) prefetched.set(path, read);
}

/** The header value and the file's bytes (blobs are read from them), or undefined if absent, damaged or stale. */
function readFile(cache: EngineCache, name: string, key: string): { value: unknown; bytes: Buffer } | undefined {
  let read: { bytes: Buffer; sound: boolean } | undefined;
  try {
    read = readChecked(fileOf(cache, name));
  } catch {
    return undefined;
  }
  try {
    const { bytes, sound } = read;
    if (!sound || bytes.length < PREFIX) return undefined;
    const headerEnd = PREFIX + bytes.readUInt32LE(4);
    if (headerEnd > bytes.length) return undefined;
    const v = deserialize(bytes.subarray(PREFIX, headerEnd)) as {
      format?: unknown;
      key?: unknown;
      value?: unknown;
    } | null;
    if (!v || typeof v !== 'object' || v.format !== FORMAT || v.key !== key) return undefined;
    return { value: v.value, bytes: bytes.subarray(pad8(headerEnd)) };
  } catch {
    return undefined;
  }
}

/** Set once this process has written a cache file (read by bin/load-cli.cjs). */
const ENGINE_CACHE_WRITTEN = Symbol.for('publish-guard.engine-cache-written');

/** Writes a cache file (temp file + rename, so a reader never sees half a file); errors are ignored. */
function writeFile(
  cache: EngineCache,
  name: string,
  key: string,
  value: unknown,
  blobs: readonly Uint8Array[] = [],
  building = true,
) {
  let out: Buffer;
  try {
    const header = serialize({ format: FORMAT, key, value });
    const parts: Uint8Array[] = [
      Buffer.alloc(PREFIX),
      header,
      Buffer.alloc(pad8(PREFIX + header.length) - PREFIX - header.length),
    ];
    for (const b of blobs) parts.push(b, Buffer.alloc(pad8(b.length) - b.length));
    out = Buffer.concat(parts);
    out.writeUInt32LE(header.length, 4);
    out.writeUInt32LE(crc32(out.subarray(4)), 0);
    mkdirSync(cache.dir, { recursive: true });
  } catch {
    return; // a value V8 cannot serialize, a directory that cannot be made: no cache file
  }
  // bin/load-cli.cjs then marks the V8 code cache of this run as made by a building run (see there)
  if (writeAtomically(fileOf(cache, name), out) && building)
    (globalThis as { [ENGINE_CACHE_WRITTEN]?: boolean })[ENGINE_CACHE_WRITTEN] = true;
}

/** The value stored under `name` if its key is `key`; undefined if absent, damaged, of another format or stale. */
export function readCached(cache: EngineCache, name: string, key: string): unknown {
  return readFile(cache, name, key)?.value;
}

/**
 * Stores `value` under `name`; errors are ignored. `building: false`: what this run built no table to make (a memo
 * of answers), so the V8 code cache it leaves is not marked as a building run's.
 */
export function writeCached(
  cache: EngineCache,
  name: string,
  key: string,
  value: unknown,
  opts: { building?: boolean } = {},
): void {
  writeFile(cache, name, key, value, [], opts.building !== false);
}

/**
 * The value stored under `name` if its key is `key`, with the bytes after its header, where the blobs it was written
 * with lie (each at a multiple of 8 from the start of `bytes`); undefined if absent, damaged, of another format or stale.
 */
export function readCachedBlobs(
  cache: EngineCache,
  name: string,
  key: string,
): { value: unknown; bytes: Uint8Array } | undefined {
  return readFile(cache, name, key);
}

/** Stores `value` under `name` with raw blobs after it (readCachedBlobs), without marking a building run. */
export function writeCachedBlobs(
  cache: EngineCache,
  name: string,
  key: string,
  value: unknown,
  blobs: readonly Uint8Array[],
): void {
  writeFile(cache, name, key, value, blobs, false);
}

/** A TableStore (lib/engine/data/store.ts) kept in one cache file; `flush` writes what this run used. */
export interface DiskTableStore extends TableStore {
  flush(): void;
}

const TABLES = 'tables';
/**
 * Writes of the file an entry may go unused before it is dropped. The file is written only when a table was built
 * (new code, changed data, another --config), so a table built from older data, which nothing asks for again, is
 * gone after a few rebuilds instead of making the file read on every start grow; a table that only some runs need
 * (a rule's index a small file never asks for) survives as long as it is asked for now and then.
 */
const KEEP_WRITES = 3;

export function openTableStore(cache: EngineCache): DiskTableStore {
  const key = cacheKey(cache, []);
  const entries = new Map<string, Uint8Array>();
  /** The write at which each entry was last asked for or built (this run's next write for those it uses). */
  const lastUsed = new Map<string, number>();
  let writes = 0;
  // The header lists [id, start, end, last use] of every table; the tables stay where they were read (no copy).
  const stored = readFile(cache, TABLES, key);
  if (stored && Array.isArray(stored.value)) {
    const { bytes } = stored;
    for (const e of stored.value as unknown[]) {
      if (!Array.isArray(e) || e.length !== 4) continue;
      const [k, start, end, last] = e as [unknown, unknown, unknown, unknown];
      if (typeof k !== 'string' || !Number.isInteger(start) || !Number.isInteger(end)) continue;
      if (!Number.isInteger(last) || (last as number) < 0) continue;
      if ((start as number) < 0 || (end as number) < (start as number) || (end as number) > bytes.length) continue;
      entries.set(
        k,
        new Uint8Array(bytes.buffer, bytes.byteOffset + (start as number), (end as number) - (start as number)),
      );
      lastUsed.set(k, last as number);
      writes = Math.max(writes, last as number);
    }
  }
  const now = writes + 1;
  let added = false;
  // The input itself when short (every table of a CLI start: no hashing, no node:crypto), else the SHA-256 of its
  // UTF-16 code units as they are: a copy, where UTF-8 encoding megabytes of Chinese text cost ≈ 10 ms (and UTF-8
  // would fold lone surrogates together).
  const id = (kind: string, input: string) =>
    input.length <= RAW_KEY
      ? `${kind}\u0000${input}`
      : `${kind}:${sha256().update(Buffer.from(input, 'utf16le')).digest('hex')}`;
  return {
    get(kind, input) {
      const k = id(kind, input);
      const b = entries.get(k);
      if (b) lastUsed.set(k, now);
      return b;
    },
    set(kind, input, bytes) {
      const k = id(kind, input);
      entries.set(k, bytes);
      lastUsed.set(k, now);
      added = true;
    },
    flush() {
      // Only when something was built. The file's key changes with the code, which drops every older entry, and an
      // entry nothing asked for in KEEP_WRITES writes is dropped, so tables of older data do not pile up.
      if (!added) return;
      added = false;
      const index: Array<[string, number, number, number]> = [];
      const blobs: Uint8Array[] = [];
      let at = 0;
      for (const [k, b] of entries) {
        const last = lastUsed.get(k) ?? now;
        if (now - last >= KEEP_WRITES) continue;
        index.push([k, at, at + b.length, last]);
        blobs.push(b);
        at = pad8(at + b.length);
      }
      writeFile(cache, TABLES, key, index, blobs);
    },
  };
}
