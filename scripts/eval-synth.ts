/**
 * npm run eval:synth — synthetic stress test of typo recall (issue 15). From the project's own lexicons
 * (protected terms, leader names with a title, prefecture/county divisions, idioms, common words from jieba's
 * dictionary when present) it makes variants of each
 * kind the issue names — a sound-alike substitution, a dropped character, a doubled (extra) character, an
 * adjacent swap, a dropped surname — with a fixed seed, embeds each into a few sentence frames and prints
 * recall per (class × edit × frame), plus false alarms on the same frames with the correct forms.
 *
 * What it can show: which edit kinds and frames a rule never looks at. Sound-alikes are generated from
 * pinyin-pro readings (same syllable, any tone) over the characters of the lexicons themselves, independent of
 * the engine's own similarity tables. What it cannot show: look-alike substitutions (no independent shape
 * source is wired in yet), real error frequencies, or recall on forms a generated variant happens to make a
 * real word (those count as misses here, so the figures are a lower bound for real drafts).
 *   npm run eval:synth -- [--per 40] [--seed 15] [--misses]   (--misses prints each missed variant and each false alarm)
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pinyin } from 'pinyin-pro';
import { SEVERITY_RANK } from '../lib/engine/types';
import { createNodeEngine } from '../lib/node/engine';
import { packageRoot } from '../lib/node/paths';

const args = process.argv.slice(2);
const opt = (k: string, d: number) => {
  const i = args.indexOf(k);
  return i >= 0 ? Number(args[i + 1]) : d;
};
const PER = opt('--per', 40);
const SHOW_MISSES = args.includes('--misses');
const SEED = opt('--seed', 15) >>> 0;
let seed = SEED;
/**
 * Each class draws from its own stream (the seed and the class's name): a lexicon that grows changes its own sample,
 * not every later class's (before round 25 one stream ran through all classes).
 */
function reseed(key: string): void {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  seed = (SEED ^ h) >>> 0;
}
function rand(): number {
  // mulberry32: deterministic across runs
  seed = (seed + 0x6d2b79f5) >>> 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
/** sample() from the class's own stream (reseed). */
function sampleFor<T>(key: string, xs: readonly T[], n: number): T[] {
  reseed(key);
  return sample(xs, n);
}
function sample<T>(xs: readonly T[], n: number): T[] {
  const a = [...xs];
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [a[i], a[j]] = [a[j]!, a[i]!];
  }
  return a.slice(0, n);
}

const root = packageRoot();
const read = (p: string) => readFileSync(join(root, p), 'utf8');
const lines = (p: string) =>
  read(p)
    .split('\n')
    .filter((l) => l && !l.startsWith('#'));

const protectedTerms = (JSON.parse(read('dictionaries/protected.json')).entries as { terms: string[] }[]).flatMap((e) =>
  e.terms.filter((t) => t.length >= 3),
);
const people = (JSON.parse(read('dictionaries/names.json')).people as { name: string; titles: { title: string }[] }[])
  .filter((p) => p.titles.length && p.name.length >= 2)
  .map((p) => ({ name: p.name, title: p.titles[0]!.title }));
const divisions = lines('dictionaries/data/divisions.txt').map((l) => l.split('\t')) as [string, string][];
const prefectures = divisions.filter(([c, n]) => /00$/.test(c) && !/0000$/.test(c) && /市$/.test(n)).map(([, n]) => n);
const counties = divisions.filter(([c, n]) => !/00$/.test(c) && /[县市]$/.test(n) && n.length >= 3).map(([, n]) => n);
const idioms = lines('dictionaries/data/idioms.txt').filter((l) => [...l].length === 4);
// Common words (issue 15 item 3: 防汛→防讯): 2–4-character jieba words of frequency ≥ 1000 that are not idioms.
// jieba's dictionary is a build-time file (scripts/wordlists.ts), so the class is left out when it is absent.
const jiebaPath = process.env.JIEBA_DICT ?? join(root, 'node_modules', '.cache', 'jieba', 'jieba.dict.utf8');
const idiomSet = new Set(idioms);
const commonWords = existsSync(jiebaPath)
  ? readFileSync(jiebaPath, 'utf8')
      .split('\n')
      .map((l) => l.split(' '))
      .filter(([w, f]) => w && /^\p{Script=Han}{2,4}$/u.test(w) && Number(f) >= 1000 && !idiomSet.has(w))
      .map(([w]) => w!)
  : [];
