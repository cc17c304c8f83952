import { type IDBPDatabase, type IDBPTransaction, openDB, type StoreNames } from 'idb';
import type { PGSchema } from './schema';

export const DB_NAME = 'publish-guard';
export const DB_VERSION = 2;

type UpgradeTx = IDBPTransaction<PGSchema, StoreNames<PGSchema>[], 'versionchange'>;

/**
 * Schema migrations, one per version. Each runs inside the upgrade transaction, in order, so an
 * install at any older version reaches the current one. Never edit a released migration; add one.
 */
export const MIGRATIONS: Record<number, (db: IDBPDatabase<PGSchema>, tx: UpgradeTx) => void> = {
  1: (db) => {
    const checks = db.createObjectStore('checks', { keyPath: 'id', autoIncrement: true });
    checks.createIndex('time', 'time');
    checks.createIndex('draftKey', 'draftKey');
    checks.createIndex('hash', 'hash');
    checks.createIndex('kind', 'kind');
    const signoffs = db.createObjectStore('signoffs', { keyPath: 'id', autoIncrement: true });
    signoffs.createIndex('time', 'time');
    signoffs.createIndex('hash', 'hash');
    signoffs.createIndex('draftKey', 'draftKey');
    signoffs.createIndex('reviewer', 'reviewer');
    const audit = db.createObjectStore('audit', { keyPath: 'id', autoIncrement: true });
    audit.createIndex('time', 'time');
    audit.createIndex('action', 'action');
    db.createObjectStore('dictionaries', { keyPath: 'id' });
    db.createObjectStore('compiled', { keyPath: 'version' });
    db.createObjectStore('settings', { keyPath: 'key' });
  },
  // v2: unique ids for merging imported exports without duplicates.
  2: (_db, tx) => {
    tx.objectStore('checks').createIndex('uid', 'uid');
    tx.objectStore('signoffs').createIndex('uid', 'uid');
    tx.objectStore('audit').createIndex('uid', 'uid');
  },
};

export class StoreError extends Error {
  override name = 'StoreError';
}

/** Turns IndexedDB failures into clear Chinese messages (quota, blocked upgrade, closed database). */
export function describeStoreError(err: unknown): string {
  const name = (err as { name?: string })?.name ?? '';
  if (name === 'QuotaExceededError') return '浏览器存储空间不足，记录未能保存。请在“历史记录”中导出并清理旧记录，或调整保留期限。';
  if (name === 'VersionError') return '数据库版本比当前扩展新，请升级“发布审校”扩展。';
  if (name === 'InvalidStateError') return '数据库连接已关闭（浏览器正在退出或扩展已更新），请刷新页面后重试。';
  if (name === 'AbortError') return '写入被中止，未保存任何更改。';
  if (err instanceof StoreError) return err.message;
  return `存储出错：${err instanceof Error ? err.message : String(err)}`;
}

let opening: Promise<IDBPDatabase<PGSchema>> | undefined;

/** Opens (and migrates) the extension-origin database. Only extension pages and the background call this. */
export function openStore(name = DB_NAME, version = DB_VERSION): Promise<IDBPDatabase<PGSchema>> {
  if (name === DB_NAME && version === DB_VERSION && opening) return opening;
  const p = openDB<PGSchema>(name, version, {
    upgrade(db, oldVersion, newVersion, tx) {
      for (let v = oldVersion + 1; v <= (newVersion ?? version); v++) MIGRATIONS[v]?.(db, tx);
    },
    blocked() {
      // Another page holds the old version open; it is asked to close below (versionchange).
    },
    blocking() {
      // A newer version wants to upgrade: let it.
      void p.then((db) => db.close());
      if (name === DB_NAME) opening = undefined;
    },
    terminated() {
      if (name === DB_NAME) opening = undefined;
    },
  }).catch((err) => {
    if (name === DB_NAME) opening = undefined;
    throw new StoreError(describeStoreError(err));
  });
  if (name === DB_NAME && version === DB_VERSION) opening = p;
  return p;
}

/** Runs `fn` and converts IndexedDB errors into StoreError with a clear message. */
export async function guarded<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (err) {
    if (err instanceof StoreError) throw err;
    throw new StoreError(describeStoreError(err));
  }
}

export function newUid(): string {
  const b = new Uint8Array(12);
  crypto.getRandomValues(b);
  return Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
}
