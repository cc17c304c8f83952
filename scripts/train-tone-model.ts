/**
 * Trains the three sentence models (lib/rules/tone-model.ts) and writes them into dictionaries/reply-tone.json:
 *
 * - `--model reply` (default) → `lexicons.toneModel`, read by opinion.reply-model in labelled replies: rude replies
 *   against polite and firm ones, from scripts/data-sources/tone-corpus/ (the lead session's bad.txt/ok.txt and three
 *   independent authors' independent/replies.jsonl, replies2.jsonl and replies3.jsonl; replies4.jsonl, a fourth
 *   independent author's, judges and is never trained on).
 * - `--model voice` → `lexicons.voiceModel`, read by opinion.voice-model in any post: the account's own opinion or
 *   emotion (independent/voice.jsonl, voice2.jsonl and voice3.jsonl by a second and a third author) and the rude
 *   replies of all three reply authors (in every training fold) against neutral reporting, attributed opinion, warm
 *   official phrases, the
 *   replies that must stay quiet, and real official prose — the sentences of the even-year national government work
 *   reports in node_modules/.cache/gwrcorpus (measurement corpus, never committed; see its SOURCES.md). The odd years
 *   judge the threshold and are never trained on.
 *
 * Logistic regression with L2 over the character n-grams of each sentence. Prints a k-fold cross-validation (how the
 * model does on lines it was not trained on), a cross-author check where two authors are loaded, then trains on
 * everything. The threshold written is the lowest whose cross-validated false-alarm rate on the ok lines the rule
 * reads is at most MAX_FA (1.8 % for replies, 1 % for the voice model) and, for the voice model, whose false alarms
 * on the odd-year work-report sentences it reads are at most MAX_PROSE_FA (0.5 %) and on an independent author's
 * lively posts (tone-corpus/independent/lively.jsonl, never trained on) at most MAX_LIVELY_FA (1 %): a missed
 * opinion costs less than a reviewer who stops trusting the warnings.
 * - `--model sales` → `lexicons.salesModel`, read by advertising.sales-model in any post: three independent authors'
 *   selling sentences against their near-misses (independent/sales*.jsonl, sales2*.jsonl, sales4*.jsonl) and the
 *   even-year work reports, judged like the voice model; two other authors' lines (sales3.jsonl, made from templates,
 *   and sales5*.jsonl, written in round 22 as a judge) are scored across authors, never trained on (SALES_SOURCES).
 * - The voice model also learns cue words (LEARNED_CUES, MIN_CUE_LINES, MIN_CUE_AUTHORS; see deriveCues) with a
 *   threshold of their own for the sentences read only through one.
 *   npx tsx scripts/train-tone-model.ts [--model reply|voice|sales] [--dry-run]
 * Knobs: L2 (default 0.003), MIN_DF (2), EPOCHS (400 reply, 300 voice), MAX_FA, MAX_PROSE_FA, MAX_LIVELY_FA, FOLDS (5),
 * SOURCES (reply model: lead,replies,replies2,replies3), VOICE_SOURCES (voice,voice2,voice3; voice4 judges),
 * SALES_SOURCES (sales,sales2,sales4; sales3 and sales5 judge), REPLY_AUTHORS (the rude replies the voice model trains on),
 * LIVELY_TRAIN (train on the even lively posts, judge on the odd; off for the shipped models). The voice and sales
 * models also print how they would do on sentences without a cue word (read by no rule).
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { splitSentences } from '../lib/engine/text/segment';
import {
  hasVoiceCue,
  replyRead,
  salesRead,
  salesSized,
  type ToneModelData,
  toneFeatures,
  voiced,
  voiceGate,
  voiceSized,
} from '../lib/rules/tone-model';
import { root } from './wordlists';

const arg = process.argv.indexOf('--model');
const MODEL = arg > 0 ? process.argv[arg + 1] : 'reply';
if (MODEL !== 'reply' && MODEL !== 'voice' && MODEL !== 'sales')
  throw new Error(`--model reply|voice|sales, not ${MODEL}`);
const sales = MODEL === 'sales';
/** The voice and sales models share the set-up: one author's lines, real prose in every fold, judges never trained on. */
const voice = MODEL === 'voice' || sales;
const L2 = Number(process.env.L2 ?? 0.003);
const MIN_DF = Number(process.env.MIN_DF ?? 2);
const EPOCHS = Number(process.env.EPOCHS ?? (voice ? 300 : 400));
// Replies: 1.8 % (threshold 0.85) from round 21 — at 0.5 % (0.95) the model found under half the rude replies it had
// not been trained on; at 0.85 six more labels of the held-out sets are found and no clean draft of any set warns (at
// 0.80 four clean drafts did).
const MAX_FA = Number(process.env.MAX_FA ?? (voice ? 0.01 : 0.018));
const MAX_PROSE_FA = Number(process.env.MAX_PROSE_FA ?? 0.005);
/**
 * The voice model's threshold as shipped, below what the criteria above choose (0.95; they still choose the learned
 * cues' threshold): round 21, at 0.90 the held-out sets (summary figures only) found six more labels and no clean draft
 * of any set warned; the work reports' polemics of the 1950s (这个数字显然是过大了) warn four times more. The
 * cross-validated quiet lines are only 16, so their 12.5 % at 0.90 is two lines.
 */
