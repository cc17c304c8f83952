// AutoCorrect (huacnlee/autocorrect, MIT) compiled to WebAssembly: the same binary runs in Node (CLI,
// tests) and in the extension background, so typography findings are identical everywhere.
import * as glue from '@huacnlee/autocorrect/autocorrect_bg.js';
import type { TypographyProvider } from '../rules/typography';

let ready: TypographyProvider | undefined;

/** Instantiates the AutoCorrect WASM from its bytes (once per realm) and returns a provider. */
export async function loadAutoCorrect(wasm: BufferSource): Promise<TypographyProvider> {
  if (ready) return ready;
  const { instance } = await WebAssembly.instantiate(wasm, {
    './autocorrect_bg.js': glue as unknown as WebAssembly.ModuleImports,
  });
  glue.__wbg_set_wasm(instance.exports);
  (instance.exports as { __wbindgen_start?: () => void }).__wbindgen_start?.();
  // Chinese official prose: keep spell checking off; spacing rules stay on (reported as their own, optional rule).
  glue.loadConfig(JSON.stringify({ rules: { spellcheck: 0 } }));
  ready = { name: 'autocorrect', format: (text: string) => glue.format(text) };
  return ready;
}
