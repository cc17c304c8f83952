import { CSV_ALIASES } from './columns';
import { BINARY, BINARY_HINT, MAX_JSON_IMPORT_BYTES, NOT_UTF8, tooLargeMessage } from './limits';
import type { ImportFormat, ImportIssue } from './types';

/** Format detection, byte decoding (UTF-8 or GB18030) and the text checks every import starts with. */

export function detectFormat(fileName: string, text: string): ImportFormat {
  const ext = /\.([a-z0-9]+)$/i.exec(fileName.trim())?.[1]?.toLowerCase();
  if (ext === 'json') return 'json';
  if (ext === 'csv') return 'csv';
  if (ext === 'txt' || ext === 'tsv' || ext === 'text') return 'txt';
  const head = stripBom(text).trimStart();
  if (head.startsWith('{') || head.startsWith('[')) return 'json';
  const firstLine = head.split(/\r\n|\n|\r/, 1)[0] ?? '';
  if (firstLine.includes(',')) {
    const cells = firstLine.split(',').map((c) => c.trim().replace(/^"|"$/g, '').toLowerCase());
    if (cells.some((c) => CSV_ALIASES[c] === 'term')) return 'csv';
  }
  return 'txt';
}

/** File signatures of common binary formats people pick by mistake (images, archives, Office, PDF). */
const BINARY_MAGIC: Array<[string, number[]]> = [
  ['PNG 图片', [0x89, 0x50, 0x4e, 0x47]],
  ['JPEG 图片', [0xff, 0xd8, 0xff]],
  ['GIF 图片', [0x47, 0x49, 0x46, 0x38]],
  ['PDF 文件', [0x25, 0x50, 0x44, 0x46]],
  ['ZIP 压缩包或 Office 文档（xlsx/docx）', [0x50, 0x4b, 0x03, 0x04]],
  ['旧版 Office 文档（xls/doc）', [0xd0, 0xcf, 0x11, 0xe0]],
  ['RAR 压缩包', [0x52, 0x61, 0x72, 0x21]],
  ['7z 压缩包', [0x37, 0x7a, 0xbc, 0xaf]],
  ['GZIP 压缩包', [0x1f, 0x8b]],
];

/** Names the binary format of a file, or undefined for something that may be text. */
function binaryKind(view: Uint8Array): string | undefined {
  for (const [name, magic] of BINARY_MAGIC) {
    if (view.byteLength >= magic.length && magic.every((b, i) => view[i] === b)) return name;
  }
  // Control bytes (NUL, or many C0 codes other than TAB/LF/CR/FF/ESC) in the first 8 KB: not a text file.
  const n = Math.min(view.byteLength, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = view[i]!;
    if (b === 0) return '二进制文件';
    if (b < 0x20 && b !== 9 && b !== 10 && b !== 13 && b !== 12 && b !== 27) control++;
  }
  return n > 0 && control / n > 0.02 ? '二进制文件' : undefined;
}

/**
 * Decodes file bytes: binary files are refused by name; UTF-8 (strict, BOM allowed) is read as is; anything else is
 * read as GB18030 — what Excel and Notepad save on Chinese Windows ("ANSI"), a superset of GBK and GB2312 — and the
 * result says so. A file that is neither is refused, not silently garbled.
 */
export function decodeImportBytes(
  bytes: ArrayBuffer | Uint8Array,
): { ok: true; text: string; encoding: 'utf-8' | 'gb18030' } | { ok: false; error: string } {
  const view = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  if (view.byteLength > MAX_JSON_IMPORT_BYTES)
    return { ok: false, error: tooLargeMessage(view.byteLength, MAX_JSON_IMPORT_BYTES) };
  const kind = binaryKind(view);
  if (kind) return { ok: false, error: `这是${kind}，不是文本文件。${BINARY_HINT}` };
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(view), encoding: 'utf-8' };
  } catch {
    // not UTF-8: try GB18030 below
  }
  try {
    return { ok: true, text: new TextDecoder('gb18030', { fatal: true }).decode(view), encoding: 'gb18030' };
  } catch {
    return { ok: false, error: NOT_UTF8 };
  }
}

export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function utf8Length(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/** Checks that the text is a plausible UTF-8 text file; returns an issue or undefined. */
export function checkText(text: string, limit: number): ImportIssue | undefined {
  if (text.length > limit || utf8Length(text) > limit) return { message: tooLargeMessage(utf8Length(text), limit) };
  if (text.includes('\u0000')) return { message: BINARY };
  const bad = text.indexOf('\uFFFD');
  if (bad >= 0) {
    const line = lineOf(text, bad);
    return { line, message: `第 ${line} 行含有无法识别的字符（�）。${NOT_UTF8}` };
  }
  return undefined;
}

export function lineOf(text: string, index: number): number {
  let line = 1;
  for (let i = 0; i < index && i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) line++;
    else if (c === 13 && text.charCodeAt(i + 1) !== 10) line++;
  }
  return line;
}
