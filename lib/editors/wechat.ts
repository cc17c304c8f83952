import type { Draft, DraftImage, DraftLink } from '../engine/types';
import { controlField, eventElement, isActivationKey, isDisabled, isShown, labelText, richField } from './dom-text';
import { probeControls } from './fallback';
import { bodyImages, imageSource } from './media';
import { COMMON_DISABLED_CLASSES, defineSelectors, firstMatch, joined } from './selectors';
import type {
  AdapterDiagnosis,
  DraftReading,
  EditorAdapter,
  EditorInstance,
  FieldProbe,
  FieldReading,
  PublishControl,
} from './types';

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
 * Cover       #js_cover_area img / [style*=background-image] (the chosen 封面)       editors.md §1.2 tree (#js_cover_area);
 *                                                                                 the image element inside it is a guess
 * Dialogs     .weui-desktop-dialog__wrp, .weui-desktop-dialog, .weui-desktop-modal  evidence-2026-12 §1 (cc-agents matches
 *                                                                                 .weui-desktop-modal); the second "发表"
 *                                                                                 screen of the current dialog (E4) is a
 *                                                                                 visible button labelled 发表 in it
 * Disabled    weui-desktop-btn_disabled, btn_disabled                            evidence-2026-12 §1 (E3)
 * Account     .weui-desktop-account__nickname (header account dropdown)           not in editors.md: seen in the saved editor page
 *                                                                                 ajing2/stormling springcloud/公众号.html (2020-05-26)
 *                                                                                 and read by several 2025–2026 login/publish tools
 * Checked against the fixtures test/fixtures/editors/wechat-{current,legacy}.html, 2026-11-27.
 */

/** Built-in selectors (the fallback; a signed bundle may put its own in front, see selectors.ts). */
const sel = defineSelectors('wechat', {
  version: '2026.12.04',
  fields: {
    titleEditor: [
      '#js_title_main .title-editor__input .ProseMirror',
      '.title-editor-overlay .ProseMirror',
      'div.ProseMirror[data-placeholder*="请在这里输入标题"]',
    ],
    title: ['#title', 'textarea.js_article_title', 'input.js_title'],
    author: ['#author', 'input.js_author'],
    digest: ['#js_description', 'textarea[name="digest"]', 'textarea.js_desc'],
    caption: ['.share-text__input .ProseMirror', '#guide_words_main .ProseMirror'],
    sourceUrl: ['input[name="source_url"]', 'input.js_url'],
    body: ['#ueditor_0 .ProseMirror', '.mock-iframe-body .ProseMirror', '.rich_media_content > .ProseMirror'],
    notBody: [
      '.title-editor__input',
      '.title-editor-overlay',
      '#js_title_main',
      '.share-text__input',
      '#guide_words_main',
    ],
    bodyHolder: ['#edui1_iframeholder', '.edui-editor-iframeholder'],
    bodyShadowHost: ['.editor-v-root'],
    legacyIframe: [
      'iframe#ueditor_0',
      '#edui1_iframeholder iframe',
      '.edui-editor-iframeholder iframe',
      'iframe[id^="ueditor_"]',
      '.edui-editor iframe',
    ],
    bodyFallback: ['#js_editor .ProseMirror', '.edui-editor .ProseMirror', '#js_ueditor .ProseMirror'],
    cover: ['#js_cover_area img', '#js_cover_area [style*="background-image"]', '.js_cover_preview'],
    account: ['.weui-desktop-account__nickname'],
  },
  controls: {
    send: ['#js_send'],
    massSendDialog: ['.mass-send__footer', '.new_mass_send_dialog', '.mass_send_dialog', '.mass-send'],
  },
  publishTexts: ['发表', '群发', '保存并群发', '定时发表', '定时群发'],
  confirmTexts: ['继续发表', '确认发表', '无需声明并发表', '继续群发', '确认群发', '确定发表'],
  notPublishTexts: ['保存', '保存为草稿', '预览', '取消'],
  dialogs: ['.weui-desktop-dialog__wrp', '.weui-desktop-dialog', '.weui-desktop-modal', '[role="dialog"]'],
  disabledClasses: [...COMMON_DISABLED_CLASSES],
});

const NOT_PUBLISH = /草稿|预览|取消|保存$/;

type Control = HTMLTextAreaElement | HTMLInputElement;

type Body = { kind: 'pm'; root: HTMLElement } | { kind: 'legacy'; root: HTMLElement; iframe: HTMLIFrameElement };

