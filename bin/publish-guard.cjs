#!/usr/bin/env node
// Publish Guard CLI. The TypeScript sources are bundled into dist/cli.cjs by `npm run build`.
// CommonJS, as is the loader: a main module in ESM has Node set up its ES module loader first (≈ 20 ms of every
// start on the 2-core VMs this is measured on).
'use strict';
const { existsSync } = require('node:fs');
const { join } = require('node:path');
const { loadCli } = require('./load-cli.cjs');

const bundle = join(__dirname, '../dist/cli.cjs');
if (!existsSync(bundle)) {
  process.stderr.write('publish-guard: the CLI is not built yet; run "npm run build" in the publish-guard checkout\n');
  process.exit(2);
}
const argv = process.argv.slice(2);
const cli = loadCli(bundle, argv);
cli.exports.run(argv).then(cli.save);
