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
for (let round = 0; round < 6; round++) {
  const xs: number[] = [];
  for (let i = 0; i < 30; i++) {
    c.clearCache();
    const u = process.cpuUsage();
    c.check({ platform: 'wechat', body: text }, { today: '2025-06-15' });
    const d = process.cpuUsage(u);
    xs.push((d.user + d.system) / 1000);
  }
  xs.sort((a, b) => a - b);
  console.log(round, xs[15]!.toFixed(2), xs[2]!.toFixed(2));
}
