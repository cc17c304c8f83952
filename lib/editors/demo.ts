import type { Draft } from '../engine/types';
import { controlField, eventElement, isActivationKey, richField } from './dom-text';
import { probeControls } from './fallback';
import { COMMON_DISABLED_CLASSES, defineSelectors, firstMatch } from './selectors';
import type { AdapterDiagnosis, DraftReading, EditorAdapter, EditorInstance, PublishControl } from './types';

/*
 * The extension's own 演示 page (entrypoints/demo): a sample editor with a sample draft, so a newcomer can see the
 * checks, the card, the side panel and the publish gate without a logged-in WeChat or Weibo account. It is an
 * extension page, so nothing of it is a real site.
 */

const sel = defineSelectors('demo', {
  version: '1',
  fields: { title: ['#demo-title'], body: ['#demo-body'] },
  controls: { publish: ['#demo-publish'] },
  publishTexts: ['发表'],
  confirmTexts: [],
  notPublishTexts: ['保存'],
  dialogs: [],
  disabledClasses: [...COMMON_DISABLED_CLASSES],
});

function classify(el: Element): PublishControl | undefined {
  return el.closest('#demo-publish') ? { action: 'demo-publish', label: '发表' } : undefined;
}

class DemoInstance implements EditorInstance {
  constructor(
    private readonly title: HTMLInputElement,
    private readonly body: HTMLElement,
  ) {}

  read(): DraftReading {
    const t = controlField('title', this.title);
    const b = richField('body', this.body);
    const draft: Draft = { platform: 'wechat', title: t.text, body: b.reading.text };
    if (b.links.length) draft.links = b.links;
    return { draft, fields: [t, b.reading] };
  }

  isConnected(): boolean {
    return this.title.isConnected && this.body.isConnected;
  }

  watchRoots(): Node[] {
    return [this.title, this.body];
  }

  publishControl(event: Event): PublishControl | undefined {
    if (event.type !== 'click' && !isActivationKey(event)) return undefined;
    const t = eventElement(event);
    return t ? classify(t) : undefined;
  }

  accountName(): string | undefined {
    return '演示账号';
  }

  draftId(): string | undefined {
    return 'demo';
  }
}

export const demoAdapter: EditorAdapter = {
  id: 'demo',
  platform: 'wechat',
  expectsEditor: true,
  matches(url: URL): boolean {
    return /^(chrome|moz)-extension:$/.test(url.protocol) && url.pathname === '/demo.html';
  },
  find(doc: Document): EditorInstance | undefined {
    const title = firstMatch<HTMLInputElement>(doc, sel().fields.title ?? [])?.el;
    const body = firstMatch<HTMLElement>(doc, sel().fields.body ?? [])?.el;
    return title && body ? new DemoInstance(title, body) : undefined;
  },
  classify,
  diagnose(doc: Document): AdapterDiagnosis {
    return { fields: [], controls: probeControls(doc, demoAdapter, sel()) };
  },
};