interface Fields {
  title?: { kind: 'pm'; el: HTMLElement } | { kind: 'control'; el: Control };
  author?: Control;
  digest?: Control;
  caption?: HTMLElement;
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

function isControl(el: Element | null | undefined): el is Control {
  return !!el && 'value' in el;
}

function firstBodyPm(doc: Document, scope: ParentNode): { el: HTMLElement; selector: string } | undefined {
  const notBody = joined(doc, sel().fields.notBody ?? []);
  return firstMatch<HTMLElement>(
    scope,
    sel().fields.body ?? [],
    (el) => isHtml(el) && !(notBody && el.closest(notBody)),
  );
}

function findBody(doc: Document): { body: Body; path: string } | undefined {
  const f = sel().fields;
  // Current era, light DOM.
  const light = firstBodyPm(doc, doc);
  if (light) return { body: { kind: 'pm', root: light.el }, path: light.selector };
  // Current era, under a shadow root in the iframe holder.
  const holder = firstMatch(doc, f.bodyHolder ?? [])?.el;
  if (holder) {
    const vroot = firstMatch(holder, f.bodyShadowHost ?? [])?.el;
    const first = vroot ? shadowOf(vroot) : null;
    const inFirst = first ? firstBodyPm(doc, first) : undefined;
    if (inFirst) return { body: { kind: 'pm', root: inFirst.el }, path: `shadow: ${inFirst.selector}` };
    for (const el of holder.querySelectorAll('*')) {
      const shadow = el === vroot ? null : shadowOf(el);
      const found = shadow ? firstBodyPm(doc, shadow) : undefined;
      if (found) return { body: { kind: 'pm', root: found.el }, path: `shadow: ${found.selector}` };
    }
  }
  // 2020 era: UEditor iframe body.
  for (const selector of f.legacyIframe ?? []) {
    let els: NodeListOf<Element>;
    try {
      els = doc.querySelectorAll(selector);
    } catch {
      continue;
    }
    for (const el of els) {
      if (el.localName !== 'iframe') continue;
      const iframe = el as HTMLIFrameElement;
      let body: HTMLElement | null = null;
      try {
        body = iframe.contentDocument?.body ?? null;
      } catch {
        body = null; // cross-origin
      }
      if (body?.isContentEditable) return { body: { kind: 'legacy', root: body, iframe }, path: `iframe: ${selector}` };
    }
  }
  // Any other ProseMirror in the editor shell that is not the title or 小绿书 text.
  const notBody = joined(doc, f.notBody ?? []);
  let fallback: { el: HTMLElement; selector: string } | undefined;
  for (const selector of f.bodyFallback ?? []) {
    let els: NodeListOf<Element>;
    try {
      els = doc.querySelectorAll(selector);
    } catch {
      continue;
    }
    for (const el of els) {
      if (!isHtml(el) || (notBody && el.closest(notBody))) continue;
      if ((el.getAttribute('data-placeholder') ?? '').includes('正文')) {
        return { body: { kind: 'pm', root: el }, path: `fallback: ${selector}` };
      }
      fallback ??= { el, selector };
    }
  }
  return fallback ? { body: { kind: 'pm', root: fallback.el }, path: `fallback: ${fallback.selector}` } : undefined;
}

function findFields(doc: Document): { fields: Fields; probes: FieldProbe[] } {
  const f = sel().fields;
  const fields: Fields = {};
  const probes: FieldProbe[] = [];
  const probe = (name: string, hit: { selector: string } | undefined, list: readonly string[] = []) => {
    let count = 0;
    for (const s of list) {
      try {
        count += doc.querySelectorAll(s).length;
      } catch {
        // invalid selector from data
      }
    }
    probes.push({ name, selector: hit?.selector, count });
  };
  const titlePm = firstMatch<HTMLElement>(doc, f.titleEditor ?? [], isHtml);
  const titleControl = firstMatch<Control>(doc, f.title ?? [], isControl);
  if (titlePm) fields.title = { kind: 'pm', el: titlePm.el };
  else if (titleControl) fields.title = { kind: 'control', el: titleControl.el };
  probe('title', titlePm ?? titleControl, [...(f.titleEditor ?? []), ...(f.title ?? [])]);
  const author = firstMatch<Control>(doc, f.author ?? [], isControl);
  if (author) fields.author = author.el;
  probe('author', author, f.author);
  const digest = firstMatch<Control>(doc, f.digest ?? [], isControl);
  if (digest) fields.digest = digest.el;
  probe('digest', digest, f.digest);
  // The 小绿书 share text is published with the post: always read, as its own field.
  const caption = firstMatch<HTMLElement>(doc, f.caption ?? [], isHtml);
  if (caption) fields.caption = caption.el;
  probe('caption', caption, f.caption);
  // The 原文链接 popover may hold a second .js_url: prefer the one with a value.
  const urls: Control[] = [];
  for (const s of f.sourceUrl ?? []) {
    try {
      for (const el of doc.querySelectorAll(s)) if (isControl(el) && !urls.includes(el)) urls.push(el);
    } catch {
      // invalid selector from data
    }
  }
  fields.sourceUrl = urls.find((el) => el.value.trim() !== '') ?? urls[0];
  probe('sourceUrl', fields.sourceUrl ? { selector: (f.sourceUrl ?? [])[0] ?? '' } : undefined, f.sourceUrl);
  return { fields, probes };
}

function sameFields(a: Fields, b: Fields): boolean {
  return (
    a.title?.el === b.title?.el &&
    a.author === b.author &&
    a.digest === b.digest &&
    a.caption === b.caption &&
    a.sourceUrl === b.sourceUrl
  );
}

/** The adapter's publish control for a control element, or undefined. */
function classifyWechat(target: Element): PublishControl | undefined {
  const s = sel();
  const sendSel = joined(target.ownerDocument, s.controls.send ?? []);
  const send = sendSel ? target.closest(sendSel) : null;
  if (send) {
    const button = send.querySelector('button');
    if (isDisabled(send, s.disabledClasses) || (button && isDisabled(button, s.disabledClasses))) return undefined;
    const text = labelText(send);
    if (/草稿|预览/.test(text)) return undefined;
    return { action: 'wechat-send', label: text.includes('群发') && !text.includes('发表') ? '群发' : '发表' };
  }

  const button = target.closest('button, a, .weui-desktop-btn');
  if (!button || isDisabled(button, s.disabledClasses)) return undefined;
  const text = labelText(button);
  if (text === '' || NOT_PUBLISH.test(text) || s.notPublishTexts.includes(text)) return undefined;
  const dialogSel = joined(target.ownerDocument, s.dialogs);
  const inDialog = dialogSel ? button.closest(dialogSel) : null;
  if (!inDialog) return undefined;
  const massSel = joined(target.ownerDocument, s.controls.massSendDialog ?? []);
  if (
    massSel &&
    button.closest(massSel) &&
    button.classList.contains('weui-desktop-btn_primary') &&
    /发表|群发/.test(text) &&
    isShown(button)
  ) {
    return { action: 'wechat-mass-send-confirm', label: text.includes('群发') ? '群发' : '发表' };
  }
  if (s.confirmTexts.includes(text) && isShown(button)) {
    return { action: 'wechat-publish-confirm', label: text.includes('群发') ? '群发' : '发表' };
  }
  // Any further screen of the publish dialog (the second "发表" screen, 2026) whatever its button class.
  if (s.publishTexts.includes(text) && isShown(button)) {
    return { action: 'wechat-dialog-publish', label: text.includes('群发') ? '群发' : '发表' };
  }
  return undefined;
}

/** The element of a publish control hit by this event, with its action, or undefined. */
function wechatPublishControl(event: Event): PublishControl | undefined {
  if (event.type !== 'click' && !isActivationKey(event)) return undefined;
  const target = eventElement(event);
  return target ? classifyWechat(target) : undefined;
}

function coverOf(doc: Document): string | undefined {
  const hit = firstMatch<HTMLElement>(doc, sel().fields.cover ?? []);
  return hit ? imageSource(hit.el) : undefined;
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
    const { title, author, digest, caption, sourceUrl } = this.fields;
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
      const r = controlField('digest', digest);
      draft.digest = r.text;
      readings.push(r);
    }
    const body = richField('body', this.body.root);
    draft.body = body.reading.text;
    readings.push(body.reading);
    const links: DraftLink[] = body.links;
    if (links.length) draft.links = links;
    if (caption) {
      const r = richField('caption', caption).reading;
      if (r.text !== '') {
        draft.caption = r.text;
        readings.push(r);
      }
    }
    if (sourceUrl && sourceUrl.value.trim() !== '') {
      const r = controlField('sourceUrl', sourceUrl);
      draft.sourceUrl = r.text;
      readings.push(r);
    }
    const images: DraftImage[] = bodyImages(this.body.root);
    if (images.length) draft.images = images;
    const cover = coverOf(this.doc);
    if (cover) draft.cover = cover;
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
    return sameFields(this.fields, findFields(this.doc).fields);
  }

  watchRoots(): Node[] {
    const { title, author, digest, caption, sourceUrl } = this.fields;
    const roots: Node[] = [this.body.root];
    for (const el of [title?.el, author, digest, caption, sourceUrl]) if (el) roots.push(el);
    return roots;
  }

  publishControl(event: Event): PublishControl | undefined {
    return wechatPublishControl(event);
  }

  accountName(): string | undefined {
    const hit = firstMatch(this.doc, sel().fields.account ?? []);
    const name = (hit?.el.textContent ?? '').trim();
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
  expectsEditor: true,
  matches(url: URL): boolean {
    if (url.hostname !== 'mp.weixin.qq.com' || url.pathname !== '/cgi-bin/appmsg') return false;
    return (url.searchParams.get('t') ?? '').startsWith('media/appmsg_edit');
  },
  find(doc: Document): EditorInstance | undefined {
    const found = findBody(doc);
    if (!found) return undefined;
    return new WechatInstance(doc, found.body, findFields(doc).fields);
  },
  classify: classifyWechat,
  diagnose(doc: Document): AdapterDiagnosis {
    const found = findBody(doc);
    const { probes } = findFields(doc);
    const account = firstMatch(doc, sel().fields.account ?? []);
    const cover = firstMatch(doc, sel().fields.cover ?? []);
    return {
      fields: [
        { name: 'body', selector: found?.path, count: found ? 1 : 0 },
        ...probes,
        { name: 'cover', selector: cover?.selector, count: cover ? 1 : 0 },
        { name: 'account', selector: account?.selector, count: account ? 1 : 0 },
      ],
      controls: probeControls(doc, wechatAdapter, sel()),
    };
  },
};
