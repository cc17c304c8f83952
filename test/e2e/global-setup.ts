import { execFileSync } from 'node:child_process';
import { chromiumPath, ROOT } from './harness';

/** Fails fast with a clear message when Chromium is missing, then builds the extension under test. */
export default function setup(): void {
  chromiumPath();
  if (process.env.PG_E2E_SKIP_BUILD === '1') return;
  // Vitest sets NODE_ENV=test; inherited, it makes Vite compile JSX for development (file names and line numbers
  // in every element, about 7 KB more per content script). Build exactly what `npm run build` ships.
  execFileSync('npx', ['wxt', 'build'], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, NODE_ENV: 'production' },
  });
}
