import '../../components/overlay/overlay.css';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { startEditorSession } from '../../components/overlay/session';
import { CONTENT_SCRIPT_MATCHES } from '../../lib/editors/hosts';
import { wechatAdapter } from '../../lib/editors/wechat';

export default defineContentScript({
  matches: [...CONTENT_SCRIPT_MATCHES.wechat],
  // document_start: the publish gate's capture listeners are registered before the site's own.
  runAt: 'document_start',
  cssInjectionMode: 'ui',
  async main(ctx) {
    await startEditorSession(ctx, [wechatAdapter]);
  },
});
