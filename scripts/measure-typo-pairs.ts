/**
 * Guards the 别字 pairs of dictionaries/data/typos-extra.tsv by measurement on clean real prose: a pair ships only
 * if its wrong form never fires on text that is known to be correct.
 *
 *   node scripts/run-bundled.mjs scripts/measure-typo-pairs.ts [--candidates more.tsv] [--engine] [--verbose]
 *
 * Clean sources: (a) test/eval/corpus (gov.cn texts), (b) the government work-report corpus in
 * node_modules/.cache/gwrcorpus (measurement only, never committed; skipped when absent), (c) the clean cases of
 * every eval set (test/eval/**\/cases/clean-*.json; for the held-out sets only counts are printed, never text).
 *
 * For each pair (the TSV's, plus the candidates file in the same format) it prints every occurrence of the wrong
 * form on a clean source that no allow form of the pair covers (the allow forms are the ones lib/dict/typos-extra.ts
 * generates), whether the wrong form is itself a jieba word or sits inside longer jieba words (boundaries the allow
 * list may need), whether the right form is an idiom (the idiom rule's business) and whether typo.json already has
 * it. --engine also runs the core checker over every clean source and counts the typo-extra warn/block findings
 * per 10,000 characters (the figure the README reports). Exit code 1 when a pair fires on a clean source.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { typosExtraDictionary } from '../lib/dict/typos-extra';
import { walkFiles } from './walk-files';

const root = process.cwd();

const args = process.argv.slice(2);
const flag = (name: string) => args.includes(name);
const value = (name: string) => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
};
const verbose = flag('--verbose');

/** Held-out cases (every `holdout` half and all of generalise-b), whatever sets are added: counts only. */
const isHeldOut = (rel: string) => rel.startsWith('generalise-b/') || /(^|\/)holdout\//.test(rel);

interface Source {
  name: string;
  heldOut: boolean;
  texts: Array<{ id: string; text: string }>;
}

function sources(): Source[] {
  const corpusDir = join(root, 'test', 'eval', 'corpus');
  const corpus = walkFiles(corpusDir)
    .filter((p) => p.endsWith('.txt'))
    .map((p) => ({ id: relative(corpusDir, p), text: readFileSync(p, 'utf8') }));
  const gwrDir = value('--gwr') ?? join(root, 'node_modules', '.cache', 'gwrcorpus');
  const gwr = walkFiles(gwrDir)
    .filter((p) => p.endsWith('.txt'))
    .map((p) => ({ id: relative(gwrDir, p), text: readFileSync(p, 'utf8') }));
  const evalDir = join(root, 'test', 'eval');
  const open: Source['texts'] = [];
  const held: Source['texts'] = [];
  for (const p of walkFiles(evalDir)) {
    const rel = relative(evalDir, p);
    if (!/(^|\/)cases\/clean-[^/]*\.json$/.test(rel)) continue;
    const c = JSON.parse(readFileSync(p, 'utf8')) as { draft?: { title?: string; body?: string; author?: string } };
    const text = [c.draft?.title, c.draft?.author, c.draft?.body].filter(Boolean).join('\n');
    (isHeldOut(rel) ? held : open).push({ id: rel, text });
  }
  const out: Source[] = [
    { name: 'gov.cn corpus', heldOut: false, texts: corpus },
    { name: 'work-report corpus', heldOut: false, texts: gwr },
    { name: 'clean cases (open sets)', heldOut: false, texts: open },
    { name: 'clean cases (held-out sets, counts only)', heldOut: true, texts: held },
  ];
  return out.filter((s) => s.texts.length);
}

function pairsOf(tsv: string) {
  const d = typosExtraDictionary(tsv);
  return d.entries.map((e) => ({
    wrong: e.terms![0]!,
    right: e.suggestions![0]!,
    allow: e.allow ?? [],
    info: e.severity === 'info',
  }));
}

/** Start offsets of `wrong` in `text` that no occurrence of an allow form overlaps. */
function unguarded(text: string, wrong: string, allow: string[]): number[] {
  const out: number[] = [];
  for (let i = text.indexOf(wrong); i >= 0; i = text.indexOf(wrong, i + 1)) {
    const covered = allow.some((a) => {
      for (
        let j = text.indexOf(a, Math.max(0, i - a.length + 1));
        j >= 0 && j < i + wrong.length;
        j = text.indexOf(a, j + 1)
      ) {
        if (j + a.length > i) return true;
      }
      return false;
    });
    if (!covered) out.push(i);
  }
  return out;
}

function jieba(): Map<string, number> {
  const path = process.env.JIEBA_DICT ?? join(root, 'node_modules', '.cache', 'jieba', 'jieba.dict.utf8');
  const out = new Map<string, number>();
  if (!existsSync(path)) {
    console.error(`(jieba dictionary not found at ${path}: word checks skipped; see scripts/wordlists.ts)`);
    return out;
  }
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const [w, f] = line.split(' ');
    if (w && f) out.set(w, Math.max(out.get(w) ?? 0, Number(f)));
  }
  return out;
}

