/**
 * npm run eval:flags — case-level recall and false alarms on a set of short posts labelled only "flag" or "clean"
 * (one JSON object per line: { id, kind, text, expect: "flag" | "clean", note }), such as test/eval/generalise-i.
 * A "flag" case is caught when the checker reports any warn or block finding; a "clean" case is a false alarm when
 * it does. Cases with an odd number form the tune half, even numbers the holdout half.
 *   npm run eval:flags -- --file test/eval/generalise-i/cases.jsonl [--half tune|holdout] [--now YYYY-MM-DD] [--verbose]
 */
import { readFileSync } from 'node:fs';
import { createNodeEngine } from '../lib/node/engine';
import { table } from './print-table';

interface FlagCase {
  id: string;
  kind: string;
  text: string;
  expect: 'flag' | 'clean';
  note?: string;
}

const arg = (name: string) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const file = arg('--file') ?? 'test/eval/generalise-i/cases.jsonl';
const half = arg('--half');
const now = arg('--now') ?? '2026-12-05';
const verbose = process.argv.includes('--verbose');

const cases: FlagCase[] = readFileSync(file, 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l, i) => {
    const c = JSON.parse(l) as FlagCase;
    if (typeof c.text !== 'string' || (c.expect !== 'flag' && c.expect !== 'clean'))
      throw new Error(`${file}:${i + 1}: needs text and expect "flag" or "clean"`);
    return c;
  })
  .filter((c) => {
    if (!half) return true;
    const n = Number(/(\d+)$/.exec(c.id)?.[1] ?? 0);
    return half === 'tune' ? n % 2 === 1 : n % 2 === 0;
  });

const engine = await createNodeEngine({ lazy: true });
const rows = new Map<string, { flag: number; caught: number; clean: number; alarms: number }>();
const lines: string[] = [];
for (const c of cases) {
  const findings = engine.checker
    .check({ platform: 'wechat', body: c.text }, { today: now })
    .filter((f) => f.severity !== 'info');
  const r = rows.get(c.kind) ?? { flag: 0, caught: 0, clean: 0, alarms: 0 };
  rows.set(c.kind, r);
  const hit = findings.length > 0;
  if (c.expect === 'flag') {
    r.flag++;
    if (hit) r.caught++;
    else lines.push(`MISS  ${c.id} [${c.kind}] ${c.text}`);
  } else {
    r.clean++;
    if (hit) {
      r.alarms++;
      lines.push(
        `ALARM ${c.id} [${c.kind}] ${findings.map((f) => `${f.ruleId} ${c.text.slice(f.start, f.end)}`).join('; ')}`,
      );
    }
  }
}
const pct = (a: number, b: number) => (b ? `${((100 * a) / b).toFixed(1)}%` : '–');
const all = { flag: 0, caught: 0, clean: 0, alarms: 0 };
const out = [...rows].sort(([a], [b]) => a.localeCompare(b));
for (const [, r] of out) for (const k of Object.keys(all) as Array<keyof typeof all>) all[k] += r[k];
console.log(`${file}${half ? ` (${half} half)` : ''}: ${cases.length} cases, check date ${now}`);
table(
  'Recall per kind (a flag case with any warn/block finding) and false alarms (a clean case with one)',
  ['kind', 'flag cases', 'caught', 'recall', 'clean cases', 'with warn/block', 'false-alarm rate'],
  [...out, ['**all**', all] as const].map(([k, r]) => [
    k,
    String(r.flag),
    String(r.caught),
    pct(r.caught, r.flag),
    String(r.clean),
    String(r.alarms),
    pct(r.alarms, r.clean),
  ]),
);
if (verbose) console.log(`\n${lines.join('\n')}`);
