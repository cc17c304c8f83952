import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { BLOCKED_MESSAGE, DB_VERSION, describeStoreError, openStore, StoreError } from '../../../lib/store/db';
import { RecordStore } from '../../../lib/store/records';
import { audit, check, dbName, signoff } from './fixtures';

function rawOpen(name: string, version?: number): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = version === undefined ? indexedDB.open(name) : indexedDB.open(name, version);
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

describe('migrations', () => {
  it('upgrades a version 1 database to the current version with the data intact', async () => {
    const name = dbName();
    const v1 = openStore(name, 1);
    const db1 = await v1;
    expect(db1.version).toBe(1);
    expect([...db1.transaction('checks').store.indexNames]).not.toContain('uid');
    const old = new RecordStore(v1);
    await old.addCheck(check({ uid: 'check-1' }));
    await old.addCheck(check({ kind: 'latest', uid: 'latest-1' }));
    await old.addSignoff(signoff({ uid: 'signoff-1' }));
    await old.addAudit(audit({ uid: 'audit-1' }));
    db1.close();

    const current = openStore(name, DB_VERSION);
    const db = await current;
    expect(db.version).toBe(DB_VERSION);
    const store = new RecordStore(current);
    const checks = await store.allChecks();
    expect(checks.skipped).toBe(0);
    expect(checks.records.map((c) => c.uid).sort()).toEqual(['check-1', 'latest-1']);
    expect((await store.allSignoffs()).records.map((s) => s.uid)).toEqual(['signoff-1']);
    // The audit log has the sign-off entry written with the sign-off, and the explicit one.
    expect((await store.auditFor()).records.map((a) => a.action).sort()).toEqual(['ignore', 'signoff']);

    // The uid indexes added by migration 2 cover records written before it.
    expect(await db.getKeyFromIndex('checks', 'uid', 'check-1')).toBeTypeOf('number');
    expect(await db.getKeyFromIndex('signoffs', 'uid', 'signoff-1')).toBeTypeOf('number');
    expect(await db.getKeyFromIndex('audit', 'uid', 'audit-1')).toBeTypeOf('number');
    const again = await store.importRecords({
      checks: checks.records,
      signoffs: (await store.allSignoffs()).records,
      audit: (await store.auditFor()).records,
    });
    expect(again).toEqual({ added: 0, duplicates: 5 });
    db.close();
  });

  it('reports a database newer than the extension with a clear message', async () => {
    const name = dbName();
    (await openStore(name, DB_VERSION)).close();
    const err = await openStore(name, 1).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StoreError);
    expect((err as StoreError).code).toBe('version');
    expect((err as StoreError).message).toContain('请升级');
  });
});

describe('blocked upgrades', () => {
  it('closes its own old connection so an upgrade is not blocked', async () => {
    const name = dbName();
    const old = await openStore(name, 1);
    await new RecordStore(Promise.resolve(old)).addCheck(check({ uid: 'kept' }));
    const db = await openStore(name, DB_VERSION);
    expect(db.version).toBe(DB_VERSION);
    expect((await new RecordStore(Promise.resolve(db)).allChecks()).records.map((c) => c.uid)).toEqual(['kept']);
    db.close();
  });

  it('gives a clear error when another connection will not close, and recovers once it does', async () => {
    const name = dbName();
    const v1 = await openStore(name, 1);
    await new RecordStore(Promise.resolve(v1)).addCheck(check({ uid: 'kept' }));
    v1.close();
    const stubborn = await rawOpen(name); // no versionchange handler: never closes by itself

    const err = await openStore(name, DB_VERSION, { blockedTimeoutMs: 20 }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StoreError);
    expect((err as StoreError).code).toBe('blocked');
    expect((err as StoreError).message).toBe(BLOCKED_MESSAGE);
    expect((err as StoreError).message).toContain('请关闭这些页面');

    stubborn.close();
    const db = await openStore(name, DB_VERSION);
    expect(db.version).toBe(DB_VERSION);
    expect((await new RecordStore(Promise.resolve(db)).allChecks()).records.map((c) => c.uid)).toEqual(['kept']);
    db.close();
  });
});

describe('describeStoreError', () => {
  it('explains quota, closed database and aborted writes in Chinese', () => {
    expect(describeStoreError(new DOMException('x', 'QuotaExceededError'))).toContain('存储空间不足');
    expect(describeStoreError(new DOMException('x', 'InvalidStateError'))).toContain('请刷新页面');
    expect(describeStoreError(new DOMException('x', 'AbortError'))).toContain('未保存任何更改');
    expect(describeStoreError(new Error('boom'))).toBe('存储出错：boom');
  });
});
