import { FIELDS, type Field, type RichFinding, SEVERITY_RANK, type Severity } from './types';

/**
 * Findings post-processing, in one place for every surface (content script, options test box, background, CLI,
 * popup) so they can never disagree about which finding wins, in which order they are listed, or how many
 * there are.
 */

const FIELD_ORDER = Object.fromEntries(FIELDS.map((f, i) => [f, i])) as Record<Field, number>;

type Positioned = Pick<RichFinding, 'field' | 'start' | 'end' | 'severity' | 'ruleId'>;
type Mergeable = Positioned & Pick<RichFinding, 'category' | 'suggestions'>;

/**
 * When two findings are the same finding: the same words of the same field, and either the same rule or the same
 * category with the same suggested fix (the typo dictionary and the idiom rule both suggest 再接再厉 for 再接再励;
 * the user sees, ignores and counts one finding, not two).
 */
export function sameFindingKey(
  f: Pick<RichFinding, 'category' | 'field' | 'start' | 'end' | 'ruleId'>,
  suggestions: readonly string[],
): string {
  const fix = suggestions.length ? suggestions.join('\u0002') : f.ruleId;
  return `${f.category}\u0001${f.field}\u0001${f.start}\u0001${f.end}\u0001${fix}`;
}

/** Document order: field, then start; at the same start the more severe, then the shorter, then by rule id. */
export function compareFindings(a: Positioned, b: Positioned): number {
  return (
    FIELD_ORDER[a.field] - FIELD_ORDER[b.field] ||
    a.start - b.start ||
    SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] ||
    a.end - b.end ||
    (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0)
  );
}

/**
 * Merges finding lists (the core checker's and the library pass's): one finding per {@link sameFindingKey}, the
 * most severe kept (the first on a tie), in document order.
 */
export function mergeFindings<F extends Mergeable>(...lists: ReadonlyArray<readonly F[]>): F[] {
  const byKey = new Map<string, F>();
  for (const list of lists) {
    for (const f of list) {
      const key = sameFindingKey(f, f.suggestions);
      const prev = byKey.get(key);
      if (!prev || SEVERITY_RANK[f.severity] > SEVERITY_RANK[prev.severity]) byKey.set(key, f);
    }
  }
  return [...byKey.values()].sort(compareFindings);
}

/** Findings per severity. */
export function countSeverities(findings: Iterable<{ severity: Severity }>): Record<Severity, number> {
  const c: Record<Severity, number> = { block: 0, warn: 0, info: 0 };
  for (const f of findings) c[f.severity]++;
  return c;
}

/** Most severe first, document order within a severity (summaries and lists by severity). */
export function bySeverity<F extends { severity: Severity }>(findings: readonly F[]): F[] {
  return [...findings].sort((a, b) => SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity]);
}
