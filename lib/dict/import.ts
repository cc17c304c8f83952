import { unescapeFormulaCell } from '../csv/formula';
import {
  DICTIONARY_FORMAT,
  type DictEntry,
  type Dictionary,
  dictionarySchema,
  formatIssuePath,
} from '../engine/dictionary/schema';
import { hash53 } from '../engine/hash';
import type { Category, Severity } from '../engine/types';
import { SEVERITIES } from '../engine/types';

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

export type ImportFormat = 'txt' | 'csv' | 'json';

export interface ImportIssue {
  /** 1-based line in the file (TXT/CSV; for JSON parse errors when known). */
  line?: number;
  /** Column (term, suggestion, severity, note, source, allow) or, for JSON, the path (entries[3].severity). */
  field?: string;
  /** Complete Chinese message including the location, e.g. "第 12 行 severity 字段：只能是 block、warn 或 info". */
  message: string;
}

export interface ImportOptions {
  fileName: string;
  importer: string;
  /** ISO time of the import (default: now). */
  time?: string;
  category: Category;
  dictionaryId: string;
  dictionaryName: string;
  /** Called after every chunk with monotonically growing `done`; the last call has done === total. */
  onProgress?(done: number, total: number): void;
  /** Cancels the import; the report then has ok=false and changes nothing. */
  signal?: AbortSignal;
  /** Lines (or entries) processed between yields to the event loop (default 2000). */
  chunkSize?: number;
}

export interface ImportReport {
  ok: boolean;
  /** The imported dictionary (only when ok). */
  dictionary?: Dictionary;
  entryCount: number;
  errors: ImportIssue[];
  /** Terms found more than once (merged). For JSON, `lines` are 1-based entry numbers. */
  duplicates: Array<{ term: string; lines: number[] }>;
  /** Terms both denied and allowed. For JSON, `lines` are 1-based entry numbers. */
  conflicts: Array<{ term: string; lines: number[] }>;
}

/** Size limit of TXT and CSV files. */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;
/**
 * Size limit of native JSON files: the native format repeats source and provenance on every entry, so
 * a 100,000-entry list exported as JSON is about 30 MB; the entry limit still applies.
 */
export const MAX_JSON_IMPORT_BYTES = 64 * 1024 * 1024;
export const MAX_IMPORT_ENTRIES = 200_000;
/** At most this many errors are listed; the rest are counted in one final message. */
export const MAX_LISTED_ERRORS = 200;

export const CSV_COLUMNS = ['term', 'suggestion', 'severity', 'note', 'source', 'allow'] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];

const CSV_ALIASES: Record<string, CsvColumn> = {
  term: 'term',
  terms: 'term',
  word: 'term',
  词条: 'term',
  词语: 'term',
  敏感词: 'term',
  suggestion: 'suggestion',
  suggestions: 'suggestion',
  建议: 'suggestion',
  建议用词: 'suggestion',
  severity: 'severity',
  level: 'severity',
  严重程度: 'severity',
  级别: 'severity',
  note: 'note',
  说明: 'note',
  备注: 'note',
  source: 'source',
  来源: 'source',
  allow: 'allow',
  白名单: 'allow',
  允许: 'allow',
};

const TRUE_WORDS = new Set(['1', 'true', 'yes', 'y', '是', '允许']);
const FALSE_WORDS = new Set(['', '0', 'false', 'no', 'n', '否']);
const SEVERITY_RANK: Record<Severity, number> = { info: 0, warn: 1, block: 2 };
const ID_RE = /^[a-z0-9][a-z0-9-]*$/;

