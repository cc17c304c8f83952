import { describe, expect, it } from 'vitest';
import type { RuleMeta } from '../../../lib/engine/rule';
import {
  checkRuleKey,
  groupRules,
  overriddenByPolicy,
  ruleKeyOptions,
  setRuleSetting,
  uniqueRules,
} from '../../../lib/options/rules';

const R = (
  id: string,
  category: RuleMeta['category'],
  severity: RuleMeta['severity'],
  extra: Partial<RuleMeta> = {},
): RuleMeta => ({
  id,
  category,
  severity,
  message: `${id} message`,
  ...extra,
});
const RULES = [
  R('typo.zai-jie-zai-li', 'typo', 'warn', { title: '再接再励' }),
  R('sensitive.wasai', 'sensitive', 'block', { title: '哇噻' }),
  R('sensitive.wokao', 'sensitive', 'block', { title: '我靠' }),
  R('link.tracking', 'link', 'info', { title: '跟踪参数', off: true }),
];

describe('groupRules', () => {
  it('groups by category in CATEGORIES order with Chinese labels and effective settings', () => {
    const groups = groupRules(RULES, { typo: 'info', 'sensitive.wasai': 'off' });
    expect(groups.map((g) => g.category)).toEqual(['sensitive', 'typo', 'link']);
    expect(groups[0]!.label).toBe('敏感词');
    const wasai = groups[0]!.rules.find((r) => r.id === 'sensitive.wasai')!;
    expect(wasai).toMatchObject({ title: '哇噻', setting: 'off', effective: 'off', locked: false });
    expect(groups[1]!.setting).toBe('info');
    expect(groups[1]!.rules[0]!.effective).toBe('info');
    // A rule that is off by default stays off under a category setting, on by its own id.
    expect(groupRules(RULES, { link: 'warn' })[2]!.rules[0]!.effective).toBe('off');
    expect(groupRules(RULES, { 'link.tracking': 'warn' })[2]!.rules[0]!.effective).toBe('warn');
  });

  it('marks policy-locked rules and categories read-only, with the policy value', () => {
    const groups = groupRules(RULES, { 'sensitive.wasai': 'off' }, { 'sensitive.wasai': 'block', typo: 'off' });
    const wasai = groups[0]!.rules.find((r) => r.id === 'sensitive.wasai')!;
    expect(wasai).toMatchObject({ locked: true, setting: 'block', effective: 'block' });
    expect(groups[0]!.rules.find((r) => r.id === 'sensitive.wokao')!.locked).toBe(false);
    expect(groups[1]).toMatchObject({ locked: true, setting: 'off' });
    expect(groups[1]!.rules[0]).toMatchObject({ locked: true, effective: 'off' });
  });

  it('filters by title, id or message, and resolves profile overrides over the defaults', () => {
    expect(groupRules(RULES, {}, {}, { filter: '哇噻' }).flatMap((g) => g.rules.map((r) => r.id))).toEqual([
      'sensitive.wasai',
    ]);
    expect(groupRules(RULES, {}, {}, { filter: 'LINK.' }).map((g) => g.category)).toEqual(['link']);
    const profile = groupRules(RULES, { 'sensitive.wokao': 'warn' }, {}, { base: { sensitive: 'info' } });
    const sens = profile[0]!.rules;
    expect(sens.find((r) => r.id === 'sensitive.wokao')).toMatchObject({ setting: 'warn', effective: 'warn' });
    expect(sens.find((r) => r.id === 'sensitive.wasai')).toMatchObject({ setting: undefined, effective: 'info' });
  });
});

describe('rule helpers', () => {
  it('setRuleSetting sets and removes keys without mutating', () => {
    const a = { typo: 'info' as const };
    expect(setRuleSetting(a, 'sensitive', 'block')).toEqual({ typo: 'info', sensitive: 'block' });
    expect(setRuleSetting(a, 'typo', 'default')).toEqual({});
    expect(a).toEqual({ typo: 'info' });
  });

  it('uniqueRules keeps the first of each id', () => {
    const merged = uniqueRules(RULES, [
      R('sensitive.wasai', 'sensitive', 'info'),
      R('spelling.misspelled', 'spelling', 'info'),
    ]);
    expect(merged.map((r) => r.id)).toEqual([...RULES.map((r) => r.id), 'spelling.misspelled']);
    expect(merged[1]!.severity).toBe('block');
  });

  it('checkRuleKey accepts categories and known ids', () => {
    expect(checkRuleKey('typo', RULES)).toBeUndefined();
    expect(checkRuleKey('sensitive.wasai', RULES)).toBeUndefined();
    expect(checkRuleKey('sensitive.nope', RULES)).toContain('未知的规则 id');
    expect(checkRuleKey('Bad Key', RULES)).toContain('不是规则 id');
    expect(checkRuleKey(' ', RULES)).toBe('请填写规则 id 或类别');
  });

  it('lists keys and policy overrides', () => {
    expect(ruleKeyOptions(RULES).slice(0, 2)).toEqual([
      { key: 'sensitive', label: '类别：敏感词' },
      { key: 'formulation', label: '类别：规范表述' },
    ]);
    expect(overriddenByPolicy({ typo: 'info', sensitive: 'block' }, { typo: 'off', sensitive: 'block' })).toEqual([
      'typo',
    ]);
  });
});