const shipped = readFileSync(join(root, 'dictionaries', 'data', 'typos-extra.tsv'), 'utf8');
const candPath = value('--candidates');
const candText = candPath ? readFileSync(candPath, 'utf8') : '';
const pairs = [
  ...pairsOf(shipped).map((p) => ({ ...p, candidate: false })),
  ...pairsOf(candText).map((p) => ({ ...p, candidate: true })),
];
const srcs = sources();
const words = jieba();
const wordList = [...words.keys()];
const idioms = new Set(
  readFileSync(join(root, 'dictionaries', 'data', 'idioms.txt'), 'utf8')
    .split('\n')
    .filter((l) => l && !l.startsWith('#')),
);
const typoTerms = (
  JSON.parse(readFileSync(join(root, 'dictionaries', 'typo.json'), 'utf8')) as { entries: Array<{ terms: string[] }> }
).entries.flatMap((e) => e.terms);

let failing = 0;
const seen = new Set<string>();
for (const p of pairs) {
  const notes: string[] = [];
  if (seen.has(p.wrong)) notes.push('duplicate');
  seen.add(p.wrong);
  let fired = 0;
  for (const s of srcs) {
    let n = 0;
    const where: string[] = [];
    for (const t of s.texts) {
      const hits = unguarded(t.text, p.wrong, p.allow);
      n += hits.length;
      if (!s.heldOut)
        for (const i of hits.slice(0, 3))
          where.push(`${t.id}: …${t.text.slice(Math.max(0, i - 8), i + p.wrong.length + 8).replace(/\s+/g, ' ')}…`);
    }
    if (n) notes.push(`${n}× on ${s.name}${where.length ? `\n      ${where.slice(0, 4).join('\n      ')}` : ''}`);
    fired += n;
  }
  const f = words.get(p.wrong);
  if (f !== undefined) notes.push(`jieba word (freq ${f}; right form ${words.get(p.right) ?? 0})`);
  if (words.size) {
    const longer = wordList
      .filter((w) => w !== p.wrong && w.includes(p.wrong) && !p.allow.some((a) => w.includes(a) || a.includes(w)))
      .sort((a, b) => (words.get(b) ?? 0) - (words.get(a) ?? 0));
    if (longer.length)
      notes.push(
        `inside jieba words: ${longer
          .slice(0, 8)
          .map((w) => `${w}(${words.get(w)})`)
          .join(' ')}`,
      );
  }
  if (idioms.has(p.right)) notes.push('right form is an idiom (idioms rule)');
  const clash = typoTerms.filter((t) => t.includes(p.wrong) || p.wrong.includes(t));
  if (clash.length) notes.push(`typo.json: ${clash.join(' ')}`);
  if (p.info) notes.push('info (advice only: not counted as a false alarm)');
  if (fired && !p.info) failing++;
  if (notes.length && (verbose || fired || p.candidate))
    console.log(`${p.candidate ? '+' : ' '} ${p.wrong}\t→ ${p.right}\n    ${notes.join('\n    ')}`);
}

const chars = (s: Source) => s.texts.reduce((n, t) => n + t.text.length, 0);
console.log(
  `\n${pairs.length} pairs (${pairs.filter((p) => p.candidate).length} candidates, ${pairs.filter((p) => p.info).length} info); ${failing} warn pairs fire on a clean source.`,
);
for (const s of srcs) console.log(`  ${s.name}: ${s.texts.length} texts, ${chars(s)} characters`);

if (flag('--engine')) {
  const { createNodeEngine } = await import('../lib/node/engine');
  const { checker } = await createNodeEngine({ passes: 'core' });
  console.log('\ntypo-extra findings of the core checker (the shipped TSV), warn/block and info:');
  for (const s of srcs) {
    let n = 0;
    let info = 0;
    const where: string[] = [];
    for (const t of s.texts) {
      for (const f of checker.check({ platform: 'generic', body: t.text }, { today: '2025-06-15' })) {
        if (!f.ruleId.startsWith('typo.extra-')) continue;
        if (f.severity === 'info') info++;
        else n++;
        if (!s.heldOut) where.push(`${t.id}: ${f.text} (${f.severity})`);
      }
    }
    const per10k = (x: number) => ((x * 10000) / Math.max(1, chars(s))).toFixed(3);
    console.log(
      `  ${s.name}: warn/block ${n} (${per10k(n)} per 10k chars), info ${info} (${per10k(info)})${where.length ? `  ${where.slice(0, 10).join('; ')}` : ''}`,
    );
  }
}
process.exitCode = failing ? 1 : 0;
