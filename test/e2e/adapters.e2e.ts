/**
 * Editor adapters (lib/editors) against the fixture editor pages in real Chromium.
 *
 * The adapters are bundled with esbuild (IIFE → window.__pgAdapters) and injected into each fixture page before
 * its scripts run. The browser is a plain Chromium without the extension, so nothing but the adapters and the
 * test's own capture-phase window listener sees the events. Every expectation comes from the fixture itself
 * (window.__site.getModel(): the site's own state) or is computed independently in the test (text-node ranges
 * found with a TreeWalker from the fixture's known DOM path).
 */
import { buildSync } from 'esbuild';
import puppeteer, { type Browser, type ElementHandle, type Page } from 'puppeteer';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Draft, DraftLink } from '../../lib/engine/types';
import {
  FIXTURE_URLS,
  type FixtureConfig,
  type FixtureName,
  SAMPLE_WECHAT_BODY,
  serveFixture,
  waitForSite,
} from './fixtures';
import { chromiumPath, ROOT, serve } from './harness';

// ---- adapter bundle ---------------------------------------------------------------------------------------

const ADAPTER_BUNDLE = buildSync({
  stdin: {
    contents: [
      "import { ADAPTERS, adapterFor } from './lib/editors/index';",
      "import { readRichText } from './lib/editors/dom-text';",
      'Object.defineProperty(window, "__pgAdapters", { value: { ADAPTERS, adapterFor, readRichText }, configurable: true });',
    ].join('\n'),
    resolveDir: ROOT,
    loader: 'ts',
    sourcefile: 'pg-adapters-entry.ts',
  },
  bundle: true,
  format: 'iife',
  platform: 'browser',
  target: 'chrome109',
  write: false,
  charset: 'utf8',
  logLevel: 'silent',
}).outputFiles[0]?.text as string;

// ---- in-page test helpers (serialized into the page; no closures over test scope) ---------------------------

interface LocateResult {
  kind: 'range' | 'control' | 'none';
  /** range: Range.toString(); control: element.value.slice(start, end). */
  str?: string;
  /** range: some adapter rect intersects some rect of the independently computed word range. */
  intersects?: boolean;
  /** range: the range lies inside the expected editor root; control: the element is the expected one. */
  inside?: boolean;
  rects?: number;
}

interface ReadResult {
  draft: Draft;
  fields: { field: string; text: string; tag: string }[];
}

interface LogEntry {
  type: string;
  control: { action: string; label: string } | null;
}

function installHelpers(): void {
  type Steps = string[];
  // biome-ignore lint/suspicious/noExplicitAny: page-side glue
  const w = window as any;
  const resolve = (steps: Steps): Element => {
    let root: Document | ShadowRoot = document;
    let el: Element | null = null;
    for (const step of steps) {
      if (step === '::shadow') root = (el as Element).shadowRoot as ShadowRoot;
      else if (step === '::frame') root = (el as HTMLIFrameElement).contentDocument as Document;
      else el = root.querySelector(step);
      if (!el) throw new Error(`not found: ${step}`);
    }
    return el as Element;
  };
  const wordRects = (root: Element, word: string): DOMRect[] => {
    const doc = root.ownerDocument;
    const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const idx = (node.nodeValue ?? '').indexOf(word);
      if (idx >= 0) {
        const r = doc.createRange();
        r.setStart(node, idx);
        r.setEnd(node, idx + word.length);
        return [...r.getClientRects()];
      }
    }
    throw new Error(`word not in a single text node: ${word}`);
  };
  const intersects = (a: DOMRect, b: DOMRect): boolean =>
    a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

  const t = {
    adapterId: '',
    // biome-ignore lint/suspicious/noExplicitAny: page-side glue
    inst: undefined as any,
    log: [] as { type: string; control: unknown }[],
    swallow: false,
    adapter() {
      // biome-ignore lint/suspicious/noExplicitAny: page-side glue
      return w.__pgAdapters.ADAPTERS.find((a: any) => a.id === t.adapterId);
    },
    find(): boolean {
      t.inst = t.adapter().find(document);
      return t.inst !== undefined;
    },
    connected(): boolean {
      return t.inst !== undefined && t.inst.isConnected() === true;
    },
    read() {
      const r = t.inst.read();
      return {
        draft: r.draft,
        // biome-ignore lint/suspicious/noExplicitAny: page-side glue
        fields: r.fields.map((f: any) => ({ field: f.field, text: f.text, tag: f.element.localName })),
      };
    },
    /** Locates `word` (first occurrence in the field text) and compares with the word's own rects under `steps`. */
    locate(field: string, word: string, steps: Steps, crossNodes = false) {
      // biome-ignore lint/suspicious/noExplicitAny: page-side glue
      const f = t.inst.read().fields.find((x: any) => x.field === field);
      if (!f) throw new Error(`no field ${field}`);
      const start = f.text.indexOf(word);
      if (start < 0) throw new Error(`"${word}" not in ${field}: ${f.text}`);
      const target = f.locate(start, start + word.length);
      const expectedEl = resolve(steps);
      if (!target) return { kind: 'none' };
      if (target.kind === 'control') {
        return {
          kind: 'control',
          str: target.element.value.slice(target.start, target.end),
          inside: target.element === expectedEl,
        };
      }
      const range: Range = target.range;
      const rects = [...range.getClientRects()].filter((r) => r.width > 0 && r.height > 0);
      const inside = expectedEl.contains(range.startContainer) && expectedEl.contains(range.endContainer);
      let hit = false;
      if (!crossNodes) {
        const expected = wordRects(expectedEl, word);
        hit = rects.some((a) => expected.some((b) => intersects(a, b)));
      } else {
        // Spans across blocks: each line of the span must intersect the adapter's rects.
        const lines = word.split('\n').filter(Boolean);
        hit = lines.every((line) => wordRects(expectedEl, line).some((b) => rects.some((a) => intersects(a, b))));
      }
      return { kind: 'range', str: range.toString(), intersects: hit, inside, rects: rects.length };
    },
    listen() {
      const onEvent = (e: Event) => {
        const raw = t.inst ? (t.inst.publishControl(e) ?? null) : null;
        // The composer scope is the adapter's own business: the log keeps what the gate shows.
        const control = raw ? { action: raw.action, label: raw.label } : null;
        t.log.push({ type: e.type, control });
        if (t.swallow) {
          e.preventDefault();
          e.stopImmediatePropagation();
        }
      };
      window.addEventListener('click', onEvent, true);
      window.addEventListener('keydown', onEvent, true);
    },
  };
  w.__pgTest = t;
}

// ---- browser and page plumbing -----------------------------------------------------------------------------

let browser: Browser;
const pages: Page[] = [];

beforeAll(async () => {
  browser = await puppeteer.launch({
    executablePath: chromiumPath(),
    headless: true,
    pipe: true,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--lang=zh-CN', '--window-size=1280,900'],
    defaultViewport: { width: 1280, height: 900 },
  });
});

