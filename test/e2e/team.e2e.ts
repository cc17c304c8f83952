import type { Page } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { basic } from '../helpers/couch-server';
import { startTeamServer, type TeamTestServer } from '../helpers/team-server';
import { clickOverlay, extensionPage, overlayText, tabIdOf, until, waitForOverlay } from './ext';
import { FIXTURE_URLS, serveFixture, waitForSite } from './fixtures';
import { type Harness, launch } from './harness';

/**
 * Team review across two browser profiles (editor1 and rev1), the same built extension, and a pouchdb-server on
 * 127.0.0.1 set up as `team init` sets up a unit: 送审 in the editor's popup → 审核队列 in the reviewer's browser →
 * the editor's gate lets 发表 through; the server refuses a forged sign-off; the editor keeps working offline.
 */

const TITLE = '关于开展2026年度防汛演练的通知';
const BODY = '<p><span leaf="">市应急管理局将于近期组织防汛应急演练，请各单位做好准备。</span></p>';

let team: TeamTestServer;
let editorH: Harness;
let reviewerH: Harness;
let editor: Page;
let queue: Page;
let hash = '';

async function connect(h: Harness, user: string): Promise<void> {
  const page = await extensionPage(h, 'options.html#team');
  await page.waitForSelector('[data-testid=team-form]');
  const login = team.as(user);
  await page.type('[data-testid=team-url]', login.url);
  await page.type('[data-testid=team-db]', login.db);
  await page.type('[data-testid=team-username]', login.username);
  await page.type('[data-testid=team-password]', login.password);
  await page.click('[data-testid=team-connect]');
  await page.waitForSelector('[data-testid=team-connected]', { timeout: 15_000 });
  expect(await page.$eval('[data-testid=team-user]', (e) => e.textContent)).toBe(user);
  await page.close();
}

const handlerCalls = () =>
  editor.evaluate(
    () => (window as unknown as { __site: { handlerCalls: Record<string, number> } }).__site.handlerCalls.js_send ?? 0,
  );

async function closeSiteDialog(): Promise<void> {
  await editor.evaluate(() => {
    for (const b of document.querySelectorAll<HTMLElement>('.weui-desktop-dialog__wrp .js_cancel'))
      if (b.offsetParent) b.click();
  });
}

/** Opens the editor's popup for the editor tab (this syncs once) and returns its team status line. */
async function editorPopup(): Promise<{ page: Page; status: string; age: string }> {
  const tabId = await tabIdOf(editorH, editor);
  const page = await extensionPage(editorH, `popup.html?tabId=${tabId}`);
  await page.waitForSelector('[data-testid=team-panel]', { timeout: 15_000 });
  const status = (await page.$eval('[data-testid=team-review-status]', (e) => e.textContent)) ?? '';
  const age = (await page.$eval('[data-testid=team-sync-age]', (e) => e.textContent)) ?? '';
  return { page, status, age };
}

async function openQueueRow(h: string): Promise<void> {
  await until(
    async () => {
      await queue.click('[data-testid=queue-tab-all]');
      return queue.$(`[data-testid=queue-row][data-hash="${h}"]`);
    },
    (row) => row !== null,
    'the submission in the reviewer queue',
    20_000,
  );
  await queue.click(`[data-testid=queue-row][data-hash="${h}"]`);
  await queue.waitForSelector('[data-testid=queue-item]');
}

/** Every team document on the server (as the auditor), by id. */
async function serverIds(): Promise<string[]> {
  const aud = team.as('aud1');
  const r = await fetch(`${aud.url}/${aud.db}/_all_docs`, { headers: basic(aud.username, aud.password) });
  const body = (await r.json()) as { rows: Array<{ id: string }> };
  return body.rows.map((x) => x.id).filter((id) => !id.startsWith('_design/'));
}

/** The team documents on the server whose id starts with the prefix (read as the auditor). */
async function serverDocs(prefix: string): Promise<Array<Record<string, unknown>>> {
  const aud = team.as('aud1');
  const q = `startkey=${encodeURIComponent(JSON.stringify(prefix))}&endkey=${encodeURIComponent(JSON.stringify(`${prefix}\uffff`))}&include_docs=true`;
  const r = await fetch(`${aud.url}/${aud.db}/_all_docs?${q}`, { headers: basic(aud.username, aud.password) });
  const body = (await r.json()) as { rows: Array<{ doc: Record<string, unknown> }> };
  return body.rows.map((x) => x.doc);
}

/** The trail ids the extension derives from its local replica (the auditor view's data). */
async function trailIds(h: Harness): Promise<string[]> {
  const page = await extensionPage(h, 'queue.html');
  const ids = await page.evaluate(async () => {
    const chrome = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } })
      .chrome;
    await chrome.runtime.sendMessage({ pg: 1, type: 'team/sync', payload: {} });
    const r = (await chrome.runtime.sendMessage({ pg: 1, type: 'team/trail', payload: {} })) as {
      data: { rows: Array<{ id: string }> };
    };
    return r.data.rows.map((x) => x.id);
  });
  await page.close();
  return ids;
}

