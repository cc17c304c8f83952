/**
 * Fixture editor pages for end-to-end tests (see test/fixtures/editors/README.md).
 *
 *   const html = editorFixture('wechat-current', { title: '标题', bodyHtml: '<p>正文</p>', variant: 'shadow' });
 *   await serve(page, { [FIXTURE_URLS['wechat-current']]: html });        // harness.serve
 *   // or, with fake publish endpoints and a record of what reached the "network":
 *   const net = await serveFixture(page, 'weibo-home', { text: '你好' });
 *   await page.goto(FIXTURE_URLS['weibo-home']);
 *   await waitForSite(page);
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSync } from 'esbuild';
import type { HTTPRequest, Page } from 'puppeteer';
import type { FixtureConfig, FixtureName } from '../fixtures/editors/src/types';
import { FIXTURES, type Routes, serve } from './harness';

export type { FixtureConfig, FixtureName, FixtureVariant, PublishCall, SiteApi } from '../fixtures/editors/src/types';

export const EDITOR_FIXTURES_DIR = join(FIXTURES, 'editors');

export const FIXTURE_NAMES: readonly FixtureName[] = [
  'wechat-current',
  'wechat-legacy',
  'weibo-home',
  'weibo-card-v5',
  'weibo-card-v3',
  'weibo-mobile',
  'unknown-editor',
];

/** The real editor URL each fixture is served at. */
export const FIXTURE_URLS: Readonly<Record<FixtureName, string>> = {
  'wechat-current':
    'https://mp.weixin.qq.com/cgi-bin/appmsg?t=media/appmsg_edit_v2&action=edit&isNew=1&type=10&token=123456&lang=zh_CN',
  'wechat-legacy':
    'https://mp.weixin.qq.com/cgi-bin/appmsg?t=media/appmsg_edit&action=edit&type=10&appmsgid=100000001&token=123456&lang=zh_CN',
  'weibo-home': 'https://weibo.com/',
  'weibo-card-v5': 'https://card.weibo.com/article/v5/editor#/draft/4900000000000001',
  'weibo-card-v3': 'https://card.weibo.com/article/v3/editor#/draft/create',
  'weibo-mobile': 'https://m.weibo.cn/compose/',
  // Served at a WeChat article-editor URL by default; tests serve it at other editor URLs too.
  'unknown-editor':
    'https://mp.weixin.qq.com/cgi-bin/appmsg?t=media/appmsg_edit_v2&action=edit&isNew=1&type=77&token=123456&lang=zh_CN',
};

/**
 * Route patterns (harness.serve syntax) that serve a fixture's HTML. Prefix patterns cover client-side URL changes
 * that may be reloaded (appmsgid added on save, /u/<uid> on weibo.com, hash routes on card.weibo.com).
 */
export const FIXTURE_ROUTES: Readonly<Record<FixtureName, string>> = {
  'wechat-current': 'https://mp.weixin.qq.com/cgi-bin/appmsg?*',
  'wechat-legacy': 'https://mp.weixin.qq.com/cgi-bin/appmsg?*',
  'weibo-home': 'https://weibo.com/*',
  'weibo-card-v5': 'https://card.weibo.com/article/v5/editor*',
  'weibo-card-v3': 'https://card.weibo.com/article/v3/editor*',
  'weibo-mobile': 'https://m.weibo.cn/compose/*',
  'unknown-editor': 'https://mp.weixin.qq.com/cgi-bin/appmsg?*',
};

/** Fake publish endpoints (URL prefix → JSON body) the fixture pages POST to when they publish. */
export const FIXTURE_API: Readonly<Record<FixtureName, Record<string, string>>> = {
  'wechat-current': {
    'https://mp.weixin.qq.com/cgi-bin/masssend?*': JSON.stringify({ base_resp: { ret: 0, err_msg: 'ok' } }),
  },
  'wechat-legacy': {
    'https://mp.weixin.qq.com/cgi-bin/masssend?*': JSON.stringify({ base_resp: { ret: 0, err_msg: 'ok' } }),
  },
  'weibo-home': {
    'https://weibo.com/ajax/statuses/update*': JSON.stringify({
      ok: 1,
      data: { idstr: '5000000000000099', text_raw: '' },
    }),
    'https://weibo.com/ajax/statuses/normal_repost*': JSON.stringify({ ok: 1, data: { idstr: '5000000000000098' } }),
  },
  'weibo-card-v5': {
    'https://card.weibo.com/article/v5/aj/editor/draft/publish*': JSON.stringify({ code: 100000, msg: '', data: {} }),
  },
  'weibo-card-v3': {
    'https://card.weibo.com/article/v3/aj/editor/draft/publish*': JSON.stringify({ code: 100000, msg: '', data: {} }),
  },
  'weibo-mobile': {
    'https://m.weibo.cn/api/statuses/update*': JSON.stringify({ ok: 1, data: { id: '5000000000000097' } }),
  },
  'unknown-editor': {
    'https://mp.weixin.qq.com/cgi-bin/masssend?*': JSON.stringify({ base_resp: { ret: 0, err_msg: 'ok' } }),
    'https://card.weibo.com/article/v5/aj/editor/draft/publish*': JSON.stringify({ code: 100000, msg: '', data: {} }),
  },
};

