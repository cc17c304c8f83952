import { Checker } from '../lib/engine/checker';
import { createNodeEngine } from '../lib/node/engine';
import { packageRoot } from '../lib/node/paths';
import { article } from './bench-data';

const text = article(packageRoot(), 20_000);
const { checker } = await createNodeEngine({ passes: 'core' });
const which = process.argv[2] ?? 'typo.leader-name';
// biome-ignore lint/suspicious/noExplicitAny: profiling script
const m = [...(checker as any).paragraphRules].find((x: any) => x.rules.some((r: any) => r.id === which));
const c = new Checker([m]);
for (let i = 0; i < 200; i++) {
  c.clearCache();
  c.check({ platform: 'wechat', body: text }, { today: '2025-06-15' });
}
