import { closeSync, fstatSync, openSync, readSync, type Stats, statSync } from 'node:fs';

/** Input size limits of the CLI (bytes). */
export const MAX_DRAFT_BYTES = 20 * 1024 * 1024;
export const MAX_CONFIG_BYTES = 1024 * 1024;
export const MAX_DICTIONARY_BYTES = 50 * 1024 * 1024;
/** Signed bundles (the extension accepts up to 64 MB). */
export const MAX_BUNDLE_FILE_BYTES = 64 * 1024 * 1024;
/** PEM keys, editor selector files. */
export const MAX_SMALL_FILE_BYTES = 1024 * 1024;

/** A file that cannot be read as input; the message is one line (English, Chinese in brackets). */
export class FileReadError extends Error {
  override name = 'FileReadError';
}

const mb = (n: number) => `${(n / 1024 / 1024).toFixed(n < 1024 * 1024 ? 2 : 1).replace(/\.0+$/, '')} MB`;

function kindOf(s: Stats): string {
  if (s.isDirectory()) return 'a directory';
  if (s.isFIFO()) return 'a FIFO';
  if (s.isCharacterDevice() || s.isBlockDevice()) return 'a device';
  if (s.isSocket()) return 'a socket';
  return 'not a regular file';
}

/**
 * Reads a regular file of at most `maxBytes`. Directories, FIFOs, devices (/dev/zero) and sockets are
 * refused before opening (opening a FIFO would block); the size is checked before reading and again
 * while reading (a file that grows, or reports a wrong size, is never read past the cap).
 */
export function readFileCapped(file: string, maxBytes: number): Buffer {
  let st: Stats;
  try {
    st = statSync(file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new FileReadError(code === 'ENOENT' ? 'no such file (文件不存在)' : `cannot read (${code ?? 'error'})`);
  }
  if (!st.isFile()) throw new FileReadError(`${kindOf(st)}, not a regular file (不是普通文件)`);
  const tooLarge = (size: string) =>
    new FileReadError(`file too large: ${size}, limit ${mb(maxBytes)} (文件过大，上限 ${mb(maxBytes)})`);
  if (st.size > maxBytes) throw tooLarge(mb(st.size));
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch (err) {
    throw new FileReadError(`cannot read (${(err as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  try {
    if (!fstatSync(fd).isFile()) throw new FileReadError('not a regular file (不是普通文件)');
    const chunks: Buffer[] = [];
    let total = 0;
    const buf = Buffer.allocUnsafe(Math.min(maxBytes + 1, 1024 * 1024));
    for (;;) {
      const n = readSync(fd, buf, 0, Math.min(buf.length, maxBytes + 1 - total), null);
      if (n === 0) break;
      chunks.push(Buffer.from(buf.subarray(0, n)));
      total += n;
      if (total > maxBytes) throw tooLarge(`more than ${mb(maxBytes)}`);
    }
    return Buffer.concat(chunks, total);
  } catch (err) {
    if (err instanceof FileReadError) throw err;
    throw new FileReadError(`cannot read (${(err as NodeJS.ErrnoException).code ?? 'error'})`);
  } finally {
    closeSync(fd);
  }
}

/** readFileCapped, then strict UTF-8 (a BOM is dropped). */
export function readTextCapped(file: string, maxBytes: number): string {
  const bytes = readFileCapped(file, maxBytes);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new FileReadError('not UTF-8 text (文件不是 UTF-8 编码)');
  }
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

const sleepCell = new Int32Array(new SharedArrayBuffer(4));

/**
 * The first line of standard input (a pipe, a file or a terminal), reading no more than `maxBytes`:
 * `< /dev/zero` or an endless pipe ends with a FileReadError instead of filling memory.
 */
export function readStdinLineCapped(maxBytes: number, fd = 0): string {
  const chunks: Buffer[] = [];
  let total = 0;
  const buf = Buffer.allocUnsafe(Math.min(maxBytes + 1, 64 * 1024));
  for (;;) {
    let n: number;
    try {
      n = readSync(fd, buf, 0, Math.min(buf.length, maxBytes + 1 - total), null);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code === 'EAGAIN') {
        Atomics.wait(sleepCell, 0, 0, 10); // a non-blocking pipe with nothing yet: wait a little
        continue;
      }
      if (code === 'EOF') break;
      throw new FileReadError(`cannot read standard input (${code ?? 'error'})`);
    }
    if (n === 0) break;
    const part = buf.subarray(0, n);
    const nl = part.indexOf(0x0a);
    chunks.push(Buffer.from(nl >= 0 ? part.subarray(0, nl) : part));
    total += nl >= 0 ? nl : n;
    if (nl >= 0) break;
    if (total > maxBytes) throw new FileReadError(`input too large: more than ${mb(maxBytes)} (输入过大)`);
  }
  return Buffer.concat(chunks).toString('utf8').replace(/\r$/, '');
}
