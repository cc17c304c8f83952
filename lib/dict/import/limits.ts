/** Size and count limits of an import, and the messages that name them. */

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

export const NOT_UTF8 = '文件既不是 UTF-8 也不是 GB18030/GBK 编码的文本，请用记事本或 Excel“另存为 UTF-8”后重新导入。';
export const BINARY_HINT = '请选择 TXT、CSV 或 JSON 文本文件（Excel 表格请先“另存为 CSV”）。';
export const BINARY = `文件包含二进制内容，不是文本文件。${BINARY_HINT}`;

export function tooLargeMessage(bytes: number, limit: number): string {
  return `文件过大（${(bytes / 1024 / 1024).toFixed(1)} MB），导入上限为 ${limit / 1024 / 1024} MB，请拆分后分批导入。`;
}

export function tooManyMessage(): string {
  return `词条超过 ${MAX_IMPORT_ENTRIES.toLocaleString('en-US')} 条上限，请拆分文件后分批导入。`;
}
