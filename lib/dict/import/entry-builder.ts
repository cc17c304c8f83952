import type { DictEntry } from '../../engine/dictionary/schema';
import { SEVERITY_RANK, type Severity } from '../../engine/types';
import { IdAllocator, importedEntryId } from './ids';

export interface Row {
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
export class EntryBuilder {
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
