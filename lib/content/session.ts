import { h, render } from 'preact';
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { Overlay, type OverlayApi } from '../../components/overlay/Overlay';
import { adapterFor } from '../editors/index';
import { TAB_MESSAGES } from '../messaging/protocol';
import { createListener } from '../messaging/server';
import { EditorController } from './controller';
import { installGate } from './gate';

export type EditorFamily = 'wechat' | 'weibo';

function domReady(): Promise<void> {
  if (document.readyState !== 'loading') return Promise.resolve();
  return new Promise((resolve) => document.addEventListener('DOMContentLoaded', () => resolve(), { once: true }));
}

/**
 * Starts Publish Guard on an editor page: the publish gate first (capture listeners registered as
 * early as possible), then the controller and the shadow-root overlay.
 */
export async function startEditorSession(ctx: ContentScriptContext, _family: EditorFamily): Promise<void> {
  const adapter = adapterFor(new URL(location.href));
  if (!adapter) return;
  const controller = new EditorController(ctx, adapter);
  let api: OverlayApi | undefined;
  const gate = installGate(ctx, controller, (d) => api?.showGate(d));

  const listener = createListener(
    TAB_MESSAGES,
    {
      'content/state': () => ({
        attached: controller.state.attached,
        platform: adapter.platform,
        account: controller.account,
        draftKey: controller.instance ? controller.draftKey : undefined,
        draft: controller.reading?.draft,
        hash: controller.state.hash,
        findings: controller.state.findings,
        pending: controller.state.pending,
        review: controller.state.review,
        checkedAt: controller.state.checkedAt,
      }),
      'content/jump': ({ fingerprint }) => ({ ok: api?.jump(fingerprint) ?? false }),
      'content/check': async () => {
        const ok = controller.checkNow();
        if (ok) await controller.record('check');
        return { ok };
      },
      'engine/changed': async () => {
        await controller.reloadEngine();
        return { ok: true as const };
      },
      'review/changed': async () => {
        await controller.refreshReview();
        return { ok: true as const };
      },
    },
    () => undefined,
  );
  browser.runtime.onMessage.addListener(listener as Parameters<typeof browser.runtime.onMessage.addListener>[0]);
  ctx.onInvalidated(() =>
    browser.runtime.onMessage.removeListener(listener as Parameters<typeof browser.runtime.onMessage.addListener>[0]),
  );

  await domReady();
  const ui = await createShadowRootUi(ctx, {
    name: 'publish-guard-ui',
    position: 'inline',
    anchor: 'body',
    append: 'last',
    onMount(container, shadow) {
      const host = shadow.host as HTMLElement;
      render(
        h(Overlay, {
          controller,
          host: container,
          confirm: (hash: string) => gate.confirm(hash),
          api: (a: OverlayApi) => {
            api = a;
          },
        }),
        container,
      );
      void host;
      return container;
    },
    onRemove(container) {
      if (container) render(null, container);
    },
  });
  ui.mount();
  await controller.start();
}