// ---------------------------------------------------------------------------------------------
// Format detection and decoding

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
export function binaryKind(view: Uint8Array): string | undefined {
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

const NOT_UTF8 = '文件既不是 UTF-8 也不是 GB18030/GBK 编码的文本，请用记事本或 Excel“另存为 UTF-8”后重新导入。';
const BINARY_HINT = '请选择 TXT、CSV 或 JSON 文本文件（Excel 表格请先“另存为 CSV”）。';
const BINARY = `文件包含二进制内容，不是文本文件。${BINARY_HINT}`;

function tooLargeMessage(bytes: number, limit: number): string {
  return `文件过大（${(bytes / 1024 / 1024).toFixed(1)} MB），导入上限为 ${limit / 1024 / 1024} MB，请拆分后分批导入。`;
}

function tooManyMessage(): string {
  return `词条超过 ${MAX_IMPORT_ENTRIES.toLocaleString('en-US')} 条上限，请拆分文件后分批导入。`;
}

function stripBom(text: string): string {
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
function checkText(text: string, limit: number): ImportIssue | undefined {
  if (text.length > limit || utf8Length(text) > limit) return { message: tooLargeMessage(utf8Length(text), limit) };
  if (text.includes('\u0000')) return { message: BINARY };
  const bad = text.indexOf('\uFFFD');
  if (bad >= 0) {
    const line = lineOf(text, bad);
    return { line, message: `第 ${line} 行含有无法识别的字符（�）。${NOT_UTF8}` };
  }
  return undefined;
}

function lineOf(text: string, index: number): number {
  let line = 1;
  for (let i = 0; i < index && i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) line++;
    else if (c === 13 && text.charCodeAt(i + 1) !== 10) line++;
  }
  return line;
}

// ---------------------------------------------------------------------------------------------
// Ids

/** The id an imported term gets: `imp-<hash>` (deny) or `imp-allow-<hash>` (allow list); same term, same id. */
export function importedEntryId(term: string, allow = false): string {
  return `${allow ? 'imp-allow-' : 'imp-'}${hash53(term).toString(16).padStart(14, '0')}`;
}

class IdAllocator {
  private readonly used = new Set<string>();
  take(base: string): string {
    let id = base;
    for (let n = 2; this.used.has(id); n++) id = `${base}-${n}`;
    this.used.add(id);
    return id;
  }
  has(id: string): boolean {
    return this.used.has(id);
  }
  add(id: string): void {
    this.used.add(id);
  }
}

// ---------------------------------------------------------------------------------------------
// Shared machinery

const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

class Issues {
  readonly list: ImportIssue[] = [];
  private extra = 0;
  add(issue: ImportIssue): void {
    if (this.list.length < MAX_LISTED_ERRORS) this.list.push(issue);
    else this.extra++;
  }
  get count(): number {
    return this.list.length + this.extra;
  }
  result(): ImportIssue[] {
    return this.extra ? [...this.list, { message: `另有 ${this.extra} 个错误未列出。` }] : this.list;
  }
}

function at(line: number, field: string | undefined, message: string): ImportIssue {
  return field
    ? { line, field, message: `第 ${line} 行 ${field} 字段：${message}` }
    : { line, message: `第 ${line} 行：${message}` };
}

/** Chinese wording for the zod issues a native dictionary can raise (custom messages are kept). */
function zhMessage(issue: {
  code?: string;
  message: string;
  expected?: unknown;
  values?: unknown;
  keys?: unknown;
}): string {
  if (/[\u4e00-\u9fff]/.test(issue.message)) return issue.message;
  switch (issue.code) {
    case 'invalid_type':
      return issue.message.includes('received undefined') ? '缺少此字段' : `类型错误，应为 ${String(issue.expected)}`;
    case 'invalid_value':
      return Array.isArray(issue.values) ? `只能是 ${issue.values.map(String).join('、')}` : issue.message;
    case 'unrecognized_keys':
      return `未知字段：${Array.isArray(issue.keys) ? issue.keys.join('、') : ''}`;
    default:
      return issue.message;
  }
}

function cancelled(entryCount = 0): ImportReport {
  return { ok: false, entryCount, errors: [{ message: '已取消导入，未做任何更改。' }], duplicates: [], conflicts: [] };
}

function failed(issue: ImportIssue): ImportReport {
  return { ok: false, entryCount: 0, errors: [issue], duplicates: [], conflicts: [] };
}

function importSource(opts: ImportOptions, time: string): string {
  return `导入：${opts.fileName}（${opts.importer}，${time}）`;
}

// ---------------------------------------------------------------------------------------------
// TXT / CSV: rows → entries

interface Row {
  line: number;
  term: string;
  allow: boolean;
  /** A protected correct form (`~人民检察院`): its slips are reported (match: "near"). */
  near?: boolean;
  suggestions: string[];
  severity: Severity;
  note: string;
  source?: string;
}

/** Builds entries from rows, merging duplicates and noting conflicts. */
class EntryBuilder {
  readonly entries: DictEntry[] = [];
  /** Line number of each entry (same index). */
  readonly lines: number[] = [];
  /** Line of each entry, for mapping schema issues back to the file. */
  readonly lineOf = new Map<DictEntry, number>();
  private readonly deny = new Map<string, { entry: DictEntry; lines: number[] }>();
  private readonly allowed = new Map<string, { entry: DictEntry; lines: number[] }>();
  private readonly nearMap = new Map<string, { entry: DictEntry; lines: number[] }>();
  private readonly ids = new IdAllocator();

  constructor(
    private readonly defaultSource: string,
    private readonly provenance: { file: string; importer: string; time: string },
  ) {}

  /** Adds a row; returns the new entry (to be validated) or undefined when it merged into an earlier one. */
  add(row: Row): DictEntry | undefined {
    const map = row.allow ? this.allowed : row.near ? this.nearMap : this.deny;
    const prev = map.get(row.term);
    if (prev) {
      prev.lines.push(row.line);
      const e = prev.entry;
      if (!row.allow) {
        for (const s of row.suggestions) if (!e.suggestions.includes(s)) e.suggestions.push(s);
        if (SEVERITY_RANK[row.severity] > SEVERITY_RANK[e.severity]) e.severity = row.severity;
        if (!e.note && row.note) e.note = row.note;
      }
      return undefined;
    }
    const entry: DictEntry = {
      id: this.ids.take(importedEntryId(row.term, row.allow)),
      // The severity of an allow-list entry means nothing; it is always warn.
      severity: row.allow ? 'warn' : row.severity,
      terms: row.allow ? [] : [row.term],
      allow: row.allow ? [row.term] : [],
      suggestions: row.allow || row.near ? [] : row.suggestions,
      note: row.note,
      source: row.source || this.defaultSource,
      examples: { hit: [], pass: [] },
      enabled: true,
      provenance: { ...this.provenance },
      ...(row.near ? { match: 'near' as const } : {}),
    };
    map.set(row.term, { entry, lines: [row.line] });
    this.entries.push(entry);
    this.lines.push(row.line);
    this.lineOf.set(entry, row.line);
    return entry;
  }

  get count(): number {
    return this.entries.length;
  }

  duplicates(): Array<{ term: string; lines: number[] }> {
    const out: Array<{ term: string; lines: number[] }> = [];
    for (const map of [this.deny, this.allowed]) {
      for (const [term, v] of map) if (v.lines.length > 1) out.push({ term, lines: [...v.lines] });
    }
    return out.sort((a, b) => a.lines[0]! - b.lines[0]!);
  }

  conflicts(): Array<{ term: string; lines: number[] }> {
    const out: Array<{ term: string; lines: number[] }> = [];
    for (const [term, d] of this.deny) {
      const a = this.allowed.get(term);
      if (a) out.push({ term, lines: [...d.lines, ...a.lines].sort((x, y) => x - y) });
    }
    return out.sort((a, b) => a.lines[0]! - b.lines[0]!);
  }
}

/** Severity words an import accepts besides block/warn/info: the Chinese labels the product shows. */
export const SEVERITY_WORDS: Record<string, Severity> = {
  禁止发布: 'block',
  禁止: 'block',
  严禁: 'block',
  拦截: 'block',
  需注意: 'warn',
  注意: 'warn',
  警告: 'warn',
  提醒: 'warn',
  建议: 'info',
  提示: 'info',
};

function parseSeverity(raw: string, line: number, issues: Issues): Severity | undefined {
  const v = raw.trim().toLowerCase();
  if (v === '') return 'warn';
  if ((SEVERITIES as readonly string[]).includes(v)) return v as Severity;
  const zh = SEVERITY_WORDS[raw.trim()];
  if (zh) return zh;
  issues.add(at(line, 'severity', `只能是 block/禁止发布、warn/需注意 或 info/建议（实际为“${raw.trim()}”）`));
  return undefined;
}

function parseSuggestions(raw: string): string[] {
  const out: string[] = [];
  for (const s of raw.split('|')) {
    const t = s.trim();
    if (t && !out.includes(t)) out.push(t);
  }
  return out;
}

/** Checks a term the way the schema would, with a line-precise message. */
function checkTerm(term: string, line: number, issues: Issues): boolean {
  if (!term) {
    issues.add(at(line, 'term', '词条不能为空'));
    return false;
  }
  if (term.length > 64) {
    issues.add(at(line, 'term', `词条过长（${term.length} 字），最多 64 字`));
    return false;
  }
  if (/[\r\n]/.test(term)) {
    issues.add(at(line, 'term', '词条不能包含换行'));
    return false;
  }
  return true;
}

/** Parses one TXT line into a row (undefined for blank/comment lines or errors). */
function parseTxtLine(raw: string, line: number, category: Category, issues: Issues): Row | undefined {
  if (raw.trim() === '' || raw.trimStart().startsWith('#')) return undefined;
  const cols = raw.split('\t');
  if (cols.length > 4) {
    if (cols.slice(4).some((c) => c.trim() !== '')) {
      issues.add(at(line, undefined, '列数过多：每行最多 4 列（词条、建议、严重程度、说明），以制表符分隔'));
      return undefined;
    }
  }
  let term = cols[0]!.trim();
  let allow = false;
  let near = false;
  if (term.startsWith('!') || term.startsWith('！')) {
    allow = true;
    term = term.slice(1).trim();
  } else if (term.startsWith('~') || term.startsWith('～')) {
    near = true;
    term = term.slice(1).trim();
  } else if (term.startsWith('\\')) {
    term = term.slice(1);
  }
  if (!checkTerm(term, line, issues)) return undefined;
  const severity = allow ? 'warn' : parseSeverity(cols[2] ?? '', line, issues);
  if (!severity) return undefined;
  if (!allow && category === 'bureaucratic' && severity === 'block') {
    issues.add(at(line, 'severity', '官腔套话不能设为 block'));
    return undefined;
  }
  return {
    line,
    term,
    allow,
    near,
    suggestions: allow ? [] : parseSuggestions(cols[1] ?? ''),
    severity,
    note: (cols[3] ?? '').trim(),
  };
}

/** A minimal RFC 4180 reader: yields records with the 1-based line they start on. */
export function* csvRecords(
  text: string,
): Generator<{ line: number; cells: string[] } | { line: number; error: string }> {
  let i = 0;
  let line = 1;
  const n = text.length;
  while (i < n) {
    const startLine = line;
    const cells: string[] = [];
    let cell = '';
    let error: string | undefined;
    for (;;) {
      if (i < n && text.charCodeAt(i) === 34 /* " */) {
        // quoted field
        const quoteLine = line;
        i++;
        let closed = false;
        while (i < n) {
          const c = text.charCodeAt(i);
          if (c === 34) {
            if (text.charCodeAt(i + 1) === 34) {
              cell += '"';
              i += 2;
              continue;
            }
            i++;
            closed = true;
            break;
          }
          if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) line++;
          cell += text[i];
          i++;
        }
        if (!closed) {
          yield { line: quoteLine, error: '引号没有闭合（以 " 开始的字段一直到文件末尾都没有结束的 "）' };
          return;
        }
        if (i < n && text[i] !== ',' && text[i] !== '\n' && text[i] !== '\r') {
          error = '引号后出现多余字符（字段内的引号须写成两个 ""）';
          // skip to the end of the line
          while (i < n && text[i] !== '\n' && text[i] !== '\r') i++;
        }
      } else {
        while (i < n) {
          const ch = text[i];
          if (ch === ',' || ch === '\n' || ch === '\r') break;
          if (ch === '"') {
            error ??= '未加引号的字段中出现引号（含引号的字段须整体用 "…" 括起来）';
          }
          cell += ch;
          i++;
        }
      }
      cells.push(cell);
      cell = '';
      if (i < n && text[i] === ',') {
        i++;
        continue;
      }
      // end of record
      if (i < n && text[i] === '\r') i++;
      if (i < n && text[i] === '\n') i++;
      line++;
      break;
    }
    yield error ? { line: startLine, error } : { line: startLine, cells };
  }
}

