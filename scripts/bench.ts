/**
 * npm run bench — matcher and checker benchmark (a script, not a test). One process; every contender
 * gets the same dictionary and the same text. Prints medians and ratios.
 *   node --expose-gc --import tsx scripts/bench.ts [--quick]
 */
import FastScanner from 'fastscan';
import { Mint } from 'mint-filter';
import AhoCorasick from 'modern-ahocorasick';
import STPhrases from 'opencc-js/dict/STPhrases';
import { decodeBase64, encodeBase64 } from '../lib/engine/base64';
import { parseT2s } from '../lib/engine/data/tables';
import { compileDictionaries } from '../lib/engine/dictionary/compile';
import type { Dictionary } from '../lib/engine/dictionary/schema';
import { deserializeCompiled, serializeCompiled } from '../lib/engine/dictionary/serialize';
import { buildAutomaton, HitBuffer } from '../lib/engine/matcher/automaton';
import { deserializeAutomaton, serializeAutomaton } from '../lib/engine/matcher/serialize';
import { CLS_EMOJI_HIGH, Normalizer, skipMask } from '../lib/engine/normalize';
import { loadBuiltinData } from '../lib/node/builtin';
import { createNodeEngine } from '../lib/node/engine';
import { packageRoot } from '../lib/node/paths';
import { article, officialProse, randomTerms, realWords } from './bench-data';
import { table } from './print-table';

const SEED = 20261127;
const quick = process.argv.includes('--quick');
const RUNS = quick ? 7 : 21;
const root = packageRoot();
const gc = (globalThis as { gc?: () => void }).gc;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[s.length >> 1]!;
}
/** Median of `runs` timed calls after `warm` untimed ones (steady state, JIT warmed up). */
function time(fn: () => void, runs = RUNS, warm = quick ? 5 : 15): number {
  for (let i = 0; i < warm; i++) fn();
  const xs: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    xs.push(performance.now() - t);
  }
  return median(xs);
}
function memory(): number {
  gc?.();
  gc?.();
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
}
/** Builds with `make` and reports the retained memory of what it returns (heap + array buffers). */
function measureBuild<T>(make: () => T): { value: T; buildMs: number; bytes: number } {
  const before = memory();
  const t = performance.now();
  const value = make();
  const buildMs = performance.now() - t;
  const bytes = memory() - before;
  return { value, buildMs, bytes };
}
const fmt = (n: number, d = 2) => n.toFixed(d);
const mb = (b: number) => `${(b / 1048576).toFixed(1)} MB`;
const mcs = (chars: number, ms: number) => `${fmt(chars / ms / 1000, 1)} M/s`;

const data = loadBuiltinData();
const shipped = (data.dictionaries as Dictionary[]).flatMap((d) => d.entries.flatMap((e) => e.terms));
const text20k = article(root, 20_000);
console.log(`Publish Guard benchmark — Node ${process.version}, ${RUNS} runs per figure (median), seed ${SEED}`);
console.log(
  `article: ${text20k.length} characters (founding notice + evaluation drafts, repeated); shipped terms: ${shipped.length}`,
);
if (!gc) console.log('(run with --expose-gc for memory figures)');

// ---- matching ---------------------------------------------------------------------------------
const normalizer = new Normalizer({ t2s: parseT2s(data.t2s ?? '') });
const matchRows: string[][] = [];
const ratioRows: string[][] = [];
for (const size of quick ? [10_000, 50_000] : [10_000, 50_000, 100_000]) {
  const terms = [...new Set([...shipped, ...randomTerms(size - shipped.length, SEED)])].slice(0, size);
  let hits = 0;
  const pg = measureBuild(() => buildAutomaton(terms));
  const table0 = pg.value.symbolTable();
  const buffer = new HitBuffer();
  const pgMs = time(() => {
    hits = pg.value.scanHits(text20k, table0, buffer);
  });
  const normTable = pg.value.symbolTable(normalizer.map, normalizer.cls, skipMask('noise'));
  const pgNormMs = time(() => {
    pg.value.scanHits(text20k, normTable, buffer, normalizer.cls, CLS_EMOJI_HIGH);
  });
  const mint = measureBuild(() => new Mint(terms));
  const mintMs = time(() => {
    mint.value.filter(text20k, { replace: false });
  });
  const mac = measureBuild(() => new AhoCorasick(terms));
  const macMs = time(
    () => {
      mac.value.search(text20k);
    },
    quick ? 3 : 7,
  );
  const fs = measureBuild(() => new FastScanner(terms));
  const fsMs = time(() => {
    fs.value.search(text20k);
  });
  const label = `${size / 1000}k`;
  matchRows.push(
    [
      label,
      'publish-guard (raw)',
      fmt(pg.buildMs, 0),
      fmt(pgMs, 3),
      mcs(text20k.length, pgMs),
      mb(pg.bytes),
      String(hits),
    ],
    [label, 'publish-guard (normalized, skip noise)', '—', fmt(pgNormMs, 3), mcs(text20k.length, pgNormMs), '—', ''],
    [
      label,
      'mint-filter filter(replace:false)',
      fmt(mint.buildMs, 0),
      fmt(mintMs, 3),
      mcs(text20k.length, mintMs),
      mb(mint.bytes),
      '',
    ],
    [
      label,
      'modern-ahocorasick search',
      fmt(mac.buildMs, 0),
      fmt(macMs, 3),
      mcs(text20k.length, macMs),
      mb(mac.bytes),
      '',
    ],
    [label, 'fastscan search', fmt(fs.buildMs, 0), fmt(fsMs, 3), mcs(text20k.length, fsMs), mb(fs.bytes), ''],
  );
  ratioRows.push([
    label,
    `${fmt(mintMs / pgMs, 1)}×`,
    `${fmt(mintMs / pgNormMs, 1)}×`,
    gc ? `${fmt(pg.bytes / mint.bytes, 3)}` : 'n/a',
    `${fmt(macMs / pgMs, 1)}×`,
    `${fmt(fsMs / pgMs, 1)}×`,
  ]);
}
table(
  'Matching, 20,000-character article',
  ['terms', 'matcher', 'build ms', 'scan ms', 'throughput', 'memory', 'matches'],
  matchRows,
);
table(
  'Ratios (target: ≥ 10× mint-filter throughput, memory ≤ ¼ of mint-filter at 50k)',
  ['terms', 'speed vs mint', 'normalized vs mint', 'memory / mint', 'vs modern-ahocorasick', 'vs fastscan'],
  ratioRows,
);

