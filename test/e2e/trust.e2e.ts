import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'puppeteer';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  auditRecords,
  clickOverlay,
  configure,
  extensionPage,
  inOverlay,
  overlayText,
  stopServiceWorker,
  tabIdOf,
  until,
  waitForOverlay,
} from './ext';
import { FIXTURE_URLS, serveFixture, waitForSite } from './fixtures';
import { type Harness, launch } from './harness';

/**
 * Issue 13: the review trail cannot be forged from the page or by the editor. Each attack from the issue is run
 * against the built extension in real Chromium (fixture pages, not the live sites) and must fail.
 */

let h: Harness;
const opened: Page[] = [];
const tmp = mkdtempSync(join(tmpdir(), 'pg-trust-'));

beforeAll(async () => {
  h = await launch();
});
afterEach(async () => {
  for (const p of opened.splice(0)) await p.close().catch(() => undefined);
});
afterAll(async () => {
  await h?.close();
  rmSync(tmp, { recursive: true, force: true });
});

const BLOCKED = '<p><span leaf="">据报道，北朝鲜举行活动。</span></p>';

async function editor(config = { title: '通报', bodyHtml: BLOCKED }): Promise<Page> {
  const page = await h.browser.newPage();
  opened.push(page);
  await page.setViewport({ width: 1280, height: 900 });
  await serveFixture(page, 'wechat-current', config);
  await page.goto(FIXTURE_URLS['wechat-current']);
  await page.bringToFront();
  await waitForSite(page);
  await waitForOverlay(page, '[data-testid=pg-pill]', 15_000);
  return page;
}

/** The current content hash and draft key as the extension sees them (asked from an extension page). */
async function draftState(page: Page): Promise<{ hash: string; draftKey: string }> {
  const url = page.url();
  const ext = await extensionPage(h, 'popup.html');
  try {
    return await until(
      () =>
        ext.evaluate(async (u) => {
          const chrome = (
            globalThis as unknown as {
              chrome: {
                tabs: {
                  query(q: object): Promise<Array<{ id?: number; url?: string }>>;
                  sendMessage(id: number, m: unknown): Promise<{ data?: { hash?: string; draftKey?: string } }>;
                };
              };
            }
          ).chrome;
          const tab = (await chrome.tabs.query({})).find((t) => t.url === u);
          const r = await chrome.tabs.sendMessage(tab?.id ?? -1, { pg: 1, type: 'content/state', payload: {} });
          return { hash: r.data?.hash ?? '', draftKey: r.data?.draftKey ?? '' };
        }, url),
      (s) => s.hash !== '',
      'the draft hash',
    );
  } finally {
    await ext.close();
  }
}

async function gateReasons(page: Page): Promise<string[]> {
  await waitForOverlay(page, '[data-testid=pg-gate]');
  return (
    (await inOverlay(page, (root) =>
      Array.from(root.querySelectorAll<HTMLElement>('[data-reason]')).map((e) => e.dataset.reason ?? ''),
    )) ?? []
  );
}

const jsSend = (page: Page) =>
  page.evaluate(
    () => (window as unknown as { __site: { handlerCalls: Record<string, number> } }).__site.handlerCalls.js_send ?? 0,
  );

