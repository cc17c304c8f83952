/**
 * npm run bench:cli — the CLI from process start, this checkout against a baseline commit (default: where this
 * branch left main), in the same run. Each is bundled as its scripts/build-cli.mjs bundles the CLI; runs
 * alternate between the two so machine noise hits both alike. Prints medians and ratios, and checks that both
 * print the same bytes and exit with the same status.
 *   node scripts/run-bundled.mjs scripts/bench-cli.ts [--quick] [--base REV]
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  realpathSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { packageRoot } from '../lib/node/paths';
import type { cliBundleOptions } from './cli-bundle.mjs';
import { table } from './print-table';

// The checkout this is run from, as scripts/run-bundled.mjs names it: this bundle's own location may be in another
// checkout's node_modules (a shared, symlinked node_modules), where packageRoot() would lead.
const root = realpathSync(process.env.PUBLISH_GUARD_CHECKOUT || packageRoot());
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
// PUBLISH_GUARD_BENCH_DIR: another work directory. By default one per checkout, since node_modules may be shared.
const work =
  process.env.PUBLISH_GUARD_BENCH_DIR ||
  join(root, 'node_modules/.cache/publish-guard-bench', createHash('sha256').update(root).digest('hex').slice(0, 12));
mkdirSync(work, { recursive: true });
// This checkout's bundles go to `work/head`, beside links to its dictionaries/ and package.json, so that their
// packageRoot() stops there and reads this checkout's data (not that of the checkout node_modules belongs to).
const headDir = join(work, 'head');
mkdirSync(headDir, { recursive: true });
for (const name of ['dictionaries', 'package.json']) {
  rmSync(join(headDir, name), { force: true });
  symlinkSync(join(root, name), join(headDir, name));
}
/**
 * Where a side's bundles go: this checkout's in `headDir`; the baseline's inside its own source tree, so that its
 * packageRoot() finds the baseline's dictionaries/ and package.json (a newer dictionary format would not load in
 * old code), while packages still resolve from this checkout's node_modules above it.
 */
const outDir = (dir: string) => {
  const d = dir === root ? headDir : join(dir, '.bench');
  mkdirSync(d, { recursive: true });
  return d;
};

/**
 * Bundles `<dir>/lib/cli/main.ts` as that checkout's scripts/build-cli.mjs bundles it, plus a runner that calls it
 * as that checkout's bin/ does: as CommonJS through its loader (V8 code cache) where it has one — bin/load-cli.cjs,
 * required from a CommonJS runner (this checkout; from round 33 on), or bin/load-cli.mjs imported from an ES module
 * runner (baselines from 5c93115 on) — else as an ESM bundle imported directly (older baselines such as ea11f5d).
 */
async function bundle(dir: string, name: string): Promise<string> {
  const cjsLoader = join(dir, 'bin/load-cli.cjs');
  const loader = existsSync(cjsLoader) ? cjsLoader : join(dir, 'bin/load-cli.mjs');
  const options = join(dir, 'scripts/cli-bundle.mjs');
  const cjs = existsSync(loader) && existsSync(options);
  const outfile = join(outDir(dir), `${name}.${cjs ? 'cjs' : 'mjs'}`);
  await build(
    cjs
      ? ((await import(pathToFileURL(options).href)) as { cliBundleOptions: typeof cliBundleOptions }).cliBundleOptions(
          join(dir, 'lib/cli/main.ts'),
          outfile,
        )
      : {
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
        },
  );
  const cjsRunner = loader === cjsLoader;
  const runner = join(outDir(dir), `run-${name}.${cjsRunner ? 'cjs' : 'mjs'}`);
  // The CPU time the process used (all threads), reported on stderr at exit: steadier than wall time when other
  // work shares the machine.
  const cpu = `process.on('exit', () => { const u = process.cpuUsage(); process.stderr.write(\`\\n@@cpu \${(u.user + u.system) / 1000}\\n\`); });\n`;
  const start = `const argv = process.argv.slice(2);\nconst cli = loadCli(${JSON.stringify(outfile)}, argv);\n`;
  writeFileSync(
    runner,
    !cjs
      ? `${cpu}const { run } = await import('./${name}.mjs');\nawait run(process.argv.slice(2));\n`
      : cjsRunner
        ? `${cpu}const { loadCli } = require(${JSON.stringify(loader)});\n${start}cli.exports.run(argv).then(cli.save);\n`
        : `${cpu}import { loadCli } from ${JSON.stringify(loader)};\n${start}await cli.exports.run(argv);\ncli.save();\n`,
  );
  return runner;
}

