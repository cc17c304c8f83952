import { DESIGN_DOC_ID, type DesignDoc, designDoc, type SecurityObject, securityObject } from './design';
import { unitRoles } from './docs';
import { generatePassword, rolesFor, type UserSpec } from './users';

/**
 * Server set-up over the plain CouchDB HTTP API (fetch, basic auth as a server administrator): database,
 * design document, security object, users. Every failure is a CouchAdminError with one line a person can act on.
 */

export class CouchAdminError extends Error {
  override name = 'CouchAdminError';
  constructor(
    message: string,
    readonly status?: number,
  ) {
    super(message);
  }
}

export interface CouchAdminTarget {
  url: string;
  user: string;
  password: string;
}

interface Answer {
  status: number;
  body: Record<string, unknown>;
}

/** Normalizes the server URL; refuses credentials in it (they would end up in logs and shell history). */
export function serverBase(url: string): string {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    throw new CouchAdminError(`invalid --url: ${url}`);
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') throw new CouchAdminError(`--url must be http(s): ${url}`);
  if (u.username || u.password)
    throw new CouchAdminError('put no credentials in --url; use --admin-user and a password file');
  return u.href.replace(/\/+$/, '');
}

/** True when passwords would cross the network unencrypted (http to another host than this machine). */
export function isCleartextRemote(url: string): boolean {
  const u = new URL(url);
  return u.protocol === 'http:' && !['127.0.0.1', 'localhost', '[::1]'].includes(u.hostname);
}

export class CouchAdmin {
  readonly base: string;
  private readonly auth: string;

  constructor(private readonly target: CouchAdminTarget) {
    this.base = serverBase(target.url);
    this.auth = `Basic ${btoa(String.fromCharCode(...new TextEncoder().encode(`${target.user}:${target.password}`)))}`;
  }

