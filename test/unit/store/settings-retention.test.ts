import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { runRetention } from '../../../lib/background/retention';
import { openStore } from '../../../lib/store/db';
import { RecordStore } from '../../../lib/store/records';
import { ConfigStore } from '../../../lib/store/settings-store';
import { audit, check, daysAgo, dbName, signoff } from './fixtures';

function stores() {
  const dbp = openStore(dbName());
  return { dbp, records: new RecordStore(dbp), config: new ConfigStore(dbp) };
}

describe('settings', () => {
  it('keeps the retention setting and falls back to defaults when the settings record is corrupt', async () => {
    const { dbp, config } = stores();
    expect((await config.getSettings()).settings.retentionDays).toBe(730);
    await config.updateSettings((s) => ({ ...s, retentionDays: 90 }));
    expect(await config.getSettings()).toMatchObject({ settings: { retentionDays: 90 }, corrupt: false });
    await (await dbp).put('settings', { key: 'settings', value: { retentionDays: 'forever' } });
    expect(await config.getSettings()).toMatchObject({ settings: { retentionDays: 730 }, corrupt: true });
    await expect(config.updateSettings((s) => ({ ...s, retentionDays: -1 }))).rejects.toMatchObject({
      name: 'StoreError',
    });
  });
});

describe('runRetention (background alarm)', () => {
  const now = new Date('2025-06-30T04:00:00.000Z');

  it('purges with settings.retentionDays and logs an audit record when something was removed', async () => {
    const { records, config } = stores();
    await config.updateSettings((s) => ({ ...s, retentionDays: 30 }));
    await records.addCheck(check({ uid: 'old', time: daysAgo(60, now) }));
    await records.addSignoff(signoff({ uid: 'old-s', time: daysAgo(45, now) }));
    await records.addCheck(check({ uid: 'new', time: daysAgo(2, now) }));
    expect(await runRetention({ records, config }, now)).toBe(1);
    expect((await records.allChecks()).records.map((c) => c.uid)).toEqual(['new']);
    // The sign-off (and its audit record) is younger than the 180-day floor.
    expect((await records.allSignoffs()).records.map((s) => s.uid)).toEqual(['old-s']);
    const log = (await records.auditFor('retention')).records;
    expect(log).toHaveLength(1);
    expect(log[0]).toMatchObject({ actor: '系统', details: { removed: 1, retentionDays: 30, floorDays: 180 } });
    expect(log[0]?.summary).toContain('30 天');

    // Nothing more to remove: no further audit record.
    expect(await runRetention({ records, config }, now)).toBe(0);
    expect((await records.auditFor('retention')).records).toHaveLength(1);
  });

  it('policy retentionDays wins over the setting and minRetentionDays raises the floor', async () => {
    const { records, config } = stores();
    await config.updateSettings((s) => ({ ...s, retentionDays: 1 }));
    await records.addCheck(check({ uid: 'c-10', time: daysAgo(10, now) }));
    await records.addCheck(check({ uid: 'c-100', time: daysAgo(100, now) }));
    await records.addAudit(audit({ uid: 'a-300', time: daysAgo(300, now) }));
    await records.addAudit(audit({ uid: 'a-500', time: daysAgo(500, now) }));
    const readPolicy = async () => ({ retentionDays: 60, minRetentionDays: 400 });
    expect(await runRetention({ records, config, readPolicy }, now)).toBe(2);
    expect((await records.allChecks()).records.map((c) => c.uid)).toEqual(['c-10']);
    const left = (await records.auditFor()).records;
    expect(left.map((a) => a.uid)).toContain('a-300');
    expect(left.map((a) => a.uid)).not.toContain('a-500');
    expect(left.find((a) => a.action === 'retention')).toMatchObject({
      details: { retentionDays: 60, floorDays: 400, fromPolicy: true },
    });
  });

  it('keeps everything when the retention is 0 (永久)', async () => {
    const { records, config } = stores();
    await config.updateSettings((s) => ({ ...s, retentionDays: 0 }));
    await records.addCheck(check({ time: daysAgo(3000, now) }));
    expect(await runRetention({ records, config }, now)).toBe(0);
    expect((await records.allChecks()).records).toHaveLength(1);
    expect((await records.auditFor()).records).toHaveLength(0);
  });
});
