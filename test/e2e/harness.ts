import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type HTTPRequest, type Page } from 'puppeteer';

/** The repository root: found from this file, or from the working directory when bundled elsewhere. */
export const ROOT = findRoot();

function findRoot(): string {
  for (const start of [import.meta.dirname, process.cwd()]) {
    let dir = start;
    for (let i = 0; i < 8 && dir; i++) {
      if (existsSync(join(dir, 'wxt.config.ts'))) return dir;
      dir = resolve(dir, '..');
    }
  }
  return resolve(import.meta.dirname, '../..');
}
export const EXTENSION_DIR = join(ROOT, '.output/chrome-mv3');
/** Issue 15: each content script stays ≤ 200 KB (large tables load at run time like the other data tables). */
export const CONTENT_SCRIPT_BUDGET = 200 * 1024;
export const FIXTURES = join(ROOT, 'test/fixtures');

export function chromiumPath(): string {
  const path = process.env.PUPPETEER_EXECUTABLE_PATH || '/usr/bin/chromium';
  if (!existsSync(path)) {
    throw new Error(
      `Chromium not found at ${path}. Install it (Debian: apt-get install -y chromium) ` +
        'or set PUPPETEER_EXECUTABLE_PATH to a Chromium ≥ 109 binary. End-to-end tests never skip.',
    );
  }
  return path;
}

export interface Harness {
  browser: Browser;
  extensionId: string;
  userDataDir: string;
  close(opts?: { keepProfile?: boolean }): Promise<void>;
}

/**
 * Launches the system Chromium with the built extension loaded (or, with `extension: false`, a
 * plain browser for tests of the fixture pages themselves).
 */
export async function launch(opts: { userDataDir?: string; extension?: boolean } = {}): Promise<Harness> {
  const withExtension = opts.extension !== false;
  if (withExtension && !existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No extension build at ${EXTENSION_DIR}; run "npm run build" first.`);
  }
  const userDataDir = opts.userDataDir ?? mkdtempSync(join(tmpdir(), 'pg-profile-'));
  const browser = await puppeteer.launch({
    executablePath: chromiumPath(),
    headless: true,
    pipe: true,
    userDataDir,
    ...(withExtension ? { enableExtensions: [EXTENSION_DIR] } : {}),
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--lang=zh-CN',
    ],
  });
  let extensionId = '';
  if (withExtension) {
    const worker = await browser.waitForTarget(
      (t) => t.type() === 'service_worker' && t.url().startsWith('chrome-extension://'),
      { timeout: 20_000 },
    );
    extensionId = new URL(worker.url()).host;
  }
  return {
    browser,
    extensionId,
    userDataDir,
    async close({ keepProfile = false } = {}) {
      await browser.close();
      if (!keepProfile && !opts.userDataDir) rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

export type Routes = Record<string, string | (() => string)>;

/**
 * Serves fixture pages at real editor URLs. A route key is an exact URL or a URL prefix ending in "*".
 * Every other request is aborted, so tests never touch the network.
 */
export async function serve(page: Page, routes: Routes): Promise<{ aborted: string[] }> {
  const aborted: string[] = [];
  await page.setRequestInterception(true);
  page.on('request', (req: HTTPRequest) => {
    const url = req.url();
    if (url.startsWith('chrome-extension://') || url.startsWith('data:')) return void req.continue();
    for (const [pattern, body] of Object.entries(routes)) {
      const hit = pattern.endsWith('*') ? url.startsWith(pattern.slice(0, -1)) : url === pattern;
      if (hit) {
        return void req.respond({
          status: 200,
          contentType: 'text/html; charset=utf-8',
          body: typeof body === 'function' ? body() : body,
        });
      }
    }
    aborted.push(url);
    return void req.abort();
  });
  return { aborted };
}

export function fixture(name: string): string {
  return readFileSync(join(FIXTURES, name), 'utf8');
}

export const URLS = {
  wechatNew:
    'https://mp.weixin.qq.com/cgi-bin/appmsg?t=media/appmsg_edit_v2&action=edit&isNew=1&type=10&token=123456&lang=zh_CN',
  weiboHome: 'https://weibo.com/',
  weiboArticle: 'https://card.weibo.com/article/v5/editor#/draft/4900000000000001',
  weiboMobile: 'https://m.weibo.cn/compose/',
  unrelated: 'https://www.example.org/news/1.html',
} as const;
