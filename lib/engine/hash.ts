/**
 * The string hashes of the product, in one place. None is cryptographic (sign-offs use SHA-256 in
 * lib/review/sha256.ts); both are stable across runs and platforms because their outputs are persisted.
 */

/**
 * 64-bit hash as 16 hex digits (two 32-bit FNV-1a/Murmur-style lanes). Used for finding fingerprints (stored in
 * ignore lists), dictionary versions and cache keys. Feed several strings to hash them as one sequence.
 */
export function hash64(...parts: readonly string[]): string {
  const h = new Hash64();
  for (let p = 0; p < parts.length; p++) h.add(parts[p]!);
  return h.hex();
}

/** hash64 fed piece by piece (no joined string); a copy continues from a common prefix. */
export class Hash64 {
  constructor(
    private h1 = 0x811c9dc5,
    private h2 = 0x9747b28c,
  ) {}

  add(s: string): this {
    return this.addRange(s, 0, s.length);
  }

  /** Adds the units [start, end) of s (no slice). */
  addRange(s: string, start: number, end: number): this {
    let h1 = this.h1;
    let h2 = this.h2;
    for (let i = start; i < end; i++) {
      const c = s.charCodeAt(i);
      h1 = Math.imul(h1 ^ c, 0x01000193);
      h2 = Math.imul(h2 ^ c, 0x5bd1e995);
      h2 ^= h2 >>> 13;
    }
    this.h1 = h1;
    this.h2 = h2;
    return this;
  }

  copy(): Hash64 {
    return new Hash64(this.h1, this.h2);
  }

  hex(): string {
    return (this.h1 >>> 0).toString(16).padStart(8, '0') + (this.h2 >>> 0).toString(16).padStart(8, '0');
  }
}

/** cyrb53: a 53-bit hash. Imported entries' ids are built from it, so it stays as it is. */
export function hash53(s: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}