const VOICE_THRESHOLD = Number(process.env.VOICE_THRESHOLD ?? 0.9);
const FOLDS = Number(process.env.FOLDS ?? 5);
const dry = process.argv.includes('--dry-run');
/** Which sentences the rule reads: the reply model only speech to someone, the voice model any of its length. */
const reads = sales ? salesRead : voice ? voiced : replyRead;

type Author =
  | 'lead'
  | 'independent'
  | 'second'
  | 'third'
  | 'fourth'
  | 'fifth'
  | 'sixth'
  | 'seventh'
  | 'eighth'
  | 'ninth'
  | 'prose';
/** `file`: the corpus file a line comes from (learned cue words must occur in lines of several). */
type Row = { label: 'bad' | 'ok'; kind: string; text: string; author: Author; file?: string };
const corpus = join(root, 'scripts/data-sources/tone-corpus');
/** The lead session's lines: `kind<TAB>reply` per line. */
const readTsv = (file: string, label: Row['label']): Row[] =>
  readFileSync(join(corpus, file), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => {
      const [kind, text] = l.split('\t');
      if (!kind || !text) throw new Error(`${file}: expected kind<TAB>reply: ${l}`);
      return { label, kind, text, author: 'lead', file };
    });
/** The independent author's lines: JSON Lines `{label, kind, text}`. */
const readJsonl = (file: string, author: Author = 'independent'): Row[] =>
  readFileSync(join(corpus, file), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l, i) => {
      const r = JSON.parse(l) as Partial<Omit<Row, 'label'>> & { label?: string };
      // the sales corpus labels its lines sell / ok
      const label = r.label === 'sell' ? 'bad' : r.label;
      if ((label !== 'bad' && label !== 'ok') || !r.kind || !r.text) throw new Error(`${file}:${i + 1}: bad row`);
      return { label, kind: r.kind, text: r.text, author, file };
    });
/** Sentences of the national work reports the voice model reads, by the parity of the report's year. */
function reportSentences(parity: 0 | 1, judging = false): string[] {
  const dir = join(root, 'node_modules/.cache/gwrcorpus');
  if (!existsSync(dir)) throw new Error(`the voice model needs the work-report corpus in ${dir} (see its SOURCES.md)`);
  return readdirSync(dir)
    .filter((f) => /^\d{4}\.txt$/.test(f) && Number(f.slice(0, 4)) % 2 === parity)
    .sort()
    .flatMap((f) =>
      readFileSync(join(dir, f), 'utf8')
        .split('\n')
        .flatMap((p) => splitSentences(p).map((s) => p.slice(s.start, s.end).trim())),
    )
    .filter(sales ? (judging ? salesSized : salesRead) : voiceSized);
}