afterEach(async () => {
  for (const page of pages.splice(0)) await page.close();
});

afterAll(async () => {
  await browser?.close();
});

const ADAPTER_OF: Record<FixtureName, string> = {
  'wechat-current': 'wechat',
  'wechat-legacy': 'wechat',
  'weibo-home': 'weibo',
  'weibo-card-v5': 'weibo-article',
  'weibo-card-v3': 'weibo-article',
  'weibo-mobile': 'weibo-mobile',
  'unknown-editor': 'wechat',
};

async function open(name: FixtureName, config: FixtureConfig = {}, waitReady = true): Promise<Page> {
  const page = await browser.newPage();
  pages.push(page);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('dialog', (d) => void d.dismiss()); // card.weibo.com's native confirm()
  await page.evaluateOnNewDocument(ADAPTER_BUNDLE);
  await page.evaluateOnNewDocument(installHelpers);
  await page.evaluateOnNewDocument(
    `window.__pgTest && (window.__pgTest.adapterId = ${JSON.stringify(ADAPTER_OF[name])});`,
  );
  await serveFixture(page, name, config);
  await page.goto(FIXTURE_URLS[name], { waitUntil: 'load' });
  if (waitReady) await waitForSite(page);
  await page.evaluate(() => window.__pgTest.listen());
  expect(errors).toEqual([]);
  return page;
}

const find = (page: Page): Promise<boolean> => page.evaluate(() => window.__pgTest.find());
const connected = (page: Page): Promise<boolean> => page.evaluate(() => window.__pgTest.connected());
const read = (page: Page): Promise<ReadResult> => page.evaluate(() => window.__pgTest.read() as ReadResult);
const model = (page: Page): Promise<Record<string, string>> => page.evaluate(() => window.__site.getModel());
const html = (page: Page): Promise<string> => page.evaluate(() => window.__site.getHTML());
const locate = (page: Page, field: string, word: string, steps: string[], crossNodes = false): Promise<LocateResult> =>
  page.evaluate((f, w, s, c) => window.__pgTest.locate(f, w, s, c) as LocateResult, field, word, steps, crossNodes);
const instanceCall = <T>(page: Page, method: 'draftId' | 'accountName'): Promise<T> =>
  page.evaluate((m) => window.__pgTest.inst[m]() ?? null, method) as Promise<T>;

async function clearLog(page: Page, swallow: boolean): Promise<void> {
  await page.evaluate((s) => {
    window.__pgTest.log.length = 0;
    window.__pgTest.swallow = s;
  }, swallow);
}
const log = (page: Page): Promise<LogEntry[]> => page.evaluate(() => window.__pgTest.log as LogEntry[]);

/** Real (trusted) mouse click on the centre of the element, scrolled to the middle of the viewport first. */
async function click(page: Page, selector: string): Promise<void> {
  await page.$eval(selector, (el) => el.scrollIntoView({ block: 'center' }));
  await page.click(selector);
}

/** Clicks and returns the control the adapter reported for that click (null = not a publish action). */
async function clickControl(page: Page, selector: string, swallow: boolean): Promise<LogEntry['control']> {
  await clearLog(page, swallow);
  await click(page, selector);
  const entries = (await log(page)).filter((e) => e.type === 'click');
  expect(entries.length).toBe(1);
  return entries[0]?.control ?? null;
}

/** Clicks the button whose text is exactly `text` (document-wide, the last one if several). */
async function clickByText(page: Page, text: string, swallow: boolean): Promise<LogEntry['control']> {
  const handle = await page.evaluateHandle((t): Element | null => {
    const all = [...document.querySelectorAll('button, a, [role="button"]')].filter(
      (b) => (b.textContent ?? '').trim() === t && b.getClientRects().length > 0,
    );
    return all[all.length - 1] ?? null;
  }, text);
  const el = handle.asElement() as ElementHandle<Element> | null;
  if (!el) throw new Error(`no visible button ${text}`);
  await clearLog(page, swallow);
  await el.evaluate((b) => b.scrollIntoView({ block: 'center' }));
  await el.click();
  const entries = (await log(page)).filter((e) => e.type === 'click');
  expect(entries.length).toBe(1);
  return entries[0]?.control ?? null;
}

/** Untrusted element.click() (what a script or a stale automation would do), swallowed before the site sees it. */
async function syntheticClick(page: Page, selector: string): Promise<LogEntry['control']> {
  await clearLog(page, true);
  await page.$eval(selector, (el) => (el as HTMLElement).click());
  const entries = await log(page);
  expect(entries.length).toBe(1);
  return entries[0]?.control ?? null;
}

async function pressKeys(page: Page, keys: string[], modifier?: 'Control' | 'Meta'): Promise<void> {
  if (modifier) await page.keyboard.down(modifier);
  for (const k of keys) await page.keyboard.press(k as Parameters<Page['keyboard']['press']>[0]);
  if (modifier) await page.keyboard.up(modifier);
}

function expectLinks(links: DraftLink[] | undefined, body: string, expected: { href: string; text: string }[]): void {
  expect(links ?? []).toHaveLength(expected.length);
  for (const [i, e] of expected.entries()) {
    const link = links?.[i] as DraftLink;
    expect(link.href).toBe(e.href);
    expect(link.text).toBe(e.text);
    expect(body.slice(link.start, link.end)).toBe(e.text);
  }
}

// ---- fixtures' content ---------------------------------------------------------------------------------------

/** SAMPLE_WECHAT_BODY plus the structures an article body has: headings, quotes, nested sections, hard breaks, empty lines. */
const WECHAT_BODY = [
  SAMPLE_WECHAT_BODY,
  '<p></p>',
  '<h2>二、工作安排</h2>',
  '<blockquote><p>引用：依法行政是政府工作的基本准则。</p></blockquote>',
  '<p>硬换行之前<br>硬换行之后</p>',
  '<p>段末硬换行<br></p>',
  '<p></p><p></p>',
  '<section><section><p>嵌套区块里的段落。</p></section></section>',
  '<p>详见<a href="https://www.example.org/notice?id=1">通知全文</a>和<strong>重点内容</strong>。</p>',
  '<p>结束语：谢谢阅读。</p>',
].join('');

const WECHAT_CONFIG: FixtureConfig = {
  title: '关于做好秋季防汛工作的通知',
  author: '市应急局',
  digest: '本文介绍秋季防汛工作安排。',
  sourceUrl: 'https://www.gov.cn/zhengce/2025-09/01/content_1.htm',
  bodyHtml: WECHAT_BODY,
};

const WECHAT_LINKS = [
  { href: 'https://www.gov.cn/', text: '中国政府网' },
  { href: 'https://www.example.org/notice?id=1', text: '通知全文' },
];

const CURRENT_BODY_STEPS = ['#edui1_iframeholder #ueditor_0 .mock-iframe-body .ProseMirror'];
const SHADOW_BODY_STEPS = [
  '#edui1_iframeholder .editor-v-root',
  '::shadow',
  '#ueditor_0 .mock-iframe-body .ProseMirror',
];
const CURRENT_TITLE_STEPS = ['#js_title_main .title-editor__input .ProseMirror'];