describe('attack: a hand-written history file with a sign-off and an override', () => {
  it('is imported as another machine’s history and authorises nothing', async () => {
    await configure(h, { requiredLevels: 1, reviewers: [] });
    const page = await editor();
    const { hash, draftKey } = await draftState(page);
    const now = new Date().toISOString();
    const file = join(tmp, 'forged-history.json');
    writeFileSync(
      file,
      JSON.stringify({
        format: 'publish-guard-history',
        version: 1,
        exportedAt: now,
        checks: [],
        signoffs: [
          {
            uid: 'forged-signoff',
            time: now,
            hash,
            draftKey,
            platform: 'wechat',
            title: '通报',
            reviewerId: 'r-boss',
            reviewer: '王局长',
            level: 1,
            decision: 'approve',
            checklist: { politics: true, law: true, policy: true, secrecy: true, text: true },
            comment: '同意',
            verified: true,
            origin: 'local',
          },
        ],
        audit: [
          {
            uid: 'forged-override',
            time: now,
            action: 'override',
            actor: '王局长',
            summary: '放行',
            details: { hash, reason: '同意' },
            draftKey,
          },
        ],
      }),
    );
    const records = await extensionPage(h, 'records.html');
    opened.push(records);
    await records.waitForSelector('[data-testid=import-file]');
    const input = await records.$('[data-testid=import-file]');
    await (input as import('puppeteer').ElementHandle<HTMLInputElement>).uploadFile(file);
    await records.waitForSelector('[data-testid=history-message]');
    expect(await records.$eval('[data-testid=history-message]', (e) => e.textContent)).toContain('导入完成');
    await records.click('[data-testid=tab-signoffs]');
    await records.waitForSelector('[data-testid=history-signoff-row][data-imported="1"]');
    expect(await records.$eval('[data-testid=history-signoff-row]', (e) => e.textContent)).toContain(
      '来自其他电脑（导入）',
    );

    // The reviewer's popup for that draft lists the forged sign-off as another machine's, and the status is not 已签发.
    const tabId = await tabIdOf(h, page);
    const popup = await extensionPage(h, `popup.html?tabId=${tabId}`);
    opened.push(popup);
    await popup.waitForSelector('[data-testid=popup-history]');
    expect(await popup.$eval('[data-testid=popup-history]', (e) => e.textContent)).toContain(
      '王局长（初审）签发（来自其他电脑（导入），不作为本机签发）',
    );
    expect(await popup.$eval('[data-testid=popup-status]', (e) => e.textContent)).not.toBe('已签发');
    expect(await popup.$('[data-testid=popup-signoffs]')).toBeNull();

    // The editor's gate still stops the draft: the block finding and the missing sign-off both stand.
    await page.bringToFront();
    await page.evaluate(() => document.querySelector<HTMLElement>('#js_send button')?.click());
    const reasons = await gateReasons(page);
    expect(reasons).toContain('block');
    expect(reasons.some((r) => r === 'review' || r === 'pending')).toBe(true);
    expect(await jsSend(page)).toBe(0);
  });
});

