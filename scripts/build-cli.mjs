// Bundles the Node CLI (lib/cli/main.ts and everything it imports) into dist/cli.cjs (bin/publish-guard.cjs runs it).
// Each file is written to a temporary name and renamed, so a CLI started meanwhile (tests build in parallel) never
// reads half a bundle.
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { build } from 'esbuild';
import { cliBundleOptions } from './cli-bundle.mjs';

const r = await build({ ...cliBundleOptions('lib/cli/main.ts', 'dist/cli.cjs'), sourcemap: true, write: false });
for (const f of r.outputFiles) {
  mkdirSync(dirname(f.path), { recursive: true });
  const tmp = `${f.path}.${process.pid}.tmp`;
  writeFileSync(tmp, f.contents);
  renameSync(tmp, f.path);
}
console.log('built dist/cli.cjs');
