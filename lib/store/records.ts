import type { IDBPDatabase } from 'idb';
import type { z } from 'zod';
import { codedSummary, type MessageCode, msg } from '../i18n/ui-message';
import {
  checkPurgeable,
  isPublishProof,
  publishKey,
  retentionPlan,
  signoffPurgeable,
} from '../settings/retention-rule';
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

/**
 * Runs the body of a write transaction; on any error (a request failing, or an exception thrown
 * synchronously such as DataCloneError) the transaction is aborted so nothing of it is written.
 */
async function atomically<T>(tx: { abort(): void; done: Promise<void> }, body: () => Promise<T>): Promise<T> {
  try {
    const result = await body();
    await tx.done;
    return result;
  } catch (err) {
    tx.done.catch(() => undefined);
    try {
      tx.abort();
    } catch {
      // Already aborted or finished.
    }
    throw err;
  }
}

export interface ImportData {
  checks: CheckRecord[];
  signoffs: SignoffRecord[];
  audit: AuditRecord[];
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
      const value = checkRecordSchema.parse({
        ...rec,
        uid: rec.uid ?? newUid(),
        time: rec.time ?? new Date().toISOString(),
      });
      const tx = db.transaction('checks', 'readwrite');
      return atomically(tx, async () => {
        if (value.kind === 'latest') {
          let cursor = await tx.store.index('draftKey').openCursor(value.draftKey);
          while (cursor) {
            if (cursor.value.kind === 'latest') await cursor.delete();
            cursor = await cursor.continue();
          }
        }
        return tx.store.add(value);
      });
    });
  }

  addSignoff(rec: NewSignoff): Promise<number> {
    return guarded(async () => {
      const db = await this.db();
      const value = signoffRecordSchema.parse({
        ...rec,
        uid: rec.uid ?? newUid(),
        time: rec.time ?? new Date().toISOString(),
      });
      const tx = db.transaction(['signoffs', 'audit'], 'readwrite');
      return atomically(tx, async () => {
        const id = await tx.objectStore('signoffs').add(value);
        await tx.objectStore('audit').add(
          auditRecordSchema.parse({
            uid: newUid(),
            time: value.time,
            action: 'signoff',
            actor: value.reviewer,
            ...codedSummary(
              msg(value.decision === 'approve' ? 'audit.signoff-approve' : 'audit.signoff-reject', {
                reviewer: value.reviewer,
                level: msg(`level.${value.level}` as MessageCode),
                title: value.title || msg('audit.untitled'),
              }),
            ),
            details: { signoffId: id, hash: value.hash, decision: value.decision, level: value.level },
            draftKey: value.draftKey,
            account: value.account,
          }),
        );
        return id;
      });
    });
  }

  addAudit(rec: NewAudit): Promise<number> {
    return guarded(async () => {
      const db = await this.db();
      return db.add(
        'audit',
        auditRecordSchema.parse({
          details: {},
          actor: '',
          ...rec,
          uid: rec.uid ?? newUid(),
          time: rec.time ?? new Date().toISOString(),
        }),
      );
    });
  }

  signoffsForHash(hash: string): Promise<ReadResult<SignoffRecord>> {
    return guarded(async () =>
      validated(signoffRecordSchema, await (await this.db()).getAllFromIndex('signoffs', 'hash', hash)),
    );
  }

  signoffsForDraft(draftKey: string): Promise<ReadResult<SignoffRecord>> {
    return guarded(async () =>
      validated(signoffRecordSchema, await (await this.db()).getAllFromIndex('signoffs', 'draftKey', draftKey)),
    );
  }

  checksForDraft(draftKey: string): Promise<ReadResult<CheckRecord>> {
    return guarded(async () =>
      validated(checkRecordSchema, await (await this.db()).getAllFromIndex('checks', 'draftKey', draftKey)),
    );
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

  /**
   * Deletes records past their retention (lib/store/retention-rule.ts): check records older than
   * `days` days (0 keeps everything); sign-offs, publish records that went through and the audit log
   * only after the floor (at least 180 days, `minRetentionDays` may raise it), and a sign-off only
   * once its draft was published. Returns how many records were removed.
   */
  purgeOlderThan(days: number, now = new Date(), opts: { minRetentionDays?: number } = {}): Promise<number> {
    const plan = retentionPlan(days, opts.minRetentionDays, now);
    if (plan.keepAll) return Promise.resolve(0);
    return guarded(async () => {
      const db = await this.db();
      const tx = db.transaction(['checks', 'signoffs', 'audit'], 'readwrite');
      return atomically(tx, async () => {
        let removed = 0;
        const checks = tx.objectStore('checks');
        // Sign-offs first: whether a draft was published is read before any check record goes.
        const publishedByDraft = new Map<string, Set<string>>();
        const published = async (draftKey: unknown): Promise<Set<string>> => {
          if (typeof draftKey !== 'string') return new Set();
          let set = publishedByDraft.get(draftKey);
          if (!set) {
            set = new Set();
            for (const c of await checks.index('draftKey').getAll(draftKey)) {
              if (isPublishProof(c)) set.add(publishKey(c.draftKey, c.hash, c.origin));
            }
            publishedByDraft.set(draftKey, set);
          }
          return set;
        };
        const old = IDBKeyRange.upperBound(plan.trailBefore, true);
        let s = await tx.objectStore('signoffs').index('time').openCursor(old);
        while (s) {
          if (signoffPurgeable(plan, s.value, await published(s.value.draftKey))) {
            await s.delete();
            removed++;
          }
          s = await s.continue();
        }
        let c = await checks.index('time').openCursor(IDBKeyRange.upperBound(plan.checksBefore, true));
        while (c) {
          if (checkPurgeable(plan, c.value)) {
            await c.delete();
            removed++;
          }
          c = await c.continue();
        }
        let a = await tx.objectStore('audit').index('time').openCursor(old);
        while (a) {
          await a.delete();
          removed++;
          a = await a.continue();
        }
        return removed;
      });
    });
  }

  /**
   * Merges exported records; records whose uid already exists are skipped, and a "latest" record only
   * replaces the local latest state of the same draft when it is newer. All-or-nothing: every record is
   * validated first, and any failure while writing aborts the one transaction, so nothing is written.
   */
  importRecords(data: ImportData, source = 'export'): Promise<{ added: number; duplicates: number }> {
    return guarded(async () => {
      // Whatever the file says, what comes in is another machine's history: it is shown, never trusted.
      const origin = `imported:${source.slice(0, 120)}`;
      const mark = <T extends { origin?: string }>(r: T): T => ({
        ...r,
        origin: r.origin?.startsWith('imported:') ? r.origin : origin,
      });
      const checks = data.checks.map((r) => mark(checkRecordSchema.parse(r)));
      const signoffs = data.signoffs.map((r) => mark(signoffRecordSchema.parse(r)));
      const audit = data.audit.map((r) => mark(auditRecordSchema.parse(r)));
      const db = await this.db();
      const tx = db.transaction(['checks', 'signoffs', 'audit'], 'readwrite');
      return atomically(tx, async () => {
        let added = 0;
        let duplicates = 0;
        const put = async (name: 'checks' | 'signoffs' | 'audit', rows: Array<{ uid: string; id?: number }>) => {
          const store = tx.objectStore(name);
          for (const row of rows) {
            if ((await store.index('uid').getKey(row.uid)) !== undefined) {
              duplicates++;
              continue;
            }
            const { id: _drop, ...rest } = row;
            await (store as unknown as { add(v: unknown): Promise<unknown> }).add(rest);
            added++;
          }
        };
        const checkStore = tx.objectStore('checks');
        const fresh: CheckRecord[] = [];
        const latest = new Map<string, CheckRecord>();
        for (const row of checks) {
          if (row.kind !== 'latest') fresh.push(row);
          else {
            const seen = latest.get(row.draftKey);
            if (seen) duplicates++;
            if (!seen || seen.time < row.time) latest.set(row.draftKey, row);
          }
        }
        for (const row of latest.values()) {
          // One "latest" per draft: keep whichever is newer.
          let newer = true;
          let cursor = await checkStore.index('draftKey').openCursor(row.draftKey);
          while (cursor) {
            const local = cursor.value as Partial<CheckRecord>;
            if (local.kind === 'latest' && local.uid !== row.uid) {
              if (typeof local.time === 'string' && local.time >= row.time) newer = false;
              else await cursor.delete();
            }
            cursor = await cursor.continue();
          }
          if (newer) fresh.push(row);
          else duplicates++;
        }
        await put('checks', fresh);
        await put('signoffs', signoffs);
        await put('audit', audit);
        return { added, duplicates };
      });
    });
  }
}
