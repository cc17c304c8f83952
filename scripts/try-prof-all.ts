import { createNodeEngine } from '../lib/node/engine';
import { packageRoot } from '../lib/node/paths';
import { article } from './bench-data';

const text = article(packageRoot(), 20_000);
const t0 = performance.now();
const { checker } = await createNodeEngine({ passes: 'core' });
console.log('build', (performance.now() - t0).toFixed(0));
for (let i = 0; i < 100; i++) {
  checker.clearCache();
  checker.check({ platform: 'wechat', body: text }, { today: '2025-06-15' });
}
