import { DICTIONARY_FORMAT, type Dictionary } from '../../engine/dictionary/schema';
import type { ImportOptions } from './types';

/** What an imported dictionary says about itself: id, name, version, source. */

export function importSource(opts: ImportOptions, time: string): string {
  return `导入：${opts.fileName}（${opts.importer}，${time}）`;
}

/** A readable version for an imported dictionary: the import time as 2026.12.04-1032 (UTC). */
export function importVersion(time: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(time);
  return m ? `${m[1]}.${m[2]}.${m[3]}-${m[4]}${m[5]}` : time;
}

export function dictionaryShell(opts: ImportOptions, time: string): Omit<Dictionary, 'entries'> {
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
