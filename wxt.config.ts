import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

// Editor hosts are the only hosts the extension may touch (see README "权限").
const EDITOR_HOSTS = [
  'https://mp.weixin.qq.com/*',
  'https://weibo.com/*',
  'https://www.weibo.com/*',
  'https://card.weibo.com/*',
  'https://m.weibo.cn/*',
];

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Explicit imports everywhere: lib/ must stay free of WXT globals so it runs in Node too.
  imports: false,
  vite: () => ({
    plugins: [preact()],
    build: { target: 'chrome109' },
  }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'zh_CN',
    permissions: ['storage', 'alarms', 'unlimitedStorage'],
    host_permissions: EDITOR_HOSTS,
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: { id: 'publish-guard@example.gov.cn', strict_min_version: '115.0' },
          },
        }
      : { minimum_chrome_version: '109' }),
    action: { default_title: '__MSG_actionTitle__' },
    icons: { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' },
    storage: { managed_schema: 'managed_schema.json' },
  }),
});
