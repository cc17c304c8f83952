/**
 * Self-tests of the fixture editor pages (test/fixtures/editors). They check that the fixtures behave like the
 * real editors — editor-owned models, undo, site handlers, SPA behaviour — without relying on the extension
 * (which is loaded by the harness but not exercised here).
 */
import type { Page } from 'puppeteer';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  type ApiHit,
  editorFixture,
  FIXTURE_URLS,
  type FixtureConfig,
  type FixtureName,
  SAMPLE_WECHAT_BODY,
  serveFixture,
  waitForSite,
} from './fixtures';
import { type Harness, launch } from './harness';

let harness: Harness;
const pages: Page[] = [];

beforeAll(async () => {
  // The fixtures are tested as pages on their own, without the extension in the way.
  harness = await launch({ extension: false });
});

afterEach(async () => {
  for (const page of pages.splice(0)) await page.close();
});

afterAll(async () => {
  await harness?.close();
});

interface Opened {
  page: Page;
  apiHits: ApiHit[];
  errors: string[];
}

async function open(name: FixtureName, config: FixtureConfig = {}, waitReady = true): Promise<Opened> {
  const page = await harness.browser.newPage();
  pages.push(page);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  const { apiHits } = await serveFixture(page, name, config);
  await page.goto(FIXTURE_URLS[name], { waitUntil: 'load' });
  if (waitReady) await waitForSite(page);
  return { page, apiHits, errors };
}

const model = (page: Page): Promise<Record<string, string>> => page.evaluate(() => window.__site.getModel());

/** Waits until getModel()[key] satisfies the expectation (the models update asynchronously). */
async function waitModel(page: Page, key: string, expected: string): Promise<void> {
  await page
    .waitForFunction((k, v) => window.__site.getModel()[k] === v, { timeout: 5000 }, key, expected)
    .catch(async () => {
      throw new Error(
        `model.${key} never became ${JSON.stringify(expected)}; got ${JSON.stringify((await model(page))[key])}`,
      );
    });
}

/** Scrolls a field to the middle of the viewport (fixed bottom bars cover the lower edge) and clicks it. */
async function clickField(page: Page, selector: string): Promise<void> {
  await page.$eval(selector, (el) => el.scrollIntoView({ block: 'center' }));
  await page.click(selector);
}

async function undo(page: Page): Promise<void> {
  await page.keyboard.down('Control');
  await page.keyboard.press('KeyZ');
  await page.keyboard.up('Control');
}

/**
 * Locator steps: CSS selectors applied in turn; '::shadow' enters the open shadow root of the current element and
 * '::frame' enters the contentDocument of the current iframe.
 */
type Steps = string[];

/**
 * Selects `find` inside the located editor or text field and replaces it with document.execCommand('insertText'),
 * the path the extension's "apply suggestion" will use. Returns execCommand's result.
 */
function execInsertText(page: Page, steps: Steps, find: string, replacement: string): Promise<boolean> {
  return page.evaluate(
    (steps, find, replacement) => {
      let root: Document | ShadowRoot = document;
      let el: Element | null = null;
      for (const step of steps) {
        if (step === '::shadow') root = (el as Element).shadowRoot as ShadowRoot;
        else if (step === '::frame') root = (el as HTMLIFrameElement).contentDocument as Document;
        else el = root.querySelector(step);
        if (!el) throw new Error(`not found: ${step}`);
      }
      const target = el as HTMLElement;
      const doc = target.ownerDocument;
      target.focus();
      if (target.tagName === 'TEXTAREA' || target.tagName === 'INPUT') {
        const field = target as HTMLTextAreaElement;
        const start = field.value.indexOf(find);
        if (start < 0) throw new Error(`text not found: ${find}`);
        field.setSelectionRange(start, start + find.length);
      } else {
        const walker = doc.createTreeWalker(target, NodeFilter.SHOW_TEXT);
        let node = walker.nextNode();
        while (node && !(node.nodeValue ?? '').includes(find)) node = walker.nextNode();
        if (!node) throw new Error(`text not found: ${find}`);
        const start = (node.nodeValue ?? '').indexOf(find);
        doc.getSelection()?.setBaseAndExtent(node, start, node, start + find.length);
      }
      return doc.execCommand('insertText', false, replacement);
    },
    steps,
    find,
    replacement,
  );
}

/** Shown on screen (dialog templates stay in the DOM with display:none). */
const isVisible = (page: Page, selector: string): Promise<boolean> =>
  page.$eval(selector, (el) => getComputedStyle(el).display !== 'none' && el.getBoundingClientRect().width > 0);

const BODY_PM =
  '#edui1_iframeholder #ueditor_0.mock-iframe > .mock-iframe-document > .mock-iframe-body > div.view.rich_media_content > div.ProseMirror';

describe('editorFixture()', () => {
  it('inlines config and the bundled runtime and rejects unknown names', () => {
    const html = editorFixture('weibo-mobile', { text: '</script><b>x' });
    expect(html).not.toContain('<!--FIXTURE_CONFIG-->');
    expect(html).not.toContain('<!--FIXTURE_RUNTIME-->');
    expect(html).toContain('window.__FIXTURE_CONFIG__ = {"text":"\\u003c/script>\\u003cb>x"}');
    expect(html).toContain('m-send-btn');
    expect(() => editorFixture('nope')).toThrow(/Unknown editor fixture/);
  });
});

