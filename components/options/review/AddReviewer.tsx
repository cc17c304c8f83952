import { useState } from 'preact/hooks';
import { t } from '../../../lib/i18n/all';
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
    const errs = { name: checkName(name, t('reviewerName')), pin: pin || confirm ? checkPin(pin, confirm) : undefined };
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
      <h3>{t('addReviewerHeading')}</h3>
      <div class="grid4">
        <Field label={t('colName')} error={errors.name} testid="reviewer-name">
          <input type="text" value={name} onInput={(e) => setName(value(e))} data-testid="reviewer-name" />
        </Field>
        <Field label={t('level')}>
          <LevelSelect value={level} onChange={setLevel} testid="reviewer-new-level" />
        </Field>
        <Field label={t('pinOptional')} error={errors.pin} hint={t('pinLength')} testid="reviewer-new-pin">
          <input
            type="password"
            autocomplete="new-password"
            value={pin}
            onInput={(e) => setPin(value(e))}
            data-testid="reviewer-new-pin"
          />
        </Field>
        <Field label={t('pinAgain')}>
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
        {t('addReviewer')}
      </button>
    </form>
  );
}
