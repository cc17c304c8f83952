import '../../components/overlay/overlay.css';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { CONTENT_SCRIPT_MATCHES } from '../../lib/editors/hosts';

export default defineContentScript({
  matches: [...CONTENT_SCRIPT_MATCHES.weibo],
  // document_start: the publish gate's capture listeners are registered before the site's own.
  runAt: 'document_start',
  cssInjectionMode: 'ui',
  async main(ctx) {
    const { startEditorSession } = await import('../../components/overlay/session');
    const { weiboAdapter } = await import('../../lib/editors/weibo');
    const { weiboArticleAdapter } = await import('../../lib/editors/weibo-article');
    const { weiboMobileAdapter } = await import('../../lib/editors/weibo-mobile');
    await startEditorSession(ctx, [weiboArticleAdapter, weiboMobileAdapter, weiboAdapter]);
  },
});
