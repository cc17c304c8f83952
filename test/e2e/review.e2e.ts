import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { until } from '../support/until';
import {
  badgeText,
  clickOverlay,
  configure,
  extensionPage,
  inOverlay,
  overlayText,
  tabIdOf,
  waitForMark,
  waitForOverlay,
} from './ext';
import { FIXTURE_URLS, serveFixture, waitForSite } from './fixtures';
import { type Harness, launch } from './harness';

/** A reviewer PIN stored the older, weaker way (10,000 iterations): it still verifies and is re-hashed on use. */
async function legacyPin(pin: string) {
  const { pbkdf2Sync, randomBytes } = await import('node:crypto');
  const salt = randomBytes(16);
  return {
    algorithm: 'PBKDF2-SHA256',
    iterations: 10_000,
    salt: salt.toString('base64'),
    hash: pbkdf2Sync(pin, salt, 10_000, 32, 'sha256').toString('base64'),
  };
}

/** Clicks 申请放行… in the gate and returns the extension window it opens (a new one, not an earlier test's). */
async function openAuthorizeWindow(h: Harness, page: Page): Promise<Page> {
  const earlier = new Set(h.browser.targets().filter((t) => t.url().includes('/authorize.html')));
  await clickOverlay(page, '[data-testid=pg-override-open]');
  const target = await h.browser.waitForTarget((t) => t.url().includes('/authorize.html?t=') && !earlier.has(t), {
    timeout: 10_000,
  });
  const win = (await target.page()) as Page;
  await win.waitForSelector('[data-testid=authorize-form]');
  return win;
}

/**
 * 先审后发, 谁审核、谁负责: the default publish gate needs one approving sign-off, made in the popup
 * for the exact content; an edit makes it stale; everything lands in history and the CSV export.
 */

const TITLE = '关于开展2026年度防汛演练的通知';
const BODY = '<p><span leaf="">市应急管理局将于近期组织防汛应急演练，请各单位做好准备。</span></p>';

let h: Harness;
let downloads: string;
let editor: Page;

beforeAll(async () => {
  h = await launch();
  downloads = mkdtempSync(join(tmpdir(), 'pg-review-dl-'));
  const cdp = await h.browser.target().createCDPSession();
  await cdp.send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: downloads, eventsEnabled: true });
  editor = await h.browser.newPage();
  await editor.setViewport({ width: 1280, height: 900 });
  await serveFixture(editor, 'wechat-current', { title: TITLE, bodyHtml: BODY });
  await editor.goto(FIXTURE_URLS['wechat-current']);
  await waitForSite(editor);
  await waitForOverlay(editor, '[data-testid=pg-status]', 15_000);
});
afterAll(async () => {
  await h?.close();
  if (downloads) rmSync(downloads, { recursive: true, force: true });
});

const handlerCalls = () =>
  editor.evaluate(
    () => (window as unknown as { __site: { handlerCalls: Record<string, number> } }).__site.handlerCalls.js_send ?? 0,
  );
async function waitForStatus(text: string): Promise<void> {
  await until(
    () => overlayText(editor, '[data-testid=pg-status]'),
    (t) => t === text,
    `status ${text}`,
  );
}
async function closeGate(): Promise<void> {
  await clickOverlay(editor, '[data-testid=pg-gate-close]');
}

