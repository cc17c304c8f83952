import { describe, expect, it } from 'vitest';
import { memoryArea, OVERRIDE_TTL_MS, OverrideRequests } from '../../../lib/background/override-requests';

const REQ = { hash: 'h1', draftKey: 'wechat:1', title: '通报', blockRules: ['formulation.north-korea'], tabId: 7 };

describe('pending override requests', () => {
  it('survive a restart of the background (a new instance on the same session storage)', async () => {
    const area = memoryArea();
    let now = 1_000_000;
    await new OverrideRequests(area, () => now).add('t1', REQ);
    now += 5 * 60_000; // the reviewer took five minutes; the service worker was stopped meanwhile
    const restarted = new OverrideRequests(area, () => now);
    expect(await restarted.get('t1')).toMatchObject({ hash: 'h1', draftKey: 'wechat:1', tabId: 7 });
  });

  it('expire after their time-to-live and are used up once removed', async () => {
    let now = 0;
    const reqs = new OverrideRequests(memoryArea(), () => now);
    await reqs.add('t1', REQ);
    await reqs.add('t2', { ...REQ, tabId: 8 });
    now = OVERRIDE_TTL_MS - 1;
    expect(await reqs.get('t1')).toBeDefined();
    await reqs.remove('t1');
    expect(await reqs.get('t1')).toBeUndefined();
    now = OVERRIDE_TTL_MS;
    expect(await reqs.get('t2')).toBeUndefined();
    expect(await reqs.get('')).toBeUndefined();
    expect(await reqs.get('never-issued')).toBeUndefined();
  });

  it('a second request from the same tab replaces the first (its window is returned to be closed)', async () => {
    const reqs = new OverrideRequests(memoryArea(), () => 0);
    await reqs.add('old', REQ);
    await reqs.setWindow('old', 42);
    await reqs.add('other-tab', { ...REQ, tabId: 9 });
    const { replaced } = await reqs.add('new', { ...REQ, hash: 'h2' });
    expect(replaced.map((r) => r.windowId)).toEqual([42]);
    expect(await reqs.get('old')).toBeUndefined();
    expect(await reqs.get('new')).toMatchObject({ hash: 'h2' });
    expect(await reqs.get('other-tab')).toMatchObject({ tabId: 9 });
  });

  it('ignore unrelated or malformed session entries', async () => {
    const area = memoryArea();
    await area.set({ 'pg-admin-session': { token: 'x' }, 'pg-override:bad': { hash: 1 } });
    const reqs = new OverrideRequests(area, () => 0);
    expect(await reqs.get('bad')).toBeUndefined();
    const { replaced } = await reqs.add('t', REQ);
    expect(replaced).toEqual([]);
    expect((await area.get('pg-admin-session'))['pg-admin-session']).toEqual({ token: 'x' });
  });
});
