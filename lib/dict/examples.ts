import type { Checker } from '../engine/checker';
import type { Dictionary } from '../engine/dictionary/schema';

export interface ExampleFailure {
  dictionary: string;
  entry: string;
  ruleId: string;
  kind: 'hit' | 'pass';
  sentence: string;
  /** What the checker reported for this rule on the sentence. */
  got: string[];
}

/**
 * Runs every entry's examples through a real checker: each `hit` sentence must produce a finding of
 * the entry's rule, each `pass` sentence must not. (The same runner backs the test suite and
 * `publish-guard dict test`.) A hit also counts when another entry of the same category reports the same
 * correction at least as severely (the checker keeps one finding per span and fix: 中华人民共合国 is listed as a
 * typo pair and is a slip of the protected term 中华人民共和国).
 */
export function runExamples(
  dicts: readonly Dictionary[],
  checker: Checker,
  today = '2025-06-15',
): { total: number; failures: ExampleFailure[] } {
  const failures: ExampleFailure[] = [];
  let total = 0;
  for (const d of dicts) {
    for (const e of d.entries) {
      if (!e.enabled) continue;
      const category = e.category ?? d.category;
      const ruleId = `${category}.${e.id}`;
      const fixes = e.match === 'near' ? e.terms : e.suggestions;
      const rank = { info: 1, warn: 2, block: 3 } as const;
      const same = (f: { ruleId: string; category: string; severity: keyof typeof rank; suggestions: string[] }) =>
        f.ruleId === ruleId ||
        (f.category === category &&
          rank[f.severity] >= rank[e.severity] &&
          fixes.length > 0 &&
          f.suggestions.some((s) => fixes.includes(s)));
      for (const [kind, sentences] of [
        ['hit', e.examples.hit],
        ['pass', e.examples.pass],
      ] as const) {
        for (const sentence of sentences) {
          total++;
          const found = checker
            .check({ platform: 'generic', body: sentence }, { today, rules: { [ruleId]: e.severity } })
            .filter((f) => (kind === 'hit' ? same(f) : f.ruleId === ruleId));
          const got = found.map((f) => f.text);
          if ((kind === 'hit') !== got.length > 0)
            failures.push({ dictionary: d.id, entry: e.id, ruleId, kind, sentence, got });
        }
      }
    }
  }
  return { total, failures };
}

export function formatFailure(f: ExampleFailure): string {
  return f.kind === 'hit'
    ? `${f.dictionary}/${f.ruleId}: should flag «${f.sentence}» but did not`
    : `${f.dictionary}/${f.ruleId}: should not flag «${f.sentence}» but flagged ${f.got.map((g) => `“${g}”`).join('、')}`;
}
