import { FIELDS, type RichFinding, SEVERITY_RANK, type Severity } from '../engine/types';

/** The test box's findings: the core checker's and the library pass's, merged. */

const FIELD_ORDER = Object.fromEntries(FIELDS.map((f, i) => [f, i])) as Record<RichFinding['field'], number>;

/** Merges two finding lists: one finding per (rule, field, span), the more severe kept; sorted by position. */
export function mergeFindings(...lists: ReadonlyArray<readonly RichFinding[]>): RichFinding[] {
  const byKey = new Map<string, RichFinding>();
  for (const list of lists) {
    for (const f of list) {
      const key = `${f.ruleId}\u0001${f.field}\u0001${f.start}\u0001${f.end}`;
      const prev = byKey.get(key);
      if (!prev || SEVERITY_RANK[f.severity] > SEVERITY_RANK[prev.severity]) byKey.set(key, f);
    }
  }
  return [...byKey.values()].sort(
    (a, b) =>
      FIELD_ORDER[a.field] - FIELD_ORDER[b.field] ||
      a.start - b.start ||
      SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] ||
      a.end - b.end ||
      (a.ruleId < b.ruleId ? -1 : 1),
  );
}

export function countSeverities(findings: readonly Pick<RichFinding, 'severity'>[]): Record<Severity, number> {
  const c: Record<Severity, number> = { block: 0, warn: 0, info: 0 };
  for (const f of findings) c[f.severity]++;
  return c;
}

/** Short context around a finding for the list ("…前文【命中】后文…"). */
export function findingContext(text: string, f: Pick<RichFinding, 'start' | 'end'>, around = 12): string {
  const from = Math.max(0, f.start - around);
  const to = Math.min(text.length, f.end + around);
  return `${from > 0 ? '…' : ''}${text.slice(from, f.start)}【${text.slice(f.start, f.end)}】${text.slice(f.end, to)}${to < text.length ? '…' : ''}`;
}