// ---- dom-text model (a plain page; no editor) ----------------------------------------------------------------

describe('dom-text: readRichText model', () => {
  interface Case {
    html: string;
    text: string;
    links?: { href: string; text: string; start: number; end: number }[];
  }
  const PM_EMPTY = '<br class="ProseMirror-trailingBreak">';
  const CASES: Case[] = [
    { html: '<p>甲</p><p>乙</p>', text: '甲\n乙' },
    { html: '<p>甲</p><p><br></p><p>乙</p>', text: '甲\n\n乙' },
    { html: '<p>甲<br>乙</p>', text: '甲\n乙' },
    { html: '<p>甲<br></p><p>乙</p>', text: '甲\n乙' },
    { html: '<p>甲<br><br></p><p>乙</p>', text: '甲\n\n乙' },
    { html: `<p>甲<br>${PM_EMPTY}</p><p>乙</p>`, text: '甲\n\n乙' },
    { html: `<p>${PM_EMPTY}</p><p>甲</p><p>${PM_EMPTY}</p>`, text: '甲' },
    {
      html: `<p><span leaf="">甲</span></p><p><span leaf="">${PM_EMPTY}</span></p><p><span leaf="">乙</span></p>`,
      text: '甲\n\n乙',
    },
    { html: '<div>前<span contenteditable="false">@组件</span>后</div>', text: '前后' },
    {
      html: '<p>前<publish-guard-ui>界面</publish-guard-ui><span data-publish-guard="">标记</span>后</p>',
      text: '前后',
    },
    { html: '<p class="is-empty"><span class="editor-placeholder">请输入正文</span></p><p>正文</p>', text: '正文' },
    { html: '\n<p>甲</p>\n  <p>乙</p>\n', text: '甲\n乙' },
    { html: '<pre>第一行\n第二行</pre>', text: '第一行\n第二行' },
    { html: '<ul><li>一</li><li>二</li></ul><table><tr><td>甲</td><td>乙</td></tr></table>', text: '一\n二\n甲\n乙' },
    {
      html: '<p>图<img src="data:,">后</p><figure><img src="data:,"><figcaption>图注</figcaption></figure>',
      text: '图后\n图注',
    },
    { html: '<script>var x = 1;</script><style>p{}</style><p>正文</p><template>模板</template>', text: '正文' },
    {
      html: '<p><a href="https://a.gov.cn/">政府网</a>和<a href="rel/x"><img src="data:,"></a><a href="../up">上级</a></p>',
      text: '政府网和上级',
      links: [
        { href: 'https://a.gov.cn/', text: '政府网', start: 0, end: 3 },
        { href: 'https://www.example.org/news/rel/x', text: '', start: 4, end: 4 },
        { href: 'https://www.example.org/up', text: '上级', start: 4, end: 6 },
      ],
    },
    {
      html: '<p>图形：<svg width="80" height="20"><a href="https://x.gov.cn/"><text x="0" y="15">矢量字</text></a></svg></p>',
      text: '图形：矢量字',
      links: [{ href: 'https://x.gov.cn/', text: '矢量字', start: 3, end: 6 }],
    },
  ];

  it('turns editor markup into lines, links and an offset map', async () => {
    const page = await browser.newPage();
    pages.push(page);
    await serve(page, { 'https://www.example.org/news/1.html': '<!doctype html><html><body></body></html>' });
    await page.goto('https://www.example.org/news/1.html');
    await page.evaluate(ADAPTER_BUNDLE);
    for (const c of CASES) {
      const got = await page.evaluate((h: string) => {
        document.body.innerHTML = `<div id="root" contenteditable="true">${h}</div>`;
        const root = document.getElementById('root') as HTMLElement;
        // biome-ignore lint/suspicious/noExplicitAny: page-side glue
        const r = (window as any).__pgAdapters.readRichText(root);
        // Every character maps back to itself (the inserted "\n" separators map to the gap between blocks).
        const roundTrip: string[] = [];
        for (let i = 0; i < r.text.length; i++) {
          if (r.text[i] !== '\n') roundTrip.push(r.locate(i, i + 1)?.toString() ?? '<none>');
        }
        return { text: r.text as string, links: r.links as unknown[], roundTrip };
      }, c.html);
      expect(got.text, c.html).toBe(c.text);
      expect(got.links, c.html).toEqual(c.links ?? []);
      expect(got.roundTrip.join(''), c.html).toBe(c.text.replace(/\n/g, ''));
    }
  });

  it('locate(): spans across blocks, separator-only spans, bounds and stale DOM', async () => {
    const page = await browser.newPage();
    pages.push(page);
    await page.goto('about:blank');
    await page.evaluate(ADAPTER_BUNDLE);
    const got = await page.evaluate(() => {
      document.body.innerHTML = '<div id="root"><p>甲乙</p><p><br></p><p>丙<b>丁</b></p></div>';
      const root = document.getElementById('root') as HTMLElement;
      // biome-ignore lint/suspicious/noExplicitAny: page-side glue
      const r = (window as any).__pgAdapters.readRichText(root);
      const desc = (range: Range | undefined) =>
        range
          ? {
              str: range.toString(),
              start: (range.startContainer as Text).data,
              startOffset: range.startOffset,
              end: (range.endContainer as Text).data,
              endOffset: range.endOffset,
            }
          : null;
      const out = {
        text: r.text as string,
        across: desc(r.locate(1, 6)),
        gap: desc(r.locate(2, 4)),
        collapsed: desc(r.locate(2, 2)),
        atEnd: desc(r.locate(6, 6)),
        negative: desc(r.locate(-1, 1)),
        beyond: desc(r.locate(0, 7)),
        reversed: desc(r.locate(3, 2)),
        stale: null as unknown,
      };
      (root.querySelector('b')?.firstChild as Text).data = '丁戊';
      out.stale = desc(r.locate(5, 6));
      return out;
    });
    expect(got.text).toBe('甲乙\n\n丙丁');
    expect(got.across).toEqual({ str: '乙丙丁', start: '甲乙', startOffset: 1, end: '丁', endOffset: 1 });
    expect(got.gap).toEqual({ str: '', start: '甲乙', startOffset: 2, end: '丙', endOffset: 0 });
    // A collapsed position on a separator sits at the start of the next text.
    expect(got.collapsed).toEqual({ str: '', start: '丙', startOffset: 0, end: '丙', endOffset: 0 });
    expect(got.atEnd).toEqual({ str: '', start: '丁', startOffset: 1, end: '丁', endOffset: 1 });
    expect(got.negative).toBe(null);
    expect(got.beyond).toBe(null);
    expect(got.reversed).toBe(null);
    expect(got.stale).toBe(null);
  });
});

// ---- adapterFor ---------------------------------------------------------------------------------------------

