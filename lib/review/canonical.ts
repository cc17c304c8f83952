import type { Draft } from '../engine/types';

/** Unicode NFC and "\n" line endings: the only normalization a sign-off binding allows. */
function canonicalText(s: string): string {
  return s.replace(/\r\n?/g, '\n').normalize('NFC');
}

function canonicalValue(v: unknown): unknown {
  if (typeof v === 'string') return canonicalText(v);
  if (Array.isArray(v)) return v.map(canonicalValue);
  if (v && typeof v === 'object') {
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(v).sort()) {
      const x = (v as Record<string, unknown>)[k];
      if (x !== undefined) out[k] = canonicalValue(x);
    }
    return out;
  }
  return v;
}

/** Canonical JSON of any value (sorted keys, NFC strings): for comparing records such as settings. */
export function canonicalValueJson(value: unknown): string {
  return JSON.stringify(canonicalValue(value));
}

/**
 * Canonical JSON of the exact extracted draft: sorted keys, no whitespace, every field and link.
 * Any edit — even 臺→台 or ，→, — changes it, and with it the SHA-256 a sign-off binds to.
 */
export function canonicalDraft(draft: Draft): string {
  return JSON.stringify(canonicalValue(draft));
}
