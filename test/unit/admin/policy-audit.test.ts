import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { auditPolicyProblems, type PolicyAuditDeps } from '../../../lib/background/policy';
import { parsePolicy } from '../../../lib/settings/policy-fields';
import { openStore } from '../../../lib/store/db';
import { RecordStore } from '../../../lib/store/records';
import { ConfigStore } from '../../../lib/store/settings-store';
import { dbName } from '../store/fixtures';

function stores() {
  const dbp = openStore(dbName());
  return { records: new RecordStore(dbp), config: new ConfigStore(dbp) };
}

/** A fresh process: empty in-memory state, same database. */
const worker = (s: ReturnType<typeof stores>): PolicyAuditDeps => ({ ...s, memory: {} });

describe('invalid policy keys are audited once per distinct set', () => {
  it('writes one record for a new set, none on repeated reads or restarts, one when it changes or is fixed', async () => {
    const s = stores();
    const bad = parsePolicy({ gateMode: 'maybe', requiredLevels: 2 }).invalid;
    const deps = worker(s);

    expect(await auditPolicyProblems(bad, deps)).toBe(true);
    expect(await auditPolicyProblems(bad, deps)).toBe(false);
    // A restarted service worker (nothing in memory) finds the fingerprint in the config store.
    expect(await auditPolicyProblems(bad, worker(s))).toBe(false);

    let log = (await s.records.auditFor('settings-change')).records;
    expect(log).toHaveLength(1);
    expect(log[0]).toMatchObject({ actor: '单位策略', details: { policy: true, invalid: [{ key: 'gateMode' }] } });
    expect(log[0]?.summary).toContain('gateMode');

    const worse = parsePolicy({ gateMode: 'maybe', retentionDays: -1 }).invalid;
    expect(await auditPolicyProblems(worse, deps)).toBe(true);
    expect(await auditPolicyProblems([], deps)).toBe(true);
    expect(await auditPolicyProblems([], worker(s))).toBe(false);

    log = (await s.records.auditFor('settings-change')).records;
    expect(log.map((r) => r.summary)).toEqual([
      expect.stringContaining('1 项无效'),
      expect.stringContaining('2 项无效'),
      '单位策略中的无效项已更正',
    ]);
  });

  it('a valid policy on a fresh install writes nothing', async () => {
    const s = stores();
    expect(await auditPolicyProblems([], worker(s))).toBe(false);
    expect((await s.records.auditFor()).records).toHaveLength(0);
  });
});
