import { defineContentScript } from 'wxt/utils/define-content-script';

export default defineContentScript({
  matches: ['https://weibo.com/*', 'https://www.weibo.com/*', 'https://card.weibo.com/*', 'https://m.weibo.cn/*'],
  runAt: 'document_idle',
  cssInjectionMode: 'ui',
  async main(ctx) {
    const { startEditorSession } = await import('../../lib/content/session');
    await startEditorSession(ctx, 'weibo');
  },
});
