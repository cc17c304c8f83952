import '../../components/overlay/overlay.css';
import { defineContentScript } from 'wxt/utils/define-content-script';

export default defineContentScript({
  matches: ['https://weibo.com/*', 'https://www.weibo.com/*', 'https://card.weibo.com/*', 'https://m.weibo.cn/*'],
  // document_start: the publish gate's capture listeners are registered before the site's own.
  runAt: 'document_start',
  cssInjectionMode: 'ui',
  async main(ctx) {
    const { startEditorSession } = await import('../../lib/content/session');
    await startEditorSession(ctx, 'weibo');
  },
});
