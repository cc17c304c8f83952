import { Hash64 } from './hash';

/** How many characters on each side of a match make up its fingerprint. */
export const FINGERPRINT_CONTEXT = 8;

/**
 * A stable fingerprint for a finding: rule id + matched text + the few characters around it.
 * It survives edits elsewhere in the draft (offsets are not part of it) and changes when the
 * sentence around the match changes.
 */
export function fingerprint(ruleId: string, text: string, before: string, after: string): string {
  return ruleHash(ruleId).add(text).add('\u0000').add(before).add('\u0000').add(after).hex();
}

/**
 * fingerprint(ruleId, value[start, end), the FINGERPRINT_CONTEXT units before, the ones after), without slicing:
 * the checker computes one for every candidate.
 */
export function fingerprintIn(ruleId: string, value: string, start: number, end: number): string {
  return ruleHash(ruleId)
    .addRange(value, start, end)
    .add('\u0000')
    .addRange(value, Math.max(0, start - FINGERPRINT_CONTEXT), start)
    .add('\u0000')
    .addRange(value, end, Math.min(value.length, end + FINGERPRINT_CONTEXT))
    .hex();
}

/** The hash of `${ruleId}\u0000` (the same prefix of every fingerprint of a rule), copied for each use. */
const ruleHashes = new Map<string, Hash64>();
function ruleHash(ruleId: string): Hash64 {
  let h = ruleHashes.get(ruleId);
  if (!h) {
    h = new Hash64().add(ruleId).add('\u0000');
    if (ruleHashes.size >= 10_000) ruleHashes.clear();
    ruleHashes.set(ruleId, h);
  }
  return h.copy();
}