describe('wechat-current', () => {
  it('reproduces the real DOM hooks', async () => {
    const { page, errors } = await open('wechat-current');
    const found = await page.evaluate((bodySel) => {
      const q = (s: string) => document.querySelector(s);
      return {
        shell: !!q('#js_appmsg_editor #js_ueditor #js_editor.edui_editor_wrp #edui1.edui-editor'),
        titleTextarea: q('textarea#title.js_title.js_article_title[name="title"]')?.tagName,
        titleEditor: q(
          '#js_title_main .title-editor-overlay .title-editor__input .ProseMirror[contenteditable="true"]',
        )?.getAttribute('data-placeholder'),
        author: q('#js_author_area input#author.js_author[name="author"]')?.getAttribute('max-length'),
        body: q(bodySel)?.getAttribute('contenteditable'),
        ueditorTag: q('#ueditor_0')?.tagName,
        digest: q('#js_description_area textarea#js_description.js_desc[name="digest"]')?.getAttribute('max-length'),
        sourceUrl: !!q('input.js_url[name="source_url"]'),
        send: q('.js_bot_bar.tool_area #js_send > button.mass_send')?.textContent,
        submit: q('#js_submit > button')?.textContent,
        preview: q('#js_preview > button')?.textContent,
        pmCount: document.querySelectorAll('.ProseMirror').length,
        placeholderShown: (q('#edui1_contentplaceholder') as HTMLElement).style.display !== 'none',
        placeholderText: q('#edui1_contentplaceholder')?.textContent,
        bodyPlaceholder: q(bodySel)?.getAttribute('data-placeholder'),
        dialogs: [...document.querySelectorAll<HTMLElement>('.weui-desktop-dialog__wrp')].map((d) => d.style.display),
        jsapi: typeof (window as unknown as { __MP_Editor_JSAPI__?: { invoke?: unknown } }).__MP_Editor_JSAPI__?.invoke,
      };
    }, BODY_PM);
    expect(found).toEqual({
      shell: true,
      titleTextarea: 'TEXTAREA',
      titleEditor: '请在这里输入标题',
      author: '8',
      body: 'true',
      ueditorTag: 'DIV',
      digest: '120',
      sourceUrl: true,
      send: '发表',
      submit: '保存为草稿',
      preview: '预览',
      pmCount: 2,
      placeholderShown: true,
      placeholderText: '从这里开始写正文',
      bodyPlaceholder: '从这里开始写正文',
      dialogs: ['none', 'none', 'none'],
      jsapi: 'function',
    });
    expect(errors).toEqual([]);
  });

  it('keeps title, body and fields in their own models when typing; Enter is ignored in the title', async () => {
    const { page } = await open('wechat-current');
    await page.click('#js_title_main .title-editor__input .ProseMirror');
    await page.keyboard.type('关于开展安全检查的通知');
    await page.keyboard.press('Enter');
    await waitModel(page, 'title', '关于开展安全检查的通知');
    expect((await model(page)).titleField).toBe('关于开展安全检查的通知');
    expect(await page.$eval('textarea#title', (t) => (t as HTMLTextAreaElement).value)).toBe('关于开展安全检查的通知');

    await page.click(BODY_PM);
    await page.keyboard.type('第一段');
    await page.keyboard.press('Enter');
    await page.keyboard.type('第二段');
    await waitModel(page, 'body', '第一段\n第二段');
    expect(await page.$eval(BODY_PM, (el) => el.innerHTML)).toBe(
      '<p><span leaf="">第一段</span></p><p><span leaf="">第二段</span></p>',
    );
    expect(await page.$eval('#edui1_contentplaceholder', (el) => (el as HTMLElement).style.display)).toBe('none');

    await clickField(page, '#author');
    await page.keyboard.type('某市发布');
    await clickField(page, '#js_description');
    await page.keyboard.type('摘要文字');
    await clickField(page, 'input.js_url');
    await page.keyboard.type('https://www.gov.cn/');
    const m = await model(page);
    expect([m.author, m.digest, m.sourceUrl]).toEqual(['某市发布', '摘要文字', 'https://www.gov.cn/']);
  });

  it('undoes typing in the body ProseMirror with Ctrl+Z', async () => {
    const { page } = await open('wechat-current', { bodyHtml: '<p><span leaf="">原有内容</span></p>' });
    await page.click(BODY_PM);
    await page.keyboard.press('End');
    await page.keyboard.type('新增');
    await waitModel(page, 'body', '原有内容新增');
    await undo(page);
    await waitModel(page, 'body', '原有内容');
  });

  it('reads document.execCommand("insertText") on a selected range into the ProseMirror doc, undoable', async () => {
    const { page } = await open('wechat-current', { bodyHtml: SAMPLE_WECHAT_BODY });
    const before = await model(page);
    expect(before.body).toContain('市政府召开');
    const ok = await execInsertText(page, [BODY_PM], '市政府', '区政府');
    expect(ok).toBe(true);
    await waitModel(page, 'body', before.body!.replace('市政府', '区政府'));
    expect((await model(page)).bodyHtml).toContain('<span leaf="">第一段：区政府召开新闻发布会。</span>');
    // Replacing text inside a link keeps the link mark (at the link's end it would not: the mark is non-inclusive).
    await execInsertText(page, [BODY_PM], '国政', '国人民政');
    await page.waitForFunction(() =>
      window.__site
        .getModel()
        .bodyHtml?.includes('<a href="https://www.gov.cn/"><span leaf="">中国人民政府网</span></a>'),
    );
    await undo(page);
    await page.waitForFunction(() => window.__site.getModel().body?.includes('详情请见中国政府网。'));
    await undo(page);
    await waitModel(page, 'body', before.body!);
  });

  it('drops the (non-inclusive) link mark when the whole link text is replaced, like stock ProseMirror', async () => {
    const { page } = await open('wechat-current', { bodyHtml: SAMPLE_WECHAT_BODY });
    await execInsertText(page, [BODY_PM], '中国政府网', '国务院网站');
    await page.waitForFunction(() => window.__site.getModel().body?.includes('详情请见国务院网站。'));
    expect((await model(page)).bodyHtml).toContain('<p><span leaf="">第二段：详情请见国务院网站。</span></p>');
  });

  it('reads execCommand("insertText") in the title ProseMirror into the title model and the textarea', async () => {
    const { page } = await open('wechat-current', { title: '关于春节放假的通知' });
    const titleSteps = ['#js_title_main .title-editor__input .ProseMirror'];
    expect(await execInsertText(page, titleSteps, '春节', '国庆节')).toBe(true);
    await waitModel(page, 'title', '关于国庆节放假的通知');
    expect((await model(page)).titleField).toBe('关于国庆节放假的通知');
    await undo(page);
    await waitModel(page, 'title', '关于春节放假的通知');
  });

  it('updates v-model fields from execCommand("insertText") after setSelectionRange, and Ctrl+Z restores them', async () => {
    const { page } = await open('wechat-current', { digest: '本次会议由市长主持。', author: '张三' });
    expect(await execInsertText(page, ['#js_description'], '市长', '副市长')).toBe(true);
    await waitModel(page, 'digest', '本次会议由副市长主持。');
    await undo(page);
    await waitModel(page, 'digest', '本次会议由市长主持。');
    expect(await execInsertText(page, ['#author'], '张三', '李四')).toBe(true);
    await waitModel(page, 'author', '李四');
    await undo(page);
    await waitModel(page, 'author', '张三');
  });

  it('getHTML() snapshots editor DOM and field values and changes only when the draft changes', async () => {
    const { page } = await open('wechat-current', { title: '标题', digest: '摘要', bodyHtml: SAMPLE_WECHAT_BODY });
    const first = await page.evaluate(() => window.__site.getHTML());
    expect(first).toContain('[title] 标题');
    expect(first).toContain('[digest] 摘要');
    expect(first).toContain('<span leaf="">第三段：欢迎关注。</span>');
    await page.click('#edui1_toolbarbox');
    expect(await page.evaluate(() => window.__site.getHTML())).toBe(first);
    await execInsertText(page, ['#js_description'], '摘要', '新摘要');
    await waitModel(page, 'digest', '新摘要');
    expect(await page.evaluate(() => window.__site.getHTML())).not.toBe(first);
  });

  it('runs the #js_send handler once and publishes only after 发表 → 继续发表', async () => {
    const { page, apiHits } = await open('wechat-current', { title: '标题', bodyHtml: SAMPLE_WECHAT_BODY });
    await page.click('#js_send button.mass_send');
    expect(await page.evaluate(() => window.__site.handlerCalls.js_send)).toBe(1);
    expect(await isVisible(page, '.new_mass_send_dialog')).toBe(true);
    expect(await page.evaluate(() => window.__site.publishCalls.length)).toBe(0);
    expect(new URL(page.url()).searchParams.get('appmsgid')).toBe('100000001');

    await page.click('.new_mass_send_dialog .mass-send__footer .weui-desktop-btn_primary');
    expect(await isVisible(page, '.new_mass_send_dialog')).toBe(false);
    expect(await isVisible(page, '.double_check_dialog')).toBe(true);
    expect(await page.evaluate(() => window.__site.publishCalls.length)).toBe(0);

    await page.click('.double_check_dialog .weui-desktop-btn_primary');
    expect(await isVisible(page, '.mass_send_qrcheck_dialog')).toBe(true);
    await page.waitForFunction(() => window.__site.publishCalls[0]?.result === 'ok');
    const s = await page.evaluate(() => ({
      publishCalls: window.__site.publishCalls,
      handlerCalls: window.__site.handlerCalls,
      isTrustedLog: window.__site.isTrustedLog,
      handlerLog: window.__site.handlerLog,
    }));
    expect(s.publishCalls).toHaveLength(1);
    expect(s.publishCalls[0]).toMatchObject({ action: 'wechat_mass_send', draft: { title: '标题' } });
    expect(s.handlerCalls).toEqual({ js_send: 1, mass_send_confirm: 1, double_check_confirm: 1 });
    expect(s.handlerLog).toEqual(['js_send', 'mass_send_confirm', 'double_check_confirm']);
    expect(s.isTrustedLog).toEqual([true, true, true]);
    expect(apiHits.map((h) => [h.method, new URL(h.url).pathname])).toEqual([['POST', '/cgi-bin/masssend']]);
  });

  it('records isTrusted=false when a script clicks #js_send', async () => {
    const { page } = await open('wechat-current');
    await page.evaluate(() => (document.querySelector('#js_send button') as HTMLButtonElement).click());
    expect(await page.evaluate(() => [window.__site.handlerCalls.js_send, window.__site.isTrustedLog])).toEqual([
      1,
      [false],
    ]);
  });

  it('implements __MP_Editor_JSAPI__ get_isready / get_content / set_content / contentchange', async () => {
    const { page } = await open('wechat-current', { bodyHtml: '<p><span leaf="">旧内容</span></p>' });
    const result = await page.evaluate(async () => {
      type Api = {
        invoke(a: { apiName: string; apiParam?: object; sucCb?(r: unknown): void; errCb?(e: unknown): void }): void;
        on(a: { eventName: string; callback?(p: unknown): void }): void;
      };
      const api = (window as unknown as { __MP_Editor_JSAPI__: Api }).__MP_Editor_JSAPI__;
      const call = (apiName: string, apiParam?: object) =>
        new Promise((resolve, reject) => api.invoke({ apiName, apiParam, sucCb: resolve, errCb: reject }));
      const changes: unknown[] = [];
      const changed = new Promise<void>((resolve) =>
        api.on({
          eventName: 'contentchange',
          callback: (p) => {
            changes.push(p);
            resolve();
          },
        }),
      );
      const ready = await call('mp_editor_get_isready');
      const content = await call('mp_editor_get_content');
      await call('mp_editor_set_content', { content: '<p>新内容</p>' });
      await changed; // the fixture reports the change asynchronously, like the real editor
      const unknown = await call('mp_editor_nope').catch((e) => e);
      return { ready, content, changes, unknown, calls: window.__site.jsapiCalls };
    });
    expect(result.ready).toEqual({ isReady: true, isNew: true });
    expect(result.content).toEqual({ content: '<p><span leaf="">旧内容</span></p>' });
    expect(result.changes).toEqual([{ content: '<p><span leaf="">新内容</span></p>' }]);
    expect(result.unknown).toMatchObject({ errMsg: expect.stringContaining('fail') });
    expect(result.calls).toEqual([
      'mp_editor_get_isready',
      'mp_editor_get_content',
      'mp_editor_set_content',
      'mp_editor_nope',
    ]);
    expect((await model(page)).body).toBe('新内容');
  });

  it('variant shadow: body ProseMirror lives under .editor-v-root open shadow root and still reads DOM edits', async () => {
    const { page } = await open('wechat-current', {
      variant: 'shadow',
      bodyHtml: '<p><span leaf="">影子正文</span></p>',
    });
    const found = await page.evaluate(() => {
      const host = document.querySelector('#edui1_iframeholder .editor-v-root');
      const pm = host?.shadowRoot?.querySelector(
        '#ueditor_0.mock-iframe .mock-iframe-document .mock-iframe-body .rich_media_content > .ProseMirror',
      );
      return {
        lightBody: document.querySelector('.mock-iframe-body .ProseMirror') !== null,
        lightCount: document.querySelectorAll('.ProseMirror').length,
        mode: host?.shadowRoot?.mode,
        shadowBody: pm?.textContent,
      };
    });
    expect(found).toEqual({ lightBody: false, lightCount: 1, mode: 'open', shadowBody: '影子正文' });
    await page.click('#edui1_iframeholder .editor-v-root >>> .ProseMirror');
    await page.keyboard.press('End');
    await page.keyboard.type('加字');
    await waitModel(page, 'body', '影子正文加字');
    const ok = await execInsertText(
      page,
      ['#edui1_iframeholder .editor-v-root', '::shadow', '.ProseMirror'],
      '影子',
      '阴影',
    );
    expect(ok).toBe(true);
    await waitModel(page, 'body', '阴影正文加字');
    await undo(page);
    await waitModel(page, 'body', '影子正文加字');
  });

  it('variant share-text: three ProseMirror instances (title, 小绿书 share text, body)', async () => {
    const { page } = await open('wechat-current', { variant: 'share-text', shareText: '分享' });
    const classes = await page.$$eval('.ProseMirror', (els) =>
      els.map((el) =>
        el.closest('.title-editor__input')
          ? 'title'
          : el.closest('.share-text__input')
            ? 'share'
            : el.closest('.mock-iframe-body')
              ? 'body'
              : '?',
      ),
    );
    expect(classes).toEqual(['title', 'share', 'body']);
    await page.click('.share-text__input .ProseMirror');
    await page.keyboard.press('End');
    await page.keyboard.type('一下');
    await waitModel(page, 'shareText', '分享一下');
    expect((await model(page)).body).toBe('');
  });

  it('variant late: the body editor mounts later (timer or mountLate())', async () => {
    const { page } = await open('wechat-current', { variant: 'late', lateMs: 600_000 }, false);
    expect(await page.evaluate(() => [window.__site.ready(), !!document.querySelector('#ueditor_0')])).toEqual([
      false,
      false,
    ]);
    const notReady = await page.evaluate(
      () =>
        new Promise((resolve) =>
          (window as unknown as { __MP_Editor_JSAPI__: { invoke(a: object): void } }).__MP_Editor_JSAPI__.invoke({
            apiName: 'mp_editor_get_isready',
            sucCb: resolve,
          }),
        ),
    );
    expect(notReady).toEqual({ isReady: false, isNew: true });
    await page.evaluate(() => window.__site.mountLate?.());
    await waitForSite(page);
    expect(await page.$(BODY_PM)).not.toBeNull();

    const timed = await open('wechat-current', { variant: 'late', lateMs: 300 }, false);
    await timed.page.waitForSelector(BODY_PM);
    expect(await timed.page.evaluate(() => window.__site.ready())).toBe(true);
  });
});

