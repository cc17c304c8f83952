import { browser } from 'wxt/browser';
import type { RecordStore } from '../store/records';
import type { ConfigStore } from '../store/settings-store';
import { readPolicy } from './policy';
import {
  type AlarmsLike,
  ensureSubscriptionAlarm,
  type RefreshResult,
  refreshSubscription,
  scheduleSubscription,
} from './subscription';

/**
 * Browser wiring of the dictionary subscription: the periodic alarm, refresh on enterprise-policy
 * changes, and the refresh used by the 'subscription/refresh' message. `onUpdated` runs after new
 * dictionaries were stored (the background invalidates the engine and tells open editor tabs).
 */
export function startSubscription(deps: {
  config: ConfigStore;
  records: RecordStore;
  onUpdated: () => Promise<void>;
}): { refresh(force?: boolean): Promise<RefreshResult> } {
  const alarms = browser.alarms as unknown as AlarmsLike;

  const run = async (force: boolean): Promise<RefreshResult> => {
    const policy = await readPolicy();
    const result = await refreshSubscription({ config: deps.config, records: deps.records, policy }, { force });
    if (result.status === 'updated') await deps.onUpdated().catch(() => undefined);
    // The interval or URL may have changed with the settings or the policy.
    try {
      const { settings } = await deps.config.getSettings();
      await ensureSubscriptionAlarm(alarms, settings, policy);
    } catch {
      // the alarm is re-synced on the next start
    }
    return result;
  };

  void scheduleSubscription({ alarms, config: deps.config, readPolicy, onAlarm: () => run(false) });
  browser.storage.onChanged.addListener((_changes, area) => {
    if (area === 'managed') void run(false).catch(() => undefined);
  });
  return { refresh: (force = false) => run(force) };
}
