import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { countPurgeable, retentionPlan } from '../../../lib/settings/retention-rule';
import { openStore, StoreError } from '../../../lib/store/db';
import { RecordStore } from '../../../lib/store/records';
import type { CheckRecord } from '../../../lib/store/schema';
import { audit, check, daysAgo, dbName, signoff } from './fixtures';

function fresh() {
  const dbp = openStore(dbName());
  return { dbp, store: new RecordStore(dbp) };
}

/** Everything in the three record stores, for all-or-nothing comparisons. */
async function snapshot(dbp: ReturnType<typeof openStore>) {
  const db = await dbp;
  return { checks: await db.getAll('checks'), signoffs: await db.getAll('signoffs'), audit: await db.getAll('audit') };
}

const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

afterEach(() => {
  vi.restoreAllMocks();
});

describe('latest check records', () => {
  it('keeps one "latest" record per draft, replacing the previous one', async () => {
    const { store } = fresh();
    await store.addCheck(check({ kind: 'latest', uid: 'l1', time: daysAgo(3) }));
    await store.addCheck(check({ kind: 'check', uid: 'c1' }));
    await store.addCheck(check({ kind: 'latest', uid: 'l2', time: daysAgo(2) }));
    await store.addCheck(check({ kind: 'latest', uid: 'other', draftKey: 'wechat:draft-2' }));
    const d1 = (await store.checksForDraft('wechat:draft-1')).records;
    expect(d1.map((c) => c.uid).sort()).toEqual(['c1', 'l2']);
    expect((await store.checksForDraft('wechat:draft-2')).records.map((c) => c.uid)).toEqual(['other']);
  });

  it('replaces the previous latest in the same transaction: a failed add leaves the old one', async () => {
    const { dbp, store } = fresh();
    await store.addCheck(check({ kind: 'latest', uid: 'l1' }));
    vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(() => {
      throw quota();
    });
    await expect(store.addCheck(check({ kind: 'latest', uid: 'l2' }))).rejects.toBeInstanceOf(StoreError);
    vi.restoreAllMocks();
    expect((await snapshot(dbp)).checks.map((c) => c.uid)).toEqual(['l1']);
  });
});

describe('corrupt records', () => {
  it('are skipped and counted, never fatal', async () => {
    const { dbp, store } = fresh();
    await store.addCheck(check({ uid: 'good' }));
    await store.addSignoff(signoff({ uid: 'good-s' }));
    const db = await dbp;
    await db.put('checks', { kind: 'check', title: 'no hash, no counts' } as unknown as CheckRecord);
    const { id: _id, ...good } = (await db.getAll('checks'))[0]!;
    await db.put('checks', { ...good, uid: 'bad', platform: 'myspace' } as unknown as CheckRecord);
    await db.put('signoffs', { uid: 'bad-s', level: 9 } as never);
    await db.put('audit', { uid: 'bad-a', action: 'explode', time: 1 } as never);

    const checks = await store.allChecks();
    expect(checks.records.map((c) => c.uid)).toEqual(['good']);
    expect(checks.skipped).toBe(2);
    const signoffs = await store.allSignoffs();
    expect(signoffs.records.map((s) => s.uid)).toEqual(['good-s']);
    expect(signoffs.skipped).toBe(1);
    const log = await store.auditFor();
    expect(log.records.map((a) => a.action)).toEqual(['signoff']);
    expect(log.skipped).toBe(1);
    expect((await store.checksForDraft('wechat:draft-1')).skipped).toBe(1);
  });
});

