import type { Page } from 'puppeteer';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { until } from '../support/until';
import {
  clickOverlay,
  configure,
  extensionPage,
  inOverlay,
  marks,
  overlayText,
  tabIdOf,
  waitForMark,
  waitForOverlay,
} from './ext';
import { FIXTURE_URLS, serveFixture, waitForSite } from './fixtures';
import { type Harness, launch } from './harness';

/**
 * Issue 12: the product as editors and reviewers meet it — the gate's steps, the popup within 600 px, the card, and
 * keyboard/screen-reader paths. Real Chromium with the built extension, on fixture pages.
 */

let h: Harness;
const opened: Page[] = [];
beforeAll(async () => {
  h = await launch();
});
afterEach(async () => {
  for (const p of opened.splice(0)) await p.close().catch(() => undefined);
});
afterAll(async () => {
  await h?.close();
});

const P = (t: string) => `<p><span leaf="">${t}</span></p>`;
const MANY = [
  P('据报道，北朝鲜举行活动。台湾“立法院”通过决议。我们要再接再励。'),
  P('我觉得这次活动非常成功！！！小编太激动了。详见 http://t.cn/A6abcdEf 。'),
  P('请于2020年5月31日前报名，联系电话13912345678。高度重视，切实做好，扎实推进，全面落实。'),
  P('本次活动限时抢购，全网最低价，立即扫码领券。'),
].join('');

async function editor(bodyHtml = MANY, title = '关于开展专项行动的通知'): Promise<Page> {
  const page = await h.browser.newPage();
  opened.push(page);
  await page.setViewport({ width: 1280, height: 900 });
  await serveFixture(page, 'wechat-current', { title, bodyHtml });
  await page.goto(FIXTURE_URLS['wechat-current']);
  await page.bringToFront();
  await waitForSite(page);
  await waitForOverlay(page, '[data-testid=pg-pill]', 15_000);
  return page;
}

describe('the popup fits in 600 px', () => {
  it('status and the sign-off button are visible without scrolling, even with many findings; signing confirms and resets', async () => {
    await configure(h, { requiredLevels: 1, reviewers: [] });
    const page = await editor();
    await waitForMark(page, 'formulation.north-korea');
    const tabId = await tabIdOf(h, page);
    const popup = await extensionPage(h, `popup.html?tabId=${tabId}`);
    opened.push(popup);
    await popup.setViewport({ width: 400, height: 600 });
    await popup.goto(`chrome-extension://${h.extensionId}/popup.html?tabId=${tabId}`);
    await popup.waitForSelector('[data-testid=signoff-approve]');
    const layout = await popup.evaluate(() => {
      const b = document.querySelector('[data-testid=signoff-approve]')!.getBoundingClientRect();
      return {
        height: document.documentElement.scrollHeight,
        approveBottom: b.bottom,
        status: document.querySelector('[data-testid=popup-status]')!.getBoundingClientRect().top,
      };
    });
    await popup.screenshot({ path: '/tmp/popup.png' });
    expect(layout.height).toBeLessThanOrEqual(600);
    expect(layout.approveBottom).toBeLessThanOrEqual(600);
    expect(layout.status).toBeLessThan(80);
    // Findings are grouped by severity, block first.
    const sev = await popup.$$eval('[data-testid=popup-category]', (els) =>
      els.map((e) => (e as HTMLElement).dataset.severity),
    );
    expect(sev[0]).toBe('block');
    expect(
      [...sev].sort((a, b) => ['block', 'warn', 'info'].indexOf(a ?? '') - ['block', 'warn', 'info'].indexOf(b ?? '')),
    ).toEqual(sev);

    await popup.type('[data-testid=signoff-name]', '周初审');
    for (const k of ['politics', 'law', 'policy', 'secrecy', 'text']) await popup.click(`[data-testid=check-${k}]`);
    await popup.type('[data-testid=signoff-comment]', '同意');
    await popup.click('[data-testid=signoff-approve]');
    await popup.waitForSelector('[data-testid=signoff-done]');
    expect(await popup.$eval('[data-testid=signoff-done]', (e) => e.textContent)).toContain('已签发');
    // The form is reset for the next level.
    expect(await popup.$eval('[data-testid=check-politics]', (e) => (e as HTMLInputElement).checked)).toBe(false);
    expect(await popup.$eval('[data-testid=signoff-comment]', (e) => (e as HTMLTextAreaElement).value)).toBe('');
    // Signed off but with block findings: never shown as 已签发.
    expect(await popup.$eval('[data-testid=popup-status]', (e) => e.textContent)).toBe('有问题');
    expect(
      await until(
        () => overlayText(page, '[data-testid=pg-status]'),
        (t) => t !== null,
        'pill',
      ),
    ).not.toBe('已签发');
  });
});

