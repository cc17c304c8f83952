/**
 * Validates the built-in dictionaries (dictionaries/manifest.json → "dictionaries") against the native
 * format (lib/dict/schema.ts) and runs a few data checks the schema cannot express.
 *
 *   npx tsx scripts/validate-dictionaries.ts [--seed FILE ...] [FILE.json ...]
 *
 * Errors (exit status 1):
 * - schema violations, printed as `file: entries[3] (id) .path: message`;
 * - a block-severity term that occurs literally (after normalization) in a founding/seed text — the founding
 *   notice must never be blocked (default seeds: test/fixtures/seed/*.txt);
 * - the same term listed twice in one entry.
 * Warnings (printed, exit status unaffected):
 * - terms not written in normalized form (upper case, full-width, traditional characters);
 * - a hit example that does not contain any of the entry's terms (context rules are checked by the unit tests,
 *   which run every example through the real checker: test/unit/dictionary-examples.test.ts);
 * - the same normalized term in two entries of one category.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseT2s } from '../lib/engine/data/tables';
import { dictionarySchema, formatIssuePath } from '../lib/engine/dictionary/schema';
import { Normalizer, type SkipLevel } from '../lib/engine/normalize';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dictDir = join(root, 'dictionaries');

const args = process.argv.slice(2);
const seedFiles: string[] = [];
const dictFiles: string[] = [];
for (let i = 0; i < args.length; i++) {
  const a = args[i]!;
  if (a === '--seed') seedFiles.push(resolve(args[++i] ?? ''));
  else dictFiles.push(resolve(a));
}
if (!dictFiles.length) {
  const manifest = JSON.parse(readFileSync(join(dictDir, 'manifest.json'), 'utf8')) as { dictionaries: string[] };
  for (const f of manifest.dictionaries) dictFiles.push(join(dictDir, f));
}
if (!seedFiles.length) {
  const seedDir = join(root, 'test', 'fixtures', 'seed');
  if (existsSync(seedDir))
    for (const f of readdirSync(seedDir).sort()) if (f.endsWith('.txt')) seedFiles.push(join(seedDir, f));
}

const t2sPath = join(dictDir, 'data', 't2s.txt');
const normalizer = new Normalizer({ t2s: existsSync(t2sPath) ? parseT2s(readFileSync(t2sPath, 'utf8')) : '' });
const DEFAULT_SKIP: Record<string, SkipLevel> = { sensitive: 'noise', formulation: 'quotes' };

let errors = 0;
let warnings = 0;
const error = (msg: string) => {
  errors++;
  console.error(`error   ${msg}`);
};
const warn = (msg: string) => {
  warnings++;
  console.warn(`warning ${msg}`);
};

const seeds = seedFiles.map((f) => ({ file: f, text: readFileSync(f, 'utf8').replace(/^\uFEFF/, '') }));
const rel = (f: string) => f.replace(`${root}/`, '');
let entriesTotal = 0;

for (const file of dictFiles) {
  const name = rel(file);
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    error(`${name}: cannot read JSON: ${(e as Error).message}`);
    continue;
  }
  const parsed = dictionarySchema().safeParse(raw);
  if (!parsed.success) {
    const rawEntries = (raw as { entries?: Array<{ id?: string }> }).entries ?? [];
    for (const issue of parsed.error.issues) {
      const p = issue.path;
      const id = p[0] === 'entries' && typeof p[1] === 'number' ? ` (${rawEntries[p[1]]?.id ?? '?'})` : '';
      error(`${name}: ${formatIssuePath(p)}${id}: ${issue.message}`);
    }
    continue;
  }
  const dict = parsed.data;
  entriesTotal += dict.entries.length;
  const byCategory = new Map<string, Map<string, string>>();

  for (const e of dict.entries) {
    const category = (e.category ?? dict.category)!;
    const where = `${name}: ${category}.${e.id}`;
    const skip = e.skip ?? DEFAULT_SKIP[category] ?? 'none';
    const seen = new Set<string>();
    const norms: string[] = [];
    for (const t of e.terms) {
      if (seen.has(t)) error(`${where}: term “${t}” listed twice`);
      seen.add(t);
      const plain = normalizer.normalize(t);
      if (plain !== t && normalizer.normalizeTerm(t, 'quotes') === normalizer.normalizeTerm(plain, 'quotes')) {
        // Only width/case/traditional differences: the engine folds them, but write the normal form.
        warn(`${where}: term “${t}” is not in normalized form (“${plain}”)`);
      }
      const n = normalizer.normalizeTerm(t, skip);
      norms.push(n);
      const cat = byCategory.get(category) ?? new Map<string, string>();
      byCategory.set(category, cat);
      const other = cat.get(n);
      if (other && other !== e.id) {
        // The same term under different contexts is deliberate (e.g. 中华台北 unquoted vs. in a WTO sentence).
        const otherEntry = dict.entries.find((x) => x.id === other);
        if (!e.context && !otherEntry?.context) warn(`${where}: term “${t}” also in ${category}.${other}`);
      } else cat.set(n, e.id);
    }
    for (const hit of e.examples.hit) {
      const h = normalizer.normalizeTerm(hit, skip);
      // (a near entry's hit examples hold slips of its terms, not the terms)
      if (norms.length && !norms.some((n) => n && h.includes(n)) && !e.pattern && e.match !== 'near') {
        warn(`${where}: hit example contains none of the terms: ${hit}`);
      }
    }
    // Near entries list the CORRECT forms (their slips are what they block): their terms belong in clean text.
    if (e.severity === 'block' && e.enabled && e.match !== 'near') {
      for (const s of seeds) {
        const text = normalizer.normalizeTerm(s.text, skip);
        for (let i = 0; i < e.terms.length; i++) {
          const n = norms[i]!;
          if (!n || !text.includes(n)) continue;
          // A literal check cannot apply context (quotes, neighbours, line start): for guarded entries it is a hint.
          if (e.context)
            warn(`${where}: block term “${e.terms[i]}” occurs literally in seed ${rel(s.file)} (context decides)`);
          else error(`${where}: block term “${e.terms[i]}” occurs in seed ${rel(s.file)}`);
        }
      }
    }
  }
  console.log(`ok      ${name}: ${dict.entries.length} entries`);
}

console.log(
  `${dictFiles.length} dictionaries, ${entriesTotal} entries; ${seeds.length} seed text(s) checked; ${errors} error(s), ${warnings} warning(s)`,
);
process.exit(errors ? 1 : 0);
