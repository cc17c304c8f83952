import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { TypographyProvider } from '../rules/typography';
import { loadAutoCorrect } from '../typography/autocorrect';

/** AutoCorrect's WebAssembly build, the same binary the extension loads, read from node_modules. */
export function nodeTypography(): Promise<TypographyProvider> {
  const require = createRequire(import.meta.url);
  const wasm = require.resolve('@huacnlee/autocorrect/autocorrect_bg.wasm');
  return loadAutoCorrect(readFileSync(wasm));
}