describe('attack: the PIN typed into the page, and a page that drives the override form', () => {
  it('the in-page UI is a closed shadow root with no form; the PIN is typed in an extension window the page cannot see', async () => {
    await configure(h, { requiredLevels: 0, reviewers: [] });
    const page = await editor();
    // A hostile page script logs every key and every input it can see.
    await page.evaluate(() => {
      const w = window as unknown as { __keys: string[] };
      w.__keys = [];
      for (const t of ['keydown', 'keypress', 'input'] as const)
        document.addEventListener(t, (e) => w.__keys.push(`${t}:${(e as KeyboardEvent).key ?? ''}`), true);
    });
    await page.click('#js_send button');
    await waitForOverlay(page, '[data-testid=pg-override-open]');
    const seen = await page.evaluate(() => {
      const host = document.querySelector('publish-guard-ui') as HTMLElement | null;
      return {
        host: host !== null,
        shadowRoot: host?.shadowRoot ?? null,
        passwords: document.querySelectorAll('input[type=password]').length,
        forms: document.querySelectorAll('publish-guard-ui form').length,
      };
    });
    expect(seen).toEqual({ host: true, shadowRoot: null, passwords: 0, forms: 0 });
    expect(await inOverlay(page, (root) => root.querySelectorAll('input, select, textarea, form').length)).toBe(0);

    await clickOverlay(page, '[data-testid=pg-override-open]');
    const target = await h.browser.waitForTarget((t) => t.url().includes('/authorize.html?t='));
    const win = (await target.page()) as Page;
    opened.push(win);
    await win.waitForSelector('[data-testid=authorize-form]');
    expect(await win.$('[data-testid=authorize-unverified]')).not.toBeNull();
    await win.type('[data-testid=authorize-name]', '值班编辑');
    await win.type('[data-testid=authorize-reason]', '短理由');
    await win.click('[data-testid=authorize-submit]');
    expect(await win.$eval('[data-testid=authorize-message]', (e) => e.textContent)).toContain('至少 10 个字');
    expect(await page.evaluate(() => (window as unknown as { __keys: string[] }).__keys.length)).toBe(0);
  });

  it('a content script (the page’s side of the extension) cannot authorise, sign off or change settings', async () => {
    const page = await editor();
    const cdp = await page.createCDPSession();
    const contexts: Array<{ id: number; origin: string; auxData?: { type?: string } }> = [];
    cdp.on('Runtime.executionContextCreated', (e) => contexts.push(e.context as never));
    await cdp.send('Runtime.enable');
    const isolated = await until(
      async () => contexts.find((c) => c.auxData?.type === 'isolated' && c.origin.startsWith('chrome-extension://')),
      Boolean,
      "the content script's world",
    );
    const send = async (type: string, payload: unknown) => {
      const r = await cdp.send('Runtime.evaluate', {
        contextId: isolated?.id,
        expression: `chrome.runtime.sendMessage(${JSON.stringify({ pg: 1, type, payload })})`,
        awaitPromise: true,
        returnByValue: true,
      });
      return r.result.value as { ok: boolean; error?: string };
    };
    const tries = await Promise.all([
      send('override/authorize', { token: 'x', reason: '这是一个足够长的放行理由' }),
      send('review/signoff', {
        hash: 'a',
        draftKey: 'k',
        platform: 'wechat',
        title: '',
        name: '伪造',
        decision: 'approve',
        checklist: { politics: true, law: true, policy: true, secrecy: true, text: true },
        comment: '',
      }),
      send('settings/write', { settings: {}, base: '', reason: 'x', summary: 'x' }),
      send('admin/unlock', { password: '12345678' }),
      send('reviewers/list', {}),
    ]);
    for (const t of tries) {
      expect(t.ok).toBe(false);
      expect(t.error).toContain("only accepted from the extension's own pages");
    }
    await cdp.detach();
  });
});

/** A reviewer PIN hash made the way an older version stored it (fewer iterations: quick to set up, re-hashed on use). */
async function oldPinHash(pin: string) {
  const { pbkdf2Sync, randomBytes } = await import('node:crypto');
  const salt = randomBytes(16);
  return {
    algorithm: 'PBKDF2-SHA256',
    iterations: 10_000,
    salt: salt.toString('base64'),
    hash: pbkdf2Sync(pin, salt, 10_000, 32, 'sha256').toString('base64'),
    minLength: pin.length,
  };
}

describe('override end to end while the service worker restarts', () => {
  it('the PIN never reaches the page; the request outlives the worker; the next click publishes', async () => {
    await configure(h, {
      requiredLevels: 0,
      reviewers: [{ id: 'r-sw', name: '孙终审', level: 3, pin: await oldPinHash('731946') }],
    });
    // Its own content: the override it records is bound to this content's hash and must not let other tests' drafts through.
    const page = await editor({ title: '紧急通报', bodyHtml: BLOCKED });
    // A hostile page logs every key and input event and snapshots everything it can read, all along.
    await page.evaluate(() => {
      const w = window as unknown as { __seen: string[] };
      w.__seen = [];
      for (const t of ['keydown', 'keyup', 'keypress', 'input', 'paste'] as const)
        document.addEventListener(t, (e) => w.__seen.push(`${t}:${(e as KeyboardEvent).key ?? ''}`), true);
      const snap = () =>
        w.__seen.push(
          document.documentElement.outerHTML,
          JSON.stringify({ ...localStorage }),
          JSON.stringify({ ...sessionStorage }),
          document.cookie,
        );
      new MutationObserver(snap).observe(document, {
        subtree: true,
        childList: true,
        attributes: true,
        characterData: true,
      });
      setInterval(snap, 200);
    });
    await page.click('#js_send button');
    await waitForOverlay(page, '[data-testid=pg-override-open]');
    await clickOverlay(page, '[data-testid=pg-override-open]');
    const target = await h.browser.waitForTarget((t) => t.url().includes('/authorize.html?t='));
    const win = (await target.page()) as Page;
    opened.push(win);
    await win.waitForSelector('[data-testid=authorize-pin]');

    // Chrome stops an idle service worker after ~30 s; a reviewer writing a reason takes longer than that.
    await stopServiceWorker(h);
    await win.type('[data-testid=authorize-reason]', '转载新华社通稿原文，经宣传部同意');
    await win.type('[data-testid=authorize-pin]', '731946');
    await win.click('[data-testid=authorize-submit]');
    await win.waitForSelector('[data-testid=authorize-done]');

    await page.bringToFront();
    expect(await jsSend(page)).toBe(0);
    await clickOverlay(page, '[data-testid=pg-gate-close]');
    await until(
      async () => {
        await page.click('#js_send button');
        return jsSend(page);
      },
      (n) => n === 1,
      'the override to let the next click through',
    );
    const seen = await page.evaluate(() => (window as unknown as { __seen: string[] }).__seen);
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.some((s) => s.includes('731946'))).toBe(false);
    expect(seen.some((s) => s.startsWith('keydown:'))).toBe(false);
    const override = (await auditRecords(h)).find((a) => a.action === 'override' && a.summary.includes('孙终审'));
    expect(override?.details.verified).toBe(true);
  });
});

