import type { Draft, DraftLink } from '../engine/types';
import { controlField, eventElement, isActivationKey, isDisabled, isShown, labelText, richField } from './dom-text';
import type { DraftReading, EditorAdapter, EditorInstance, FieldReading, PublishControl } from './types';

/*
 * mp.weixin.qq.com article editor (图文), both eras. Selectors and where they come from
 * (section numbers are /work/shared/research/editors.md; dates are the sources' commit/document dates):
 *
 * URL
 *   /cgi-bin/appmsg?t=media/appmsg_edit(_v2)&action=edit…[&appmsgid=<id>]        §1.1 (saved page 2020-05-26; COSE 2026-01;
 *                                                                                 Wechatsync; ziliu) — appmsgid appears on save
 * Body, current era (ProseMirror in the UEditor shell, gray release from ~2024-12)
 *   #ueditor_0 .ProseMirror, .mock-iframe-body .ProseMirror,
 *   .rich_media_content > .ProseMirror                                            §1.3 (selector chains of several tools, 2025–2026;
 *                                                                                 gzh selectors.js; DOM check log 2026-06-18)
 *   #edui1_iframeholder .editor-v-root → open shadowRoot, else any element with a
 *   shadowRoot in #edui1_iframeholder                                             §1.5 (two tools; fixtures cover both)
 *   excluded: .title-editor__input / .title-editor-overlay / #js_title_main,
 *   .share-text__input / #guide_words_main (title and 小绿书 ProseMirrors)          §1.5 (COSE 97d88b3, 2026-05-20)
 * Body, 2020 era
 *   iframe#ueditor_0 (also #edui1_iframeholder iframe, iframe[id^="ueditor_"],
 *   .edui-editor iframe) → same-origin contentDocument.body (contenteditable)       §1.2 (saved page 2020-05-26; Wechatsync 2.0.9)
 * Title
 *   #js_title_main .title-editor__input .ProseMirror, .title-editor-overlay
 *   .ProseMirror, div.ProseMirror[data-placeholder*="请在这里输入标题"]              §1.3 table (COSE HEAD 2026-06; moli)
 *   else #title (textarea since ~2025, input in 2020), textarea.js_article_title,
 *   input.js_title                                                                §1.2, §1.3 table (COSE; wx_publish "2026-07")
 * Author      #author, input.js_author                                             §1.2, §1.3 table (baoyu; gzh; moli)
 * Digest      #js_description, textarea[name="digest"], textarea.js_desc            §1.2, §1.3 table (baoyu; ziliu; gzh)
 *             (小绿书 fallback when no digest control: .share-text__input .ProseMirror) §1.3 table (小绿书 SKILL doc)
 * 原文链接     input[name="source_url"], input.js_url                               §1.2, §1.3 table (moli; baoxiaoyike)
 * Publish     #js_send (span; its inner button.mass_send "发表", 2020 "保存并群发")    §1.2 (2020 JS binds the span), §1.3 buttons
 *             .mass-send__footer .weui-desktop-btn_primary "发表"/"群发"           §1.4 (weixin_gzh Python; gzh selectors.js)
 *             .double_check_dialog "继续发表"/"确认发表"; "无需声明并发表"           §1.4 (weixin_gzh; cc-agents; wx_publish)
 *             NOT #js_submit "保存为草稿"/"保存", NOT #js_preview "预览"              §1.2, §1.3
 *             hidden .weui-desktop-dialog__wrp templates stay in the DOM            §1.5 (weixin_gzh, report 2026-08-28)
 * Account     .weui-desktop-account__nickname (header account dropdown)           not in editors.md: seen in the saved editor page
 *                                                                                 ajing2/stormling springcloud/公众号.html (2020-05-26)
 *                                                                                 and read by several 2025–2026 login/publish tools
 * Checked against the fixtures test/fixtures/editors/wechat-{current,legacy}.html, 2026-11-27.
 */

const TITLE_PM_SELECTOR = [
  '#js_title_main .title-editor__input .ProseMirror',
  '.title-editor-overlay .ProseMirror',
  'div.ProseMirror[data-placeholder*="请在这里输入标题"]',
].join(', ');
const TITLE_CONTROL_SELECTOR = '#title, textarea.js_article_title, input.js_title';
const AUTHOR_SELECTOR = '#author, input.js_author';
const DIGEST_SELECTOR = '#js_description, textarea[name="digest"], textarea.js_desc';
const SHARE_TEXT_SELECTOR = '.share-text__input .ProseMirror';
const SOURCE_URL_SELECTOR = 'input[name="source_url"], input.js_url';
const BODY_PM_SELECTOR = '#ueditor_0 .ProseMirror, .mock-iframe-body .ProseMirror, .rich_media_content > .ProseMirror';
const NOT_BODY_SELECTOR =
  '.title-editor__input, .title-editor-overlay, #js_title_main, .share-text__input, #guide_words_main';
const HOLDER_SELECTOR = '#edui1_iframeholder, .edui-editor-iframeholder';
const LEGACY_IFRAME_SELECTOR =
  'iframe#ueditor_0, #edui1_iframeholder iframe, .edui-editor-iframeholder iframe, iframe[id^="ueditor_"], .edui-editor iframe';
