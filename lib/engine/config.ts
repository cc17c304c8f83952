// zod/mini: this module is part of the content script, where classic zod would add ~400 KB.
import * as z from 'zod/mini';
import { CATEGORIES, type Category, SEVERITIES, type Severity } from './types';

export type RuleSetting = Severity | 'off';
export const ruleSettingSchema = z.enum(['off', ...SEVERITIES]);

/** Per rule id or category: "off" or a severity. A rule id wins over its category. */
export type RuleSettings = Record<string, RuleSetting>;

export const ruleSettingsSchema = z.record(z.string(), ruleSettingSchema).check(
  z.superRefine((rules, ctx) => {
    for (const key of Object.keys(rules)) {
      if (!/^[a-z][a-z0-9-]*(\.[a-z0-9-]+)*$/.test(key)) {
        ctx.addIssue({ code: 'custom', path: [key], message: `not a rule id or category: ${key}`, input: key });
      }
    }
  }),
);

/** The platform limits used by the length rule (configurable). */
const limit = (n: number) => z._default(z.number().check(z.int(), z.positive()), n);
export const lengthLimitsSchema = z.object({
  wechatTitle: limit(64),
  wechatAuthor: limit(8),
  wechatDigest: limit(120),
  weiboArticleTitle: limit(32),
  weiboArticleDigest: limit(44),
  weiboPost: limit(2000),
  weiboFolded: limit(140),
});
export type LengthLimits = z.infer<typeof lengthLimitsSchema>;

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
