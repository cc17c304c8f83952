import { type Refusal, refusal } from '../i18n/ui-message';
import { DESIGN_DOC_ID, DESIGN_VERSION } from './design';
import { unitAbilities } from './docs';
import type { TeamServer } from './replicate';

/**
 * Checks a team member's connection details the way the options page will when team mode is set up: the
 * credentials are accepted, the database is a Publish Guard team database, and what the roles allow.
 */

export type TeamLogin =
  | {
      ok: true;
      name: string;
      unit: string;
      abilities: ReturnType<typeof unitAbilities>;
      /** The server's design version is newer than this client knows: some rules may have changed. */
      serverNewer: boolean;
    }
  | Refusal;

function authHeader(server: TeamServer): string {
  const bytes = new TextEncoder().encode(`${server.username}:${server.password}`);
  let s = '';
  for (const b of bytes) s += String.fromCharCode(b);
  return `Basic ${btoa(s)}`;
}

export async function checkTeamLogin(server: TeamServer, fetchImpl: typeof fetch = fetch): Promise<TeamLogin> {
  const base = server.url.replace(/\/+$/, '');
  const headers = { authorization: authHeader(server), accept: 'application/json' };
  let session: Response;
  try {
    session = await fetchImpl(`${base}/_session`, { headers });
  } catch (e) {
    return refusal('team.unreachable', { error: (e as Error).message });
  }
  const body = (await session.json().catch(() => ({}))) as { userCtx?: { name?: string | null; roles?: string[] } };
  const name = body.userCtx?.name;
  if (session.status === 401 || !name) return refusal('team.login-refused');
  const ddoc = await fetchImpl(`${base}/${encodeURIComponent(server.db)}/${DESIGN_DOC_ID}`, { headers });
  if (ddoc.status === 401 || ddoc.status === 403) {
    return refusal('team.not-member', { name, db: server.db });
  }
  if (ddoc.status === 404) {
    return refusal('team.not-team-db', { db: server.db });
  }
  if (!ddoc.ok) return refusal('team.http', { status: ddoc.status, db: server.db });
  const meta = ((await ddoc.json()) as { publishGuard?: { unit?: unknown; version?: unknown } }).publishGuard;
  if (typeof meta?.unit !== 'string') {
    return refusal('team.no-design', { db: server.db });
  }
  return {
    ok: true,
    name,
    unit: meta.unit,
    abilities: unitAbilities(meta.unit, body.userCtx?.roles ?? []),
    serverNewer: typeof meta.version === 'number' && meta.version > DESIGN_VERSION,
  };
}