describe('quota errors', () => {
  it('become a StoreError with the Chinese quota message', async () => {
    const { store } = fresh();
    vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(() => {
      throw quota();
    });
    const err = await store.addCheck(check()).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StoreError);
    expect((err as StoreError).code).toBe('quota');
    expect((err as StoreError).message).toBe(
      '浏览器存储空间不足，记录未能保存。请在“历史记录”中导出并清理旧记录，或调整保留期限。',
    );
    await expect(store.addAudit(audit())).rejects.toThrow('存储空间不足');
  });

  it('a sign-off and its audit entry are written together or not at all', async () => {
    const { dbp, store } = fresh();
    const original = IDBObjectStore.prototype.add;
    vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(function (this: IDBObjectStore, ...args) {
      if (this.name === 'audit') throw quota();
      return original.apply(this, args);
    });
    await expect(store.addSignoff(signoff())).rejects.toThrow('存储空间不足');
    vi.restoreAllMocks();
    expect(await snapshot(dbp)).toEqual({ checks: [], signoffs: [], audit: [] });
    await store.addSignoff(signoff());
    const after = await snapshot(dbp);
    expect(after.signoffs).toHaveLength(1);
    expect(after.audit).toHaveLength(1);
    expect(after.audit[0]?.summary).toContain('张三（初审）签发');
  });
});

describe('importRecords', () => {
  async function exported() {
    const { store } = fresh();
    await store.addCheck(check({ uid: 'c1', time: daysAgo(1) }));
    await store.addCheck(check({ uid: 'c2', kind: 'publish', outcome: 'blocked', time: daysAgo(1) }));
    await store.addSignoff(signoff({ uid: 's1' }));
    await store.addAudit(audit({ uid: 'a1' }));
    return {
      checks: (await store.allChecks()).records,
      signoffs: (await store.allSignoffs()).records,
      audit: (await store.auditFor()).records,
    };
  }

  it('merges without duplicates', async () => {
    const data = await exported();
    const { dbp, store } = fresh();
    await store.addCheck(check({ uid: 'local' }));
    expect(await store.importRecords(data)).toEqual({ added: 5, duplicates: 0 });
    expect(await store.importRecords(data)).toEqual({ added: 0, duplicates: 5 });
    const all = await snapshot(dbp);
    expect(all.checks.map((c) => c.uid).sort()).toEqual(['c1', 'c2', 'local']);
    expect(all.signoffs.map((s) => s.uid)).toEqual(['s1']);
    expect(all.audit).toHaveLength(2);
    // Local ids are re-assigned, never taken from the file.
    expect(new Set(all.checks.map((c) => c.id)).size).toBe(3);
  });

  it('skips records repeated within one file', async () => {
    const data = await exported();
    const { store } = fresh();
    expect(await store.importRecords({ ...data, checks: [...data.checks, ...data.checks] })).toEqual({
      added: 5,
      duplicates: 2,
    });
  });

  it('keeps only the newer "latest" state of a draft', async () => {
    const { dbp, store } = fresh();
    await store.addCheck(check({ kind: 'latest', uid: 'local-latest', time: daysAgo(5) }));
    const incoming = {
      ...check({ kind: 'latest', time: daysAgo(1) }),
      uid: 'imported-latest',
      findings: [],
    } as CheckRecord;
    const older = { ...incoming, uid: 'older-latest', draftKey: 'wechat:draft-9', time: daysAgo(9) } as CheckRecord;
    await store.addCheck(check({ kind: 'latest', uid: 'newer-local', draftKey: 'wechat:draft-9', time: daysAgo(2) }));
    expect(await store.importRecords({ checks: [incoming, older], signoffs: [], audit: [] })).toEqual({
      added: 1,
      duplicates: 1,
    });
    const latest = (await snapshot(dbp)).checks.filter((c) => c.kind === 'latest').map((c) => c.uid);
    expect(latest.sort()).toEqual(['imported-latest', 'newer-local']);
  });

  it('is all-or-nothing when a write fails mid-way (synchronous error)', async () => {
    const data = await exported();
    const { dbp, store } = fresh();
    await store.addCheck(check({ uid: 'local' }));
    const before = await snapshot(dbp);
    const original = IDBObjectStore.prototype.add;
    let calls = 0;
    vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(function (this: IDBObjectStore, ...args) {
      if (++calls === 3) throw quota();
      return original.apply(this, args);
    });
    await expect(store.importRecords(data)).rejects.toBeInstanceOf(StoreError);
    vi.restoreAllMocks();
    expect(calls).toBe(3);
    expect(await snapshot(dbp)).toEqual(before);
  });

  it('is all-or-nothing when a write fails mid-way (failed request)', async () => {
    const data = await exported();
    const { dbp, store } = fresh();
    const localId = await store.addCheck(check({ uid: 'local' }));
    const before = await snapshot(dbp);
    const original = IDBObjectStore.prototype.add;
    let calls = 0;
    vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(function (this: IDBObjectStore, value, key) {
      // The second check collides with an existing key: the request fails asynchronously.
      if (++calls === 2) return original.call(this, { ...(value as object), id: localId }, key);
      return original.call(this, value, key);
    });
    await expect(store.importRecords(data)).rejects.toBeInstanceOf(StoreError);
    vi.restoreAllMocks();
    expect(calls).toBe(2);
    expect(await snapshot(dbp)).toEqual(before);
  });

  it('rejects an invalid record before writing anything', async () => {
    const data = await exported();
    const { dbp, store } = fresh();
    const bad = { ...data, signoffs: [{ ...data.signoffs[0]!, level: 7 }] };
    await expect(store.importRecords(bad)).rejects.toMatchObject({ name: 'StoreError', code: 'invalid' });
    expect(await snapshot(dbp)).toEqual({ checks: [], signoffs: [], audit: [] });
  });
});

