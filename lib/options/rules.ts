import { isCategory, type RuleSetting, type RuleSettings, resolveSeverity } from '../engine/config';
import type { RuleMeta } from '../engine/rule';
import { CATEGORIES, CATEGORY_LABELS, type Category, type Severity } from '../engine/types';

/** Rule settings as the options page shows them: every rule the checker knows, grouped by category. */

export interface RuleRow {
  id: string;
  /** Chinese title (the rule's title, else its first term, else the id). */
  title: string;
  category: Category;
  /** Default severity. */
  severity: Severity;
  /** Off unless turned on by its own id. */
  offByDefault: boolean;
  message: string;
  source?: string;
  /** This rule's own setting (undefined = follow the category / default). */
  setting?: RuleSetting;
  /** What the checker will do with it (policy, then own setting, then category, then default). */
  effective: RuleSetting;
  /** Fixed by enterprise policy (the rule id itself, or its category). */
  locked: boolean;
}

export interface RuleGroup {
  category: Category;
  label: string;
  setting?: RuleSetting;
  locked: boolean;
  rules: RuleRow[];
  /** Rules in this category before filtering. */
  total: number;
}

/** Deduplicates rule metadata by id (the first occurrence wins), e.g. core rules plus LIBRARY_RULES. */
export function uniqueRules(...lists: ReadonlyArray<readonly RuleMeta[]>): RuleMeta[] {
  const seen = new Map<string, RuleMeta>();
  for (const list of lists) for (const r of list) if (!seen.has(r.id)) seen.set(r.id, r);
  return [...seen.values()];
}

function ruleTitle(r: Pick<RuleMeta, 'id' | 'title'>): string {
  return r.title?.trim() || r.id;
}

function matches(r: RuleMeta, q: string): boolean {
  if (!q) return true;
  const hay = `${r.id}\n${r.title ?? ''}\n${r.message}\n${CATEGORY_LABELS[r.category]?.zh ?? ''}`.toLowerCase();
  return hay.includes(q);
}

/**
 * Groups rules by category in CATEGORIES order, with the current settings and policy locks applied.
 * `settings` are the editable settings (defaults or a profile's overrides), `locked` the policy's
 * lockedRules; `base` (for a profile) is what the profile inherits.
 */
export function groupRules(
  rules: readonly RuleMeta[],
  settings: RuleSettings,
  locked: RuleSettings = {},
  opts: { filter?: string; base?: RuleSettings } = {},
): RuleGroup[] {
  const q = (opts.filter ?? '').trim().toLowerCase();
  const merged: RuleSettings = { ...(opts.base ?? {}), ...settings, ...locked };
  const groups: RuleGroup[] = [];
  for (const category of CATEGORIES) {
    const inCat = rules.filter((r) => r.category === category);
    const catLocked = locked[category] !== undefined;
    const rows = inCat
      .filter((r) => matches(r, q))
      .map<RuleRow>((r) => ({
        id: r.id,
        title: ruleTitle(r),
        category,
        severity: r.severity,
        offByDefault: Boolean(r.off),
        message: r.message,
        source: r.source,
        setting: locked[r.id] ?? settings[r.id],
        effective: resolveSeverity(merged, r.id, category, r.severity, r.off),
        locked: locked[r.id] !== undefined || catLocked,
      }))
      .sort((a, b) => a.title.localeCompare(b.title, 'zh-Hans-CN') || a.id.localeCompare(b.id));
    if (inCat.length === 0 && settings[category] === undefined && !catLocked) continue;
    if (q && rows.length === 0 && !CATEGORY_LABELS[category].zh.includes(q) && !category.includes(q)) continue;
    groups.push({
      category,
      label: CATEGORY_LABELS[category].zh,
      setting: locked[category] ?? settings[category],
      locked: catLocked,
      rules: rows,
      total: inCat.length,
    });
  }
  return groups;
}

/** Sets (or, with 'default', removes) one rule-id or category setting; returns a new object. */
export function setRuleSetting(rules: RuleSettings, key: string, value: RuleSetting | 'default'): RuleSettings {
  const next = { ...rules };
  if (value === 'default') delete next[key];
  else next[key] = value;
  return next;
}

/** Keys of `settings` that policy overrides (shown as ineffective). */
export function overriddenByPolicy(settings: RuleSettings, locked: RuleSettings): string[] {
  return Object.keys(settings).filter((k) => locked[k] !== undefined && locked[k] !== settings[k]);
}

/** The choices offered for a rule or category key (a completion list for profile overrides). */
export function ruleKeyOptions(rules: readonly RuleMeta[]): Array<{ key: string; label: string }> {
  const cats = CATEGORIES.map((c) => ({ key: c, label: `类别：${CATEGORY_LABELS[c].zh}` }));
  const ids = [...rules]
    .sort((a, b) => a.id.localeCompare(b.id))
    .map((r) => ({ key: r.id, label: `${CATEGORY_LABELS[r.category].zh}：${ruleTitle(r)}` }));
  return [...cats, ...ids];
}

/** Validates a key typed by the admin: a category or a rule id the checker knows. */
export function checkRuleKey(key: string, rules: readonly RuleMeta[]): string | undefined {
  const k = key.trim();
  if (!k) return '请填写规则 id 或类别';
  if (isCategory(k)) return undefined;
  if (!/^[a-z][a-z0-9-]*(\.[a-z0-9-]+)*$/.test(k)) return `“${k}”不是规则 id 或类别`;
  if (!rules.some((r) => r.id === k)) return `未知的规则 id：${k}`;
  return undefined;
}
