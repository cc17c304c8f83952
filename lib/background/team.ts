import { browser } from 'wxt/browser';
import { type MessageCode, type MessageParam, messageText, msg } from '../i18n/ui-message';
import type { Req, ReviewState } from '../messaging/protocol';
import type { Policy } from '../settings/schema';
import type { RecordStore } from '../store/records';
import {
  type HashReview,
  pendingByLevel,
  reviewOfHash,
  reviewQueue,
  submissionState,
  type TeamIndex,
  type TrailRow,
  teamTrail,
  type VerifyCache,
} from '../team/derive';
import { makeAudit, makeSignoff, makeSubmission, type SubmissionDoc, teamDraftHash } from '../team/docs';
import { openLocalReplica, openTeamRemote } from '../team/pouch-browser';
import {
  createOnServer,
  loadTeamIndex,
  type PouchLike,
  readSyncState,
  type SyncReport,
  type SyncState,
  syncOnce,
  type TeamServer,
} from '../team/replicate';
import { teamUrlIssue } from '../team/server-url';
import { checkTeamLogin, type TeamLogin } from '../team/session';

/**
 * Team review (团队审核) in the background: the one place that holds the team credentials and talks to the
 * unit's CouchDB server. Extension pages ask through the message protocol; content scripts only ever get the
 * review state of a hash (never a credential, never a document to write).
 *
 * Storage: the connection (server, database, user name) is a _local document of the local replica (IndexedDB
 * of the extension origin; _local documents are never replicated). The password is kept in
 * chrome.storage.session (memory, trusted extension contexts only) and, only when the user chose "remember on
 * this computer", in that _local document too.
 */

export const TEAM_ALARM = 'publish-guard-team-sync';
const CONFIG_ID = '_local/publish-guard-team-config';
/** How far this machine's local audit records were copied into the team database (and this machine's id). */
const AUDIT_MARK_ID = '_local/publish-guard-audit-pushed';
/** Audit records copied per sync: a long local history goes up over a few syncs instead of one long one. */
const AUDIT_BATCH = 500;
const HASH_RE = /^[0-9a-f]{64}$/;
const SESSION_KEY = 'publishGuardTeamPassword';
/** A sync on activity (an editor checking a draft) runs at most this often. */
const ACTIVITY_SYNC_MS = 15_000;

export interface TeamConfig {
  url: string;
  db: string;
  username: string;
  remember: boolean;
  password?: string;
  unit?: string;
  abilities?: Extract<TeamLogin, { ok: true }>['abilities'];
  since: string;
}

export interface TeamStatus {
  enabled: boolean;
  /** Team mode is forced by the unit's browser policy (teamServer). */
  forced: boolean;
  policyServer?: string;
  policyDatabase?: string;
  config?: Omit<TeamConfig, 'password'>;
  /** A password is available for this browser session (false: sign in again). */
  signedIn: boolean;
  sync: SyncState;
}

export interface QueueRow {
  hash: string;
  title: string;
  account?: string;
  platform: string;
  submitter: string;
  time: string;
  nextLevel?: number;
  status: string;
  counts: { block: number; warn: number; info: number };
}

export interface QueuePage {
  rows: QueueRow[];
  total: number;
  counts: Record<1 | 2 | 3, number>;
  sync: SyncState;
  user?: string;
  levels: number[];
}

export interface QueueItemView {
  submission: SubmissionDoc;
  review: HashReview;
  state: string;
}

type SessionArea = {
  get(k: string): Promise<Record<string, unknown>>;
  set(v: object): Promise<void>;
  remove(k: string): Promise<void>;
};
function sessionArea(): SessionArea | undefined {
  return (browser.storage as unknown as { session?: SessionArea }).session;
}

/** A refusal for a page, in the UI language (the background's locale follows the settings). */
function refuse(code: MessageCode, params?: Record<string, MessageParam>): { ok: false; error: string } {
  return { ok: false, error: messageText(msg(code, params)) };
}

export class TeamService {
  private localDb: PouchLike | undefined;
  private cache: VerifyCache = new Map();
  private running: Promise<SyncReport | undefined> | undefined;
  private lastActivitySync = 0;

  constructor(
    private readonly deps: {
      readPolicy: () => Promise<Policy | undefined>;
      requiredLevels: (account?: string) => Promise<number>;
      /** Called after a sync brought new documents (open editor tabs re-read their review state). */
      onChanged: () => Promise<void>;
      /** This machine's records: its audit log (publishes, overrides, settings changes…) joins the team trail. */
      records?: RecordStore;
    },
  ) {}

  local(): PouchLike {
    this.localDb ??= openLocalReplica();
    return this.localDb;
  }

  async config(): Promise<TeamConfig | undefined> {
    try {
      const d = (await this.local().get(CONFIG_ID)) as unknown as TeamConfig & { _rev?: string };
      return typeof d.url === 'string' ? d : undefined;
    } catch {
      return undefined;
    }
  }