describe('the gate as a checklist of steps', () => {
  it('shows 修改问题 → 送审/签发 → 发布, with 查看问题 first and the override as a link; no "click again" while something still blocks', async () => {
    await configure(h, { requiredLevels: 1, reviewers: [] });
    const page = await editor(P('据报道，北朝鲜举行活动。'));
    await page.click('#js_send button');
    await waitForOverlay(page, '[data-testid=pg-gate]');
    const steps = await inOverlay(page, (root) =>
      Array.from(root.querySelectorAll<HTMLElement>('[data-step]')).map((e) => [e.dataset.step, e.dataset.done]),
    );
    expect(steps).toEqual([
      ['fix', '0'],
      ['review', '0'],
      ['publish', '0'],
    ]);
    const focus = await inOverlay(page, (root) => (root.activeElement as HTMLElement | null)?.dataset.testid ?? '');
    expect(focus).toBe('pg-gate-findings');
    expect(await overlayText(page, '[data-testid=pg-gate-next]')).toContain('完成以上步骤后');
    expect(await overlayText(page, '[data-testid=pg-override-open]')).toContain('申请放行');
    const isLink = await inOverlay(page, (root) =>
      root.querySelector('[data-testid=pg-override-open]')?.classList.contains('pg-link'),
    );
    expect(isLink).toBe(true);
    // Escape closes the dialog.
    await page.keyboard.press('Escape');
    await until(
      () => overlayText(page, '[data-testid=pg-gate]'),
      (t) => t === null,
      'the dialog to close',
    );
  });

  it('Tab stays inside the dialog; the dialog has a label', async () => {
    const page = await editor(P('据报道，北朝鲜举行活动。'));
    await page.click('#js_send button');
    await waitForOverlay(page, '[data-testid=pg-gate]');
    const label = await inOverlay(page, (root) => {
      const d = root.querySelector('[role=alertdialog]');
      return d ? root.getElementById(d.getAttribute('aria-labelledby') ?? '')?.textContent : null;
    });
    expect(label).toBe('暂不能发布');
    const seen = new Set<string>();
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press('Tab');
      const inside = await inOverlay(page, (root) => {
        const a = root.activeElement as HTMLElement | null;
        return a ? `${a.closest('[role=alertdialog]') ? 'in' : 'out'}:${a.textContent}` : 'none';
      });
      seen.add(String(inside));
    }
    expect([...seen].every((s) => s.startsWith('in:'))).toBe(true);
    expect(seen.size).toBeGreaterThan(2);
  });
});

