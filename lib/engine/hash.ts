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
    // 16 lower-case hex digits, h1 then h2, each zero-padded to 8: one string made from the digits' codes (the
    // checker makes one per finding; two toString(16) and padStart calls made five strings)
    const d = HEX_DIGITS;
    const h1 = this.h1;
    const h2 = this.h2;
    return String.fromCharCode(
      d[(h1 >>> 28) & 15]!,
      d[(h1 >>> 24) & 15]!,
      d[(h1 >>> 20) & 15]!,
      d[(h1 >>> 16) & 15]!,
      d[(h1 >>> 12) & 15]!,
      d[(h1 >>> 8) & 15]!,
      d[(h1 >>> 4) & 15]!,
      d[h1 & 15]!,
      d[(h2 >>> 28) & 15]!,
      d[(h2 >>> 24) & 15]!,
      d[(h2 >>> 20) & 15]!,
      d[(h2 >>> 16) & 15]!,
      d[(h2 >>> 12) & 15]!,
      d[(h2 >>> 8) & 15]!,
      d[(h2 >>> 4) & 15]!,
      d[h2 & 15]!,
    );
  }
}

/** Codes of 0-9a-f. */
const HEX_DIGITS = Uint8Array.from('0123456789abcdef', (c) => c.charCodeAt(0));

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