const ACCOUNT_SELECTOR = '.weui-desktop-account__nickname';

/** Texts of the mass-send dialog's final button (定时 switch on: "定时发表"/"定时群发"). */
const MASS_SEND_DIALOG = '.mass-send__footer, .new_mass_send_dialog, .mass_send_dialog, .mass-send';
const CONFIRM_TEXTS = new Set(['继续发表', '确认发表', '无需声明并发表', '继续群发', '确认群发']);
const NOT_PUBLISH = /草稿|预览|取消|保存$/;

type Control = HTMLTextAreaElement | HTMLInputElement;

type Body = { kind: 'pm'; root: HTMLElement } | { kind: 'legacy'; root: HTMLElement; iframe: HTMLIFrameElement };

interface Fields {
  title?: { kind: 'pm'; el: HTMLElement } | { kind: 'control'; el: Control };
  author?: Control;
  digest?: { kind: 'pm'; el: HTMLElement } | { kind: 'control'; el: Control };
  sourceUrl?: Control;
}

type ChromeDom = { dom?: { openOrClosedShadowRoot?: (el: Element) => ShadowRoot | null } };

/** An element's shadow root: open ones directly; closed ones through chrome.dom when running as an extension. */
function shadowOf(el: Element): ShadowRoot | null {
  if (el.shadowRoot) return el.shadowRoot;
  try {
    const api = (globalThis as { chrome?: ChromeDom }).chrome?.dom?.openOrClosedShadowRoot;
    return api ? api(el) : null;
  } catch {
    return null;
  }
}

function isHtml(el: Element | null | undefined): el is HTMLElement {
  return !!el && typeof (el as HTMLElement).isContentEditable === 'boolean';
}

function firstBodyPm(scope: ParentNode): HTMLElement | undefined {
  for (const el of scope.querySelectorAll(BODY_PM_SELECTOR)) {
    if (isHtml(el) && !el.closest(NOT_BODY_SELECTOR)) return el;
  }
  return undefined;
}

function findBody(doc: Document): Body | undefined {
  // Current era, light DOM.
  const light = firstBodyPm(doc);
  if (light) return { kind: 'pm', root: light };
  // Current era, under a shadow root in the iframe holder.
  const holder = doc.querySelector(HOLDER_SELECTOR);
  if (holder) {
    const vroot = holder.querySelector('.editor-v-root');
    const first = vroot ? shadowOf(vroot) : null;
    const inFirst = first ? firstBodyPm(first) : undefined;
    if (inFirst) return { kind: 'pm', root: inFirst };
    for (const el of holder.querySelectorAll('*')) {
      const shadow = el === vroot ? null : shadowOf(el);
      const found = shadow ? firstBodyPm(shadow) : undefined;
      if (found) return { kind: 'pm', root: found };
    }
  }
  // 2020 era: UEditor iframe body.
  for (const el of doc.querySelectorAll(LEGACY_IFRAME_SELECTOR)) {
    if (el.localName !== 'iframe') continue;
    const iframe = el as HTMLIFrameElement;
    let body: HTMLElement | null = null;
    try {
      body = iframe.contentDocument?.body ?? null;
    } catch {
      body = null; // cross-origin
    }
    if (body?.isContentEditable) return { kind: 'legacy', root: body, iframe };
  }
  // Any other ProseMirror in the editor shell that is not the title or 小绿书 text.
  let fallback: HTMLElement | undefined;
  for (const el of doc.querySelectorAll(
    '#js_editor .ProseMirror, .edui-editor .ProseMirror, #js_ueditor .ProseMirror',
  )) {
    if (!isHtml(el) || el.closest(NOT_BODY_SELECTOR)) continue;
    if ((el.getAttribute('data-placeholder') ?? '').includes('正文')) return { kind: 'pm', root: el };
    fallback ??= el;
  }
  return fallback ? { kind: 'pm', root: fallback } : undefined;
}

function findFields(doc: Document): Fields {
  const fields: Fields = {};
  const titlePm = doc.querySelector(TITLE_PM_SELECTOR);
  const titleControl = doc.querySelector<Control>(TITLE_CONTROL_SELECTOR);
  if (isHtml(titlePm)) fields.title = { kind: 'pm', el: titlePm };
  else if (titleControl && 'value' in titleControl) fields.title = { kind: 'control', el: titleControl };
  const author = doc.querySelector<Control>(AUTHOR_SELECTOR);
  if (author && 'value' in author) fields.author = author;
  const digest = doc.querySelector<Control>(DIGEST_SELECTOR);
  const share = doc.querySelector(SHARE_TEXT_SELECTOR);
  if (digest && 'value' in digest) fields.digest = { kind: 'control', el: digest };
  else if (isHtml(share)) fields.digest = { kind: 'pm', el: share };
  // The 原文链接 popover may hold a second .js_url: prefer the one with a value.
  const urls = [...doc.querySelectorAll<HTMLInputElement>(SOURCE_URL_SELECTOR)].filter((el) => 'value' in el);
  fields.sourceUrl = urls.find((el) => el.value.trim() !== '') ?? urls[0];
  return fields;
}