describe('reviewer sign-off', () => {
  it('an unreviewed draft cannot be published (the gate asks for a sign-off)', async () => {
    await waitForStatus('待审核');
    await editor.click('#js_send button');
    const text = await waitForOverlay(editor, '[data-testid=pg-gate]');
    expect(text).toContain('先审后发');
    expect(await handlerCalls()).toBe(0);
    await closeGate();
  });

  it('the reviewer checks and signs off in the popup for that tab; the editor shows who signed', async () => {
    const tabId = await tabIdOf(h, editor);
    const popup = await extensionPage(h, `popup.html?tabId=${tabId}`);
    await popup.waitForSelector('[data-testid=popup-status]');
    expect(await popup.$eval('[data-testid=popup-status]', (e) => e.textContent)).toBe('待审核');
    await popup.click('[data-testid=popup-recheck]');
    await popup.waitForSelector('[data-testid=signoff-form]');
    await popup.type('[data-testid=signoff-name]', '王审核');
    // Approving needs every 关 of the checklist.
    await popup.click('[data-testid=signoff-approve]');
    expect(await popup.$eval('[data-testid=signoff-error]', (e) => e.textContent)).toContain('五关');
    for (const k of ['politics', 'law', 'policy', 'secrecy', 'text']) await popup.click(`[data-testid=check-${k}]`);
    await popup.click('[data-testid=signoff-approve]');
    await popup.waitForFunction(() => document.querySelector('[data-testid=popup-status]')?.textContent === '已签发', {
      timeout: 10_000,
    });
    await popup.close();
    await waitForStatus('已签发');
    await clickOverlay(editor, '[data-testid=pg-pill]');
    const signedBy = await waitForOverlay(editor, '[data-testid=pg-signed-by]');
    expect(signedBy).toContain('王审核');
    expect(signedBy).toContain('初审');
  });

  it('the gate honours the sign-off: the site’s publish handler runs once', async () => {
    await editor.click('#js_send button');
    await editor.waitForFunction(
      () =>
        ((window as unknown as { __site: { handlerCalls: Record<string, number> } }).__site.handlerCalls.js_send ?? 0) >
        0,
      { timeout: 5000, polling: 100 },
    );
    expect(await handlerCalls()).toBe(1);
    // Cancel the site's own mass-send dialog (we only needed its handler to run).
    await editor.evaluate(() => {
      for (const b of document.querySelectorAll<HTMLElement>('.weui-desktop-dialog__wrp .js_cancel'))
        if (b.offsetParent) b.click();
    });
  });

  it('any edit makes the sign-off stale: 内容已修改，需重新审核', async () => {
    await editor.click('#ueditor_0 .ProseMirror');
    await editor.keyboard.press('End');
    await editor.keyboard.type('。');
    await waitForStatus('内容已修改，需重新审核');
    const before = await handlerCalls();
    await editor.click('#js_send button');
    const text = await waitForOverlay(editor, '[data-testid=pg-gate]');
    expect(text).toContain('重新审核');
    expect(await handlerCalls()).toBe(before);
    await closeGate();
  });

  it('the sign-off and the checks are in the history page and its CSV export', async () => {
    const page = await extensionPage(h, 'records.html');
    await page.waitForSelector('[data-testid=tab-signoffs]');
    await page.click('[data-testid=tab-signoffs]');
    await page.waitForSelector('[data-testid=history-signoff-row]');
    const row = await page.$eval('[data-testid=history-signoff-row]', (e) => e.textContent);
    expect(row).toContain('王审核');
    expect(row).toContain(TITLE);
    await page.click('[data-testid=export-csv]');
    const ready = await until(
      () => readdirSync(downloads).filter((f) => f.endsWith('.csv')),
      (names) => names.length >= 2,
      'the two CSV downloads',
    );
    const files = ready.map((f) => readFileSync(join(downloads, f), 'utf8'));
    expect(files.some((t) => t.includes('王审核') && t.includes(TITLE))).toBe(true);
    expect(files.some((t) => t.includes(TITLE) && t.includes('已拦截'))).toBe(true);
    await page.close();
  });
});

