import type { Draft } from '../engine/types';
import { controlField, eventElement, isActivationKey, isDisabled, labelText, richField } from './dom-text';
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
 * card.weibo.com 头条文章 editor, two DOMs (evidence-2026-12 §3): v5 (Vue 3 + Naive UI + TipTap) and the CKEditor
 * version at /article/v3/editor#/draft/create (Element UI fields, measured 2025-09-13 by a public adapter, E11).
 * Which one an account gets today is unknown, so both are recognised. Selectors and sources
 * (section numbers are /work/shared/research/editors.md):
 *
 * URL      /article/v5/editor#/draft/<numericId>  (#/draft = draft list)        §3.1 (COSE; Wechatsync v2 adapter)
 * Title    textarea[placeholder="请输入标题"]                                    §3.2 (four unnamed public sources)
 * Lead     textarea[placeholder="导语（选填）"] → draft.digest                    §3.2 (an unnamed public source)
 * Body     div.tiptap.ProseMirror[contenteditable="true"]                       §3.2 (three unnamed public sources)
 *          (fallback .ProseMirror[contenteditable="true"] outside Naive UI modals)
 * Publish  the button whose text is "发布" (Naive UI button.n-button--primary-type in the publish n-modal),
 *          followed by a native window.confirm()                               §3.4
 * Not      "下一步" (same primary class; only goes to the cover step / opens the modal), "预览", "写文章"   §3.4
 * 配文     the text box in the publish dialog (.n-dialog / .n-modal / [role=dialog]); it is published as a weibo
 *          ("发布了头条文章：《…》", E12 / editors.md §3.4). The site's untouched default (derived from the title) adds
 *          nothing and is left out; any edit makes it part of the draft and of the hash.
 * Cover    .cover-preview img (v5, §3.2); a cover that is one of the body's images is already in the hash.
 * v3       body .ck-editor__editable / [aria-label^="富文本编辑器"]; title textarea.el-textarea__inner; lead
 *          input.W_input (no placeholder); "下一步"/"保存草稿" are <a>, "发布" is a <button>          (E11)
 * Account  window.__INIT__.config.nick is a page global (invisible from the isolated world); no DOM hook is
 *          documented → undefined.                                              §3.1
 * Checked against the fixture test/fixtures/editors/weibo-card-v5.html, 2026-11-27.
 */

const sel = defineSelectors('weibo-article', {
  version: '2026.12.04',
  fields: {
    title: [
      'textarea[placeholder="请输入标题"]',
      '.article-title textarea.el-textarea__inner',
      'textarea.el-textarea__inner',
    ],
    digest: ['textarea[placeholder="导语（选填）"]', 'input.W_input'],
    body: [
      'div.tiptap.ProseMirror[contenteditable="true"]',
      '.ck-editor__editable[contenteditable="true"]',
      '[aria-label^="富文本编辑器"][contenteditable="true"]',
    ],
    bodyFallback: ['.ProseMirror[contenteditable="true"]'],
    caption: [
      '.n-dialog textarea',
      '.n-modal textarea',
      '[role="dialog"] textarea',
      '.el-dialog textarea',
      'textarea.publish-text',
    ],
    cover: ['.cover-preview img', '.cover-preview', '.cover-img img'],
  },
  controls: {},
  publishTexts: ['发布'],
  confirmTexts: ['确认发布', '确定发布'],
  notPublishTexts: ['下一步', '预览', '写文章', '保存草稿', '取消'],
  dialogs: ['.n-modal', '.n-dialog', '[role="dialog"]', '.el-dialog'],
  disabledClasses: [...COMMON_DISABLED_CLASSES],
});

type Control = HTMLTextAreaElement | HTMLInputElement;

const isControl = (el: Element): boolean => 'value' in el;

function inDialog(el: Element): boolean {
  const d = joined(el.ownerDocument, sel().dialogs);
  return d ? el.closest(d) !== null : false;
}

function findBody(doc: Document): { el: HTMLElement; selector: string } | undefined {
  const f = sel().fields;
  return (
    firstMatch<HTMLElement>(doc, f.body ?? [], (el) => !inDialog(el)) ??
    firstMatch<HTMLElement>(doc, f.bodyFallback ?? [], (el) => !inDialog(el))
  );
}

interface CardFields {
  title?: Control;
  lead?: Control;
  caption?: Control;
}

