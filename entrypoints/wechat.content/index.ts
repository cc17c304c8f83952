import '../../components/overlay/overlay.css';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { CONTENT_SCRIPT_MATCHES } from '../../lib/editors/hosts';

export default defineContentScript({
  matches: [...CONTENT_SCRIPT_MATCHES.wechat],
  // document_start: the publish gate's capture listeners are registered before the site's own.
  runAt: 'document_start',
  cssInjectionMode: 'ui',
  async main(ctx) {
    const { startEditorSession } = await import('../../components/overlay/session');
    const { wechatAdapter } = await import('../../lib/editors/wechat');
    await startEditorSession(ctx, [wechatAdapter]);
  },
});