describe('the card and the side panel from the keyboard', () => {
  it('the panel lists each finding with apply/ignore/details; details opens the card with focus; Escape closes it', async () => {
    const page = await editor(P('我们要再接再励，做好工作。'));
    await waitForMark(page, 'typo.zai-jie-zai-li');
    await clickOverlay(page, '[data-testid=pg-pill]');
    await waitForOverlay(page, '[data-testid=pg-item-details]');
    await clickOverlay(page, '[data-testid=pg-item-details]');
    await waitForOverlay(page, '[data-testid=pg-card]');
    const card = (await inOverlay(page, (root) => {
      const c = root.querySelector<HTMLElement>('[data-testid=pg-card]')!;
      return {
        label: c.getAttribute('aria-label'),
        focusInside: c.contains(root.activeElement),
        text: c.textContent ?? '',
        width: c.getBoundingClientRect().width,
      };
    }))!;
    expect(card.label).toContain('需注意');
    expect(card.label).toContain('错别字');
    expect(card.focusInside).toBe(true);
    expect(card.width).toBeLessThanOrEqual(280);
    // The rule id is only in the details line, not in the card's head.
    expect(await overlayText(page, '.pg-card-head')).not.toContain('typo.');
    await page.keyboard.press('Escape');
    await until(
      () => overlayText(page, '[data-testid=pg-card]'),
      (t) => t === null,
      'the card to close',
    );
    // Apply from the panel, through the editor's input path.
    await clickOverlay(page, '[data-testid=pg-item-apply]');
    await until(
      () => page.evaluate(() => window.__site.getModel().body ?? ''),
      (b) => b.includes('再接再厉'),
      'the suggestion applied',
    );
  });

  it("keyboard only: Tab reaches the launcher, Enter opens the panel, a finding's 详情 opens the card, Escape closes, 采纳 applies", async () => {
    const page = await editor(P('我们要再接再励，做好工作。'));
    await waitForMark(page, 'typo.zai-jie-zai-li');
    const active = () => inOverlay(page, (root) => (root.activeElement as HTMLElement | null)?.dataset.testid ?? '');
    /** Presses Tab until the overlay's focused element has the test id (the page's own controls come first). */
    const tabTo = async (testid: string) => {
      for (let i = 0; i < 60; i++) {
        if ((await active()) === testid) return;
        await page.keyboard.press('Tab');
      }
      throw new Error(`Tab never reached ${testid}; focus is on ${await active()}`);
    };
    await page.focus('.ProseMirror');
    await tabTo('pg-pill');
    await page.keyboard.press('Enter');
    await waitForOverlay(page, '[data-testid=pg-item-details]');
    await tabTo('pg-item-details');
    await page.keyboard.press('Enter');
    await waitForOverlay(page, '[data-testid=pg-card]');
    // the card takes focus once it is laid out, a frame after it appears: wait for it rather than read it once
    await until(
      () =>
        inOverlay(page, (root) => root.querySelector('[data-testid=pg-card]')?.contains(root.activeElement) ?? false),
      (inCard) => inCard === true,
      'focus to move into the card',
    );
    await page.keyboard.press('Escape');
    await until(
      () => overlayText(page, '[data-testid=pg-card]'),
      (t) => t === null,
      'the card to close',
    );
    await tabTo('pg-item-apply');
    await page.keyboard.press('Enter');
    await until(
      () => page.evaluate(() => window.__site.getModel().body ?? ''),
      (b) => b.includes('再接再厉'),
      'the suggestion applied from the keyboard',
    );
  });

  it('the hover card sits above the marked line and does not cover the line below', async () => {
    const lines = Array.from({ length: 6 }, (_, i) => P(`第${i + 1}段：全市各部门认真落实工作部署。`));
    lines.splice(3, 0, P('我们要再接再励，做好工作。'));
    const page = await editor(lines.join(''));
    const m = await waitForMark(page, 'typo.zai-jie-zai-li');
    await page.mouse.move(m.rect.left + m.rect.width / 2, m.rect.top + m.rect.height / 2 - 2, { steps: 4 });
    await waitForOverlay(page, '[data-testid=pg-card]');
    const card = await inOverlay(page, (root) => {
      const r = root.querySelector<HTMLElement>('[data-testid=pg-card]')!.getBoundingClientRect();
      return { top: r.top, bottom: r.bottom };
    });
    expect(card?.bottom).toBeLessThanOrEqual(m.rect.top + 1);
    const all = await marks(page);
    expect(all.length).toBeGreaterThan(0);
  });

  it('status changes are announced in a live region', async () => {
    const page = await editor(P('据报道，北朝鲜举行活动。'));
    const text = await until(
      () => overlayText(page, '[data-testid=pg-live]'),
      (t) => !!t && t.includes('禁止发布'),
      'the announcement',
    );
    expect(text).toContain('1 处禁止发布');
    const live = await inOverlay(page, (root) =>
      root.querySelector('[data-testid=pg-live]')?.getAttribute('aria-live'),
    );
    expect(live).toBe('polite');
  });
});