describe('purgeOlderThan', () => {
  const now = new Date('2025-06-30T04:00:00.000Z');
  const H = (c: string) => c.repeat(64);
  /** A publish attempt of the draft with this hash that went through. */
  const published = (draftKey: string, hash: string, age: number, outcome: 'allowed' | 'overridden' = 'allowed') =>
    check({ kind: 'publish', outcome, draftKey, hash, uid: `p-${draftKey}-${age}`, time: daysAgo(age, now) });

  it('removes check records older than the period, keeps the review trail at least 180 days', async () => {
    const { dbp, store } = fresh();
    for (const [age, tag] of [
      [1, 'new'],
      [29, 'edge'],
      [31, 'old'],
      [400, 'ancient'],
    ] as const) {
      await store.addCheck(check({ uid: `c-${tag}`, time: daysAgo(age, now) }));
      await store.addAudit(audit({ uid: `a-${tag}`, time: daysAgo(age, now) }));
    }
    expect(await store.purgeOlderThan(0, now)).toBe(0);
    expect(await store.purgeOlderThan(-5, now)).toBe(0);
    // 2 old checks + the audit record past the 180-day floor.
    expect(await store.purgeOlderThan(30, now)).toBe(3);
    const left = await snapshot(dbp);
    expect(left.checks.map((c) => c.uid).sort()).toEqual(['c-edge', 'c-new']);
    expect(left.audit.map((a) => a.uid).sort()).toEqual(['a-edge', 'a-new', 'a-old']);
    expect(await store.purgeOlderThan(30, now)).toBe(0);
    // Even a 1-day retention leaves audit records younger than 180 days.
    await store.purgeOlderThan(1, now);
    expect((await snapshot(dbp)).audit.map((a) => a.uid).sort()).toEqual(['a-edge', 'a-new', 'a-old']);
  });

  it('never purges a sign-off whose draft was not published (same draftKey and hash)', async () => {
    const { dbp, store } = fresh();
    await store.addSignoff(signoff({ uid: 's-unpublished', draftKey: 'd1', hash: H('a'), time: daysAgo(3000, now) }));
    // Published, but another version of the draft: the signed version itself was never published.
    await store.addSignoff(signoff({ uid: 's-other-version', draftKey: 'd2', hash: H('b'), time: daysAgo(900, now) }));
    await store.addCheck(published('d2', H('c'), 890));
    // A blocked attempt is no publication.
    await store.addSignoff(signoff({ uid: 's-blocked', draftKey: 'd3', hash: H('d'), time: daysAgo(900, now) }));
    await store.addCheck(
      check({ kind: 'publish', outcome: 'blocked', draftKey: 'd3', hash: H('d'), time: daysAgo(890, now) }),
    );
    // Published (overridden counts): purged after the floor.
    await store.addSignoff(signoff({ uid: 's-published', draftKey: 'd4', hash: H('e'), time: daysAgo(900, now) }));
    await store.addCheck(published('d4', H('e'), 890, 'overridden'));
    // Published but younger than the floor: kept.
    await store.addSignoff(signoff({ uid: 's-recent', draftKey: 'd5', hash: H('f'), time: daysAgo(100, now) }));
    await store.addCheck(published('d5', H('f'), 99));

    await store.purgeOlderThan(30, now);
    const left = await snapshot(dbp);
    expect(left.signoffs.map((s) => s.uid).sort()).toEqual([
      's-blocked',
      's-other-version',
      's-recent',
      's-unpublished',
    ]);
    // Publish records that went through are part of the trail (180 days); the blocked attempt went after 30.
    expect(left.checks.map((c) => c.uid).sort()).toEqual(['p-d5-99']);
  });

  it('an imported publish record does not make a local sign-off purgeable (and vice versa)', async () => {
    const { dbp, store } = fresh();
    await store.addSignoff(signoff({ uid: 's-local', draftKey: 'd1', hash: H('a'), time: daysAgo(900, now) }));
    await store.addCheck({ ...published('d1', H('a'), 890), origin: 'imported:other.json' });
    await store.addSignoff(
      signoff({ uid: 's-imported', draftKey: 'd2', hash: H('b'), time: daysAgo(900, now), origin: 'imported:x.json' }),
    );
    await store.addCheck(published('d2', H('b'), 890));
    // Same import: its own publish record proves its sign-off published.
    await store.addSignoff(
      signoff({
        uid: 's-same-import',
        draftKey: 'd3',
        hash: H('c'),
        time: daysAgo(900, now),
        origin: 'imported:y.json',
      }),
    );
    await store.addCheck({ ...published('d3', H('c'), 890), origin: 'imported:y.json' });
    await store.purgeOlderThan(30, now);
    expect((await snapshot(dbp)).signoffs.map((s) => s.uid).sort()).toEqual(['s-imported', 's-local']);
  });

  it('policy minRetentionDays raises the floor; nothing lowers it', async () => {
    const { dbp, store } = fresh();
    await store.addAudit(audit({ uid: 'a-100', time: daysAgo(100, now) }));
    await store.addAudit(audit({ uid: 'a-200', time: daysAgo(200, now) }));
    await store.addAudit(audit({ uid: 'a-500', time: daysAgo(500, now) }));
    expect(await store.purgeOlderThan(30, now, { minRetentionDays: 365 })).toBe(1);
    expect((await snapshot(dbp)).audit.map((a) => a.uid)).toEqual(['a-100', 'a-200']);
    // A lower minRetentionDays still leaves the 180-day floor.
    expect(await store.purgeOlderThan(30, now, { minRetentionDays: 10 })).toBe(1);
    expect((await snapshot(dbp)).audit.map((a) => a.uid)).toEqual(['a-100']);
  });
});

