// How the Node CLI is bundled (scripts/build-cli.mjs builds dist/cli.cjs with it; npm run bench:cli too).
// CommonJS, so that bin/load-cli.mjs can compile it through vm.Script with V8's code cache.

/**
 * Leaves zod's translated error messages (zod/v4/locales, ≈ 300 KB of the bundle) out: the CLI never asks for a
 * locale (`z.locales` is then empty), and zod's default English messages come from locales/en.js, which the
 * schemas import on their own. Every start reads, compiles and runs less code.
 */
const noZodLocales = {
  name: 'no-zod-locales',
  setup(build) {
    build.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, (args) =>
      /[\\/]zod[\\/]v4[\\/]/.test(args.importer) ? { path: 'zod-locales', namespace: 'no-zod-locales' } : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'no-zod-locales' }, () => ({ contents: 'export {};', loader: 'js' }));
  },
};

export function cliBundleOptions(entry, outfile) {
  return {
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    // Native addon and data packages stay external (resolved from node_modules at run time).
    external: ['nodehun', 'dictionary-en', 'nspell'],
    // The sources use import.meta.url (package root, createRequire): the bundle's own file URL.
    define: { 'import.meta.url': '__pgImportMetaUrl' },
    banner: { js: "const __pgImportMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
    // No comments or indentation: a smaller, one-byte (ASCII) source reads, hashes and compiles faster.
    minifyWhitespace: true,
    plugins: [noZodLocales],
    logLevel: 'warning',
  };
}
