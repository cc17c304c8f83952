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
// The checkout the script belongs to. The bundle is written inside it (.cache/, git-ignored), not under
// node_modules, which may be a symlink into another checkout: from there packageRoot() would find that
// checkout's dictionaries. Packages still resolve through this checkout's node_modules.
let checkout = dirname(realpathSync(resolve(entry)));
while (!existsSync(join(checkout, 'package.json')) && dirname(checkout) !== checkout) checkout = dirname(checkout);
const tag = createHash('sha256').update(checkout).digest('hex').slice(0, 12);
const outdir = join(checkout, '.cache/publish-guard-scripts', tag);
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
