import type { Page } from 'puppeteer';
import type { Harness } from './harness';

/** Helpers for driving the extension's own UI (overlay in the editor page, extension pages). */

export interface Mark {
  rule: string;
  severity: string;
  fingerprint: string;
  rect: { left: number; top: number; width: number; height: number };
}

/** Underlines currently drawn by the overlay (viewport coordinates). */
export function marks(page: Page): Promise<Mark[]> {
  return page.evaluate(() => {
    const root = document.querySelector('publish-guard-ui')?.shadowRoot;
    return Array.from(root?.querySelectorAll<HTMLElement>('.pg-mark') ?? []).map((m) => {
      const r = m.getBoundingClientRect();
      return {
        rule: m.dataset.rule ?? '',
        severity: m.dataset.severity ?? '',
        fingerprint: m.dataset.fingerprint ?? '',
        rect: { left: r.left, top: r.top, width: r.width, height: r.height },
      };
    });
  });
}

export async function waitForMark(page: Page, rule: string, timeout = 10_000): Promise<Mark> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const m = (await marks(page)).find((x) => x.rule === rule);
    if (m) return m;
    if (Date.now() > deadline)
      throw new Error(`no underline for ${rule}; have: ${(await marks(page)).map((x) => x.rule).join(', ')}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

export async function waitForNoMark(page: Page, rule: string, timeout = 10_000): Promise<void> {
  const deadline = Date.now() + timeout;
  while ((await marks(page)).some((x) => x.rule === rule)) {
    if (Date.now() > deadline) throw new Error(`underline for ${rule} is still there`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Runs a query inside the overlay's shadow root. */
export function overlayText(page: Page, selector: string): Promise<string | null> {
  return page.evaluate(
    (sel) => document.querySelector('publish-guard-ui')?.shadowRoot?.querySelector(sel)?.textContent ?? null,
    selector,
  );
}

export async function waitForOverlay(page: Page, selector: string, timeout = 10_000): Promise<string> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const t = await overlayText(page, selector);
    if (t !== null) return t;
    if (Date.now() > deadline) throw new Error(`overlay element ${selector} did not appear`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

export function clickOverlay(page: Page, selector: string): Promise<void> {
  return page.evaluate((sel) => {
    const el = document.querySelector('publish-guard-ui')?.shadowRoot?.querySelector<HTMLElement>(sel);
    if (!el) throw new Error(`no ${sel} in overlay`);
    el.click();
  }, selector);
}

/** Moves the real mouse over the centre of a mark (hover opens the finding card). */
export async function hover(page: Page, m: Mark): Promise<void> {
  await page.mouse.move(m.rect.left + m.rect.width / 2, m.rect.top + m.rect.height / 2 - 2, { steps: 4 });
}

export function intersects(a: Mark['rect'], b: Mark['rect']): boolean {
  return a.left < b.left + b.width && b.left < a.left + a.width && a.top < b.top + b.height && b.top < a.top + a.height;
}

/** Opens an extension page in a new tab. */
export async function extensionPage(h: Harness, path: string): Promise<Page> {
  const page = await h.browser.newPage();
  await page.goto(`chrome-extension://${h.extensionId}/${path}`);
  return page;
}

/**
 * Changes extension settings the way the options page does (same IndexedDB record, then
 * engine/invalidate so open editor tabs pick it up) — a test shortcut around the options UI.
 */
export async function configure(h: Harness, patch: Record<string, unknown>): Promise<void> {
  const page = await extensionPage(h, 'history.html');
  await page.waitForSelector('body');
  await page.evaluate(async (p) => {
    const open = () =>
      new Promise<IDBDatabase>((resolve, reject) => {
        const r = indexedDB.open('publish-guard');
        r.onsuccess = () => resolve(r.result);
        r.onerror = () => reject(r.error);
      });
    let db = await open();
    for (let i = 0; i < 50 && !db.objectStoreNames.contains('settings'); i++) {
      db.close();
      await new Promise((r) => setTimeout(r, 100));
      db = await open();
    }
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction('settings', 'readwrite');
      const store = tx.objectStore('settings');
      const get = store.get('settings');
      get.onsuccess = () => {
        const current = (get.result?.value as Record<string, unknown>) ?? {};
        store.put({ key: 'settings', value: { ...current, ...p } });
      };
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
    const reply = await (
      globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<{ ok?: boolean }> } } }
    ).chrome.runtime.sendMessage({ pg: 1, type: 'engine/invalidate', payload: { reason: 'test' } });
    if (!reply?.ok) throw new Error(`engine/invalidate failed: ${JSON.stringify(reply)}`);
  }, patch);
  await page.close();
}

