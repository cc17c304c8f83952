#!/usr/bin/env node
// Publish Guard CLI. The TypeScript sources are bundled into dist/cli.mjs by `npm run build`.
import { existsSync } from 'node:fs';

const cli = new URL('../dist/cli.mjs', import.meta.url);
if (!existsSync(cli)) {
  process.stderr.write('publish-guard: the CLI is not built yet; run "npm run build" in the publish-guard checkout\n');
  process.exit(2);
}
const { run } = await import(cli.href);
await run(process.argv.slice(2));
