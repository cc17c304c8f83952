// How the Node CLI is bundled (scripts/build-cli.mjs builds dist/cli.cjs with it; npm run bench:cli too).
// CommonJS, so that bin/load-cli.cjs can compile it through vm.Script with V8's code cache.

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

/**
 * Escapes every non-ASCII character left in the bundle as \uXXXX. esbuild escapes them in strings and templates but
 * leaves regular expression literals as written (/应为|应是/), and some 7,000 such characters made V8 hold the whole
 * 1 MB source as a two-byte string (2 MB of heap, UTF-8 decoding on every start). \uXXXX means the same code unit in
 * a regex literal (u flag or not, in a class or not), in a comment nothing; a character after an identity escape
 * (\。, non-u regexes only) is the character itself, so that backslash goes. esbuild writes raw non-ASCII nowhere
 * else but in comments. The source map is left as it is: columns after such a regex on a line are off by the
 * escapes' length.
 */
export function asciiOnly(text) {
  return text.replace(/(\\*)([^\x00-\x7f])/g, (_, slashes, c) => {
    const u = `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
    // An odd run of backslashes: the last escapes this character (an identity escape), drop it.
    return slashes.length % 2 ? `${slashes.slice(1)}${u}` : `${slashes}${u}`;
  });
}

/** asciiOnly on the bundle esbuild writes (to disk, or in outputFiles with write: false); not on its source map. */
const asciiOutput = {
  name: 'ascii-output',
  setup(build) {
    build.onEnd(async (result) => {
      if (result.errors.length) return;
      const { readFile, writeFile } = await import('node:fs/promises');
      const isCode = (path) => /\.[cm]?js$/.test(path);
      if (result.outputFiles) {
        result.outputFiles = result.outputFiles.map((f) => {
          if (!isCode(f.path)) return f;
          const contents = new TextEncoder().encode(asciiOnly(f.text));
          return {
            path: f.path,
            hash: f.hash,
            contents,
            get text() {
              return new TextDecoder().decode(contents);
            },
          };
        });
        return;
      }
      const out = build.initialOptions.outfile;
      if (out && isCode(out)) await writeFile(out, asciiOnly(await readFile(out, 'utf8')));
    });
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
    plugins: [noZodLocales, asciiOutput],
    logLevel: 'warning',
  };
}
