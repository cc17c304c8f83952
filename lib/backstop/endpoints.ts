/**
 * Publish endpoints of the editor sites (evidence: /work/shared/research/editors-evidence-2026-12.md and editors.md):
 * - mp.weixin.qq.com  /cgi-bin/masssend (XHR POST …?t=ajax-response; scheduled: action=time_send)      E1, E5
 *                     /cgi-bin/freepublish (发表 without mass notification)                           assumed, unverified
 * - weibo.com         /ajax/statuses/update, /ajax/statuses/repost (快转 is_fast=1), normal_repost       E10, E14, §2
 * - card.weibo.com    /article/v<N>/aj/editor/draft/publish                                            §3.4
 * - m.weibo.cn        /api/statuses/update, /api/statuses/repost                                       §4
 * Kept dependency-free: this module is bundled into the page-world backstop script.
 */
export const PUBLISH_ENDPOINTS: ReadonlyArray<{ host: RegExp; path: RegExp }> = [
  { host: /^mp\.weixin\.qq\.com$/, path: /^\/cgi-bin\/(masssend|freepublish)\b/ },
  { host: /^(www\.)?weibo\.com$/, path: /^\/ajax\/statuses\/(update|repost|normal_repost)\b/ },
  { host: /^card\.weibo\.com$/, path: /^\/article\/v\d+\/aj\/editor\/draft\/publish\b/ },
  { host: /^m\.weibo\.cn$/, path: /^\/api\/statuses\/(update|repost)\b/ },
];

/** The path of a publish request (origin + path, never the query), or undefined for any other request. */
export function publishEndpoint(url: string, base: string): string | undefined {
  let u: URL;
  try {
    u = new URL(url, base);
  } catch {
    return undefined;
  }
  for (const e of PUBLISH_ENDPOINTS)
    if (e.host.test(u.hostname) && e.path.test(u.pathname)) return `${u.origin}${u.pathname}`;
  return undefined;
}

/** DOM event names of the page-world ↔ content-script channel (a cancelable CustomEvent; see backstop-bridge.ts). */
export const BACKSTOP_REQUEST_EVENT = 'publish-guard:publish-request';
export const BACKSTOP_PING_EVENT = 'publish-guard:backstop-ping';
