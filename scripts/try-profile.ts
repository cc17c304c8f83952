import { Checker } from '../lib/engine/checker';
import { createNodeEngine } from '../lib/node/engine';
import { packageRoot } from '../lib/node/paths';
import { article } from './bench-data';

const text = article(packageRoot(), 20_000);
const { checker } = await createNodeEngine({ passes: 'core' });
// biome-ignore lint/suspicious/noExplicitAny: profiling script
const mods = [...(checker as any).paragraphRules, ...(checker as any).documentRules];
for (const m of mods) {
  const c = new Checker([m]);
  for (let i = 0; i < 5; i++) {
    c.clearCache();
    c.check({ platform: 'wechat', body: text }, { today: '2025-06-15' });
  }
  const xs: number[] = [];
  for (let i = 0; i < 15; i++) {
    c.clearCache();
    const u = process.cpuUsage();
    c.check({ platform: 'wechat', body: text }, { today: '2025-06-15' });
    const d = process.cpuUsage(u);
    xs.push((d.user + d.system) / 1000);
  }
  xs.sort((a, b) => a - b);
  console.log(
    xs[7]!.toFixed(2),
    m.rules
      .map((r: { id: string }) => r.id)
      .slice(0, 2)
      .join(','),
  );
}