beforeAll(async () => {
  team = await startTeamServer({ persistent: true });
  [editorH, reviewerH] = await Promise.all([launch(), launch()]);
  await connect(editorH, 'editor1');
  await connect(reviewerH, 'rev1');
  editor = await editorH.browser.newPage();
  await editor.setViewport({ width: 1280, height: 900 });
  await serveFixture(editor, 'wechat-current', { title: TITLE, bodyHtml: BODY });
  await editor.goto(FIXTURE_URLS['wechat-current']);
  await waitForSite(editor);
  await waitForOverlay(editor, '[data-testid=pg-status]', 15_000);
}, 90_000);

afterAll(async () => {
  await editorH?.close();
  await reviewerH?.close();
  await team?.couch.dispose();
});

describe('team review with two browser profiles', () => {
  it('before 送审 the gate stops 发表 and says the draft was not submitted', async () => {
    await editor.click('#js_send button');
    await waitForOverlay(editor, '[data-testid=pg-gate]');
    const note = await waitForOverlay(editor, '[data-testid=pg-team-sync]');
    expect(note).toContain('尚未送审');
    expect(await handlerCalls()).toBe(0);
    await clickOverlay(editor, '[data-testid=pg-gate-close]');
  });

  it('the editor submits (送审) in the popup: 待审核, awaiting 初审', async () => {
    const { page, status } = await editorPopup();
    expect(status).toBe('尚未送审');
    // In team mode the popup has no local sign-off form.
    expect(await page.$('[data-testid=signoff-form]')).toBeNull();
    await page.click('[data-testid=team-submit]');
    await page.waitForFunction(
      () => document.querySelector('[data-testid=team-review-status]')?.textContent === '待审核：等待初审',
      { timeout: 15_000 },
    );
    await page.close();
  });

  it('the reviewer sees it in the queue and approves; the editor’s gate lets 发表 through', async () => {
    queue = await extensionPage(reviewerH, 'queue.html');
    await queue.waitForSelector('[data-testid=queue-list]');
    await until(
      () => queue.$$eval('[data-testid=queue-row]', (rows) => rows.map((r) => r.getAttribute('data-hash') ?? '')),
      (hashes) => hashes.length === 1,
      'one pending draft in the queue',
      20_000,
    ).then((hashes) => {
      hash = hashes[0]!;
    });
    await openQueueRow(hash);
    const text = await queue.$eval('[data-testid=queue-item]', (e) => e.textContent);
    expect(text).toContain(TITLE);
    expect(text).toContain('防汛应急演练');
    // Approving needs all five 关 (checked in the page; the server's validator requires them too).
    await queue.click('[data-testid=queue-approve]');
    expect(await queue.$eval('[data-testid=queue-result]', (e) => e.textContent)).toContain('五关');
    for (const k of ['politics', 'law', 'policy', 'secrecy', 'text'])
      await queue.click(`[data-testid=queue-check-${k}]`);
    await queue.type('[data-testid=queue-comment]', '同意发布');
    await queue.click('[data-testid=queue-approve]');
    await queue.waitForFunction(() => document.querySelector('[data-testid=queue-result]')?.textContent === '已签发', {
      timeout: 15_000,
    });

    // The editor's next activity (opening the popup) replicates the sign-off; the in-page status follows.
    const { page, status } = await editorPopup();
    expect(status).toBe('团队审核已签发');
    expect(await page.$eval('[data-testid=team-signoffs]', (e) => e.textContent)).toContain('rev1（初审）签发');
    await page.close();
    await until(
      () => overlayText(editor, '[data-testid=pg-status]'),
      (t) => t === '已签发',
      'the editor status 已签发',
    );
    await editor.click('#js_send button');
    await until(handlerCalls, (n) => n === 1, 'the site publish handler to run once');
    await closeSiteDialog();
  });

  it('a reviewer forging a sign-off in another reviewer’s name is refused by the server', async () => {
    const rev1 = team.as('rev1');
    const forged = {
      _id: `signoff:${hash}:rev2`,
      type: 'signoff',
      format: 1,
      hash,
      reviewer: 'rev2',
      level: 2,
      decision: 'approve',
      checklist: { politics: true, law: true, policy: true, secrecy: true, text: true },
      comment: '',
      time: new Date().toISOString(),
    };
    // From the reviewer's own browser, with the reviewer's own credentials: only the server can stop it.
    const answer = await queue.evaluate(
      async (url, user, password, doc) => {
        const r = await fetch(`${url}/${encodeURIComponent(doc._id)}`, {
          method: 'PUT',
          headers: { authorization: `Basic ${btoa(`${user}:${password}`)}`, 'content-type': 'application/json' },
          body: JSON.stringify(doc),
        });
        return { status: r.status, body: await r.text() };
      },
      `${rev1.url}/${rev1.db}`,
      rev1.username,
      rev1.password,
      forged,
    );
    expect(answer.status).toBe(403);
    expect((await serverIds()).includes(forged._id)).toBe(false);
  });

  it('offline (server stopped) the editor keeps the approved state, says how old it is, and catches up', async () => {
    await team.couch.stop();
    const { page, status, age } = await editorPopup();
    expect(status).toBe('团队审核已签发');
    expect(age).toMatch(/审核状态同步于/);
    expect(age).toContain('当前无法连接团队服务器');
    await page.close();
    const before = await handlerCalls();
    await editor.click('#js_send button');
    await until(handlerCalls, (n) => n === before + 1, 'the publish handler to run while offline');
    await closeSiteDialog();
    await team.couch.start();
    const back = await editorPopup();
    expect(back.age).not.toContain('当前无法连接');
    await back.page.close();
  });

  it('an edit after approval is stale on both sides; a re-submission made offline reaches the reviewer later', async () => {
    await editor.click('#ueditor_0 .ProseMirror');
    await editor.keyboard.press('End');
    await editor.keyboard.type('请准时参加。');
    await until(
      () => overlayText(editor, '[data-testid=pg-status]'),
      (t) => t === '内容已修改，需重新审核',
      'the editor status stale',
    );
    const before = await handlerCalls();
    await editor.click('#js_send button');
    const gate = await waitForOverlay(editor, '[data-testid=pg-gate]');
    expect(gate).toContain('重新审核');
    expect(await handlerCalls()).toBe(before);
    await clickOverlay(editor, '[data-testid=pg-gate-close]');

    // Submitted while the server is down: kept locally, pushed by the next sync.
    await team.couch.stop();
    const offline = await editorPopup();
    await offline.page.click('[data-testid=team-submit]');
    await offline.page.waitForFunction(
      () => document.querySelector('[data-testid=team-submit-message]')?.textContent === '已保存，联网后自动送审',
      { timeout: 15_000 },
    );
    await offline.page.close();
    await team.couch.start();
    const online = await editorPopup();
    expect(online.age).not.toContain('当前无法连接');
    await online.page.close();

    // The reviewer's queue (live sync while open) shows the new version as changed since sign-off.
    const rows = await until(
      () =>
        queue.$$eval('[data-testid=queue-row]', (els) =>
          els.map((r) => ({ hash: r.getAttribute('data-hash') ?? '', text: r.textContent ?? '' })),
        ),
      (list) => list.some((r) => r.hash !== hash),
      'the re-submitted draft in the reviewer queue',
      30_000,
    );
    const fresh = rows.find((r) => r.hash !== hash)!;
    expect(fresh.text).toContain('已修改');
  });

  it('the server refuses a reviewer who lost the role, and the queue shows the refusal', async () => {
    await team.admin.disableUser(team.unit, 'rev1', new Date().toISOString());
    const fresh = await queue.$$eval('[data-testid=queue-row]', (els) =>
      els.map((r) => r.getAttribute('data-hash') ?? ''),
    );
    await openQueueRow(fresh.find((h) => h !== hash)!);
    for (const k of ['politics', 'law', 'policy', 'secrecy', 'text'])
      await queue.click(`[data-testid=queue-check-${k}]`);
    await queue.click('[data-testid=queue-approve]');
    const refusal = await until(
      () => queue.$eval('[data-testid=queue-result]', (e) => e.textContent ?? '').catch(() => ''),
      (t) => t.length > 0,
      'the refusal',
    );
    expect(refusal).toMatch(/服务器拒绝签发|签发未写入服务器/);
  });

  it('no record is lost or duplicated: both profiles hold exactly the server’s documents', async () => {
    const ids = (await serverIds()).sort();
    expect(ids.filter((id) => id.startsWith('submission:'))).toHaveLength(2);
    expect(ids.filter((id) => id.startsWith('signoff:'))).toEqual([`signoff:${hash}:rev1`]);
    // The editor's own trail (the publish that went through after approval) is in the unit's trail too.
    const audits = await serverDocs('audit:editor1:');
    expect(audits.some((d) => d.action === 'publish' && d.hash === hash)).toBe(true);
    const [ed, rev] = await Promise.all([trailIds(editorH), trailIds(reviewerH)]);
    expect([...ed].sort()).toEqual(ids);
    expect(new Set(rev).size).toBe(rev.length);
    expect(new Set(ed).size).toBe(ed.length);

    // The records page's 团队 view shows that whole trail.
    const records = await extensionPage(editorH, 'records.html');
    await records.waitForSelector('[data-testid=tab-team]', { timeout: 15_000 });
    await records.click('[data-testid=tab-team]');
    await records.waitForSelector('[data-testid=team-trail-row]', { timeout: 15_000 });
    const kinds = await records.$$eval('[data-testid=team-trail-row]', (rows) =>
      rows.map((r) => r.getAttribute('data-kind')),
    );
    expect(kinds.filter((k) => k === 'submission')).toHaveLength(2);
    expect(kinds.filter((k) => k === 'signoff')).toHaveLength(1);
    await records.close();
  });
});
