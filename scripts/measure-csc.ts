/**
 * npm run eval:csc — typo recall on sentences nobody on the project wrote: public Chinese spelling-correction test
 * sets, each line a misspelled sentence and its correction (same length, one character per position, characters
 * separated by spaces, the two joined by a tab). Measurement only: the files are fetched into
 * node_modules/.cache/csc/ and never committed (see test/eval/README.md for the sources).
 *
 * For every differing position of a pair it asks whether the checker reports a typo finding at warn or block that
 * covers it (recall), and at info (reported, but too quietly). On the corrected sentences it counts typo findings at
 * warn/block (false alarms on clean official prose), and on the misspelled ones typo findings away from every
 * error (false alarms next to an error).
 *
 *   npm run eval:csc -- [FILE…] [--misses] [--fa] [--limit N]
 *   (default FILE: every .txt in node_modules/.cache/csc)
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { SEVERITY_RANK } from '../lib/engine/types';
import { createNodeEngine } from '../lib/node/engine';
import { packageRoot } from '../lib/node/paths';

const args = process.argv.slice(2);
const SHOW_MISSES = args.includes('--misses');
const SHOW_FA = args.includes('--fa');
const li = args.indexOf('--limit');
const LIMIT = li >= 0 ? Number(args[li + 1]) : Number.POSITIVE_INFINITY;
const files = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--limit');
if (!files.length) {
  const dir = join(packageRoot(), 'node_modules/.cache/csc');
  if (!existsSync(dir)) {
    console.error(`no test sets: put them in ${dir} (see test/eval/README.md) or name files`);
    process.exit(2);
  }
  files.push(
    ...readdirSync(dir)
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .map((f) => join(dir, f)),
  );
}

/** Drops the separating spaces; a character is one code point (kept as written, Latin in lower case in some sets). */
const unspace = (s: string) => s.trim().split(' ').join('');

const { checker } = await createNodeEngine();
const missOut: string[] = [];
const today = '2026-12-04';
const typoAt = (text: string, min: number) =>
  checker
    .check({ platform: 'generic', body: text }, { today })
    .filter((f) => f.category === 'typo' && f.field === 'body' && SEVERITY_RANK[f.severity] >= min);

console.log(
  '| set | pairs | errors | found (warn/block) | found (info only) | clean sentences with a warn/block typo | typo warn/block away from the errors |',
);
console.log('|---|---|---|---|---|---|---|');
for (const file of files) {
  const pairs = readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.includes('\t'))
    .map((l) => l.split('\t').map(unspace) as [string, string])
    .filter(([a, b]) => a.length === b.length)
    .slice(0, LIMIT);
  let errors = 0;
  let found = 0;
  let info = 0;
  let cleanFa = 0;
  let strayFa = 0;
  for (const [src, tgt] of pairs) {
    const diffs: number[] = [];
    for (let i = 0; i < src.length; i++) if (src[i] !== tgt[i]) diffs.push(i);
    const clean = typoAt(tgt, SEVERITY_RANK.warn);
    if (clean.length) {
      cleanFa++;
      if (SHOW_FA) for (const f of clean) console.log(`fa clean: ${f.ruleId} ${tgt.slice(f.start, f.end)} | ${tgt}`);
    }
    if (!diffs.length) continue;
    const fs = typoAt(src, SEVERITY_RANK.info);
    const warn = fs.filter((f) => SEVERITY_RANK[f.severity] >= SEVERITY_RANK.warn);
    for (const d of diffs) {
      errors++;
      const covers = (f: { start: number; end: number }) => f.start <= d && d < f.end;
      if (warn.some(covers)) found++;
      else if (fs.some(covers)) info++;
      else if (process.env.MISSFILE) missOut.push(`${src}\t${d}\t${tgt[d]}`);
      else if (SHOW_MISSES) {
        const w = src.slice(Math.max(0, d - 6), d + 7);
        console.log(`miss ${src[d]}→${tgt[d]}: ${w}  (${tgt.slice(Math.max(0, d - 6), d + 7)})`);
      }
    }
    for (const f of warn) {
      if (diffs.some((d) => f.start <= d && d < f.end)) continue;
      strayFa++;
      if (SHOW_FA) console.log(`fa stray: ${f.ruleId} ${src.slice(f.start, f.end)} | ${src}`);
    }
  }
  const pct = (a: number, b: number) => (b ? `${((100 * a) / b).toFixed(1)}%` : '—');
  console.log(
    `| ${basename(file, '.txt')} | ${pairs.length} | ${errors} | ${found} (${pct(found, errors)}) | ${info} | ${cleanFa} (${pct(cleanFa, pairs.length)}) | ${strayFa} |`,
  );
}
if (process.env.MISSFILE) (await import('node:fs')).writeFileSync(process.env.MISSFILE, `${missOut.join('\n')}\n`);
