import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/**
 * The overlay's host: a `<publish-guard-ui>` element at the end of the body with a closed shadow root holding the
 * style sheet and one container for Preact. WXT's createShadowRootUi does the same with auto-mounting, anchors and
 * positions we do not use; written out here it keeps some 8 KB of helpers out of the content script (its 200 KB
 * budget, issue 15).
 */
export interface ShadowHost {
  /** Where the overlay renders. */
  container: HTMLElement;
  /** Takes the host out of the page (again after a remove: nothing). */
  remove(): void;
}

/** The entrypoint's style sheet (`cssInjectionMode: 'ui'`: WXT leaves it to the UI to load it). */
async function entryCss(): Promise<string> {
  try {
    const url = browser.runtime.getURL(`/content-scripts/${import.meta.env.ENTRYPOINT}.css` as '/');
    return await (await fetch(url)).text();
  } catch {
    return '';
  }
}

export async function mountShadowHost(
  ctx: ContentScriptContext,
  opts: { name: string; css?: string; onRemove?: (container: HTMLElement) => void },
): Promise<ShadowHost> {
  const css = opts.css ?? (await entryCss()).replaceAll(':root', ':host');
  const host = document.createElement(opts.name);
  // Closed: the site's scripts cannot reach into our UI (it holds no secrets, but nothing in it is theirs).
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = document.createElement('style');
  // the page's styles stop at the host: nothing of the site's CSS is inherited
  style.textContent = `:host{all:initial !important;}\n${css}`;
  const container = document.createElement('div');
  shadow.append(style, container);
  document.body.append(host);
  let removed = false;
  const remove = () => {
    if (removed) return;
    removed = true;
    opts.onRemove?.(container);
    host.remove();
  };
  ctx.onInvalidated(remove);
  return { container, remove };
}
