import { hash64 } from './hash';

/** How many characters on each side of a match make up its fingerprint. */
export const FINGERPRINT_CONTEXT = 8;

/**
 * A stable fingerprint for a finding: rule id + matched text + the few characters around it.
 * It survives edits elsewhere in the draft (offsets are not part of it) and changes when the
 * sentence around the match changes.
 */
export function fingerprint(ruleId: string, text: string, before: string, after: string): string {
  return hash64(`${ruleId}\u0000${text}\u0000${before}\u0000${after}`);
}