async function importRows(
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

function parseHeader(cells: string[], line: number, issues: Issues): Array<CsvColumn | undefined> | undefined {
  const out: Array<CsvColumn | undefined> = [];
  const seen = new Set<CsvColumn>();
  let ok = true;
  for (const raw of cells) {
    const name = raw.replace(/^\uFEFF/, '').trim();
    if (name === '') {
      out.push(undefined);
      continue;
    }
    const col = CSV_ALIASES[name.toLowerCase()];
    if (!col) {
      issues.add(at(line, undefined, `未知的列“${name}”（可用的列：${CSV_COLUMNS.join(', ')}）`));
      ok = false;
      out.push(undefined);
      continue;
    }
    if (seen.has(col)) {
      issues.add(at(line, undefined, `列“${col}”重复出现`));
      ok = false;
    }
    seen.add(col);
    out.push(col);
  }
  if (!seen.has('term')) {
    issues.add(at(line, undefined, `CSV 表头缺少 term 列（第一行须列出 ${CSV_COLUMNS.join(', ')} 中的列名）`));
    ok = false;
  }
  return ok ? out : undefined;
}

function parseCsvRow(
  cells: string[],
  line: number,
  header: Array<CsvColumn | undefined>,
  category: Category,
  issues: Issues,
): Row | undefined {
  if (cells.every((c) => c.trim() === '')) return undefined;
  if (cells.length > header.length && cells.slice(header.length).some((c) => c.trim() !== '')) {
    issues.add(
      at(line, undefined, `列数（${cells.length}）多于表头（${header.length}），请检查字段内的逗号是否用引号括起来`),
    );
    return undefined;
  }
  // Cells our own export escaped against formula injection ('=…) come back as they were.
  const get = (col: CsvColumn): string => {
    const i = header.indexOf(col);
    return i >= 0 ? unescapeFormulaCell(cells[i] ?? '') : '';
  };
  let ok = true;
  let term = get('term').trim();
  const near = term.startsWith('~') || term.startsWith('～');
  if (near) term = term.slice(1).trim();
  else if (term.startsWith('\\')) term = term.slice(1); // an escaped literal ~ or \ (see export)
  if (!checkTerm(term, line, issues)) ok = false;
  const allowRaw = get('allow').trim().toLowerCase();
  let allow = false;
  if (TRUE_WORDS.has(allowRaw)) allow = true;
  else if (!FALSE_WORDS.has(allowRaw)) {
    issues.add(at(line, 'allow', `只能是 1/true/是（白名单）或留空/0/false/否（实际为“${get('allow').trim()}”）`));
    ok = false;
  }
  const severity = allow ? 'warn' : parseSeverity(get('severity'), line, issues);
  if (!severity) ok = false;
  if (severity === 'block' && !allow && category === 'bureaucratic') {
    issues.add(at(line, 'severity', '官腔套话不能设为 block'));
    ok = false;
  }
  if (!ok || !severity) return undefined;
  const source = get('source').trim();
  return {
    line,
    term,
    allow,
    near: near && !allow,
    suggestions: allow ? [] : parseSuggestions(get('suggestion')),
    severity,
    note: get('note').trim(),
    source: source || undefined,
  };
}

/** A readable version for an imported dictionary: the import time as 2026.12.04-1032 (UTC). */
export function importVersion(time: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(time);
  return m ? `${m[1]}.${m[2]}.${m[3]}-${m[4]}${m[5]}` : time;
}

function dictionaryShell(opts: ImportOptions, time: string): Omit<Dictionary, 'entries'> {
  return {
    format: DICTIONARY_FORMAT,
    id: opts.dictionaryId,
    name: opts.dictionaryName,
    version: importVersion(time),
    category: opts.category,
    description: `从 ${opts.fileName} 导入（${opts.importer}，${time}）`,
    source: importSource(opts, time),
    license: '',
    requireExamples: false,
  };
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
  const r = dictionarySchema.safeParse({ ...shell, entries: chunk });
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

// ---------------------------------------------------------------------------------------------
// JSON

async function importJson(text: string, opts: ImportOptions, time: string): Promise<ImportReport> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    const msg = (err as Error).message;
    const pos = /position (\d+)/.exec(msg);
    const lineCol = /line (\d+)/.exec(msg);
    const line = pos ? lineOf(text, Number(pos[1])) : lineCol ? Number(lineCol[1]) : undefined;
    return failed(
      line !== undefined
        ? { line, message: `第 ${line} 行：JSON 格式错误（${msg}）` }
        : { message: `JSON 格式错误（${msg}）` },
    );
  }
  let dict: Record<string, unknown>;
  if (Array.isArray(value)) {
    dict = { ...dictionaryShell(opts, time), entries: fillEntries(value, opts, time) };
  } else if (value && typeof value === 'object') {
    dict = value as Record<string, unknown>;
    if ('payload' in dict && 'signature' in dict) {
      return failed({
        message: '这是签名词库包（订阅用），不是词库文件。请导入词库 JSON 文件，或在“词库订阅”中配置其地址。',
      });
    }
  } else {
    return failed({ message: 'JSON 文件须是一个词库对象（{"format": 1, "id": …, "entries": […]}）或词条数组。' });
  }

  const issues = new Issues();
  const entries = Array.isArray(dict.entries) ? (dict.entries as unknown[]) : undefined;
  const shellInput = { ...dict, entries: [] };
  const shell = dictionarySchema.safeParse(shellInput);
  if (!shell.success) {
    for (const i of shell.error.issues)
      issues.add({ field: formatIssuePath(i.path), message: `${formatIssuePath(i.path)}：${zhMessage(i as never)}` });
  }
  if (!entries) {
    if (!('entries' in dict)) issues.add({ field: 'entries', message: 'entries：缺少此字段' });
    return { ok: false, entryCount: 0, errors: issues.result(), duplicates: [], conflicts: [] };
  }
  if (entries.length > MAX_IMPORT_ENTRIES) return failed({ message: tooManyMessage() });

  const chunk = Math.max(1, opts.chunkSize ?? 2000);
  const total = entries.length;
  const out: DictEntry[] = [];
  const ids = new Map<string, number>();
  for (let start = 0; start < total; start += chunk) {
    const slice = entries.slice(start, start + chunk);
    const r = dictionarySchema.safeParse({ ...shellInput, entries: slice });
    if (r.success) out.push(...r.data.entries);
    else {
      for (const i of r.error.issues) {
        const [head, index, field] = i.path;
        if (head !== 'entries' || typeof index !== 'number') continue; // shell issues are reported above
        if (field === 'id' && i.code === 'custom') continue; // duplicate ids: checked across chunks below
        const path = formatIssuePath(['entries', start + index, ...i.path.slice(2)]);
        issues.add({ field: path, message: `${path}：${zhMessage(i as never)}` });
      }
    }
    slice.forEach((e, k) => {
      const id = (e as { id?: unknown })?.id;
      if (typeof id !== 'string') return;
      const first = ids.get(id);
      if (first !== undefined) {
        const path = `entries[${start + k}].id`;
        issues.add({ field: path, message: `${path}：重复的 id: ${id}（与 entries[${first}] 相同）` });
      } else ids.set(id, start + k);
    });
    opts.onProgress?.(Math.min(start + chunk, total), total);
    await yieldToEventLoop();
    if (opts.signal?.aborted) return cancelled();
  }
  if (total === 0) opts.onProgress?.(0, 0);

  const { duplicates, conflicts } = jsonOverlaps(entries);
  const report: ImportReport = {
    ok: issues.count === 0,
    entryCount: total,
    errors: issues.result(),
    duplicates,
    conflicts,
  };
  if (report.ok && shell.success) report.dictionary = { ...shell.data, entries: out };
  else report.ok = false;
  return report;
}

