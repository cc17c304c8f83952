import { readdirSync, readFileSync } from 'node:fs';
import { createNodeEngine } from '../lib/node/engine';

const prefix = process.argv[2] ?? '';
const { checker } = await createNodeEngine({ passes: 'core' });
const dir = 'test/eval/corpus';
for (const f of readdirSync(dir).filter((x) => x.endsWith('.txt'))) {
  const body = readFileSync(`${dir}/${f}`, 'utf8');
  for (const x of checker.check({ platform: 'generic', body }, { today: '2019-01-01' })) {
    if (!x.ruleId.startsWith(prefix)) continue;
    console.log(
      `${f}\t${x.ruleId}\t${x.severity}\t${x.text}\t${x.suggestions.join('|')}\t${body.slice(Math.max(0, x.start - 8), x.end + 8).replace(/\n/g, ' ')}`,
    );
  }
}
