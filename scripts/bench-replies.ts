/**
 * npm run bench:replies — time per 20,000 characters of the reply and opinion paragraph rules alone (reply-tone,
 * reply-promo, opinion-runs) on the bench article and on real official prose, each check on fresh text (a mark
 * changes every paragraph so the paragraph cache never answers). Prints the median of many rounds.
 *   node scripts/run-bundled.mjs scripts/bench-replies.ts [--rounds 40]
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Checker } from '../lib/engine/checker';
import type { ParagraphRule } from '../lib/engine/rule';
import { packageRoot } from '../lib/node/paths';
import { createOpinionRunRules } from '../lib/rules/opinion-runs';
import { createReplyPromoRule } from '../lib/rules/reply-promo';
import { createReplyToneRule } from '../lib/rules/reply-tone';
import { parseReplyTone } from '../lib/rules/reply-tone-schema';
import { article, officialProse } from './bench-data';
import { table } from './print-table';

const root = packageRoot();
const i = process.argv.indexOf('--rounds');
const ROUNDS = i > 0 ? Number(process.argv[i + 1]) : 40;
const tone = parseReplyTone(JSON.parse(readFileSync(join(root, 'dictionaries/reply-tone.json'), 'utf8')));
const modules: Array<[string, () => ParagraphRule]> = [
  ['reply-tone', () => createReplyToneRule(tone)],
  ['reply-promo', () => createReplyPromoRule()],
  ['opinion-runs', () => createOpinionRunRules()],
];
const texts: Array<[string, string]> = [
  ['bench article', article(root, 20_000)],
  ['official prose', officialProse(root, 20_000)],
];
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const rows: string[][] = [];
for (const [name, make] of modules) {
  const checker = new Checker([make()]);
  const row = [name];
  for (const [, text] of texts) {
    const times: number[] = [];
    for (let r = 0; r < ROUNDS; r++) {
      const mark = String.fromCharCode(0x7532 + r);
      const body = text.replace(/\n/g, `\n${mark}`);
      const t = performance.now();
      checker.check({ platform: 'generic', body }, { today: '2026-12-04' });
      if (r > 2) times.push(performance.now() - t);
    }
    row.push(median(times).toFixed(2));
  }
  rows.push(row);
}
table(
  'reply and opinion rules, ms per 20,000 characters (median; includes the checker’s paragraph split)',
  ['rule module', ...texts.map(([n]) => n)],
  rows,
);
