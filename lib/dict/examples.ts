import type { Checker } from '../engine/checker';
import type { Dictionary } from './schema';

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
 * `publish-guard dict test`.)
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
      const ruleId = `${e.category ?? d.category}.${e.id}`;
      for (const [kind, sentences] of [
        ['hit', e.examples.hit],
        ['pass', e.examples.pass],
      ] as const) {
        for (const sentence of sentences) {
          total++;
          const got = checker
            .check({ platform: 'generic', body: sentence }, { today, rules: { [ruleId]: e.severity } })
            .filter((f) => f.ruleId === ruleId)
            .map((f) => f.text);
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