function sameFields(a: Fields, b: Fields): boolean {
  return (
    a.title?.el === b.title?.el && a.author === b.author && a.digest?.el === b.digest?.el && a.sourceUrl === b.sourceUrl
  );
}

/** The element of a publish control hit by this event, with its action, or undefined. */
export function wechatPublishControl(event: Event): PublishControl | undefined {
  const isClick = event.type === 'click';
  if (!isClick && !isActivationKey(event)) return undefined;
  const target = eventElement(event);
  if (!target) return undefined;

  const send = target.closest('#js_send');
  if (send) {
    const button = send.querySelector('button');
    if (isDisabled(send) || (button && isDisabled(button))) return undefined;
    const text = labelText(send);
    if (/草稿|预览/.test(text)) return undefined;
    return { action: 'wechat-send', label: text.includes('群发') && !text.includes('发表') ? '群发' : '发表' };
  }

  const button = target.closest('button, a, .weui-desktop-btn');
  if (!button || isDisabled(button)) return undefined;
  const text = labelText(button);
  if (text === '' || NOT_PUBLISH.test(text)) return undefined;
  const inDialog = button.closest('.weui-desktop-dialog__wrp, .weui-desktop-dialog, [role="dialog"]');
  if (!inDialog) return undefined;
  if (
    button.closest(MASS_SEND_DIALOG) &&
    button.classList.contains('weui-desktop-btn_primary') &&
    /发表|群发/.test(text) &&
    isShown(button)
  ) {
    return { action: 'wechat-mass-send-confirm', label: text.includes('群发') ? '群发' : '发表' };
  }
  if (CONFIRM_TEXTS.has(text) && isShown(button)) {
    return { action: 'wechat-publish-confirm', label: text.includes('群发') ? '群发' : '发表' };
  }
  return undefined;
}

class WechatInstance implements EditorInstance {
  constructor(
    private readonly doc: Document,
    private readonly body: Body,
    private readonly fields: Fields,
  ) {}

  read(): DraftReading {
    const draft: Draft = { platform: 'wechat', body: '' };
    const readings: FieldReading[] = [];
    const { title, author, digest, sourceUrl } = this.fields;
    if (title) {
      const r = title.kind === 'pm' ? richField('title', title.el).reading : controlField('title', title.el);
      draft.title = r.text;
      readings.push(r);
    }
    if (author) {
      const r = controlField('author', author);
      draft.author = r.text;
      readings.push(r);
    }
    if (digest) {
      const r = digest.kind === 'pm' ? richField('digest', digest.el).reading : controlField('digest', digest.el);
      draft.digest = r.text;
      readings.push(r);
    }
    const body = richField('body', this.body.root);
    draft.body = body.reading.text;
    readings.push(body.reading);
    const links: DraftLink[] = body.links;
    if (links.length) draft.links = links;
    if (sourceUrl && sourceUrl.value.trim() !== '') {
      const r = controlField('sourceUrl', sourceUrl);
      draft.sourceUrl = r.text;
      readings.push(r);
    }
    return { draft, fields: readings };
  }

  isConnected(): boolean {
    const { root } = this.body;
    if (!root.isConnected) return false;
    if (this.body.kind === 'legacy') {
      const { iframe } = this.body;
      let doc: Document | null = null;
      try {
        doc = iframe.contentDocument;
      } catch {
        doc = null;
      }
      if (!iframe.isConnected || doc !== root.ownerDocument || doc?.body !== root) return false;
    }
    // A field that appeared or was replaced (the title ProseMirror mounting, the 原文链接 popover) needs a re-find.
    return sameFields(this.fields, findFields(this.doc));
  }

  watchRoots(): Node[] {
    const { title, author, digest, sourceUrl } = this.fields;
    const roots: Node[] = [this.body.root];
    for (const el of [title?.el, author, digest?.el, sourceUrl]) if (el) roots.push(el);
    return roots;
  }

  publishControl(event: Event): PublishControl | undefined {
    return wechatPublishControl(event);
  }

  accountName(): string | undefined {
    const name = (this.doc.querySelector(ACCOUNT_SELECTOR)?.textContent ?? '').trim();
    return name || undefined;
  }

  draftId(): string | undefined {
    try {
      return new URL(this.doc.URL).searchParams.get('appmsgid') || undefined;
    } catch {
      return undefined;
    }
  }
}

export const wechatAdapter: EditorAdapter = {
  id: 'wechat',
  platform: 'wechat',
  matches(url: URL): boolean {
    if (url.hostname !== 'mp.weixin.qq.com' || url.pathname !== '/cgi-bin/appmsg') return false;
    return (url.searchParams.get('t') ?? '').startsWith('media/appmsg_edit');
  },
  find(doc: Document): EditorInstance | undefined {
    const body = findBody(doc);
    if (!body) return undefined;
    return new WechatInstance(doc, body, findFields(doc));
  },
};