  private async writeConfig(config: TeamConfig | undefined): Promise<void> {
    let rev: string | undefined;
    try {
      rev = (await this.local().get(CONFIG_ID))._rev as string | undefined;
    } catch {
      rev = undefined;
    }
    const doc: Record<string, unknown> = { _id: CONFIG_ID, ...(rev ? { _rev: rev } : {}) };
    if (config) await this.local().put({ ...doc, ...config });
    else if (rev) await this.local().put({ ...doc, _deleted: true });
  }

  private async password(config: TeamConfig): Promise<string | undefined> {
    const area = sessionArea();
    const stored = area
      ? (await area.get(SESSION_KEY).catch((): Record<string, unknown> => ({})))[SESSION_KEY]
      : undefined;
    if (typeof stored === 'string') return stored;
    return config.remember ? config.password : undefined;
  }

  /** Connection details, when team mode is on and the user is signed in. */
  async server(): Promise<TeamServer | undefined> {
    const config = await this.config();
    if (!config) return undefined;
    const password = await this.password(config);
    if (password === undefined) return undefined;
    return { url: config.url, db: config.db, username: config.username, password };
  }

  /** Team mode is on: configured here, or forced by policy (then, until someone signs in, nothing is approved). */
  async enabled(): Promise<boolean> {
    if ((await this.deps.readPolicy())?.teamServer) return true;
    return (await this.config()) !== undefined;
  }

  async status(): Promise<TeamStatus> {
    const [policy, config] = await Promise.all([this.deps.readPolicy(), this.config()]);
    const out: TeamStatus = {
      enabled: Boolean(policy?.teamServer) || config !== undefined,
      forced: Boolean(policy?.teamServer),
      signedIn: config ? (await this.password(config)) !== undefined : false,
      sync: await readSyncState(this.local()),
    };
    if (policy?.teamServer) out.policyServer = policy.teamServer;
    if (policy?.teamDatabase) out.policyDatabase = policy.teamDatabase;
    if (config) {
      const { password: _p, ...rest } = config;
      delete (rest as { _id?: string; _rev?: string })._id;
      delete (rest as { _id?: string; _rev?: string })._rev;
      out.config = rest;
    }
    return out;
  }

  async setup(input: Req<'team/setup'>): Promise<{ ok: boolean; error?: string }> {
    const policy = await this.deps.readPolicy();
    const url = (policy?.teamServer ?? input.url).trim().replace(/\/+$/, '');
    const db = (policy?.teamDatabase ?? input.db).trim();
    const problem = teamUrlIssue(url);
    if (problem) return { ok: false, error: messageText(problem) };
    if (!db) return refuse('team.db-needed');
    if (!input.username.trim() || !input.password) return refuse('team.credentials-needed');
    const server: TeamServer = { url, db, username: input.username.trim(), password: input.password };
    const login = await checkTeamLogin(server);
    if (!login.ok) return { ok: false, error: messageText(login.problem) };
    const previous = await this.config();
    if (previous && (previous.url !== url || previous.db !== db)) {
      return refuse('team.other-database');
    }
    const config: TeamConfig = {
      url,
      db,
      username: login.name,
      remember: input.remember,
      unit: login.unit,
      abilities: login.abilities,
      since: new Date().toISOString(),
    };
    if (input.remember) config.password = input.password;
    await this.writeConfig(config);
    await sessionArea()?.set({ [SESSION_KEY]: input.password });
    await this.ensureAlarm();
    void this.sync();
    return { ok: true };
  }

  async off(): Promise<{ ok: boolean; error?: string }> {
    if ((await this.deps.readPolicy())?.teamServer) {
      return refuse('team.forced-by-policy');
    }
    await this.writeConfig(undefined);
    await sessionArea()?.remove(SESSION_KEY);
    await browser.alarms.clear(TEAM_ALARM);
    await this.deps.onChanged();
    return { ok: true };
  }

  /** The periodic sync (1 minute: the shortest period Chromium allows a packed extension). */
  async ensureAlarm(): Promise<void> {
    if (!(await this.config())) return;
    const existing = await browser.alarms.get(TEAM_ALARM);
    if (!existing) await browser.alarms.create(TEAM_ALARM, { periodInMinutes: 1, delayInMinutes: 1 });
  }

  /** One two-way replication (concurrent callers share the run); undefined when team mode is off or signed out. */
  sync(): Promise<SyncReport | undefined> {
    this.running ??= (async () => {
      try {
        const server = await this.server();
        if (!server) return undefined;
        await this.copyAudits(server.username).catch((e) => console.warn('publish-guard: team audit copy', e));
        const report = await syncOnce(this.local(), openTeamRemote(server));
        if (report.pull.written > 0) await this.deps.onChanged().catch(() => undefined);
        return report;
      } finally {
        this.running = undefined;
      }
    })();
    return this.running;
  }

