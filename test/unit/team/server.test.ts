import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { designDoc } from '../../../lib/team/design';
import { checkTeamLogin } from '../../../lib/team/session';
import { basic, freePort, startTestCouch, type TestCouch } from '../../helpers/couch-server';
import { approve, audit, reject, submission, withdrawal } from './fixtures';

// `publish-guard team init` against a real CouchDB-compatible server (pouchdb-server), then real HTTP
// requests as the users it created: what the server itself refuses, whatever a client does.

const root = join(import.meta.dirname, '../../..');
// These tests start a CouchDB-compatible server and spawn the CLI several times each: on a loaded two-core machine
// one can take longer than vitest's 5 s default (a time limit, not a speed assertion).
vi.setConfig({ testTimeout: 60_000 });
const bin = join(root, 'bin/publish-guard.cjs');
let couch: TestCouch;
let dir: string;
const passwords = new Map<string, string>();

function cli(
  args: string[],
  env: Record<string, string> = {},
): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const p = spawn(process.execPath, [bin, ...args], {
      cwd: dir,
      env: { ...process.env, NO_COLOR: '1', PUBLISH_GUARD_NO_CACHE: '1', ...env },
    });
    let stdout = '';
    let stderr = '';
    p.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    p.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    p.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

const adminArgs = () => ['--url', couch.url, '--admin-user', couch.admin.user, '--admin-password-file', 'admin.pw'];

function as(user: string) {
  return basic(user, passwords.get(user)!);
}

async function put(user: string | undefined, doc: { _id: string }, db = 'unit1') {
  const headers = user ? as(user) : { 'content-type': 'application/json' };
  const r = await fetch(`${couch.url}/${db}/${encodeURIComponent(doc._id)}`, {
    method: 'PUT',
    headers,
    body: JSON.stringify(doc),
  });
  return { status: r.status, body: (await r.json()) as { rev?: string; reason?: string } };
}

beforeAll(async () => {
  execFileSync(process.execPath, ['scripts/build-cli.mjs'], { cwd: root, stdio: 'ignore' });
  dir = mkdtempSync(join(tmpdir(), 'pg-team-'));
  couch = await startTestCouch();
  writeFileSync(join(dir, 'admin.pw'), `${couch.admin.password}\n`);
  writeFileSync(
    join(dir, 'users.csv'),
    [
      '用户名,角色,审核级别,密码',
      'editor1,editor,,editor1-password',
      'rev1,reviewer,初审,',
      'rev2,审核人,2;3,',
      'aud1,auditor,,',
      'boss,admin,,',
    ].join('\n'),
  );
  writeFileSync(
    join(dir, 'outsider.json'),
    JSON.stringify([{ name: 'outsider', roles: ['editor'], password: 'outsider-pass' }]),
  );
});

afterAll(async () => {
  await couch?.dispose();
});