// ---- matching real words in real prose -----------------------------------------------------------
// Random GB 2312 strings rarely occur in prose; real words do, thousands of times per article, so this
// measures the cost of reporting hits as well as of walking the automaton.
{
  const prose = officialProse(root, 20_000);
  const { words, parts } = realWords(root, prose, 50_000, STPhrases);
  console.log(
    `\nreal words: ${words.length} (${parts.bigrams} most common bigrams of the prose, ${parts.idioms} idioms of ` +
      `dictionaries/data/idioms.txt, ${parts.phrases} opencc-js STPhrases keys); prose: the first ` +
      `${prose.length} characters of test/eval/corpus`,
  );
  // Builds, interleaved and each after a full GC, so no contender pays for another's garbage.
  const builds = { pg: [] as number[], mint: [] as number[], fs: [] as number[] };
  const timeBuild = (make: () => unknown) => {
    gc?.();
    const t = performance.now();
    make();
    return performance.now() - t;
  };
  for (let r = 0; r < (quick ? 3 : 7); r++) {
    builds.pg.push(timeBuild(() => buildAutomaton(words)));
    builds.mint.push(timeBuild(() => new Mint(words)));
    builds.fs.push(timeBuild(() => new FastScanner(words)));
  }
  const pg = buildAutomaton(words);
  const mint = new Mint(words);
  const fs = new FastScanner(words);
  const raw = pg.symbolTable();
  const norm = pg.symbolTable(normalizer.map, normalizer.cls, skipMask('noise'));
  const buffer = new HitBuffer();
  let pgHits = 0;
  let cbHits = 0;
  let fsHits = 0;
  let mintWords = 0;
  // Scans, interleaved so all contenders see the same machine load.
  const contenders: Array<[string, () => void]> = [
    ['typed', () => (pgHits = pg.scanHits(prose, raw, buffer))],
    [
      'callback',
      () => {
        cbHits = 0;
        pg.scan(prose, raw, () => {
          cbHits++;
        });
      },
    ],
    ['normalized', () => pg.scanHits(prose, norm, buffer, normalizer.cls, CLS_EMOJI_HIGH)],
    ['mint', () => (mintWords = mint.filter(prose, { replace: false }).words.length)],
    ['fastscan', () => (fsHits = fs.search(prose).length)],
  ];
  const ms = new Map<string, number[]>(contenders.map(([k]) => [k, []]));
  for (let r = 0; r < (quick ? 5 : 15); r++) for (const [, fn] of contenders) fn();
  // Rounds of a few consecutive runs each: every contender sees the same machine load, with its own data in cache.
  for (let r = 0; r < RUNS; r++) {
    for (const [k, fn] of contenders) {
      for (let i = 0; i < 5; i++) {
        const t = performance.now();
        fn();
        ms.get(k)!.push(performance.now() - t);
      }
    }
  }
  const m = (k: string) => median(ms.get(k)!);
  const b = { pg: median(builds.pg), mint: median(builds.mint), fs: median(builds.fs) };
  table(
    `Matching ${words.length} real words in ${prose.length} characters of official prose`,
    ['matcher', 'build ms', 'scan ms', 'throughput', 'matches'],
    [
      [
        'publish-guard scanHits (typed array)',
        fmt(b.pg, 0),
        fmt(m('typed'), 3),
        mcs(prose.length, m('typed')),
        `${pgHits}`,
      ],
      [
        'publish-guard scan (callback per hit)',
        '',
        fmt(m('callback'), 3),
        mcs(prose.length, m('callback')),
        `${cbHits}`,
      ],
      [
        'publish-guard scanHits, normalized, skip noise',
        '',
        fmt(m('normalized'), 3),
        mcs(prose.length, m('normalized')),
        '',
      ],
      [
        'mint-filter filter(replace:false)',
        fmt(b.mint, 0),
        fmt(m('mint'), 3),
        mcs(prose.length, m('mint')),
        `${mintWords} (no suffix matches)`,
      ],
      ['fastscan search', fmt(b.fs, 0), fmt(m('fastscan'), 3), mcs(prose.length, m('fastscan')), `${fsHits}`],
    ],
  );
  table(
    'Real words: ratios (target: ≥ 10× mint-filter throughput, build time ≤ mint-filter)',
    ['measure', 'value'],
    [
      ['throughput vs mint-filter (scanHits)', `${fmt(m('mint') / m('typed'), 1)}×`],
      ['throughput vs mint-filter (callback)', `${fmt(m('mint') / m('callback'), 1)}×`],
      ['throughput vs fastscan (scanHits)', `${fmt(m('fastscan') / m('typed'), 1)}×`],
      ['build time / mint-filter', fmt(b.pg / b.mint, 2)],
      ['same matches as fastscan', pgHits === fsHits && cbHits === fsHits ? 'yes' : `NO (${pgHits} vs ${fsHits})`],
    ],
  );
}

