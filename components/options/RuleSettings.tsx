import { useState } from 'preact/hooks';
import { t } from '../../lib/i18n/all';
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
    <Section id="rules" title={t('navRules')} intro={t('rulesIntro')}>
      {lockedKeys.length > 0 && (
        <p>
          <LockNote testid="rules-locked">
            {t('rulesLocked', {
              n: lockedKeys.length,
              keys: lockedKeys.map((k) => ruleKeyLabel(k)).join(t('listSep')),
            })}
          </LockNote>
        </p>
      )}
      <Message outcome={outcome} testid="rules-message" />
      {engineError && <p class="notice error">{t('rulesReadError', { error: engineError })}</p>}
      {!engine ? (
        !engineError && <p class="muted">{t('rulesLoading')}</p>
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