describe('adapterFor', () => {
  it('maps every editor URL to its adapter and nothing else', async () => {
    // Runs in the page so the real bundle (not a Node import) answers.
    const page = await browser.newPage();
    pages.push(page);
    await page.goto('about:blank');
    await page.evaluate(ADAPTER_BUNDLE);
    const ids = await page.evaluate(
      (urls: string[]) => {
        // biome-ignore lint/suspicious/noExplicitAny: page-side glue
        const { adapterFor } = (window as any).__pgAdapters;
        return urls.map((u) => adapterFor(new URL(u))?.id ?? null);
      },
      [
        FIXTURE_URLS['wechat-current'],
        FIXTURE_URLS['wechat-legacy'],
        'https://mp.weixin.qq.com/cgi-bin/appmsg?t=media/appmsg_edit&action=edit&type=77&appmsgid=1&token=1',
        'https://mp.weixin.qq.com/cgi-bin/appmsg?t=media/appmsg_list&action=list_card&type=10&token=1',
        'https://mp.weixin.qq.com/cgi-bin/home?t=home/index&token=1',
        'https://mp.weixin.qq.com/cgi-bin/masssendpage?t=mass/send&type=10&appmsgid=1',
        FIXTURE_URLS['weibo-home'],
        'https://www.weibo.com/u/1234567890',
        'https://weibo.com/mygroups?gid=1',
        FIXTURE_URLS['weibo-card-v5'],
        'https://card.weibo.com/article/v5/editor#/draft',
        'https://card.weibo.com/article/v3/editor',
        'https://card.weibo.com/article/m/show/id/1',
        FIXTURE_URLS['weibo-mobile'],
        'https://m.weibo.cn/compose/repost?id=1',
        'https://m.weibo.cn/detail/1',
        'https://s.weibo.com/weibo?q=1',
        'https://www.example.org/news/1.html',
      ],
    );
    expect(ids).toEqual([
      'wechat',
      'wechat',
      'wechat',
      null,
      null,
      null,
      'weibo',
      'weibo',
      'weibo',
      'weibo-article',
      'weibo-article',
      'weibo-article',
      null,
      'weibo-mobile',
      'weibo-mobile',
      null,
      null,
      null,
    ]);
  });
});

// ---- WeChat, current era ------------------------------------------------------------------------------------

