import type { Page } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clickOverlay, configure, hover, marks, overlayText, until, waitForMark, waitForOverlay } from './ext';
import { FIXTURE_URLS, serveFixture, waitForSite } from './fixtures';
import { type Harness, launch } from './harness';

/**
 * The near-miss checks in the built extension, in real Chromium: slips of protected terms and leaders' names are
 * found by the content script's own (synchronous) checker, so the publish gate blocks them; idiom and place-name
 * slips come from the background pass with its large tables and appear a moment later as warnings.
 */

const P = (text: string) => `<p><span leaf="">${text}</span></p>`;
const BODY = '热烈庆祝中华人民共合国成立。深入学习习近评总书记重要讲话精神。要防微杜惭。河南省洛杨市召开会议。';

let h: Harness;

beforeAll(async () => {
  h = await launch();
  await configure(h, { requiredLevels: 0 });
});
afterAll(async () => {
  await h?.close();
});

async function open(bodyHtml: string): Promise<Page> {
  const page = await h.browser.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  page.on('dialog', (d) => void d.accept());
  await serveFixture(page, 'wechat-current', { title: '工作动态', bodyHtml });
  await page.goto(FIXTURE_URLS['wechat-current']);
  await page.bringToFront();
  await waitForSite(page);
  return page;
}

describe('near-misses of protected terms, leaders, idioms and places (WeChat editor)', () => {
  it('underlines each slip, blocks the protected term and the leader name, suggests the right form', async () => {
    const page = await open(P(BODY));
    const state = await waitForMark(page, 'typo.protected-state-name');
    expect(state.severity).toBe('block');
    expect((await waitForMark(page, 'typo.leader-name')).severity).toBe('block');
    // background pass (idiom list, divisions table); 洛杨市 is only in the divisions table (齐齐哈市 is also a
    // typo-list entry, and the two rules' findings for the same words and fix are shown as one)
    expect((await waitForMark(page, 'typo.idiom-lookalike', 15_000)).severity).toBe('warn');
    expect((await waitForMark(page, 'typo.place-name', 15_000)).severity).toBe('warn');
    await hover(page, state);
    const card = await waitForOverlay(page, '[data-testid=pg-card]');
    expect(card).toContain('中华人民共和国');
    await page.close();
  });

  it('the publish gate stops the draft before the site’s handler runs', async () => {
    const page = await open(P('热烈庆祝中华人民共合国成立。'));
    await waitForMark(page, 'typo.protected-state-name');
    await page.click('#js_send button');
    expect(await waitForOverlay(page, '[data-testid=pg-gate]')).toContain('禁止发布');
    const calls = (await page.evaluate('window.__site.handlerCalls')) as Record<string, number>;
    expect(calls.js_send ?? 0).toBe(0);
    await page.close();
  });

  it('leaves the correct forms alone', async () => {
    const page = await open(
      P('热烈庆祝中华人民共和国成立。深入学习习近平总书记重要讲话精神。要防微杜渐。河南省洛阳市召开会议。'),
    );
    // the side panel says 正在检查… until the background pass has answered for this content
    await waitForOverlay(page, '[data-testid=pg-pill]', 15_000);
    await clickOverlay(page, '[data-testid=pg-pill]');
    await waitForOverlay(page, '[data-testid=pg-panel]');
    await until(
      () => overlayText(page, '[data-testid=pg-panel]'),
      (t) => Boolean(t && !t.includes('正在检查')),
      'the background pass to answer',
      15_000,
    );
    const rules = (await marks(page)).map((m) => m.rule);
    expect(rules.filter((r) => /protected|leader|idiom|place/.test(r))).toEqual([]);
    expect(await overlayText(page, '[data-testid=pg-gate]')).toBeNull();
    await page.close();
  });
});
