import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extensionPage, waitForOverlay } from './ext';
import { FIXTURE_URLS, serveFixture, waitForSite } from './fixtures';
import { EXTENSION_DIR, type Harness, launch, serve, URLS } from './harness';

let h: Harness;
beforeAll(async () => {
  h = await launch();
});
afterAll(async () => {
  await h?.close();
});

const hasOverlay = (page: import('puppeteer').Page) =>
  page.evaluate(() => document.querySelector('publish-guard-ui') !== null);

describe('the built extension in Chromium', () => {
  it('attaches to the WeChat article editor', async () => {
    const page = await h.browser.newPage();
    await serveFixture(page, 'wechat-current', { title: '标题', bodyHtml: '<p><span leaf="">正文</span></p>' });
    await page.goto(FIXTURE_URLS['wechat-current']);
    await waitForSite(page);
    await waitForOverlay(page, '[data-testid=pg-pill]', 15_000);
    expect(await hasOverlay(page)).toBe(true);
    await page.close();
  });

  it('attaches to the weibo.com composer', async () => {
    const page = await h.browser.newPage();
    await serveFixture(page, 'weibo-home', { text: '今天天气很好' });
    await page.goto(FIXTURE_URLS['weibo-home']);
    await waitForSite(page);
    await waitForOverlay(page, '[data-testid=pg-pill]', 15_000);
    await page.close();
  });

  it('does not attach on an unrelated https page, nor on a non-editor WeChat page', async () => {
    const page = await h.browser.newPage();
    const home = 'https://mp.weixin.qq.com/cgi-bin/home?t=home/index&token=123456';
    const { aborted } = await serve(page, {
      [URLS.unrelated]: '<!doctype html><html><body><textarea>北朝鲜</textarea><button>发布</button></body></html>',
      [home]: '<!doctype html><html><body><p>首页</p></body></html>',
    });
    await page.goto(URLS.unrelated);
    await new Promise((r) => setTimeout(r, 1500));
    expect(await hasOverlay(page)).toBe(false);
    await page.goto(home);
    await new Promise((r) => setTimeout(r, 1500));
    expect(await hasOverlay(page)).toBe(false);
    // Nothing reached the network: everything but the routes was aborted.
    expect(aborted.every((u) => !u.startsWith('https://www.example.org/news'))).toBe(true);
    await page.close();
  });

  it('opens the popup and renders it in Chinese', async () => {
    const page = await extensionPage(h, 'popup.html');
    await page.waitForSelector('[data-testid=popup-status]');
    expect(await page.$eval('h1', (e) => e.textContent)).toBe('政务新媒体发布审校');
    await page.close();
  });

  it('opens the options page and renders it', async () => {
    const page = await extensionPage(h, 'options.html');
    await page.waitForFunction(() => document.body.textContent?.includes('词库'), { timeout: 10_000 });
    await page.close();
  });
});

describe('the manifest', () => {
  const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8'));
  it('asks for the editor hosts only and targets Chromium 109+', () => {
    expect([...manifest.host_permissions].sort()).toEqual(
      [
        'https://card.weibo.com/*',
        'https://m.weibo.cn/*',
        'https://mp.weixin.qq.com/*',
        'https://weibo.com/*',
        'https://www.weibo.com/*',
      ].sort(),
    );
    expect(manifest.minimum_chrome_version).toBe('109');
    expect(manifest.permissions).not.toContain('tabs');
    expect(manifest.permissions).not.toContain('<all_urls>');
  });
  it('loads no remote code', () => {
    expect(manifest.content_security_policy.extension_pages).not.toMatch(/https?:/);
    for (const cs of manifest.content_scripts)
      for (const m of cs.matches) expect(manifest.host_permissions).toContain(m.replace(/cgi-bin\/appmsg\*$/, '*'));
  });
  it('replaces no browser page (the records page is records.html, not a History override)', () => {
    for (const dir of [EXTENSION_DIR, join(EXTENSION_DIR, '..', 'firefox-mv2')]) {
      const m = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
      expect(m.chrome_url_overrides, dir).toBeUndefined();
      expect(existsSync(join(dir, 'records.html')), dir).toBe(true);
      expect(existsSync(join(dir, 'history.html')), dir).toBe(false);
    }
  });
});
