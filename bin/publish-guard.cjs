#!/usr/bin/env node
// Publish Guard CLI. The TypeScript sources are bundled into dist/cli.cjs by `npm run build`.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadCli } from './load-cli.mjs';

const cli = fileURLToPath(new URL('../dist/cli.cjs', import.meta.url));
if (!existsSync(cli)) {
  process.stderr.write('publish-guard: the CLI is not built yet; run "npm run build" in the publish-guard checkout\n');
  process.exit(2);
}
const argv = process.argv.slice(2);
const { exports, save } = loadCli(cli, argv);
await exports.run(argv);
save();
