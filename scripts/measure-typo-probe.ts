/**
 * npm run eval:probe — typo recall on test/eval/typo-probe/typos.jsonl: 150 sentences of government-account prose,
 * each with one input-method slip in an ordinary word (52 of them a real word wrong in context), and 50 clean
 * sentences, written blind by an independent author (see its README). A slip counts as found when a typo finding at
 * warn/block covers it; a clean sentence with one is a false alarm.
 *   npm run eval:probe -- [--misses]
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SEVERITY_RANK } from '../lib/engine/types';
import { createNodeEngine } from '../lib/node/engine';
import { packageRoot } from '../lib/node/paths';

const { checker } = await createNodeEngine();
const lines = readFileSync(join(packageRoot(), 'test/eval/typo-probe/typos.jsonl'), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((l) => JSON.parse(l));
let slips = 0;
let warn = 0;
let info = 0;
let lm = 0;
let clean = 0;
let fa = 0;
const misses: string[] = [];
for (const x of lines) {
  const fs = checker
    .check({ platform: 'generic', body: x.text }, { today: '2026-12-04' })
    .filter((f) => f.category === 'typo');
  if (x.kind === 'slip') {
    const s = x.text.indexOf(x.wrong);
    if (s < 0) continue;
    slips++;
    const cov = fs.filter((f) => f.start < s + x.wrong.length && s < f.end);
    if (cov.some((f) => SEVERITY_RANK[f.severity] >= SEVERITY_RANK.warn)) warn++;
    else if (cov.length) info++;
    else misses.push(`${x.wrong}→${x.right}: ${x.text}`);
    if (cov.some((f) => f.ruleId === 'typo.unlikely-word')) lm++;
  } else {
    clean++;
    const bad = fs.filter((f) => SEVERITY_RANK[f.severity] >= SEVERITY_RANK.warn);
    if (bad.length) {
      fa++;
      console.log('FA', bad.map((f) => `${f.ruleId} ${x.text.slice(f.start, f.end)}`).join('; '), '|', x.text);
    }
  }
}
console.log(
  `slips ${slips}: warn/block ${warn}, info only ${info}, by typo.unlikely-word ${lm}; clean ${clean}: with a warn/block typo ${fa}`,
);
if (process.argv.includes('--misses')) for (const m of misses) console.log('miss', m);
