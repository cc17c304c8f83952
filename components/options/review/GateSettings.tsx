import { useState } from 'preact/hooks';
import { GATE_MODE_HELP, GATE_MODE_LABELS, REQUIRED_LEVELS_LABELS } from '../../../lib/options/labels';
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
      <h2>发布拦截</h2>
      <fieldset class="radios" disabled={lockedMode}>
        <legend>
          拦截方式{' '}
          {lockedMode && <LockNote testid="gate-locked">策略锁定为“{GATE_MODE_LABELS[policy!.gateMode!]}”</LockNote>}
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
            <strong>{GATE_MODE_LABELS[m]}</strong> <span class="muted">{GATE_MODE_HELP[m]}</span>
          </label>
        ))}
      </fieldset>
      <Field label="先审后发：发布前须签发的级数" hint="每一级由不同审核人签发（初审、复审、终审）；默认 1 级。">
        <select
          value={String(lockedLevels ? policy!.requiredLevels : levels)}
          disabled={lockedLevels}
          onChange={(e) => setLevels(Number(value(e)))}
          data-testid="gate-levels"
        >
          {[0, 1, 2, 3].map((n) => (
            <option key={n} value={String(n)}>
              {n} 级：{REQUIRED_LEVELS_LABELS[n]}
            </option>
          ))}
        </select>
        {lockedLevels && <LockNote testid="levels-locked">策略锁定</LockNote>}
      </Field>
      <button type="submit" class="primary" disabled={lockedMode && lockedLevels} data-testid="gate-save">
        保存
      </button>
      <Message outcome={outcome} testid="gate-message" />
    </form>
  );
}
