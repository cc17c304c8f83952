import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'puppeteer';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { until } from '../support/until';
import {
  auditRecords,
  badgeText,
  clickOverlay,
  configure,
  extensionPage,
  inOverlay,
  intersects,
  marks,
  overlayText,
  tabIdOf,
  waitForMark,
  waitForOverlay,
  wordRects,
} from './ext';
import {
  type ApiHit,
  editorFixture,
  FIXTURE_URLS,
  type FixtureConfig,
  type FixtureName,
  serveFixture,
  waitForSite,
} from './fixtures';
import { type Harness, launch } from './harness';

/**
 * The publish gate fails closed and follows the editors as they are (issue 10): editor routes whose editor is not
 * (yet) recognised, the WeChat draft-box flow and dialog shapes, every published field in the check and the hash,
 * the composer whose control was used, in-app route changes, underlines on plain text boxes, and the page
 * backstop. Real Chromium with the built extension, on fixture pages (not the live sites).
 */

let h: Harness;
const opened: Page[] = [];

beforeAll(async () => {
  h = await launch();
});
afterEach(async () => {
  for (const p of opened.splice(0)) await p.close().catch(() => undefined);
  await configure(h, { requiredLevels: 1, gateMode: 'block', strictBackstop: false, subscription: undefined });
});
afterAll(async () => {
  await h?.close();
});

const P = (text: string) => `<p><span leaf="">${text}</span></p>`;

async function open(
  name: FixtureName,
  config: FixtureConfig = {},
  opts: {
    url?: string;
    extraRoutes?: Record<string, string>;
    viewport?: { width: number; height: number };
    /** Wait only for the page's runtime, not for its editor (pages whose editor is still loading). */
    early?: boolean;
  } = {},
): Promise<{ page: Page; apiHits: ApiHit[] }> {
  const page = await h.browser.newPage();
  opened.push(page);
  if (opts.viewport) await page.setViewport(opts.viewport);
  page.on('dialog', (d) => void d.accept());
  const { apiHits } = await serveFixture(page, name, config, opts.extraRoutes ?? {});
  await page.goto(opts.url ?? FIXTURE_URLS[name]);
  if (opts.early) await page.waitForFunction(() => typeof window.__site?.ready === 'function');
  else await waitForSite(page);
  return { page, apiHits };
}

/** The reasons listed by the gate dialog, once it shows. */
async function gateReasons(page: Page): Promise<string[]> {
  await waitForOverlay(page, '[data-testid=pg-gate]');
  return (
    (await inOverlay(page, (root) =>
      Array.from(root.querySelectorAll<HTMLElement>('[data-reason]')).map((e) => e.dataset.reason ?? ''),
    )) ?? []
  );
}

async function gateShown(page: Page): Promise<boolean> {
  return (await overlayText(page, '[data-testid=pg-gate]')) !== null;
}

async function closeGate(page: Page): Promise<void> {
  await clickOverlay(page, '[data-testid=pg-gate-close]');
  await until(
    () => gateShown(page),
    (v) => !v,
    'the gate dialog to close',
  );
}

const handlerCalls = (page: Page) => page.evaluate(() => ({ ...window.__site.handlerCalls }));
const publishCalls = (page: Page) => page.evaluate(() => window.__site.publishCalls.length);

/** Clicks the first visible element matching `selector` whose trimmed text is `text` (a real mouse click). */
async function clickText(page: Page, selector: string, text: string): Promise<void> {
  const handle = await page.evaluateHandle(
    (sel, t) =>
      Array.from(document.querySelectorAll<HTMLElement>(sel)).find(
        (e) => e.textContent?.trim() === t && e.getClientRects().length > 0,
      ),
    selector,
    text,
  );
  const el = handle.asElement() as import('puppeteer').ElementHandle<Element> | null;
  if (!el) throw new Error(`no visible ${selector} "${text}"`);
  await el.evaluate((e) => e.scrollIntoView({ block: 'center' }));
  await el.click();
}