describe('overriding a block finding', () => {
  it('happens in the extension’s own window: a configured reviewer’s PIN and a reason; it is logged; then the user clicks again', async () => {
    // An older, weaker hash (10,000 iterations): it still verifies and is re-hashed on use.
    const pin = await legacyPin('246810');
    await configure(h, { requiredLevels: 0, reviewers: [{ id: 'r-final', name: '李终审', level: 3, pin }] });
    const page = await h.browser.newPage();
    await page.setViewport({ width: 1280, height: 900 });
    await serveFixture(page, 'wechat-current', {
      title: '通报',
      bodyHtml: '<p><span leaf="">据报道，北朝鲜举行活动。</span></p>',
    });
    await page.goto(FIXTURE_URLS['wechat-current']);
    await page.bringToFront(); // underlines are drawn on animation frames, which background tabs do not get
    await waitForSite(page);
    await waitForMark(page, 'formulation.north-korea', 15_000);

    // The toolbar badge counts block/warn findings for this tab.
    const tabId = await tabIdOf(h, page);
    expect(
      await until(
        () => badgeText(h, tabId),
        (t) => t === '1',
        'the badge',
      ),
    ).toBe('1');
    await page.bringToFront();

    await page.click('#js_send button');
    await waitForOverlay(page, '[data-testid=pg-override-open]');
    // No PIN field, no reviewer list in the page.
    expect(await inOverlay(page, (root) => root.querySelectorAll('input, select, textarea').length)).toBe(0);
    const win = await openAuthorizeWindow(h, page);
    await win.type('[data-testid=authorize-reason]', '转载新华社原文，经宣传部同意');
    await win.type('[data-testid=authorize-pin]', '000000');
    await win.click('[data-testid=authorize-submit]');
    await win.waitForSelector('[data-testid=authorize-message]');
    expect(await win.$eval('[data-testid=authorize-message]', (e) => e.textContent)).toContain('PIN不正确');
    await win.type('[data-testid=authorize-pin]', '246810');
    await win.click('[data-testid=authorize-submit]');
    await win.waitForSelector('[data-testid=authorize-done]');
    await page.bringToFront();
    expect(
      await page.evaluate(
        () =>
          (window as unknown as { __site: { handlerCalls: Record<string, number> } }).__site.handlerCalls.js_send ?? 0,
      ),
    ).toBe(0);
    await clickOverlay(page, '[data-testid=pg-gate-close]');
    await until(
      async () => {
        await page.click('#js_send button');
        return page.evaluate(
          () =>
            (window as unknown as { __site: { handlerCalls: Record<string, number> } }).__site.handlerCalls.js_send ??
            0,
        );
      },
      (n) => n === 1,
      'the override to let the next click through',
    );

    const ext = await extensionPage(h, 'records.html');
    await ext.waitForSelector('[data-testid=tab-audit]');
    await ext.click('[data-testid=tab-audit]');
    await ext.waitForSelector('[data-testid=history-audit-row][data-action=override]');
    const row = await ext.$eval('[data-testid=history-audit-row][data-action=override]', (e) => e.textContent);
    expect(row).toContain('李终审');
    expect(row).toContain('转载新华社原文');
    expect(await ext.$$eval('[data-testid=history-audit-row][data-action=auth-failed]', (r) => r.length)).toBe(1);
    // The weak hash was replaced by one at today's iteration count.
    const stored = await ext.evaluate(
      () =>
        new Promise<number>((resolve) => {
          const r = indexedDB.open('publish-guard');
          r.onsuccess = () => {
            const get = r.result.transaction('settings').objectStore('settings').get('settings');
            get.onsuccess = () => resolve(get.result.value.reviewers[0].pin.iterations);
          };
        }),
    );
    expect(stored).toBe(600_000);
    await ext.close();
    await page.close();
  });
  it('after an override, a missing sign-off still blocks: the gate marks 修改问题 done and asks for 送审/签发, never "click again"', async () => {
    const pin = await legacyPin('135790');
    await configure(h, { requiredLevels: 1, reviewers: [{ id: 'r-first', name: '王初审', level: 1, pin }] });
    const page = await h.browser.newPage();
    await page.setViewport({ width: 1280, height: 900 });
    await serveFixture(page, 'wechat-current', {
      title: '简报',
      bodyHtml: '<p><span leaf="">据报道，北朝鲜举行阅兵。</span></p>',
    });
    await page.goto(FIXTURE_URLS['wechat-current']);
    await page.bringToFront();
    await waitForSite(page);
    await waitForMark(page, 'formulation.north-korea', 15_000);
    await page.click('#js_send button');
    await waitForOverlay(page, '[data-testid=pg-override-open]');
    const win = await openAuthorizeWindow(h, page);
    await win.type('[data-testid=authorize-reason]', '引用外电原文，已请示');
    await win.type('[data-testid=authorize-pin]', '135790');
    await win.click('[data-testid=authorize-submit]');
    await win.waitForSelector('[data-testid=authorize-done]');
    await page.bringToFront();
    await clickOverlay(page, '[data-testid=pg-gate-close]');
    await until(
      () => overlayText(page, '[data-testid=pg-gate]'),
      (t) => t === null,
      'the gate to close',
    );

    await page.click('#js_send button');
    const steps = await until(
      () =>
        inOverlay(page, (root) =>
          Array.from(root.querySelectorAll<HTMLElement>('[data-step]')).map(
            (e) => `${e.dataset.step}:${e.dataset.done}`,
          ),
        ),
      (v) => Array.isArray(v) && v.includes('fix:1'),
      'the gate to show the override as done',
    );
    expect(steps).toEqual(['fix:1', 'review:0', 'publish:0']);
    expect(await overlayText(page, '[data-testid=pg-gate-review]')).not.toBeNull();
    expect(await overlayText(page, '[data-testid=pg-confirm]')).toBeNull();
    const next = await overlayText(page, '[data-testid=pg-gate-next]');
    expect(next).toContain('完成以上步骤后');
    expect(next).not.toContain('以上都已完成');
    expect(
      await page.evaluate(
        () =>
          (window as unknown as { __site: { handlerCalls: Record<string, number> } }).__site.handlerCalls.js_send ?? 0,
      ),
    ).toBe(0);
    await page.close();
  });
});
