import type { IDBPDatabase } from 'idb';
import { loadSettings } from '../settings/migrate';
import { SETTINGS_VERSION, type Settings, settingsSchema } from '../settings/schema';
import { guarded, openStore } from './db';
import type { CompiledCache, PGSchema, StoredDictionary } from './schema';

type DB = IDBPDatabase<PGSchema>;

/** Key of the copy of a settings record that had problems, kept when it is first rewritten. */
export const SETTINGS_BACKUP = 'settings-backup';

/** Settings, custom dictionaries and the compiled-automaton cache, all in the extension origin. */
export class ConfigStore {
  constructor(private readonly dbp: Promise<DB> = openStore()) {}

  /**
   * Current settings, migrated to this version. A record that fails validation is never silently replaced:
   * valid fields are kept, invalid ones fall back to defaults and are named in `problems` (`corrupt` is true).
   */
  getSettings(): Promise<{ settings: Settings; corrupt: boolean; problems: string[]; migrated: boolean }> {
    return guarded(async () => {
      const row = await (await this.dbp).get('settings', 'settings');
      const r = loadSettings(row?.value);
      return { settings: r.settings, corrupt: r.problems.length > 0, problems: r.problems, migrated: r.migrated };
    });
  }

  /**
   * Applies `change` to the current settings in one transaction (read-modify-write). Before a record with
   * problems is rewritten, the original is kept under `settings-backup` so nothing an admin entered is lost.
   * A record from a newer version of the extension is not overwritten (its new fields would be lost).
   */
  updateSettings(change: (s: Settings) => Settings): Promise<Settings> {
    return guarded(async () => {
      const db = await this.dbp;
      const tx = db.transaction('settings', 'readwrite');
      const row = await tx.store.get('settings');
      const loaded = loadSettings(row?.value);
      if (loaded.newer) {
        tx.abort();
        await tx.done.catch(() => undefined);
        throw new Error('设置由更新版本的扩展写入，本版本不能修改；请更新扩展。');
      }
      if (loaded.problems.length && !(await tx.store.get(SETTINGS_BACKUP))) {
        await tx.store.put({
          key: SETTINGS_BACKUP,
          value: { savedAt: new Date().toISOString(), problems: loaded.problems, record: row?.value },
        });
      }
      const next = settingsSchema.parse({ ...change(loaded.settings), schemaVersion: SETTINGS_VERSION });
      await tx.store.put({ key: 'settings', value: next });
      await tx.done;
      return next;
    });
  }

  /**
   * Stores a small bookkeeping value next to the settings (never under the key "settings") and returns
   * the previous one, in one transaction: of two concurrent callers only one sees the old value.
   */
  swapMeta(key: string, value: unknown): Promise<unknown> {
    if (key === 'settings') return Promise.reject(new Error('reserved key'));
    return guarded(async () => {
      const db = await this.dbp;
      const tx = db.transaction('settings', 'readwrite');
      const previous = (await tx.store.get(key))?.value;
      await tx.store.put({ key, value });
      await tx.done;
      return previous;
    });
  }

  /** Another record of the settings store (e.g. "security": failed-attempt counters), or undefined. */
  getValue(key: string): Promise<unknown> {
    return guarded(async () => (await (await this.dbp).get('settings', key))?.value);
  }

  /** Read-modify-write of another record of the settings store, in one transaction. */
  updateValue(key: string, change: (value: unknown) => unknown): Promise<void> {
    return guarded(async () => {
      const db = await this.dbp;
      const tx = db.transaction('settings', 'readwrite');
      const row = await tx.store.get(key);
      await tx.store.put({ key, value: change(row?.value) });
      await tx.done;
    });
  }

  listDictionaries(): Promise<StoredDictionary[]> {
    return guarded(async () => (await this.dbp).getAll('dictionaries'));
  }

  getDictionary(id: string): Promise<StoredDictionary | undefined> {
    return guarded(async () => (await this.dbp).get('dictionaries', id));
  }

  putDictionary(d: StoredDictionary): Promise<void> {
    return guarded(async () => {
      await (await this.dbp).put('dictionaries', d);
    });
  }

  /** Replaces several dictionaries at once (a subscription bundle): all or nothing. */
  replaceDictionaries(origin: StoredDictionary['origin'], next: StoredDictionary[]): Promise<void> {
    return guarded(async () => {
      const db = await this.dbp;
      const tx = db.transaction('dictionaries', 'readwrite');
      for (const d of await tx.store.getAll()) if (d.origin === origin) await tx.store.delete(d.id);
      for (const d of next) await tx.store.put(d);
      await tx.done;
    });
  }

  deleteDictionary(id: string): Promise<void> {
    return guarded(async () => (await this.dbp).delete('dictionaries', id));
  }

  getCompiled(version: string): Promise<CompiledCache | undefined> {
    return guarded(async () => (await this.dbp).get('compiled', version));
  }

  /** Stores a compiled automaton and drops older ones (only the active version is kept). */
  putCompiled(entry: CompiledCache): Promise<void> {
    return guarded(async () => {
      const db = await this.dbp;
      const tx = db.transaction('compiled', 'readwrite');
      for (const k of await tx.store.getAllKeys()) if (k !== entry.version) await tx.store.delete(k);
      await tx.store.put(entry);
      await tx.done;
    });
  }
}
