import '../../components/overlay/overlay.css';
import { defineContentScript } from 'wxt/utils/define-content-script';

export default defineContentScript({
  matches: ['https://mp.weixin.qq.com/cgi-bin/appmsg*'],
  // document_start: the publish gate's capture listeners are registered before the site's own.
  runAt: 'document_start',
  cssInjectionMode: 'ui',
  async main(ctx) {
    const { startEditorSession } = await import('../../lib/content/session');
    await startEditorSession(ctx, 'wechat');
  },
});
