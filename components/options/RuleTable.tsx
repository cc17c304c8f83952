import { useMemo, useState } from 'preact/hooks';
import type { RuleSetting, RuleSettings } from '../../lib/engine/config';
import type { RuleMeta } from '../../lib/engine/rule';
import { CATEGORY_LABELS, SEVERITY_LABELS } from '../../lib/engine/types';
import { pick, t } from '../../lib/i18n/all';
import { groupRules } from '../../lib/options/rules';
import { ruleSettingText } from '../common/labels';
import { LockNote, value } from './ui';

const CHOICES: Array<RuleSetting | 'default'> = ['default', 'off', 'block', 'warn', 'info'];

interface Props {
  rules: readonly RuleMeta[];
  settings: RuleSettings;
  locked: RuleSettings;
  /** For a profile: the default settings it inherits ("default" then means "沿用默认设置"). */
  base?: RuleSettings;
  disabled?: boolean;
  testid: string;
  onChange(key: string, v: RuleSetting | 'default'): void;
}

function SettingSelect(props: {
  current?: RuleSetting;
  defaultLabel: string;
  disabled: boolean;
  label: string;
  testid: string;
  onChange(v: RuleSetting | 'default'): void;
}) {
  return (
    <select
      value={props.current ?? 'default'}
      disabled={props.disabled}
      aria-label={props.label}
      onChange={(e) => props.onChange(value(e) as RuleSetting | 'default')}
      data-testid={props.testid}
    >
      {CHOICES.map((c) => (
        <option key={c} value={c}>
          {c === 'default' ? props.defaultLabel : ruleSettingText(c)}
        </option>
      ))}
    </select>
  );
}

/** Every rule grouped by category, with on/off and severity per rule and per category; policy-locked rows are read-only. */
export function RuleTable({ rules, settings, locked, base, disabled = false, testid, onChange }: Props) {
  const [filter, setFilter] = useState('');
  const groups = useMemo(
    () => groupRules(rules, settings, locked, { filter, base }),
    [rules, settings, locked, filter, base],
  );
  const inherit = base !== undefined;
  return (
    <div class="rule-table" data-testid={testid}>
      <input
        type="search"
        class="wide"
        placeholder={t('ruleFilter')}
        value={filter}
        onInput={(e) => setFilter(value(e))}
        data-testid={`${testid}-filter`}
      />
      {groups.map((g) => (
        <details
          key={g.category}
          open={filter.trim() !== ''}
          class="rule-group"
          data-testid="rule-group"
          data-category={g.category}
        >
          <summary>
            <strong>{pick(CATEGORY_LABELS[g.category])}</strong>{' '}
            <span class="muted">{t('ruleCount', { n: g.total })}</span>
            <span class="group-setting" onClick={(e) => e.stopPropagation()}>
              {t('wholeCategory')}
              <SettingSelect
                current={g.setting}
                defaultLabel={inherit ? t('inheritDefaults') : t('perRuleDefault')}
                disabled={disabled || g.locked}
                label={t('wholeCategoryOf', { s: pick(CATEGORY_LABELS[g.category]) })}
                testid="rule-category-setting"
                onChange={(v) => onChange(g.category, v)}
              />
              {g.locked && <LockNote>{t('gateLockedTo', { mode: ruleSettingText(locked[g.category]!) })}</LockNote>}
            </span>
          </summary>
          <table>
            <thead>
              <tr>
                <th>{t('colRule')}</th>
                <th>{t('colDefaultLevel')}</th>
                <th>{t('colSetting')}</th>
                <th>{t('colEffective')}</th>
              </tr>
            </thead>
            <tbody>
              {g.rules.map((r) => (
                <tr
                  key={r.id}
                  data-testid="rule-row"
                  data-rule={r.id}
                  data-effective={r.effective}
                  class={r.effective === 'off' ? 'off' : ''}
                >
                  <td>
                    {r.title}
                    <div class="muted mono">{r.id}</div>
                  </td>
                  <td>{r.offByDefault ? t('offByDefault') : pick(SEVERITY_LABELS[r.severity])}</td>
                  <td>
                    <SettingSelect
                      current={r.setting}
                      defaultLabel={inherit ? t('inheritDefaults') : t('ruleSetting_default')}
                      disabled={disabled || r.locked}
                      label={r.title}
                      testid="rule-setting"
                      onChange={(v) => onChange(r.id, v)}
                    />
                    {r.locked && <LockNote>{t('lockedByPolicy')}</LockNote>}
                  </td>
                  <td class={`eff eff-${r.effective}`}>{ruleSettingText(r.effective)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      ))}
    </div>
  );
}