// The baseline's sources, taken from git (lib/ is all the CLI bundles, bin/ and scripts/ say how it is bundled and
// loaded, dictionaries/ and package.json are the data it was built for); node_modules is shared.
const baseDir = join(work, `src-${baseSha.slice(0, 12)}`);
if (!existsSync(join(baseDir, 'dictionaries')) || !existsSync(join(baseDir, '.complete'))) {
  rmSync(baseDir, { recursive: true, force: true });
  mkdirSync(baseDir, { recursive: true });
  const tree = git(
    'ls-tree',
    '--name-only',
    baseSha,
    'bin/load-cli.cjs',
    'bin/load-cli.mjs',
    'scripts/cli-bundle.mjs',
  ).split('\n');
  const paths = ['lib', 'dictionaries', 'package.json', ...tree.filter(Boolean)];
  const tar = spawnSync('git', ['archive', '--format=tar', baseSha, ...paths], { cwd: root, maxBuffer: 1 << 30 });
  if (tar.status !== 0) throw new Error(`git archive ${baseSha}: ${tar.stderr}`);
  const x = spawnSync('tar', ['-x', '-C', baseDir], { input: tar.stdout });
  if (x.status !== 0) throw new Error(`tar: ${x.stderr}`);
  writeFileSync(join(baseDir, '.complete'), '');
}
const runners = { base: await bundle(baseDir, 'cli-base'), head: await bundle(root, 'cli-head') };
// This checkout's caches (engine tables, V8 code) go to a directory of the bench's own, emptied first: the first
// run of each case (not measured) fills them, so the figures are with a warm cache; one case runs without.
const cacheDir = join(work, 'cache');
rmSync(cacheDir, { recursive: true, force: true });

/**
 * The engine alone (lib/node/engine.ts) of each side, for the steady-state figure: one child process per side,
 * since the AutoCorrect glue module holds a single WebAssembly instance per process.
 */
