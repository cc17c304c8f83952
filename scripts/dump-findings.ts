/**
 * Every finding of every rule (punctuation.cjk-spacing on too) for every draft of test/eval (each case's draft, each
 * corpus text as a generic body), as one JSON object keyed by file, each draft checked with an empty paragraph
 * cache. For proving a speed-up changes nothing: run it in two checkouts and compare the files byte for byte.
 *   node scripts/run-bundled.mjs scripts/dump-findings.ts <out.json>
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Draft } from '../lib/engine/types';
import { createNodeEngine } from '../lib/node/engine';
import { packageRoot } from '../lib/node/paths';

const outFile = process.argv[2];
if (!outFile) {
  console.error('usage: dump-findings.ts <out.json>');
  process.exit(2);
}
const root = join(packageRoot(), 'test/eval');
const files: string[] = [];
const walk = (dir: string) => {
  for (const f of readdirSync(dir).sort()) {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) walk(p);
    else if (f.endsWith('.json') || f.endsWith('.txt')) files.push(p);
  }
};
walk(root);

const rules = { 'punctuation.cjk-spacing': 'info' } as const;
const engine = await createNodeEngine({ rules, lazy: true });
const out: Record<string, unknown[]> = {};
let count = 0;
for (const f of files) {
  const drafts: Draft[] = [];
  if (f.endsWith('.txt')) drafts.push({ platform: 'generic', body: readFileSync(f, 'utf8') });
  else {
    try {
      const j = JSON.parse(readFileSync(f, 'utf8')) as { draft?: Draft };
      if (j.draft) drafts.push(j.draft);
    } catch {
      // not a case file
    }
  }
  if (!drafts.length) continue;
  out[relative(root, f)] = drafts.map((d) => {
    engine.checker.clearCache();
    const found = engine.checker.check(d, { today: '2025-06-15', rules });
    count += found.length;
    return found;
  });
}
writeFileSync(outFile, JSON.stringify(out));
console.log(`${Object.keys(out).length} drafts' files, ${count} findings → ${outFile}`);
