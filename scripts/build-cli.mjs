// Bundles the Node CLI (lib/cli/main.ts and everything it imports) into dist/cli.mjs.
import { build } from 'esbuild';

await build({
  entryPoints: ['lib/cli/main.ts'],
  outfile: 'dist/cli.mjs',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: true,
  // Native addon and data packages stay external (resolved from node_modules at run time).
  external: ['nodehun', 'dictionary-en', 'nspell'],
  banner: {
    js: "import { createRequire as __pgCreateRequire } from 'node:module'; const require = __pgCreateRequire(import.meta.url);",
  },
  logLevel: 'warning',
});
console.log('built dist/cli.mjs');
