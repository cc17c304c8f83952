/**
 * npm run bench:cli — the CLI from process start, this checkout against a baseline commit (default: where this
 * branch left main), in the same run. Both are bundled exactly as scripts/build-cli.mjs bundles dist/cli.mjs; runs
 * alternate between the two so machine noise hits both alike. Prints medians and ratios, and checks that both
 * print the same bytes and exit with the same status.
 *   node scripts/run-bundled.mjs scripts/bench-cli.ts [--quick] [--base REV]
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { packageRoot } from '../lib/node/paths';
import { table } from './print-table';

const root = packageRoot();
const quick = process.argv.includes('--quick');
const RUNS = quick ? 7 : 21;
const ARTICLES = quick ? 6 : 11;
const baseArg = process.argv.indexOf('--base');
const git = (...args: string[]) => {
  const r = spawnSync('git', args, { cwd: root, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr.trim()}`);
  return r.stdout.trim();
};
const baseRev = baseArg > 0 ? process.argv[baseArg + 1]! : 'main';
// Default: the commit this branch started from, i.e. today's build before this branch's changes.
const baseSha = baseArg > 0 ? git('rev-parse', `${baseRev}^{commit}`) : git('merge-base', 'main', 'HEAD');
const work = join(root, 'node_modules/.cache/publish-guard-bench');
mkdirSync(work, { recursive: true });

/** Bundles `<dir>/lib/cli/main.ts` like scripts/build-cli.mjs does, plus a runner that calls it like bin/ does. */
async function bundle(dir: string, name: string): Promise<string> {
  const outfile = join(work, `${name}.mjs`);
  await build({
    entryPoints: [join(dir, 'lib/cli/main.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    external: ['nodehun', 'dictionary-en', 'nspell'],
    banner: {
      js: "import { createRequire as __pgCreateRequire } from 'node:module'; const require = __pgCreateRequire(import.meta.url);",
    },
    logLevel: 'warning',
  });
  const runner = join(work, `run-${name}.mjs`);
  writeFileSync(runner, `const { run } = await import('./${name}.mjs');\nawait run(process.argv.slice(2));\n`);
  return runner;
}

// The baseline's sources, taken from git (lib/ is all the CLI bundles); node_modules and dictionaries/ are shared.
const baseDir = join(work, `src-${baseSha.slice(0, 12)}`);
if (!existsSync(join(baseDir, 'lib/cli/main.ts'))) {
  rmSync(baseDir, { recursive: true, force: true });
  mkdirSync(baseDir, { recursive: true });
  const tar = spawnSync('git', ['archive', '--format=tar', baseSha, 'lib'], { cwd: root, maxBuffer: 1 << 30 });
  if (tar.status !== 0) throw new Error(`git archive ${baseSha}: ${tar.stderr}`);
  const x = spawnSync('tar', ['-x', '-C', baseDir], { input: tar.stdout });
  if (x.status !== 0) throw new Error(`tar: ${x.stderr}`);
}
const runners = { base: await bundle(baseDir, 'cli-base'), head: await bundle(root, 'cli-head') };

// Inputs: real official prose (test/eval/corpus), a small Chinese file, the same with a Latin word, and distinct
// 20,000-character articles.
const corpusDir = join(root, 'test/eval/corpus');
const corpus = readdirSync(corpusDir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => readFileSync(join(corpusDir, f), 'utf8'))
  .join('\n');
const inputs = join(work, 'inputs');
rmSync(inputs, { recursive: true, force: true });
mkdirSync(inputs, { recursive: true });
const put = (name: string, text: string) => {
  const p = join(inputs, name);
  writeFileSync(p, text);
  return p;
};
const small = put('small.txt', corpus.slice(0, 400));
const smallLatin = put('small-latin.txt', `${corpus.slice(0, 400)}\n详见 Goverment Work Report（2025）。`);
const articles: string[] = [];
for (let i = 0; i < ARTICLES; i++) {
  const at = (i * 15_013) % Math.max(1, corpus.length - 20_000);
  articles.push(put(`article-${String(i).padStart(2, '0')}.txt`, corpus.slice(at, at + 20_000)));
}
const allRules = put('all-rules.json', JSON.stringify({ rules: { 'punctuation.cjk-spacing': 'info' } }));

interface Case {
  label: string;
  args: string[];
}
const common = ['check', '--format', 'json', '--now', '2025-06-15'];
const cases: Case[] = [
  { label: 'small Chinese file (400 chars), defaults', args: [...common, small] },
  { label: 'small file with a Latin word, defaults', args: [...common, smallLatin] },
  { label: '1 article (20,000 chars), all rules', args: [...common, '--config', allRules, articles[0]!] },
  {
    label: `${ARTICLES} articles, all rules`,
    args: [...common, '--config', allRules, ...articles],
  },
];

function runOnce(runner: string, args: string[]): { ms: number; out: string; status: number | null } {
  const t = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [runner, ...args], { encoding: 'utf8', maxBuffer: 1 << 28 });
  const ms = Number(process.hrtime.bigint() - t) / 1e6;
  return { ms, out: r.stdout, status: r.status };
}
function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[s.length >> 1]!;
}

console.log(`Publish Guard CLI benchmark — Node ${process.version}, ${RUNS} runs per figure (median), interleaved`);
console.log(
  `baseline ${baseSha.slice(0, 10)} (${baseArg > 0 ? baseRev : 'where this branch left main'}) vs this checkout (${git('rev-parse', '--short', 'HEAD')}+)`,
);
const medians = new Map<string, { base: number; head: number }>();
const rows: string[][] = [];
let identical = true;
for (const c of cases) {
  const xs = { base: [] as number[], head: [] as number[] };
  const first = { base: runOnce(runners.base, c.args), head: runOnce(runners.head, c.args) }; // warm the disk cache
  if (first.base.out !== first.head.out || first.base.status !== first.head.status) {
    identical = false;
    console.log(`DIFFERENT output or status: ${c.label}`);
  }
  for (let i = 0; i < RUNS; i++) {
    // Alternate which one goes first, so neither always runs right after the other.
    const order = i % 2 ? (['head', 'base'] as const) : (['base', 'head'] as const);
    for (const k of order) xs[k].push(runOnce(runners[k], c.args).ms);
  }
  const m = { base: median(xs.base), head: median(xs.head) };
  medians.set(c.label, m);
  rows.push([c.label, m.base.toFixed(0), m.head.toFixed(0), `${(m.base / m.head).toFixed(1)}×`]);
}
table('CLI from process start (JSON output)', ['case', 'baseline ms', 'now ms', 'speed-up'], rows);
const one = medians.get(cases[2]!.label)!;
const many = medians.get(cases[3]!.label)!;
const marginal = (k: 'base' | 'head') => (many[k] - one[k]) / (ARTICLES - 1);
console.log(
  `marginal cost per 20,000-character article, all rules: baseline ${marginal('base').toFixed(1)} ms, now ${marginal('head').toFixed(1)} ms`,
);
console.log(`same output and exit status as the baseline on every case: ${identical ? 'yes' : 'NO'}`);
