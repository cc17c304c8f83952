import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { h, render } from 'preact';

export type EditorFamily = 'wechat' | 'weibo';

/** Mounts the Publish Guard overlay host for one editor family. */
export async function startEditorSession(ctx: ContentScriptContext, family: EditorFamily): Promise<void> {
  const ui = await createShadowRootUi(ctx, {
    name: 'publish-guard-ui',
    position: 'overlay',
    anchor: 'body',
    onMount(container) {
      render(h('div', { 'data-family': family, class: 'pg-badge' }, '发布审校已启用'), container);
      return container;
    },
    onRemove(container) {
      if (container) render(null, container);
    },
  });
  ui.mount();
}