function findFields(doc: Document): { fields: CardFields; probes: FieldProbe[] } {
  const f = sel().fields;
  const title = firstMatch<Control>(doc, f.title ?? [], (el) => isControl(el) && !inDialog(el));
  const lead = firstMatch<Control>(doc, f.digest ?? [], (el) => isControl(el) && !inDialog(el) && el !== title?.el);
  const caption = firstMatch<Control>(doc, f.caption ?? [], isControl);
  const probe = (name: string, hit?: { selector: string }): FieldProbe => ({
    name,
    selector: hit?.selector,
    count: hit ? 1 : 0,
  });
  return {
    fields: { title: title?.el, lead: lead?.el, caption: caption?.el },
    probes: [probe('title', title), probe('digest', lead), probe('caption', caption)],
  };
}

/** The caption the site fills in by itself: nothing the user wrote beyond the title. */
function isDefaultCaption(caption: string, title: string | undefined): boolean {
  const t = (title ?? '').trim();
  return caption.trim() === '' || caption.trim() === `发布了头条文章：《${t}》`;
}

function draftIdFromHash(hash: string): string | undefined {
  return /^#\/draft\/(\d+)/.exec(hash)?.[1];
}

function classifyCard(target: Element): PublishControl | undefined {
  const s = sel();
  const button = target.closest('button, [role="button"], a');
  if (!button || isDisabled(button, s.disabledClasses)) return undefined;
  const text = labelText(button);
  if (s.notPublishTexts.includes(text)) return undefined;
  if (!s.publishTexts.includes(text) && !s.confirmTexts.includes(text)) return undefined;
  return { action: 'card-publish', label: '发布' };
}

class CardInstance implements EditorInstance {
  constructor(
    private readonly doc: Document,
    private readonly body: HTMLElement,
    private readonly fields: CardFields,
  ) {}

  read(): DraftReading {
    const draft: Draft = { platform: 'weibo-article', body: '' };
    const fields: FieldReading[] = [];
    const { title, lead, caption } = this.fields;
    if (title) {
      const r = controlField('title', title);
      draft.title = r.text;
      fields.push(r);
    }
    if (lead) {
      const r = controlField('digest', lead);
      draft.digest = r.text;
      fields.push(r);
    }
    const body = richField('body', this.body);
    draft.body = body.reading.text;
    if (body.links.length) draft.links = body.links;
    fields.push(body.reading);
    if (caption?.isConnected && !isDefaultCaption(caption.value, draft.title)) {
      const r = controlField('caption', caption);
      draft.caption = r.text;
      fields.push(r);
    }
    const images = bodyImages(this.body);
    if (images.length) draft.images = images;
    const cover = firstMatch<HTMLElement>(this.doc, sel().fields.cover ?? []);
    const coverSrc = cover ? imageSource(cover.el) : undefined;
    if (coverSrc && !images.some((i) => i.src === coverSrc)) draft.cover = coverSrc;
    return { draft, fields };
  }

  isConnected(): boolean {
    if (!this.body.isConnected) return false;
    // A field appearing or leaving (the publish dialog's 配文 box) needs a re-find.
    const now = findFields(this.doc).fields;
    return now.title === this.fields.title && now.lead === this.fields.lead && now.caption === this.fields.caption;
  }

  watchRoots(): Node[] {
    const roots: Node[] = [this.body];
    for (const el of [this.fields.title, this.fields.lead, this.fields.caption]) if (el) roots.push(el);
    return roots;
  }

  publishControl(event: Event): PublishControl | undefined {
    if (event.type !== 'click' && !isActivationKey(event)) return undefined;
    const target = eventElement(event);
    return target ? classifyCard(target) : undefined;
  }

  accountName(): string | undefined {
    return undefined;
  }

  draftId(): string | undefined {
    return draftIdFromHash(this.doc.location?.hash ?? new URL(this.doc.URL).hash);
  }
}

export const weiboArticleAdapter: EditorAdapter = {
  id: 'weibo-article',
  platform: 'weibo-article',
  expectsEditor: true,
  matches(url: URL): boolean {
    return url.hostname === 'card.weibo.com' && /^\/article\/v\d+\/editor/.test(url.pathname);
  },
  find(doc: Document): EditorInstance | undefined {
    const body = findBody(doc);
    if (!body) return undefined;
    return new CardInstance(doc, body.el, findFields(doc).fields);
  },
  classify: classifyCard,
  diagnose(doc: Document): AdapterDiagnosis {
    const body = findBody(doc);
    const cover = firstMatch(doc, sel().fields.cover ?? []);
    return {
      fields: [
        { name: 'body', selector: body?.selector, count: body ? 1 : 0 },
        ...findFields(doc).probes,
        { name: 'cover', selector: cover?.selector, count: cover ? 1 : 0 },
      ],
      controls: probeControls(doc, weiboArticleAdapter, sel()),
    };
  },
};
