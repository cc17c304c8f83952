import type { Page } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { quietPeriod, untilDefined } from '../support/until';
import {
  clickOverlay,
  configure,
  hover,
  intersects,
  marks,
  overlayText,
  waitForMark,
  waitForNoMark,
  waitForOverlay,
  wordRects,
} from './ext';
import { FIXTURE_URLS, type FixtureConfig, type FixtureName, serveFixture, waitForSite } from './fixtures';
import { type Harness, launch } from './harness';

/**
 * Editors see inline warnings and publishing is gated — on every editor fixture, in real Chromium
 * with the built extension. (Verified on fixture pages that reproduce the editors' DOM, not on the
 * live sites, which need a logged-in account.)
 */

interface Case {
  name: string;
  fixture: FixtureName;
  /** Draft with a block word (北朝鲜) and a warn word with a suggestion (再接再励 → 再接再厉). */
  faulty: FixtureConfig;
  clean: FixtureConfig;
  /** Clicks the site's publish control; returns the site handler key that should (or should not) run. */
  publish(page: Page): Promise<string>;
}

const P = (text: string) => `<p><span leaf="">${text}</span></p>`;
const FAULTY = '据报道，北朝鲜举行活动。我们要再接再励，做好工作。';
const CLEAN = '市政府召开常务会议，研究部署防汛工作。';

async function clickText(page: Page, selector: string, text: string): Promise<void> {
  // Waits for the visible element (a step may open a dialog first), then clicks it like a user.
  const handle = await page.waitForFunction(
    (sel, t) =>
      Array.from(document.querySelectorAll<HTMLElement>(sel)).find(
        (e) => e.textContent?.trim() === t && e.offsetParent !== null,
      ) ?? null,
    { timeout: 10_000, polling: 100 },
    selector,
    text,
  );
  const el = handle.asElement() as import('puppeteer').ElementHandle<HTMLElement> | null;
  if (!el) throw new Error(`no visible ${selector} "${text}"`);
  await el.evaluate((e) => e.scrollIntoView({ block: 'center' }));
  await el.click();
}

const CASES: Case[] = [
  {
    name: 'WeChat (ProseMirror era)',
    fixture: 'wechat-current',
    faulty: { title: '防汛工作动态', bodyHtml: P(FAULTY) },
    clean: { title: '防汛工作动态', bodyHtml: P(CLEAN) },
    publish: async (page) => {
      await page.evaluate(() => document.querySelector('#js_send')?.scrollIntoView({ block: 'center' }));
      await page.click('#js_send button');
      return 'js_send';
    },
  },
  {
    name: 'WeChat (body under an open shadow root)',
    fixture: 'wechat-current',
    faulty: { title: '防汛工作动态', bodyHtml: P(FAULTY), variant: 'shadow' },
    clean: { title: '防汛工作动态', bodyHtml: P(CLEAN), variant: 'shadow' },
    publish: async (page) => {
      await page.click('#js_send button');
      return 'js_send';
    },
  },
  {
    name: 'WeChat (2020 UEditor iframe)',
    fixture: 'wechat-legacy',
    faulty: { title: '防汛工作动态', bodyHtml: P(FAULTY) },
    clean: { title: '防汛工作动态', bodyHtml: P(CLEAN) },
    publish: async (page) => {
      await page.click('#js_send button');
      return 'js_send';
    },
  },
  {
    name: 'weibo.com composer',
    fixture: 'weibo-home',
    faulty: { text: FAULTY },
    clean: { text: CLEAN },
    publish: async (page) => {
      await clickText(page, 'button.woo-button-primary', '发送');
      return 'weibo_send';
    },
  },
  {
    name: 'card.weibo.com headline article',
    fixture: 'weibo-card-v5',
    faulty: { title: '防汛工作动态', bodyHtml: `<p>${FAULTY}</p>` },
    clean: { title: '防汛工作动态', bodyHtml: `<p>${CLEAN}</p>` },
    publish: async (page) => {
      await clickText(page, 'button', '下一步');
      await clickText(page, 'button', '发布'); // in the dialog 下一步 opens
      return 'card_publish';
    },
  },
  {
    name: 'm.weibo.cn compose',
    fixture: 'weibo-mobile',
    faulty: { text: FAULTY },
    clean: { text: CLEAN },
    publish: async (page) => {
      await page.click('a.m-send-btn');
      return 'm_send';
    },
  },
];

let h: Harness;

