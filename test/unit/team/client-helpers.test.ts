import { describe, expect, it } from 'vitest';
import { filterTrail, trailCsv } from '../../../components/history/team-trail';
import { syncAgeText } from '../../../lib/review/sync-age';
import type { TrailRow } from '../../../lib/team/derive';
import { originPattern, teamUrlProblem } from '../../../lib/team/server-url';

describe('team server URL (set-up)', () => {
  it('accepts https anywhere and plain http only on this computer', () => {
    expect(teamUrlProblem('https://couch.example.gov.cn:6984')).toBeUndefined();
    expect(teamUrlProblem('http://127.0.0.1:5984')).toBeUndefined();
    expect(teamUrlProblem('http://localhost:5984')).toBeUndefined();
    expect(teamUrlProblem('http://couch.example.gov.cn:5984')).toMatch(/HTTPS/);
    expect(teamUrlProblem('https://admin:pw@couch.example.gov.cn')).toMatch(/用户名或密码/);
    expect(teamUrlProblem('couch.example.gov.cn')).toMatch(/无效/);
    expect(teamUrlProblem('ftp://couch.example.gov.cn')).toMatch(/HTTPS/);
  });

  it('asks for the host permission of that one origin', () => {
    expect(originPattern('https://couch.example.gov.cn:6984/')).toBe('https://couch.example.gov.cn/*');
    expect(originPattern('http://127.0.0.1:41234')).toBe('http://127.0.0.1/*');
  });
});

describe('how old the replicated state is', () => {
  const now = Date.parse('2026-12-04T08:00:00Z');
  it('says never, just now, minutes, hours and days', () => {
    expect(syncAgeText(undefined, now)).toBe('审核状态尚未与团队服务器同步');
    expect(syncAgeText('garbage', now)).toBe('审核状态尚未与团队服务器同步');
    expect(syncAgeText('2026-12-04T07:59:30Z', now)).toBe('审核状态同步于刚刚');
    expect(syncAgeText('2026-12-04T07:55:00Z', now)).toBe('审核状态同步于 5 分钟前');
    expect(syncAgeText('2026-12-04T05:00:00Z', now)).toBe('审核状态同步于 3 小时前');
    expect(syncAgeText('2026-12-01T08:00:00Z', now)).toBe('审核状态同步于 3 天前');
  });
});

describe('the records page team view', () => {
  const rows: TrailRow[] = [
    {
      id: 'submission:a:ed',
      time: '2026-12-01T02:00:00Z',
      kind: 'submission',
      action: 'submission',
      user: 'ed',
      summary: '送审（需 1 级签发）：防汛通知',
      account: '市应急局',
    },
    {
      id: 'signoff:a:rev1',
      time: '2026-12-03T02:00:00Z',
      kind: 'signoff',
      action: 'approve',
      user: 'rev1',
      level: 1,
      summary: '=初审通过',
      account: '市应急局',
    },
    {
      id: 'audit:x:1',
      time: '2026-12-03T03:00:00Z',
      kind: 'audit',
      action: 'override',
      user: 'x',
      claimedActor: '王主任',
      summary: '放行',
      account: '市政府',
    },
  ];

  it('applies the page filters: account, dates, reviewer (authenticated or claimed) and words', () => {
    expect(filterTrail(rows, { account: '市应急局' }).map((r) => r.id)).toEqual(['submission:a:ed', 'signoff:a:rev1']);
    expect(filterTrail(rows, { from: '2026-12-02' }).map((r) => r.id)).toEqual(['signoff:a:rev1', 'audit:x:1']);
    expect(filterTrail(rows, { to: '2026-12-02' }).map((r) => r.id)).toEqual(['submission:a:ed']);
    expect(filterTrail(rows, { reviewer: '王主任' }).map((r) => r.id)).toEqual(['audit:x:1']);
    expect(filterTrail(rows, { text: '防汛 送审' }).map((r) => r.id)).toEqual(['submission:a:ed']);
  });

  it('exports formula-safe CSV with the authenticated user and the claimed actor apart', () => {
    const csv = trailCsv(rows);
    expect(csv.startsWith('\uFEFF时间,类型,动作,用户（服务器认证）,记录机器声称的操作人')).toBe(true);
    expect(csv).toContain(",'=初审通过,");
    expect(csv).toContain('x,王主任,');
    expect(csv.split('\r\n').filter(Boolean)).toHaveLength(4);
  });
});
