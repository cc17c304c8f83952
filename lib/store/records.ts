import type { IDBPDatabase } from 'idb';
import type { z } from 'zod';
import { guarded, newUid, openStore } from './db';
import {
  type AuditRecord,
  auditRecordSchema,
  type CheckRecord,
  checkRecordSchema,
  type PGSchema,
  type SignoffRecord,
  signoffRecordSchema,
} from './schema';

type DB = IDBPDatabase<PGSchema>;
export type NewCheck = Omit<CheckRecord, 'id' | 'uid' | 'time'> & { time?: string; uid?: string };
export type NewSignoff = Omit<SignoffRecord, 'id' | 'uid' | 'time'> & { time?: string; uid?: string };
export type NewAudit = Omit<AuditRecord, 'id' | 'uid' | 'time' | 'details' | 'actor'> & {
  time?: string;
  uid?: string;
  actor?: string;
  details?: Record<string, unknown>;
};

/** Result of reading records: corrupt records are skipped and counted, never fatal. */
export interface ReadResult<T> {
  records: T[];
  skipped: number;
}

function validated<T>(schema: z.ZodType<T>, rows: unknown[]): ReadResult<T> {
  const records: T[] = [];
  let skipped = 0;
  for (const row of rows) {
    const r = schema.safeParse(row);
    if (r.success) records.push(r.data);
    else skipped++;
  }
  return { records, skipped };
}

export class RecordStore {
  constructor(private readonly dbp: Promise<DB> = openStore()) {}

  private db(): Promise<DB> {
    return this.dbp;
  }

  /** Adds a check record. A "latest" record replaces the previous latest of the same draft (one transaction). */
  addCheck(rec: NewCheck): Promise<number> {
    return guarded(async () => {
      const db = await this.db();
      const value = checkRecordSchema.parse({ ...rec, uid: rec.uid ?? newUid(), time: rec.time ?? new Date().toISOString() });
      const tx = db.transaction('checks', 'readwrite');
      if (value.kind === 'latest') {
        let cursor = await tx.store.index('draftKey').openCursor(value.draftKey);
        while (cursor) {
          if (cursor.value.kind === 'latest') await cursor.delete();
          cursor = await cursor.continue();
        }
      }
      const id = await tx.store.add(value);
      await tx.done;
      return id;
    });
  }

  addSignoff(rec: NewSignoff): Promise<number> {
    return guarded(async () => {
      const db = await this.db();
      const value = signoffRecordSchema.parse({ ...rec, uid: rec.uid ?? newUid(), time: rec.time ?? new Date().toISOString() });
      const tx = db.transaction(['signoffs', 'audit'], 'readwrite');
      const id = await tx.objectStore('signoffs').add(value);
      await tx.objectStore('audit').add(
        auditRecordSchema.parse({
          uid: newUid(),
          time: value.time,
          action: 'signoff',
          actor: value.reviewer,
          summary: `${value.reviewer}（${['', '初审', '复审', '终审'][value.level]}）${value.decision === 'approve' ? '签发' : '退回'}《${value.title || '无标题'}》`,
          details: { signoffId: id, hash: value.hash, decision: value.decision, level: value.level },
          draftKey: value.draftKey,
          account: value.account,
        }),
      );
      await tx.done;
      return id;
    });
  }

  addAudit(rec: NewAudit): Promise<number> {
    return guarded(async () => {
      const db = await this.db();
      return db.add(
        'audit',
        auditRecordSchema.parse({ details: {}, actor: '', ...rec, uid: rec.uid ?? newUid(), time: rec.time ?? new Date().toISOString() }),
      );
    });
  }

  signoffsForHash(hash: string): Promise<ReadResult<SignoffRecord>> {
    return guarded(async () => validated(signoffRecordSchema, await (await this.db()).getAllFromIndex('signoffs', 'hash', hash)));
  }

  signoffsForDraft(draftKey: string): Promise<ReadResult<SignoffRecord>> {
    return guarded(async () =>
      validated(signoffRecordSchema, await (await this.db()).getAllFromIndex('signoffs', 'draftKey', draftKey)),
    );
  }

  checksForDraft(draftKey: string): Promise<ReadResult<CheckRecord>> {
    return guarded(async () => validated(checkRecordSchema, await (await this.db()).getAllFromIndex('checks', 'draftKey', draftKey)));
  }

  auditFor(action?: string): Promise<ReadResult<AuditRecord>> {
    return guarded(async () => {
      const db = await this.db();
      const rows = action ? await db.getAllFromIndex('audit', 'action', action) : await db.getAll('audit');
      return validated(auditRecordSchema, rows);
    });
  }

  allChecks(): Promise<ReadResult<CheckRecord>> {
    return guarded(async () => validated(checkRecordSchema, await (await this.db()).getAll('checks')));
  }

  allSignoffs(): Promise<ReadResult<SignoffRecord>> {
    return guarded(async () => validated(signoffRecordSchema, await (await this.db()).getAll('signoffs')));
  }

  /** Deletes records older than `days` days (0 keeps everything); returns how many were removed. */
  purgeOlderThan(days: number, now = new Date()): Promise<number> {
    if (days <= 0) return Promise.resolve(0);
    const cutoff = new Date(now.getTime() - days * 86_400_000).toISOString();
    return guarded(async () => {
      const db = await this.db();
      const tx = db.transaction(['checks', 'signoffs', 'audit'], 'readwrite');
      let removed = 0;
      for (const name of ['checks', 'signoffs', 'audit'] as const) {
        let cursor = await tx.objectStore(name).index('time').openCursor(IDBKeyRange.upperBound(cutoff, true));
        while (cursor) {
          await cursor.delete();
          removed++;
          cursor = await cursor.continue();
        }
      }
      await tx.done;
      return removed;
    });
  }

  /** Merges exported records; records whose uid already exists are skipped. All-or-nothing. */
  importRecords(data: { checks: CheckRecord[]; signoffs: SignoffRecord[]; audit: AuditRecord[] }): Promise<{
    added: number;
    duplicates: number;
  }> {
    return guarded(async () => {
      const db = await this.db();
      const tx = db.transaction(['checks', 'signoffs', 'audit'], 'readwrite');
      let added = 0;
      let duplicates = 0;
      const put = async (name: 'checks' | 'signoffs' | 'audit', rows: Array<{ uid: string; id?: number }>) => {
        const store = tx.objectStore(name);
        for (const row of rows) {
          if (await store.index('uid').getKey(row.uid)) {
            duplicates++;
            continue;
          }
          const { id: _drop, ...rest } = row;
          await (store as unknown as { add(v: unknown): Promise<unknown> }).add(rest);
          added++;
        }
      };
      await put('checks', data.checks);
      await put('signoffs', data.signoffs);
      await put('audit', data.audit);
      await tx.done;
      return { added, duplicates };
    });
  }
}
