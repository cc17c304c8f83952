import { MAX_LISTED_ERRORS } from './limits';
import type { ImportIssue, ImportReport } from './types';

/** Collecting issues (capped), locating them in the file and wording them in Chinese. */

export class Issues {
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

export function at(line: number, field: string | undefined, message: string): ImportIssue {
  return field
    ? { line, field, message: `第 ${line} 行 ${field} 字段：${message}` }
    : { line, message: `第 ${line} 行：${message}` };
}

/** Chinese wording for the zod issues a native dictionary can raise (custom messages are kept). */
export function zhMessage(issue: {
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

export function cancelled(entryCount = 0): ImportReport {
  return { ok: false, entryCount, errors: [{ message: '已取消导入，未做任何更改。' }], duplicates: [], conflicts: [] };
}

export function failed(issue: ImportIssue): ImportReport {
  return { ok: false, entryCount: 0, errors: [issue], duplicates: [], conflicts: [] };
}

/** Lets the page breathe between chunks of a long import. */
export const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));