if (!commonWords.length) console.log(`common-word class left out: no jieba dictionary at ${jiebaPath}`);

// Sound-alike pool: characters of the lexicons grouped by toneless pinyin (pinyin-pro, not the engine's table).
const bySyllable = new Map<string, string[]>();
const reading = new Map<string, string>();
for (const ch of new Set(
  [...protectedTerms, ...people.map((p) => p.name), ...prefectures, ...counties, ...idioms].join(''),
)) {
  if (!/\p{Script=Han}/u.test(ch)) continue;
  const py = pinyin(ch, { toneType: 'none' });
  reading.set(ch, py);
  const xs = bySyllable.get(py) ?? [];
  xs.push(ch);
  bySyllable.set(py, xs);
}

// The common words' own pool, kept apart so the other classes draw exactly the variants they drew before.
const wordBySyllable = new Map<string, string[]>();
for (const ch of new Set(commonWords.join(''))) {
  const py = pinyin(ch, { toneType: 'none' });
  if (!reading.has(ch)) reading.set(ch, py);
  const xs = wordBySyllable.get(py) ?? [];
  xs.push(ch);
  wordBySyllable.set(py, xs);
}

type Edit = 'sound' | 'drop' | 'extra' | 'swap' | 'no-surname';
function variant(
  term: string,
  edit: Edit,
  body: [number, number] = [0, [...term].length],
  pool = bySyllable,
): string | null {
  const cs = [...term];
  const i = body[0] + Math.floor(rand() * (body[1] - body[0]));
  switch (edit) {
    case 'sound': {
      const alts = (pool.get(reading.get(cs[i]!) ?? '') ?? []).filter((c) => c !== cs[i]);
      if (!alts.length) return null;
      cs[i] = pick(alts);
      break;
    }
    case 'drop':
      if (cs.length < 3) return null;
      cs.splice(i, 1);
      break;
    case 'extra':
      cs.splice(i, 0, cs[i]!);
      break;
    case 'swap': {
      const j = Math.min(i, cs.length - 2);
      if (cs[j] === cs[j + 1]) return null;
      [cs[j], cs[j + 1]] = [cs[j + 1]!, cs[j]!];
      break;
    }
    case 'no-surname':
      if (cs.length < 3) return null;
      cs.shift();
      break;
  }
  const v = cs.join('');
  return v === term ? null : v;
}