// ---- full check ---------------------------------------------------------------------------------
const { checker: core } = await createNodeEngine({ passes: 'core' });
const { checker: lib } = await createNodeEngine({ passes: 'library' });
const today = '2025-06-15';
const rows: string[][] = [];
{
  // The very first check in a fresh engine: JIT not warmed up yet (what a page sees once, on load).
  const t = performance.now();
  core.check({ platform: 'wechat', body: text20k }, { today });
  rows.push(['first check after engine creation (JIT cold), 20,000 chars', fmt(performance.now() - t, 2), '']);
}
for (const n of [2_000, 20_000]) {
  const body = text20k.slice(0, n);
  const cold = time(() => {
    core.clearCache();
    core.check({ platform: 'wechat', body }, { today });
  });
  rows.push([
    `full check (core rules), ${n} chars, empty paragraph cache`,
    fmt(cold, 2),
    n === 20_000 ? '≤ 10 ms' : '',
  ]);
  const libMs = time(
    () => {
      lib.clearCache();
      lib.check({ platform: 'wechat', body }, { today });
    },
    quick ? 3 : 7,
  );
  rows.push([
    `library passes (typography, spelling, sources, patterns, idioms, places, deadlines, numbers), ${n} chars, empty cache`,
    fmt(libMs, 2),
    '',
  ]);
}
// Incremental: one-character edit in the middle of the 20k article.
{
  const body = text20k;
  core.check({ platform: 'wechat', body }, { today });
  const at = body.length >> 1;
  let flip = false;
  const inc = time(() => {
    flip = !flip;
    const edited = body.slice(0, at) + (flip ? '改' : '动') + body.slice(at + 1);
    core.check({ platform: 'wechat', body: edited }, { today });
  });
  rows.push(['incremental re-check after a 1-character edit, 20,000 chars', fmt(inc, 3), '≤ 1 ms']);
}
// Load time of a serialized 50k-term automaton (compiled dictionaries format used by the extension).
{
  const terms = [...new Set([...shipped, ...randomTerms(50_000 - shipped.length, SEED)])].slice(0, 50_000);
  const dict = {
    format: 1,
    id: 'bench',
    name: 'bench',
    version: '1',
    category: 'sensitive',
    description: '',
    source: '',
    license: '',
    requireExamples: false,
    entries: terms.map((t, i) => ({
      id: `t${i}`,
      severity: 'warn',
      terms: [t],
      allow: [],
      suggestions: [],
      note: '',
      source: 'bench',
      examples: { hit: [], pass: [] },
      enabled: true,
    })),
  } as unknown as Dictionary;
  const compiled = compileDictionaries([dict], normalizer);
  const auto = serializeAutomaton(compiled.levels[0]!.automaton);
  const loadAuto = time(() => {
    deserializeAutomaton(auto);
  });
  rows.push([`load serialized 50k-term automaton (${mb(auto.byteLength)})`, fmt(loadAuto, 3), '≤ 20 ms']);
  const bytes = serializeCompiled(compiled);
  const load = time(() => {
    deserializeCompiled(bytes);
  });
  rows.push([
    `load compiled 50k-entry dictionaries: automaton + every entry's metadata (${mb(bytes.length)})`,
    fmt(load, 2),
    '',
  ]);
  const b64 = encodeBase64(bytes);
  const loadB64 = time(() => {
    deserializeCompiled(decodeBase64(b64));
  });
  rows.push(['same, from the base64 string a content script receives', fmt(loadB64, 2), '']);
}
table('Checker', ['measure', 'median ms', 'target'], rows);
