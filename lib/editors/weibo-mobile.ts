import type { Draft } from '../engine/types';
import { controlField, eventElement, isActivationKey, isDisabled, labelText } from './dom-text';
import { probeControls } from './fallback';
import { imagesIn } from './media';
import { COMMON_DISABLED_CLASSES, defineSelectors, firstMatch, joined } from './selectors';
import type { AdapterDiagnosis, DraftReading, EditorAdapter, EditorInstance, PublishControl } from './types';

/*
 * m.weibo.cn/compose (mobile web, Vue SPA). Low-confidence DOM (single sources). Selectors and sources
 * (section numbers are /work/shared/research/editors.md):
 *
 * URL      /compose/ (also /compose/repost)                                     §4 (API Referer in many scripts)
 * Text     textarea[placeholder*="分享新鲜事"]                                    §4 (an unnamed CDP script)
 *          fallback: the first textarea of the compose page (.m-compose, #app)   §4 (an unnamed public source)
 * Send     a.m-send-btn (carries .disabled while empty: not a publish then)       §4 (an unnamed CDP script)
 *          or a / button / [role=button] whose text is 发送 or 发布              §4 (an unnamed public source)
 * Images   attached pictures: no public evidence of their DOM; the selectors below are guesses (fixable by bundle)
 * Routing  the compose page may be reached by an in-app route change from the home page (E13: a[href*="compose"]):
 *          the runtime re-runs adapterFor() on location changes.
 * Account  none in the compose page → undefined.
 * Checked against the fixture test/fixtures/editors/weibo-mobile.html, 2026-11-27.
 */

const sel = defineSelectors('weibo-mobile', {
  version: '2026.12.04',
  fields: {
    body: ['textarea[placeholder*="分享新鲜事"]', '.m-compose textarea', '#app textarea', 'textarea'],
    images: ['.m-pic-list img', '.pic-list img', '[class*="upload"] img'],
  },
  controls: { send: ['a.m-send-btn'] },
  publishTexts: ['发送', '发布'],
  confirmTexts: [],
  notPublishTexts: ['取消'],
  dialogs: [],
  disabledClasses: [...COMMON_DISABLED_CLASSES],
});

function findTextarea(doc: Document): { el: HTMLTextAreaElement; selector: string } | undefined {
  return firstMatch<HTMLTextAreaElement>(doc, sel().fields.body ?? [], (el) => el.localName === 'textarea');
}

function classifyMobile(target: Element): PublishControl | undefined {
  const s = sel();
  const send = joined(target.ownerDocument, s.controls.send ?? []);
  const control = target.closest(send ? `${send}, a, button, [role="button"]` : 'a, button, [role="button"]');
  if (!control) return undefined;
  const isSendBtn = send ? control.matches(send) : false;
  const label = labelText(control);
  if (!isSendBtn && !s.publishTexts.includes(label)) return undefined;
  // The page ignores taps while the button is disabled (empty text): nothing is published.
  if (isDisabled(control, s.disabledClasses)) return undefined;
  return { action: 'weibo-mobile-send', label: label === '发布' ? '发布' : '发送' };
}

class MobileInstance implements EditorInstance {
  constructor(
    private readonly doc: Document,
    private readonly textarea: HTMLTextAreaElement,
  ) {}

  read(): DraftReading {
    const body = controlField('body', this.textarea);
    const draft: Draft = { platform: 'weibo', body: body.text };
    const images = imagesIn(this.doc, sel().fields.images ?? []);
    if (images.length) draft.images = images;
    return { draft, fields: [body] };
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
    return target ? classifyMobile(target) : undefined;
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
  expectsEditor: true,
  matches(url: URL): boolean {
    return url.hostname === 'm.weibo.cn' && url.pathname.startsWith('/compose');
  },
  find(doc: Document): EditorInstance | undefined {
    const textarea = findTextarea(doc);
    return textarea ? new MobileInstance(doc, textarea.el) : undefined;
  },
  classify: classifyMobile,
  diagnose(doc: Document): AdapterDiagnosis {
    const t = findTextarea(doc);
    const send = firstMatch(doc, sel().controls.send ?? []);
    return {
      fields: [
        { name: 'body', selector: t?.selector, count: t ? 1 : 0 },
        { name: 'send', selector: send?.selector, count: send ? 1 : 0 },
      ],
      controls: probeControls(doc, weiboMobileAdapter, sel()),
    };
  },
};
