import '../../components/overlay/overlay.css';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { startEditorSession } from '../../components/overlay/session';
import { CONTENT_SCRIPT_MATCHES } from '../../lib/editors/hosts';
import { weiboAdapter } from '../../lib/editors/weibo';
import { weiboArticleAdapter } from '../../lib/editors/weibo-article';
import { weiboMobileAdapter } from '../../lib/editors/weibo-mobile';

export default defineContentScript({
  matches: [...CONTENT_SCRIPT_MATCHES.weibo],
  // document_start: the publish gate's capture listeners are registered before the site's own.
  runAt: 'document_start',
  cssInjectionMode: 'ui',
  async main(ctx) {
    await startEditorSession(ctx, [weiboArticleAdapter, weiboMobileAdapter, weiboAdapter]);
  },
});
