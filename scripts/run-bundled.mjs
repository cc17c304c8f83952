// Runs a TypeScript script the way production code runs: bundled by esbuild (no keep-names
// wrappers, unlike tsx), so benchmarks measure the shipped code paths.
//   node [--expose-gc] scripts/run-bundled.mjs scripts/bench.ts [args…]
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { build } from 'esbuild';

const [entry, ...args] = process.argv.slice(2);
if (!entry) {
  console.error('usage: node scripts/run-bundled.mjs <script.ts> [args…]');
  process.exit(2);
}
const outdir = resolve('node_modules/.cache/publish-guard-scripts');
mkdirSync(outdir, { recursive: true });
const outfile = join(outdir, `${basename(entry, '.ts')}.mjs`);
await build({
  entryPoints: [entry],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  alias: { 'wxt/browser': '@wxt-dev/webextension-polyfill/browser' },
  logLevel: 'warning',
});
const r = spawnSync(process.execPath, [...process.execArgv, outfile, ...args], { stdio: 'inherit' });
process.exit(r.status ?? 1);
