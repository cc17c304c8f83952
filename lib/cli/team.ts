import { readFileSync, writeFileSync } from 'node:fs';
import { type ParseArgsConfig, parseArgs } from 'node:util';
import { CouchAdmin, CouchAdminError, isCleartextRemote } from '../team/couch-admin';
import { DESIGN_DOC_ID, DESIGN_VERSION } from '../team/design';
import { UNIT_RE } from '../team/docs';
import { normalizeUser, parseUsersFile, type UserSpec } from '../team/users';
import { oneLine, UsageError } from './errors';

const USAGE = `用法 / usage:
  publish-guard team init --url URL --admin-user NAME --db DB [--unit UNIT] [--users users.csv|users.json]
                          [--passwords-out FILE]
      建库、安装校验设计文档和安全对象、创建首批用户（可重复运行：更新设计文档，已有用户不动）
  publish-guard team add-user --url URL --admin-user NAME --db DB --name USER --roles ROLES [--levels 1,2]
                          [--password-file FILE] [--passwords-out FILE]
      新增成员；已有用户则改为给定的本单位角色（密码不变）
  publish-guard team disable-user --url URL --admin-user NAME --db DB --name USER
      成员离职：去掉本单位角色（无其他角色时改为无人知道的随机密码）；其签发记录保留且不可改

  The server administrator's password: --admin-password-file FILE, or the environment variable
  PUBLISH_GUARD_ADMIN_PASSWORD. ROLES: editor, reviewer, auditor, admin (comma-separated).
  --unit defaults to the database name; roles are named <unit>:editor, <unit>:reviewer, <unit>:level1 …

Exit status: 0 done; 2 usage, input or server error.`;

const SERVER_OPTIONS = {
  url: { type: 'string' },
  'admin-user': { type: 'string' },
  'admin-password-file': { type: 'string' },
  db: { type: 'string' },
  unit: { type: 'string' },
  'passwords-out': { type: 'string' },
} as const;

function out(line: string): void {
  process.stdout.write(`${line}\n`);
}
function warn(line: string): void {
  process.stderr.write(`${line}\n`);
}

function parse<const T extends NonNullable<ParseArgsConfig['options']>>(args: string[], options: T) {
  try {
    return parseArgs({ args, allowPositionals: false, strict: true, options });
  } catch (e) {
    throw new UsageError(oneLine((e as Error).message));
  }
}

function readSecretFile(file: string, what: string): string {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new UsageError(`${file}: cannot read ${what} (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  const first = text.replace(/^\ufeff/, '').split(/\r?\n/)[0] ?? '';
  if (!first) throw new UsageError(`${file}: the first line (${what}) is empty`);
  return first;
}

function connect(values: { url?: string; 'admin-user'?: string; 'admin-password-file'?: string }): CouchAdmin {
  if (!values.url) throw new UsageError('missing --url (the CouchDB server, e.g. https://couch.example.gov.cn:6984)');
  if (!values['admin-user']) throw new UsageError('missing --admin-user (a CouchDB server administrator)');
  let password: string | undefined;
  if (values['admin-password-file']) password = readSecretFile(values['admin-password-file'], 'the admin password');
  else password = process.env.PUBLISH_GUARD_ADMIN_PASSWORD || undefined;
  if (!password) {
    throw new UsageError('no admin password: pass --admin-password-file FILE or set PUBLISH_GUARD_ADMIN_PASSWORD');
  }
  let admin: CouchAdmin;
  try {
    admin = new CouchAdmin({ url: values.url, user: values['admin-user'], password });
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
  if (isCleartextRemote(admin.base)) {
    warn(
      `publish-guard: warning: ${admin.base} is plain http — passwords cross the network unencrypted; use https (docs/team.md)`,
    );
  }
  return admin;
}

function requireDb(db: string | undefined): string {
  if (!db) throw new UsageError('missing --db (the unit database, e.g. xuanchuan)');
  return db;
}

function unitFor(db: string, unit: string | undefined): string {
  const u = unit ?? db;
  if (!UNIT_RE.test(u)) {
    throw new UsageError(
      `invalid unit ${JSON.stringify(u)}: lower-case letters, digits, "_" and "-", starting with a letter${unit ? '' : ' (pass --unit)'}`,
    );
  }
  return u;
}

/** The unit a database was set up for (read from its design document). */
async function installedUnit(admin: CouchAdmin, db: string, given: string | undefined): Promise<string> {
  const a = await admin.request('GET', `/${encodeURIComponent(db)}/${DESIGN_DOC_ID}`);
  if (a.status === 404)
    throw new CouchAdminError(`database ${db} is not set up; run "publish-guard team init" first`, 404);
  const unit = (a.body.publishGuard as { unit?: string } | undefined)?.unit;
  if (a.status !== 200 || !unit) throw new CouchAdminError(`database ${db} has no Publish Guard design document`);
  if (given && given !== unit) throw new CouchAdminError(`database ${db} belongs to unit ${unit}, not ${given}`);
  return unit;
}

function reportPasswords(created: Array<{ name: string; password: string }>, file: string | undefined): void {
  if (created.length === 0) return;
  if (file) {
    const csv = `name,password\n${created.map((c) => `${c.name},${c.password}`).join('\n')}\n`;
    writeFileSync(file, csv, { mode: 0o600 });
    out(`初始密码已写入 ${file}（仅本人可读）/ initial passwords written to ${file}`);
    return;
  }
  out('初始密码（只显示这一次，请当面或通过安全渠道交给本人）/ initial passwords (shown only once):');
  for (const c of created) out(`  ${c.name}\t${c.password}`);
}

async function createUsers(admin: CouchAdmin, unit: string, users: UserSpec[], updateRoles: boolean) {
  const created: Array<{ name: string; password: string }> = [];
  for (const u of users) {
    const r = await admin.createUser(unit, u, { updateRoles });
    if (r.action === 'created') {
      out(`用户 ${u.name}: 已创建 / created (${r.roles.join(', ')})`);
      if (r.password) created.push({ name: u.name, password: r.password });
    } else if (r.action === 'roles-updated') out(`用户 ${u.name}: 角色已更新 / roles updated (${r.roles.join(', ')})`);
    else out(`用户 ${u.name}: 已存在，未改动 / exists, left unchanged (${r.roles.join(', ') || 'no roles'})`);
  }
  return created;
}

async function init(args: string[]): Promise<number> {
  const { values } = parse(args, { ...SERVER_OPTIONS, users: { type: 'string' } });
  const db = requireDb(values.db);
  const unit = unitFor(db, values.unit);
  // Read and check the users file before touching the server: a bad file changes nothing.
  let users: UserSpec[] = [];
  if (values.users) {
    let text: string;
    try {
      text = readFileSync(values.users, 'utf8');
    } catch (e) {
      throw new UsageError(`${values.users}: cannot read (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
    }
    const parsed = parseUsersFile(text, values.users);
    if (parsed.errors.length > 0) {
      for (const e of parsed.errors) warn(`publish-guard: ${e}`);
      warn(`publish-guard: ${parsed.errors.length} problem(s) in ${values.users}; nothing was changed on the server`);
      return 2;
    }
    users = parsed.users;
  }
  const admin = connect(values);
  const server = await admin.checkServerAdmin();
  out(`服务器 / server: ${admin.base} (${server.vendor} ${server.version})`);
  const created = await admin.ensureDatabase(db);
  out(`数据库 ${db}: ${created === 'created' ? '已创建 / created' : '已存在 / exists'}`);
  const design = await admin.installDesign(db, unit);
  const designText = {
    installed: `已安装 / installed (version ${DESIGN_VERSION})`,
    updated: `已更新 / updated (version ${design.from ?? '?'} → ${DESIGN_VERSION})`,
    current: `已是最新 / up to date (version ${DESIGN_VERSION})`,
  }[design.action];
  out(`校验设计文档 / ${DESIGN_DOC_ID}: ${designText}`);
  const security = await admin.installSecurity(db, unit);
  out(
    `安全对象 / _security: ${security.changed ? '已设置 / set' : '未变 / unchanged'} (members: ${security.security.members.roles.join(', ')}; admins: ${security.security.admins.roles.join(', ')})`,
  );
  await admin.ensureUsersDb();
  const passwords = await createUsers(admin, unit, users, false);
  reportPasswords(passwords, values['passwords-out']);
  out(`完成 / done: unit ${unit}, database ${db}`);
  return 0;
}

