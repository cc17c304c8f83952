import { parseArgs } from 'node:util';
import { PLATFORMS, type Platform } from '../engine/types';
import { runCheck } from './check';
import { oneLine, UsageError } from './errors';

const USAGE = `用法 / usage:
  publish-guard check [--format text|json] [--platform wechat|weibo|weibo-article|generic]
                      [--now YYYY-MM-DD] [--config FILE] [--no-cache] FILE...
  publish-guard dict validate FILE...
  publish-guard dict test [FILE...]
  publish-guard dict build --out bundle.json [--sign KEY.pem] [--key-id ID] FILE...
  publish-guard dict keygen [--out-dir DIR]
  publish-guard admin hash-password < password.txt   (policy value adminPasswordHash)
  publish-guard team init --url URL --admin-user NAME --db DB [--unit UNIT] [--users FILE]
  publish-guard team add-user|disable-user …   (publish-guard team --help)

Exit status: 0 no block finding, 1 block findings, 2 usage or input error.`;

export async function main(argv: string[]): Promise<number> {
  // A reader that stops early (publish-guard check … | head) closes the pipe: end quietly, as Unix tools do,
  // instead of crashing with an EPIPE stack trace.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw err;
  });
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h' || command === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return command ? 0 : 2;
  }
  if (command === 'check') return check(rest);
  if (command === 'dict') {
    const { runDict } = await import('./dict');
    return runDict(rest);
  }
  if (command === 'admin') {
    const { runAdmin } = await import('./admin');
    return runAdmin(rest);
  }
  if (command === 'team') {
    const { runTeam } = await import('./team');
    return runTeam(rest);
  }
  throw new UsageError(`unknown command: ${command} (try "publish-guard --help")`);
}

async function check(args: string[]): Promise<number> {
  let parsed: ReturnType<typeof parseCheckArgs>;
  try {
    parsed = parseCheckArgs(args);
  } catch (err) {
    throw new UsageError(oneLine((err as Error).message));
  }
  const { values, positionals } = parsed;
  if (positionals.length === 0) throw new UsageError('no input files (usage: publish-guard check [options] FILE...)');
  const format = values.format ?? 'text';
  if (format !== 'text' && format !== 'json') throw new UsageError(`unknown --format: ${format} (text or json)`);
  const platform = (values.platform ?? 'generic') as Platform;
  if (!(PLATFORMS as readonly string[]).includes(platform)) {
    throw new UsageError(`unknown --platform: ${values.platform} (${PLATFORMS.join(', ')})`);
  }
  if (values.now !== undefined && !isValidDate(values.now))
    throw new UsageError(`invalid --now: ${values.now} (YYYY-MM-DD)`);
  return runCheck({
    files: positionals,
    format,
    platform,
    now: values.now,
    config: values.config,
    cache: !values['no-cache'],
  });
}

function parseCheckArgs(args: string[]) {
  return parseArgs({
    args,
    allowPositionals: true,
    strict: true,
    options: {
      format: { type: 'string' },
      platform: { type: 'string' },
      now: { type: 'string' },
      config: { type: 'string' },
      'no-cache': { type: 'boolean' },
    },
  });
}

export function isValidDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!));
  return d.getUTCFullYear() === +m[1]! && d.getUTCMonth() === +m[2]! - 1 && d.getUTCDate() === +m[3]!;
}

/** Entry point used by bin/publish-guard.cjs: never prints a stack trace for user errors. */
export async function run(argv: string[]): Promise<void> {
  try {
    process.exitCode = await main(argv);
  } catch (err) {
    const msg = err instanceof Error ? err.message : String(err);
    process.stderr.write(`publish-guard: ${oneLine(msg)}\n`);
    process.exitCode = 2;
  }
}
