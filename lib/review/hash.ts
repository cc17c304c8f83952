import type { Draft } from '../engine/types';
import { canonicalDraft } from './canonical';
import { sha256Hex } from './sha256';

/** The content hash a sign-off binds to: SHA-256 (hex) of the canonical JSON of the draft. */
export function draftHash(draft: Draft): string {
  return sha256Hex(canonicalDraft(draft));
}