beforeAll(async () => {
  h = await launch();
  // These tests are about findings: no sign-off required (the review suite covers 先审后发).
  await configure(h, { requiredLevels: 0 });
});
afterAll(async () => {
  await h?.close();
});

async function open(fixture: FixtureName, config: FixtureConfig): Promise<Page> {
  const page = await h.browser.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  page.on('dialog', (d) => void d.accept());
  await serveFixture(page, fixture, config);
  await page.goto(FIXTURE_URLS[fixture]);
  await page.bringToFront(); // underlines are drawn on animation frames, which background tabs do not get
  await waitForSite(page);
  await waitForOverlay(page, '[data-testid=pg-pill]', 15_000);
  return page;
}

const site = <T>(page: Page, fn: string): Promise<T> => page.evaluate(`window.__site.${fn}`) as Promise<T>;

describe.each(CASES)('$name', (c) => {
  it('underlines the problem words in place, with the right severity', async () => {
    const page = await open(c.fixture, c.faulty);
    const block = await waitForMark(page, 'formulation.north-korea');
    expect(block.severity).toBe('block');
    const rects = await wordRects(page, '北朝鲜');
    expect(rects.length).toBeGreaterThan(0);
    expect(rects.some((r) => intersects(r, block.rect))).toBe(true);
    const warn = await waitForMark(page, 'typo.zai-jie-zai-li');
    const warnRects = await wordRects(page, '再接再励');
    expect(warnRects.some((r) => intersects(r, warn.rect))).toBe(true);
    await page.close();
  });

  it('never changes the draft while checking, scrolling, hovering and opening cards', async () => {
    const page = await open(c.fixture, c.faulty);
    const before = await site<string>(page, 'getHTML()');
    const modelBefore = await site<Record<string, string>>(page, 'getModel()');
    await waitForMark(page, 'typo.zai-jie-zai-li');
    await page.mouse.wheel({ deltaY: 200 });
    await page.mouse.wheel({ deltaY: -200 });
    // Scrolling settles and underlines are re-measured on a later frame: wait until the underline sits on the
    // word and neither has moved between two reads.
    let previous = '';
    const again = await untilDefined('the underline to settle on the scrolled word', async () => {
      const mark = (await marks(page)).find((x) => x.rule === 'typo.zai-jie-zai-li');
      const words = await wordRects(page, '再接再励');
      const now = JSON.stringify([mark?.rect, words]);
      const settled = now === previous;
      previous = now;
      return settled && mark && words.some((r) => intersects(r, mark.rect)) ? mark : undefined;
    });
    await hover(page, again);
    await waitForOverlay(page, '[data-testid=pg-card]');
    await clickOverlay(page, '[data-testid=pg-pill]');
    await waitForOverlay(page, '[data-testid=pg-panel]');
    expect(await site<string>(page, 'getHTML()')).toBe(before);
    expect(await site<Record<string, string>>(page, 'getModel()')).toEqual(modelBefore);
    await page.close();
  });

  it('“本次忽略” hides a warning; a block finding cannot be ignored', async () => {
    const page = await open(c.fixture, c.faulty);
    const warn = await waitForMark(page, 'typo.zai-jie-zai-li');
    await hover(page, warn);
    await waitForOverlay(page, '[data-testid=pg-card]');
    await clickOverlay(page, '[data-testid=pg-ignore]');
    await waitForNoMark(page, 'typo.zai-jie-zai-li');
    const block = await waitForMark(page, 'formulation.north-korea');
    await hover(page, block);
    await waitForOverlay(page, '[data-testid=pg-card]');
    expect(await overlayText(page, '[data-testid=pg-ignore]')).toBeNull();
    await page.close();
  });

  it('“采纳建议” edits through the editor’s own input path, and Ctrl+Z undoes it', async () => {
    const page = await open(c.fixture, c.faulty);
    const warn = await waitForMark(page, 'typo.zai-jie-zai-li');
    await hover(page, warn);
    await waitForOverlay(page, '[data-testid=pg-apply]');
    await clickOverlay(page, '[data-testid=pg-apply]');
    await page.waitForFunction(
      () =>
        JSON.stringify((window as unknown as { __site: { getModel(): unknown } }).__site.getModel()).includes(
          '再接再厉',
        ),
      { timeout: 5000, polling: 100 },
    );
    await waitForNoMark(page, 'typo.zai-jie-zai-li');
    const undoKey = process.platform === 'darwin' ? 'Meta' : 'Control';
    await page.keyboard.down(undoKey);
    await page.keyboard.press('z');
    await page.keyboard.up(undoKey);
    if (c.fixture === 'wechat-legacy') {
      // The 2020 editor uses the browser's native undo, one insertText step at a time.
      await page.keyboard.down(undoKey);
      await page.keyboard.press('z');
      await page.keyboard.up(undoKey);
    }
    await page.waitForFunction(
      () =>
        JSON.stringify((window as unknown as { __site: { getModel(): unknown } }).__site.getModel()).includes(
          '再接再励',
        ),
      { timeout: 5000, polling: 100 },
    );
    await page.close();
  });

  it('the publish gate stops a draft with a block finding before the site’s handler runs', async () => {
    const page = await open(c.fixture, c.faulty);
    await waitForMark(page, 'formulation.north-korea');
    const handler = await c.publish(page);
    const text = await waitForOverlay(page, '[data-testid=pg-gate]');
    expect(text).toContain('禁止发布');
    const calls = await site<Record<string, number>>(page, 'handlerCalls');
    expect(calls[handler] ?? 0).toBe(0);
    expect(await site<unknown[]>(page, 'publishCalls')).toEqual([]);
    await page.close();
  });

  it('lets a clean draft through: the site’s own handler runs exactly once, with a trusted event', async () => {
    const page = await open(c.fixture, c.clean);
    await waitForOverlay(page, '[data-testid=pg-status]'); // the first check has finished
    const handler = await c.publish(page);
    await page.waitForFunction(
      (k) =>
        ((window as unknown as { __site: { handlerCalls: Record<string, number> } }).__site.handlerCalls[k] ?? 0) > 0,
      { timeout: 5000, polling: 100 },
      handler,
    );
    // "Exactly once" is also a negative claim (no second, replayed call): give a replay time to happen.
    await quietPeriod(200);
    const calls = await site<Record<string, number>>(page, 'handlerCalls');
    expect(calls[handler]).toBe(1);
    expect(await site<boolean[]>(page, 'isTrustedLog')).not.toContain(false);
    expect(await overlayText(page, '[data-testid=pg-gate]')).toBeNull();
    await page.close();
  });
});