const attached = (page: Page) => waitForOverlay(page, '[data-testid=pg-pill]');

/** Publish attempts the gate recorded (IndexedDB `checks`, kind publish). */
async function publishRecords(): Promise<Array<{ action?: string; outcome?: string }>> {
  const page = await extensionPage(h, 'popup.html');
  try {
    return await page.evaluate(
      () =>
        new Promise<Array<{ action?: string; outcome?: string }>>((resolve, reject) => {
          const r = indexedDB.open('publish-guard');
          r.onerror = () => reject(r.error);
          r.onsuccess = () => {
            const get = r.result.transaction('checks').objectStore('checks').getAll();
            get.onsuccess = () =>
              resolve(
                (get.result as Array<{ kind: string; action?: string; outcome?: string }>)
                  .filter((c) => c.kind === 'publish')
                  .map((c) => ({ action: c.action, outcome: c.outcome })),
              );
            get.onerror = () => reject(get.error);
          };
        }),
    );
  } finally {
    await page.close();
  }
}

describe('fail closed: an editor route whose editor is not (yet) recognised', () => {
  it('WeChat with the body still loading: 发表 is stopped at once, 预览 and 保存为草稿 are not; once recognised the normal gate applies', async () => {
    await configure(h, { requiredLevels: 0 });
    const { page } = await open(
      'wechat-current',
      {
        title: '防汛工作动态',
        bodyHtml: P('市政府召开常务会议。'),
        variant: 'late',
        lateMs: 600_000,
      },
      { early: true },
    );
    await clickText(page, '#js_send button', '发表');
    expect(await gateReasons(page)).toEqual(['unrecognised']);
    expect((await handlerCalls(page)).js_send).toBeUndefined();
    await closeGate(page);
    await clickText(page, '#js_preview button', '预览');
    await clickText(page, '#js_submit button', '保存为草稿');
    expect(await handlerCalls(page)).toMatchObject({ js_preview: 1, js_submit: 1 });
    expect(await gateShown(page)).toBe(false);

    await page.evaluate(() => window.__site.mountLate?.());
    await attached(page);
    await clickText(page, '#js_send button', '发表');
    await until(
      () => handlerCalls(page),
      (c) => c.js_send === 1,
      'the site to open its dialog',
    );
    expect(await gateShown(page)).toBe(false);
  });

  it('an unfamiliar editor at a WeChat editor URL: publish, Enter on it and the form submit are stopped; banner, badge and audit say why', async () => {
    const { page } = await open('unknown-editor', { text: '北朝鲜' });
    await clickText(page, 'button', '发表');
    expect(await gateReasons(page)).toEqual(['unrecognised']);
    expect(await gateShown(page)).toBe(true);
    await closeGate(page);
    // Keyboard activation of the same control.
    await page.focus('.next-btn--primary');
    await page.keyboard.press('Enter');
    expect(await gateReasons(page)).toEqual(['unrecognised']);
    await closeGate(page);
    // A form submitted by its 发布 button.
    await page.type('textarea[name=text]', '通知');
    await clickText(page, 'button[type=submit]', '发布');
    expect(await gateReasons(page)).toEqual(['unrecognised']);
    await closeGate(page);
    expect(await publishCalls(page)).toBe(0);
    expect((await handlerCalls(page)).publish).toBeUndefined();
    expect((await handlerCalls(page)).form_submit).toBeUndefined();
    // Save and preview are never stopped.
    await clickText(page, 'button', '保存');
    await clickText(page, 'button', '预览');
    expect(await handlerCalls(page)).toMatchObject({ save: 1, preview: 1 });

    const banner = await waitForOverlay(page, '[data-testid=pg-banner]');
    expect(banner).toContain('编辑器未识别，发布审校未生效');
    const tabId = await tabIdOf(h, page);
    expect(
      await until(
        () => badgeText(h, tabId),
        (t) => t === '!',
        'the badge',
      ),
    ).toBe('!');
    const audit = await until(
      () => auditRecords(h),
      (rows) => rows.some((r) => r.details.kind === 'blocked-unrecognised'),
      'the audit record',
    );
    const gateRows = audit.filter((r) => r.action === 'gate');
    expect(gateRows.map((r) => r.details.kind)).toEqual(
      expect.arrayContaining(['unrecognised', 'blocked-unrecognised']),
    );
    expect(gateRows.every((r) => !String(r.details.page).includes('token'))).toBe(true);
  });

  it('an unfamiliar editor at a card.weibo.com editor URL is stopped the same way', async () => {
    const url = 'https://card.weibo.com/article/v5/editor#/draft/4900000000000009';
    const { page } = await open(
      'unknown-editor',
      { text: '正文' },
      {
        url,
        extraRoutes: { 'https://card.weibo.com/article/v5/editor*': editorFixture('unknown-editor', { text: '正文' }) },
      },
    );
    await clickText(page, 'button', '发表');
    expect(await gateReasons(page)).toEqual(['unrecognised']);
    expect(await publishCalls(page)).toBe(0);
  });

  it('自检 in the popup names the adapter, the selectors, the unrecognised control, and exports a text-free outline', async () => {
    const { page } = await open('unknown-editor', { text: '涉密正文内容' });
    await waitForOverlay(page, '[data-testid=pg-banner]', 15_000);
    const tabId = await tabIdOf(h, page);
    const popup = await extensionPage(h, `popup.html?tabId=${tabId}`);
    opened.push(popup);
    await popup.waitForSelector('[data-testid=diag-adapter]');
    expect(await popup.$eval('[data-testid=popup-status]', (e) => e.textContent)).toContain('编辑器未识别');
    expect(await popup.$eval('[data-testid=diag-adapter]', (e) => e.textContent)).toContain('wechat');
    const body = await popup.$eval('[data-field=body]', (e) => (e as HTMLElement).dataset.found);
    expect(body).toBe('0');
    const controls = await popup.$$eval('[data-testid=diag-control]', (els) =>
      els.map((e) => ({ text: e.textContent ?? '', action: (e as HTMLElement).dataset.action })),
    );
    expect(controls.some((c) => c.text.includes('发表') && c.action === '')).toBe(true);
    expect(controls.some((c) => c.text.includes('保存'))).toBe(false);

    const dir = mkdtempSync(join(tmpdir(), 'pg-outline-'));
    try {
      const cdp = await popup.createCDPSession();
      await cdp.send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: dir });
      await popup.click('[data-testid=popup-export-outline]');
      const file = await until(
        async () => readdirSync(dir).find((f) => f.endsWith('.txt')),
        (f) => f !== undefined,
        'the outline download',
      );
      const text = readFileSync(join(dir, file as string), 'utf8');
      expect(text).toContain('div.next-editor');
      expect(text).toContain('contenteditable=true');
      expect(text).not.toContain('涉密正文内容');
      expect(text).not.toContain('保存');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('WeChat: the draft-box flow and the dialog shapes', () => {
  it('the editor opens with the mass-send dialog showing and the body loading: its 发表 is stopped until recognised, then checked', async () => {
    const { page } = await open(
      'wechat-current',
      {
        title: '北朝鲜代表团访问',
        bodyHtml: P('正文。'),
        variant: ['dialog-open', 'late'],
        lateMs: 600_000,
      },
      { early: true },
    );
    await clickText(page, '.new_mass_send_dialog .weui-desktop-btn_primary', '发表');
    expect(await gateReasons(page)).toEqual(['unrecognised']);
    await closeGate(page);
    await page.evaluate(() => window.__site.mountLate?.());
    await attached(page);
    await clickText(page, '.new_mass_send_dialog .weui-desktop-btn_primary', '发表');
    expect(await gateReasons(page)).toContain('block');
    expect((await handlerCalls(page)).mass_send_confirm).toBeUndefined();
  });

  it('the second 发表 screen (not a primary button) and .weui-desktop-modal containers are publish steps', async () => {
    await configure(h, { requiredLevels: 0 });
    for (const variant of ['two-screen', 'weui-modal'] as const) {
      const { page } = await open('wechat-current', { title: '通知', bodyHtml: P('市政府召开常务会议。'), variant });
      await attached(page);
      await clickText(page, '#js_send button', '发表');
      await clickText(page, '.mass-send__footer .weui-desktop-btn_primary', '发表');
      if (variant === 'two-screen') await clickText(page, '.mass-send__footer .js_second', '发表');
      await until(
        () => handlerCalls(page),
        (c) => (c.double_check_confirm ?? 0) === 0 && !!c.mass_send_confirm,
        'the dialog',
      );
      await clickText(page, '.double_check_dialog .weui-desktop-btn_primary', '继续发表');
      await until(
        () => publishCalls(page),
        (n) => n === 1,
        'the site to publish',
      );
    }
    const actions = (await publishRecords()).map((r) => r.action);
    expect(actions).toEqual(expect.arrayContaining(['wechat-dialog-publish', 'wechat-mass-send-confirm']));
  });

  it('a 发表 carrying weui-desktop-btn_disabled is not a publish; once enabled, it is', async () => {
    const { page } = await open('wechat-current', {
      title: '北朝鲜代表团访问',
      bodyHtml: P('正文。'),
      variant: ['dialog-open', 'disabled-send'],
    });
    await attached(page);
    await clickText(page, '.new_mass_send_dialog .weui-desktop-btn_primary', '发表');
    expect((await handlerCalls(page)).mass_send_confirm).toBe(1); // the site's own handler ignores it
    expect(await gateShown(page)).toBe(false);
    await page.click('.js_ack');
    await clickText(page, '.new_mass_send_dialog .weui-desktop-btn_primary', '发表');
    expect(await gateReasons(page)).toContain('block');
    expect((await handlerCalls(page)).mass_send_confirm).toBe(1);
  });
});

describe('everything published is read, checked and hashed', () => {
  it('card.weibo.com v5: an edited 配文 is checked; the untouched default is not part of the draft', async () => {
    await configure(h, { requiredLevels: 0 });
    const { page } = await open('weibo-card-v5', { title: '秋季防汛', bodyHtml: '<p>市政府召开常务会议。</p>' });
    await attached(page);
    await clickText(page, 'button', '下一步');
    await page.waitForSelector('textarea.publish-text');
    const tabId = await tabIdOf(h, page);
    const state = async () => {
      const ext = await extensionPage(h, 'popup.html');
      try {
        return await ext.evaluate(
          (id) =>
            (
              globalThis as unknown as {
                chrome: {
                  tabs: { sendMessage(id: number, m: unknown): Promise<{ data: { draft?: { caption?: string } } }> };
                };
              }
            ).chrome.tabs
              .sendMessage(id, { pg: 1, type: 'content/check', payload: {} })
              .then(() =>
                (
                  globalThis as unknown as {
                    chrome: {
                      tabs: {
                        sendMessage(id: number, m: unknown): Promise<{ data: { draft?: { caption?: string } } }>;
                      };
                    };
                  }
                ).chrome.tabs.sendMessage(id, { pg: 1, type: 'content/state', payload: {} }),
              ),
          tabId,
        );
      } finally {
        await ext.close();
      }
    };
    expect((await state()).data.draft?.caption).toBeUndefined();
    await page.click('textarea.publish-text');
    await page.keyboard.press('End');
    await page.keyboard.type(' 北朝鲜');
    await until(
      async () => (await state()).data.draft?.caption ?? '',
      (c) => c.endsWith('北朝鲜'),
      'the caption in the draft',
    );
    await clickText(page, 'button', '发布');
    expect(await gateReasons(page)).toContain('block');
    expect(await publishCalls(page)).toBe(0);
  });

  it('card.weibo.com v3 (CKEditor) is recognised: underlined and gated', async () => {
    await configure(h, { requiredLevels: 0 });
    const { page } = await open('weibo-card-v3', { title: '通知', bodyHtml: '<p>据报道，北朝鲜举行活动。</p>' });
    await waitForMark(page, 'formulation.north-korea');
    await clickText(page, 'a', '下一步');
    await clickText(page, 'button', '发布');
    expect(await gateReasons(page)).toContain('block');
    expect(await publishCalls(page)).toBe(0);
  });

  it('WeChat: images are in the draft and the hash; swapping one changes the hash a sign-off binds to', async () => {
    const img = (src: string) =>
      `<p><span leaf="">配图如下。</span></p><p><img class="rich_pages wxw-img" data-src="${src}" src="${src}" alt="现场"></p>`;
    const { page } = await open('wechat-current', { title: '通知', bodyHtml: img('https://mmbiz.qpic.cn/a/1') });
    await attached(page);
    const tabId = await tabIdOf(h, page);
    const read = async () => {
      const ext = await extensionPage(h, 'popup.html');
      try {
        return await ext.evaluate(
          (id) =>
            (
              globalThis as unknown as {
                chrome: {
                  tabs: {
                    sendMessage(
                      id: number,
                      m: unknown,
                    ): Promise<{ data: { hash?: string; draft?: { images?: Array<{ src: string }> } } }>;
                  };
                };
              }
            ).chrome.tabs.sendMessage(id, { pg: 1, type: 'content/state', payload: {} }),
          tabId,
        );
      } finally {
        await ext.close();
      }
    };
    const before = await until(read, (s) => !!s.data.hash, 'the first check');
    expect(before.data.draft?.images).toEqual([{ src: 'https://mmbiz.qpic.cn/a/1', alt: '现场' }]);
    await page.evaluate(
      (html) =>
        (window as unknown as { __MP_Editor_JSAPI__: { invoke(a: object): void } }).__MP_Editor_JSAPI__.invoke({
          apiName: 'mp_editor_set_content',
          apiParam: { content: html },
        }),
      img('https://mmbiz.qpic.cn/a/2'),
    );
    const after = await until(
      read,
      (s) => s.data.draft?.images?.[0]?.src === 'https://mmbiz.qpic.cn/a/2',
      'the new image',
    );
    expect(after.data.hash).not.toBe(before.data.hash);
  });
});

describe('the composer whose control was used', () => {
  it('weibo.com: the gate checks the composer whose 发送 was clicked, not the focused one', async () => {
    await configure(h, { requiredLevels: 0 });
    const { page } = await open('weibo-home', { text: '据报道，北朝鲜举行活动。', variant: 'modal' });
    await attached(page);
    // The modal composer is clean and has the focus; the home composer holds the blocked word.
    await page.click('.woo-modal-wrap textarea');
    await page.keyboard.type('今天天气晴。');
    await page.evaluate(() => {
      const home = Array.from(document.querySelectorAll<HTMLButtonElement>('[composerconfig] button')).find(
        (b) => b.textContent?.trim() === '发送' && !b.closest('.woo-modal-wrap'),
      );
      home?.click();
    });
    expect(await gateReasons(page)).toContain('block');
    expect(await publishCalls(page)).toBe(0);
  });

  it('Ctrl+Enter during an IME composition is gated like the send button', async () => {
    const { page } = await open('weibo-home', { text: '据报道，北朝鲜举行活动。' });
    await attached(page);
    await page.evaluate(() => {
      const t = document.querySelector<HTMLTextAreaElement>('textarea');
      t?.focus();
      t?.dispatchEvent(
        new KeyboardEvent('keydown', {
          key: 'Enter',
          ctrlKey: true,
          isComposing: true,
          bubbles: true,
          cancelable: true,
        }),
      );
    });
    expect(await gateReasons(page)).toContain('block');
    expect(await publishCalls(page)).toBe(0);
  });
});

describe('route changes', () => {
  it('m.weibo.cn: going from the home feed to compose without a page load attaches the adapter', async () => {
    const config: FixtureConfig = { text: '据报道，北朝鲜举行活动。', variant: 'spa' };
    const { page } = await open('weibo-mobile', config, {
      url: 'https://m.weibo.cn/',
      extraRoutes: { 'https://m.weibo.cn/': editorFixture('weibo-mobile', config) },
      early: true,
    });
    expect(await marks(page)).toEqual([]);
    await page.click('a.m-compose-link');
    expect(new URL(page.url()).pathname).toBe('/compose/');
    await waitForMark(page, 'formulation.north-korea');
    await page.click('a.m-send-btn');
    expect(await gateReasons(page)).toContain('block');
    expect(await publishCalls(page)).toBe(0);
  });
});

describe('underlines on plain text boxes', () => {
  const LINES = Array.from({ length: 14 }, (_, i) => `第${i + 1}行：市民服务热线持续受理群众诉求。`).join('\n');
  const URL_TEXT =
    'https://www.example-shop.com/activity/2026/very/long/path/that/wraps/several/times?from=timeline&id=1234567890';

  it('m.weibo.cn at 390 px: a long post with a wrapped link, scrolled to the end: underlines sit on their words and inside the box', async () => {
    const text = `${LINES}\n详情见 ${URL_TEXT} 据报道，北朝鲜举行活动。再接再励。`;
    const { page } = await open('weibo-mobile', { text }, { viewport: { width: 390, height: 700 } });
    // The words are below the visible part of the box until it is scrolled: nothing may be drawn for them yet.
    await attached(page);
    await page.evaluate(() => {
      const t = document.querySelector('textarea') as HTMLTextAreaElement;
      t.scrollTop = t.scrollHeight;
    });
    await waitForMark(page, 'formulation.north-korea');
    const box = await page.$eval('textarea', (t) => {
      const r = t.getBoundingClientRect();
      return { top: r.top, bottom: r.bottom, left: r.left, right: r.right, scrolled: t.scrollTop > 0 };
    });
    expect(box.scrolled).toBe(true);
    for (const [rule, word] of [
      ['formulation.north-korea', '北朝鲜'],
      ['typo.zai-jie-zai-li', '再接再励'],
    ] as const) {
      const expected = await wordRects(page, word);
      expect(expected.length).toBeGreaterThan(0);
      const mark = await until(
        async () => (await marks(page)).filter((m) => m.rule === rule),
        (ms) => ms.some((m) => expected.some((r) => intersects(m.rect, r))),
        `an underline on ${word} after scrolling`,
      );
      for (const m of mark) {
        expect(m.rect.top).toBeGreaterThanOrEqual(box.top - 1);
        expect(m.rect.top + m.rect.height).toBeLessThanOrEqual(box.bottom + 1);
      }
    }
    // Scrolled back to the top, the words are out of the box: no underline is drawn outside it.
    await page.evaluate(() => {
      (document.querySelector('textarea') as HTMLTextAreaElement).scrollTop = 0;
    });
    await until(
      async () => (await marks(page)).filter((m) => m.rule === 'formulation.north-korea'),
      (ms) => ms.every((m) => m.rect.top >= box.top - 1 && m.rect.top + m.rect.height <= box.bottom + 1),
      'underlines clipped to the box',
    );
  });

  it('weibo.com: after the box is resized the underline follows its word', async () => {
    const { page } = await open('weibo-home', { text: `${URL_TEXT} 据报道，北朝鲜举行活动。` });
    await waitForMark(page, 'formulation.north-korea');
    await page.evaluate(() => {
      const t = document.querySelector('textarea') as HTMLTextAreaElement;
      t.style.width = '260px';
      t.style.height = '240px';
    });
    const expected = await wordRects(page, '北朝鲜');
    await until(
      async () => (await marks(page)).filter((m) => m.rule === 'formulation.north-korea'),
      (ms) => ms.length > 0 && ms.every((m) => expected.some((r) => intersects(m.rect, r))),
      'the underline to follow the resized box',
    );
  });
});

describe('the page backstop', () => {
  it('a publish request the click gate did not let through is recorded; strict mode cancels it and says why', async () => {
    const { page, apiHits } = await open('weibo-home', { text: '今天天气晴。' });
    await attached(page);
    const direct = () =>
      page.evaluate(() =>
        fetch('/ajax/statuses/update', { method: 'POST', body: 'content=x' }).then(
          () => 'sent',
          () => 'rejected',
        ),
      );
    expect(await direct()).toBe('sent');
    expect(apiHits.length).toBe(1);
    await until(
      () => auditRecords(h),
      (rows) => rows.some((r) => r.details.kind === 'unseen-publish' && r.details.cancelled === false),
      'the unseen-publish record',
    );

    await configure(h, { strictBackstop: true });
    await until(
      () =>
        page.evaluate(() =>
          fetch('/ajax/statuses/repost', { method: 'POST' }).then(
            () => 'sent',
            () => 'rejected',
          ),
        ),
      (r) => r === 'rejected',
      'strict mode to cancel the request',
    );
    expect(await gateReasons(page)).toContain('unseen');
    const xhr = await page.evaluate(
      () =>
        new Promise<string>((resolve) => {
          const x = new XMLHttpRequest();
          x.open('POST', '/ajax/statuses/update');
          x.onerror = () => resolve('error');
          x.onload = () => resolve('loaded');
          x.send('content=y');
        }),
    );
    expect(xhr).toBe('error');
    expect(apiHits.length).toBe(1);
    const rows = await auditRecords(h);
    expect(rows.some((r) => r.details.kind === 'unseen-publish' && r.details.cancelled === true)).toBe(true);
  });

  it('a publish the click gate let through is not flagged, and 自检 reports the backstop as active', async () => {
    await configure(h, { requiredLevels: 0, strictBackstop: true });
    const before = (await auditRecords(h)).filter((r) => r.details.kind === 'unseen-publish').length;
    const { page, apiHits } = await open('weibo-home', { text: '今天天气晴。' });
    await attached(page);
    await page.click('[composerconfig] button.woo-button-primary');
    await until(
      async () => apiHits.length,
      (n) => n === 1,
      'the site to post',
    );
    expect(await gateShown(page)).toBe(false);
    expect((await auditRecords(h)).filter((r) => r.details.kind === 'unseen-publish').length).toBe(before);
    const tabId = await tabIdOf(h, page);
    const popup = await extensionPage(h, `popup.html?tabId=${tabId}`);
    opened.push(popup);
    await popup.waitForSelector('[data-testid=popup-diagnose]');
    await popup.click('[data-testid=popup-diagnose]');
    await popup.waitForSelector('[data-testid=diag-adapter]');
    expect(await popup.$eval('[data-testid=diag-adapter]', (e) => e.textContent)).toContain('页面兜底检查已启用');
  });
});

describe('selectors as data', () => {
  it('selectors from the admin’s signed bundle make an unfamiliar editor recognised, and it is then checked', async () => {
    await configure(h, {
      requiredLevels: 0,
      subscription: {
        url: 'https://127.0.0.1:1/bundle.json',
        publicKey: 'MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE',
        intervalHours: 6,
        adapters: { wechat: { version: 'fix-1', fields: { body: ['.next-editor__body'] } } },
      },
    });
    const { page } = await open('unknown-editor', { text: '据报道，北朝鲜举行活动。' });
    await waitForMark(page, 'formulation.north-korea');
    await clickText(page, 'button', '发表');
    expect(await gateReasons(page)).toEqual(['block']);
  });
});