const SOURCES = (process.env.SOURCES ?? 'lead,replies,replies2,replies3').split(',');
/** The reply authors whose rude replies train the voice model as its own voice (in every fold). */
const REPLY_AUTHORS = (process.env.REPLY_AUTHORS ?? 'replies,replies2').split(',');
const VOICE_SOURCES = (process.env.VOICE_SOURCES ?? 'voice,voice2,voice3').split(',');
/** The sales authors trained on; the others judge across authors (sales2 is sales2.jsonl with sales2-ok.jsonl). */
const SALES_SOURCES = (process.env.SALES_SOURCES ?? 'sales,sales2,sales4').split(',');
const SALES_FILES: Record<string, string[]> = {
  sales: ['sales', 'sales-ok'],
  sales2: ['sales2', 'sales2-ok'],
  sales3: ['sales3'],
  sales4: ['sales4', 'sales4-ok'],
  sales5: ['sales5', 'sales5-ok'],
};
/** The reply and voice corpora of the independent authors: file (in independent/) and author. */
const AUTHORS: Record<string, [string, Author]> = {
  replies: ['replies', 'independent'],
  replies2: ['replies2', 'second'],
  replies3: ['replies3', 'fifth'],
  replies4: ['replies4', 'sixth'],
  replies5: ['replies5', 'eighth'],
  voice: ['voice', 'independent'],
  voice2: ['voice2', 'second'],
  voice3: ['voice3', 'third'],
  voice4: ['voice4', 'fourth'],
  voice5: ['voice5', 'seventh'],
  voice6: ['voice6', 'ninth'],
};
const readSource = (name: string): Row[] => {
  const [file, author] = AUTHORS[name]!;
  return existsSync(join(corpus, 'independent', `${file}.jsonl`)) ? readJsonl(`independent/${file}.jsonl`, author) : [];
};
/** Every author's replies: the lead session's, and two independent authors' (replies.jsonl, replies2.jsonl). */
const allReplies = () => [
  ...readTsv('bad.txt', 'bad'),
  ...readTsv('ok.txt', 'ok'),
  ...readSource('replies'),
  ...readSource('replies2'),
  ...(REPLY_AUTHORS.includes('replies3') ? readSource('replies3') : []),
];
/** The lines cross-validated (and the threshold chosen on). */
const rows: Row[] = sales
  ? SALES_SOURCES.flatMap((a) => SALES_FILES[a]!).flatMap((f) => readJsonl(`independent/${f}.jsonl`))
  : voice
    ? VOICE_SOURCES.flatMap(readSource)
    : [
        ...(SOURCES.includes('lead') ? [...readTsv('bad.txt', 'bad'), ...readTsv('ok.txt', 'ok')] : []),
        ...SOURCES.filter((s) => s !== 'lead').flatMap(readSource),
      ];
/** Lines in every training fold, never scored (voice model only): replies of both kinds and real prose. */
const always: Row[] = sales
  ? reportSentences(0).map((text): Row => ({ label: 'ok', kind: 'work-report', text, author: 'prose' }))
  : voice
    ? [
        // a rude reply is the account's own voice too, labelled as a reply or not
        ...allReplies(),
        ...reportSentences(0).map((text): Row => ({ label: 'ok', kind: 'work-report', text, author: 'prose' })),
      ]
    : [];
/**
 * Real prose that judges the voice model's threshold, and lively posts that must stay quiet (an independent author's;
 * never trained on, see VOICE_CUE in tone-model.ts).
 */
const judge = voice ? reportSentences(1, true) : [];
const livelyAll = voice ? readJsonl('independent/lively.jsonl').map((r) => r.text) : [];
// LIVELY_TRAIN: the even lines train (as quiet), the odd ones judge.
const LIVELY_TRAIN = !!process.env.LIVELY_TRAIN;
const lively = LIVELY_TRAIN ? livelyAll.filter((_, i) => i % 2 === 1) : livelyAll;
if (LIVELY_TRAIN)
  always.push(
    ...livelyAll
      .filter((_, i) => i % 2 === 0)
      .map((text): Row => ({ label: 'ok', kind: 'lively', text, author: 'prose' })),
  );
const MAX_LIVELY_FA = Number(process.env.MAX_LIVELY_FA ?? 0.01);

