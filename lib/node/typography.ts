import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as glue from '@huacnlee/autocorrect/autocorrect_bg.js';
import { INERT_CLASS, type TypographyProvider } from '../rules/typography';
import { cacheKey, type EngineCache, readCached, writeCached } from './engine-cache';
import { fileIdentity } from './file-identity';

const require = createRequire(import.meta.url);
const wasmPath = () => require.resolve('@huacnlee/autocorrect/autocorrect_bg.wasm');

/** AutoCorrect's WebAssembly build, the same binary the extension loads, read from node_modules. */
export function nodeTypography(): Promise<TypographyProvider> {
  return Promise.resolve(loadAutoCorrectSync());
}

let sync: TypographyProvider | undefined;

/** AutoCorrect's configuration, as lib/typography/autocorrect.ts sets it for the extension. */
const CONFIG = JSON.stringify({ rules: { spellcheck: 0 } });
/**
 * Formatted once after the configuration: AutoCorrect builds its regular expressions on the first call (≈ 80 ms,
 * more than all later calls of a 20,000-character article), so the state kept in a snapshot has them built.
 */
const WARM_UP = '会议于2025年6月15日召开,使用Python编写：ＡＢＣ１２３，详见www.gov.cn。';
const SNAPSHOT = 'autocorrect-memory';

interface AutoCorrectExports {
  memory: WebAssembly.Memory;
  __wbindgen_export_0: WebAssembly.Table;
  __wbindgen_start?: () => void;
}

/**
 * AutoCorrect instantiated synchronously (Node compiles a module of any size synchronously), so it can be loaded
 * from inside a check, the first time a paragraph needs it; configured like lib/typography/autocorrect.ts does for
 * the extension. Once per process: the wasm-bindgen glue keeps views of ONE instance's memory.
 *
 * With a cache (the CLI's), the instance's memory as it is once configured and warmed up (WARM_UP) is kept there
 * (autocorrect-memory.v8, ≈ 12 MB) and copied into the next run's new instance instead of configuring it again: load
 * and first call ≈ 87 → 49 ms of CPU time (reading the snapshot ≈ 7 ms, copying it in ≈ 7 ms) for every run that
 * loads AutoCorrect. That memory is all the instance's state: the module's one mutable global is the stack pointer,
 * back at its start value between calls; it imports no clock and no randomness; its externref table only grows (to
 * the length it had, restored too) and holds no value between calls. Restored and fresh instances formatted every
 * line of test/eval and 100,000 random mixes alike (198,815 strings); test/unit/cli/check.test.ts compares the CLI's
 * typography findings from a restored instance with a fresh one's.
 */
export function loadAutoCorrectSync(cache?: EngineCache): TypographyProvider {
  if (sync) return sync;
  const path = wasmPath();
  const instance = new WebAssembly.Instance(new WebAssembly.Module(readFileSync(path)), {
    './autocorrect_bg.js': glue as unknown as WebAssembly.ModuleImports,
  });
  const wasm = instance.exports as unknown as AutoCorrectExports;
  glue.__wbg_set_wasm(instance.exports);
  wasm.__wbindgen_start?.();
  let key: string | undefined;
  try {
    key = cache
      ? cacheKey(cache, [
          ['autocorrect', fileIdentity(path)],
          ['config', CONFIG],
          ['warm-up', WARM_UP],
        ])
      : undefined;
  } catch {
    key = undefined;
  }
  if (!(key && restore(wasm, readCached(cache!, SNAPSHOT, key)))) {
    glue.loadConfig(CONFIG);
    glue.format(WARM_UP);
    if (key) {
      const memory = new Uint8Array(wasm.memory.buffer.slice(0));
      writeCached(cache!, SNAPSHOT, key, { memory, table: wasm.__wbindgen_export_0.length }, { building: false });
    }
  }
  sync = { name: 'autocorrect', format: (text: string) => glue.format(text) };
  return sync;
}

/** Copies a snapshot of a configured instance into a new one (just started); false if `v` is none. */
function restore(wasm: AutoCorrectExports, v: unknown): boolean {
  if (!v || typeof v !== 'object') return false;
  const { memory, table } = v as { memory?: unknown; table?: unknown };
  const now = wasm.memory.buffer.byteLength;
  if (!(memory instanceof Uint8Array) || memory.length % 65536 !== 0 || memory.length < now) return false;
  if (typeof table !== 'number' || !Number.isInteger(table) || table < wasm.__wbindgen_export_0.length) return false;
  if (memory.length > now) wasm.memory.grow((memory.length - now) / 65536);
  if (table > wasm.__wbindgen_export_0.length) wasm.__wbindgen_export_0.grow(table - wasm.__wbindgen_export_0.length);
  new Uint8Array(wasm.memory.buffer).set(memory);
  return true;
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