  /**
   * Copies this machine's own audit records (publish checks, overrides, settings and dictionary changes, failed
   * PINs…) into the local replica as immutable audit documents, so the next replication puts them in the unit's
   * trail. Imported records (another machine's) are not copied. The document id is audit:<user>:<local uid>, so
   * copying twice writes nothing new; the server's validator decides whether this user may write them.
   */
  private async copyAudits(username: string): Promise<void> {
    const records = this.deps.records;
    if (!records) return;
    const db = this.local();
    let mark: { _id: string; _rev?: string; time: string; machine: string };
    try {
      mark = (await db.get(AUDIT_MARK_ID)) as unknown as typeof mark;
    } catch {
      mark = { _id: AUDIT_MARK_ID, time: '', machine: `m-${crypto.randomUUID()}` };
    }
    type Item = Parameters<typeof makeAudit>[0];
    const items: Array<Omit<Item, 'author' | 'machine'>> = [];
    for (const r of (await records.auditFor()).records) {
      if (r.origin || r.time < mark.time) continue;
      const hash = typeof r.details.hash === 'string' && HASH_RE.test(r.details.hash) ? r.details.hash : undefined;
      items.push({
        uid: r.uid,
        time: r.time,
        action: r.action,
        actor: r.actor,
        summary: r.summary,
        details: r.details,
        ...(r.draftKey ? { draftKey: r.draftKey } : {}),
        ...(r.account ? { account: r.account } : {}),
        ...(hash ? { hash } : {}),
      });
    }
    // The checks at publish (allowed, blocked or overridden) are part of the unit's trail too.
    for (const c of (await records.allChecks()).records) {
      if (c.kind !== 'publish' || c.origin || c.time < mark.time) continue;
      items.push({
        uid: c.uid,
        time: c.time,
        action: 'publish',
        summary: `${c.outcome === 'blocked' ? '发布被拦截' : c.outcome === 'overridden' ? '经放行后发布' : '发布'}：${c.title || c.draftKey}`,
        details: {
          outcome: c.outcome,
          counts: c.counts,
          ...(c.action ? { control: c.action } : {}),
          ...(c.reason ? { reason: c.reason } : {}),
        },
        draftKey: c.draftKey,
        ...(c.account ? { account: c.account } : {}),
        ...(HASH_RE.test(c.hash) ? { hash: c.hash } : {}),
      });
    }
    const fresh = items.sort((a, b) => (a.time < b.time ? -1 : a.time > b.time ? 1 : 0)).slice(0, AUDIT_BATCH);
    for (const item of fresh) {
      const doc = makeAudit({ ...item, author: username, machine: mark.machine });
      try {
        await db.put({ ...doc });
      } catch (e) {
        if ((e as { status?: number }).status !== 409) throw e; // 409: copied before
      }
    }
    const last = fresh.at(-1);
    if (last && last.time !== mark.time) {
      mark.time = last.time;
      await db.put(mark as unknown as Record<string, unknown>);
    } else if (!mark._rev) {
      await db.put(mark as unknown as Record<string, unknown>);
    }
  }

  /** A sync on activity, at most every ACTIVITY_SYNC_MS; never waited for. */
  poke(): void {
    const now = Date.now();
    if (now - this.lastActivitySync < ACTIVITY_SYNC_MS) return;
    this.lastActivitySync = now;
    void this.sync().catch(() => undefined);
  }

  async index(): Promise<TeamIndex> {
    return loadTeamIndex(this.local(), this.cache);
  }

  /** The gate's review state of one exact hash, from the local replica only (works offline). */
  async review(
    input: { hash: string; draftKey: string; aliases?: string[] },
    required: number,
  ): Promise<Omit<ReviewState, 'overridden'>> {
    const [index, sync] = await Promise.all([this.index(), readSyncState(this.local())]);
    const keys = [...new Set([input.draftKey, ...(input.aliases ?? [])])];
    const reviews = keys.map((draftKey) => reviewOfHash(index, input.hash, { required, draftKey }));
    const r = reviews[0]!;
    const submitted = index.submissions.some((s) => s.hash === input.hash);
    const team: NonNullable<ReviewState['team']> = { submitted };
    if (sync.lastSuccess) team.syncedAt = sync.lastSuccess;
    if (sync.lastError) team.error = sync.lastErrorMessage ? messageText(sync.lastErrorMessage) : sync.lastError;
    if (r.nextLevel !== undefined) team.nextLevel = r.nextLevel;
    return {
      hash: input.hash,
      required,
      signoffs: r.signoffs.map((s, i) => ({
        id: i + 1,
        reviewer: s.reviewerLabel ? `${s.reviewerLabel}（${s.reviewer}）` : s.reviewer,
        level: s.level,
        decision: s.decision,
        time: s.time,
        ...(s.comment ? { comment: s.comment } : {}),
        // The server checked the author against its login: a team sign-off is always the named reviewer's.
        verified: true,
      })),
      approvedLevels: r.approvedLevels,
      stale: reviews.some((x) => x.stale),
      team,
    };
  }

