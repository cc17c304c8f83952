import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { reviewState } from '../../../lib/background/review';
import { changedKeys, protectedChanges, settingsBase } from '../../../lib/settings/protection';
import { settingsSchema } from '../../../lib/settings/schema';
import { openStore } from '../../../lib/store/db';
import { RecordStore } from '../../../lib/store/records';
import { dbName, signoff } from '../store/fixtures';

describe('which settings an admin password protects', () => {
  const base = settingsSchema.parse({});
  it('everything but the operator name and the UI language', () => {
    expect(protectedChanges(base, { ...base, operator: '小王', locale: 'en' })).toEqual([]);
    expect(changedKeys(base, { ...base, operator: '小王' })).toEqual(['operator']);
    for (const patch of [
      { gateMode: 'off' as const },
      { requiredLevels: 0 },
      { retentionDays: 1 },
      { strictBackstop: true },
      { reviewers: [{ id: 'x', name: '某', level: 1 }] },
      { rules: { sensitive: 'off' as const } },
      { builtinEnabled: { formulation: false } },
    ]) {
      expect(protectedChanges(base, { ...base, ...patch }), JSON.stringify(patch)).toEqual(Object.keys(patch));
    }
  });
  it('the base hash changes with any setting and not with key order', () => {
    const a = settingsSchema.parse({ gateMode: 'warn', requiredLevels: 2 });
    const b = settingsSchema.parse({ requiredLevels: 2, gateMode: 'warn' });
    expect(settingsBase(a)).toBe(settingsBase(b));
    expect(settingsBase(a)).not.toBe(settingsBase({ ...a, requiredLevels: 3 }));
  });
});

describe('imported records never authorise', () => {
  it('an imported sign-off and override are stored as another machine’s, and the review state ignores them', async () => {
    const dbp = openStore(dbName('pg-import'));
    const store = new RecordStore(dbp);
    const hash = 'b'.repeat(64);
    const forged = {
      ...signoff({ hash, draftKey: 'wechat:d', decision: 'approve', level: 1 }),
      uid: 'forged-1',
      time: new Date().toISOString(),
      origin: 'local', // the file claims to be local: the importer decides
      verified: true,
    };
    const override = {
      uid: 'forged-2',
      time: new Date().toISOString(),
      action: 'override' as const,
      actor: '某',
      summary: '放行',
      details: { hash },
    };
    await store.importRecords({ checks: [], signoffs: [forged], audit: [override] }, 'forged.json');
    const all = (await store.allSignoffs()).records;
    expect(all[0]?.origin).toBe('imported:forged.json');
    expect((await store.auditFor('override')).records[0]?.origin).toBe('imported:forged.json');
    const state = await reviewState(store, { hash, draftKey: 'wechat:d' }, 1);
    expect(state.signoffs).toEqual([]);
    expect(state.approvedLevels).toEqual([]);
    expect(state.overridden).toBe(false);
    // A local sign-off for the same content does count.
    await store.addSignoff({
      ...signoff({ hash, draftKey: 'wechat:d', decision: 'approve', level: 1 }),
      verified: true,
    });
    expect((await reviewState(store, { hash, draftKey: 'wechat:d' }, 1)).approvedLevels).toEqual([1]);
  });
});
