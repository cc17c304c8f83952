import { chineseText, msg, readUiMessage, type UiMessage } from '../i18n/ui-message';
import { indexDocs, type TeamIndex, type VerifyCache } from './derive';
import { TEAM_DOC_TYPES, type TeamDoc } from './docs';

/**
 * One-shot, two-way replication between the local PouchDB (IndexedDB in the extension origin, memory in
 * Node tests) and the unit's CouchDB database, through PouchDB's implementation of the CouchDB replication
 * protocol. One-shot on purpose: an MV3 service worker can be stopped at any time, so the extension runs a
 * short replication on activity and on an alarm instead of a live one; the checkpoints PouchDB keeps in
 * _local documents make every run continue where the last one stopped.
 */

/** The part of PouchDB's replication result this module reads. */
interface ReplicationResult {
  docs_read?: number;
  docs_written?: number;
  doc_write_failures?: number;
  errors?: Array<{ id?: string; name?: string; error?: string; reason?: string; message?: string; status?: number }>;
}

/** The part of the PouchDB database API this module uses (pouchdb-browser and pouchdb-core both fit). */
export interface PouchLike {
  replicate: {
    to(target: PouchLike, opts?: Record<string, unknown>): PromiseLike<ReplicationResult>;
    from(source: PouchLike, opts?: Record<string, unknown>): PromiseLike<ReplicationResult>;
  };
  allDocs(opts: Record<string, unknown>): Promise<{ rows: Array<{ id: string; doc?: unknown }> }>;
  get(id: string, opts?: Record<string, unknown>): Promise<Record<string, unknown>>;
  put(doc: Record<string, unknown>): Promise<{ ok: boolean; id: string; rev: string }>;
}

/** A PouchDB constructor (pouchdb-browser's default export, or pouchdb-core with plugins in Node). */
export type PouchConstructor = new (name: string, opts?: Record<string, unknown>) => PouchLike;

export interface TeamServer {
  /** The CouchDB server, e.g. https://couch.example.gov.cn:6984 */
  url: string;
  db: string;
  username: string;
  password: string;
}

/** The remote database as a PouchDB over HTTP; credentials go in an Authorization header, never in the URL. */
export function openRemote(Pouch: PouchConstructor, server: TeamServer): PouchLike {
  const base = server.url.replace(/\/+$/, '');
  return new Pouch(`${base}/${encodeURIComponent(server.db)}`, {
    skip_setup: true,
    auth: { username: server.username, password: server.password },
  });
}

export interface DirectionReport {
  read: number;
  written: number;
  failures: Array<{ id: string; reason: string }>;
}

export interface SyncReport {
  /** Both directions ran to completion (individual refused documents are listed in push.failures). */
  ok: boolean;
  startedAt: string;
  finishedAt: string;
  pull: DirectionReport;
  push: DirectionReport;
  /** One line: why the run stopped (server unreachable, credentials refused, …), in Chinese. */
  error?: string;
  /** The same as a coded message (shown in the UI language). */
  problem?: UiMessage;
  /** When a run last completed, this one included. */
  lastSuccess?: string;
}

const SYNC_STATE_ID = '_local/publish-guard-sync';

export interface SyncState {
  lastSuccess?: string;
  lastAttempt?: string;
  lastError?: string;
  /** lastError as a coded message (absent in states written by older versions). */
  lastErrorMessage?: UiMessage;
}

const emptyDirection = (): DirectionReport => ({ read: 0, written: 0, failures: [] });

function direction(r: ReplicationResult): DirectionReport {
  return {
    read: r.docs_read ?? 0,
    written: r.docs_written ?? 0,
    failures: (r.errors ?? []).map((e) => ({ id: e.id ?? '?', reason: e.reason ?? e.message ?? e.error ?? 'refused' })),
  };
}

/** A one-line reason for a failed run, in the words a user can act on. */
function describeSyncError(e: unknown): UiMessage {
  const err = e as { status?: number; code?: string; name?: string; reason?: string; message?: string } | null;
  const status = err?.status;
  const code = err?.code ?? '';
  const text = err?.reason ?? err?.message ?? String(e);
  if (status === 401) return msg('team.sync-401', { error: text });
  if (status === 403) return msg('team.sync-403', { error: text });
  if (status === 404) return msg('team.sync-404', { error: text });
  if (
    /ECONNREFUSED|ENOTFOUND|EHOSTUNREACH|ETIMEDOUT|ECONNRESET/.test(code) ||
    /Failed to fetch|fetch failed|NetworkError/i.test(text)
  ) {
    return msg('team.unreachable', { error: text.replace(/\s+/g, ' ') });
  }
  return msg('team.sync-other', { error: text.replace(/\s+/g, ' ') });
}

