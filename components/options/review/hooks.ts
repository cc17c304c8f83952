import { useEffect, useState } from 'preact/hooks';
import type { GateMode } from '../../../lib/messaging/protocol';
import type { Reviewer, Settings } from '../../../lib/settings/schema';
import { type Outcome, useOptions } from '../data';

/** Small state hooks of the 审核与发布 section. */

/** Runs one async action at a time and says whether one is running. */
export function useBusy(): [boolean, <T>(action: () => Promise<T>) => Promise<T>] {
  const [busy, setBusy] = useState(false);
  async function run<T>(action: () => Promise<T>): Promise<T> {
    setBusy(true);
    try {
      return await action();
    } finally {
      setBusy(false);
    }
  }
  return [busy, run];
}

/** A new PIN typed twice. */
export function usePinPair() {
  const [pin, setPin] = useState('');
  const [confirm, setConfirm] = useState('');
  return {
    pin,
    confirm,
    setPin,
    setConfirm,
    reset() {
      setPin('');
      setConfirm('');
    },
  };
}

/** The gate form's unsaved choices, re-synced whenever the saved settings change. */
export function useGateDraft(settings: Pick<Settings, 'gateMode' | 'requiredLevels'>) {
  const [mode, setMode] = useState<GateMode>(settings.gateMode);
  const [levels, setLevels] = useState(settings.requiredLevels);
  useEffect(() => {
    setMode(settings.gateMode);
    setLevels(settings.requiredLevels);
  }, [settings.gateMode, settings.requiredLevels]);
  return { mode, setMode, levels, setLevels };
}

/** Changes the reviewer list through the audited settings path; the last outcome is shown to the admin. */
export function useReviewerChanges() {
  const { actions } = useOptions();
  const [outcome, setOutcome] = useState<Outcome>();
  const [busy, run] = useBusy();
  function change(fn: (list: Reviewer[]) => Reviewer[], reason: string): Promise<Outcome> {
    setOutcome(undefined);
    return run(async () => {
      const out = await actions.changeSettings((s) => ({ ...s, reviewers: fn(s.reviewers) }), reason);
      setOutcome(out);
      return out;
    });
  }
  return { outcome, busy, change };
}