describe('wechat adapter — current editor (ProseMirror)', () => {
  for (const variant of ['light', 'shadow', 'share-text'] as const) {
    it(`reads and locates every field (${variant})`, async () => {
      const config: FixtureConfig = {
        ...WECHAT_CONFIG,
        ...(variant === 'light' ? {} : { variant }),
        ...(variant === 'share-text' ? { shareText: '小绿书描述：秋季防汛' } : {}),
      };
      const page = await open('wechat-current', config);
      const before = await html(page);
      expect(await find(page)).toBe(true);
      expect(await connected(page)).toBe(true);
      const m = await model(page);
      const { draft, fields } = await read(page);

      expect(draft.platform).toBe('wechat');
      expect(draft.title).toBe(m.title);
      expect(draft.title).toBe(WECHAT_CONFIG.title);
      expect(draft.author).toBe(m.author);
      expect(draft.digest).toBe(m.digest);
      expect(draft.sourceUrl).toBe(m.sourceUrl);
      expect(draft.body).toBe(m.body);
      // The model's own text shows the line structure: empty paragraphs and hard breaks kept, images give no text.
      expect(draft.body).toContain('第二段：详情请见中国政府网。\n\n第三段：欢迎关注。\n\n二、工作安排\n引用');
      expect(draft.body).toContain('硬换行之前\n硬换行之后\n段末硬换行\n\n\n\n嵌套区块里的段落。');
      expect(draft.body).not.toContain('小绿书');
      expect(draft.body.startsWith('第一段')).toBe(true);
      expect(draft.body.endsWith('谢谢阅读。')).toBe(true);
      expectLinks(draft.links, draft.body, WECHAT_LINKS);
      expect(fields.map((f) => [f.field, f.tag])).toEqual([
        ['title', 'div'],
        ['author', 'input'],
        ['digest', 'textarea'],
        ['body', 'div'],
        ...(variant === 'share-text' ? [['caption', 'div']] : []),
        ['sourceUrl', 'input'],
      ]);
      if (variant === 'share-text') expect(draft.caption).toBe('小绿书描述：秋季防汛');
      else expect(draft.caption).toBeUndefined();

      const bodySteps = variant === 'shadow' ? SHADOW_BODY_STEPS : CURRENT_BODY_STEPS;
      for (const word of ['新闻发布会', '中国政府网', '依法行政', '硬换行之后', '重点内容', '谢谢阅读']) {
        const r = await locate(page, 'body', word, bodySteps);
        expect(r, word).toMatchObject({ kind: 'range', str: word, intersects: true, inside: true });
      }
      // A span across paragraphs is one Range from the first text node to the last.
      const across = await locate(page, 'body', '新闻发布会。\n第二段', bodySteps, true);
      expect(across).toMatchObject({ kind: 'range', str: '新闻发布会。第二段', intersects: true, inside: true });
      expect(await locate(page, 'title', '秋季防汛', CURRENT_TITLE_STEPS)).toMatchObject({
        kind: 'range',
        str: '秋季防汛',
        intersects: true,
        inside: true,
      });
      expect(await locate(page, 'author', '应急', ['#author'])).toEqual({ kind: 'control', str: '应急', inside: true });
      expect(await locate(page, 'digest', '防汛', ['#js_description'])).toEqual({
        kind: 'control',
        str: '防汛',
        inside: true,
      });
      expect(await locate(page, 'sourceUrl', 'gov.cn', ['input[name="source_url"]'])).toEqual({
        kind: 'control',
        str: 'gov.cn',
        inside: true,
      });
      expect(await instanceCall(page, 'accountName')).toBe('测试政务号');
      expect(await instanceCall(page, 'draftId')).toBe(null);
      // Reading and locating never touch the editor.
      expect(await html(page)).toBe(before);
    });
  }

  it('drops empty lines before the first and after the last text (documented model), keeps inner ones', async () => {
    const bodyHtml = '<p></p><p></p><p>正文第一行</p><p></p><p>正文第二行<br></p><p></p>';
    const page = await open('wechat-current', { ...WECHAT_CONFIG, bodyHtml });
    expect(await find(page)).toBe(true);
    const m = await model(page);
    expect(m.body).toBe('\n\n正文第一行\n\n正文第二行\n\n'); // ProseMirror's own textBetween
    const { draft } = await read(page);
    expect(draft.body).toBe('正文第一行\n\n正文第二行');
    expect(draft.body).toBe((m.body ?? '').replace(/^\n+|\n+$/g, ''));
    expect(await locate(page, 'body', '第二行', CURRENT_BODY_STEPS)).toMatchObject({
      kind: 'range',
      str: '第二行',
      intersects: true,
    });
    const empty = await open('wechat-current', { ...WECHAT_CONFIG, bodyHtml: '' });
    expect(await find(empty)).toBe(true);
    expect((await read(empty)).draft.body).toBe('');
    expect(await empty.evaluate(() => window.__pgTest.inst.read().fields[3].locate(0, 0) ?? null)).toBe(null);
  });

  it('finds the body only once it mounts (late), also under a shadow root', async () => {
    for (const variant of [['late'], ['late', 'shadow']] as const) {
      const page = await open('wechat-current', { ...WECHAT_CONFIG, variant: [...variant], lateMs: 60_000 }, false);
      expect(await find(page)).toBe(false);
      await page.evaluate(() => window.__site.mountLate?.());
      await waitForSite(page);
      expect(await find(page)).toBe(true);
      expect(await connected(page)).toBe(true);
      const m = await model(page);
      const { draft } = await read(page);
      expect(draft.body).toBe(m.body);
      expect(draft.title).toBe(m.title);
    }
  });

  it('follows typing: read() after edits matches the editor model', async () => {
    const page = await open('wechat-current', WECHAT_CONFIG);
    expect(await find(page)).toBe(true);
    await click(page, `${CURRENT_BODY_STEPS[0]} > p:last-child`);
    await page.keyboard.press('End');
    await page.keyboard.type('新增一句。');
    await page.keyboard.press('Enter');
    await page.keyboard.type('新段落');
    await page.waitForFunction(() => window.__site.getModel().body?.endsWith('新段落'));
    expect(await connected(page)).toBe(true);
    const m = await model(page);
    expect((await read(page)).draft.body).toBe(m.body);
    expect(m.body?.endsWith('谢谢阅读。新增一句。\n新段落')).toBe(true);
  });

  it('recognises 发表 and the mass-send confirmations, not 保存为草稿 / 预览 / hidden templates', async () => {
    const page = await open('wechat-current', WECHAT_CONFIG);
    expect(await find(page)).toBe(true);
    // Hidden dialog templates (display:none) do not count, even when a script clicks them.
    expect(await syntheticClick(page, '.new_mass_send_dialog .mass-send__footer .weui-desktop-btn_primary')).toBe(null);
    expect(await syntheticClick(page, '.double_check_dialog .weui-desktop-btn_primary')).toBe(null);
    expect(await clickControl(page, '#js_submit button', false)).toBe(null);
    expect(await clickControl(page, '#js_preview button', false)).toBe(null);
    expect(await instanceCall(page, 'draftId')).toBe('100000001'); // saving added &appmsgid= to the URL
    expect(await clickControl(page, '#js_send', true)).toEqual({ action: 'wechat-send', label: '发表' });
    expect(await clickControl(page, '#js_send button', false)).toEqual({ action: 'wechat-send', label: '发表' });
    await page.waitForSelector('.new_mass_send_dialog', { visible: true });
    expect(await clickControl(page, '.new_mass_send_dialog .js_cancel', true)).toBe(null);
    expect(
      await clickControl(page, '.new_mass_send_dialog .mass-send__footer .weui-desktop-btn_primary', false),
    ).toEqual({
      action: 'wechat-mass-send-confirm',
      label: '发表',
    });
    await page.waitForSelector('.double_check_dialog', { visible: true });
    expect(await clickControl(page, '.double_check_dialog .weui-desktop-btn_primary', false)).toEqual({
      action: 'wechat-publish-confirm',
      label: '发表',
    });
    await page.waitForFunction(() => window.__site.publishCalls.length === 1);
  });

  it('counts Enter / Space on the focused 发表 button, not on other buttons', async () => {
    const page = await open('wechat-current', WECHAT_CONFIG);
    expect(await find(page)).toBe(true);
    for (const key of ['Enter', 'Space']) {
      await clearLog(page, true);
      await page.focus('#js_send button');
      await pressKeys(page, [key]);
      const keydowns = (await log(page)).filter((e) => e.type === 'keydown');
      expect(keydowns).toEqual([{ type: 'keydown', control: { action: 'wechat-send', label: '发表' } }]);
      await clearLog(page, true);
      await page.focus('#js_submit button');
      await pressKeys(page, [key]);
      expect((await log(page)).every((e) => e.control === null)).toBe(true);
    }
    // Typing in the body is never a publish action.
    await clearLog(page, false);
    await click(page, `${CURRENT_BODY_STEPS[0]} > p:last-child`);
    await pressKeys(page, ['End', 'Enter', 'KeyA']);
    expect((await log(page)).every((e) => e.control === null)).toBe(true);
    expect(await page.evaluate(() => window.__site.handlerCalls.js_send ?? 0)).toBe(0);
    // While the page marks #js_send disabled its own handler ignores the click: nothing to gate.
    await page.$eval('#js_send', (el) => el.classList.add('btn_disabled'));
    expect(await clickControl(page, '#js_send button', false)).toBe(null);
    await page.$eval('#js_send', (el) => el.classList.remove('btn_disabled'));
    expect(await clickControl(page, '#js_send button', true)).toEqual({ action: 'wechat-send', label: '发表' });
  });
});

// ---- WeChat, 2020 era ---------------------------------------------------------------------------------------

