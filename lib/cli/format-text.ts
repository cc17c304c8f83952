import { CATEGORY_LABELS, type Finding, type Severity } from '../engine/types';

const COLORS: Record<Severity, string> = { block: '\x1b[31m', warn: '\x1b[33m', info: '\x1b[36m' };
const RESET = '\x1b[0m';
const DIM = '\x1b[2m';

/**
 * `file:line:col  severity  category  message  → suggestion` (field-prefixed for .json drafts); `at` is the
 * finding's line and column in its field (see positions.ts).
 */
export function formatFinding(
  file: string,
  f: Finding,
  structured: boolean,
  color: boolean,
  at: { line: number; column: number },
): string {
  const where = structured ? `${file}:${f.field}:${at.line}:${at.column}` : `${file}:${at.line}:${at.column}`;
  const sev = color ? `${COLORS[f.severity]}${f.severity}${RESET}` : f.severity;
  const cat = `${f.category}(${CATEGORY_LABELS[f.category].zh})`;
  const sugg = f.suggestions.length ? `  → ${f.suggestions.join(' / ')}` : '';
  const loc = color ? `${DIM}${where}${RESET}` : where;
  return `${loc}  ${sev}  ${cat}  ${f.message}${sugg}`;
}

export function summary(counts: Record<Severity, number>, files: number): string {
  return `${files} 个文件：${counts.block} 个禁止发布（block），${counts.warn} 个需注意（warn），${counts.info} 个建议（info）`;
}