describe('wechat-legacy', () => {
  const frameBody = ['iframe#ueditor_0', '::frame', 'body.view'];

  it('reproduces the 2020 UEditor DOM with a same-origin iframe body', async () => {
    const { page, errors } = await open('wechat-legacy', { bodyHtml: '<p>旧版正文</p>' });
    const found = await page.evaluate(() => {
      const iframe = document.querySelector('#edui1_iframeholder iframe#ueditor_0') as HTMLIFrameElement;
      const body = iframe.contentDocument?.body;
      return {
        title: (document.querySelector('input#title.js_title') as HTMLInputElement).type,
        author: !!document.querySelector('input#author.js_author'),
        digest: !!document.querySelector('textarea#js_description'),
        src: iframe.getAttribute('src')?.startsWith('javascript:void(function(){document.open();document.write('),
        bodyClass: body?.className,
        editable: body?.isContentEditable,
        text: body?.textContent,
        send: document.querySelector('span#js_send > button')?.textContent,
        preview: document.querySelector('#js_preview button')?.textContent,
        submit: document.querySelector('#js_submit button')?.textContent,
        ue: typeof (window as unknown as { UE: { instants: Record<string, { getContent(): string }> } }).UE.instants
          .ueditorInstant0?.getContent,
      };
    });
    expect(found).toEqual({
      title: 'text',
      author: true,
      digest: true,
      src: true,
      bodyClass: 'view',
      editable: true,
      text: '旧版正文',
      send: '保存并群发',
      preview: '预览',
      submit: '保存',
      ue: 'function',
    });
    expect(errors).toEqual([]);
  });

  it('types into the iframe body, undoes natively and reads execCommand("insertText")', async () => {
    const { page } = await open('wechat-legacy', { bodyHtml: '<p>市政府通知</p>' });
    const frame = await (await page.$('iframe#ueditor_0'))!.contentFrame();
    await frame.click('body.view');
    await page.keyboard.press('End');
    // One character: native contenteditable undo does not coalesce separate insertText steps.
    await page.keyboard.type('书');
    await waitModel(page, 'body', '市政府通知书');
    await undo(page);
    await waitModel(page, 'body', '市政府通知');
    expect(await execInsertText(page, frameBody, '市政府', '区政府')).toBe(true);
    await waitModel(page, 'body', '区政府通知');
    await undo(page);
    await waitModel(page, 'body', '市政府通知');
  });

  it('publishes via span#js_send → 群发 with trusted clicks', async () => {
    const { page, apiHits } = await open('wechat-legacy', { title: '旧版标题' });
    await page.click('#js_send button');
    expect(await isVisible(page, '.mass_send_dialog')).toBe(true);
    expect(await page.evaluate(() => window.__site.publishCalls.length)).toBe(0);
    await page.click('.mass_send_dialog .weui-desktop-btn_primary');
    await page.waitForFunction(() => window.__site.publishCalls[0]?.result === 'ok');
    const s = await page.evaluate(() => [
      window.__site.publishCalls,
      window.__site.handlerCalls,
      window.__site.isTrustedLog,
    ]);
    expect(s[0]).toHaveLength(1);
    expect(s[0]).toMatchObject([{ action: 'wechat_legacy_mass_send', draft: { title: '旧版标题' } }]);
    expect(s[1]).toEqual({ js_send: 1, mass_send_confirm: 1 });
    expect(s[2]).toEqual([true, true]);
    expect(apiHits).toHaveLength(1);
  });
});