async function engineRunner(dir: string, name: string): Promise<string> {
  await build({
    entryPoints: [join(dir, 'lib/node/engine.ts')],
    outfile: join(outDir(dir), `${name}.mjs`),
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    logLevel: 'warning',
  });
  const runner = join(outDir(dir), `steady-${name}.mjs`);
  // Every round checks every article with a different character at the start of each paragraph, so no paragraph
  // is ever served from the paragraph cache; prints the CPU time per article of each round after the first.
  writeFileSync(
    runner,
    `import { readFileSync } from 'node:fs';
const { createNodeEngine } = await import('./${name}.mjs');
const [rounds, ...files] = process.argv.slice(2);
const rules = { 'punctuation.cjk-spacing': 'info' };
const engine = await createNodeEngine({ rules, lazy: true });
const texts = files.map((f) => readFileSync(f, 'utf8'));
const out = [];
const check = (r) => {
  const mark = String.fromCharCode(0x7532 + r);
  for (const body of texts) engine.checker.check({ platform: 'generic', body: body.replace(/\\n/g, '\\n' + mark) }, { today: '2025-06-15', rules });
};
for (let r = 0; r < Number(rounds); r++) {
  const c = process.cpuUsage();
  check(r);
  const u = process.cpuUsage(c);
  if (r > 0) out.push((u.user + u.system) / 1000 / texts.length);
}
// Then the same rounds again with each rule's check timed (named by its first rule id and how many more
// it reports): where the time per article goes. CPU time of the process while the rule runs, so time the machine
// gives to other work does not count. The two process.cpuUsage() calls cost microseconds, as much as many rules
// take on a paragraph: what they add to a timed call (measured around an empty call) is taken off per call.
const split = {};
const calls = {};
const timed = (name, inner) => (p, sink) => {
  calls[name]++;
  const t = process.cpuUsage();
  try {
    inner(p, sink);
  } finally {
    const u = process.cpuUsage(t);
    split[name] += (u.user + u.system) / 1000;
  }
};
split[''] = 0;
calls[''] = 0;
const empty = timed('', () => {});
for (let i = 0; i < 20000; i++) empty();
const overhead = split[''] / calls[''];
delete split[''];
// document rules too (marked "(document)"): they run once per draft and were left out of this table until round 24
for (const [kind, list] of [['', engine.checker.paragraphRules ?? []], [' (document)', engine.checker.documentRules ?? []]]) {
  for (const rule of list) {
    const name = (rule.rules[0]?.id ?? 'rule') + (rule.rules.length > 1 ? ' +' + (rule.rules.length - 1) : '') + kind;
    split[name] ??= 0;
    calls[name] ??= 0;
    rule.check = timed(name, rule.check.bind(rule));
  }
}
for (let r = Number(rounds); r < 2 * Number(rounds); r++) check(r);
for (const k of Object.keys(split)) split[k] = (split[k] - overhead * calls[k]) / (Number(rounds) * texts.length);
console.log(JSON.stringify({ rounds: out, split }));
`,
  );
  return runner;
}
const steady = { base: await engineRunner(baseDir, 'engine-base'), head: await engineRunner(root, 'engine-head') };

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
  env?: Record<string, string>;
}
const common = ['check', '--format', 'json', '--now', '2025-06-15'];
const cases: Case[] = [
  { label: 'small Chinese file (400 chars), defaults', args: [...common, small] },
  {
    label: 'small Chinese file, no cache (PUBLISH_GUARD_NO_CACHE=1)',
    args: [...common, small],
    env: { PUBLISH_GUARD_NO_CACHE: '1' },
  },
  { label: 'small file with a Latin word, defaults', args: [...common, smallLatin] },
  { label: '1 article (20,000 chars), all rules', args: [...common, '--config', allRules, articles[0]!] },
  {
    label: `${ARTICLES} articles, all rules`,
    args: [...common, '--config', allRules, ...articles],
  },
];

function runOnce(
  runner: string,
  args: string[],
  env: Record<string, string> = {},
): { ms: number; cpu: number; out: string; status: number | null } {
  const t = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [runner, ...args], {
    encoding: 'utf8',
    maxBuffer: 1 << 28,
    // One cache directory per side: a baseline that has the engine cache too would otherwise overwrite this
    // checkout's files (another code, another key) on every other run.
    env: { ...process.env, PUBLISH_GUARD_CACHE_DIR: join(cacheDir, runner === runners.base ? 'base' : 'head'), ...env },
  });
  const ms = Number(process.hrtime.bigint() - t) / 1e6;
  const cpu = Number(/@@cpu ([\d.]+)/.exec(r.stderr)?.[1] ?? Number.NaN);
  return { ms, cpu, out: r.stdout, status: r.status };
}
function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[s.length >> 1]!;
}

