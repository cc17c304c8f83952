import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SCRIPT_BUDGET, EXTENSION_DIR } from './harness';

/** The built content scripts (global setup builds the extension) against the size budget of issue 15. */
describe('the content scripts', () => {
  const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as {
    content_scripts: Array<{ js?: string[] }>;
  };
  const scripts = manifest.content_scripts.flatMap((cs) => cs.js ?? []);

  it('are the two editor scripts', () => {
    expect(scripts.sort()).toEqual(['content-scripts/wechat.js', 'content-scripts/weibo.js']);
  });

  it.each(scripts)('%s stays within 200 KB', (file) => {
    expect(statSync(join(EXTENSION_DIR, file)).size).toBeLessThanOrEqual(CONTENT_SCRIPT_BUDGET);
  });
});