describe('wechat adapter — legacy editor (UEditor iframe)', () => {
  const LEGACY_BODY = [
    '<p>第一段：市政府召开新闻发布会。</p>\n',
    '<p>第二段：详情请见<a href="https://www.gov.cn/">中国政府网</a>。</p>\n',
    '<p><br></p>\n',
    '<p>第三段<br>换行之后</p>\n',
    '<p><img src="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7" alt="图"></p>\n',
    '<section><h3>小标题</h3><ul><li>第一项</li><li>第二项</li></ul></section>\n',
    '<p>第四段：欢迎关注。</p>',
  ].join('');
  const LEGACY_TEXT =
    '第一段：市政府召开新闻发布会。\n第二段：详情请见中国政府网。\n\n第三段\n换行之后\n小标题\n第一项\n第二项\n第四段：欢迎关注。';

  it('reads title, author, digest, 原文链接 and the iframe body; locates inside the iframe', async () => {
    const page = await open('wechat-legacy', { ...WECHAT_CONFIG, bodyHtml: LEGACY_BODY });
    const before = await html(page);
    expect(await find(page)).toBe(true);
    expect(await connected(page)).toBe(true);
    const m = await model(page);
    const { draft, fields } = await read(page);
    expect(draft.title).toBe(m.title);
    expect(draft.author).toBe(m.author);
    expect(draft.digest).toBe(m.digest);
    expect(draft.sourceUrl).toBe(m.sourceUrl);
    expect(draft.body).toBe(LEGACY_TEXT);
    // The site's own text is UEditor getContentTxt() (innerText: blank lines around <p>): same lines.
    const lines = (s: string) => s.split('\n').filter((l) => l.trim() !== '');
    expect(lines(draft.body)).toEqual(lines(m.body ?? ''));
    expectLinks(draft.links, draft.body, [WECHAT_LINKS[0] as { href: string; text: string }]);
    expect(fields.map((f) => [f.field, f.tag])).toEqual([
      ['title', 'input'],
      ['author', 'input'],
      ['digest', 'textarea'],
      ['body', 'body'],
      ['sourceUrl', 'input'],
    ]);
    const frame = ['iframe#ueditor_0', '::frame', 'body'];
    for (const word of ['新闻发布会', '中国政府网', '换行之后', '第二项']) {
      expect(await locate(page, 'body', word, frame), word).toMatchObject({
        kind: 'range',
        str: word,
        intersects: true,
        inside: true,
      });
    }
    expect(await locate(page, 'title', '秋季防汛', ['input#title'])).toEqual({
      kind: 'control',
      str: '秋季防汛',
      inside: true,
    });
    expect(await instanceCall(page, 'draftId')).toBe('100000001');
    expect(await instanceCall(page, 'accountName')).toBe(null); // the legacy fixture has no header
    expect(await html(page)).toBe(before);
  });

  it('recognises 保存并群发 and the dialog 群发, not 保存 / 预览 / the hidden template', async () => {
    const page = await open('wechat-legacy', { ...WECHAT_CONFIG, bodyHtml: LEGACY_BODY });
    expect(await find(page)).toBe(true);
    expect(await syntheticClick(page, '.mass_send_dialog .weui-desktop-btn_primary')).toBe(null);
    expect(await clickControl(page, '#js_submit button', false)).toBe(null);
    expect(await clickControl(page, '#js_preview button', false)).toBe(null);
    expect(await clickControl(page, '#js_send button', false)).toEqual({ action: 'wechat-send', label: '群发' });
    await page.waitForSelector('.mass_send_dialog', { visible: true });
    expect(await clickControl(page, '.mass_send_dialog .weui-desktop-btn_primary', false)).toEqual({
      action: 'wechat-mass-send-confirm',
      label: '群发',
    });
    await page.waitForFunction(() => window.__site.publishCalls.length === 1);
  });

  it('follows typing in the iframe body', async () => {
    const page = await open('wechat-legacy', { ...WECHAT_CONFIG, bodyHtml: LEGACY_BODY });
    expect(await find(page)).toBe(true);
    // Caret at the end of the last paragraph of the iframe body, then real key input.
    await page.$eval('iframe#ueditor_0', (el) => el.scrollIntoView({ block: 'center' }));
    await page.$eval('iframe#ueditor_0', (el) => {
      const doc = (el as HTMLIFrameElement).contentDocument as Document;
      doc.body.focus();
      const last = doc.body.lastElementChild as Element;
      doc.getSelection()?.setBaseAndExtent(last, last.childNodes.length, last, last.childNodes.length);
    });
    await page.keyboard.type('追加文字');
    const { draft } = await read(page);
    expect(draft.body.endsWith('第四段：欢迎关注。追加文字')).toBe(true);
    expect(await connected(page)).toBe(true);
  });
});

// ---- weibo.com ----------------------------------------------------------------------------------------------

describe('weibo adapter — weibo.com composer', () => {
  const TEXT = '【提示】今天白天晴转多云，#天气# 请注意防晒。';
  const HOME = 'textarea[placeholder="有什么新鲜事想分享给大家？"]';

  it('reads and locates the home composer; send click and Ctrl/Cmd+Enter count, 发微博 does not', async () => {
    const page = await open('weibo-home', { text: TEXT });
    const before = await html(page);
    expect(await find(page)).toBe(true);
    const { draft, fields } = await read(page);
    expect(draft).toEqual({ platform: 'weibo', body: (await model(page)).text });
    expect(draft.body).toBe(TEXT);
    expect(fields.map((f) => [f.field, f.tag])).toEqual([['body', 'textarea']]);
    expect(await locate(page, 'body', '晴转多云', [HOME])).toEqual({ kind: 'control', str: '晴转多云', inside: true });
    expect(await instanceCall(page, 'accountName')).toBe(null);
    expect(await instanceCall(page, 'draftId')).toBe(null);
    expect(await html(page)).toBe(before);

    expect(await clickControl(page, 'button[title="发微博"]', true)).toBe(null);
    // Typing (plain Enter included) is not publishing; Ctrl+Enter and Cmd+Enter are.
    await clearLog(page, true);
    await click(page, HOME);
    await pressKeys(page, ['End', 'Enter', 'KeyA']);
    expect((await log(page)).every((e) => e.control === null)).toBe(true);
    for (const mod of ['Control', 'Meta'] as const) {
      await clearLog(page, true);
      await pressKeys(page, ['Enter'], mod);
      expect((await log(page)).filter((e) => e.type === 'keydown' && e.control)).toEqual([
        { type: 'keydown', control: { action: 'weibo-send-key', label: '发送' } },
      ]);
    }
    expect(await clickControl(page, '[composerconfig] button.woo-button-primary', false)).toEqual({
      action: 'weibo-send',
      label: '发送',
    });
    await page.waitForFunction(() => window.__site.publishCalls.length === 1);
  });

  it('ignores a comment box and a follow button in a feed card', async () => {
    const page = await open('weibo-home', { text: TEXT });
    // A comment box and a follow button as weibo.com renders them (hashed CSS-module classes, woo primary buttons).
    await page.evaluate(() => {
      const card = document.querySelector('article[data-mid="5000000000000002"]') as HTMLElement;
      const box = document.createElement('div');
      box.className = '_box_q1w2e_3';
      box.innerHTML =
        '<div class="_wrap_q1w2e_5"><textarea class="_input_q1w2e_8" placeholder="发布你的评论"></textarea></div>' +
        '<button id="pg-comment" class="woo-button-main woo-button-flat woo-button-primary woo-button-s">评论</button>';
      card.append(box);
      const follow = document.createElement('button');
      follow.id = 'pg-follow';
      follow.className = 'woo-button-main woo-button-flat woo-button-primary woo-button-s';
      follow.textContent = '+ 关注';
      card.querySelector('header')?.append(follow);
    });
    expect(await find(page)).toBe(true);
    expect(await page.evaluate(() => window.__pgTest.inst.watchRoots().length)).toBe(1);
    expect(await clickControl(page, '#pg-comment', true)).toBe(null);
    expect(await clickControl(page, '#pg-follow', true)).toBe(null);
    await click(page, 'textarea[placeholder="发布你的评论"]');
    await clearLog(page, true);
    await pressKeys(page, ['Enter'], 'Control');
    expect((await log(page)).every((e) => e.control === null)).toBe(true);
    expect((await read(page)).draft.body).toBe(TEXT);
    expect(await clickControl(page, '[composerconfig] button.woo-button-primary', true)).toEqual({
      action: 'weibo-send',
      label: '发送',
    });
  });

  it('survives re-render and SPA navigation (find() again gives a connected instance)', async () => {
    const page = await open('weibo-home', { text: TEXT });
    expect(await find(page)).toBe(true);
    await page.evaluate(() => window.__site.rerender?.());
    await page.waitForFunction(() => !window.__pgTest.connected());
    expect(await find(page)).toBe(true);
    expect(await connected(page)).toBe(true);
    expect((await read(page)).draft.body).toBe(TEXT);
    expect(await locate(page, 'body', '防晒', [HOME])).toEqual({ kind: 'control', str: '防晒', inside: true });
    await page.evaluate(() => window.__site.navigate?.('/u/1234567890'));
    expect(await connected(page)).toBe(false);
    expect(await find(page)).toBe(true);
    expect(await connected(page)).toBe(true);
    expect(page.url()).toBe('https://weibo.com/u/1234567890');
    await click(page, HOME);
    await page.keyboard.type('主页发一条');
    expect((await read(page)).draft.body).toBe((await model(page)).text);
    expect((await read(page)).draft.body).toBe('主页发一条');
    expect(await clickControl(page, '[composerconfig] button.woo-button-primary', true)).toEqual({
      action: 'weibo-send',
      label: '发送',
    });
  });

  it('finds a late composer', async () => {
    const page = await open('weibo-home', { text: TEXT, variant: 'late', lateMs: 60_000 }, false);
    expect(await find(page)).toBe(false);
    await page.evaluate(() => window.__site.mountLate?.());
    expect(await find(page)).toBe(true);
    expect((await read(page)).draft.body).toBe(TEXT);
  });

  it('with the modal open, reads the modal, then the focused composer; each send button counts', async () => {
    const page = await open('weibo-home', { text: TEXT, variant: 'modal' });
    expect(await find(page)).toBe(true);
    const MODAL = `.woo-modal-wrap ${HOME}`;
    await click(page, MODAL);
    await page.keyboard.type('弹窗里的微博');
    await page.waitForFunction(() => window.__site.getModel().modal === '弹窗里的微博');
    expect((await read(page)).draft.body).toBe('弹窗里的微博');
    expect(await locate(page, 'body', '微博', [MODAL])).toEqual({ kind: 'control', str: '微博', inside: true });
    // Focus moves to the home composer (the modal mask covers it for the mouse; keyboard focus): read() follows it.
    await page.focus(`#app ${HOME}`);
    expect((await read(page)).draft.body).toBe(TEXT);
    // A send in the modal reads the modal again.
    expect(await clickControl(page, '.woo-modal-wrap button.woo-button-primary', true)).toEqual({
      action: 'weibo-send',
      label: '发送',
    });
    expect((await read(page)).draft.body).toBe('弹窗里的微博');
    // Closing the modal changes the set of composers: re-find.
    await page.evaluate(() => window.__site.closeModal?.());
    expect(await connected(page)).toBe(false);
    expect(await find(page)).toBe(true);
    expect((await read(page)).draft.body).toBe(TEXT);
    // Opening it again is noticed too.
    await page.evaluate(() => window.__site.openModal?.());
    expect(await connected(page)).toBe(false);
    expect(await find(page)).toBe(true);
    expect((await read(page)).draft.body).toBe('');
  });

  it('forward composer: 转发 counts and reads the forward box', async () => {
    const page = await open('weibo-home', { text: TEXT, variant: 'forward' });
    expect(await find(page)).toBe(true);
    const FORWARD = 'article[data-mid="5000000000000001"] textarea';
    await click(page, FORWARD);
    await page.keyboard.type('转发理由');
    expect((await read(page)).draft.body).toBe('转发理由');
    expect(await locate(page, 'body', '理由', [FORWARD])).toEqual({ kind: 'control', str: '理由', inside: true });
    // The feed card's 转发 toggle (a role=button div) only opens a box.
    expect(await clickControl(page, 'article[data-mid="5000000000000002"] footer [role="button"]', true)).toBe(null);
    expect(await clickControl(page, 'article[data-mid="5000000000000001"] button.woo-button-primary', false)).toEqual({
      action: 'weibo-forward',
      label: '转发',
    });
    await page.waitForFunction(() => window.__site.publishCalls.some((c) => c.action === 'weibo_forward'));
  });
});