describe('weibo-home', () => {
  const TEXTAREA = 'textarea[placeholder="有什么新鲜事想分享给大家？"]';
  const SEND = 'button.woo-button-main.woo-button-flat.woo-button-primary';

  it('uses per-load hashed CSS-module classes and the woo send button', async () => {
    const a = await open('weibo-home');
    const b = await open('weibo-home');
    const classOf = (p: Page) => p.$eval(TEXTAREA, (t) => t.className);
    const [ca, cb] = [await classOf(a.page), await classOf(b.page)];
    expect(ca).toMatch(/^_input_[a-z0-9]{5}_8$/);
    expect(cb).toMatch(/^_input_[a-z0-9]{5}_8$/);
    expect(ca).not.toBe(cb);
    const found = await a.page.evaluate((send) => {
      const btn = document.querySelector(`[composerconfig] ${send}`) as HTMLButtonElement;
      return {
        vueRoot: !!document.querySelector('#app[data-v-app]'),
        content: btn.querySelector(':scope > span.woo-button-wrap > span.woo-button-content')?.textContent,
        disabled: btn.disabled,
        limits: !!document.querySelector('[composerconfig] [class*="_limits_"]'),
      };
    }, SEND);
    expect(found).toEqual({ vueRoot: true, content: '发送', disabled: true, limits: true });
  });

  it('enables 发送 from input events (v-model) and posts once on a trusted click', async () => {
    const { page, apiHits } = await open('weibo-home');
    await page.click(TEXTAREA);
    await page.keyboard.type('今日天气晴');
    await waitModel(page, 'text', '今日天气晴');
    expect(await page.$eval(SEND, (b) => (b as HTMLButtonElement).disabled)).toBe(false);
    await page.click(`${SEND} span.woo-button-content`);
    await page.waitForFunction(() => window.__site.publishCalls[0]?.result === 'ok');
    const s = await page.evaluate(() => [
      window.__site.publishCalls,
      window.__site.handlerCalls,
      window.__site.isTrustedLog,
    ]);
    expect(s[0]).toMatchObject([{ action: 'weibo_post', draft: { text: '今日天气晴', composer: 'home' } }]);
    expect(s[1]).toEqual({ weibo_send: 1 });
    expect(s[2]).toEqual([true]);
    expect(
      apiHits.map((h) => [h.method, new URL(h.url).pathname, new URLSearchParams(h.postData).get('content')]),
    ).toEqual([['POST', '/ajax/statuses/update', '今日天气晴']]);
    // After a successful post the composer is cleared and the button disabled again.
    await waitModel(page, 'text', '');
    await page.waitForFunction((sel) => (document.querySelector(sel) as HTMLButtonElement).disabled, {}, SEND);
  });

  it('sends with Ctrl+Enter through the site keydown handler', async () => {
    const { page } = await open('weibo-home');
    await page.click(TEXTAREA);
    await page.keyboard.type('快捷键发送');
    await page.keyboard.down('Control');
    await page.keyboard.press('Enter');
    await page.keyboard.up('Control');
    await page.waitForFunction(() => window.__site.publishCalls.length === 1);
    expect(await page.evaluate(() => [window.__site.handlerCalls, window.__site.isTrustedLog])).toEqual([
      { weibo_send_key: 1 },
      [true],
    ]);
  });

  it('updates the model from execCommand("insertText") after setSelectionRange and restores it with Ctrl+Z', async () => {
    const { page } = await open('weibo-home', { text: '市政府发布通知' });
    expect(await page.$eval(TEXTAREA, (t) => (t as HTMLTextAreaElement).value)).toBe('市政府发布通知');
    expect(await execInsertText(page, [TEXTAREA], '市政府', '区政府')).toBe(true);
    await waitModel(page, 'text', '区政府发布通知');
    await undo(page);
    await waitModel(page, 'text', '市政府发布通知');
  });

  it('ignores .value writes without input events (v-model) and re-renders keeping the state', async () => {
    const { page } = await open('weibo-home', { text: '原文' });
    await page.$eval(TEXTAREA, (t) => {
      (t as HTMLTextAreaElement).value = '偷偷改';
    });
    expect((await model(page)).text).toBe('原文');
    const result = await page.evaluate((sel) => {
      const before = document.querySelector(sel);
      window.__site.rerender?.();
      const after = document.querySelector(sel) as HTMLTextAreaElement;
      return { replaced: before !== after, oldConnected: before?.isConnected, value: after.value };
    }, TEXTAREA);
    expect(result).toEqual({ replaced: true, oldConnected: false, value: '原文' });
  });

  it('re-mounts the composer on an SPA route change to /u/<uid> and back', async () => {
    const { page } = await open('weibo-home', { text: '首页草稿' });
    await page.evaluate((sel) => {
      (window as unknown as { __oldTextarea: Element | null }).__oldTextarea = document.querySelector(sel);
    }, TEXTAREA);
    await page.click('a[href="/u/1234567890"]');
    await waitModel(page, 'path', '/u/1234567890');
    const after = await page.evaluate((sel) => {
      const old = (window as unknown as { __oldTextarea: Element }).__oldTextarea;
      return { oldConnected: old.isConnected, hasNew: !!document.querySelector(sel), url: location.href };
    }, TEXTAREA);
    expect(after).toEqual({ oldConnected: false, hasNew: true, url: 'https://weibo.com/u/1234567890' });
    expect((await model(page)).text).toBe('');
    await page.click(TEXTAREA);
    await page.keyboard.type('主页');
    await waitModel(page, 'text', '主页');
    await page.evaluate(() => window.__site.navigate?.('/'));
    await waitModel(page, 'path', '/');
    await page.goBack();
    await waitModel(page, 'path', '/u/1234567890');
    expect(await page.$(TEXTAREA)).not.toBeNull();
  });

  it('opens a modal composer from 发微博 and posts from it', async () => {
    const { page } = await open('weibo-home');
    await page.click('button[title="发微博"]');
    const modalTextarea = `.woo-modal-wrap ${TEXTAREA}`;
    await page.click(modalTextarea);
    await page.keyboard.type('弹窗发布');
    await waitModel(page, 'modal', '弹窗发布');
    await page.click(`.woo-modal-wrap ${SEND}`);
    await page.waitForFunction(() => window.__site.publishCalls[0]?.result === 'ok');
    expect(await page.evaluate(() => window.__site.publishCalls[0]?.draft)).toMatchObject({
      composer: 'modal',
      text: '弹窗发布',
    });
    await page.waitForFunction(() => !document.querySelector('.woo-modal-wrap'));
  });

  it('opens a forward composer with a _limits_ control and forwards once', async () => {
    const { page, apiHits } = await open('weibo-home', { variant: 'forward' });
    const forwardBox = 'article [composerconfig]';
    expect(await page.$eval(forwardBox, (el) => !!el.querySelector('[class*="_limits_"]'))).toBe(true);
    expect(await page.$eval(`${forwardBox} textarea`, (t) => t.className)).toMatch(/^_input_[a-z0-9]{5}_8$/);
    await page.click(`${forwardBox} textarea`);
    await page.keyboard.type('转发学习');
    await waitModel(page, 'forward', '转发学习');
    await page.click(`${forwardBox} button.woo-button-primary`);
    await page.waitForFunction(() => window.__site.publishCalls[0]?.result === 'ok');
    expect(await page.evaluate(() => [window.__site.publishCalls[0]?.action, window.__site.handlerCalls])).toEqual([
      'weibo_forward',
      { weibo_forward: 1 },
    ]);
    expect(new URL(apiHits[0]!.url).pathname).toBe('/ajax/statuses/normal_repost');
  });

  it('variant modal: the 发微博 modal composer is open at load', async () => {
    const { page } = await open('weibo-home', { variant: 'modal' });
    expect(await page.$$eval(TEXTAREA, (els) => els.map((el) => !!el.closest('.woo-modal-wrap')))).toEqual([
      false,
      true,
    ]);
    expect((await model(page)).modal).toBe('');
    await page.evaluate(() => window.__site.closeModal?.());
    expect(await page.$('.woo-modal-wrap')).toBeNull();
  });

  it('variant late: the composer mounts later', async () => {
    const { page } = await open('weibo-home', { variant: 'late', lateMs: 600_000, text: '迟到' }, false);
    expect(await page.$(TEXTAREA)).toBeNull();
    await page.evaluate(() => window.__site.mountLate?.());
    await waitForSite(page);
    expect(await page.$eval(TEXTAREA, (t) => (t as HTMLTextAreaElement).value)).toBe('迟到');
  });
});

