/**
 * The one list of editor hosts. The manifest (host permissions and content-script matches, wxt.config.ts), the
 * background (tabs it talks to, the page backstop) and the adapters' `matches()` all derive from it; a unit test
 * ties them together. No other host is ever touched.
 */
export const EDITOR_HOSTS = ['mp.weixin.qq.com', 'weibo.com', 'www.weibo.com', 'card.weibo.com', 'm.weibo.cn'] as const;
export type EditorHost = (typeof EDITOR_HOSTS)[number];

/** Match patterns for every editor host (`https://<host>/*`). */
export const EDITOR_MATCH_PATTERNS: readonly string[] = EDITOR_HOSTS.map((h) => `https://${h}/*`);

/** Content-script groups: WeChat pages run one bundle, the Weibo family another. */
export const CONTENT_SCRIPT_MATCHES = {
  wechat: ['https://mp.weixin.qq.com/cgi-bin/appmsg*'],
  weibo: ['https://weibo.com/*', 'https://www.weibo.com/*', 'https://card.weibo.com/*', 'https://m.weibo.cn/*'],
} as const;
