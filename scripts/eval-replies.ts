/**
 * npm run eval:replies — recall of the reply-tone families on the probe drafts of test/eval/replies-probe
 * (tune.json, check.json), and the warn/block findings on their polite replies and guards. A hit is any warn or
 * block finding of the opinion, sensitive or advertising category; a pass must have no warn/block finding at all.
 *   npm run eval:replies -- [--misses]   (--misses prints each missed draft and each false alarm)
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SEVERITY_RANK } from '../lib/engine/types';
import { createNodeEngine } from '../lib/node/engine';
import { packageRoot } from '../lib/node/paths';
import { table } from './print-table';

type Probe = { hit: Record<string, string[]>; pass: string[] };
const SHOW = process.argv.includes('--misses');
const FAMILY_CATEGORIES = new Set(['opinion', 'sensitive', 'advertising']);

const { checker } = await createNodeEngine();
const serious = (body: string) =>
  checker
    .check({ platform: 'generic', body }, { today: '2026-12-04' })
    .filter((f) => SEVERITY_RANK[f.severity] >= SEVERITY_RANK.warn);

for (const half of ['tune', 'check']) {
  const probe = JSON.parse(
    readFileSync(join(packageRoot(), 'test/eval/replies-probe', `${half}.json`), 'utf8'),
  ) as Probe;
  const rows: string[][] = [];
  let found = 0;
  let total = 0;
  for (const [family, drafts] of Object.entries(probe.hit)) {
    let n = 0;
    for (const d of drafts) {
      if (serious(d).some((f) => FAMILY_CATEGORIES.has(f.category))) n++;
      else if (SHOW) console.log(`  miss ${half}/${family}: ${d}`);
    }
    found += n;
    total += drafts.length;
    rows.push([family, String(drafts.length), String(n), `${((100 * n) / drafts.length).toFixed(0)}%`]);
  }
  rows.push(['**all**', String(total), String(found), `${((100 * found) / total).toFixed(1)}%`]);
  let alarms = 0;
  for (const d of probe.pass) {
    const fs = serious(d);
    if (fs.length) {
      alarms++;
      if (SHOW) console.log(`  false alarm ${half}: ${d} — ${fs.map((f) => `${f.ruleId} “${f.text}”`).join(', ')}`);
    }
  }
  table(`${half}`, ['family', 'drafts', 'found', 'recall'], rows);
  console.log(`polite replies and guards: ${probe.pass.length}, with a warn/block finding: ${alarms}`);
}
