import { useState } from 'preact/hooks';
import { t } from '../../../lib/i18n/all';
import { type Outcome, useOptions } from '../data';
import { Field, LockNote, Message, value } from '../ui';
import { useGateDraft } from './hooks';

/** 发布拦截: the gate mode and the number of 先审后发 levels (policy may lock either). */
export function GateSettings() {
  const { loaded, actions } = useOptions();
  const { settings, policy, effective } = loaded;
  const { mode, setMode, levels, setLevels } = useGateDraft(settings);
  const [outcome, setOutcome] = useState<Outcome>();
  const lockedMode = effective.locked.gateMode;
  const lockedLevels = effective.locked.requiredLevels;

  async function save(e: Event) {
    e.preventDefault();
    setOutcome(
      await actions.changeSettings(
        (s) => ({
          ...s,
          ...(lockedMode ? {} : { gateMode: mode }),
          ...(lockedLevels ? {} : { requiredLevels: levels }),
        }),
        'gate settings',
      ),
    );
  }

  return (
    <form class="card" onSubmit={save} data-testid="gate-form">
      <h2>{t('gateHeading')}</h2>
      <fieldset class="radios" disabled={lockedMode}>
        <legend>
          {t('gateModeLabel')}{' '}
          {lockedMode && (
            <LockNote testid="gate-locked">{t('gateLockedTo', { mode: t(`gateMode_${policy!.gateMode!}`) })}</LockNote>
          )}
        </legend>
        {(['block', 'warn', 'off'] as const).map((m) => (
          <label key={m} class="radio">
            <input
              type="radio"
              name="gate-mode"
              value={m}
              checked={(lockedMode ? policy!.gateMode : mode) === m}
              onChange={() => setMode(m)}
              data-testid={`gate-mode-${m}`}
            />
            <strong>{t(`gateMode_${m}`)}</strong> <span class="muted">{t(`gateModeHelp_${m}`)}</span>
          </label>
        ))}
      </fieldset>
      <Field label={t('levelsLabel')} hint={t('levelsHint')}>
        <select
          value={String(lockedLevels ? policy!.requiredLevels : levels)}
          disabled={lockedLevels}
          onChange={(e) => setLevels(Number(value(e)))}
          data-testid="gate-levels"
        >
          {[0, 1, 2, 3].map((n) => (
            <option key={n} value={String(n)}>
              {t('levelsOption', { n, label: t(`requiredLevels_${n as 0 | 1 | 2 | 3}`) })}
            </option>
          ))}
        </select>
        {lockedLevels && <LockNote testid="levels-locked">{t('lockedByPolicy')}</LockNote>}
      </Field>
      <button type="submit" class="primary" disabled={lockedMode && lockedLevels} data-testid="gate-save">
        {t('save')}
      </button>
      <Message outcome={outcome} testid="gate-message" />
    </form>
  );
}
