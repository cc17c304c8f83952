import { controlField, eventElement, isActivationKey, isDisabled, labelText } from './dom-text';
import type { DraftReading, EditorAdapter, EditorInstance, PublishControl } from './types';

/*
 * m.weibo.cn/compose (mobile web, Vue SPA). Low-confidence DOM (single sources). Selectors and sources
 * (section numbers are /work/shared/research/editors.md):
 *
 * URL      /compose/ (also /compose/repost)                                     §4 (API Referer in many scripts)
 * Text     textarea[placeholder*="分享新鲜事"]                                    §4 (an unnamed CDP script)
 *          fallback: the first textarea of the compose page (.m-compose, #app)   §4 (an unnamed public source)
 * Send     a.m-send-btn (carries .disabled while empty: not a publish then)       §4 (an unnamed CDP script)
 *          or a / button / [role=button] whose text is 发送 or 发布              §4 (an unnamed public source)
 * Account  none in the compose page → undefined.
 * Checked against the fixture test/fixtures/editors/weibo-mobile.html, 2026-11-27.
 */

const TEXTAREA_SELECTOR = 'textarea[placeholder*="分享新鲜事"]';
const TEXTAREA_FALLBACK_SELECTOR = '.m-compose textarea, #app textarea, textarea';
const SEND_SELECTOR = 'a.m-send-btn';
const SEND_TEXTS = new Set(['发送', '发布']);

function findTextarea(doc: Document): HTMLTextAreaElement | null {
  return (
    doc.querySelector<HTMLTextAreaElement>(TEXTAREA_SELECTOR) ??
    doc.querySelector<HTMLTextAreaElement>(TEXTAREA_FALLBACK_SELECTOR)
  );
}

class MobileInstance implements EditorInstance {
  constructor(private readonly textarea: HTMLTextAreaElement) {}

  read(): DraftReading {
    const body = controlField('body', this.textarea);
    return { draft: { platform: 'weibo', body: body.text }, fields: [body] };
  }

  isConnected(): boolean {
    return this.textarea.isConnected;
  }

  watchRoots(): Node[] {
    return [this.textarea];
  }

  publishControl(event: Event): PublishControl | undefined {
    if (event.type !== 'click' && !isActivationKey(event)) return undefined;
    const target = eventElement(event);
    if (!target) return undefined;
    const control = target.closest(`${SEND_SELECTOR}, a, button, [role="button"]`);
    if (!control) return undefined;
    const isSendBtn = control.matches(SEND_SELECTOR);
    if (!isSendBtn && !SEND_TEXTS.has(labelText(control))) return undefined;
    // The page ignores taps while the button is disabled (empty text): nothing is published.
    if (isDisabled(control)) return undefined;
    return { action: 'weibo-mobile-send', label: labelText(control) === '发布' ? '发布' : '发送' };
  }

  accountName(): string | undefined {
    return undefined;
  }

  draftId(): string | undefined {
    return undefined;
  }
}

export const weiboMobileAdapter: EditorAdapter = {
  id: 'weibo-mobile',
  platform: 'weibo',
  matches(url: URL): boolean {
    return url.hostname === 'm.weibo.cn' && url.pathname.startsWith('/compose');
  },
  find(doc: Document): EditorInstance | undefined {
    const textarea = findTextarea(doc);
    return textarea ? new MobileInstance(textarea) : undefined;
  },
};
