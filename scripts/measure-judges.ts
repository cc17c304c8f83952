/**
 * npm run eval:judges — the whole checker on the judge corpora of scripts/data-sources/tone-corpus/independent (lines
 * by authors the tone models never train on), each line read as a draft: a reply after a citizen's message
 * (replies4.jsonl, replies5.jsonl) or a post of its own (sales5*.jsonl, voice4.jsonl, voice5.jsonl, voice6.jsonl). A line counts as flagged when it has a warn/block finding of
 * the opinion, sensitive or advertising category. Split by line number: the odd lines may be read to tune word lists,
 * the even ones judge (round 22).
 *   npm run eval:judges -- [--half odd|even] [--show]   (--show lists the misses and false alarms of the chosen half)
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createNodeEngine } from '../lib/node/engine';
import { packageRoot } from '../lib/node/paths';

const args = process.argv.slice(2);
const hi = args.indexOf('--half');
const half = hi >= 0 ? args[hi + 1] : undefined;
if (half !== undefined && half !== 'odd' && half !== 'even') throw new Error('--half odd|even');
const show = args.includes('--show');
const dir = join(packageRoot(), 'scripts/data-sources/tone-corpus/independent');
const CORPORA: Array<{ name: string; files: string[]; reply: boolean }> = [
  { name: 'replies4', files: ['replies4.jsonl'], reply: true },
  { name: 'replies5', files: ['replies5.jsonl'], reply: true },
  { name: 'sales5', files: ['sales5.jsonl', 'sales5-ok.jsonl'], reply: false },
  // the own-voice judge (round 17): the account's opinion and feeling in a post
  { name: 'voice4', files: ['voice4.jsonl'], reply: false },
  { name: 'voice5', files: ['voice5.jsonl'], reply: false },
  // round 27: a ninth author's own-voice lines, never trained on (a retrain with them was measured and not kept)
  { name: 'voice6', files: ['voice6.jsonl'], reply: false },
];
const { checker } = await createNodeEngine();
for (const { name, files, reply } of CORPORA) {
  const rows = files.flatMap((f) =>
    readFileSync(join(dir, f), 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as { label: string; kind: string; text: string }),
  );
  const count: Record<'bad' | 'ok', [number, number]> = { bad: [0, 0], ok: [0, 0] };
  rows.forEach((r, i) => {
    if ((half === 'odd' && i % 2 === 1) || (half === 'even' && i % 2 === 0)) return;
    const bad = r.label !== 'ok';
    const body = reply ? `网友留言：请问这个问题怎么处理？\n回复：${r.text}` : r.text;
    const hits = checker
      .check({ platform: 'generic', body }, { today: '2026-12-04' })
      .filter((f) => f.severity !== 'info' && ['opinion', 'sensitive', 'advertising'].includes(f.category));
    const c = count[bad ? 'bad' : 'ok'];
    c[1]++;
    if (hits.length) c[0]++;
    if (show && bad !== hits.length > 0) console.log(`${bad ? 'miss' : 'false alarm'} ${r.kind}: ${r.text}`);
  });
  const pct = (a: [number, number]) => `${a[0]}/${a[1]} (${((100 * a[0]) / Math.max(1, a[1])).toFixed(1)}%)`;
  console.log(
    `${name}${half ? ` (${half} lines)` : ''}: improper lines flagged ${pct(count.bad)}, proper lines flagged ${pct(count.ok)}`,
  );
}
