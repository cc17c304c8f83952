// Bundles the Node CLI (lib/cli/main.ts and everything it imports) into dist/cli.cjs (bin/publish-guard.mjs runs it).
import { build } from 'esbuild';
import { cliBundleOptions } from './cli-bundle.mjs';

await build({ ...cliBundleOptions('lib/cli/main.ts', 'dist/cli.cjs'), sourcemap: true });
console.log('built dist/cli.cjs');
