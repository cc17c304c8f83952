import { browser } from 'wxt/browser';
import { RecordStore } from '../store/records';
import { ConfigStore } from '../store/settings-store';

/** Daily purge of records older than settings.retentionDays (0 keeps everything). */

const RETENTION_ALARM = 'pg-retention';
const DAY_MINUTES = 24 * 60;

export interface RetentionDeps {
  records: Pick<RecordStore, 'purgeOlderThan' | 'addAudit'>;
  config: Pick<ConfigStore, 'getSettings'>;
}

/** Purges once; writes an audit record when anything was removed. Returns how many records were removed. */
export async function runRetention(deps: RetentionDeps, now: Date = new Date()): Promise<number> {
  const { settings } = await deps.config.getSettings();
  const days = settings.retentionDays;
  const removed = await deps.records.purgeOlderThan(days, now);
  if (removed > 0) {
    await deps.records.addAudit({
      action: 'retention',
      actor: '系统',
      summary: `自动清理超过保留期限（${days} 天）的记录 ${removed} 条`,
      details: { removed, retentionDays: days, trigger: 'alarm' },
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
  const get = (): RetentionDeps => deps ?? { records: new RecordStore(), config: new ConfigStore() };
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