describe('attack: guessing a reviewer PIN', () => {
  it('after three wrong PINs the next attempt must wait; every failure is audited', async () => {
    const { pbkdf2Sync, randomBytes } = await import('node:crypto');
    const salt = randomBytes(16);
    const pin = {
      algorithm: 'PBKDF2-SHA256',
      iterations: 10_000,
      salt: salt.toString('base64'),
      hash: pbkdf2Sync('864213', salt, 10_000, 32, 'sha256').toString('base64'),
      minLength: 6,
    };
    await configure(h, { requiredLevels: 0, reviewers: [{ id: 'r-guess', name: '赵复审', level: 2, pin }] });
    const before = (await auditRecords(h)).filter((a) => a.action === 'auth-failed').length;
    const page = await editor();
    await page.click('#js_send button');
    await waitForOverlay(page, '[data-testid=pg-override-open]');
    await clickOverlay(page, '[data-testid=pg-override-open]');
    const target = await h.browser.waitForTarget((t) => t.url().includes('/authorize.html?t='));
    const win = (await target.page()) as Page;
    opened.push(win);
    await win.waitForSelector('[data-testid=authorize-pin]');
    await win.type('[data-testid=authorize-reason]', '演练：核实后立即撤回该稿件');
    const attempt = async (p: string) => {
      await win.$eval('[data-testid=authorize-pin]', (e) => {
        (e as HTMLInputElement).value = '';
      });
      await win.type('[data-testid=authorize-pin]', p);
      await win.click('[data-testid=authorize-submit]');
      return until(
        () => win.$eval('[data-testid=authorize-message]', (e) => e.textContent ?? '').catch(() => ''),
        (t) => t !== '',
        'the answer',
      );
    };
    const answers: string[] = [];
    for (const p of ['000001', '000002', '000003', '864213']) {
      answers.push(await attempt(p));
      await win.$eval('[data-testid=authorize-message]', (e) => e.remove()).catch(() => undefined);
    }
    expect(answers.slice(0, 3).every((a) => a.includes('PIN不正确'))).toBe(true);
    // Even the right PIN waits out the back-off.
    expect(answers[3]).toContain('后再试');
    const failed = (await auditRecords(h)).filter((a) => a.action === 'auth-failed');
    expect(failed.length - before).toBe(4);
    expect(failed.every((a) => a.summary.includes('赵复审'))).toBe(true);
  });
});

