import type { RuleSettings } from '../engine/config';
import type { Finding, Platform, Severity } from '../engine/types';
import { createNodeEngine } from '../node/engine';
import { type CliConfig, loadCliConfig } from './config';
import { InputError, oneLine, UsageError } from './errors';
import { formatFinding, summary } from './format-text';
import { type LoadedDraft, readDraft } from './read-draft';

export interface CheckArgs {
  files: string[];
  format: 'text' | 'json';
  platform: Platform;
  now?: string;
  config?: string;
}

type FileResult = { file: string; findings: Finding[] } | { file: string; error: string };

/** The contract's finding fields, in order (nothing extra reaches the JSON output). */
export function contractFinding(f: Finding): Finding {
  const out: Finding = {
    ruleId: f.ruleId,
    category: f.category,
    severity: f.severity,
    field: f.field,
    start: f.start,
    end: f.end,
    text: f.text,
    message: f.message,
    suggestions: f.suggestions,
  };
  if (f.source !== undefined) out.source = f.source;
  if (f.url !== undefined) out.url = f.url;
  return out;
}

export async function runCheck(args: CheckArgs): Promise<number> {
  const config: CliConfig | undefined = args.config ? loadCliConfig(args.config) : undefined;
  let engine: Awaited<ReturnType<typeof createNodeEngine>>;
  try {
    engine = await createNodeEngine({
      extraDictionaries: config?.dictionaries ?? [],
      words: config?.words ?? [],
      names: config?.names,
    });
  } catch (err) {
    throw new UsageError(oneLine((err as Error).message));
  }
  const rules: RuleSettings = config?.rules ?? {};
  const results: FileResult[] = [];
  const loaded = new Map<string, LoadedDraft>();
  let hadError = false;
  let hadBlock = false;
  const counts: Record<Severity, number> = { block: 0, warn: 0, info: 0 };

  for (const file of args.files) {
    let d: LoadedDraft;
    try {
      d = readDraft(file, args.platform);
    } catch (err) {
      if (!(err instanceof InputError)) throw err;
      hadError = true;
      results.push({ file, error: oneLine(err.message) });
      process.stderr.write(`publish-guard: ${file}: ${oneLine(err.message)}\n`);
      continue;
    }
    loaded.set(file, d);
    const findings = engine.checker.check(d.draft, { today: args.now, rules }).map(contractFinding);
    for (const f of findings) {
      counts[f.severity]++;
      if (f.severity === 'block') hadBlock = true;
    }
    results.push({ file, findings });
  }

  if (args.format === 'json') {
    process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
  } else {
    const color = Boolean(process.stdout.isTTY) && !process.env.NO_COLOR;
    const lines: string[] = [];
    for (const r of results) {
      if (!('findings' in r)) continue;
      const d = loaded.get(r.file)!;
      for (const f of r.findings) lines.push(formatFinding(r.file, d.draft, f, d.structured, color));
    }
    lines.push(summary(counts, results.length));
    process.stdout.write(`${lines.join('\n')}\n`);
  }
  return hadError ? 2 : hadBlock ? 1 : 0;
}
