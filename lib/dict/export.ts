import { escapeFormulaCell } from '../csv/formula';
import type { DictEntry, Dictionary } from '../engine/dictionary/schema';
import type { ImportFormat } from './import';

/**
 * Exports a dictionary in an import format (see lib/dict/import.ts for the formats).
 *
 * - json: the native dictionary, exactly (re-imports to an equal dictionary); indented when small,
 *   one entry per line when large (keeps a 100,000-entry list near 30 MB).
 * - txt / csv: one line (row) per term. Regex (`pattern`) entries, context conditions and examples
 *   exist only in the native format; TXT lists skipped regex entries as `#` comments and disabled
 *   entries as `# [停用]` comments. CSV is written with a BOM and CRLF so Excel opens it as UTF-8, and
 *   cells that would run as formulas (=, +, -, @ …) get a leading apostrophe (the importer removes it).
 *   Re-importing the export of an imported list gives the same entries (same ids, terms,
 *   suggestions, severities, notes; CSV also keeps each row's source).
 */
export function exportDictionary(d: Dictionary, format: ImportFormat): string {
  if (format === 'json') return exportJson(d);
  return format === 'csv' ? exportCsv(d) : exportTxt(d);
}

const PRETTY_MAX_ENTRIES = 2000;

function exportJson(d: Dictionary): string {
  if (d.entries.length <= PRETTY_MAX_ENTRIES) return `${JSON.stringify(d, null, 2)}\n`;
  const { entries, ...head } = d;
  const headText = JSON.stringify(head);
  const lines = entries.map((e) => JSON.stringify(e));
  return `${headText.slice(0, -1)},"entries":[\n${lines.join(',\n')}\n]}\n`;
}

function oneLine(s: string): string {
  return s.replace(/[\t\r\n]+/g, ' ');
}

function txtTerm(term: string): string {
  const t = oneLine(term);
  return /^[#!！~～\\]/.test(t) ? `\\${t}` : t;
}

function txtLine(e: DictEntry, term: string): string {
  const cols = [txtTerm(term), e.suggestions.map(oneLine).join('|'), e.severity];
  if (e.note) cols.push(oneLine(e.note));
  return cols.join('\t');
}

function exportTxt(d: Dictionary): string {
  const out = [
    `# ${oneLine(d.name)}（id ${d.id}，版本 ${oneLine(d.version)}${d.category ? `，类别 ${d.category}` : ''}）`,
    '# 格式：词条<TAB>建议（多个用 | 分隔）<TAB>严重程度 block/warn/info<TAB>说明；以 ! 开头的行是白名单词，以 ~ 开头的是受保护的正确写法（近似匹配）。',
  ];
  for (const e of d.entries) {
    const lines: string[] = [];
    for (const t of e.terms) lines.push(e.match === 'near' ? `~${txtLine(e, t)}` : txtLine(e, t));
    for (const t of e.allow) lines.push(`!${oneLine(t)}`);
    if (e.pattern) out.push(`# [正则，仅 JSON 格式保留] ${e.id}: ${oneLine(e.pattern)}`);
    if (e.enabled) out.push(...lines);
    else out.push(...lines.map((l) => `# [停用] ${l}`));
  }
  return `${out.join('\n')}\n`;
}

/** A literal term that starts like a marker (~ near match, \ escape) is escaped with \, as in TXT. */
function csvTerm(term: string): string {
  return /^[~～\\]/.test(term) ? `\\${term}` : term;
}

function csvCell(value: string): string {
  const s = escapeFormulaCell(value);
  return /[",\r\n]/.test(s) || /^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function exportCsv(d: Dictionary): string {
  const rows: string[][] = [['term', 'suggestion', 'severity', 'note', 'source', 'allow']];
  for (const e of d.entries) {
    if (!e.enabled) continue;
    for (const t of e.terms) {
      rows.push([e.match === 'near' ? `~${t}` : csvTerm(t), e.suggestions.join('|'), e.severity, e.note, e.source, '']);
    }
    for (const t of e.allow) rows.push([csvTerm(t), '', '', e.note, e.source, '1']);
  }
  return `\uFEFF${rows.map((r) => r.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
