import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';

/** chrome.storage.managed as the browser gives it (wxt/browser reads globalThis.chrome when loaded). */
const managed = vi.hoisted(() => {
  const state: { raw: Record<string, unknown>; fail: boolean } = { raw: {}, fail: false };
  (globalThis as { chrome?: unknown }).chrome = {
    storage: {
      managed: {
        get: async () => {
          if (state.fail) throw new Error('Managed storage is not available');
          return state.raw;
        },
      },
    },
  };
  return state;
});

const { readPolicy, readPolicyReport } = await import('../../../lib/background/policy');
const { RecordStore } = await import('../../../lib/store/records');

const policyAudits = async () =>
  (await new RecordStore().auditFor('settings-change')).records.filter((r) => r.details.policy === true);

describe('readPolicy with chrome.storage.managed', () => {
  it('applies the valid keys, reports the invalid ones, audits the set once', async () => {
    managed.raw = { gateMode: 'block', requiredLevels: 7, retentionDays: 365, strictBackstop: 'yes' };
    expect(await readPolicy()).toEqual({ gateMode: 'block', retentionDays: 365 });
    const report = await readPolicyReport();
    expect(report).toMatchObject({ unavailable: false, raw: managed.raw });
    expect(report.invalid.map((p) => p.key).sort()).toEqual(['requiredLevels', 'strictBackstop']);

    await vi.waitFor(async () => expect(await policyAudits()).toHaveLength(1));
    // The same set again: the in-memory fingerprint answers, nothing is written.
    const swap = vi.spyOn((await import('../../../lib/store/settings-store')).ConfigStore.prototype, 'swapMeta');
    for (let i = 0; i < 5; i++) await readPolicy();
    expect(swap).not.toHaveBeenCalled();
    expect(await policyAudits()).toHaveLength(1);
    swap.mockRestore();

    managed.raw = { gateMode: 'block' };
    expect(await readPolicy()).toEqual({ gateMode: 'block' });
    await vi.waitFor(async () => expect(await policyAudits()).toHaveLength(2));
    expect((await policyAudits())[1]!.summary).toBe('单位策略中的无效项已更正');
  });

  it('no managed storage: no policy, marked unavailable', async () => {
    managed.fail = true;
    expect(await readPolicy()).toBeUndefined();
    expect(await readPolicyReport()).toEqual({ raw: {}, invalid: [], unavailable: true });
    managed.fail = false;
  });
});
