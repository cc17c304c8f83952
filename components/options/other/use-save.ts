import { useState } from 'preact/hooks';
import type { Settings } from '../../../lib/settings/schema';
import { type Outcome, useOptions } from '../data';

/** Saves one card: returns the outcome for its message line. */
export function useSave() {
  const { actions } = useOptions();
  const [outcome, setOutcome] = useState<Outcome>();
  const [busy, setBusy] = useState(false);
  const save = async (change: (s: Settings) => Settings, reason: string) => {
    setBusy(true);
    setOutcome(undefined);
    try {
      const out = await actions.changeSettings(change, reason);
      setOutcome(out);
      return out;
    } finally {
      setBusy(false);
    }
  };
  return { outcome, setOutcome, busy, save };
}