type Sample = { x: number[]; y: number; row: Row };

function vocabulary(train: readonly Row[]): Map<string, number> {
  const df = new Map<string, number>();
  for (const r of train) for (const f of toneFeatures(r.text)) df.set(f, (df.get(f) ?? 0) + 1);
  const ids = new Map<string, number>();
  for (const [f, n] of df) if (n >= MIN_DF) ids.set(f, ids.size);
  return ids;
}

const features = (text: string, ids: Map<string, number>) =>
  toneFeatures(text)
    .map((f) => ids.get(f))
    .filter((i): i is number => i !== undefined);
const encode = (rs: readonly Row[], ids: Map<string, number>): Sample[] =>
  rs.map((row) => ({ x: features(row.text, ids), y: row.label === 'bad' ? 1 : 0, row }));

/**
 * Full-batch gradient descent with Adam on the mean log loss plus L2 (bias not penalised). Each class weighs the
 * same in the loss, however many lines it has (the voice model has some 20 quiet lines for each bad one).
 */
function train(samples: readonly Sample[], dims: number): { w: Float64Array; b: number } {
  const w = new Float64Array(dims);
  const m = new Float64Array(dims + 1);
  const v = new Float64Array(dims + 1);
  const g = new Float64Array(dims + 1);
  const nBad = samples.filter((s) => s.y === 1).length;
  const weightOf = [samples.length / (2 * (samples.length - nBad)), samples.length / (2 * nBad)];
  let b = 0;
  const lr = 0.05;
  for (let t = 1; t <= EPOCHS; t++) {
    g.fill(0);
    for (const s of samples) {
      let z = b;
      for (const i of s.x) z += w[i]!;
      const err = (1 / (1 + Math.exp(-z)) - s.y) * weightOf[s.y]!;
      for (const i of s.x) g[i]! += err;
      g[dims]! += err;
    }
    for (let i = 0; i <= dims; i++) {
      let gi = g[i]! / samples.length;
      if (i < dims) gi += L2 * w[i]!;
      m[i] = 0.9 * m[i]! + 0.1 * gi;
      v[i] = 0.999 * v[i]! + 0.001 * gi * gi;
      const step = (lr * (m[i]! / (1 - 0.9 ** t))) / (Math.sqrt(v[i]! / (1 - 0.999 ** t)) + 1e-8);
      if (i < dims) w[i]! -= step;
      else b -= step;
    }
  }
  return { w, b };
}

const prob = (x: readonly number[], w: Float64Array, b: number) => {
  let z = b;
  for (const i of x) z += w[i]!;
  return 1 / (1 + Math.exp(-z));
};

/**
 * Learned cue words (voice model; LEARNED_CUES=0 turns them off): n-grams of two to four Han characters in at least
 * MIN_CUE_LINES bad lines from at least MIN_CUE_AUTHORS corpus files, and in no quiet line and no work-report sentence
 * of the training lines; an n-gram holding a shorter one, or a listed word (VOICE_CUE), is left out. Derived from the
 * training lines of each fold as well, so that the cross-validated figures are of lines the cues were not made from.
 */
