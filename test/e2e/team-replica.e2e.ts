import { join } from 'node:path';
import { build } from 'esbuild';
import type { Page } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SyncReport, TeamServer } from '../../lib/team/replicate';
import { createOnServer, openRemote } from '../../lib/team/replicate';
import { NodePouch } from '../helpers/pouch';
import { startTeamServer, type TeamTestServer } from '../helpers/team-server';
import { approve } from '../unit/team/fixtures';
import { type Harness, launch } from './harness';

// The team client core (pouchdb-browser with its IndexedDB adapter) bundled for Chromium 109 and run in
// real Chromium against the test server: the local replica persists across page loads and server outages.
// The page is served at the server's own origin by request interception, so no CORS set-up is involved
// (the extension reaches the server through an optional host permission instead).

let team: TeamTestServer;
let h: Harness;
let script: string;
const PAGE = () => `${team.couch.url}/__pg/replica.html`;

async function openPage(): Promise<Page> {
  const page = await h.browser.newPage();
  await page.setRequestInterception(true);
  page.on('request', (req) => {
    const url = req.url();
    if (url === PAGE()) {
      return void req.respond({
        status: 200,
        contentType: 'text/html; charset=utf-8',
        body: `<!doctype html><meta charset="utf-8"><script>${script}</script>`,
      });
    }
    if (url.startsWith(`${team.couch.url}/`)) return void req.continue();
    return void req.abort();
  });
  await page.goto(PAGE());
  await page.waitForFunction(() => 'pgTeam' in globalThis);
  return page;
}

type Api = {
  submit(server: TeamServer, body: string): Promise<string>;
  sync(server: TeamServer): Promise<SyncReport>;
  state(
    hash: string,
  ): Promise<{ status: string; reviewers: string[]; sync: { lastSuccess?: string; lastError?: string } }>;
};
const call = <K extends keyof Api>(page: Page, name: K, ...args: Parameters<Api[K]>) =>
  page.evaluate(
    (n, a) => (globalThis as unknown as Record<string, Record<string, (...x: unknown[]) => unknown>>).pgTeam![n]!(...a),
    name,
    args as unknown[],
  ) as ReturnType<Api[K]>;

beforeAll(async () => {
  const out = await build({
    entryPoints: [join(import.meta.dirname, 'team-replica-entry.ts')],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'chrome109',
    minify: true,
    write: false,
    logLevel: 'silent',
  });
  script = out.outputFiles[0]!.text.replace(/<\/script/gi, '<\\/script');
  team = await startTeamServer({ persistent: true });
  h = await launch({ extension: false });
});

afterAll(async () => {
  await h?.close();
  await team?.couch.dispose();
});

describe('team replica in Chromium (pouchdb-browser, IndexedDB)', () => {
  it('submits, receives the sign-off, and keeps the approved state offline after a reload', async () => {
    const editor = team.as('editor1');
    let page = await openPage();
    const hash = await call(page, 'submit', editor, '关于开展防汛演练的通知正文。');
    const first = await call(page, 'sync', editor);
    expect(first).toMatchObject({ ok: true, push: { written: 1 } });
    expect((await call(page, 'state', hash)).status).toBe('pending');

    const rev1 = openRemote(NodePouch, team.as('rev1'));
    const signed = await createOnServer(rev1, approve({ hash, draftKey: 'wechat:e2e-1' }, 'rev1', 1));
    expect(signed.ok).toBe(true);
    expect(await call(page, 'sync', editor)).toMatchObject({ ok: true, pull: { written: 1 } });
    expect(await call(page, 'state', hash)).toMatchObject({ status: 'approved', reviewers: ['rev1'] });

    // Server down, and a fresh page (new JavaScript context, same IndexedDB): the last state is still there.
    await team.couch.stop();
    await page.close();
    page = await openPage();
    const offline = await call(page, 'sync', editor);
    expect(offline.ok).toBe(false);
    expect(offline.problem?.code).toBe('team.unreachable');
    expect(offline.error).toMatch(/^无法连接团队服务器/);
    const state = await call(page, 'state', hash);
    expect(state).toMatchObject({
      status: 'approved',
      reviewers: ['rev1'],
      sync: { lastError: offline.error, lastErrorMessage: offline.problem },
    });
    expect(state.sync.lastSuccess).toBeDefined();
    await team.couch.start();
    const back = await call(page, 'sync', editor);
    expect(back).toMatchObject({ ok: true });
    expect(back.lastSuccess! > state.sync.lastSuccess!).toBe(true);
    await page.close();
  });
});