export const CONFIG_MARKER = '<!--FIXTURE_CONFIG-->';
export const RUNTIME_MARKER = '<!--FIXTURE_RUNTIME-->';

const bundles = new Map<FixtureName, string>();

function assertName(name: string): asserts name is FixtureName {
  if (!(FIXTURE_NAMES as readonly string[]).includes(name)) {
    throw new Error(`Unknown editor fixture "${name}". Known: ${FIXTURE_NAMES.join(', ')}`);
  }
}

/** Makes text safe inside an inline <script> element. */
function scriptSafe(js: string): string {
  return js.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--');
}

/** The esbuild IIFE bundle of a fixture's runtime (ProseMirror included), built once per process. */
export function fixtureRuntime(name: string): string {
  assertName(name);
  let code = bundles.get(name);
  if (code === undefined) {
    const result = buildSync({
      entryPoints: [join(EDITOR_FIXTURES_DIR, 'src', `${name}.ts`)],
      bundle: true,
      format: 'iife',
      platform: 'browser',
      target: 'chrome109',
      write: false,
      charset: 'utf8',
      legalComments: 'none',
      logLevel: 'silent',
    });
    code = result.outputFiles[0]?.text ?? '';
    bundles.set(name, code);
  }
  return code;
}

/** `<script>` that sets window.__FIXTURE_CONFIG__ (what the CONFIG marker is replaced with). */
export function configScript(config: FixtureConfig = {}): string {
  const json = JSON.stringify(config)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
  return `<script>window.__FIXTURE_CONFIG__ = ${json};</script>`;
}

/**
 * Full HTML of an editor fixture: the template with its config injected at the CONFIG marker (in <head>, before
 * any site script) and the bundled runtime inlined at the RUNTIME marker (end of <body>).
 */
export function editorFixture(name: string, config: FixtureConfig = {}): string {
  assertName(name);
  const template = readFileSync(join(EDITOR_FIXTURES_DIR, `${name}.html`), 'utf8');
  if (!template.includes(CONFIG_MARKER) || !template.includes(RUNTIME_MARKER)) {
    throw new Error(`Fixture ${name}.html lacks ${CONFIG_MARKER} or ${RUNTIME_MARKER}`);
  }
  const runtime = `<script>${scriptSafe(fixtureRuntime(name))}</script>`;
  // Function replacers: the inserted text must not be scanned for `$&`-style patterns.
  return template.replace(CONFIG_MARKER, () => configScript(config)).replace(RUNTIME_MARKER, () => runtime);
}

export interface ApiHit {
  url: string;
  method: string;
  postData: string | undefined;
}

/**
 * Serves one fixture at its real URL (and prefix route), answers its fake publish endpoints with JSON, and aborts
 * everything else (harness.serve). `apiHits` records every request that reached a publish endpoint.
 * Call before page.goto; call once per page.
 */
export async function serveFixture(
  page: Page,
  name: string,
  config: FixtureConfig = {},
  extraRoutes: Routes = {},
): Promise<{ aborted: string[]; apiHits: ApiHit[] }> {
  assertName(name);
  const html = editorFixture(name, config);
  const api = FIXTURE_API[name];
  const apiHits: ApiHit[] = [];
  const matches = (pattern: string, url: string): boolean =>
    pattern.endsWith('*') ? url.startsWith(pattern.slice(0, -1)) : url === pattern;
  page.on('request', (req: HTTPRequest) => {
    if (Object.keys(api).some((p) => matches(p, req.url()))) {
      apiHits.push({ url: req.url(), method: req.method(), postData: req.postData() });
    }
  });
  // API routes first: harness.serve takes the first matching pattern in insertion order.
  const { aborted } = await serve(page, { ...extraRoutes, ...api, [FIXTURE_ROUTES[name]]: html });
  return { aborted, apiHits };
}

/** Waits until window.__site exists and its editors are mounted. */
export async function waitForSite(page: Page, timeout = 10_000): Promise<void> {
  await page.waitForFunction(() => typeof window.__site?.ready === 'function' && window.__site.ready(), { timeout });
}

/** WeChat body sample with the markup the real editor produces (leaf spans, a section, a link, an image). */
export const SAMPLE_WECHAT_BODY = [
  '<section data-pm-slice="0 0 []"><p><span leaf="">第一段：市政府召开新闻发布会。</span></p></section>',
  '<p><span leaf="">第二段：详情请见</span><a href="https://www.gov.cn/"><span leaf="">中国政府网</span></a><span leaf="">。</span></p>',
  '<p><img class="rich_pages wxw-img" data-src="https://mmbiz.qpic.cn/mmbiz_png/fixture/0" src="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7" alt="示意图"></p>',
  '<p><span leaf="">第三段：欢迎关注。</span></p>',
].join('');