/** Only team documents go up; anything else in the local database stays local. */
function isTeamDoc(doc: { _id?: string }): boolean {
  const id = doc._id ?? '';
  return TEAM_DOC_TYPES.some((t) => id.startsWith(`${t}:`));
}

export async function readSyncState(local: PouchLike): Promise<SyncState> {
  try {
    const d = await local.get(SYNC_STATE_ID);
    return {
      lastSuccess: typeof d.lastSuccess === 'string' ? d.lastSuccess : undefined,
      lastAttempt: typeof d.lastAttempt === 'string' ? d.lastAttempt : undefined,
      lastError: typeof d.lastError === 'string' ? d.lastError : undefined,
      lastErrorMessage: readUiMessage(d.lastErrorMessage),
    };
  } catch {
    return {};
  }
}

/** Records the run; two runs finishing together (an alarm and an opened page) retry instead of failing. */
async function writeSyncState(local: PouchLike, state: SyncState): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    let rev: string | undefined;
    try {
      rev = (await local.get(SYNC_STATE_ID))._rev as string | undefined;
    } catch {
      rev = undefined;
    }
    const doc: Record<string, unknown> = { _id: SYNC_STATE_ID, ...state };
    if (rev) doc._rev = rev;
    try {
      await local.put(doc);
      return;
    } catch (e) {
      if ((e as { status?: number }).status !== 409 || attempt >= 4) throw e;
    }
  }
}

/**
 * Pulls, then pushes, once. Never throws for server trouble: the report says what happened, and the local
 * database — the last replicated state — is left as it was.
 */
export async function syncOnce(
  local: PouchLike,
  remote: PouchLike,
  now: () => Date = () => new Date(),
): Promise<SyncReport> {
  const startedAt = now().toISOString();
  const previous = await readSyncState(local);
  const report: SyncReport = {
    ok: false,
    startedAt,
    finishedAt: startedAt,
    pull: emptyDirection(),
    push: emptyDirection(),
  };
  try {
    report.pull = direction(await local.replicate.from(remote, { retry: false, batch_size: 500 }));
    report.push = direction(await local.replicate.to(remote, { retry: false, batch_size: 500, filter: isTeamDoc }));
    report.ok = true;
  } catch (e) {
    report.problem = describeSyncError(e);
    report.error = chineseText(report.problem);
  }
  report.finishedAt = now().toISOString();
  const state: SyncState = { ...previous, lastAttempt: report.finishedAt };
  if (report.ok) {
    state.lastSuccess = report.finishedAt;
    delete state.lastError;
    delete state.lastErrorMessage;
  } else {
    state.lastError = report.error;
    state.lastErrorMessage = report.problem;
  }
  await writeSyncState(local, state);
  if (state.lastSuccess) report.lastSuccess = state.lastSuccess;
  return report;
}

/** Reads and verifies every team document of the local replica (pass a cache kept across calls to skip re-hashing). */
export async function loadTeamIndex(local: PouchLike, cache?: VerifyCache): Promise<TeamIndex> {
  const all = await local.allDocs({ include_docs: true, conflicts: true });
  return indexDocs(
    all.rows.map((r) => r.doc),
    cache,
  );
}

/**
 * Writes a new document straight to the server (a sign-off or a submission must be accepted by the server to
 * count; the next pull brings it into the local replica). Returns a one-line refusal instead of throwing.
 */
export async function createOnServer(
  remote: PouchLike,
  doc: TeamDoc,
): Promise<{ ok: true; rev: string } | { ok: false; status?: number; error: string; problem: UiMessage }> {
  try {
    const { _rev: _ignored, ...fresh } = doc;
    const r = await remote.put(fresh as Record<string, unknown>);
    return { ok: true, rev: r.rev };
  } catch (e) {
    const status = (e as { status?: number }).status;
    const problem = status === 409 ? msg('team.exists') : describeSyncError(e);
    return { ok: false, status, error: chineseText(problem), problem };
  }
}
