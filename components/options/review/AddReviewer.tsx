import { useState } from 'preact/hooks';
import { checkName, checkPin } from '../../../lib/options/validate';
import { hashPin } from '../../../lib/review/pin';
import type { Reviewer } from '../../../lib/settings/schema';
import { LevelSelect } from '../../common/ReviewerPicker';
import type { Outcome } from '../data';
import { Field, value } from '../ui';
import { useBusy, usePinPair } from './hooks';

function newId(): string {
  const b = crypto.getRandomValues(new Uint8Array(6));
  return `r-${Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('')}`;
}

/** 新增审核人: name, level and an optional PIN. */
export function AddReviewer({ onAdd }: { onAdd(r: Reviewer): Promise<Outcome> }) {
  const [name, setName] = useState('');
  const [level, setLevel] = useState(1);
  const { pin, confirm, setPin, setConfirm, reset } = usePinPair();
  const [errors, setErrors] = useState<{ name?: string; pin?: string }>({});
  const [busy, run] = useBusy();

  async function submit(e: Event) {
    e.preventDefault();
    const errs = { name: checkName(name, '审核人姓名'), pin: pin || confirm ? checkPin(pin, confirm) : undefined };
    setErrors(errs);
    if (errs.name || errs.pin) return;
    await run(async () => {
      const reviewer: Reviewer = { id: newId(), name: name.trim(), level, ...(pin ? { pin: await hashPin(pin) } : {}) };
      const out = await onAdd(reviewer);
      if (out.ok) {
        setName('');
        reset();
      }
    });
  }

  return (
    <form class="add-reviewer" onSubmit={submit} data-testid="reviewer-add-form">
      <h3>新增审核人</h3>
      <div class="grid4">
        <Field label="姓名" error={errors.name} testid="reviewer-name">
          <input type="text" value={name} onInput={(e) => setName(value(e))} data-testid="reviewer-name" />
        </Field>
        <Field label="级别">
          <LevelSelect value={level} onChange={setLevel} testid="reviewer-new-level" />
        </Field>
        <Field label="PIN（可选）" error={errors.pin} hint="4–32 位" testid="reviewer-new-pin">
          <input
            type="password"
            autocomplete="new-password"
            value={pin}
            onInput={(e) => setPin(value(e))}
            data-testid="reviewer-new-pin"
          />
        </Field>
        <Field label="再次输入 PIN">
          <input
            type="password"
            autocomplete="new-password"
            value={confirm}
            onInput={(e) => setConfirm(value(e))}
            data-testid="reviewer-new-pin-confirm"
          />
        </Field>
      </div>
      <button type="submit" class="primary" disabled={busy} data-testid="reviewer-add">
        添加审核人
      </button>
    </form>
  );
}
