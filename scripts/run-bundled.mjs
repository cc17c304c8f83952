// Runs a TypeScript script the way production code runs: bundled by esbuild (no keep-names
// wrappers, unlike tsx), so benchmarks measure the shipped code paths.
//   node [--expose-gc] scripts/run-bundled.mjs scripts/bench.ts [args…]
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, realpathSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { build } from 'esbuild';

const [entry, ...args] = process.argv.slice(2);
if (!entry) {
  console.error('usage: node scripts/run-bundled.mjs <script.ts> [args…]');
  process.exit(2);
}
// The checkout the script belongs to. The bundle is written under node_modules, which may be a symlink into
// another checkout; Node then runs it from there, so the script learns its checkout from PUBLISH_GUARD_CHECKOUT.
let checkout = dirname(realpathSync(resolve(entry)));
while (!existsSync(join(checkout, 'package.json')) && dirname(checkout) !== checkout) checkout = dirname(checkout);
// One folder per checkout, so two checkouts sharing node_modules do not overwrite each other's bundle.
const tag = createHash('sha256').update(checkout).digest('hex').slice(0, 12);
const outdir = resolve('node_modules/.cache/publish-guard-scripts', tag);
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
const r = spawnSync(process.execPath, [...process.execArgv, outfile, ...args], {
  stdio: 'inherit',
  env: { ...process.env, PUBLISH_GUARD_CHECKOUT: checkout },
});
process.exit(r.status ?? 1);
