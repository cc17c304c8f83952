import type { RuleSettings } from '../engine/config';
import { countSeverities } from '../engine/findings';
import { type Finding, type Platform, SEVERITIES, type Severity } from '../engine/types';
import { createNodeEngine } from '../node/engine';
import { defaultCacheDir } from '../node/engine-cache';
import { type CliConfig, loadCliConfig } from './config';
import { InputError, oneLine, UsageError } from './errors';
import { jsonErrorElement, jsonFileElement } from './format-json';
import { formatFinding, summary } from './format-text';
import { positions } from './positions';
import { type LoadedDraft, readDraft } from './read-draft';

export interface CheckArgs {
  files: string[];
  format: 'text' | 'json';
  platform: Platform;
  now?: string;
  config?: string;
  /** Use the on-disk engine cache (lib/node/engine-cache.ts) unless PUBLISH_GUARD_NO_CACHE is set. */
  cache?: boolean;
}

/** Writes to stdout as results come (one element or a file's lines at a time), so memory stays flat. */
interface Output {
  file(file: string, d: LoadedDraft, findings: readonly Finding[]): void;
  error(file: string, message: string): void;
  end(counts: Record<Severity, number>, files: number): void;
  /** After an unexpected failure: leave what was written well-formed. */
  abort(): void;
}

/**
 * One JSON array, written element by element; byte for byte what JSON.stringify(results, null, 2) gives, with only
 * the contract's finding fields (format-json.ts).
 */
function jsonOutput(write: (s: string) => void): Output {
  let n = 0;
  const element = (body: string) => write(`${n++ === 0 ? '[\n' : ',\n'}${body}`);
  return {
    file: (file, _d, findings) => element(jsonFileElement(file, findings)),
    error: (file, error) => element(jsonErrorElement(file, error)),
    end: () => write(n === 0 ? '[]\n' : '\n]\n'),
    abort: () => write(n === 0 ? '[]\n' : '\n]\n'),
  };
}

function textOutput(write: (s: string) => void, color: boolean): Output {
  return {
    file(file, d, findings) {
      if (!findings.length) return;
      const at = new Map<string, ReturnType<typeof positions>>();
      let out = '';
      for (const f of findings) {
        let pos = at.get(f.field);
        if (!pos) at.set(f.field, (pos = positions((d.draft[f.field] as string | undefined) ?? '')));
        out += `${formatFinding(file, f, d.structured, color, pos(f.start))}\n`;
      }
      write(out);
    },
    error: () => undefined, // reported on stderr as it happens
    end: (counts, files) => write(`${summary(counts, files)}\n`),
    abort: () => undefined,
  };
}

/** Set by bin/load-cli.cjs: lets V8's young generation grow while drafts are checked (see there). */
const CHECKING = Symbol.for('publish-guard.checking');

export async function runCheck(args: CheckArgs): Promise<number> {
  const config: CliConfig | undefined = args.config ? loadCliConfig(args.config) : undefined;
  const rules: RuleSettings = config?.rules ?? {};
  let engine: Awaited<ReturnType<typeof createNodeEngine>>;
  try {
    engine = await createNodeEngine({
      extraDictionaries: config?.dictionaries ?? [],
      words: config?.words ?? [],
      names: config?.names,
      rules,
      lazy: true,
      cache: args.cache && !process.env.PUBLISH_GUARD_NO_CACHE ? { dir: defaultCacheDir() } : undefined,
    });
  } catch (err) {
    throw new UsageError(oneLine((err as Error).message));
  }
  const write = (s: string) => {
    process.stdout.write(s);
  };
  const out =
    args.format === 'json'
      ? jsonOutput(write)
      : textOutput(write, Boolean(process.stdout.isTTY) && !process.env.NO_COLOR);
  let hadError = false;
  let hadBlock = false;
  const counts: Record<Severity, number> = { block: 0, warn: 0, info: 0 };
  let done = 0;
  // bin/load-cli.cjs's young-generation setting for checking, when the CLI runs through it
  const checking = (globalThis as Record<symbol, ((on: boolean) => void) | undefined>)[CHECKING];
  checking?.(true);
  try {
    for (const file of args.files) {
      let d: LoadedDraft;
      try {
        d = readDraft(file, args.platform);
      } catch (err) {
        if (!(err instanceof InputError)) throw err;
        hadError = true;
        process.stderr.write(`publish-guard: ${file}: ${oneLine(err.message)}\n`);
        out.error(file, oneLine(err.message));
        done++;
        continue;
      }
      const findings = engine.checker.check(d.draft, { today: args.now, rules });
      const c = countSeverities(findings);
      for (const k of SEVERITIES) counts[k] += c[k];
      if (c.block > 0) hadBlock = true;
      out.file(file, d, findings);
      done++;
    }
  } catch (err) {
    // Even when a check fails unexpectedly, what was written stays one valid JSON array.
    out.abort();
    throw err;
  } finally {
    checking?.(false);
  }
  engine.flush();
  out.end(counts, done);
  return hadError ? 2 : hadBlock ? 1 : 0;
}