// ---- card.weibo.com -----------------------------------------------------------------------------------------

describe('weibo-article adapter — card.weibo.com v5', () => {
  const CARD_BODY = [
    '<p>第一段：本市启动秋季防汛检查。</p>',
    '<figure class="image"><img src="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"></figure>',
    '<h2>检查范围</h2>',
    '<p>详情见<a href="https://www.gov.cn/x">通知原文</a>，<a href="/article/v5/help">帮助</a>。</p>',
    '<p></p>',
    '<blockquote><p>引用一句话。</p></blockquote>',
    '<p>第一行<br>第二行</p>',
  ].join('');
  const CONFIG: FixtureConfig = { title: '秋季防汛检查启动', digest: '导语：防汛检查', bodyHtml: CARD_BODY };
  const BODY = ['.editor-page div.tiptap.ProseMirror'];

  it('reads title, lead, body and links; locates; draftId from the hash', async () => {
    const page = await open('weibo-card-v5', CONFIG);
    const before = await html(page);
    expect(await find(page)).toBe(true);
    const m = await model(page);
    const { draft, fields } = await read(page);
    expect(draft.platform).toBe('weibo-article');
    expect(draft.title).toBe(m.title);
    expect(draft.digest).toBe(m.lead);
    expect(draft.body).toBe(m.body);
    expect(draft.body).toBe(
      '第一段：本市启动秋季防汛检查。\n检查范围\n详情见通知原文，帮助。\n\n引用一句话。\n第一行\n第二行',
    );
    expectLinks(draft.links, draft.body, [
      { href: 'https://www.gov.cn/x', text: '通知原文' },
      { href: 'https://card.weibo.com/article/v5/help', text: '帮助' }, // relative href, resolved
    ]);
    expect(fields.map((f) => [f.field, f.tag])).toEqual([
      ['title', 'textarea'],
      ['digest', 'textarea'],
      ['body', 'div'],
    ]);
    for (const word of ['防汛检查', '通知原文', '第二行']) {
      expect(await locate(page, 'body', word, BODY), word).toMatchObject({
        kind: 'range',
        str: word,
        intersects: true,
        inside: true,
      });
    }
    expect(await locate(page, 'title', '防汛', ['textarea[placeholder="请输入标题"]'])).toEqual({
      kind: 'control',
      str: '防汛',
      inside: true,
    });
    expect(await locate(page, 'digest', '检查', ['textarea[placeholder="导语（选填）"]'])).toEqual({
      kind: 'control',
      str: '检查',
      inside: true,
    });
    expect(await instanceCall(page, 'draftId')).toBe('4900000000000001');
    expect(await html(page)).toBe(before);
  });

  it('gates 发布 only: not 下一步 / 预览', async () => {
    const page = await open('weibo-card-v5', CONFIG);
    expect(await find(page)).toBe(true);
    expect(await clickByText(page, '预览', false)).toBe(null);
    expect(await clickByText(page, '下一步', false)).toBe(null);
    await page.waitForSelector('.n-modal', { visible: true });
    expect(await clickByText(page, '取消', false)).toBe(null);
    expect(await clickByText(page, '下一步', false)).toBe(null);
    await page.waitForSelector('.n-modal', { visible: true });
    expect(await clickByText(page, '发布', false)).toEqual({ action: 'card-publish', label: '发布' });
    // Keyboard activation of the focused 发布 button counts as well.
    await clearLog(page, true);
    await page.evaluate(() => {
      const b = [...document.querySelectorAll<HTMLElement>('.n-modal button')].find(
        (x) => x.textContent?.trim() === '发布',
      );
      b?.focus();
    });
    await pressKeys(page, ['Enter']);
    expect((await log(page)).filter((e) => e.type === 'keydown')).toEqual([
      { type: 'keydown', control: { action: 'card-publish', label: '发布' } },
    ]);
  });

  it('follows hash routes, re-renders and a late body', async () => {
    const page = await open('weibo-card-v5', CONFIG);
    expect(await find(page)).toBe(true);
    await page.evaluate(() => window.__site.navigate?.('#/draft'));
    await page.waitForFunction(() => !window.__pgTest.connected());
    expect(await find(page)).toBe(false); // the draft list has no editor
    await page.evaluate(() => window.__site.navigate?.('#/draft/4899999999999999'));
    await page.waitForFunction(() => window.__pgTest.find());
    expect(await instanceCall(page, 'draftId')).toBe('4899999999999999');
    expect((await read(page)).draft).toMatchObject({ title: '三季度政务服务工作小结', body: '草稿内容' });
    await page.evaluate(() => window.__site.rerender?.());
    expect(await connected(page)).toBe(false);
    expect(await find(page)).toBe(true);
    expect(await connected(page)).toBe(true);
    expect((await read(page)).draft.body).toBe('草稿内容');

    const late = await open('weibo-card-v5', { ...CONFIG, variant: 'late', lateMs: 60_000 }, false);
    expect(await find(late)).toBe(false);
    await late.evaluate(() => window.__site.mountLate?.());
    await waitForSite(late);
    expect(await find(late)).toBe(true);
    expect((await read(late)).draft.body).toBe((await model(late)).body);
  });
});