console.log(`Publish Guard CLI benchmark — Node ${process.version}, ${RUNS} runs per figure (median), interleaved`);
console.log(`this checkout: ${root}`);
console.log(
  `baseline ${baseSha.slice(0, 10)} (${baseArg > 0 ? baseRev : 'where this branch left main'}) vs this checkout (${git('rev-parse', '--short', 'HEAD')}+)`,
);
type Pair = { base: number; head: number };
const medians = new Map<string, { wall: Pair; cpu: Pair }>();
const rows: string[][] = [];
let identical = true;
for (const c of cases) {
  const xs = { base: [] as number[], head: [] as number[] };
  const cpu = { base: [] as number[], head: [] as number[] };
  const first = { base: runOnce(runners.base, c.args, c.env), head: runOnce(runners.head, c.args, c.env) }; // warm the disk cache
  if (first.base.out !== first.head.out || first.base.status !== first.head.status) {
    identical = false;
    console.log(`DIFFERENT output or status: ${c.label}`);
  }
  // A cache file written seconds ago is checksummed on every read until its times have settled (file-identity.ts,
  // engine-cache.ts): wait that out and run each once more, unmeasured, so the figures are those of a later check.
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 3_100);
  runOnce(runners.base, c.args, c.env);
  runOnce(runners.head, c.args, c.env);
  for (let i = 0; i < RUNS; i++) {
    // Alternate which one goes first, so neither always runs right after the other.
    const order = i % 2 ? (['head', 'base'] as const) : (['base', 'head'] as const);
    for (const k of order) {
      const r = runOnce(runners[k], c.args, c.env);
      xs[k].push(r.ms);
      cpu[k].push(r.cpu);
    }
  }
  const wall = { base: median(xs.base), head: median(xs.head) };
  const m = { base: median(cpu.base), head: median(cpu.head) };
  medians.set(c.label, { wall, cpu: m });
  rows.push([
    c.label,
    wall.base.toFixed(0),
    wall.head.toFixed(0),
    `${(wall.base / wall.head).toFixed(1)}×`,
    m.base.toFixed(0),
    m.head.toFixed(0),
    `${(m.base / m.head).toFixed(1)}×`,
  ]);
}
table(
  'CLI from process start (JSON output); wall time, and CPU time of the process (all threads)',
  ['case', 'baseline wall ms', 'now wall ms', 'speed-up', 'baseline CPU ms', 'now CPU ms', 'speed-up'],
  rows,
);
const one = medians.get(cases[3]!.label)!;
const many = medians.get(cases[4]!.label)!;
const marginal = (t: 'wall' | 'cpu', k: 'base' | 'head') => ((many[t][k] - one[t][k]) / (ARTICLES - 1)).toFixed(1);
console.log(
  `marginal cost per 20,000-character article, all rules: baseline ${marginal('wall', 'base')} ms wall, ${marginal('cpu', 'base')} ms CPU; now ${marginal('wall', 'head')} ms wall, ${marginal('cpu', 'head')} ms CPU`,
);
console.log(`same output and exit status as the baseline on every case: ${identical ? 'yes' : 'NO'}`);

// Steady state: the engine warmed up, distinct articles, CPU time per article (what each further file costs
// once the JIT has settled; the process figures above include warming up on the first files).
const rounds = quick ? 4 : 8;
const perArticle = { base: [] as number[], head: [] as number[] };
const splits = { base: [] as Array<Record<string, number>>, head: [] as Array<Record<string, number>> };
for (let i = 0; i < (quick ? 2 : 3); i++) {
  for (const k of i % 2 ? (['head', 'base'] as const) : (['base', 'head'] as const)) {
    const r = spawnSync(process.execPath, [steady[k], String(rounds), ...articles], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`steady-state run (${k}) failed: ${r.stderr}`);
    const got = JSON.parse(r.stdout.trim().split('\n').pop()!) as { rounds: number[]; split: Record<string, number> };
    perArticle[k].push(...got.rounds);
    splits[k].push(got.split);
  }
}
console.log(
  `steady state, engine warmed up, all rules: CPU per 20,000-character article: baseline ${median(perArticle.base).toFixed(1)} ms, now ${median(perArticle.head).toFixed(1)} ms (target ≤ 5 ms)`,
);
// Per rule (named by its first rule id), median over the runs; rules of one side only show "–".
const ruleNames = [...new Set([...splits.base, ...splits.head].flatMap((s) => Object.keys(s)))];
const ruleMs = (k: 'base' | 'head', name: string) => {
  const xs = splits[k].map((s) => s[name]).filter((x): x is number => x !== undefined);
  return xs.length ? median(xs) : undefined;
};
const splitRows = ruleNames
  .map((name) => ({ name, base: ruleMs('base', name), head: ruleMs('head', name) }))
  .sort((a, b) => (b.head ?? 0) - (a.head ?? 0))
  .map((r) => [r.name, r.base?.toFixed(2) ?? '–', r.head?.toFixed(2) ?? '–']);
table(
  'steady state: time per 20,000-character article in each rule (ms; document rules marked)',
  ['rule module', 'baseline', 'now'],
  splitRows,
);