const LEARNED_CUES = MODEL === 'voice' && process.env.LEARNED_CUES !== '0';
const MIN_CUE_LINES = Number(process.env.MIN_CUE_LINES ?? 4);
const MIN_CUE_AUTHORS = Number(process.env.MIN_CUE_AUTHORS ?? 3);
function deriveCues(train: readonly Row[]): string[] {
  const grams = (t: string) => {
    const out = new Set<string>();
    for (const run of t.match(/\p{Script=Han}+/gu) ?? [])
      for (let n = 2; n <= 4; n++) for (let i = 0; i + n <= run.length; i++) out.add(run.slice(i, i + n));
    return out;
  };
  const lines = new Map<string, number>();
  const files = new Map<string, Set<string>>();
  const quiet = new Set<string>();
  for (const r of train) {
    if (r.label === 'ok') {
      for (const g of grams(r.text)) quiet.add(g);
      continue;
    }
    for (const g of grams(r.text)) {
      lines.set(g, (lines.get(g) ?? 0) + 1);
      const f = files.get(g) ?? new Set<string>();
      f.add(r.file ?? r.author);
      files.set(g, f);
    }
  }
  const kept = [...lines]
    .filter(([g, n]) => n >= MIN_CUE_LINES && files.get(g)!.size >= MIN_CUE_AUTHORS && !quiet.has(g) && !hasVoiceCue(g))
    .map(([g]) => g);
  return kept.filter((g) => !kept.some((c) => c !== g && g.includes(c))).sort();
}
/** Read only through a learned cue word: scored against `learnedThreshold`, chosen apart below. */
const learnedOnly = (cs: readonly string[]) => {
  const gate = voiceGate(cs);
  return (t: string) => LEARNED_CUES && gate(t) === 'learned';
};
const cues = LEARNED_CUES ? deriveCues([...rows, ...always]) : [];
const learned = learnedOnly(cues);
if (LEARNED_CUES) console.log(`learned cue words: ${cues.length} (${cues.slice(0, 40).join(' ')} …)`);

// k-fold cross-validation: every line scored by a model that never saw it.
const order = rows.map((_, i) => i).sort((a, b) => ((a * 7919) % 1009) - ((b * 7919) % 1009));
const scored: Array<{ p: number; row: Row; learned: boolean }> = [];
for (let k = 0; k < FOLDS; k++) {
  const test = order.filter((_, i) => i % FOLDS === k).map((i) => rows[i]!);
  const trainRows = [...order.filter((_, i) => i % FOLDS !== k).map((i) => rows[i]!), ...always];
  const ids = vocabulary(trainRows);
  const { w, b } = train(encode(trainRows, ids), ids.size);
  const foldLearned = learnedOnly(LEARNED_CUES ? deriveCues(trainRows) : []);
  for (const s of encode(test, ids)) scored.push({ p: prob(s.x, w, b), row: s.row, learned: foldLearned(s.row.text) });
}
// The model shipped: trained on every line.
const all = [...rows, ...always];
const ids = vocabulary(all);
const { w, b } = train(encode(all, ids), ids.size);
const judged = judge.filter(reads).map((t) => prob(features(t, ids), w, b));
const livelyJudged = lively.map((t) => (reads(t) ? prob(features(t, ids), w, b) : 0));