  async submit(input: Req<'team/submit'>): Promise<{ ok: boolean; hash?: string; queued?: boolean; error?: string }> {
    const config = await this.config();
    const server = await this.server();
    if (!config || !server) return refuse('team.signed-out');
    if (!config.abilities?.editor) return refuse('team.not-editor', { name: config.username });
    // One article keeps one key across edits, so reviewers see a new version as "changed since sign-off".
    const index = await this.index();
    const draftKey =
      [input.draftKey, ...(input.aliases ?? [])].find((k) => index.submissionsByDraft.has(k)) ?? input.draftKey;
    const doc = makeSubmission({
      draft: input.draft,
      draftKey,
      ...(input.account !== undefined ? { account: input.account } : {}),
      submitter: config.username,
      requiredLevels: await this.deps.requiredLevels(input.account),
      findings: input.findings.map(({ fingerprint: _f, note: _n, source: _s, url: _u, ...f }) => f),
      ...(input.note ? { note: input.note } : {}),
    });
    const hash = teamDraftHash(input.draft);
    const written = await createOnServer(openTeamRemote(server), doc);
    if (!written.ok && written.status === 409) {
      await this.sync();
      return { ok: true, hash };
    }
    if (!written.ok && written.status === undefined) {
      // Server unreachable: keep it in the local replica; the next sync pushes it (the server still decides).
      try {
        await this.local().put({ ...doc });
      } catch (e) {
        if ((e as { status?: number }).status !== 409) throw e;
      }
      return { ok: true, hash, queued: true, error: messageText(written.problem) };
    }
    if (!written.ok) return refuse('team.submit-refused', { error: written.problem });
    await this.sync();
    return { ok: true, hash };
  }

  async queue(input: Req<'team/queue'>): Promise<QueuePage> {
    const [index, sync, config] = await Promise.all([this.index(), readSyncState(this.local()), this.config()]);
    const all = reviewQueue(index, input.level ? { level: input.level } : {}).reverse();
    const rows = all.slice(input.offset, input.offset + input.limit).map(({ submission: s, review }) => {
      const row: QueueRow = {
        hash: s.hash,
        title: s.draft.title || s.draft.body.slice(0, 40),
        platform: s.platform,
        submitter: s.submitter,
        time: s.time,
        status: review.status,
        counts: s.findings.counts,
      };
      if (s.account) row.account = s.account;
      if (review.nextLevel !== undefined) row.nextLevel = review.nextLevel;
      return row;
    });
    const page: QueuePage = {
      rows,
      total: all.length,
      counts: pendingByLevel(index),
      sync,
      levels: config?.abilities?.levels ?? [],
    };
    if (config) page.user = config.username;
    return page;
  }

  async item(hash: string): Promise<QueueItemView | undefined> {
    const index = await this.index();
    const submission = [...index.submissions].reverse().find((s) => s.hash === hash);
    if (!submission) return undefined;
    const { state, review } = submissionState(index, submission);
    return { submission, review, state };
  }

  async signoff(input: Req<'team/signoff'>): Promise<{ ok: boolean; error?: string; status?: number }> {
    const config = await this.config();
    const server = await this.server();
    if (!config || !server) return refuse('team.signed-out');
    const item = await this.item(input.hash);
    if (!item) return refuse('team.not-in-replica');
    const doc = makeSignoff({
      hash: input.hash,
      reviewer: config.username,
      level: input.level,
      decision: input.decision,
      checklist: input.checklist,
      comment: input.comment,
      draftKey: item.submission.draftKey,
      ...(item.submission.account ? { account: item.submission.account } : {}),
    });
    // A sign-off counts only once the server accepted it: no local write, no queue.
    const written = await createOnServer(openTeamRemote(server), doc);
    if (!written.ok) {
      const refusal =
        written.status === 403
          ? refuse('team.signoff-forbidden', { error: written.problem })
          : written.status === 409
            ? refuse('team.signoff-twice')
            : refuse('team.signoff-not-written', { error: written.problem });
      return { ...refusal, ...(written.status ? { status: written.status } : {}) };
    }
    await this.sync();
    return { ok: true };
  }

  async trail(): Promise<{ rows: TrailRow[]; rejected: number; sync: SyncState }> {
    const [index, sync] = await Promise.all([this.index(), readSyncState(this.local())]);
    return { rows: teamTrail(index), rejected: index.rejected.length, sync };
  }
}