interface Klass {
  name: string;
  items: { term: string; title?: string }[];
  edits: Edit[];
  frames: Record<string, (t: string, title?: string) => string>;
  /** part of the term an edit may touch (keeps suffixes such as 市/县 intact) */
  body?: (t: string) => [number, number];
  /** sound-alike pool (default: the lexicons' characters) */
  pool?: Map<string, string[]>;
}
let wordItems: { term: string }[] | undefined;
const classes: Klass[] = [
  {
    name: 'protected',
    items: sampleFor('protected', protectedTerms, PER).map((term) => ({ term })),
    edits: ['sound', 'drop', 'extra', 'swap'],
    frames: {
      headline: (t) => `${t}召开专题会议`,
      source: (t) => `来源：${t}`,
      sentence: (t) => `近日，${t}印发通知，部署相关工作。`,
    },
  },
  {
    name: 'leader',
    items: sampleFor('leader', people, PER).map((p) => ({ term: p.name, title: p.title })),
    edits: ['sound', 'swap', 'no-surname'],
    frames: {
      headline: (t, title) => `${t}${title}出席会议`,
      'post-after': (t, title) => `会议由${t}主持，他现任${title}。`,
      'no-title': (t) => `${t}出席会议并讲话。`,
    },
  },
  {
    name: 'prefecture',
    items: sampleFor('prefecture', prefectures, PER).map((term) => ({ term })),
    edits: ['sound', 'swap', 'drop'],
    body: (t) => [0, [...t].length - 1],
    frames: {
      sentence: (t) => `调研组一行赴${t}开展调研。`,
      source: (t) => `来源：${t}人民政府`,
      bare: (t) => `${[...t].slice(0, -1).join('')}是一座历史文化名城。`,
    },
  },
  {
    name: 'county',
    items: sampleFor('county', counties, PER).map((term) => ({ term })),
    edits: ['sound', 'swap', 'drop'],
    body: (t) => [0, [...t].length - 1],
    frames: {
      sentence: (t) => `调研组一行赴${t}开展调研。`,
      source: (t) => `来源：${t}融媒体中心`,
    },
  },
  {
    name: 'idiom',
    items: sampleFor('idiom', idioms, PER).map((term) => ({ term })),
    edits: ['sound', 'swap', 'extra'],
    frames: {
      sentence: (t) => `大家${t}，圆满完成了各项任务。`,
      headline: (t) => `${t}：记一位基层干部`,
    },
  },
  {
    // a sound-alike that happens to be another real word (a real-word error) counts as a miss here too
    name: 'word',
    // sampled on first use, i.e. after every other class: their random draws stay as before
    get items() {
      wordItems ??= sampleFor('word', commonWords, PER).map((term) => ({ term }));
      return wordItems;
    },
    pool: wordBySyllable,
    edits: ['sound'],
    frames: {
      sentence: (t) => `会议指出，${t}方面的工作要抓紧抓实。`,
      headline: (t) => `【关注】${t}`,
    },
  },
];

const { checker } = await createNodeEngine();
const today = '2026-12-04';
function flagged(text: string, span?: [number, number]): boolean {
  const fs = checker.check({ platform: 'wechat', body: text }, { today });
  return fs.some(
    (f) =>
      f.category === 'typo' &&
      f.field === 'body' &&
      SEVERITY_RANK[f.severity] >= SEVERITY_RANK.warn &&
      (!span || (f.start < span[1] && span[0] < f.end)),
  );
}

const rows: string[][] = [['class', 'edit', 'frame', 'recall', 'n']];
let cleanN = 0;
let cleanFa = 0;
for (const k of classes) {
  reseed(`${k.name}:variants`);
  for (const [frameName, frame] of Object.entries(k.frames)) {
    for (const it of k.items) {
      cleanN++;
      if (flagged(frame(it.term, it.title))) {
        cleanFa++;
        if (SHOW_MISSES) console.log(`false alarm ${k.name} ${frameName}: ${frame(it.term, it.title)}`);
      }
    }
    for (const edit of k.edits) {
      let n = 0;
      let hit = 0;
      for (const it of k.items) {
        const v = variant(it.term, edit, k.body?.(it.term), k.pool);
        if (!v) continue;
        const text = frame(v, it.title);
        // the variant's span in the frame (bare frames drop the suffix)
        const core = frameName === 'bare' ? [...v].slice(0, -1).join('') : v;
        const s = text.indexOf(core);
        if (s < 0) continue;
        n++;
        if (flagged(text, [s, s + core.length])) hit++;
        else if (SHOW_MISSES) console.log(`miss ${k.name} ${edit} ${frameName}: ${text} (${it.term})`);
      }
      rows.push([k.name, edit, frameName, n ? `${((100 * hit) / n).toFixed(1)}%` : '—', String(n)]);
    }
  }
}
const w = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
for (const r of rows) console.log(r.map((c, i) => c.padEnd(w[i]!)).join('  '));
console.log(`\nclean frames: ${cleanFa}/${cleanN} with a warn/block typo finding (false alarms)`);
