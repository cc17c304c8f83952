import { csvRecords } from '../dict/import/csv';
import { levelRole, roleName, TEAM_ROLES, type TeamRole, USER_NAME_RE } from './docs';

/**
 * Team members as an administrator lists them for `publish-guard team init --users FILE`:
 *
 *   CSV (UTF-8, header required):  name,roles,levels,password
 *                                  王小编,editor,,
 *                                  李科长,reviewer,1,
 *                                  张主任,reviewer;auditor,2;3,
 *   JSON:  [{ "name": "李科长", "roles": ["reviewer"], "levels": [1], "password": "…" }]
 *
 * Chinese headers 用户名, 角色, 审核级别, 密码 are accepted. Roles: editor, reviewer, auditor, admin (or 编辑,
 * 审核人, 审计, 管理员); several are separated by ";", "|", "、" or spaces. Levels 1–3 (初审/复审/终审) only for
 * reviewers. An empty password means "generate one".
 */

export interface UserSpec {
  name: string;
  roles: TeamRole[];
  levels: number[];
  password?: string;
}

const ROLE_ALIASES: Record<string, TeamRole> = {
  editor: 'editor',
  编辑: 'editor',
  小编: 'editor',
  reviewer: 'reviewer',
  审核人: 'reviewer',
  审核: 'reviewer',
  auditor: 'auditor',
  审计: 'auditor',
  admin: 'admin',
  管理员: 'admin',
};
const LEVEL_ALIASES: Record<string, number> = { '1': 1, '2': 2, '3': 3, 初审: 1, 复审: 2, 终审: 3 };
const HEADER_ALIASES: Record<string, 'name' | 'roles' | 'levels' | 'password'> = {
  name: 'name',
  用户名: 'name',
  roles: 'roles',
  role: 'roles',
  角色: 'roles',
  levels: 'levels',
  level: 'levels',
  审核级别: 'levels',
  级别: 'levels',
  password: 'password',
  密码: 'password',
};

/** Checks a user name for CouchDB and for the team document ids; returns the problem or undefined. */
function userNameProblem(name: string): string | undefined {
  if (!USER_NAME_RE.test(name)) return `invalid user name ${JSON.stringify(name)} (1–64 characters, no spaces or ":")`;
  if (name.startsWith('_')) return `invalid user name ${JSON.stringify(name)} (must not start with "_")`;
  return undefined;
}

function splitList(s: string): string[] {
  return s
    .split(/[;|、,\s]+/)
    .map((x) => x.trim())
    .filter(Boolean);
}

/** Validates one user; throws one line naming the problem. */
export function normalizeUser(raw: {
  name?: unknown;
  roles?: unknown;
  levels?: unknown;
  password?: unknown;
}): UserSpec {
  const name = typeof raw.name === 'string' ? raw.name.trim() : '';
  const nameProblem = userNameProblem(name);
  if (nameProblem) throw new Error(nameProblem);
  const roleItems = Array.isArray(raw.roles) ? raw.roles.map(String) : splitList(String(raw.roles ?? ''));
  const roles: TeamRole[] = [];
  for (const r of roleItems) {
    const role = ROLE_ALIASES[r.toLowerCase()] ?? ROLE_ALIASES[r];
    if (!role) throw new Error(`${name}: unknown role ${JSON.stringify(r)} (${TEAM_ROLES.join(', ')})`);
    if (!roles.includes(role)) roles.push(role);
  }
  if (roles.length === 0) throw new Error(`${name}: no role (${TEAM_ROLES.join(', ')})`);
  const levelItems = Array.isArray(raw.levels) ? raw.levels.map(String) : splitList(String(raw.levels ?? ''));
  const levels: number[] = [];
  for (const l of levelItems) {
    const level = LEVEL_ALIASES[l];
    if (!level) throw new Error(`${name}: unknown review level ${JSON.stringify(l)} (1, 2, 3)`);
    if (!levels.includes(level)) levels.push(level);
  }
  levels.sort();
  if (roles.includes('reviewer') && levels.length === 0)
    throw new Error(`${name}: a reviewer needs a level (1, 2 or 3)`);
  if (!roles.includes('reviewer') && levels.length > 0) throw new Error(`${name}: levels are only for reviewers`);
  const spec: UserSpec = { name, roles, levels };
  if (raw.password !== undefined && raw.password !== null && String(raw.password) !== '') {
    const password = String(raw.password);
    if (password.length < 8) throw new Error(`${name}: password shorter than 8 characters`);
    spec.password = password;
  }
  return spec;
}

/** Parses a users file (CSV or JSON by content); every problem is reported with its line or index. */
export function parseUsersFile(text: string, fileName: string): { users: UserSpec[]; errors: string[] } {
  const errors: string[] = [];
  const users: UserSpec[] = [];
  const trimmed = text.replace(/^\ufeff/, '');
  const add = (where: string, raw: Parameters<typeof normalizeUser>[0]) => {
    try {
      const u = normalizeUser(raw);
      if (users.some((x) => x.name === u.name)) errors.push(`${fileName}:${where}: ${u.name} is listed twice`);
      else users.push(u);
    } catch (e) {
      errors.push(`${fileName}:${where}: ${(e as Error).message}`);
    }
  };
  if (/^\s*[[{]/.test(trimmed)) {
    let data: unknown;
    try {
      data = JSON.parse(trimmed);
    } catch (e) {
      return { users: [], errors: [`${fileName}: invalid JSON (${(e as Error).message})`] };
    }
    const list = Array.isArray(data) ? data : (data as { users?: unknown }).users;
    if (!Array.isArray(list)) return { users: [], errors: [`${fileName}: expected an array of users`] };
    list.forEach((u, i) => {
      add(`[${i}]`, u && typeof u === 'object' ? (u as Record<string, unknown>) : {});
    });
    return { users, errors };
  }
  let header: Array<'name' | 'roles' | 'levels' | 'password' | undefined> | undefined;
  for (const rec of csvRecords(trimmed)) {
    if ('error' in rec) {
      errors.push(`${fileName}:${rec.line}: ${rec.error}`);
      continue;
    }
    if (rec.cells.every((c) => c.trim() === '')) continue;
    if (!header) {
      header = rec.cells.map((c) => HEADER_ALIASES[c.trim().toLowerCase()] ?? HEADER_ALIASES[c.trim()]);
      if (!header.includes('name') || !header.includes('roles')) {
        return {
          users: [],
          errors: [`${fileName}:${rec.line}: the header must name the columns name,roles[,levels,password]`],
        };
      }
      continue;
    }
    const row: Record<string, string> = {};
    header.forEach((h, i) => {
      if (h) row[h] = rec.cells[i] ?? '';
    });
    add(String(rec.line), row);
  }
  if (!header) errors.push(`${fileName}: empty file (expected a header name,roles,levels,password)`);
  return { users, errors };
}

/** The CouchDB roles of a user in a unit. */
export function rolesFor(unit: string, user: Pick<UserSpec, 'roles' | 'levels'>): string[] {
  return [...user.roles.map((r) => roleName(unit, r)), ...user.levels.map((l) => levelRole(unit, l))];
}

/** A random password (base64url, 18 characters ≈ 108 bits) for a new user. */
export function generatePassword(): string {
  const bytes = new Uint8Array(14);
  crypto.getRandomValues(bytes);
  let s = '';
  for (const b of bytes) s += String.fromCharCode(b);
  return btoa(s).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '').slice(0, 18);
}
