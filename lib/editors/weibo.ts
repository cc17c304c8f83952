import type { Draft } from '../engine/types';
import { controlField, eventElement, isActivationKey, isDisabled, labelText } from './dom-text';
import { probeControls } from './fallback';
import { imagesIn } from './media';
import { COMMON_DISABLED_CLASSES, defineSelectors, joined } from './selectors';
import type { AdapterDiagnosis, DraftReading, EditorAdapter, EditorInstance, PublishControl } from './types';

/*
 * weibo.com / www.weibo.com PC composer ("weibo-pro-next", Vue 3, Jan 2026 →; also the 2021–2025 Vue 2 SPA), on the
 * home and profile pages, in the 发微博 modal and in a feed card's forward box. Selectors and sources
 * (section numbers are /work/shared/research/editors.md):
 *
 * Text   textarea[placeholder="有什么新鲜事想分享给大家？"]     §2.2 (MultiPost fork; ziliu; a Node weibo API server)
 *        textarea[placeholder*="新鲜事"]                       §2.2 (ziliu fallback)
 *        textarea[class*="_input_"]  (CSS-module hash changes   §2.1 (awsl 2026-03 HEAD), §2.4 (awsl CLAUDE.md: match
 *        per build: _input_1fox3_8, _input_2ho67_8, …)                 partial names) — also covers the forward box
 *        container [composerconfig]                            §2.1 (awsl 2026-01-23 "Fix for new frontend")
 * Send   button.woo-button-primary in the same composer        §2.2 (awsl; an unnamed source: woo-button-main
 *                                                                      woo-button-flat woo-button-primary)
 *        or a button whose text is 发送 / 转发                    §2.2 (button:has-text("发送"); MultiPost clicks
 *                                                                      span.woo-button-content "发送")
 *        Ctrl/Cmd+Enter in the textarea                        §2.3 [I] (unverified; gated anyway, also during an
 *                                                                      IME composition: evidence-2026-12 §2)
 * Images attached pictures inside the composer                 no public evidence of the thumbnail DOM: the
 *                                                              selectors below are guesses, fixable by bundle
 *        (a primary button counts only in [composerconfig] or ≤4 levels above the textarea, never widening past
 *        an <article> feed card, and never with the texts 发微博/评论/回复/关注/取消/确定…)
 * Not    the nav "发微博" button (woo-button-line; opens the modal), comment boxes (评论 button), follow buttons
 * Account  no stable nickname hook is documented (the nav shows an avatar; $CONFIG.user is a page global and
 *          invisible from the content script's isolated world) → undefined.
 * SPA    Vue router pushState routes (/, /u/<uid>, /mygroups…) re-mount the composer: isConnected() turns false
 *        when the set of composers changes, so the runtime calls find() again.  §2.4
 * Checked against the fixture test/fixtures/editors/weibo-home.html, 2026-11-27.
 */

const sel = defineSelectors('weibo', {
  version: '2026.12.04',
  fields: {
    body: [
      'textarea[placeholder="有什么新鲜事想分享给大家？"]',
      'textarea[placeholder*="新鲜事"]',
      'textarea[class*="_input_"]',
    ],
    composer: ['[composerconfig]'],
    images: ['[class*="_picture_"] img', '[class*="_pics_"] img', '[class*="uploadPic"] img', '.woo-picture-img'],
  },
  controls: {},
  publishTexts: ['发送', '转发', '发布'],
  confirmTexts: [],
  notPublishTexts: ['发微博', '评论', '回复', '关注', '取消', '确定', '确认', '保存', '举报', '关闭'],
  dialogs: [],
  disabledClasses: [...COMMON_DISABLED_CLASSES],
});

const textareaSelector = (doc: Document) => joined(doc, sel().fields.body ?? []);
/** How far up from the textarea the send button may be (the composer root is 2–4 levels up in both eras). */
const MAX_CONTAINER_DEPTH = 6;
/** The class-only match (a primary button whatever its text) is trusted this close to the textarea. */
const MAX_PRIMARY_DEPTH = 4;

interface Composer {
  textarea: HTMLTextAreaElement;
  /** The composer's root: [composerconfig], else the nearest ancestor holding its send button. */
  container: Element;
  send: HTMLElement;
}

/** The send button in `scope`: a button labelled 发送/转发/发布, else (if allowed) a woo primary button. */
function sendButtonIn(scope: Element, allowPrimary: boolean): HTMLElement | undefined {
  const { publishTexts, notPublishTexts } = sel();
  let primary: HTMLElement | undefined;
  for (const b of scope.querySelectorAll<HTMLElement>('button')) {
    const text = labelText(b);
    if (publishTexts.includes(text)) return b;
    if (
      allowPrimary &&
      !primary &&
      text !== '' &&
      b.classList.contains('woo-button-primary') &&
      !notPublishTexts.some((w) => text.includes(w))
    ) {
      primary = b;
    }
  }
  return primary;
}

function composerOf(textarea: HTMLTextAreaElement): Composer | undefined {
  const composerSel = joined(textarea.ownerDocument, sel().fields.composer ?? []);
  const config = composerSel ? textarea.closest(composerSel) : null;
  if (config) {
    const send = sendButtonIn(config, true);
    if (send) return { textarea, container: config, send };
  }
  let el: Element | null = textarea.parentElement;
  for (let depth = 0; el && depth < MAX_CONTAINER_DEPTH; depth++, el = el.parentElement) {
    // Never widen to a feed card or the page: a comment box there would borrow another control.
    if (el.localName === 'body' || el.localName === 'article' || el.localName === 'main') break;
    const send = sendButtonIn(el, depth < MAX_PRIMARY_DEPTH);
    if (send) return { textarea, container: el, send };
  }
  return undefined;
}

