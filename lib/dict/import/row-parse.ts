import { unescapeFormulaCell } from '../../csv/formula';
import { type Category, SEVERITIES, type Severity } from '../../engine/types';
import { CSV_ALIASES, CSV_COLUMNS, type CsvColumn, FALSE_WORDS, TRUE_WORDS } from './columns';
import type { Row } from './entry-builder';
import { at, type Issues } from './report';

/** Parsing one TXT line or one CSV record into a row, with line-precise issues. */

/** Severity words an import accepts besides block/warn/info: the Chinese labels the product shows. */
const SEVERITY_WORDS: Record<string, Severity> = {
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
export function parseTxtLine(raw: string, line: number, category: Category, issues: Issues): Row | undefined {
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

export function parseHeader(cells: string[], line: number, issues: Issues): Array<CsvColumn | undefined> | undefined {
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

export function parseCsvRow(
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
