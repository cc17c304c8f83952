import { Checker, type CheckOptions } from '../../lib/engine/checker';
import type { RuleModule } from '../../lib/engine/rule';
import type { Draft, RichFinding } from '../../lib/engine/types';

/** Runs the given rule modules over a draft (or a body string) and returns the findings. */
export function runRules(
  modules: RuleModule | RuleModule[],
  draft: string | Partial<Draft>,
  opts: CheckOptions = {},
): RichFinding[] {
  const checker = new Checker(Array.isArray(modules) ? modules : [modules]);
  const d: Draft =
    typeof draft === 'string' ? { platform: 'generic', body: draft } : { platform: 'generic', body: '', ...draft };
  return checker.check(d, { today: '2025-06-15', ...opts });
}

/** Compact view for assertions: "ruleId severity text". */
export function brief(findings: RichFinding[]): string[] {
  return findings.map((f) => `${f.ruleId} ${f.severity} ${f.text}`);
}
