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