/** The id of the browser tab showing `page` (for popup.html?tabId=N). */
export async function tabIdOf(h: Harness, page: Page): Promise<number> {
  const url = page.url();
  const ext = await extensionPage(h, 'history.html');
  const id = await ext.evaluate(async (u) => {
    const tabs: Array<{ url?: string; id?: number }> = await (
      globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<Array<{ url?: string; id?: number }>> } } }
    ).chrome.tabs.query({});
    return tabs.find((t) => t.url === u)?.id ?? -1;
  }, url);
  await ext.close();
  if (id < 0) throw new Error(`no tab for ${url}`);
  return id;
}

/** Text rects of the first occurrence of `word` inside the page's editors (light DOM, open shadow roots, same-origin iframes). */
export function wordRects(page: Page, word: string): Promise<Mark['rect'][]> {
  return page.evaluate((w) => {
    const roots: Array<{ root: Node; dx: number; dy: number }> = [{ root: document.body, dx: 0, dy: 0 }];
    for (const el of Array.from(document.querySelectorAll('*'))) {
      if (el.shadowRoot && el.tagName.toLowerCase() !== 'publish-guard-ui')
        roots.push({ root: el.shadowRoot, dx: 0, dy: 0 });
      if (el instanceof HTMLIFrameElement && el.contentDocument?.body) {
        const r = el.getBoundingClientRect();
        roots.push({ root: el.contentDocument.body, dx: r.left + el.clientLeft, dy: r.top + el.clientTop });
      }
    }
    for (const { root, dx, dy } of roots) {
      const doc = (root.ownerDocument ?? document) as Document;
      const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const i = n.textContent?.indexOf(w) ?? -1;
        if (i < 0) continue;
        if ((n.parentElement?.closest('publish-guard-ui') ?? null) !== null) continue;
        const range = doc.createRange();
        range.setStart(n, i);
        range.setEnd(n, i + w.length);
        return Array.from(range.getClientRects()).map((r) => ({
          left: r.left + dx,
          top: r.top + dy,
          width: r.width,
          height: r.height,
        }));
      }
    }
    // Form controls: measure with a mirror element (independently of the extension's own code).
    for (const el of Array.from(
      document.querySelectorAll<HTMLTextAreaElement | HTMLInputElement>(
        'textarea, input[type=text], input:not([type])',
      ),
    )) {
      const i = el.value.indexOf(w);
      if (i < 0) continue;
      const cs = getComputedStyle(el);
      const box = el.getBoundingClientRect();
      const m = document.createElement('div');
      for (const p of [
        'fontFamily',
        'fontSize',
        'fontWeight',
        'lineHeight',
        'letterSpacing',
        'paddingTop',
        'paddingLeft',
        'paddingRight',
        'paddingBottom',
        'borderTopWidth',
        'borderLeftWidth',
        'borderRightWidth',
        'borderBottomWidth',
        'boxSizing',
        'width',
        'textIndent',
      ] as const) {
        (m.style as unknown as Record<string, string>)[p] = cs[p] as string;
      }
      Object.assign(m.style, {
        position: 'fixed',
        left: `${box.left}px`,
        top: `${box.top}px`,
        visibility: 'hidden',
        whiteSpace: el instanceof HTMLTextAreaElement ? 'pre-wrap' : 'pre',
        overflowWrap: 'break-word',
        borderStyle: 'solid',
      });
      m.textContent = el.value.slice(0, i);
      const s = document.createElement('span');
      s.textContent = w;
      m.appendChild(s);
      document.documentElement.appendChild(m);
      const rects = Array.from(s.getClientRects()).map((r) => ({
        left: r.left,
        top: r.top - el.scrollTop,
        width: r.width,
        height: r.height,
      }));
      m.remove();
      return rects;
    }
    return [];
  }, word);
}
