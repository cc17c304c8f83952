import type { Page } from 'puppeteer';
import type { Harness } from './harness';

/** Helpers for driving the extension's own UI (overlay in the editor page, extension pages). */

export interface Mark {
  rule: string;
  severity: string;
  fingerprint: string;
  rect: { left: number; top: number; width: number; height: number };
}

interface CdpNode {
  nodeName: string;
  backendNodeId: number;
  children?: CdpNode[];
  shadowRoots?: CdpNode[];
  contentDocument?: CdpNode;
}

const sessions = new WeakMap<Page, import('puppeteer').CDPSession>();

async function cdpOf(page: Page): Promise<import('puppeteer').CDPSession> {
  let s = sessions.get(page);
  if (!s) {
    s = await page.createCDPSession();
    sessions.set(page, s);
  }
  return s;
}

/**
 * Runs `fn` with the overlay's shadow root as its first argument. The root is closed — the page cannot reach it —
 * so the test goes through the DevTools protocol (as DevTools itself does): find the host in the pierced DOM tree,
 * resolve its shadow root to a remote object, call the function on it. Returns null when there is no overlay.
 */
export async function inOverlay<T, A extends unknown[]>(
  page: Page,
  fn: (root: ShadowRoot, ...args: A) => T,
  ...args: A
): Promise<Awaited<T> | null> {
  const cdp = await cdpOf(page);
  const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
  const find = (n: CdpNode): CdpNode | undefined => {
    if (n.nodeName === 'PUBLISH-GUARD-UI') return n.shadowRoots?.[0];
    for (const c of n.children ?? []) {
      const hit = find(c);
      if (hit) return hit;
    }
    return undefined;
  };
  const shadow = find(root);
  if (!shadow) return null;
  const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId });
  if (!object.objectId) return null;
  const r = await cdp.send('Runtime.callFunctionOn', {
    objectId: object.objectId,
    // The remote object is `this`; the test's function takes it as its first argument.
    functionDeclaration: `function (...args) { return (${fn.toString()})(this, ...args); }`,
    arguments: args.map((value) => ({ value })),
    returnByValue: true,
    awaitPromise: true,
  });
  await cdp.send('Runtime.releaseObject', { objectId: object.objectId }).catch(() => undefined);
  if (r.exceptionDetails)
    throw new Error(`in overlay: ${r.exceptionDetails.exception?.description ?? r.exceptionDetails.text}`);
  return r.result.value as Awaited<T>;
}

/** Polls a query in the overlay until it returns a truthy value. */
export async function waitInOverlay<T, A extends unknown[]>(
  page: Page,
  what: string,
  fn: (root: ShadowRoot, ...args: A) => T,
  ...args: A
): Promise<Awaited<T>> {
  return until(
    () => inOverlay(page, fn, ...args),
    (v) => Boolean(v),
    what,
  ) as Promise<Awaited<T>>;
}