describe('publish-guard team init', () => {
  it('creates the database, design document, security object and users, printing generated passwords once', async () => {
    const r = await cli(['team', 'init', ...adminArgs(), '--db', 'unit1', '--users', 'users.csv']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/数据库 unit1: 已创建/);
    expect(r.stdout).toMatch(/_design\/publish-guard: 已安装/);
    const printed = [...r.stdout.matchAll(/^ {2}(\S+)\t(\S+)$/gm)].map((m) => [m[1]!, m[2]!] as const);
    expect(printed.map(([n]) => n)).toEqual(['rev1', 'rev2', 'aud1', 'boss']);
    for (const [name, pw] of printed) passwords.set(name, pw);
    passwords.set('editor1', 'editor1-password');
    const session = await fetch(`${couch.url}/_session`, { headers: as('rev2') });
    expect(((await session.json()) as { userCtx: { roles: string[] } }).userCtx.roles.sort()).toEqual([
      'unit1:level2',
      'unit1:level3',
      'unit1:reviewer',
    ]);
  });

  it('is idempotent: a re-run leaves users and reports the design document as current', async () => {
    const r = await cli(['team', 'init', ...adminArgs(), '--db', 'unit1', '--users', 'users.csv']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/数据库 unit1: 已存在/);
    expect(r.stdout).toMatch(/已是最新/);
    expect(r.stdout).toMatch(/用户 rev1: 已存在，未改动/);
    expect(r.stdout).not.toMatch(/初始密码/);
    const session = await fetch(`${couch.url}/_session`, { headers: as('rev1') });
    expect(((await session.json()) as { userCtx: { name: string } }).userCtx.name).toBe('rev1');
  });

  it('updates an outdated design document to the current version', async () => {
    const A = basic(couch.admin.user, couch.admin.password);
    const cur = (await (await fetch(`${couch.url}/unit1/_design/publish-guard`, { headers: A })).json()) as {
      _rev: string;
    };
    const old = designDoc('unit1');
    old.validate_doc_update = 'function (newDoc) {}';
    old.publishGuard = { ...old.publishGuard, version: 0, sourceHash: 'old' };
    const w = await fetch(`${couch.url}/unit1/_design/publish-guard`, {
      method: 'PUT',
      headers: A,
      body: JSON.stringify({ ...old, _rev: cur._rev }),
    });
    expect(w.status).toBe(201);
    const r = await cli(['team', 'init', ...adminArgs(), '--db', 'unit1']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/已更新 \/ updated \(version 0 → 1\)/);
    const now = (await (await fetch(`${couch.url}/unit1/_design/publish-guard`, { headers: A })).json()) as {
      validate_doc_update: string;
    };
    expect(now.validate_doc_update).toBe(designDoc('unit1').validate_doc_update);
  });

  it('gives one-line errors: unreachable server, wrong password, a foreign database, a bad users file', async () => {
    const port = await freePort();
    const down = await cli(
      ['team', 'init', '--url', `http://127.0.0.1:${port}`, '--admin-user', 'x', '--db', 'unit1'],
      {
        PUBLISH_GUARD_ADMIN_PASSWORD: 'x',
      },
    );
    expect(down.status).toBe(2);
    expect(down.stderr).toMatch(/^publish-guard: cannot reach CouchDB at http:\/\/127\.0\.0\.1:\d+: ECONNREFUSED\n$/);

    const wrong = await cli(['team', 'init', '--url', couch.url, '--admin-user', couch.admin.user, '--db', 'unit1'], {
      PUBLISH_GUARD_ADMIN_PASSWORD: 'wrong',
    });
    expect(wrong.status).toBe(2);
    expect(wrong.stderr).toMatch(/^publish-guard: CouchDB refused the credentials of pgadmin \(401/);

    const A = basic(couch.admin.user, couch.admin.password);
    await fetch(`${couch.url}/other`, { method: 'PUT', headers: A });
    await fetch(`${couch.url}/other/some-doc`, { method: 'PUT', headers: A, body: '{"a":1}' });
    const foreign = await cli(['team', 'init', ...adminArgs(), '--db', 'other']);
    expect(foreign.status).toBe(2);
    expect(foreign.stderr).toMatch(/database other already holds 1 documents and no _design\/publish-guard/);

    const otherUnit = await cli(['team', 'init', ...adminArgs(), '--db', 'unit1', '--unit', 'unit9']);
    expect(otherUnit.stderr).toMatch(/database unit1 belongs to unit "unit1", not "unit9"/);

    writeFileSync(join(dir, 'bad.csv'), 'name,roles,levels\nok1,editor,\nbad user,editor,\nrev9,reviewer,\n');
    const bad = await cli(['team', 'init', ...adminArgs(), '--db', 'unit3', '--users', 'bad.csv']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/bad\.csv:3: invalid user name "bad user"/);
    expect(bad.stderr).toMatch(/bad\.csv:4: rev9: a reviewer needs a level/);
    // Nothing was created: the file is checked before the server is touched.
    expect((await fetch(`${couch.url}/unit3`, { headers: A })).status).toBe(404);

    const nopw = await cli(['team', 'init', '--url', couch.url, '--admin-user', 'x', '--db', 'unit1'], {
      PUBLISH_GUARD_ADMIN_PASSWORD: '',
    });
    expect(nopw.stderr).toMatch(
      /no admin password: pass --admin-password-file FILE or set PUBLISH_GUARD_ADMIN_PASSWORD/,
    );
  });
});

describe('what the server enforces', () => {
  const s = submission('关于开展防汛演练的通知正文', { submitter: 'editor1' });

  it('lets an editor submit in their own name, and refuses submissions by others or in another name', async () => {
    expect((await put('editor1', s)).status).toBe(201);
    expect((await put('rev1', submission('别的稿件', { submitter: 'rev1' }))).status).toBe(403);
    const forged = await put('editor1', submission('代别人送审', { submitter: 'editor2' }));
    expect(forged).toMatchObject({
      status: 403,
      body: { reason: expect.stringMatching(/submitter must be the logged-in user/) },
    });
  });

  it('lets a reviewer sign in their own name at their level', async () => {
    expect((await put('rev1', approve(s, 'rev1', 1))).status).toBe(201);
    expect((await put('rev2', approve(s, 'rev2', 2))).status).toBe(201);
  });

  it('refuses a reviewer forging a sign-off in another reviewer name', async () => {
    const other = submission('另一篇稿件');
    const r = await put('rev1', approve(other, 'rev2', 2));
    expect(r.status).toBe(403);
    expect(r.body.reason).toMatch(/reviewer must be the logged-in user \(rev1\)/);
  });

  it('refuses a sign-off at a level the reviewer does not hold, and an editor signing', async () => {
    const other = submission('第三篇稿件');
    expect((await put('rev1', approve(other, 'rev1', 2))).body.reason).toMatch(/does not hold level 2/);
    const byEditor = await put('editor1', approve(other, 'editor1', 1));
    expect(byEditor.status).toBe(403);
    expect(byEditor.body.reason).toMatch(/only reviewers can sign off/);
  });

  it('refuses a second sign-off by the same reviewer for the same hash, at the same or another level', async () => {
    const again = await put('rev2', approve(s, 'rev2', 2));
    expect([403, 409]).toContain(again.status);
    const otherLevel = await put('rev2', { ...approve(s, 'rev2', 3) });
    expect([403, 409]).toContain(otherLevel.status);
  });

  it('refuses updating or deleting sign-offs, submissions and audit records', async () => {
    const a = audit('editor1', 'uid-1');
    expect((await put('editor1', a)).status).toBe(201);
    for (const [user, id] of [
      ['rev1', approve(s, 'rev1', 1)._id],
      ['editor1', s._id],
      ['editor1', a._id],
    ] as const) {
      const url = `${couch.url}/unit1/${encodeURIComponent(id)}`;
      const cur = (await (await fetch(url, { headers: as(user) })).json()) as Record<string, unknown> & {
        _rev: string;
      };
      const upd = await fetch(url, {
        method: 'PUT',
        headers: as(user),
        body: JSON.stringify({ ...cur, comment: '改过' }),
      });
      expect(upd.status).toBe(403);
      const del = await fetch(`${url}?rev=${cur._rev}`, { method: 'DELETE', headers: as(user) });
      expect(del.status).toBe(403);
      const adminDel = await fetch(`${url}?rev=${cur._rev}`, {
        method: 'DELETE',
        headers: basic(couch.admin.user, couch.admin.password),
      });
      expect(adminDel.status).toBe(403);
      // A replication-style write of a conflicting revision is refused too.
      const bulk = await fetch(`${couch.url}/unit1/_bulk_docs`, {
        method: 'POST',
        headers: as(user),
        body: JSON.stringify({
          new_edits: false,
          docs: [{ ...cur, comment: '冲突', _rev: '1-00000000000000000000000000000000' }],
        }),
      });
      const results = (await bulk.json()) as Array<{ error?: string }>;
      expect(results[0]?.error).toBe('forbidden');
    }
  });

  it('lets an editor withdraw only their own submission; auditors read but cannot write', async () => {
    expect((await put('editor1', withdrawal(s))).status).toBe(201);
    const audRead = await fetch(`${couch.url}/unit1/_all_docs`, { headers: as('aud1') });
    expect(audRead.status).toBe(200);
    expect((await put('aud1', audit('aud1', 'uid-2'))).status).toBe(403);
    expect((await put('aud1', reject(s, 'aud1', 1))).status).toBe(403);
  });

  it('refuses non-members and anonymous users, even to read', async () => {
    const r = await cli(['team', 'init', ...adminArgs(), '--db', 'unit2', '--users', 'outsider.json']);
    expect(r.status).toBe(0);
    passwords.set('outsider', 'outsider-pass');
    // outsider is an editor of unit2, not a member of unit1.
    const read = await fetch(`${couch.url}/unit1/_all_docs`, { headers: as('outsider') });
    expect(read.status).toBe(401);
    const anon = await fetch(`${couch.url}/unit1/_all_docs`);
    expect(anon.status).toBe(401);
    expect((await put('outsider', submission('外单位', { submitter: 'outsider' }))).status).toBe(401);
    expect((await put(undefined, submission('匿名', { submitter: 'anon' }))).status).toBe(401);
  });
});

describe('checking a member login (for the options page)', () => {
  it('says who is logged in, the unit, and what the roles allow; refuses bad passwords and non-members', async () => {
    const server = (user: string, password = passwords.get(user)!) => ({
      url: couch.url,
      db: 'unit1',
      username: user,
      password,
    });
    expect(await checkTeamLogin(server('rev2'))).toEqual({
      ok: true,
      name: 'rev2',
      unit: 'unit1',
      abilities: { editor: false, reviewer: true, auditor: false, admin: false, levels: [2, 3] },
      serverNewer: false,
    });
    expect(await checkTeamLogin(server('rev2', 'wrong'))).toEqual({
      ok: false,
      error: '团队服务器拒绝了用户名或密码',
      problem: { code: 'team.login-refused' },
    });
    expect(await checkTeamLogin({ ...server('editor1'), db: 'other' })).toMatchObject({
      ok: false,
      error: expect.stringMatching(/不是团队数据库 other 的成员|other 不是发布审校的团队数据库/),
      problem: { code: expect.stringMatching(/^team\.(not-member|not-team-db)$/) },
    });
    expect(await checkTeamLogin({ ...server('rev1'), url: `http://127.0.0.1:${await freePort()}` })).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^无法连接团队服务器/),
      problem: { code: 'team.unreachable' },
    });
  });
});

