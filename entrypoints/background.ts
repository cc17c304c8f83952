import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';

export default defineBackground({
  type: 'module',
  main() {
    browser.runtime.onMessage.addListener((message: unknown) => {
      if (message && typeof message === 'object' && (message as { type?: string }).type === 'ping') {
        return Promise.resolve({ ok: true, version: browser.runtime.getManifest().version });
      }
      return undefined;
    });
  },
});
