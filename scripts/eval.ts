/**
 * npm run eval — rule quality against the labelled evaluation set in test/eval/cases (written and
 * labelled before the rules). Recall per category (a label is found by a finding with the same field
 * and category, an overlapping span and at least the labelled severity) and false alarms (warn/block
 * findings matching no label; on clean posts every warn/block finding is a false alarm).
 *   npm run eval -- [--dir test/eval/holdout/cases] [--verbose] [--json] [--by-kind]   (--by-kind: labels found per
 *   kind of case, counts only)
 *   npm run eval -- --corpus [test/eval/corpus] [--verbose]   (false alarms on real, clean government texts)
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Draft, Finding } from '../lib/engine/types';
import { CATEGORIES, type Category, SEVERITY_RANK, type Severity } from '../lib/engine/types';
import { createNodeEngine } from '../lib/node/engine';
import { packageRoot } from '../lib/node/paths';

interface Label {
  category: Category;
  severity: Severity;
  field: keyof Draft;
  text: string;
  occurrence?: number;
}
interface Case {
  id: string;
  kind: 'faulty' | 'clean';
  now: string;
  draft: Draft;
  expected: Label[];
}

export interface EvalResult {
  perCategory: Record<string, { labels: number; found: number; severityMiss: number; falseAlarms: number }>;
  /** Labels and found labels per kind of case (the case id less its number: faulty-reply, faulty-opinion …). */
  perKind: Record<string, { labels: number; found: number }>;
  clean: { posts: number; withFalseAlarm: number; falseAlarms: number };
  seed: { block: number };
  misses: string[];
  falseAlarms: string[];
}

function spanOf(value: string, text: string, occurrence = 1): [number, number] {
  let p = -1;
  for (let n = 0; n < occurrence; n++) {
    p = value.indexOf(text, p + 1);
    if (p < 0) throw new Error(`label text not found: ${text}`);
  }
  return [p, p + text.length];
}

export async function evaluate(root = packageRoot(), casesDir = 'test/eval/cases'): Promise<EvalResult> {
  const dir = join(root, casesDir);
  const cases = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as Case);
  const { checker } = await createNodeEngine();
  const per: EvalResult['perCategory'] = Object.fromEntries(
    CATEGORIES.map((c) => [c, { labels: 0, found: 0, severityMiss: 0, falseAlarms: 0 }]),
  );
  const res: EvalResult = {
    perCategory: per,
    perKind: {},
    clean: { posts: 0, withFalseAlarm: 0, falseAlarms: 0 },
    seed: { block: 0 },
    misses: [],
    falseAlarms: [],
  };
  for (const c of cases) {
    const findings: Finding[] = checker.check(c.draft, { today: c.now });
    const used = new Set<Finding>();
    for (const l of c.expected ?? []) {
      const value = String(c.draft[l.field] ?? '');
      const [s, e] = spanOf(value, l.text, l.occurrence);
      per[l.category]!.labels++;
      const overlapping = findings.filter(
        (f) => f.field === l.field && f.category === l.category && f.start < e && s < f.end,
      );
      const ok = overlapping.filter((f) => SEVERITY_RANK[f.severity] >= SEVERITY_RANK[l.severity]);
      for (const f of overlapping) used.add(f);
      const kind = (res.perKind[c.id.replace(/-[a-z]?\d+$/, '')] ??= { labels: 0, found: 0 });
      kind.labels++;
      if (ok.length) kind.found++;
      if (ok.length) per[l.category]!.found++;
      else {
        if (overlapping.length) per[l.category]!.severityMiss++;
        res.misses.push(
          `${c.id}: ${l.category}/${l.severity} ${l.field} “${l.text}”${overlapping.length ? ` (found as ${overlapping.map((f) => f.severity).join(',')})` : ''}`,
        );
      }
    }
    let fa = 0;
    for (const f of findings) {
      if (f.severity === 'info' || used.has(f)) continue;
      // A warn/block finding that overlaps a label of another category is not counted as a false alarm.
      const overlapsLabel = (c.expected ?? []).some((l) => {
        if (l.field !== f.field) return false;
        const [s, e] = spanOf(String(c.draft[l.field] ?? ''), l.text, l.occurrence);
        return f.start < e && s < f.end;
      });
      if (overlapsLabel) continue;
      fa++;
      per[f.category]!.falseAlarms++;
      res.falseAlarms.push(`${c.id}: ${f.ruleId} ${f.severity} ${f.field} “${f.text}” — ${f.message}`);
    }
    if (c.kind === 'clean') {
      res.clean.posts++;
      res.clean.falseAlarms += fa;
      if (fa) res.clean.withFalseAlarm++;
    }
  }
  const seed = readFileSync(join(root, 'test/fixtures/seed/qingdao-2019-15.txt'), 'utf8');
  res.seed.block = checker
    .check({ platform: 'generic', body: seed }, { today: '2019-03-14' })
    .filter((f) => f.severity === 'block').length;
  return res;
}

