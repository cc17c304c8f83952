import { canonicalValueJson } from '../review/canonical';
import { sha256Hex } from '../review/sha256';
import type { Settings } from './schema';

/**
 * Which settings an admin password protects. Once a password is set, every change to settings or dictionaries needs
 * an unlocked admin session, except these: who is operating this machine (recorded in the audit log) and the UI
 * language. The password itself changes only through its own request (with the current password or a session).
 */
const UNPROTECTED_KEYS: ReadonlySet<keyof Settings> = new Set<keyof Settings>(['operator', 'locale']);

/** Keys whose value differs between two settings records (deep comparison by JSON). */
export function changedKeys(before: Settings, after: Settings): string[] {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]) as Set<keyof Settings>;
  return [...keys].filter((k) => JSON.stringify(before[k] ?? null) !== JSON.stringify(after[k] ?? null));
}

/** The changed keys an admin session is needed for. */
export function protectedChanges(before: Settings, after: Settings): string[] {
  return changedKeys(before, after).filter((k) => !UNPROTECTED_KEYS.has(k as keyof Settings));
}

/** SHA-256 of the canonical JSON of settings: what a page started from (lost-update check). */
export function settingsBase(settings: Settings): string {
  return sha256Hex(canonicalValueJson(settings));
}
