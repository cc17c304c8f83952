import type { BuildOptions } from 'esbuild';
export function cliBundleOptions(entry: string, outfile: string): BuildOptions;