// The threshold is chosen on the lines the rule reads (tone-model.ts `replyRead` / `voiced`).
const bad = scored.filter((s) => s.row.label === 'bad' && reads(s.row.text));
const ok = scored.filter((s) => s.row.label === 'ok' && reads(s.row.text));
console.log(
  `${MODEL} model: ${all.length} lines; ${FOLDS}-fold cross-validation on the ${bad.length} bad and ${ok.length} ok ones the rule reads` +
    (judge.length
      ? `; ${judged.length} odd-year work-report sentences and ${lively.length} lively posts judge the threshold`
      : '') +
    ':',
);
console.log(`threshold  recall(bad)  false alarms(ok)${judge.length ? '  work reports  lively posts' : ''}`);
let chosen = 0.99;
for (let step = 30; step <= 98; step++) {
  const th = step / 100;
  const r = bad.filter((s) => s.p >= th).length / bad.length;
  const fa = ok.filter((s) => s.p >= th).length / ok.length;
  const prose = judged.filter((p) => p >= th).length;
  const quietPosts = livelyJudged.filter((p) => p >= th).length;
  if (step % 5 === 0)
    console.log(
      `${th.toFixed(2).padStart(9)}  ${(100 * r).toFixed(1).padStart(10)}%  ${(100 * fa).toFixed(1).padStart(14)}%` +
        (judge.length ? `  ${String(prose).padStart(12)}  ${String(quietPosts).padStart(12)}` : ''),
    );
  if (
    fa <= MAX_FA &&
    prose <= MAX_PROSE_FA * judged.length &&
    quietPosts <= MAX_LIVELY_FA * lively.length &&
    th < chosen
  )
    chosen = th;
}
chosen = Math.round(chosen * 100) / 100;
// The voice and sales models on sentences without a cue (a word of judgement or feeling, of trade), which the rules do
// not read: the lowest threshold at or over `chosen` where none of the cross-validated quiet lines, odd-year
// work-report sentences or lively posts without a cue reaches it, and the bad lines found there. (Tried on
// 2026-12-05: 0.99 for both, some 2 % of the bad lines without a cue; not worth a sentence scored everywhere.)
let chosenUncued: number | undefined;
if (voice) {
  const un = (t: string) => (sales ? salesSized(t) && !salesRead(t) : voiceSized(t) && !voiced(t));
  const ub = scored.filter((s) => s.row.label === 'bad' && un(s.row.text));
  const uo = scored.filter((s) => s.row.label === 'ok' && un(s.row.text));
  const uj = judge.filter(un).map((t) => prob(features(t, ids), w, b));
  const ul = lively.filter(un).map((t) => prob(features(t, ids), w, b));
  console.log(
    `without a cue: ${ub.length} bad, ${uo.length} ok, ${uj.length} work-report sentences, ${ul.length} lively posts`,
  );
  console.log('threshold  recall(bad)  false alarms(ok)  work reports  lively posts');
  for (let step = Math.round(chosen * 100); step <= 99; step++) {
    const th = step / 100;
    const row = [ub, uo].map((xs) => xs.filter((s) => s.p >= th).length);
    const prose = uj.filter((p) => p >= th).length;
    const quiet = ul.filter((p) => p >= th).length;
    console.log(
      `${th.toFixed(2).padStart(9)}  ${String(row[0]).padStart(11)}  ${String(row[1]).padStart(16)}  ${String(prose).padStart(12)}  ${String(quiet).padStart(12)}`,
    );
    if (chosenUncued === undefined && row[1] === 0 && prose === 0 && quiet === 0) chosenUncued = th;
  }
  console.log(`without a cue: threshold ${chosenUncued ?? 'none (not read)'}`);
}
// Sentences read only through a learned cue word (voice model): their own threshold, chosen as `chosen` is, from
// `chosen` up, on the cross-validated lines read that way by the cues of their fold, and on the odd-year work-report
// sentences and lively posts read that way by the cues shipped (lively posts counted with those the main threshold
// warns on, against all of them, as above).
let learnedThreshold: number | undefined;
if (LEARNED_CUES) {
  const lb = scored.filter((s) => s.row.label === 'bad' && s.learned);
  const lo = scored.filter((s) => s.row.label === 'ok' && s.learned);
  const lj = judge.filter(learned).map((t) => prob(features(t, ids), w, b));
  const ll = lively.filter(learned).map((t) => prob(features(t, ids), w, b));
  console.log(
    `read only through a learned cue: ${lb.length} bad, ${lo.length} ok, ${lj.length} work-report sentences, ${ll.length} lively posts`,
  );
  console.log('threshold  recall(bad)  false alarms(ok)  work reports  lively posts');
  for (let step = Math.round(chosen * 100); step <= 99; step++) {
    const th = step / 100;
    const [found, fa] = [lb, lo].map((xs) => xs.filter((s) => s.p >= th).length) as [number, number];
    const prose = lj.filter((p) => p >= th).length;
    const quiet = ll.filter((p) => p >= th).length;
    console.log(
      `${th.toFixed(2).padStart(9)}  ${String(found).padStart(11)}  ${String(fa).padStart(16)}  ${String(prose).padStart(12)}  ${String(quiet).padStart(12)}`,
    );
    if (
      learnedThreshold === undefined &&
      fa <= MAX_FA * lo.length &&
      prose <= MAX_PROSE_FA * lj.length &&
      // lively posts: of all of them, with those the listed cues already warn on (as the main threshold counts them)
      quiet + livelyJudged.filter((p) => p >= chosen).length <= MAX_LIVELY_FA * lively.length
    )
      learnedThreshold = th;
  }
  console.log(`read only through a learned cue: threshold ${learnedThreshold ?? 'none (not read)'}`);
}
const kinds = new Map<string, [number, number]>();
for (const s of bad) {
  const k = kinds.get(s.row.kind) ?? [0, 0];
  k[0]++;
  if (s.p >= chosen) k[1]++;
  kinds.set(s.row.kind, k);
}
console.log(`at ${chosen}: recall per kind`, [...kinds].map(([k, [n, c]]) => `${k} ${c}/${n}`).join(', '));
if (lively.length)
  console.log(
    `lively posts at or over ${chosen}:`,
    lively.filter((_, i) => livelyJudged[i]! >= chosen),
  );
