/** How many characters on each side of a match make up its fingerprint. */
export const FINGERPRINT_CONTEXT = 8;

/**
 * A stable fingerprint for a finding: rule id + matched text + the few characters around it.
 * It survives edits elsewhere in the draft (offsets are not part of it) and changes when the
 * sentence around the match changes.
 */
export function fingerprint(ruleId: string, text: string, before: string, after: string): string {
  const s = `${ruleId}\u0000${text}\u0000${before}\u0000${after}`;
  let h1 = 0x811c9dc5;
  let h2 = 0x9747b28c;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
    h2 ^= h2 >>> 13;
  }
  return (h1 >>> 0).toString(16).padStart(8, '0') + (h2 >>> 0).toString(16).padStart(8, '0');
}