function composers(doc: Document): Composer[] {
  const out: Composer[] = [];
  const selector = textareaSelector(doc);
  if (!selector) return out;
  for (const t of doc.querySelectorAll<HTMLTextAreaElement>(selector)) {
    const c = composerOf(t);
    if (c) out.push(c);
  }
  return out;
}

function focusedIn(doc: Document, list: Composer[]): Composer | undefined {
  const active = doc.activeElement;
  if (!active || active === doc.body) return undefined;
  return list.find((c) => c.container.contains(active));
}

function visible(el: Element): boolean {
  return el.getClientRects().length > 0;
}

function control(c: Composer, key: boolean): PublishControl {
  const forward = labelText(c.send) === '转发';
  return {
    action: `${forward ? 'weibo-forward' : 'weibo-send'}${key ? '-key' : ''}`,
    label: forward ? '转发' : '发送',
    scope: c,
  };
}

class WeiboInstance implements EditorInstance {
  /** The composer read(): the focused one, else the one last acted on, else the primary picked by find(). */
  private current: Composer;

  constructor(
    private readonly doc: Document,
    private readonly all: Composer[],
    /** Every textarea the selectors matched at find() time (composer or not), to notice composers coming and going. */
    private readonly matched: Element[],
    primary: Composer,
  ) {
    this.current = primary;
  }

  private pick(): Composer {
    const focused = focusedIn(this.doc, this.all);
    if (focused) this.current = focused;
    return this.current;
  }

  read(scope?: unknown): DraftReading {
    // The gate passes the composer whose control was used: that one is checked, whatever has the focus.
    const acted = this.all.find((c) => c === scope);
    const c = acted ?? this.pick();
    if (acted) this.current = acted;
    const body = controlField('body', c.textarea);
    const draft: Draft = { platform: 'weibo', body: body.text };
    const images = imagesIn(c.container, sel().fields.images ?? []);
    if (images.length) draft.images = images;
    return { draft, fields: [body] };
  }

  isConnected(): boolean {
    if (!this.all.every((c) => c.textarea.isConnected && c.container.contains(c.textarea))) return false;
    // A composer opened (modal, forward box) or closed: re-find so watchRoots and the primary are current.
    const selector = textareaSelector(this.doc);
    const now = selector ? this.doc.querySelectorAll(selector) : [];
    if (now.length !== this.matched.length) return false;
    for (let i = 0; i < now.length; i++) if (now[i] !== this.matched[i]) return false;
    return true;
  }

  watchRoots(): Node[] {
    return this.all.map((c) => c.container);
  }

  publishControl(event: Event): PublishControl | undefined {
    const target = eventElement(event);
    if (!target) return undefined;
    if (event.type === 'keydown') {
      const k = event as KeyboardEvent;
      // Ctrl/Cmd+Enter sends even while an IME composition is open: gated then too.
      if (k.key === 'Enter' && (k.ctrlKey || k.metaKey)) {
        const c = this.all.find((x) => x.textarea === target) ?? composers(this.doc).find((x) => x.textarea === target);
        return c ? control(c, true) : undefined;
      }
      if (!isActivationKey(event)) return undefined;
    } else if (event.type !== 'click') {
      return undefined;
    }
    return this.classify(target);
  }

  classify(target: Element): PublishControl | undefined {
    const button = target.closest('button');
    if (!button || isDisabled(button, sel().disabledClasses)) return undefined;
    const isSend = (x: Composer): boolean => x.send === button;
    const c = this.all.find(isSend) ?? composers(this.doc).find(isSend);
    return c ? control(c, false) : undefined;
  }

  accountName(): string | undefined {
    return undefined;
  }

  draftId(): string | undefined {
    return undefined;
  }
}

export const weiboAdapter: EditorAdapter = {
  id: 'weibo',
  platform: 'weibo',
  expectsEditor: false,
  fallbackNeedsInput: true,
  keySends: true,
  matches(url: URL): boolean {
    return url.hostname === 'weibo.com' || url.hostname === 'www.weibo.com';
  },
  find(doc: Document): EditorInstance | undefined {
    const selector = textareaSelector(doc);
    const matched = selector ? [...doc.querySelectorAll(selector)] : [];
    const all = composers(doc);
    if (all.length === 0) return undefined;
    const shown = all.filter((c) => visible(c.textarea));
    // The focused composer, else the last opened visible one (the modal is teleported to the end of <body>,
    // the forward box follows the home composer), else the last one.
    const primary = focusedIn(doc, all) ?? shown[shown.length - 1] ?? all[all.length - 1];
    return primary ? new WeiboInstance(doc, all, matched, primary) : undefined;
  },
  classify(el: Element): PublishControl | undefined {
    const button = el.closest('button');
    if (!button || isDisabled(button, sel().disabledClasses)) return undefined;
    const c = composers(el.ownerDocument).find((x) => x.send === button);
    return c ? control(c, false) : undefined;
  },
  diagnose(doc: Document): AdapterDiagnosis {
    const all = composers(doc);
    const fields = (sel().fields.body ?? []).map((s) => {
      let count = 0;
      try {
        count = doc.querySelectorAll(s).length;
      } catch {
        count = 0;
      }
      return { name: 'body', selector: count ? s : undefined, count };
    });
    return {
      fields: [
        ...fields.filter((f) => f.count > 0).slice(0, 1),
        { name: 'composers', selector: all.length ? 'textarea + send button' : undefined, count: all.length },
      ],
      controls: probeControls(doc, weiboAdapter, sel()),
    };
  },
};
