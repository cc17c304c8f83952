import { h, render } from 'preact';
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { installBackstopBridge } from '../../lib/content/backstop-bridge';
import { EditorController } from '../../lib/content/controller';
import { installGate } from '../../lib/content/gate';
import { selectorsFor } from '../../lib/editors/selectors';
import type { EditorAdapter } from '../../lib/editors/types';
import { createListener } from '../../lib/messaging/server';
import { TAB_MESSAGES, type TabReplies } from '../../lib/messaging/tab-protocol';
import { Overlay, type OverlayApi } from './Overlay';
import { mountShadowHost } from './shadow-host';

function domReady(): Promise<void> {
  if (document.readyState !== 'loading') return Promise.resolve();
  return new Promise((resolve) => document.addEventListener('DOMContentLoaded', () => resolve(), { once: true }));
}

/**
 * Starts Publish Guard on an editor host with the adapters of its family (each content script bundles only its
 * own adapters, which keeps it small). The publish gate comes first (capture listeners registered at
 * document_start, before the site's own); then, for whatever editor route the page is on — and again after every
 * in-app route change — a controller for that route's adapter and the shadow-root overlay. On an editor route the
 * gate fails closed until the editor is recognised.
 */
export interface SessionOptions {
  /** Style sheet for the shadow root when the page has no content-script CSS (the 演示 extension page). */
  css?: string;
  /** The 演示 page: nothing is recorded. */
  demo?: boolean;
}

export async function startEditorSession(
  ctx: ContentScriptContext,
  adapters: readonly EditorAdapter[],
  opts: SessionOptions = {},
): Promise<void> {
  let controller: EditorController | undefined;
  let api: OverlayApi | undefined;
  let mounting: Promise<void> | undefined;
  let container: HTMLElement | undefined;
  const gate = installGate(
    ctx,
    () => controller,
    (d) => api?.showGate(d),
  );
  const backstop = installBackstopBridge(ctx, {
    current: () => controller,
    lastAllowedAt: () => gate.lastAllowedAt(),
    show: (d) => api?.showGate(d),
  });

  const renderOverlay = () => {
    if (!container) return;
    if (!controller) {
      render(null, container);
      return;
    }
    const c = controller;
    render(
      h(Overlay, {
        key: c.sessionId,
        controller: c,
        host: container,
        confirm: (hash: string) => gate.confirm(hash),
        api: (a: OverlayApi) => {
          api = a;
        },
      }),
      container,
    );
  };

  const mountUi = (): Promise<void> =>
    (mounting ??= (async () => {
      await domReady();
      const host = await mountShadowHost(ctx, {
        name: 'publish-guard-ui',
        ...(opts.css ? { css: opts.css } : {}),
        onRemove(root) {
          render(null, root);
          container = undefined;
        },
      });
      container = host.container;
      renderOverlay();
    })());

  /** Picks the adapter for the current URL; a different adapter (or none) gets a fresh controller. */
  const route = (to?: URL) => {
    const url = to ?? new URL(location.href);
    const adapter = adapters.find((a) => a.matches(url));
    if (adapter && adapter === controller?.adapter) {
      controller.refind();
      return;
    }
    controller?.dispose();
    controller = adapter ? new EditorController(ctx, adapter, { record: !opts.demo }) : undefined;
    api = undefined;
    renderOverlay();
    if (controller) {
      void mountUi();
      void controller.start();
    }
  };

  const listener = createListener<typeof TAB_MESSAGES, undefined, TabReplies>(
    TAB_MESSAGES,
    {
      'content/state': () => {
        const c = controller;
        return {
          attached: c?.state.attached ?? false,
          editor: c?.state.editor,
          platform: c?.adapter.platform,
          account: c?.account,
          draftKey: c?.instance ? c.draftKey : undefined,
          draftAliases: c?.instance ? c.draftAliases : undefined,
          draft: c?.reading?.draft,
          hash: c?.state.hash,
          findings: c?.state.findings ?? [],
          pending: c?.state.pending ?? false,
          review: c?.state.review,
          checkedAt: c?.state.checkedAt,
        };
      },
      'content/jump': ({ fingerprint }) => ({ ok: api?.jump(fingerprint) ?? false }),
      'content/check': async () => {
        const ok = controller?.checkNow() ?? false;
        if (ok) await controller?.record('check');
        return { ok };
      },
      'content/diagnose': () => {
        const c = controller;
        const page = `${location.origin}${location.pathname}`;
        if (!c) return { page, fields: [], controls: [], backstop: backstop.active() };
        const d = c.adapter.diagnose(document);
        return {
          adapter: c.adapter.id,
          version: selectorsFor(c.adapter.id).version,
          page,
          editor: c.state.editor,
          fields: d.fields,
          controls: d.controls,
          backstop: backstop.active(),
        };
      },
      'engine/changed': async () => {
        await controller?.reloadEngine();
        return { ok: true as const };
      },
      'review/changed': async () => {
        await controller?.refreshReview();
        return { ok: true as const };
      },
    },
    () => undefined,
  );
  browser.runtime.onMessage.addListener(listener as Parameters<typeof browser.runtime.onMessage.addListener>[0]);
  ctx.onInvalidated(() => {
    browser.runtime.onMessage.removeListener(listener as Parameters<typeof browser.runtime.onMessage.addListener>[0]);
    controller?.dispose();
  });

  // In-app navigation (history API, hash routes): re-route. WXT raises this from the Navigation API's `navigate`
  // event, which fires before location.href changes: the new URL comes with the event.
  ctx.addEventListener(window, 'wxt:locationchange', (e) => route((e as Event & { newUrl?: URL }).newUrl));
  route();
}
