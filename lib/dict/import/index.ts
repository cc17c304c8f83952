import { checkText, stripBom } from './decode';
import { importJson } from './json';
import { MAX_IMPORT_BYTES, MAX_JSON_IMPORT_BYTES } from './limits';
import { cancelled, failed } from './report';
import { importRows } from './rows';
import type { ImportFormat, ImportOptions, ImportReport } from './types';

/**
 * Importing admin word lists (pure: runs in the options page and in Node).
 *
 * TXT — one entry per line, UTF-8, columns separated by TAB:
 *     term[<TAB>suggestion[|suggestion…][<TAB>severity[<TAB>note]]]
 *   - blank lines and lines starting with `#` are ignored;
 *   - a line `!term` puts `term` on the allow list (matches overlapping it are dropped; other columns
 *     of such a line are ignored);
 *   - a leading backslash escapes a term that starts with `#`, `!` or `\` (`\#话题`);
 *   - severity is block, warn or info (default warn).
 * CSV — RFC 4180 (comma, double quotes, "" inside quotes, CRLF or LF), UTF-8 with or without BOM,
 *   first row is a header naming the columns, in any order (only `term` is required):
 *     term, suggestion, severity, note, source, allow
 *   (Chinese headers 词条, 建议, 严重程度, 说明, 来源, 白名单 also work). `suggestion` holds several
 *   suggestions separated by `|`; `allow` is 1/true/yes/是 for an allow-list term (empty = deny);
 *   `source` overrides the default provenance text for that row; severity and suggestions of an
 *   allow row are ignored.
 * JSON — a native dictionary (lib/dict/schema.ts; its own id, name, category, version and
 *   requireExamples are kept, opts.dictionaryId/dictionaryName/category are not used), or an array
 *   of native entries (id, severity and source may be left out; they are filled in as for TXT, and
 *   the dictionary gets the id, name and category from the options).
 *
 * An import is all-or-nothing: `ok` is false when there is any error and then no dictionary is
 * returned. Duplicates (the same term on several lines) are merged and reported; conflicts (the same
 * term both denied and allowed) are reported — the allow-list wins, so the term would never be flagged.
 */

export { decodeImportBytes, detectFormat } from './decode';
export { importedEntryId } from './ids';
export { MAX_IMPORT_ENTRIES } from './limits';
export { mergeIntoDictionary } from './merge';
export { importVersion } from './shell';
export type { ImportFormat, ImportIssue, ImportOptions, ImportReport } from './types';

const ID_RE = /^[a-z0-9][a-z0-9-]*$/;

/**
 * Imports a word list. Never throws for bad input: every problem is in `errors` (Chinese, with line
 * and field). Work is chunked (`chunkSize` lines at a time) and yields to the event loop between
 * chunks, so 100,000 lines import without freezing the page.
 */
export async function importDictionary(text: string, format: ImportFormat, opts: ImportOptions): Promise<ImportReport> {
  if (opts.signal?.aborted) return cancelled();
  const time = opts.time ?? new Date().toISOString();
  if (!ID_RE.test(opts.dictionaryId)) {
    return failed({
      field: 'dictionaryId',
      message: `词库 id“${opts.dictionaryId}”无效：只能包含小写字母、数字和连字符`,
    });
  }
  if (!opts.dictionaryName.trim()) return failed({ field: 'dictionaryName', message: '请填写词库名称' });
  const bad = checkText(text, format === 'json' ? MAX_JSON_IMPORT_BYTES : MAX_IMPORT_BYTES);
  if (bad) return failed(bad);
  const body = stripBom(text);
  if (format === 'json') return importJson(body, opts, time);
  return importRows(body, format, opts, time);
}