if (judge.length)
  console.log(
    `work-report sentences at or over ${chosen}:`,
    judge.filter(reads).filter((_, i) => judged[i]! >= chosen),
  );

/** The model shipped on another author's lines it reads (never trained on): recall and false alarms at each threshold. */
function judgeAcross(label: string, lines: readonly Row[], thresholds: readonly number[]): void {
  const scoredLines = lines.filter((r) => reads(r.text)).map((r) => ({ r, p: prob(features(r.text, ids), w, b) }));
  const count = (label: Row['label'], th = 0) => scoredLines.filter((x) => x.r.label === label && x.p >= th).length;
  const at = (th: number) =>
    `${th.toFixed(2)}: recall ${count('bad', th)}/${count('bad')}, false alarms ${count('ok', th)}/${count('ok')}`;
  console.log(`${label} (never trained on) —`, thresholds.map(at).join('; '));
}

// Across authors (sales model): the authors not in SALES_SOURCES. Until round 21 the model trained on sales.jsonl alone:
// with sales2 and sales4 it warned on lines of public rolls in clean posts (张某某，身份证号…，联系电话…，救助金额3000元).
// Round 22: such lines are not read (tone-model.ts PUBLIC_ROLL), and trained on three authors the model finds 141 of
// the 170 selling lines it reads of sales5 (a new author, never trained on) at 0.80, against 117 trained on one, with
// no false alarm on its 145 quiet lines (1 before). sales3 (made from templates; its threshold fell to 0.72 when
// trained on) and sales5 judge.
for (const author of sales
  ? Object.keys(SALES_FILES).filter(
      (a) =>
        !SALES_SOURCES.includes(a) &&
        SALES_FILES[a]!.every((f) => existsSync(join(corpus, 'independent', `${f}.jsonl`))),
    )
  : [])
  judgeAcross(
    author,
    SALES_FILES[author]!.flatMap((f) => readJsonl(`independent/${f}.jsonl`)),
    [0.5, chosen],
  );
// Across authors (reply and voice models): every other author's corpus of the model's kind not trained on. Round 17:
// the reply model trains on all four reply authors (threshold 0.95; holdouts D +1, H +2, no clean post warns; with
// lead and replies alone the threshold was 0.96 and replies2 judged: 47 of its 218 rude replies at 0.96). The voice
// model does not train on voice4.jsonl: it found no more labels on any evaluation set and read one more work-report
// sentence; voice5.jsonl (round 22) judges it too (38 of the 91 opinion lines it reads at 0.95, 41 trained on voice4:
// not worth the change). replies4.jsonl (round 22, a sixth author) judges the reply model: 131 of its 185 rude replies the rule
// reads at 0.85, no false alarm on 113 polite ones.
for (const name of sales ? [] : Object.keys(AUTHORS).filter((a) => a.startsWith(voice ? 'voice' : 'replies')))
  if (!(voice ? VOICE_SOURCES : SOURCES).includes(name) && readSource(name).length)
    judgeAcross(name, readSource(name), [0.5, 0.8, chosen]);

