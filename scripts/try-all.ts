import { createNodeEngine } from '../lib/node/engine';

const { checker } = await createNodeEngine();
for (const body of process.argv.slice(2)) {
  const fs = checker.check({ platform: 'generic', body }, { today: '2025-06-15' });
  console.log(body, '=>', fs.map((f) => `${f.ruleId} ${f.severity} [${f.text}] ${f.message}`).join('\n   '));
}
