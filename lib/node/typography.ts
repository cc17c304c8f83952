import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as glue from '@huacnlee/autocorrect/autocorrect_bg.js';
import { INERT_CLASS, type TypographyProvider } from '../rules/typography';

const require = createRequire(import.meta.url);
const wasmPath = () => require.resolve('@huacnlee/autocorrect/autocorrect_bg.wasm');

/** AutoCorrect's WebAssembly build, the same binary the extension loads, read from node_modules. */
export function nodeTypography(): Promise<TypographyProvider> {
  return Promise.resolve(loadAutoCorrectSync());
}

let sync: TypographyProvider | undefined;

/**
 * AutoCorrect instantiated synchronously (Node compiles a module of any size synchronously), so it can be loaded
 * from inside a check, the first time a paragraph needs it; configured like lib/typography/autocorrect.ts does for
 * the extension. Once per process: the wasm-bindgen glue keeps views of ONE instance's memory.
 */
export function loadAutoCorrectSync(): TypographyProvider {
  if (sync) return sync;
  const instance = new WebAssembly.Instance(new WebAssembly.Module(readFileSync(wasmPath())), {
    './autocorrect_bg.js': glue as unknown as WebAssembly.ModuleImports,
  });
  glue.__wbg_set_wasm(instance.exports);
  (instance.exports as { __wbindgen_start?: () => void }).__wbindgen_start?.();
  glue.loadConfig(JSON.stringify({ rules: { spellcheck: 0 } }));
  sync = { name: 'autocorrect', format: (text: string) => glue.format(text) };
  return sync;
}

/**
 * Characters AutoCorrect replaces by another one (the typography rule's "width" edits) in Chinese text: full-width
 * letters and digits and the ideographic space (to half width) anywhere; ASCII punctuation other than . : ! (to full
 * width) anywhere, to stay on the safe side. Found by running AutoCorrect over every BMP character in a dozen
 * contexts and over a few hundred thousand short mixed strings; test/unit/cli/lazy-providers.test.ts checks it.
 */
const WIDTH_ALWAYS = /["-\-/;-@[-`{-~\u3000\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]/;
/** . : ! become full width only after a non-ASCII (CJK) character, spaces between allowed; never after a digit ("1.问题"). */
const WIDTH_AFTER_CJK = /[^\x00-\x7f] *[!.:]/;
/** The full-width colon becomes half width only between digits (时间：10:00); next to a Latin letter or digit, to be safe. */
const WIDTH_COLON = /[A-Za-z0-9][ \u3000]*\uff1a|\uff1a[ \u3000]*[A-Za-z0-9]/;
/**
 * Text AutoCorrect leaves exactly as it is: Han characters, Chinese punctuation and line breaks. Anything else (a
 * space, a Latin letter, a digit, an ASCII mark) may get spaces added or removed around it (the "spacing" edits).
 */
const UNTOUCHED = new RegExp(`^[${INERT_CLASS}\\r\\n]*$`);

/** Can AutoCorrect's output for `text` hold an edit the enabled typography rules report? */
export function typographyMayEdit(text: string, spacing: boolean): boolean {
  if (spacing) return !UNTOUCHED.test(text);
  return WIDTH_ALWAYS.test(text) || WIDTH_AFTER_CJK.test(text) || WIDTH_COLON.test(text);
}

/**
 * AutoCorrect, loaded the first time a paragraph may need it. Paragraphs that cannot hold a reported edit get
 * their own text back without calling it: most Chinese paragraphs, and so most small drafts, never load the
 * WebAssembly at all. `spacing`: whether the spacing rule (punctuation.cjk-spacing, off by default) is on.
 */
export function lazyTypography(spacing: boolean, load: () => TypographyProvider = loadAutoCorrectSync) {
  let real: TypographyProvider | undefined;
  const provider: TypographyProvider & { readonly loaded: boolean } = {
    name: 'autocorrect',
    format(text) {
      if (!typographyMayEdit(text, spacing)) return text;
      real ??= load();
      return real.format(text);
    },
    get loaded() {
      return real !== undefined;
    },
  };
  return provider;
}