describe('attack: a 4-digit PIN kept from before the 6-digit rule', () => {
  it('the right short PIN authorises nothing, and the options page asks for a new PIN', async () => {
    const legacy = await oldPinHash('4321');
    delete (legacy as { minLength?: number }).minLength; // hashes from before the rule do not record the length
    await configure(h, { requiredLevels: 0, reviewers: [{ id: 'r-short', name: '周初审', level: 1, pin: legacy }] });
    const page = await editor({ title: '旧 PIN 演练', bodyHtml: BLOCKED });
    await page.click('#js_send button');
    await waitForOverlay(page, '[data-testid=pg-override-open]');
    await clickOverlay(page, '[data-testid=pg-override-open]');
    const target = await h.browser.waitForTarget((t) => t.url().includes('/authorize.html?t='));
    const win = (await target.page()) as Page;
    opened.push(win);
    await win.waitForSelector('[data-testid=authorize-pin]');
    await win.type('[data-testid=authorize-reason]', '演练：旧版本设置的 4 位 PIN');
    await win.type('[data-testid=authorize-pin]', '4321');
    await win.click('[data-testid=authorize-submit]');
    const answer = await until(
      () => win.$eval('[data-testid=authorize-message]', (e) => e.textContent ?? '').catch(() => ''),
      (t) => t !== '',
      'the answer',
    );
    expect(answer).toContain('少于 6 位');
    expect(await win.$('[data-testid=authorize-done]')).toBeNull();
    const audit = await auditRecords(h);
    expect(audit.some((a) => a.action === 'override' && a.summary.includes('周初审'))).toBe(false);
    expect(audit.some((a) => a.action === 'auth-failed' && a.details.weakPin === true)).toBe(true);

    const options = await extensionPage(h, 'options.html#review');
    opened.push(options);
    await options.waitForSelector('[data-testid=reviewer-row][data-reviewer=r-short]');
    expect(
      await options.$eval(
        '[data-testid=reviewer-row][data-reviewer=r-short] [data-testid=reviewer-pin-status]',
        (e) => e.textContent,
      ),
    ).toContain('少于 6 位');
  });
});

describe('attack: guessing on until the lock-out, then restarting the browser', () => {
  it('a locked-out reviewer stays locked across a restart: the right PIN is refused in the override window and the popup', async () => {
    const profile = mkdtempSync(join(tmpdir(), 'pg-lockout-'));
    const shared = h;
    let b: Harness | undefined = await launch({ userDataDir: profile });
    // This test runs in its own browser (it restarts it); the helpers use `h`.
    h = b;
    try {
      const reviewer = { id: 'r-lock', name: '钱初审', level: 1, pin: await oldPinHash('402817') };
      await configure(h, { requiredLevels: 1, reviewers: [reviewer] });
      // Nine wrong PINs happened earlier (an hour ago, so no back-off is pending): the count is persisted.
      const ext = await extensionPage(h, 'popup.html');
      await ext.evaluate(
        (attempts) =>
          new Promise<void>((resolve, reject) => {
            const r = indexedDB.open('publish-guard');
            r.onsuccess = () => {
              const tx = r.result.transaction('settings', 'readwrite');
              tx.objectStore('settings').put({ key: 'security', value: { attempts } });
              tx.oncomplete = () => resolve();
              tx.onerror = () => reject(tx.error);
            };
          }),
        { 'reviewer:r-lock': { failures: 9, lastFailure: Date.now() - 3_600_000 } },
      );
      await ext.close();

      const page = await editor({ title: '锁定演练', bodyHtml: BLOCKED });
      await page.click('#js_send button');
      await waitForOverlay(page, '[data-testid=pg-override-open]');
      await clickOverlay(page, '[data-testid=pg-override-open]');
      const target = await h.browser.waitForTarget((t) => t.url().includes('/authorize.html?t='));
      const win = (await target.page()) as Page;
      opened.push(win);
      await win.waitForSelector('[data-testid=authorize-pin]');
      await win.type('[data-testid=authorize-reason]', '演练：第十次输错后应当锁定');
      const answer = async (pin: string) => {
        await win.$eval('[data-testid=authorize-pin]', (e) => {
          (e as HTMLInputElement).value = '';
        });
        await win.$eval('[data-testid=authorize-message]', (e) => e.remove()).catch(() => undefined);
        await win.type('[data-testid=authorize-pin]', pin);
        await win.click('[data-testid=authorize-submit]');
        return until(
          () => win.$eval('[data-testid=authorize-message]', (e) => e.textContent ?? '').catch(() => ''),
          (t) => t !== '',
          'the answer',
        );
      };
      expect(await answer('111111')).toContain('锁定 15 分钟');
      expect(await answer('402817')).toContain('已锁定');
      for (const p of opened.splice(0)) await p.close().catch(() => undefined);

      // Restart the browser on the same profile: the lock-out is still there.
      await b.close({ keepProfile: true });
      b = await launch({ userDataDir: profile });
      h = b;
      const page2 = await editor({ title: '锁定演练', bodyHtml: BLOCKED });
      const tabId = await tabIdOf(h, page2);
      const popup = await extensionPage(h, `popup.html?tabId=${tabId}`);
      opened.push(popup);
      await popup.waitForSelector('[data-testid=signoff-pin]');
      await popup.type('[data-testid=signoff-pin]', '402817');
      for (const k of ['politics', 'law', 'policy', 'secrecy', 'text']) await popup.click(`[data-testid=check-${k}]`);
      await popup.click('[data-testid=signoff-approve]');
      await popup.waitForSelector('[data-testid=signoff-error]');
      expect(await popup.$eval('[data-testid=signoff-error]', (e) => e.textContent)).toContain('已锁定');
      const failed = (await auditRecords(h)).filter((a) => a.action === 'auth-failed');
      expect(failed.some((a) => a.details.locked === true && a.details.refused === false)).toBe(true);
      expect(failed.filter((a) => a.details.refused === true).length).toBe(2);
    } finally {
      for (const p of opened.splice(0)) await p.close().catch(() => undefined);
      h = shared;
      await b?.close({ keepProfile: true });
      rmSync(profile, { recursive: true, force: true });
    }
  });
});

