import { browser } from 'wxt/browser';
import { codedSummary, msg } from '../i18n/ui-message';
import { effectiveRetention } from '../settings/resolve';
import type { Policy } from '../settings/schema';
import { RecordStore } from '../store/records';
import { ConfigStore } from '../store/settings-store';
import { readPolicy } from './policy';

/**
 * Daily purge of records past their retention (policy retentionDays, else settings.retentionDays; 0 keeps
 * everything). The review trail has a floor of at least 180 days: see lib/store/retention-rule.ts.
 */

const RETENTION_ALARM = 'pg-retention';
const DAY_MINUTES = 24 * 60;

export interface RetentionDeps {
  records: Pick<RecordStore, 'purgeOlderThan' | 'addAudit'>;
  config: Pick<ConfigStore, 'getSettings'>;
  readPolicy?: () => Promise<Policy | undefined>;
}

/** Purges once; writes an audit record when anything was removed. Returns how many records were removed. */
export async function runRetention(deps: RetentionDeps, now: Date = new Date()): Promise<number> {
  const [{ settings }, policy] = await Promise.all([deps.config.getSettings(), deps.readPolicy?.()]);
  const r = effectiveRetention(settings, policy);
  const days = r.days;
  const removed = await deps.records.purgeOlderThan(days, now, { minRetentionDays: r.minRetentionDays });
  if (removed > 0) {
    await deps.records.addAudit({
      action: 'retention',
      actor: '系统',
      ...codedSummary(msg('audit.retention', { days, floor: r.floorDays, removed })),
      details: { removed, retentionDays: days, floorDays: r.floorDays, fromPolicy: r.locked, trigger: 'alarm' },
      time: now.toISOString(),
    });
  }
  return removed;
}

/**
 * Registers the alarm listener (synchronously, so a woken service worker sees the alarm) and makes
 * sure the daily alarm exists; browsers may drop alarms on restart, so it is re-created when missing.
 */
export function scheduleRetention(deps?: RetentionDeps): void {
  const get = (): RetentionDeps => deps ?? { records: new RecordStore(), config: new ConfigStore(), readPolicy };
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name !== RETENTION_ALARM) return;
    runRetention(get()).catch((err: unknown) => console.warn('[publish-guard] retention purge failed:', err));
  });
  void browser.alarms
    .get(RETENTION_ALARM)
    .then((existing) => {
      if (!existing) return browser.alarms.create(RETENTION_ALARM, { delayInMinutes: 1, periodInMinutes: DAY_MINUTES });
    })
    .catch((err: unknown) => console.warn('[publish-guard] could not schedule the retention purge:', err));
}
