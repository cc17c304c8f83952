import { execFileSync, spawn, spawnSync } from 'node:child_process';
import {
  closeSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  statSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../../..');
const bin = join(root, 'bin/publish-guard.cjs');
let dir: string;

function cli(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [bin, ...args], {
    cwd: dir,
    encoding: 'utf8',
    input,
    // The engine cache goes to the test's own directory, not the user's.
    env: { ...process.env, NO_COLOR: '1', PUBLISH_GUARD_CACHE_DIR: join(dir, '.cache') },
    // Reading a FIFO or /dev/zero would hang: a hang fails the test (status null) instead of blocking it.
    timeout: 60_000,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(() => {
  execFileSync(process.execPath, ['scripts/build-cli.mjs'], { cwd: root, stdio: 'ignore' });
  dir = mkdtempSync(join(tmpdir(), 'pg-cli-'));
  writeFileSync(join(dir, 'clean.txt'), '市政府召开常务会议，研究部署防汛工作。\n');
  writeFileSync(join(dir, 'bad.txt'), '\ufeff第一行\r\n据报道，北朝鲜举行活动。\n');
  writeFileSync(
    join(dir, 'draft.json'),
    JSON.stringify({ platform: 'wechat', title: '关于北朝鲜的报道', body: '正文没有问题。', extra: 1 }),
  );
  writeFileSync(join(dir, 'bad.json'), '{ "platform": "wechat", ');
  writeFileSync(join(dir, 'nobody.json'), JSON.stringify({ platform: 'wechat', title: 'x' }));
  writeFileSync(join(dir, 'badplatform.json'), JSON.stringify({ platform: 'douyin', body: 'x' }));
  writeFileSync(join(dir, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 3]));
  writeFileSync(join(dir, 'latin1.txt'), Buffer.from([0xc4, 0xe3, 0xba, 0xc3]));
  writeFileSync(join(dir, 'empty.txt'), '');
  writeFileSync(join(dir, 'big.txt'), '市政府召开常务会议，研究部署防汛工作。\n'.repeat(260_000));
  writeFileSync(
    join(dir, 'config.json'),
    JSON.stringify({ rules: { 'formulation.north-korea': 'off' }, words: ['Qingdao'] }),
  );
  writeFileSync(join(dir, 'badconfig.json'), JSON.stringify({ rules: { formulation: 'loud' } }));
  // Non-regular files and files over the limits (sparse: their size is known without writing it).
  execFileSync('mkfifo', [join(dir, 'fifo')]);
  writeFileSync(join(dir, 'huge.txt'), '');
  truncateSync(join(dir, 'huge.txt'), 21 * 1024 * 1024);
  writeFileSync(join(dir, 'huge-dict.json'), '');
  truncateSync(join(dir, 'huge-dict.json'), 51 * 1024 * 1024);
  writeFileSync(
    join(dir, 'bigconfig.json'),
    JSON.stringify({ words: Array.from({ length: 120_000 }, (_, i) => `word${i}`) }),
  );
  writeFileSync(join(dir, 'config-huge-dict.json'), JSON.stringify({ dictionaries: ['huge-dict.json'] }));
  writeFileSync(join(dir, 'config-dev-zero.json'), JSON.stringify({ dictionaries: ['/dev/zero'] }));
  const people = { people: [{ name: '张三丰', titles: [{ title: '市长', org: '临江市', from: '2023-01-05' }] }] };
  writeFileSync(join(dir, 'names.json'), JSON.stringify(people));
  writeFileSync(join(dir, 'names-config.json'), JSON.stringify({ names: 'names.json' }));
  writeFileSync(join(dir, 'inline-names-config.json'), JSON.stringify({ names: people }));
  writeFileSync(join(dir, 'bad-names-config.json'), JSON.stringify({ names: { people: [{ name: 'Zhang' }] } }));
  writeFileSync(join(dir, 'names-fifo-config.json'), JSON.stringify({ names: 'fifo' }));
  writeFileSync(join(dir, 'leader.txt'), '市长张三峰主持会议，习近评总书记的重要讲话精神。\n');
});

// Every test spawns the CLI (one Node process each, about a second; several on a loaded machine).
describe('publish-guard check', { timeout: 30_000 }, () => {
  it('prints one JSON array with contract findings and exits 1 on a block finding', () => {
    const r = cli(['check', '--format', 'json', 'clean.txt', 'bad.txt']);
    expect(r.status).toBe(1);
    const out = JSON.parse(r.stdout) as Array<{ file: string; findings: Array<Record<string, unknown>> }>;
    expect(out.map((x) => x.file)).toEqual(['clean.txt', 'bad.txt']);
    expect(out[0]!.findings.filter((f) => f.severity !== 'info')).toEqual([]);
    const nk = out[1]!.findings.find((f) => f.ruleId === 'formulation.north-korea')!;
    expect(nk).toMatchObject({
      category: 'formulation',
      severity: 'block',
      field: 'body',
      text: '北朝鲜',
      suggestions: ['朝鲜'],
    });
    // Offsets are true to the file: BOM dropped, CRLF kept.
    const body = '第一行\r\n据报道，北朝鲜举行活动。\n';
    expect(body.slice(nk.start as number, nk.end as number)).toBe('北朝鲜');
    expect(
      Object.keys(nk).every((k) =>
        [
          'ruleId',
          'category',
          'severity',
          'field',
          'start',
          'end',
          'text',
          'message',
          'suggestions',
          'source',
          'url',
        ].includes(k),
      ),
    ).toBe(true);
  });

  it('ends quietly when the reader closes the pipe early (… | head)', async () => {
    writeFileSync(join(dir, 'many.txt'), '县人民检查院召开会议。\n'.repeat(3000));
    const child = spawn(process.execPath, [bin, 'check', 'many.txt'], {
      cwd: dir,
      env: { ...process.env, NO_COLOR: '1', PUBLISH_GUARD_CACHE_DIR: join(dir, '.cache') },
    });
    let stderr = '';
    child.stderr.on('data', (d) => {
      stderr += d;
    });
    // read the first chunk, then close our end, as head does
    child.stdout.once('data', () => child.stdout.destroy());
    const status = await new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
    expect(stderr).not.toContain('EPIPE');
    expect(stderr).toBe('');
    expect(status).toBe(1); // the exit status still says a block finding was seen
  });

  it('exits 0 when no file has a block finding', () => {
    expect(cli(['check', 'clean.txt']).status).toBe(0);
  });

  it('text output gives file:line:col with code-point columns and CRLF as one break', () => {
    const r = cli(['check', 'bad.txt']);
    expect(r.stdout).toMatch(/^bad\.txt:2:5 {2}block {2}formulation\(规范表述\) {2}.+ {2}→ 朝鲜$/m);
  });

  it('prefixes positions with the field for .json drafts; unknown fields are ignored', () => {
    const r = cli(['check', 'draft.json']);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/^draft\.json:title:1:3 {2}block/m);
  });

  it('--platform applies to .txt inputs', () => {
    const long = 'a'.repeat(10);
    writeFileSync(join(dir, 'weibo.txt'), `${'市'.repeat(150)}${long}`);
    const r = cli(['check', '--format', 'json', '--platform', 'weibo', 'weibo.txt']);
    const out = JSON.parse(r.stdout) as Array<{ findings: Array<{ category: string }> }>;
    expect(out[0]!.findings.some((f) => f.category === 'length')).toBe(true);
  });

  it('--config turns rules off', () => {
    const r = cli(['check', '--format', 'json', '--config', 'config.json', 'bad.txt']);
    const out = JSON.parse(r.stdout) as Array<{ findings: Array<{ ruleId: string }> }>;
    expect(out[0]!.findings.map((f) => f.ruleId)).not.toContain('formulation.north-korea');
  });

  it('checks leader names against the built-in list and a unit list from --config (file or inline)', () => {
    const names = (args: string[]) =>
      (
        JSON.parse(cli(['check', '--format', 'json', ...args, 'leader.txt']).stdout) as Array<{
          findings: Array<{ ruleId: string; text: string }>;
        }>
      )[0]!.findings
        .filter((f) => f.ruleId === 'typo.leader-name')
        .map((f) => f.text);
    expect(names([])).toEqual(['习近评']);
    expect(names(['--config', 'names-config.json'])).toEqual(['张三峰', '习近评']);
    expect(names(['--config', 'inline-names-config.json'])).toEqual(['张三峰', '习近评']);
  });

  it('--now fixes today for deadlines', () => {
    writeFileSync(join(dir, 'deadline.txt'), '报名截止时间为2025年3月1日。');
    const past = JSON.parse(cli(['check', '--format', 'json', '--now', '2025-06-01', 'deadline.txt']).stdout);
    const future = JSON.parse(cli(['check', '--format', 'json', '--now', '2025-01-01', 'deadline.txt']).stdout);
    expect(past[0].findings.some((f: { category: string }) => f.category === 'timeliness')).toBe(true);
    expect(future[0].findings.some((f: { category: string }) => f.category === 'timeliness')).toBe(false);
  });

  it('AutoCorrect restored from its memory snapshot and Hunspell answered from its memo print what fresh ones do', () => {
    // typography (spacing on) and spelling findings of real prose and of the edits' corner cases, in a cache directory
    // of this test's own: run 1 configures AutoCorrect and asks Hunspell, writing both; run 2 reads both
    const corpus = join(root, 'test/eval/corpus');
    const prose = readdirSync(corpus)
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .slice(0, 8)
      .map((f) => readFileSync(join(corpus, f), 'utf8'))
      .join('\n');
    writeFileSync(
      join(dir, 'typography.txt'),
      `${prose}\n会议要求,各单位认真落实.\n时间：10:00，地点：三楼会议室。\n全角字母ＡＢＣ和数字１２３。\n使用Python编写，共3个模块，详见 Goverment Work Report（2025）。\n`,
    );
    writeFileSync(join(dir, 'spacing.json'), JSON.stringify({ rules: { 'punctuation.cjk-spacing': 'info' } }));
    const cache = join(dir, '.cache-snapshot');
    const run = (env: Record<string, string>) =>
      spawnSync(process.execPath, [bin, 'check', '--format', 'json', '--config', 'spacing.json', 'typography.txt'], {
        cwd: dir,
        encoding: 'utf8',
        env: { ...process.env, PUBLISH_GUARD_CACHE_DIR: cache, ...env },
        timeout: 60_000,
      });
    const fresh = run({ PUBLISH_GUARD_NO_CACHE: '1' });
    const first = run({});
    const snapshot = join(cache, 'autocorrect-memory.v8');
    const memo = join(cache, 'spelling.v8');
    const written = [statSync(snapshot).mtimeMs, statSync(memo).mtimeMs];
    const second = run({});
    // read, not written again (a run that configures AutoCorrect or asks Hunspell anything new writes them)
    expect([statSync(snapshot).mtimeMs, statSync(memo).mtimeMs]).toEqual(written);
    const findings = JSON.parse(fresh.stdout)[0].findings as Array<{ ruleId: string }>;
    expect(findings.some((f) => f.ruleId === 'punctuation.cjk-spacing')).toBe(true);
    expect(findings.some((f) => f.ruleId === 'punctuation.half-width')).toBe(true);
    expect(findings.some((f) => f.ruleId === 'spelling.misspelled')).toBe(true);
    expect([first.stdout, second.stdout]).toEqual([fresh.stdout, fresh.stdout]);
    expect([first.status, second.status]).toEqual([fresh.status, fresh.status]);
  });

  it('an empty file and a 5 MB file are simply checked', () => {
    const r = cli(['check', '--format', 'json', 'empty.txt', 'big.txt']);
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout) as Array<{ file: string; findings: unknown[] }>;
    expect(out[0]).toEqual({ file: 'empty.txt', findings: [] });
    expect(Array.isArray(out[1]!.findings)).toBe(true);
  });

  it.each([
    ['missing.txt', /no such file/],
    ['.', /directory/],
    ['/dev/zero', /a device, not a regular file/],
    ['fifo', /a FIFO, not a regular file/],
    ['huge.txt', /file too large: 21 MB, limit 20 MB/],
    ['binary.txt', /binary/],
    ['latin1.txt', /not UTF-8/],
    ['bad.json', /invalid JSON/],
    ['nobody.json', /body/],
    ['badplatform.json', /platform/],
  ])('bad input %s: one-line error, exit 2, no stack trace, other files still checked', (file, message) => {
    const r = cli(['check', '--format', 'json', file, 'clean.txt']);
    expect(r.status).toBe(2);
    const out = JSON.parse(r.stdout) as Array<{ file: string; error?: string; findings?: unknown[] }>;
    expect(out[0]!.file).toBe(file);
    expect(out[0]!.error).toMatch(message);
    expect(out[0]!.findings).toBeUndefined();
    expect(out[1]!.findings).toBeDefined();
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).not.toMatch(/\bat .+:\d+:\d+/);
  });

  it.each([
    [['check', '--bogus', 'clean.txt'], /Unknown option|unknown/i],
    [['check', '--platform', 'douyin', 'clean.txt'], /unknown --platform/],
    [['check', '--now', '2025-02-30', 'clean.txt'], /invalid --now/],
    [['check', '--config', 'badconfig.json', 'clean.txt'], /--config/],
    [['check', '--config', 'nothere.json', 'clean.txt'], /--config nothere.json: no such file/],
    [['check', '--config', '/dev/zero', 'clean.txt'], /--config \/dev\/zero: a device, not a regular file/],
    [['check', '--config', 'fifo', 'clean.txt'], /--config fifo: a FIFO, not a regular file/],
    [['check', '--config', '.', 'clean.txt'], /a directory, not a regular file/],
    [['check', '--config', 'bigconfig.json', 'clean.txt'], /file too large: .* limit 1 MB/],
    [['check', '--config', 'config-huge-dict.json', 'clean.txt'], /huge-dict.json: file too large: 51 MB, limit 50 MB/],
    [['check', '--config', 'config-dev-zero.json', 'clean.txt'], /\/dev\/zero: a device, not a regular file/],
    [['check', '--config', 'bad-names-config.json', 'clean.txt'], /names: people\[0\]\.name/],
    [['check', '--config', 'names-fifo-config.json', 'clean.txt'], /names fifo: a FIFO, not a regular file/],
    [['check'], /no input files/],
    [['frobnicate'], /unknown command/],
  ])('usage error %j → exit 2 with one line on stderr', (args, message) => {
    const r = cli(args as string[]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });
});

describe('publish-guard admin hash-password', { timeout: 30_000 }, () => {
  it('hashes the first line of standard input', () => {
    const r = cli(['admin', 'hash-password'], 'correct horse battery\nsecond line\n');
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ algorithm: 'PBKDF2-SHA256', minLength: 21 });
    expect(r.stdout).not.toContain('correct horse');
  });

  it('stops reading an endless standard input (/dev/zero) with a one-line error', () => {
    const zero = openSync('/dev/zero', 'r');
    try {
      const r = spawnSync(process.execPath, [bin, 'admin', 'hash-password'], {
        cwd: dir,
        encoding: 'utf8',
        stdio: [zero, 'pipe', 'pipe'],
        timeout: 60_000,
      });
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(/^publish-guard: cannot read the password from standard input: input too large/);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
    } finally {
      closeSync(zero);
    }
  });
});