describe('attack: the editor acting as their own admin', () => {
  it('with an admin password set, gate mode and retention cannot be changed until unlocked; the refusal is audited', async () => {
    await configure(h, { requiredLevels: 1, reviewers: [] });
    const options = await extensionPage(h, 'options.html');
    opened.push(options);
    await options.waitForSelector('[data-testid=admin-bar][data-state=unset]');
    // First run: the page asks for reviewers with PINs before sign-off is used.
    expect(await options.$eval('[data-testid=admin-setup]', (e) => e.textContent)).toContain('尚未登记审核人');
    await options.type('[data-testid=admin-new-password]', 'Admin#2026');
    await options.type('[data-testid=admin-new-password-confirm]', 'Admin#2026');
    await options.click('[data-testid=admin-set-password]');
    await options.waitForSelector('[data-testid=admin-bar][data-state=unlocked]');
    await options.click('[data-testid=admin-lock]');
    await options.waitForSelector('[data-testid=admin-bar][data-state=locked]');

    // Switching the gate off from the options page is refused while locked.
    await options.goto(`chrome-extension://${h.extensionId}/options.html#review`);
    await options.waitForSelector('[data-testid=gate-mode-off]');
    await options.click('[data-testid=gate-mode-off]');
    await options.click('[data-testid=gate-save]');
    await options.waitForSelector('[data-testid=gate-message]');
    expect(await options.$eval('[data-testid=gate-message]', (e) => e.textContent)).toContain('管理员密码');
    const refusals = (await auditRecords(h)).filter(
      (a) => a.action === 'settings-change' && a.details.refused === true,
    );
    expect(refusals.length).toBeGreaterThan(0);

    // A dictionary change without the admin session is refused in the background and audited too.
    const dictReply = await options.evaluate(async () => {
      const chrome = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } })
        .chrome;
      return chrome.runtime.sendMessage({
        pg: 1,
        type: 'dictionary/write',
        payload: { op: 'delete', id: 'builtin-anything', summary: '删除词库“测试”' },
      });
    });
    expect(JSON.stringify(dictReply)).toContain('管理员密码');
    const dictRefusals = (await auditRecords(h)).filter(
      (a) => a.action === 'dictionary-change' && a.details.refused === true,
    );
    expect(dictRefusals.map((a) => a.summary)).toEqual([expect.stringContaining('删除词库“测试”')]);

    const records = await extensionPage(h, 'records.html');
    opened.push(records);
    await records.waitForSelector('[data-testid=retention-days]');
    await records.$eval('[data-testid=retention-days]', (e) => {
      (e as HTMLInputElement).value = '';
    });
    await records.type('[data-testid=retention-days]', '1');
    await records.click('[data-testid=retention-save]');
    const confirm = await records.$('[data-testid=retention-confirm-yes]');
    if (confirm) await confirm.click();
    await records.waitForSelector('[data-testid=retention-result]');
    expect(await records.$eval('[data-testid=retention-result]', (e) => e.textContent)).toContain('管理员密码');

    // Unlocked, the same change goes through.
    await records.type('[data-testid=admin-password]', 'Admin#2026');
    await records.click('[data-testid=admin-unlock]');
    await records.waitForSelector('[data-testid=admin-bar][data-state=unlocked]');
    await records.click('[data-testid=retention-save]');
    const confirm2 = await records.$('[data-testid=retention-confirm-yes]');
    if (confirm2) await confirm2.click();
    await until(
      () => records.$eval('[data-testid=retention-result]', (e) => e.textContent ?? '').catch(() => ''),
      (t) => t.includes('已保存'),
      'the retention change after unlocking',
    );
    const audit = await auditRecords(h);
    expect(audit.some((a) => a.action === 'admin' && a.summary.includes('设置了管理员密码'))).toBe(true);
    // Clean up for later tests: remove the password.
    await configure(h, { adminPassword: undefined, retentionDays: 730 });
  });

  it('without reviewers, a sign-off is possible but recorded and shown as unverified', async () => {
    await configure(h, { requiredLevels: 1, reviewers: [] });
    const page = await editor({ title: '通知', bodyHtml: '<p><span leaf="">市政府召开常务会议。</span></p>' });
    const url = page.url();
    const popupTab = await extensionPage(h, 'popup.html');
    const tabId = await popupTab.evaluate(async (u) => {
      const chrome = (
        globalThis as unknown as {
          chrome: { tabs: { query(q: object): Promise<Array<{ id?: number; url?: string }>> } };
        }
      ).chrome;
      return (await chrome.tabs.query({})).find((t) => t.url === u)?.id ?? -1;
    }, url);
    await popupTab.goto(`chrome-extension://${h.extensionId}/popup.html?tabId=${tabId}`);
    opened.push(popupTab);
    await popupTab.waitForSelector('[data-testid=signoff-unverified]');
    await popupTab.type('[data-testid=signoff-name]', '值班编辑');
    for (const k of ['politics', 'law', 'policy', 'secrecy', 'text']) await popupTab.click(`[data-testid=check-${k}]`);
    await popupTab.click('[data-testid=signoff-approve]');
    await popupTab.waitForSelector('[data-testid=signoff-done]');
    expect(await popupTab.$eval('[data-testid=signoff-done]', (e) => e.textContent)).toContain('未验证');
    // Wherever the sign-off is shown afterwards it says so: the popup's list and the editor's side panel.
    await popupTab.waitForSelector('[data-testid=popup-signoffs]');
    expect(await popupTab.$eval('[data-testid=popup-signoffs]', (e) => e.textContent)).toContain(
      '值班编辑（初审）签发·未验证',
    );
    await page.bringToFront();
    await until(
      () => overlayText(page, '[data-testid=pg-status]'),
      (t) => t === '已签发',
      'the editor to show the sign-off',
    );
    await clickOverlay(page, '[data-testid=pg-pill]');
    const signedBy = await until(
      () => overlayText(page, '[data-testid=pg-signed-by]'),
      (t) => t !== null,
      'the signed-by line in the side panel',
    );
    expect(signedBy).toContain('值班编辑（初审）');
    expect(signedBy).toContain('（未验证）');
  });
});
