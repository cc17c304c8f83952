/**
 * The text of a data table, or a reference to it that reads it only when a table has to be built from it. The CLI
 * passes references: with its table cache warm, a check never reads the 3 MB of table texts at all, because the
 * cache finds each table by the reference's id (the file's identity) instead of by its text.
 */
export interface TextRef {
  /** Changes whenever the text may have changed (the CLI: file name, size, inode, modification and change times). */
  readonly id: string;
  /** The text (read on first use). */
  text(): string;
}

export type DataText = string | TextRef;

export const textOf = (d: DataText): string => (typeof d === 'string' ? d : d.text());

/** What a table built from `d` is stored under: the text itself, or the reference's id (never equal to a text). */
export const inputOf = (d: DataText): string => (typeof d === 'string' ? d : `\u0000ref\u0000${d.id}`);

/**
 * A parsed JSON table, or a reference that parses it only when a table has to be built from it (the CLI's JSON data
 * files: with its table cache warm, a start neither parses them nor turns them back into text for the cache's keys).
 * Told apart from any parsed JSON by its `value` function.
 */
export interface JsonRef {
  /** Changes whenever the JSON may have changed (the CLI: the file's identity). */
  readonly jsonRefId: string;
  /** The parsed JSON (parsed on first use). */
  value(): unknown;
}

export const isJsonRef = (v: unknown): v is JsonRef =>
  typeof v === 'object' &&
  v !== null &&
  typeof (v as JsonRef).value === 'function' &&
  typeof (v as JsonRef).jsonRefId === 'string';

/** The parsed JSON of a JSON table or reference (undefined stays undefined). */
export const jsonOf = (v: unknown): unknown => (isJsonRef(v) ? v.value() : v);

/**
 * What a table built from a JSON table is stored under: its JSON text, or the reference's id (never JSON text);
 * undefined for an absent table.
 */
export const jsonInputOf = (v: unknown): string | undefined =>
  isJsonRef(v) ? `\u0000ref\u0000${v.jsonRefId}` : v === undefined ? undefined : JSON.stringify(v);
