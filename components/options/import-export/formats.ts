import type { ImportFormat } from '../../../lib/dict/import';

/** Names and download types of the word-list formats. */

export const FORMAT_LABELS: Record<ImportFormat, string> = { txt: 'TXT', csv: 'CSV', json: 'JSON' };
export const MIME: Record<ImportFormat, string> = {
  txt: 'text/plain;charset=utf-8',
  csv: 'text/csv;charset=utf-8',
  json: 'application/json',
};
