import type { Dictionary } from '../../engine/dictionary/schema';
import type { Category } from '../../engine/types';

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