async function addUser(args: string[]): Promise<number> {
  const { values } = parse(args, {
    ...SERVER_OPTIONS,
    name: { type: 'string' },
    roles: { type: 'string' },
    levels: { type: 'string' },
    'password-file': { type: 'string' },
  });
  const db = requireDb(values.db);
  if (!values.name) throw new UsageError('missing --name');
  if (!values.roles) throw new UsageError('missing --roles (editor, reviewer, auditor, admin)');
  let user: UserSpec;
  try {
    user = normalizeUser({
      name: values.name,
      roles: values.roles,
      levels: values.levels ?? '',
      password: values['password-file'] ? readSecretFile(values['password-file'], 'the password') : undefined,
    });
  } catch (e) {
    if (e instanceof UsageError) throw e;
    throw new UsageError((e as Error).message);
  }
  const admin = connect(values);
  await admin.checkServerAdmin();
  const unit = await installedUnit(admin, db, values.unit);
  const passwords = await createUsers(admin, unit, [user], true);
  reportPasswords(passwords, values['passwords-out']);
  return 0;
}

async function disableUser(args: string[]): Promise<number> {
  const { values } = parse(args, { ...SERVER_OPTIONS, name: { type: 'string' } });
  const db = requireDb(values.db);
  if (!values.name) throw new UsageError('missing --name');
  const admin = connect(values);
  await admin.checkServerAdmin();
  const unit = await installedUnit(admin, db, values.unit);
  const r = await admin.disableUser(unit, values.name, new Date().toISOString());
  out(
    `用户 ${values.name}: 已停用 / disabled in unit ${unit} (removed: ${r.removed.join(', ') || 'none'})${r.locked ? '; 已不能登录 / can no longer log in' : ''}`,
  );
  out('其已有的签发和审计记录保留，不可修改 / their past sign-offs and audit records stay, unchanged');
  return 0;
}

export async function runTeam(args: string[]): Promise<number> {
  const [sub, ...rest] = args;
  try {
    switch (sub) {
      case 'init':
        return await init(rest);
      case 'add-user':
        return await addUser(rest);
      case 'disable-user':
        return await disableUser(rest);
      case undefined:
      case '--help':
      case '-h':
      case 'help':
        out(USAGE);
        return sub ? 0 : 2;
      default:
        throw new UsageError(`unknown team command: ${sub} (try "publish-guard team --help")`);
    }
  } catch (e) {
    if (e instanceof CouchAdminError) throw new UsageError(e.message);
    throw e;
  }
}
