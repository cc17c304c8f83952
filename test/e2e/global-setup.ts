import { execFileSync } from 'node:child_process';
import { chromiumPath, ROOT } from './harness';

/** Fails fast with a clear message when Chromium is missing, then builds the extension under test. */
export default function setup(): void {
  chromiumPath();
  if (process.env.PG_E2E_SKIP_BUILD === '1') return;
  execFileSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
}