// Across authors (reply and voice models): trained on the other authors' lines, scored on one author's. Harder than
// the k-fold above, which shares an author's habits between training and test folds.
for (const author of sales
  ? []
  : (['lead', 'independent', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'ninth'] as const)) {
  const test = rows.filter((r) => r.author === author);
  const trainRows = rows.filter((r) => r.author !== author);
  if (!test.length || !trainRows.length) continue;
  const cids = vocabulary(trainRows);
  const m = train(encode(trainRows, cids), cids.size);
  const also = learnedOnly(
    LEARNED_CUES ? deriveCues([...trainRows, ...always.filter((r) => r.author !== author)]) : [],
  );
  const ss = encode(test, cids).filter((s) => reads(s.row.text));
  const sl = learnedThreshold === undefined ? [] : encode(test, cids).filter((s) => also(s.row.text));
  if (sl.length) {
    const found = sl.filter((s) => s.y === 1 && prob(s.x, m.w, m.b) >= learnedThreshold!).length;
    const fa = sl.filter((s) => s.y === 0 && prob(s.x, m.w, m.b) >= learnedThreshold!).length;
    console.log(
      `trained without ${author}, ${author}'s lines read only through a learned cue at ${learnedThreshold}: recall ${found}/${sl.filter((s) => s.y === 1).length}, false alarms ${fa}/${sl.filter((s) => s.y === 0).length}`,
    );
  }
  const cb = ss.filter((s) => s.y === 1);
  const co = ss.filter((s) => s.y === 0);
  const at = (th: number) =>
    `${th.toFixed(2)}: recall ${cb.filter((s) => prob(s.x, m.w, m.b) >= th).length}/${cb.length}, ` +
    `false alarms ${co.filter((s) => prob(s.x, m.w, m.b) >= th).length}/${co.length}`;
  console.log(`trained without ${author}, scored on ${author}'s lines —`, [0.5, 0.8, chosen].map(at).join('; '));
}

const weights: Record<string, number> = {};
for (const [f, i] of [...ids].sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0))) {
  const x = Math.round(w[i]! * 1000) / 1000;
  if (Math.abs(x) >= 0.02) weights[f] = x;
}
console.log(`features: ${ids.size}, kept (|w| ≥ 0.02): ${Object.keys(weights).length}; threshold ${chosen}`);
const top = Object.entries(weights).sort((x, y) => y[1] - x[1]);
console.log(
  'strongest bad:',
  top
    .slice(0, 25)
    .map(([f, x]) => `${f} ${x}`)
    .join('  '),
);
console.log(
  'strongest ok:',
  top
    .slice(-15)
    .map(([f, x]) => `${f} ${x}`)
    .join('  '),
);

if (!dry) {
  const file = join(root, 'dictionaries/reply-tone.json');
  const doc = JSON.parse(readFileSync(file, 'utf8')) as { lexicons: Record<string, unknown> };
  const key = sales ? 'salesModel' : voice ? 'voiceModel' : 'toneModel';
  const old = doc.lexicons[key] as ToneModelData | undefined;
  const model: ToneModelData = {
    note: 'Logistic regression over character 1–3-grams of one sentence; written by scripts/train-tone-model.ts.',
    source: sales
      ? 'scripts/data-sources/tone-corpus/independent/sales.jsonl and sales-ok.jsonl (sentences that sell, and near-misses an account may publish, by an independent author), and the sentences of the even-year national government work reports (public domain, 著作权法 art. 5; node_modules/.cache/gwrcorpus); trained by scripts/train-tone-model.ts --model sales'
      : voice
        ? 'scripts/data-sources/tone-corpus/independent/voice.jsonl, voice2.jsonl and voice3.jsonl (own-voice opinion and its quiet counterparts, by three independent authors), the replies of the tone corpus (replies2.jsonl included), and the sentences of the even-year national government work reports (public domain, 著作权法 art. 5; node_modules/.cache/gwrcorpus); trained by scripts/train-tone-model.ts --model voice'
        : 'scripts/data-sources/tone-corpus/ (replies by the lead session and by three independent authors: independent/replies.jsonl, replies2.jsonl, replies3.jsonl; see its README); trained by scripts/train-tone-model.ts',
    threshold: voice && !sales ? VOICE_THRESHOLD : chosen,
    bias: Math.round(b * 1000) / 1000,
    weights,
    ...(cues.length && learnedThreshold !== undefined ? { cues, learnedThreshold } : {}),
    examples: old?.examples ?? { hit: [], pass: [] },
  };
  doc.lexicons[key] = model;
  writeFileSync(file, `${JSON.stringify(doc, null, 2)}\n`);
  console.log(`wrote ${key} into ${file}`);
}
