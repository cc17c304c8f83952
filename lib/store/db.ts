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

/** What went wrong, for callers that react differently (e.g. an export still runs when the disk is full). */
export type StoreErrorCode = 'quota' | 'version' | 'closed' | 'aborted' | 'blocked' | 'invalid' | 'other';

export class StoreError extends Error {
  override name = 'StoreError';
  constructor(
    message: string,
    readonly code: StoreErrorCode = 'other',
  ) {
    super(message);
  }
}

export const BLOCKED_MESSAGE =
  '数据库升级被另一个打开的“发布审校”页面（设置、历史记录或审核窗口）阻止。请关闭这些页面后刷新重试。';

export function storeErrorCode(err: unknown): StoreErrorCode {
  if (err instanceof StoreError) return err.code;
  const name = (err as { name?: string })?.name ?? '';
  if (name === 'QuotaExceededError') return 'quota';
  if (name === 'VersionError') return 'version';
  if (name === 'InvalidStateError') return 'closed';
  if (name === 'AbortError') return 'aborted';
  if (name === 'ZodError') return 'invalid';
  return 'other';
}

/** Turns IndexedDB failures into clear Chinese messages (quota, blocked upgrade, closed database). */
export function describeStoreError(err: unknown): string {
  if (err instanceof StoreError) return err.message;
  switch (storeErrorCode(err)) {
    case 'quota':
      return '浏览器存储空间不足，记录未能保存。请在“历史记录”中导出并清理旧记录，或调整保留期限。';
    case 'version':
      return '数据库版本比当前扩展新，请升级“发布审校”扩展。';
    case 'closed':
      return '数据库连接已关闭（浏览器正在退出或扩展已更新），请刷新页面后重试。';
    case 'aborted':
      return '写入被中止，未保存任何更改。';
    case 'invalid':
      return '记录格式不正确，未保存任何更改。';
    default:
      return `存储出错：${err instanceof Error ? err.message : String(err)}`;
  }
}

function toStoreError(err: unknown): StoreError {
  return err instanceof StoreError ? err : new StoreError(describeStoreError(err), storeErrorCode(err));
}

let opening: Promise<IDBPDatabase<PGSchema>> | undefined;

export interface OpenOptions {
  /**
   * How long an upgrade may wait for older connections to close before the caller gets a clear
   * "blocked" error instead of waiting forever.
   */
  blockedTimeoutMs?: number;
}

/** Opens (and migrates) the extension-origin database. Only extension pages and the background call this. */
export function openStore(
  name = DB_NAME,
  version = DB_VERSION,
  opts: OpenOptions = {},
): Promise<IDBPDatabase<PGSchema>> {
  const shared = name === DB_NAME && version === DB_VERSION;
  if (shared && opening) return opening;
  const forget = () => {
    if (shared && opening === p) opening = undefined;
  };
  let blockedTimer: ReturnType<typeof setTimeout> | undefined;
  let gaveUp = false;
  let rejectBlocked: (err: StoreError) => void = () => undefined;
  const blockedP = new Promise<never>((_, reject) => {
    rejectBlocked = reject;
  });
  const opened = openDB<PGSchema>(name, version, {
    upgrade(db, oldVersion, newVersion, tx) {
      for (let v = oldVersion + 1; v <= (newVersion ?? version); v++) MIGRATIONS[v]?.(db, tx);
    },
    blocked() {
      // Another connection holds the old version open and did not close on "versionchange".
      blockedTimer ??= setTimeout(() => {
        gaveUp = true;
        rejectBlocked(new StoreError(BLOCKED_MESSAGE, 'blocked'));
      }, opts.blockedTimeoutMs ?? 3000);
    },
    blocking(_current, _blocked, event) {
      // A newer version wants to upgrade: close synchronously so it is not blocked.
      (event.target as IDBDatabase | null)?.close();
      forget();
    },
    terminated() {
      forget();
    },
  }).then(
    (db) => {
      if (blockedTimer) clearTimeout(blockedTimer);
      // Opened after the caller was told it was blocked: nobody uses this connection.
      if (gaveUp) db.close();
      return db;
    },
    (err: unknown) => {
      if (blockedTimer) clearTimeout(blockedTimer);
      throw err;
    },
  );
  const p: Promise<IDBPDatabase<PGSchema>> = Promise.race([opened, blockedP]).catch((err: unknown) => {
    forget();
    throw toStoreError(err);
  });
  opened.catch(() => undefined);
  if (shared) opening = p;
  return p;
}

/** Runs `fn` and converts IndexedDB errors into StoreError with a clear message. */
export async function guarded<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (err) {
    throw toStoreError(err);
  }
}

export function newUid(): string {
  const b = new Uint8Array(12);
  crypto.getRandomValues(b);
  return Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
}
