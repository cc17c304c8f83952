import { useState } from 'preact/hooks';
import { t } from '../../../lib/i18n/all';
import { checkPin } from '../../../lib/options/validate';
import { value } from '../ui';
import { useBusy, usePinPair } from './hooks';

/** Sets a reviewer's PIN (typed twice; only its PBKDF2 hash is stored by the caller). */
export function PinForm({ onSubmit }: { onSubmit(pin: string): Promise<void> }) {
  const { pin, confirm, setPin, setConfirm, reset } = usePinPair();
  const [error, setError] = useState<string>();
  const [busy, run] = useBusy();
  return (
    <div class="pin-form" data-testid="reviewer-pin-form">
      <input
        type="password"
        autocomplete="new-password"
        placeholder={t('newPin')}
        value={pin}
        onInput={(e) => setPin(value(e))}
        data-testid="reviewer-pin-new"
      />
      <input
        type="password"
        autocomplete="new-password"
        placeholder={t('pinAgainShort')}
        value={confirm}
        onInput={(e) => setConfirm(value(e))}
        data-testid="reviewer-pin-confirm"
      />
      <button
        type="button"
        class="primary"
        disabled={busy}
        onClick={async () => {
          const err = checkPin(pin, confirm);
          setError(err);
          if (err) return;
          try {
            await run(() => onSubmit(pin));
          } finally {
            reset();
          }
        }}
        data-testid="reviewer-pin-save"
      >
        {t('savePin')}
      </button>
      {error && <span class="error">{error}</span>}
    </div>
  );
}