describe('typing and SPA behaviour', () => {
  it('a warning appears while typing and follows the text (WeChat body)', async () => {
    const page = await open('wechat-current', { title: '标题', bodyHtml: P(CLEAN) });
    await page.click('#ueditor_0 .ProseMirror');
    await page.keyboard.press('End');
    await page.keyboard.type('我觉得');
    const m = await waitForMark(page, 'opinion.first-person-opinion');
    expect((await wordRects(page, '我觉得')).some((r) => intersects(r, m.rect))).toBe(true);
    await page.close();
  });

  it('keeps working after the composer is re-rendered and after an SPA route change (weibo.com)', async () => {
    const page = await open('weibo-home', { text: FAULTY });
    await waitForMark(page, 'formulation.north-korea');
    await site(page, 'rerender()');
    await waitForMark(page, 'formulation.north-korea');
    await site(page, "navigate('/u/1234567890')");
    await page.waitForSelector('textarea[placeholder="有什么新鲜事想分享给大家？"]', { visible: true });
    await page.click('textarea[placeholder="有什么新鲜事想分享给大家？"]');
    await page.keyboard.type('北朝鲜');
    await waitForMark(page, 'formulation.north-korea');
    await page.close();
  });

  it('finds an editor that mounts late (WeChat)', async () => {
    const page = await h.browser.newPage();
    await serveFixture(page, 'wechat-current', { title: '标题', bodyHtml: P(FAULTY), variant: 'late', lateMs: 1500 });
    await page.goto(FIXTURE_URLS['wechat-current']);
    await waitForMark(page, 'formulation.north-korea', 15_000);
    await page.close();
  });

  it('Ctrl+Enter in the weibo.com composer is gated like the send button', async () => {
    const page = await open('weibo-home', { text: FAULTY });
    await waitForMark(page, 'formulation.north-korea');
    await page.click('textarea[placeholder="有什么新鲜事想分享给大家？"]');
    await page.keyboard.down('Control');
    await page.keyboard.press('Enter');
    await page.keyboard.up('Control');
    await waitForOverlay(page, '[data-testid=pg-gate]');
    expect((await site<Record<string, number>>(page, 'handlerCalls')).weibo_send_key ?? 0).toBe(0);
    await page.close();
  });
});
