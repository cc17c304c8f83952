import type { Category, Severity } from './types';
import { CATEGORIES } from './types';

/** "off" or a severity: what a rule id or a category can be set to (schemas: config.ts). */
export type RuleSetting = Severity | 'off';

/** Per rule id or category: "off" or a severity. A rule id wins over its category. */
export type RuleSettings = Record<string, RuleSetting>;

export function isCategory(key: string): key is Category {
  return (CATEGORIES as readonly string[]).includes(key);
}

/** Resolves the effective severity of a finding: rule id setting > category setting > rule default. */
export function resolveSeverity(
  settings: RuleSettings | undefined,
  ruleId: string,
  category: Category,
  severity: Severity,
  offByDefault = false,
): RuleSetting {
  const byRule = settings?.[ruleId];
  if (byRule) return byRule;
  // Rules that are off by default are only turned on by their own id, never by a category setting.
  if (offByDefault) return 'off';
  return settings?.[category] ?? severity;
}