export interface CorpusResult {
  documents: number;
  chars: number;
  /** warn/block findings (every one is a false alarm: the texts are published, clean official documents). */
  findings: Array<{ file: string; ruleId: string; severity: Severity; text: string; context: string; message: string }>;
  info: number;
}

/**
 * Runs every text of a corpus directory (sources.json lists the files and their publication month) through the
 * full checker, with "today" set to the publication month's first day so deadlines in the text are not yet past.
 */
export async function evaluateCorpus(root = packageRoot(), corpusDir = 'test/eval/corpus'): Promise<CorpusResult> {
  const dir = join(root, corpusDir);
  const meta = JSON.parse(readFileSync(join(dir, 'sources.json'), 'utf8')) as {
    documents: Array<{ file: string; published: string; today?: string }>;
  };
  const { checker } = await createNodeEngine();
  const res: CorpusResult = { documents: 0, chars: 0, findings: [], info: 0 };
  for (const d of meta.documents) {
    const body = readFileSync(join(dir, d.file), 'utf8');
    const today = d.today ?? `${d.published.slice(0, 7)}-01`;
    res.documents++;
    res.chars += body.length;
    for (const f of checker.check({ platform: 'generic', body }, { today })) {
      if (f.severity === 'info') {
        res.info++;
        continue;
      }
      const context = body.slice(Math.max(0, f.start - 12), f.end + 12).replace(/\s+/g, ' ');
      res.findings.push({
        file: d.file,
        ruleId: f.ruleId,
        severity: f.severity,
        text: f.text,
        context,
        message: f.message,
      });
    }
  }
  return res;
}

async function printCorpus(dirArg: string | undefined): Promise<void> {
  const r = await evaluateCorpus(packageRoot(), dirArg);
  const per100k = (n: number) => ((n * 100_000) / r.chars).toFixed(2);
  console.log(`corpus: ${r.documents} documents, ${r.chars} characters`);
  console.log(
    `warn/block findings: ${r.findings.length} (${per100k(r.findings.length)} per 100k characters); info: ${r.info} (${per100k(r.info)} per 100k)`,
  );
  const byRule = new Map<string, number>();
  for (const f of r.findings) byRule.set(f.ruleId, (byRule.get(f.ruleId) ?? 0) + 1);
  for (const [rule, n] of [...byRule].sort((a, b) => b[1] - a[1])) console.log(`  ${rule}: ${n}`);
  if (process.argv.includes('--verbose') || process.argv.includes('--json')) {
    if (process.argv.includes('--json')) console.log(JSON.stringify(r.findings, null, 2));
    else for (const f of r.findings) console.log(`  ${f.file}: ${f.ruleId} ${f.severity} “${f.text}” … ${f.context} …`);
  }
}

if (import.meta.url === `file://${process.argv[1]}` && process.argv.includes('--corpus')) {
  const at = process.argv.indexOf('--corpus');
  const next = process.argv[at + 1];
  await printCorpus(next && !next.startsWith('--') ? next : undefined);
} else if (import.meta.url === `file://${process.argv[1]}`) {
  const at = process.argv.indexOf('--dir');
  const r = await evaluate(packageRoot(), at > 0 ? process.argv[at + 1] : undefined);
  if (process.argv.includes('--json')) {
    console.log(JSON.stringify(r, null, 2));
  } else {
    console.log('| category | labels | found | recall | severity too low | false alarms (warn/block) |');
    console.log('|---|---:|---:|---:|---:|---:|');
    let L = 0;
    let F = 0;
    let FA = 0;
    for (const c of CATEGORIES) {
      const x = r.perCategory[c]!;
      L += x.labels;
      F += x.found;
      FA += x.falseAlarms;
      console.log(
        `| ${c} | ${x.labels} | ${x.found} | ${x.labels ? ((100 * x.found) / x.labels).toFixed(1) : '—'}% | ${x.severityMiss} | ${x.falseAlarms} |`,
      );
    }
    console.log(`| **all** | ${L} | ${F} | ${((100 * F) / L).toFixed(1)}% | | ${FA} |`);
    console.log(
      `\nclean government posts: ${r.clean.posts}, with a warn/block finding: ${r.clean.withFalseAlarm} (${r.clean.falseAlarms} findings)`,
    );
    console.log(`founding notice (--now 2019-03-14): ${r.seed.block} block findings`);
    // counts only, so held-out sets can be read this way too
    if (process.argv.includes('--by-kind'))
      for (const [k, x] of Object.entries(r.perKind).sort()) console.log(`  ${k}: ${x.found} / ${x.labels}`);
    if (process.argv.includes('--verbose')) {
      console.log('\nmissed labels:');
      for (const m of r.misses) console.log(`  ${m}`);
      console.log('\nfalse alarms:');
      for (const m of r.falseAlarms) console.log(`  ${m}`);
    }
  }
}