  async request(method: string, path: string, body?: unknown): Promise<Answer> {
    let res: Response;
    try {
      res = await fetch(`${this.base}${path}`, {
        method,
        headers: { authorization: this.auth, accept: 'application/json', 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    } catch (e) {
      const cause = (e as { cause?: { code?: string; message?: string } }).cause;
      throw new CouchAdminError(
        `cannot reach CouchDB at ${this.base}: ${cause?.code ?? cause?.message ?? (e as Error).message}`,
      );
    }
    const text = await res.text();
    let parsed: Record<string, unknown> = {};
    try {
      parsed = text ? (JSON.parse(text) as Record<string, unknown>) : {};
    } catch {
      throw new CouchAdminError(
        `${this.base} did not answer like CouchDB (${method} ${path}: HTTP ${res.status}, not JSON)`,
      );
    }
    if (res.status === 401) {
      throw new CouchAdminError(
        `CouchDB refused the credentials of ${this.target.user} (401 ${String(parsed.reason ?? '')})`,
        401,
      );
    }
    return { status: res.status, body: parsed };
  }

  private fail(what: string, a: Answer): never {
    const reason = [a.body.error, a.body.reason].filter(Boolean).join(': ');
    throw new CouchAdminError(`${what} failed: HTTP ${a.status}${reason ? ` ${reason}` : ''}`, a.status);
  }

  /** The server answers like CouchDB and the credentials are a server administrator's. */
  async checkServerAdmin(): Promise<{ vendor: string; version: string }> {
    const root = await this.request('GET', '/');
    if (root.status !== 200 || !(root.body.couchdb || root.body['express-pouchdb'])) {
      throw new CouchAdminError(`${this.base} is not a CouchDB server (GET / answered ${root.status})`);
    }
    const session = await this.request('GET', '/_session');
    const roles = ((session.body.userCtx as { roles?: string[] } | undefined)?.roles ?? []) as string[];
    if (!roles.includes('_admin')) {
      throw new CouchAdminError(
        `${this.target.user} is not a CouchDB server administrator (roles: ${roles.join(', ') || 'none'})`,
        403,
      );
    }
    const vendor = root.body.couchdb ? 'CouchDB' : 'pouchdb-server';
    return { vendor, version: String(root.body.version ?? '?') };
  }

  /** Creates the database unless it exists. */
  async ensureDatabase(db: string): Promise<'created' | 'exists'> {
    const a = await this.request('PUT', `/${encodeURIComponent(db)}`);
    if (a.status === 201 || a.status === 202) return 'created';
    if (a.status === 412) return 'exists';
    if (a.status === 400)
      throw new CouchAdminError(`invalid database name ${JSON.stringify(db)} (${String(a.body.reason ?? '')})`, 400);
    this.fail(`creating database ${db}`, a);
  }

  /** Makes sure the authentication database exists (a fresh single-node CouchDB 3 may not have it yet). */
  async ensureUsersDb(): Promise<void> {
    const a = await this.request('PUT', '/_users');
    if (a.status !== 201 && a.status !== 202 && a.status !== 412) this.fail('creating _users', a);
  }

  /**
   * Installs or updates the unit's design document. Refuses a database that holds other data without our
   * design document, or whose design document belongs to another unit.
   */
  async installDesign(
    db: string,
    unit: string,
  ): Promise<{ action: 'installed' | 'updated' | 'current'; from?: number }> {
    const path = `/${encodeURIComponent(db)}/${DESIGN_DOC_ID}`;
    const wanted = designDoc(unit);
    const current = await this.request('GET', path);
    if (current.status === 404) {
      const info = await this.request('GET', `/${encodeURIComponent(db)}`);
      if (info.status !== 200) this.fail(`reading database ${db}`, info);
      const count = Number(info.body.doc_count ?? 0);
      if (count > 0) {
        throw new CouchAdminError(
          `database ${db} already holds ${count} documents and no ${DESIGN_DOC_ID}: it is not a Publish Guard team database; choose another --db`,
        );
      }
      const put = await this.request('PUT', path, wanted);
      if (put.status !== 201 && put.status !== 202) this.fail('installing the design document', put);
      return { action: 'installed' };
    }
    if (current.status !== 200) this.fail('reading the design document', current);
    const installed = current.body as unknown as DesignDoc;
    const meta = installed.publishGuard;
    if (!meta || typeof meta !== 'object') {
      throw new CouchAdminError(
        `database ${db} has a ${DESIGN_DOC_ID} that Publish Guard did not write; remove it or choose another --db`,
      );
    }
    if (meta.unit !== unit) {
      throw new CouchAdminError(
        `database ${db} belongs to unit ${JSON.stringify(meta.unit)}, not ${JSON.stringify(unit)} (check --unit)`,
      );
    }
    if (
      meta.sourceHash === wanted.publishGuard.sourceHash &&
      installed.validate_doc_update === wanted.validate_doc_update
    ) {
      return { action: 'current' };
    }
    const put = await this.request('PUT', path, { ...wanted, _rev: installed._rev });
    if (put.status !== 201 && put.status !== 202) this.fail('updating the design document', put);
    return { action: 'updated', from: meta.version };
  }

  /** Sets the security object to the unit's roles (names an administrator listed are kept). */
  async installSecurity(db: string, unit: string): Promise<{ changed: boolean; security: SecurityObject }> {
    const path = `/${encodeURIComponent(db)}/_security`;
    const current = await this.request('GET', path);
    if (current.status !== 200) this.fail('reading the security object', current);
    const existing = current.body as Partial<SecurityObject>;
    const wanted = securityObject(unit, existing);
    if (JSON.stringify(sorted(existing)) === JSON.stringify(sorted(wanted)))
      return { changed: false, security: wanted };
    const put = await this.request('PUT', path, wanted);
    if (put.status !== 200 && put.status !== 201) this.fail('setting the security object', put);
    return { changed: true, security: wanted };
  }

  async getUser(name: string): Promise<Record<string, unknown> | undefined> {
    const a = await this.request('GET', `/_users/${encodeURIComponent(`org.couchdb.user:${name}`)}`);
    if (a.status === 404) return undefined;
    if (a.status !== 200) this.fail(`reading user ${name}`, a);
    return a.body;
  }

  private async putUser(doc: Record<string, unknown>, what: string): Promise<void> {
    const a = await this.request('PUT', `/_users/${encodeURIComponent(String(doc._id))}`, doc);
    if (a.status !== 201 && a.status !== 202) this.fail(what, a);
  }

  /**
   * Creates a user with the unit's roles. An existing user is left alone unless `updateRoles`: then this
   * unit's roles are replaced by the given ones (other units' roles and the password are kept).
   */
  async createUser(
    unit: string,
    user: UserSpec,
    opts: { updateRoles?: boolean } = {},
  ): Promise<{ action: 'created' | 'exists' | 'roles-updated'; password?: string; roles: string[] }> {
    const existing = await this.getUser(user.name);
    const roles = rolesFor(unit, user);
    if (existing) {
      const current = Array.isArray(existing.roles) ? (existing.roles as string[]) : [];
      if (!opts.updateRoles) return { action: 'exists', roles: current };
      const mine = new Set(unitRoles(unit));
      const next = [...current.filter((r) => !mine.has(r)), ...roles];
      const doc: Record<string, unknown> = { ...existing, roles: next };
      delete doc.publishGuardDisabled;
      await this.putUser(doc, `updating user ${user.name}`);
      return { action: 'roles-updated', roles: next };
    }
    const password = user.password ?? generatePassword();
    await this.putUser(
      { _id: `org.couchdb.user:${user.name}`, name: user.name, type: 'user', roles, password },
      `creating user ${user.name}`,
    );
    return { action: 'created', password: user.password ? undefined : password, roles };
  }

  /**
   * A departing member: this unit's roles are removed, so the user can no longer read or write the unit's
   * database; when no role is left at all, the password is replaced by a random one nobody knows (no login).
   * Their past sign-offs stay, immutable and valid: they were made with the roles held at the time.
   */
  async disableUser(unit: string, name: string, time: string): Promise<{ removed: string[]; locked: boolean }> {
    const existing = await this.getUser(name);
    if (!existing) throw new CouchAdminError(`no user ${name} on this server`, 404);
    const current = Array.isArray(existing.roles) ? (existing.roles as string[]) : [];
    const mine = new Set(unitRoles(unit));
    const removed = current.filter((r) => mine.has(r));
    const roles = current.filter((r) => !mine.has(r));
    const doc: Record<string, unknown> = {
      ...existing,
      roles,
      publishGuardDisabled: { ...((existing.publishGuardDisabled as object) ?? {}), [unit]: time },
    };
    const locked = roles.length === 0;
    if (locked) doc.password = generatePassword() + generatePassword();
    await this.putUser(doc, `disabling user ${name}`);
    return { removed, locked };
  }
}

function sorted(sec: Partial<SecurityObject>) {
  const list = (x?: string[]) => [...(x ?? [])].sort();
  return {
    admins: { names: list(sec.admins?.names), roles: list(sec.admins?.roles) },
    members: { names: list(sec.members?.names), roles: list(sec.members?.roles) },
  };
}