describe('the history page preview counts what the store purges', () => {
  it('countPurgeable agrees with purgeOlderThan on mixed records', async () => {
    const now = new Date('2025-06-30T04:00:00.000Z');
    let seed = 7;
    const rand = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    for (const [days, min] of [
      [30, undefined],
      [1, 365],
      [400, undefined],
    ] as const) {
      const { dbp, store } = fresh();
      for (let i = 0; i < 60; i++) {
        const draftKey = `d${rand(6)}`;
        const hash = String(rand(3)).repeat(64);
        const kind = (['check', 'publish', 'latest'] as const)[rand(3)]!;
        const outcome = kind === 'publish' ? (['blocked', 'allowed', 'overridden'] as const)[rand(3)] : undefined;
        await store.addCheck(check({ kind, outcome, draftKey, hash, time: daysAgo(rand(900), now) }));
        if (rand(2)) await store.addSignoff(signoff({ draftKey, hash, time: daysAgo(rand(900), now) }));
        if (rand(2)) await store.addAudit(audit({ time: daysAgo(rand(900), now) }));
      }
      const before = await snapshot(dbp);
      const expected = countPurgeable(retentionPlan(days, min, now), before);
      expect(expected, `days ${days}`).toBeGreaterThan(0);
      expect(await store.purgeOlderThan(days, now, { minRetentionDays: min })).toBe(expected);
    }
  });
});
