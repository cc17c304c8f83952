/**
 * False alarms of the context-dependent checks on real prose, with their context switched on.
 *
 * Several checks accept weaker evidence once the draft supplies a context: a leader's two-character homophone when
 * the draft names the leader right elsewhere, a place-name variant when the right name is written elsewhere, the
 * reply-tone words when the draft is a reply. Clean corpora rarely contain those contexts, so their false alarms
 * stay invisible there. This script prepends each context as a header paragraph to every clean text and counts the
 * warn/block findings after the header that the same text without a header does not have, per rule, with examples.
 *
 *   node scripts/run-bundled.mjs scripts/measure-context-fa.ts [DIR…]   (default: test/eval/corpus and, if present,
 *   node_modules/.cache/gwrcorpus — the 1.1M-character work-report corpus kept for measurement only)
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createNodeEngine } from '../lib/node/engine';
import { packageRoot } from '../lib/node/paths';
import { parseNamesList } from '../lib/rules/names-schema';

const root = packageRoot();
const dirs = process.argv.slice(2);
if (!dirs.length) {
  dirs.push(join(root, 'test/eval/corpus'));
  const gwr = join(root, 'node_modules/.cache/gwrcorpus');
  if (existsSync(gwr)) dirs.push(gwr);
}
const texts = dirs.flatMap((d) =>
  readdirSync(d)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({ name: f, body: readFileSync(join(d, f), 'utf8') })),
);
const chars = texts.reduce((n, t) => n + t.body.length, 0);

const people = parseNamesList(JSON.parse(readFileSync(join(root, 'dictionaries/names.json'), 'utf8'))).people;
const divisions = readFileSync(join(root, 'dictionaries/data/divisions.txt'), 'utf8')
  .split('\n')
  .filter((l) => l && !l.startsWith('#'))
  .map((l) => l.split('\t')[1]!.trim())
  .filter((n) => n && n !== '市辖区');
// Every eighth division per text keeps the header short; over the corpora every division is switched on.
const divisionHeader = (i: number) => `本期走访：${divisions.filter((_, k) => k % 8 === i % 8).join('、')}。`;

const contexts: Array<{ name: string; header: (i: number) => string }> = [
  { name: 'every listed leader named right', header: () => `${people.map((p) => p.name).join('、')}等同志出席会议。` },
  { name: 'divisions named right (1/8 of them per text)', header: divisionHeader },
  {
    name: 'a reply to a citizen',
    header: () => '网友留言：请问你们对这件事怎么处理？\n\n回复：您好，感谢您的留言。现将有关情况答复如下。',
  },
];

const engine = await createNodeEngine({ lazy: true });
const today = '2026-12-04';
const serious = (sev: string) => sev === 'warn' || sev === 'block';
const key = (f: { ruleId: string; text: string }) => `${f.ruleId}\u0000${f.text}`;

console.log(`${texts.length} clean texts, ${chars} characters; check date ${today}`);
const baseline = texts.map((t) => {
  engine.checker.clearCache();
  const seen = new Map<string, number>();
  for (const f of engine.checker.check({ platform: 'generic', body: t.body }, { today }))
    if (serious(f.severity)) seen.set(key(f), (seen.get(key(f)) ?? 0) + 1);
  return seen;
});
for (const ctx of contexts) {
  const byRule = new Map<string, string[]>();
  texts.forEach((t, i) => {
    const header = `${ctx.header(i)}\n\n`;
    engine.checker.clearCache();
    const left = new Map(baseline[i]);
    for (const f of engine.checker.check({ platform: 'generic', body: header + t.body }, { today })) {
      if (!serious(f.severity) || f.start < header.length) continue;
      const k = key(f);
      const n = left.get(k) ?? 0;
      if (n > 0) {
        left.set(k, n - 1); // the same finding without the context: not this context's doing
        continue;
      }
      const list = byRule.get(f.ruleId) ?? [];
      list.push(`${t.name}: ${f.text}`);
      byRule.set(f.ruleId, list);
    }
  });
  const total = [...byRule.values()].reduce((n, l) => n + l.length, 0);
  console.log(`\n## ${ctx.name}: ${total} new warn/block findings (${((total / chars) * 10_000).toFixed(2)} per 10k)`);
  for (const [rule, list] of [...byRule].sort((a, b) => b[1].length - a[1].length)) {
    console.log(`  ${rule}: ${list.length}  e.g. ${list.slice(0, 4).join('; ')}`);
  }
}