/** Underlines currently drawn by the overlay (viewport coordinates). */
export async function marks(page: Page): Promise<Mark[]> {
  return (
    (await inOverlay(page, (root) =>
      Array.from(root.querySelectorAll<HTMLElement>('.pg-mark')).map((m) => {
        const r = m.getBoundingClientRect();
        return {
          rule: m.dataset.rule ?? '',
          severity: m.dataset.severity ?? '',
          fingerprint: m.dataset.fingerprint ?? '',
          rect: { left: r.left, top: r.top, width: r.width, height: r.height },
        };
      }),
    )) ?? []
  );
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

/** Text of an element inside the overlay's shadow root (null when absent). */
export async function overlayText(page: Page, selector: string): Promise<string | null> {
  return (await inOverlay(page, (root, sel) => root.querySelector(sel)?.textContent ?? null, selector)) ?? null;
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

export async function clickOverlay(page: Page, selector: string): Promise<void> {
  const ok = await inOverlay(
    page,
    (root, sel) => {
      const el = root.querySelector<HTMLElement>(sel);
      if (!el) return false;
      el.click();
      return true;
    },
    selector,
  );
  if (!ok) throw new Error(`no ${selector} in overlay`);
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
  const page = await extensionPage(h, 'records.html');
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
  const ext = await extensionPage(h, 'records.html');
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
    // Form controls: measure with a mirror element built differently from the extension's: it copies EVERY computed
    // property of the control, then overrides the box to the control's client area (no scrollbar), and clips.
    for (const el of Array.from(
      document.querySelectorAll<HTMLTextAreaElement | HTMLInputElement>(
        'textarea, input[type=text], input:not([type])',
      ),
    )) {
      const i = el.value.indexOf(w);
      if (i < 0) continue;
      const cs = getComputedStyle(el);
      const box = el.getBoundingClientRect();
      const bl = Number.parseFloat(cs.borderLeftWidth) || 0;
      const bt = Number.parseFloat(cs.borderTopWidth) || 0;
      const client = { left: box.left + bl, top: box.top + bt, width: el.clientWidth, height: el.clientHeight };
      const m = document.createElement('div');
      for (let k = 0; k < cs.length; k++) {
        const prop = cs.item(k);
        m.style.setProperty(prop, cs.getPropertyValue(prop));
      }
      m.style.setProperty('position', 'fixed');
      m.style.setProperty('left', `${client.left}px`);
      m.style.setProperty('top', `${client.top}px`);
      m.style.setProperty('width', `${client.width}px`);
      m.style.setProperty('height', 'auto');
      m.style.setProperty('min-height', '0');
      m.style.setProperty('max-height', 'none');
      m.style.setProperty('box-sizing', 'border-box');
      m.style.setProperty('border', '0');
      m.style.setProperty('margin', '0');
      m.style.setProperty('overflow', 'visible');
      m.style.setProperty('visibility', 'hidden');
      m.style.setProperty('display', 'block');
      if (el instanceof HTMLTextAreaElement) {
        if (cs.whiteSpace === 'normal') m.style.setProperty('white-space', 'pre-wrap');
      } else m.style.setProperty('white-space', 'pre');
      m.textContent = el.value.slice(0, i);
      const s = document.createElement('span');
      s.textContent = w;
      m.appendChild(s);
      document.documentElement.appendChild(m);
      const rects = Array.from(s.getClientRects())
        .map((r) => ({ left: r.left - el.scrollLeft, top: r.top - el.scrollTop, width: r.width, height: r.height }))
        .filter(
          (r) =>
            r.top + r.height > client.top &&
            r.top < client.top + client.height &&
            r.left + r.width > client.left &&
            r.left < client.left + client.width,
        );
      m.remove();
      return rects;
    }
    return [];
  }, word);
}

/**
 * Polls `read` until `ok` holds (the one waiting helper: tests wait for conditions, never for time). Throws with
 * the last value when the condition does not hold within `timeout`.
 */
export async function until<T>(
  read: () => Promise<T>,
  ok: (value: T) => boolean,
  what: string,
  timeout = 10_000,
): Promise<T> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const value = await read();
    if (ok(value)) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; last value: ${JSON.stringify(value)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

export interface AuditRow {
  action: string;
  summary: string;
  details: Record<string, unknown>;
}

/** Audit records in the extension's IndexedDB (read from an extension page). */
export async function auditRecords(h: Harness): Promise<AuditRow[]> {
  const page = await extensionPage(h, 'popup.html');
  try {
    return await page.evaluate(
      () =>
        new Promise<AuditRow[]>((resolve, reject) => {
          const r = indexedDB.open('publish-guard');
          r.onerror = () => reject(r.error);
          r.onsuccess = () => {
            const db = r.result;
            if (!db.objectStoreNames.contains('audit')) return resolve([]);
            const get = db.transaction('audit').objectStore('audit').getAll();
            get.onsuccess = () => {
              resolve(
                (get.result as AuditRow[]).map((a) => ({ action: a.action, summary: a.summary, details: a.details })),
              );
              db.close();
            };
            get.onerror = () => reject(get.error);
          };
        }),
    );
  } finally {
    await page.close();
  }
}

/** The toolbar badge text the extension set for a tab (read in the service worker). */
export async function badgeText(h: Harness, tabId: number): Promise<string> {
  const target = await h.browser.waitForTarget(
    (t) => t.type() === 'service_worker' && t.url().startsWith(`chrome-extension://${h.extensionId}/`),
  );
  const worker = await target.worker();
  if (!worker) throw new Error('no service worker');
  return worker.evaluate(
    (id) =>
      (
        globalThis as unknown as { chrome: { action: { getBadgeText(d: { tabId: number }): Promise<string> } } }
      ).chrome.action.getBadgeText({ tabId: id }),
    tabId,
  );
}

/**
 * Stops the extension's service worker, as Chrome does after ~30 s without events (an open extension page does not
 * keep it alive). Anything it kept only in memory is gone; the next message starts it again.
 */
export async function stopServiceWorker(h: Harness): Promise<void> {
  const target = await h.browser.waitForTarget(
    (t) => t.type() === 'service_worker' && t.url().startsWith(`chrome-extension://${h.extensionId}/`),
  );
  const worker = await target.worker();
  if (!worker) throw new Error('no service worker to stop');
  await worker.close();
  await until(
    async () => h.browser.targets().some((t) => t.type() === 'service_worker' && t === target),
    (alive) => !alive,
    'the service worker to stop',
  );
}
