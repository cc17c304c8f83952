/**
 * How far the generic 别字 checks reach beyond their lists: every listed pair of dictionaries/typo.json and
 * dictionaries/data/typos-extra.tsv (real misspellings taken from published lists) is put in a neutral sentence and
 * checked with every list rule switched off, so only the generated and rule-based checks (idioms, word variants,
 * protected terms, places, context confusions …) can find it. A pair the generic checks catch would be caught
 * unlisted; the share per kind is how well they generalise to the misspellings nobody has listed yet.
 *
 *   node scripts/run-bundled.mjs scripts/measure-generic-recall.ts [--show N]
 *
 * Kinds: `idiom` (the right form is a four-character idiom of data/idioms.txt), `word2` / `word3` / `word4` (the
 * right form has that many characters, 4 meaning four or more), `other` (a different length: a missing or extra
 * character, context phrases). --show N prints up to N misses per kind.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createNodeEngine } from '../lib/node/engine';

const root = process.cwd();
const args = process.argv.slice(2);
const showAt = args.indexOf('--show');
const show = showAt >= 0 ? Number(args[showAt + 1] ?? 20) : 0;

const read = (f: string) => readFileSync(join(root, 'dictionaries', f), 'utf8');
const idioms = new Set(read('data/idioms.txt').split('\n'));
const typoJson = JSON.parse(read('typo.json')) as {
  entries: Array<{ id: string; severity: string; terms: string[]; suggestions?: string[] }>;
};

const pairs: Array<[wrong: string, right: string]> = [];
for (const line of read('data/typos-extra.tsv').split('\n')) {
  if (!line || line.startsWith('#')) continue;
  const [wrong, right] = line.split('\t');
  if (wrong && right) pairs.push([wrong, right]);
}
// block entries are the protected names, which have a rule of their own
for (const e of typoJson.entries)
  if (e.severity !== 'block') for (const t of e.terms) pairs.push([t, e.suggestions?.[0] ?? '']);

const engine = await createNodeEngine({ lazy: true });
const listIds = new Set(typoJson.entries.map((e) => `typo.${e.id}`));
const isListRule = (id: string) => listIds.has(id) || id.startsWith('typo.extra-');
const off: Record<string, 'off'> = {};
for (const r of engine.checker.rules) if (isListRule(r.id)) off[r.id] = 'off';

const HAN = /^\p{Script=Han}+$/u;
const stats = new Map<string, { found: number; all: number; missed: string[] }>();
for (const [wrong, right] of pairs) {
  if (wrong.length < 2 || !HAN.test(wrong)) continue;
  const kind =
    right.length === 4 && idioms.has(right)
      ? 'idiom'
      : right.length === wrong.length
        ? `word${Math.min(right.length, 4)}`
        : 'other';
  const body = `通知指出，${wrong}的问题要高度重视。`;
  const start = body.indexOf(wrong);
  const end = start + wrong.length;
  const found = engine.checker
    .check({ platform: 'generic', body }, { today: '2026-06-01', rules: off })
    .some((f) => f.severity !== 'info' && !isListRule(f.ruleId) && f.start < end && f.end > start);
  let s = stats.get(kind);
  if (!s) stats.set(kind, (s = { found: 0, all: 0, missed: [] }));
  s.all++;
  if (found) s.found++;
  else s.missed.push(`${wrong}→${right || '?'}`);
}

console.log('listed 别字 pairs found by the generic checks alone (list rules off)\n');
console.log('| kind | found | pairs | share |\n|---|---:|---:|---:|');
for (const [kind, s] of [...stats].sort()) {
  console.log(`| ${kind} | ${s.found} | ${s.all} | ${((100 * s.found) / s.all).toFixed(1)}% |`);
}
if (show) for (const [kind, s] of stats) console.log(`\n${kind} missed: ${s.missed.slice(0, show).join(' ')}`);
