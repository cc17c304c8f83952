import { describe, expect, it } from 'vitest';
import { CouchAdminError, isCleartextRemote, serverBase } from '../../../lib/team/couch-admin';
import { generatePassword, parseUsersFile, rolesFor } from '../../../lib/team/users';

describe('users file', () => {
  it('reads CSV with English or Chinese headers, role and level aliases', () => {
    const csv =
      '\ufeff用户名,角色,审核级别,密码\r\n王小编,编辑,,\r\n李科长,审核人,初审,li-password-1\r\n"张主任","reviewer;auditor","2;3",\r\n\r\n';
    const { users, errors } = parseUsersFile(csv, 'u.csv');
    expect(errors).toEqual([]);
    expect(users).toEqual([
      { name: '王小编', roles: ['editor'], levels: [] },
      { name: '李科长', roles: ['reviewer'], levels: [1], password: 'li-password-1' },
      { name: '张主任', roles: ['reviewer', 'auditor'], levels: [2, 3] },
    ]);
    expect(rolesFor('xuanchuan', users[2]!)).toEqual([
      'xuanchuan:reviewer',
      'xuanchuan:auditor',
      'xuanchuan:level2',
      'xuanchuan:level3',
    ]);
  });

  it('reads JSON and reports every problem with its place', () => {
    const json = JSON.stringify([
      { name: 'a1', roles: ['editor'] },
      { name: 'a:b', roles: ['editor'] },
      { name: 'r1', roles: ['reviewer'], levels: [4] },
      { name: 'e1', roles: ['editor'], levels: [1] },
      { name: 'a1', roles: ['auditor'] },
      { name: 'p1', roles: ['boss'] },
      { name: 'p2', roles: ['editor'], password: 'short' },
      { name: '_x', roles: ['editor'] },
    ]);
    const { users, errors } = parseUsersFile(json, 'u.json');
    expect(users.map((u) => u.name)).toEqual(['a1']);
    expect(errors).toEqual([
      'u.json:[1]: invalid user name "a:b" (1–64 characters, no spaces or ":")',
      'u.json:[2]: r1: unknown review level "4" (1, 2, 3)',
      'u.json:[3]: e1: levels are only for reviewers',
      'u.json:[4]: a1 is listed twice',
      'u.json:[5]: p1: unknown role "boss" (editor, reviewer, auditor, admin)',
      'u.json:[6]: p2: password shorter than 8 characters',
      'u.json:[7]: invalid user name "_x" (must not start with "_")',
    ]);
  });

  it('rejects files without the required header or with broken quoting', () => {
    expect(parseUsersFile('a,b\nx,y\n', 'u.csv').errors).toEqual([
      'u.csv:1: the header must name the columns name,roles[,levels,password]',
    ]);
    expect(parseUsersFile('name,roles\n"x,editor\n', 'u.csv').errors[0]).toMatch(/^u\.csv:2: 引号没有闭合/);
    expect(parseUsersFile('', 'u.csv').errors).toEqual([
      'u.csv: empty file (expected a header name,roles,levels,password)',
    ]);
    expect(parseUsersFile('[{', 'u.json').errors[0]).toMatch(/^u\.json: invalid JSON/);
  });

  it('generates distinct random passwords', () => {
    const a = generatePassword();
    expect(a).toMatch(/^[A-Za-z0-9_-]{18}$/);
    expect(generatePassword()).not.toBe(a);
  });
});

describe('server URL', () => {
  it('refuses credentials in the URL and non-http schemes; flags clear-text remote servers', () => {
    expect(serverBase('https://couch.example.gov.cn:6984/')).toBe('https://couch.example.gov.cn:6984');
    expect(() => serverBase('https://admin:pw@couch.example.gov.cn')).toThrow(CouchAdminError);
    expect(() => serverBase('ftp://x')).toThrow(/must be http\(s\)/);
    expect(() => serverBase('not a url')).toThrow(/invalid --url/);
    expect(isCleartextRemote('http://10.1.2.3:5984')).toBe(true);
    expect(isCleartextRemote('http://127.0.0.1:5984')).toBe(false);
    expect(isCleartextRemote('https://couch.example.gov.cn')).toBe(false);
  });
});