describe('trying it without an account', () => {
  it('the 演示 page runs the same checks, card and gate on a sample draft; nothing is recorded', async () => {
    const popup = await extensionPage(h, 'popup.html');
    opened.push(popup);
    await popup.waitForSelector('[data-testid=popup-demo]');
    expect(await popup.$eval('[data-testid=popup-demo]', (a) => (a as HTMLAnchorElement).getAttribute('href'))).toBe(
      '/demo.html',
    );
    const before = await popup.evaluate(
      () =>
        new Promise<number>((resolve) => {
          const r = indexedDB.open('publish-guard');
          r.onsuccess = () => {
            const c = r.result.transaction('checks').objectStore('checks').count();
            c.onsuccess = () => resolve(c.result);
          };
        }),
    );
    const demo = await extensionPage(h, 'demo.html');
    opened.push(demo);
    await demo.setViewport({ width: 1280, height: 900 });
    await demo.bringToFront();
    await waitForMark(demo, 'formulation.north-korea', 15_000);
    await demo.click('#demo-publish');
    await waitForOverlay(demo, '[data-testid=pg-gate]');
    expect(await demo.$eval('#demo-result', (e) => e.textContent)).toBe('');
    // Fixing the text in the sample editor clears the underline.
    await demo.evaluate(() => {
      const p = Array.from(document.querySelectorAll('#demo-body p')).find((x) => x.textContent?.includes('北朝鲜'));
      p?.remove();
    });
    await until(
      async () => (await marks(demo)).some((m) => m.rule === 'formulation.north-korea'),
      (v) => !v,
      'the underline to go',
    );
    const after = await popup.evaluate(
      () =>
        new Promise<number>((resolve) => {
          const r = indexedDB.open('publish-guard');
          r.onsuccess = () => {
            const c = r.result.transaction('checks').objectStore('checks').count();
            c.onsuccess = () => resolve(c.result);
          };
        }),
    );
    expect(after).toBe(before);
  });
});

describe('English for the extension pages', () => {
  it('the language option switches the options page and the popup to English and back; 跟随浏览器 follows this Chinese browser', async () => {
    const options = await extensionPage(h, 'options.html#other');
    opened.push(options);
    const navText = () => options.$eval('[data-testid=nav-dictionaries]', (e) => e.textContent);
    await options.waitForSelector('[data-testid=general-form]');
    expect(await navText()).toBe('词库');
    // The default follows the browser (its languages are Chinese, see harness.ts): Chinese.
    expect(await options.$eval('[data-testid=locale-auto]', (e) => (e as HTMLInputElement).checked)).toBe(true);

    await options.click('[data-testid=locale-en]');
    await options.click('[data-testid=general-save]');
    // The page switches in place, without a reload.
    expect(await until(navText, (t) => t === 'Dictionaries', 'English navigation')).toBe('Dictionaries');
    expect(await options.$eval('[data-testid=options-title]', (e) => e.textContent)).toBe('Settings & dictionaries');
    expect(await options.$eval('[data-testid=general-form] h2', (e) => e.textContent)).toBe('Language and operator');
    expect(await options.title()).toBe('Publish Guard · Settings');
    expect(await options.$eval('html', (e) => e.lang)).toBe('en');

    // Another page opened afterwards starts in English; section headings too.
    const popup = await extensionPage(h, 'popup.html');
    opened.push(popup);
    await popup.waitForSelector('[data-testid=popup-status]');
    expect(await popup.$eval('h1', (e) => e.textContent)).toBe('Publish Guard');
    expect(await popup.$eval('[data-testid=popup-status]', (e) => e.textContent)).toContain(
      'This tab is not an open WeChat Official Account or Weibo editor',
    );
    expect(await popup.$eval('[data-testid=popup-queue]', (e) => e.textContent)).toBe('Review queue');
    await options.bringToFront();
    await options.click('[data-testid=nav-review]');
    await options.waitForSelector('[data-testid=gate-form]');
    expect(await options.$eval('[data-testid=gate-form] h2', (e) => e.textContent)).toBe('Publish gate');

    // Back to Chinese.
    await options.click('[data-testid=nav-other]');
    await options.waitForSelector('[data-testid=locale-zh_CN]');
    await options.click('[data-testid=locale-zh_CN]');
    await options.click('[data-testid=general-save]');
    expect(await until(navText, (t) => t === '词库', 'Chinese navigation')).toBe('词库');
    expect(await options.$eval('[data-testid=general-form] h2', (e) => e.textContent)).toBe('界面与操作人');
    await popup.bringToFront();
    await popup.reload();
    await popup.waitForSelector('[data-testid=popup-status]');
    expect(await popup.$eval('h1', (e) => e.textContent)).toBe('政务新媒体发布审校');

    // 跟随浏览器 again (the default), still Chinese in this browser.
    await options.bringToFront();
    await options.click('[data-testid=locale-en]');
    await options.click('[data-testid=general-save]');
    await until(navText, (t) => t === 'Dictionaries', 'English navigation');
    await options.click('[data-testid=locale-auto]');
    await options.click('[data-testid=general-save]');
    expect(await until(navText, (t) => t === '词库', 'Chinese navigation')).toBe('词库');
    expect(await options.$eval('html', (e) => e.lang)).toBe('zh-CN');
  });
});
