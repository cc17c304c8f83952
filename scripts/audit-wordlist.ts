/**
 * Runs the core checker over a word list (one word per line, e.g. CC-CEDICT's headwords or the idiom list) and
 * prints every warn/block finding whose span lies inside one word: each is a real word that a near-miss rule takes
 * for a misspelling, i.e. a missing guard.
 *   node scripts/run-bundled.mjs scripts/audit-wordlist.ts <words.txt> [--rule typo.protected] [--all]
 * Words are checked 2,000 at a time, joined by "。" so no window spans two words.
 */
import { readFileSync } from 'node:fs';
import { createNodeEngine } from '../lib/node/engine';

const [file, ...rest] = process.argv.slice(2);
if (!file) {
  console.error('usage: audit-wordlist.ts <words.txt> [--rule PREFIX] [--all]');
  process.exit(2);
}
const at = rest.indexOf('--rule');
const prefix = at >= 0 ? rest[at + 1]! : '';
const all = rest.includes('--all');
const words = readFileSync(file, 'utf8')
  .split(/\r?\n/)
  .map((w) => w.trim())
  .filter((w) => w && !w.startsWith('#'));
const { checker } = await createNodeEngine({ passes: 'core' });
const counts = new Map<string, number>();
let hits = 0;
for (let i = 0; i < words.length; i += 2000) {
  const batch = words.slice(i, i + 2000);
  const body = batch.join('。\n');
  for (const f of checker.check({ platform: 'generic', body }, { today: '2025-06-15' })) {
    if (!all && f.severity === 'info') continue;
    if (prefix && !f.ruleId.startsWith(prefix)) continue;
    hits++;
    counts.set(f.ruleId, (counts.get(f.ruleId) ?? 0) + 1);
    const lineStart = body.lastIndexOf('\n', f.start) + 1;
    const stop = body.indexOf('。', lineStart);
    const word = body.slice(lineStart, stop < 0 ? undefined : stop);
    console.log(`${word}\t${f.ruleId}\t${f.severity}\t${f.text}\t→ ${f.suggestions.join('|')}`);
  }
}
console.error(`${words.length} words, ${hits} findings`);
for (const [r, n] of [...counts].sort((a, b) => b[1] - a[1])) console.error(`  ${r}: ${n}`);
