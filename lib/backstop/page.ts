import { BACKSTOP_PING_EVENT, BACKSTOP_REQUEST_EVENT, publishEndpoint } from './endpoints';

/**
 * Runs in the page's own world at document_start: wraps fetch and XMLHttpRequest so that a publish request the
 * click gate did not see is reported to the content script before it leaves. The content script answers by
 * cancelling the (synchronous, cancelable) event; the page can only ever add cancellations through this channel,
 * never authorise anything. A cancelled request fails the way a network error does.
 */
export function installBackstop(win: Window & typeof globalThis): void {
  const doc = win.document;
  const flag = '__publishGuardBackstop';
  if ((win as unknown as Record<string, unknown>)[flag]) return;
  Object.defineProperty(win, flag, { value: true });

  /** True when the request may go ahead. */
  const ask = (url: string, method: string): boolean => {
    const endpoint = publishEndpoint(url, doc.baseURI);
    if (!endpoint) return true;
    const ev = new CustomEvent(BACKSTOP_REQUEST_EVENT, {
      cancelable: true,
      detail: JSON.stringify({ endpoint, method }),
    });
    return doc.dispatchEvent(ev);
  };

  // Lets the content script find out that the backstop runs (自检).
  doc.addEventListener(BACKSTOP_PING_EVENT, (e) => e.preventDefault());

  const origFetch = win.fetch;
  if (typeof origFetch === 'function') {
    const wrapped = function fetch(this: unknown, input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
      const url = typeof input === 'string' ? input : input instanceof URL ? input.href : (input as Request).url;
      const method = init?.method ?? (typeof input === 'object' && 'method' in input ? input.method : 'GET');
      if (!ask(url, method)) {
        return Promise.reject(new TypeError('发布审校：这次发布请求未经发布前检查，已拦截。'));
      }
      return origFetch.call(win, input, init);
    };
    win.fetch = wrapped as typeof fetch;
  }

  const proto = win.XMLHttpRequest?.prototype;
  if (proto) {
    const target = new WeakMap<XMLHttpRequest, { url: string; method: string }>();
    const origOpen = proto.open;
    const origSend = proto.send;
    proto.open = function open(this: XMLHttpRequest, method: string, url: string | URL, ...rest: unknown[]) {
      target.set(this, { url: String(url), method });
      return (origOpen as (...a: unknown[]) => void).call(this, method, url, ...rest);
    } as typeof proto.open;
    proto.send = function send(this: XMLHttpRequest, body?: Document | XMLHttpRequestBodyInit | null) {
      const t = target.get(this);
      if (t && !ask(t.url, t.method)) {
        // Fail like a network error: the page's own error handling runs, nothing is sent.
        setTimeout(() => {
          this.dispatchEvent(new ProgressEvent('error'));
          this.dispatchEvent(new ProgressEvent('loadend'));
        }, 0);
        return;
      }
      return origSend.call(this, body);
    };
  }
}