describe('weibo-card-v5', () => {
  const TITLE = 'textarea[placeholder="请输入标题"]';
  const LEAD = 'textarea[placeholder="导语（选填）"]';
  const BODY = 'div.tiptap.ProseMirror[contenteditable="true"]';
  const NEXT = 'button.n-button.n-button--primary-type';

  async function clickButton(page: Page, label: string): Promise<void> {
    const handle = await page.waitForSelector(
      `::-p-xpath(//button[contains(@class,"n-button")][normalize-space(.)="${label}"])`,
    );
    await handle!.click();
  }

  it('reproduces the v5 editor hooks and updates models from typing, with undo', async () => {
    const { page } = await open('weibo-card-v5');
    expect(await page.$eval('.title-input .n-input-word-count', (el) => el.textContent)).toBe('0/32');
    expect(await page.$eval(NEXT, (b) => b.textContent)).toBe('下一步');
    await page.click(TITLE);
    await page.keyboard.type('头条标题');
    await page.click(LEAD);
    await page.keyboard.type('导语');
    await page.click(BODY);
    await page.keyboard.type('正文内容');
    await waitModel(page, 'body', '正文内容');
    const m = await model(page);
    expect([m.title, m.lead, m.draftId]).toEqual(['头条标题', '导语', '4900000000000001']);
    expect(await page.$eval('.title-input .n-input-word-count', (el) => el.textContent)).toBe('4/32');
    await undo(page);
    await waitModel(page, 'body', '');
  });

  it('reads execCommand("insertText") in the TipTap body and title', async () => {
    const { page } = await open('weibo-card-v5', { title: '市政府工作报告', bodyHtml: '<p>市政府工作报告全文</p>' });
    expect(await execInsertText(page, [BODY], '市政府', '区政府')).toBe(true);
    await waitModel(page, 'body', '区政府工作报告全文');
    await undo(page);
    await waitModel(page, 'body', '市政府工作报告全文');
    expect(await execInsertText(page, [TITLE], '市政府', '区政府')).toBe(true);
    await waitModel(page, 'title', '区政府工作报告');
    await undo(page);
    await waitModel(page, 'title', '市政府工作报告');
  });

  it('publishes only when the native confirm() is accepted', async () => {
    const { page, apiHits } = await open('weibo-card-v5', { title: '标题', bodyHtml: '<p>正文</p>' });
    const messages: string[] = [];
    let accept = false;
    page.on('dialog', (d) => {
      messages.push(`${d.type()}:${d.message()}`);
      void (accept ? d.accept() : d.dismiss());
    });
    await clickButton(page, '下一步');
    await page.waitForSelector('.n-modal-container .n-card.n-modal');
    expect(await page.$('.cover-preview')).not.toBeNull();
    await clickButton(page, '发布');
    expect(messages).toEqual(['confirm:是否确认发布文章？']);
    expect(await page.evaluate(() => window.__site.publishCalls.length)).toBe(0);
    accept = true;
    await clickButton(page, '发布');
    await page.waitForFunction(() => window.__site.publishCalls[0]?.result === 'ok');
    const s = await page.evaluate(() => [
      window.__site.publishCalls,
      window.__site.handlerCalls,
      window.__site.isTrustedLog,
    ]);
    expect(s[0]).toMatchObject([{ action: 'card_publish', draft: { title: '标题', content: '<p>正文</p>' } }]);
    expect(s[1]).toEqual({ card_next: 1, card_publish: 2 });
    expect(s[2]).toEqual([true, true, true]);
    expect(apiHits.map((h) => new URL(h.url).pathname)).toEqual(['/article/v5/aj/editor/draft/publish']);
  });

  it('variant late: shows the Naive UI spinner until the TipTap body mounts', async () => {
    const { page } = await open(
      'weibo-card-v5',
      { variant: 'late', lateMs: 600_000, bodyHtml: '<p>迟到正文</p>' },
      false,
    );
    expect(await page.$('.wb-editor .wb-editor-spin .n-spin-body')).not.toBeNull();
    expect(await page.$(BODY)).toBeNull();
    await page.evaluate(() => window.__site.mountLate?.());
    await waitForSite(page);
    expect(await page.$eval(BODY, (el) => el.textContent)).toBe('迟到正文');
    expect(await page.$('.wb-editor-spin')).toBeNull();
  });

  it('routes #/draft ↔ #/draft/<id>, creating a draft with 写文章', async () => {
    const { page } = await open('weibo-card-v5', { title: '第一篇' });
    await page.evaluate(() => window.__site.navigate?.('#/draft'));
    await page.waitForSelector('.draft-list .list-item a[href="#/draft/4900000000000001"]');
    expect(await page.$(BODY)).toBeNull();
    await clickButton(page, '写文章');
    await waitModel(page, 'draftId', '4900000000000002');
    await page.waitForSelector(BODY);
    expect((await model(page)).title).toBe('');
    await page.goBack();
    await page.waitForSelector('.draft-list');
    await page.click('a[href="#/draft/4900000000000001"]');
    await waitModel(page, 'title', '第一篇');
    const textareaBefore = await page.evaluateHandle((sel) => document.querySelector(sel), TITLE);
    await page.evaluate(() => window.__site.rerender?.());
    expect(await page.evaluate((old) => (old as Element).isConnected, textareaBefore)).toBe(false);
    expect(await page.$eval(TITLE, (t) => (t as HTMLTextAreaElement).value)).toBe('第一篇');
  });
});

