import { type BigIntStats, statSync } from 'node:fs';
import { createRequire } from 'node:module';

/** Files changed less than this long ago are "racy" (see fileIdentity). */
const RACY_NS = 3_000_000_000n;

/**
 * A file's identity — path, size, inode, modification and change time (nanoseconds) — which any rewrite of the file
 * changes (a copy or an unpacked package gets a new change time even where it keeps the modification time): a
 * cache key made from it is found again without reading the file and never outlives a change. A file changed in
 * the last seconds may change again within the same clock tick of the file system, keeping its times (git's
 * "racy" entries): such a file gets an identity of its own every time, so nothing cached under it is found again.
 * Throws if the file cannot be stat'ed.
 */
export function fileIdentity(path: string): string {
  return settledIdentity(path, statSync(path, { bigint: true })) ?? `${path}\u0000${randomId()}`;
}

/**
 * fileIdentity of `path` from stats already taken (of an open descriptor: the file that was read, not one renamed
 * over it since), or undefined for a file changed in the last seconds, whose identity may yet repeat.
 */
export function settledIdentity(path: string, s: BigIntStats): string | undefined {
  if (BigInt(Date.now()) * 1_000_000n - s.ctimeNs < RACY_NS) return undefined;
  return `${path}\u0000${s.size}\u0000${s.ino}\u0000${s.mtimeNs}\u0000${s.ctimeNs}`;
}

/**
 * A random UUID. node:crypto is loaded only here, for a racy file: a CLI start with a warm cache loads no crypto
 * (≈ 2-3 ms of module loading).
 */
function randomId(): string {
  const { randomUUID } = createRequire(import.meta.url)('node:crypto') as typeof import('node:crypto');
  return randomUUID();
}
