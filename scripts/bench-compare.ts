/**
 * Before/after benchmark in ONE process: the core checker of another checkout (e.g. main, unpacked with
 * `git archive main | tar -x -C /tmp/pg-main` and its node_modules linked) against this one, on the same
 * 20,000-character article, runs interleaved so both see the same machine load. Prints medians of wall time and
 * of process CPU time (less sensitive to other processes on a shared machine) and their ratio.
 *   node scripts/run-bundled.mjs scripts/bench-compare.ts <other-checkout> [--runs 31]
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import type { Checker } from '../lib/engine/checker';
import { createNodeEngine } from '../lib/node/engine';
import { packageRoot } from '../lib/node/paths';
import { article } from './bench-data';
import { table } from './print-table';

const other = process.argv[2] && !process.argv[2].startsWith('--') ? resolve(process.argv[2]) : undefined;
if (!other) {
  console.error('usage: bench-compare.ts <other-checkout> [--runs N]');
  process.exit(2);
}
const at = process.argv.indexOf('--runs');
const RUNS = at > 0 ? Number(process.argv[at + 1]) : 31;
const outdir = join(other, 'node_modules', '.cache', 'pg-compare');
mkdirSync(outdir, { recursive: true });
const outfile = join(outdir, 'engine.mjs');
await build({
  entryPoints: [join(other, 'lib/node/engine.ts')],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  logLevel: 'error',
});
const theirs = (await import(pathToFileURL(outfile).href)) as { createNodeEngine: typeof createNodeEngine };

const full = article(packageRoot(), 20_000);
let text = full;
const today = '2025-06-15';
const t0 = performance.now();
const before = (await theirs.createNodeEngine({ passes: 'core' })).checker;
const buildBefore = performance.now() - t0;
const t1 = performance.now();
const after = (await createNodeEngine({ passes: 'core' })).checker;
const buildAfter = performance.now() - t1;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
function once(c: Checker): [number, number] {
  c.clearCache();
  const u = process.cpuUsage();
  const t = performance.now();
  c.check({ platform: 'wechat', body: text }, { today });
  const wall = performance.now() - t;
  const d = process.cpuUsage(u);
  return [wall, (d.user + d.system) / 1000];
}
const f = (n: number) => n.toFixed(2);
const rows: string[][] = [];
for (const size of [2_000, 20_000]) {
  text = full.slice(0, size);
  for (let i = 0; i < 10; i++) {
    once(before);
    once(after);
  }
  const wall: [number[], number[]] = [[], []];
  const cpu: [number[], number[]] = [[], []];
  for (let i = 0; i < RUNS; i++) {
    // alternate which goes first, so neither always runs on a warmer cache
    const order: Array<[Checker, 0 | 1]> =
      i % 2
        ? [
            [before, 0],
            [after, 1],
          ]
        : [
            [after, 1],
            [before, 0],
          ];
    for (const [c, k] of order) {
      const [w, u] = once(c);
      wall[k].push(w);
      cpu[k].push(u);
    }
  }
  rows.push(
    [
      `${size} chars: median wall ms`,
      f(median(wall[0])),
      f(median(wall[1])),
      `${(median(wall[1]) / median(wall[0])).toFixed(2)}×`,
    ],
    [
      `${size} chars: median CPU ms`,
      f(median(cpu[0])),
      f(median(cpu[1])),
      `${(median(cpu[1]) / median(cpu[0])).toFixed(2)}×`,
    ],
  );
}
console.log(`full core check (content script), empty paragraph cache, ${RUNS} interleaved runs each`);
console.log(`before: ${other}; after: ${packageRoot()}`);
rows.push(['engine build ms (once)', f(buildBefore), f(buildAfter), `${(buildAfter / buildBefore).toFixed(2)}×`]);
table('Before / after', ['measure', 'before', 'after', 'after / before'], rows);
