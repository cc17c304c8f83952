import { CouchAdmin } from '../../lib/team/couch-admin';
import type { TeamServer } from '../../lib/team/replicate';
import type { UserSpec } from '../../lib/team/users';
import { startTestCouch, type TestCouch } from './couch-server';

/** A test server set up the way `team init` sets up a unit, with a known password per user. */
export interface TeamTestServer {
  couch: TestCouch;
  admin: CouchAdmin;
  db: string;
  unit: string;
  /** Connection details for one user of the unit. */
  as(user: string): TeamServer;
}

export const TEAM_USERS: UserSpec[] = [
  { name: 'editor1', roles: ['editor'], levels: [], password: 'editor1-password' },
  { name: 'rev1', roles: ['reviewer'], levels: [1], password: 'rev1-password' },
  { name: 'rev2', roles: ['reviewer'], levels: [2, 3], password: 'rev2-password' },
  { name: 'aud1', roles: ['auditor'], levels: [], password: 'aud1-password' },
];

export async function startTeamServer(
  opts: { persistent?: boolean; db?: string; users?: UserSpec[] } = {},
): Promise<TeamTestServer> {
  const couch = await startTestCouch({ persistent: opts.persistent });
  const db = opts.db ?? 'unit1';
  const unit = db;
  const admin = new CouchAdmin({ url: couch.url, user: couch.admin.user, password: couch.admin.password });
  await admin.checkServerAdmin();
  await admin.ensureDatabase(db);
  await admin.installDesign(db, unit);
  await admin.installSecurity(db, unit);
  await admin.ensureUsersDb();
  const users = opts.users ?? TEAM_USERS;
  for (const u of users) await admin.createUser(unit, u);
  const pw = new Map(users.map((u) => [u.name, u.password!]));
  return {
    couch,
    admin,
    db,
    unit,
    as: (user) => ({ url: couch.url, db, username: user, password: pw.get(user) ?? 'unknown' }),
  };
}
