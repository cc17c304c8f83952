import type { Draft } from '../engine/types';
import { controlField, eventElement, isActivationKey, isDisabled, labelText, richField } from './dom-text';
import type { DraftReading, EditorAdapter, EditorInstance, FieldReading, PublishControl } from './types';

/*
 * card.weibo.com 头条文章 editor v5 (Vue 3 + Naive UI + TipTap). Selectors and sources
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
 * Account  window.__INIT__.config.nick is a page global (invisible from the isolated world); no DOM hook is
 *          documented → undefined.                                              §3.1
 * Checked against the fixture test/fixtures/editors/weibo-card-v5.html, 2026-11-27.
 */

const TITLE_SELECTOR = 'textarea[placeholder="请输入标题"]';
const LEAD_SELECTOR = 'textarea[placeholder="导语（选填）"]';
const BODY_SELECTOR = 'div.tiptap.ProseMirror[contenteditable="true"]';
const BODY_FALLBACK_SELECTOR = '.ProseMirror[contenteditable="true"]';
const PUBLISH_TEXT = '发布';

function findBody(doc: Document): HTMLElement | undefined {
  const body = doc.querySelector<HTMLElement>(BODY_SELECTOR);
  if (body) return body;
  for (const el of doc.querySelectorAll<HTMLElement>(BODY_FALLBACK_SELECTOR)) {
    if (!el.closest('.n-modal, .n-modal-container, [role="dialog"]')) return el;
  }
  return undefined;
}

export function draftIdFromHash(hash: string): string | undefined {
  return /^#\/draft\/(\d+)/.exec(hash)?.[1];
}

class CardInstance implements EditorInstance {
  constructor(
    private readonly doc: Document,
    private readonly body: HTMLElement,
    private readonly title: HTMLTextAreaElement | null,
    private readonly lead: HTMLTextAreaElement | null,
  ) {}

  read(): DraftReading {
    const draft: Draft = { platform: 'weibo-article', body: '' };
    const fields: FieldReading[] = [];
    if (this.title) {
      const r = controlField('title', this.title);
      draft.title = r.text;
      fields.push(r);
    }
    if (this.lead) {
      const r = controlField('digest', this.lead);
      draft.digest = r.text;
      fields.push(r);
    }
    const body = richField('body', this.body);
    draft.body = body.reading.text;
    if (body.links.length) draft.links = body.links;
    fields.push(body.reading);
    return { draft, fields };
  }

  isConnected(): boolean {
    if (!this.body.isConnected) return false;
    if (this.title ? !this.title.isConnected : this.doc.querySelector(TITLE_SELECTOR)) return false;
    if (this.lead ? !this.lead.isConnected : this.doc.querySelector(LEAD_SELECTOR)) return false;
    return true;
  }

  watchRoots(): Node[] {
    const roots: Node[] = [this.body];
    if (this.title) roots.push(this.title);
    if (this.lead) roots.push(this.lead);
    return roots;
  }

  publishControl(event: Event): PublishControl | undefined {
    if (event.type !== 'click' && !isActivationKey(event)) return undefined;
    const button = eventElement(event)?.closest('button, [role="button"]');
    if (!button || isDisabled(button)) return undefined;
    if (labelText(button) !== PUBLISH_TEXT) return undefined;
    return { action: 'card-publish', label: '发布' };
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
  matches(url: URL): boolean {
    return url.hostname === 'card.weibo.com' && /^\/article\/v\d+\/editor/.test(url.pathname);
  },
  find(doc: Document): EditorInstance | undefined {
    const body = findBody(doc);
    if (!body) return undefined;
    return new CardInstance(
      doc,
      body,
      doc.querySelector<HTMLTextAreaElement>(TITLE_SELECTOR),
      doc.querySelector<HTMLTextAreaElement>(LEAD_SELECTOR),
    );
  },
};
