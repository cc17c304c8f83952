import { useState } from 'preact/hooks';
import { ruleKeyLabel } from '../../lib/options/diff';
import { setRuleSetting } from '../../lib/options/rules';
import { type Outcome, useOptions } from './data';
import { RuleTable } from './RuleTable';
import { LockNote, Message, Section } from './ui';

/** 规则设置: on/off and severity per rule and per category (rule id wins over its category). */
export function RuleSettings() {
  const { loaded, engine, engineError, actions } = useOptions();
  const [outcome, setOutcome] = useState<Outcome>();
  const locked = loaded.policy?.lockedRules ?? {};
  const lockedKeys = Object.keys(locked);
  return (
    <Section
      id="rules"
      title="规则设置"
      intro="为每条规则或整个类别设置：关闭、禁止发布、需注意或建议。单条规则的设置优先于类别设置；内置词库的词条也是规则（规则 id 为“类别.词条 id”）。账号配置可以为特定账号覆盖这些设置。"
    >
      {lockedKeys.length > 0 && (
        <p>
          <LockNote testid="rules-locked">
            单位策略锁定了 {lockedKeys.length} 项：{lockedKeys.map((k) => ruleKeyLabel(k)).join('、')}（只读）
          </LockNote>
        </p>
      )}
      <Message outcome={outcome} testid="rules-message" />
      {engineError && <p class="notice error">无法读取规则列表：{engineError}</p>}
      {!engine ? (
        !engineError && <p class="muted">正在读取规则…</p>
      ) : (
        <RuleTable
          rules={engine.rules}
          settings={loaded.settings.rules}
          locked={locked}
          testid="rule-table"
          onChange={(key, v) => {
            setOutcome(undefined);
            void actions
              .changeSettings((s) => ({ ...s, rules: setRuleSetting(s.rules, key, v) }), `rule ${key} → ${v}`)
              .then(setOutcome);
          }}
        />
      )}
    </Section>
  );
}
