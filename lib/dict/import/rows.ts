import { type DictEntry, type Dictionary, dictionarySchema, formatIssuePath } from '../../engine/dictionary/schema';
import { CSV_COLUMNS, type CsvColumn } from './columns';
import { csvRecords } from './csv';
import { EntryBuilder, type Row } from './entry-builder';
import { MAX_IMPORT_ENTRIES, tooManyMessage } from './limits';
import { at, cancelled, failed, Issues, yieldToEventLoop, zhMessage } from './report';
import { parseCsvRow, parseHeader, parseTxtLine } from './row-parse';
import { dictionaryShell, importSource } from './shell';
import type { ImportOptions, ImportReport } from './types';

/** TXT and CSV imports: rows → entries, validated chunk by chunk by the one dictionary schema. */

export async function importRows(
  text: string,
  format: 'txt' | 'csv',
  opts: ImportOptions,
  time: string,
): Promise<ImportReport> {
  const issues = new Issues();
  const chunk = Math.max(1, opts.chunkSize ?? 2000);
  const provenance = { file: opts.fileName, importer: opts.importer, time };
  const builder = new EntryBuilder(importSource(opts, time), provenance);
  const shell = dictionaryShell(opts, time);
  const lines = format === 'txt' ? text.split(/\r\n|\n|\r/) : undefined;
  // For CSV the total is the number of physical lines (records may span lines); progress jumps to it at the end.
  const total = lines ? lines.length : countLines(text);
  let done = 0;
  let pending: DictEntry[] = [];
  let tooMany = false;

  const flush = async (): Promise<boolean> => {
    if (pending.length) validateChunk(shell, pending, builder, issues);
    pending = [];
    opts.onProgress?.(done, total);
    await yieldToEventLoop();
    return !opts.signal?.aborted;
  };

  const accept = (row: Row | undefined) => {
    if (!row || tooMany) return;
    const before = builder.count;
    const e = builder.add(row);
    if (e) pending.push(e);
    if (builder.count > MAX_IMPORT_ENTRIES && before <= MAX_IMPORT_ENTRIES) {
      tooMany = true;
      issues.add({ message: tooManyMessage() });
    }
  };

  if (lines) {
    // Fail fast on oversized lists (duplicate lines are merged, so count distinct terms).
    let dataLines = 0;
    for (const l of lines) if (l.trim() !== '' && !l.trimStart().startsWith('#')) dataLines++;
    if (dataLines > MAX_IMPORT_ENTRIES) {
      const terms = new Set<string>();
      for (const l of lines)
        if (l.trim() !== '' && !l.trimStart().startsWith('#')) terms.add(l.split('\t', 1)[0]!.trim());
      if (terms.size > MAX_IMPORT_ENTRIES) return failed({ message: tooManyMessage() });
    }
    for (let i = 0; i < lines.length && !tooMany; i++) {
      accept(parseTxtLine(lines[i]!, i + 1, opts.category, issues));
      done = i + 1;
      if (done % chunk === 0 && !(await flush())) return cancelled();
    }
  } else {
    let header: Array<CsvColumn | undefined> | undefined;
    let sinceYield = 0;
    for (const rec of csvRecords(text)) {
      if (tooMany) break;
      if ('error' in rec) {
        issues.add(at(rec.line, undefined, rec.error));
      } else if (!header) {
        if (rec.cells.every((c) => c.trim() === '')) continue;
        header = parseHeader(rec.cells, rec.line, issues);
        if (!header) break;
      } else {
        accept(parseCsvRow(rec.cells, rec.line, header, opts.category, issues));
      }
      done = rec.line;
      if (++sinceYield >= chunk) {
        sinceYield = 0;
        if (!(await flush())) return cancelled();
      }
    }
    if (!header && issues.count === 0) {
      issues.add({
        line: 1,
        message: `第 1 行：CSV 文件缺少表头（第一行须列出 ${CSV_COLUMNS.join(', ')} 中的列名，至少包含 term）`,
      });
    }
  }
  done = total;
  if (!(await flush())) return cancelled();

  if (builder.count === 0 && issues.count === 0)
    issues.add({ message: '文件中没有词条（空行和 # 开头的注释行不算词条）。' });
  const report: ImportReport = {
    ok: issues.count === 0,
    entryCount: builder.count,
    errors: issues.result(),
    duplicates: builder.duplicates(),
    conflicts: builder.conflicts(),
  };
  if (report.ok) report.dictionary = { ...shell, entries: builder.entries } as Dictionary;
  return report;
}

function countLines(text: string): number {
  let n = 1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) n++;
  }
  if (text.endsWith('\n') || text.endsWith('\r')) n--;
  return Math.max(n, 1);
}

const FIELD_OF: Record<string, string> = {
  terms: 'term',
  allow: 'term',
  id: 'term',
  suggestions: 'suggestion',
  severity: 'severity',
  note: 'note',
  source: 'source',
};

/** Runs the ONE dictionary schema over a chunk of new entries, mapping issues back to lines. */
function validateChunk(
  shell: Omit<Dictionary, 'entries'>,
  chunk: DictEntry[],
  builder: EntryBuilder,
  issues: Issues,
): void {
  const r = dictionarySchema().safeParse({ ...shell, entries: chunk });
  if (r.success) return;
  for (const issue of r.error.issues) {
    const [head, index, field] = issue.path;
    if (head === 'entries' && typeof index === 'number') {
      const entry = chunk[index]!;
      const line = builder.lineOf.get(entry) ?? 0;
      issues.add(
        at(
          line,
          FIELD_OF[String(field)] ?? (field === undefined ? undefined : String(field)),
          zhMessage(issue as never),
        ),
      );
    } else {
      issues.add({
        field: formatIssuePath(issue.path),
        message: `${formatIssuePath(issue.path)}：${zhMessage(issue as never)}`,
      });
    }
  }
}
