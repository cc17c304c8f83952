// Schemas of the rule settings. The content script needs only severity.ts (no zod), re-exported here.
import * as z from 'zod/mini';
import { SEVERITIES } from './types';

export { isCategory, type RuleSetting, type RuleSettings, resolveSeverity } from './severity';

export const ruleSettingSchema = z.enum(['off', ...SEVERITIES]);

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