describe('team add-user and disable-user', () => {
  it('adds a reviewer with a generated password, then disables them; their sign-off stays', async () => {
    const add = await cli([
      'team',
      'add-user',
      ...adminArgs(),
      '--db',
      'unit1',
      '--name',
      'rev3',
      '--roles',
      'reviewer',
      '--levels',
      '1',
      '--passwords-out',
      'pw.csv',
    ]);
    expect(add.stderr).toBe('');
    expect(add.status).toBe(0);
    const pw = readFileSync(join(dir, 'pw.csv'), 'utf8').match(/^rev3,(\S+)$/m)![1]!;
    passwords.set('rev3', pw);
    const s = submission('第四篇稿件');
    const signed = await put('rev3', approve(s, 'rev3', 1));
    expect(signed.status).toBe(201);

    const off = await cli(['team', 'disable-user', ...adminArgs(), '--db', 'unit1', '--name', 'rev3']);
    expect(off.status).toBe(0);
    expect(off.stdout).toMatch(/removed: unit1:reviewer, unit1:level1\); 已不能登录/);
    const login = await fetch(`${couch.url}/_session`, { headers: as('rev3') });
    expect(((await login.json()) as { userCtx?: { name: string | null } }).userCtx?.name ?? null).toBeNull();
    expect((await put('rev3', approve(submission('第五篇稿件'), 'rev3', 1))).status).toBe(401);
    // The past sign-off is still there, unchanged.
    const kept = await fetch(`${couch.url}/unit1/${encodeURIComponent(approve(s, 'rev3', 1)._id)}`, {
      headers: as('rev1'),
    });
    expect(kept.status).toBe(200);
    expect(((await kept.json()) as { _rev: string })._rev).toBe(signed.body.rev);
  });

  it('add-user on an existing user changes only this unit roles', async () => {
    const r = await cli([
      'team',
      'add-user',
      ...adminArgs(),
      '--db',
      'unit1',
      '--name',
      'outsider',
      '--roles',
      'auditor',
    ]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/角色已更新/);
    const session = await fetch(`${couch.url}/_session`, { headers: as('outsider') });
    expect(((await session.json()) as { userCtx: { roles: string[] } }).userCtx.roles.sort()).toEqual([
      'unit1:auditor',
      'unit2:editor',
    ]);
    expect((await fetch(`${couch.url}/unit1/_all_docs`, { headers: as('outsider') })).status).toBe(200);
  });
});
