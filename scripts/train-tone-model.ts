/**
 * Trains the reply tone model (lib/rules/tone-model.ts) and writes it into dictionaries/reply-tone.json
 * (`lexicons.toneModel`): logistic regression with L2 over the character n-grams of each reply in
 * scripts/data-sources/tone-corpus/bad.txt and ok.txt (replies and official sentences written for the project).
 *
 * Prints a k-fold cross-validation (how the model does on replies it was not trained on) at several thresholds,
 * then trains on everything. The threshold written is the lowest whose cross-validated false-alarm rate on the ok
 * sentences the rule reads is at most MAX_FA (default 0.5 %): a missed rude reply costs less than a reviewer who stops
 * trusting the warnings, and at 0.5 % real prose read as a reply (npm run eval:context) stays nearly quiet (7
 * findings in 1.4 M characters, against 27 at 2 %).
 *   npx tsx scripts/train-tone-model.ts [--dry-run]
 * Knobs: L2 (default 0.003), MIN_DF (2), EPOCHS (400), MAX_FA (0.005), FOLDS (5).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { spoken, type ToneModelData, toneFeatures } from '../lib/rules/tone-model';
import { root } from './wordlists';

const L2 = Number(process.env.L2 ?? 0.003);
const MIN_DF = Number(process.env.MIN_DF ?? 2);
const EPOCHS = Number(process.env.EPOCHS ?? 400);
const MAX_FA = Number(process.env.MAX_FA ?? 0.005);
const FOLDS = Number(process.env.FOLDS ?? 5);
const dry = process.argv.includes('--dry-run');

type Row = { label: 'bad' | 'ok'; kind: string; text: string };
const corpus = join(root, 'scripts/data-sources/tone-corpus');
/** `kind<TAB>reply` per line. */
const read = (file: string, label: Row['label']): Row[] =>
  readFileSync(join(corpus, file), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => {
      const [kind, text] = l.split('\t');
      if (!kind || !text) throw new Error(`${file}: expected kind<TAB>reply: ${l}`);
      return { label, kind, text };
    });
const rows: Row[] = [...read('bad.txt', 'bad'), ...read('ok.txt', 'ok')];

type Sample = { x: number[]; y: number; row: Row };

function vocabulary(train: readonly Row[]): Map<string, number> {
  const df = new Map<string, number>();
  for (const r of train) for (const f of toneFeatures(r.text)) df.set(f, (df.get(f) ?? 0) + 1);
  const ids = new Map<string, number>();
  for (const [f, n] of df) if (n >= MIN_DF) ids.set(f, ids.size);
  return ids;
}

const encode = (rs: readonly Row[], ids: Map<string, number>): Sample[] =>
  rs.map((row) => ({
    x: toneFeatures(row.text)
      .map((f) => ids.get(f))
      .filter((i): i is number => i !== undefined),
    y: row.label === 'bad' ? 1 : 0,
    row,
  }));

/** Full-batch gradient descent with Adam on the mean log loss plus L2 (bias not penalised). */
function train(samples: readonly Sample[], dims: number): { w: Float64Array; b: number } {
  const w = new Float64Array(dims);
  const m = new Float64Array(dims + 1);
  const v = new Float64Array(dims + 1);
  const g = new Float64Array(dims + 1);
  let b = 0;
  const lr = 0.05;
  for (let t = 1; t <= EPOCHS; t++) {
    g.fill(0);
    for (const s of samples) {
      let z = b;
      for (const i of s.x) z += w[i]!;
      const err = 1 / (1 + Math.exp(-z)) - s.y;
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

const prob = (s: Sample, w: Float64Array, b: number) => {
  let z = b;
  for (const i of s.x) z += w[i]!;
  return 1 / (1 + Math.exp(-z));
};

// k-fold cross-validation: every reply scored by a model that never saw it.
const order = rows.map((_, i) => i).sort((a, b) => ((a * 7919) % 1009) - ((b * 7919) % 1009));
const scored: Array<{ p: number; row: Row }> = [];
for (let k = 0; k < FOLDS; k++) {
  const test = order.filter((_, i) => i % FOLDS === k).map((i) => rows[i]!);
  const trainRows = order.filter((_, i) => i % FOLDS !== k).map((i) => rows[i]!);
  const ids = vocabulary(trainRows);
  const { w, b } = train(encode(trainRows, ids), ids.size);
  for (const s of encode(test, ids)) scored.push({ p: prob(s, w, b), row: s.row });
}
// The rule reads only sentences of speech (tone-model.ts `spoken`): the threshold is chosen on those.
const bad = scored.filter((s) => s.row.label === 'bad' && spoken(s.row.text));
const ok = scored.filter((s) => s.row.label === 'ok' && spoken(s.row.text));
console.log(
  `${rows.length} replies; ${FOLDS}-fold cross-validation on the ${bad.length} bad and ${ok.length} ok ones the rule reads:`,
);
console.log('threshold  recall(bad)  false alarms(ok)');
let chosen = 0.99;
for (let step = 30; step <= 98; step++) {
  const th = step / 100;
  const r = bad.filter((s) => s.p >= th).length / bad.length;
  const fa = ok.filter((s) => s.p >= th).length / ok.length;
  if (step % 5 === 0)
    console.log(
      `${th.toFixed(2).padStart(9)}  ${(100 * r).toFixed(1).padStart(10)}%  ${(100 * fa).toFixed(1).padStart(14)}%`,
    );
  if (fa <= MAX_FA && th < chosen) chosen = th;
}
chosen = Math.round(chosen * 100) / 100;
const kinds = new Map<string, [number, number]>();
for (const s of bad) {
  const k = kinds.get(s.row.kind) ?? [0, 0];
  k[0]++;
  if (s.p >= chosen) k[1]++;
  kinds.set(s.row.kind, k);
}
console.log(`at ${chosen}: recall per kind`, [...kinds].map(([k, [n, c]]) => `${k} ${c}/${n}`).join(', '));

// The model shipped: trained on every reply.
const ids = vocabulary(rows);
const { w, b } = train(encode(rows, ids), ids.size);
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
  const old = doc.lexicons.toneModel as ToneModelData | undefined;
  const model: ToneModelData = {
    note: 'Logistic regression over character 1–3-grams of one sentence; written by scripts/train-tone-model.ts.',
    source:
      'scripts/data-sources/tone-corpus/ (replies written for the project, see its README); trained by scripts/train-tone-model.ts',
    threshold: chosen,
    bias: Math.round(b * 1000) / 1000,
    weights,
    examples: old?.examples ?? { hit: [], pass: [] },
  };
  doc.lexicons.toneModel = model;
  writeFileSync(file, `${JSON.stringify(doc, null, 2)}\n`);
  console.log(`wrote ${file}`);
}
