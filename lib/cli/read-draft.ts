import { parseDraft } from '../engine/draft';
import type { Draft, Platform } from '../engine/types';
import { FileReadError, MAX_DRAFT_BYTES, readFileCapped } from '../node/read-capped';
import { InputError } from './errors';

export interface LoadedDraft {
  draft: Draft;
  /** true for .json drafts (positions are printed per field). */
  structured: boolean;
}

/**
 * Reads a draft file: `.json` per the contract, anything else as UTF-8 text (BOM dropped, line endings kept).
 * Only regular files of at most 20 MB.
 */
export function readDraft(file: string, platform: Platform): LoadedDraft {
  let bytes: Buffer;
  try {
    bytes = readFileCapped(file, MAX_DRAFT_BYTES);
  } catch (err) {
    throw new InputError(err instanceof FileReadError ? err.message : `cannot read file (${String(err)})`);
  }
  const text = decodeUtf8(bytes);
  if (/\.json$/i.test(file)) {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (err) {
      throw new InputError(`invalid JSON: ${(err as Error).message}`);
    }
    if (value && typeof value === 'object' && !Array.isArray(value) && !('platform' in value)) {
      value = { ...value, platform };
    }
    const r = parseDraft(value);
    if (!r.ok) throw new InputError(r.error);
    return { draft: r.draft, structured: true };
  }
  return { draft: { platform, body: text }, structured: false };
}

/** Decodes strict UTF-8; NUL bytes or invalid sequences mean the file is not a text draft. */
export function decodeUtf8(bytes: Uint8Array): string {
  if (bytes.includes(0)) throw new InputError('not a text file (binary data)');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new InputError('not UTF-8 text');
  }
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
