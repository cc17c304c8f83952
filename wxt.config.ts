import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
// Editor hosts are the only hosts the extension may touch (see README "权限"); one list, lib/editors/hosts.ts.
import { EDITOR_MATCH_PATTERNS } from './lib/editors/hosts';

/**
 * Data shipped next to the code and loaded at run time (never bundled into scripts): dictionaries,
 * character tables, the Hunspell dictionary and the AutoCorrect WebAssembly module.
 */
function dataAssets(): Array<{ absoluteSrc: string; relativeDest: string }> {
  const dict = resolve('dictionaries');
  const manifest = JSON.parse(readFileSync(resolve(dict, 'manifest.json'), 'utf8')) as {
    dictionaries: string[];
    data: Record<string, string>;
  };
  const files = ['manifest.json', ...manifest.dictionaries, ...Object.values(manifest.data)];
  return [
    ...files.map((f) => ({ absoluteSrc: resolve(dict, f), relativeDest: `data/${f}` })),
    { absoluteSrc: resolve('node_modules/dictionary-en/index.aff'), relativeDest: 'data/en/index.aff' },
    { absoluteSrc: resolve('node_modules/dictionary-en/index.dic'), relativeDest: 'data/en/index.dic' },
    {
      absoluteSrc: resolve('node_modules/@huacnlee/autocorrect/autocorrect_bg.wasm'),
      relativeDest: 'data/autocorrect.wasm',
    },
  ];
}

const TEAM_SERVER_PATTERNS = ['https://*/*', 'http://127.0.0.1/*', 'http://localhost/*'] as const;

export default defineConfig({
  hooks: {
    'build:publicAssets': (_wxt, files) => {
      files.push(...dataAssets());
    },
  },
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
    // scripting: registers the page-world publish backstop (lib/background/backstop.ts) on the editor hosts only.
    permissions: ['storage', 'alarms', 'unlimitedStorage', 'scripting'],
    host_permissions: [...EDITOR_MATCH_PATTERNS],
    // Team review: the unit's CouchDB server, requested for its one origin when team mode is set up
    // (Firefox's MV2 manifest lists optional host permissions with the optional permissions).
    ...(browser === 'firefox'
      ? { optional_permissions: [...TEAM_SERVER_PATTERNS] }
      : { optional_host_permissions: [...TEAM_SERVER_PATTERNS] }),
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'publish-guard@example.gov.cn',
              strict_min_version: '115.0',
              // Everything stays in the browser: no data is collected or transmitted.
              data_collection_permissions: { required: ['none'] },
            },
          },
          // AutoCorrect (typography) runs as WebAssembly in the background page.
          content_security_policy: "script-src 'self' 'wasm-unsafe-eval'; object-src 'self'",
        }
      : {
          minimum_chrome_version: '109',
          content_security_policy: { extension_pages: "script-src 'self' 'wasm-unsafe-eval'; object-src 'self'" },
        }),
    action: { default_title: '__MSG_actionTitle__' },
    icons: { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' },
    storage: { managed_schema: 'managed_schema.json' },
  }),
});