/** Fills id, severity, source and provenance of bare entries (an array-of-entries JSON file). */
function fillEntries(raw: unknown[], opts: ImportOptions, time: string): unknown[] {
  const ids = new IdAllocator();
  for (const e of raw) {
    const id = (e as { id?: unknown })?.id;
    if (typeof id === 'string') ids.add(id);
  }
  const source = importSource(opts, time);
  return raw.map((e) => {
    if (!e || typeof e !== 'object' || Array.isArray(e)) return e;
    const o = { ...(e as Record<string, unknown>) };
    if (o.id === undefined) {
      const terms = Array.isArray(o.terms) ? o.terms : [];
      const allow = Array.isArray(o.allow) ? o.allow : [];
      const key = String(terms[0] ?? allow[0] ?? o.pattern ?? '');
      o.id = ids.take(importedEntryId(key, terms.length === 0 && allow.length > 0));
    }
    o.severity ??= 'warn';
    o.source ??= source;
    o.provenance ??= { file: opts.fileName, importer: opts.importer, time };
    return o;
  });
}

function jsonOverlaps(entries: unknown[]): Pick<ImportReport, 'duplicates' | 'conflicts'> {
  const deny = new Map<string, number[]>();
  const allow = new Map<string, number[]>();
  entries.forEach((e, i) => {
    const o = e as { terms?: unknown; allow?: unknown };
    for (const [list, map] of [
      [o?.terms, deny],
      [o?.allow, allow],
    ] as const) {
      if (!Array.isArray(list)) continue;
      for (const t of new Set(list)) {
        if (typeof t !== 'string') continue;
        const l = map.get(t);
        if (l) l.push(i + 1);
        else map.set(t, [i + 1]);
      }
    }
  });
  const duplicates: Array<{ term: string; lines: number[] }> = [];
  for (const [term, lines] of deny) if (lines.length > 1) duplicates.push({ term, lines });
  const conflicts: Array<{ term: string; lines: number[] }> = [];
  for (const [term, lines] of deny) {
    const a = allow.get(term);
    if (a) conflicts.push({ term, lines: [...new Set([...lines, ...a])].sort((x, y) => x - y) });
  }
  return { duplicates, conflicts };
}

// ---------------------------------------------------------------------------------------------
// Public entry points

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

/**
 * Adds `incoming` entries to an existing (custom) dictionary: an entry with the same id replaces the
 * existing one (imported terms have stable ids, so re-importing a list updates it), others are added.
 */
export function mergeIntoDictionary(
  existing: Dictionary,
  incoming: Dictionary,
): { dictionary: Dictionary; added: number; replaced: number } {
  const entries = existing.entries.slice();
  const index = new Map(entries.map((e, i) => [e.id, i]));
  let added = 0;
  let replaced = 0;
  for (const e of incoming.entries) {
    const category = e.category ?? incoming.category;
    const entry: DictEntry = { ...e };
    if (category !== undefined && category !== existing.category) entry.category = category;
    const i = index.get(e.id);
    if (i !== undefined) {
      entries[i] = entry;
      replaced++;
    } else {
      index.set(e.id, entries.length);
      entries.push(entry);
      added++;
    }
  }
  return {
    dictionary: {
      ...existing,
      version: incoming.version !== existing.version ? incoming.version : `${existing.version}+1`,
      requireExamples: existing.requireExamples && incoming.requireExamples,
      entries,
    },
    added,
    replaced,
  };
}
