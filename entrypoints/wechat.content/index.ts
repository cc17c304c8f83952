import { defineContentScript } from 'wxt/utils/define-content-script';

export default defineContentScript({
  matches: ['https://mp.weixin.qq.com/cgi-bin/appmsg*'],
  runAt: 'document_idle',
  cssInjectionMode: 'ui',
  async main(ctx) {
    const { startEditorSession } = await import('../../lib/content/session');
    await startEditorSession(ctx, 'wechat');
  },
});