// ---- m.weibo.cn -----------------------------------------------------------------------------------------------

describe('weibo-mobile adapter — m.weibo.cn/compose', () => {
  const TEXT = '市民服务中心本周六暂停线下业务。';
  const AREA = 'textarea[placeholder*="分享新鲜事"]';

  it('reads, locates and recognises 发送 (not while disabled)', async () => {
    const page = await open('weibo-mobile', { text: TEXT });
    const before = await html(page);
    expect(await find(page)).toBe(true);
    expect((await read(page)).draft).toEqual({ platform: 'weibo', body: (await model(page)).text });
    expect(await locate(page, 'body', '线下业务', [AREA])).toEqual({ kind: 'control', str: '线下业务', inside: true });
    expect(await html(page)).toBe(before);
    expect(await clickControl(page, '.m-box-left a', true)).toBe(null); // 取消
    expect(await clickControl(page, 'a.m-send-btn', false)).toEqual({ action: 'weibo-mobile-send', label: '发送' });
    await page.waitForFunction(() => window.__site.publishCalls.length === 1);
    // After sending the text is cleared and the button disabled: a tap publishes nothing and is not gated.
    await page.waitForSelector('a.m-send-btn.disabled');
    expect(await clickControl(page, 'a.m-send-btn', false)).toBe(null);
  });

  it('finds a late compose box and survives re-render', async () => {
    const page = await open('weibo-mobile', { text: TEXT, variant: 'late', lateMs: 60_000 }, false);
    expect(await find(page)).toBe(false);
    await page.evaluate(() => window.__site.mountLate?.());
    expect(await find(page)).toBe(true);
    await page.evaluate(() => window.__site.rerender?.());
    expect(await connected(page)).toBe(false);
    expect(await find(page)).toBe(true);
    expect((await read(page)).draft.body).toBe(TEXT);
  });
});

// ---- read() speed (informational) ---------------------------------------------------------------------------

describe('read() speed', () => {
  /** Median per-read time over 31 batches of 20 reads (performance.now() is coarsened to 0.1 ms in pages). */
  async function timeReads(page: Page): Promise<{ median: number; length: number }> {
    return page.evaluate(() => {
      const t = window.__pgTest;
      const batches: number[] = [];
      let body = '';
      for (let b = 0; b < 31; b++) {
        const t0 = performance.now();
        for (let i = 0; i < 20; i++) body = t.inst.read().draft.body;
        batches.push((performance.now() - t0) / 20);
      }
      batches.sort((x, y) => x - y);
      return { median: batches[15] as number, length: body.length };
    });
  }

  function bodyOf(paragraph: (i: number) => string): string {
    let out = '';
    for (let i = 1; out.replace(/<[^>]+>/g, '').length < 20_000; i++) out += paragraph(i);
    return out;
  }

  it('reads a 20,000-character WeChat body (median logged, no assertion on time)', async () => {
    const filler = '本市持续优化营商环境，推进政务服务“一网通办”。'.repeat(2);
    // Plain article paragraphs (a link every tenth paragraph).
    const plain = bodyOf((i) => {
      const text = `第${i}段：市政府召开新闻发布会，介绍今年以来全市经济社会发展情况和下一步工作安排，回答记者提问，欢迎广大市民关注。`;
      return i % 10 === 0
        ? `<p>${text}<a href="https://www.gov.cn/${i}">链接${i}</a>${filler}</p>`
        : `<p>${text}${filler}</p>`;
    });
    // Heavily formatted paragraphs: bold / italic runs every few characters inside sections.
    const heavy = bodyOf(
      (i) =>
        `<section>${i > 1 ? '<p></p>' : ''}<p>第${i}段：<strong>市政府</strong>召开<em>新闻发布会</em>，` +
        `介绍<strong>经济社会</strong>发展情况，<a href="https://www.gov.cn/${i}">详见链接</a>，<strong>欢迎</strong>关注。</p></section>`,
    );
    const results: string[] = [];
    for (const [name, bodyHtml] of [
      ['plain', plain],
      ['heavy', heavy],
    ] as const) {
      const page = await open('wechat-current', { ...WECHAT_CONFIG, bodyHtml });
      expect(await find(page)).toBe(true);
      const { median, length } = await timeReads(page);
      expect(length).toBeGreaterThanOrEqual(20_000);
      expect((await read(page)).draft.body).toBe((await model(page)).body);
      const nodes = await page.$eval(CURRENT_BODY_STEPS[0] as string, (el) => el.querySelectorAll('*').length);
      results.push(`${name}: ${length} chars, ${nodes} elements, median ${median.toFixed(3)} ms`);
    }
    console.log(`wechat read() on a 20,000-character body — ${results.join('; ')}`);
  });
});

declare global {
  interface Window {
    // biome-ignore lint/suspicious/noExplicitAny: page-side test glue
    __pgTest: any;
  }
}