describe('weibo-mobile', () => {
  const TEXTAREA = 'textarea[placeholder*="分享新鲜事"]';

  it('toggles a.m-send-btn.disabled from input and sends once', async () => {
    const { page, apiHits } = await open('weibo-mobile');
    expect(await page.$('a.m-send-btn.disabled')).not.toBeNull();
    await page.click('a.m-send-btn');
    expect(await page.evaluate(() => [window.__site.handlerCalls.m_send, window.__site.publishCalls.length])).toEqual([
      1, 0,
    ]);
    await page.click(TEXTAREA);
    await page.keyboard.type('手机发送');
    await waitModel(page, 'text', '手机发送');
    await page.waitForSelector('a.m-send-btn:not(.disabled)');
    await page.click('a.m-send-btn');
    await page.waitForFunction(() => window.__site.publishCalls[0]?.result === 'ok');
    expect(await page.evaluate(() => [window.__site.publishCalls[0]?.draft, window.__site.isTrustedLog])).toEqual([
      { content: '手机发送' },
      [true, true],
    ]);
    expect(apiHits.map((h) => [new URL(h.url).pathname, new URLSearchParams(h.postData).get('st')])).toEqual([
      ['/api/statuses/update', 'f0a1b2'],
    ]);
    await page.waitForSelector('a.m-send-btn.disabled');
  });

  it('updates the model from execCommand("insertText") and undoes with Ctrl+Z', async () => {
    const { page } = await open('weibo-mobile', { text: '今天开会' });
    expect(await page.$('a.m-send-btn.disabled')).toBeNull();
    expect(await execInsertText(page, [TEXTAREA], '开会', '放假')).toBe(true);
    await waitModel(page, 'text', '今天放假');
    await undo(page);
    await waitModel(page, 'text', '今天开会');
  });

  it('variant late mounts the compose box later; rerender() replaces it keeping the text', async () => {
    const { page } = await open('weibo-mobile', { variant: 'late', lateMs: 600_000, text: '稍后' }, false);
    expect(await page.$(TEXTAREA)).toBeNull();
    await page.evaluate(() => window.__site.mountLate?.());
    await waitForSite(page);
    const old = await page.$(TEXTAREA);
    await page.evaluate(() => window.__site.rerender?.());
    expect(await page.evaluate((el) => (el as Element).isConnected, old)).toBe(false);
    expect(await page.$eval(TEXTAREA, (t) => (t as HTMLTextAreaElement).value)).toBe('稍后');
    expect(await page.$('a.m-send-btn.disabled')).toBeNull();
  });
});
