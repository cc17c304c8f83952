import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { runDict } from '../../../lib/cli/dict';
import { UsageError } from '../../../lib/cli/errors';
import { verifyBundle } from '../../../lib/dict/bundle';
import { formatFailure, runExamples } from '../../../lib/dict/examples';
import type { Dictionary } from '../../../lib/engine/dictionary/schema';
import { loadBuiltinData } from '../../../lib/node/builtin';
import { createNodeEngine } from '../../../lib/node/engine';

const ROOT = resolve(__dirname, '../../..');
const FIX = join(ROOT, 'test/fixtures/dicts');
const SAMPLE = join(FIX, 'sample.json');
const BAD = join(FIX, 'bad.json');
const FAILING = join(FIX, 'failing-examples.json');
const LIST = join(FIX, 'list.txt');

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'pg-dict-cli-'));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
afterEach(() => vi.restoreAllMocks());

/** Runs `publish-guard dict …` in-process, capturing stdout and stderr. */
async function dict(
  ...args: string[]
): Promise<{ code: number | 'usage'; stdout: string; stderr: string; error?: string }> {
  let stdout = '';
  let stderr = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stdout += String(chunk);
    return true;
  });
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stderr += String(chunk);
    return true;
  });
  try {
    const code = await runDict(args);
    return { code, stdout, stderr };
  } catch (e) {
    if (e instanceof UsageError) return { code: 'usage', stdout, stderr, error: e.message };
    throw e;
  } finally {
    vi.restoreAllMocks();
  }
}

describe('dict validate', () => {
  it('prints OK with the entry count for valid files and exits 0', async () => {
    const r = await dict('validate', SAMPLE, LIST);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`${SAMPLE}: OK (2 entries)`);
    expect(r.stdout).toContain(`${LIST}: OK (3 entries)`);
  });

  it('prints one line per problem with its path and exits 2', async () => {
    const r = await dict('validate', SAMPLE, BAD);
    expect(r.code).toBe(2);
    expect(r.stdout).toMatch(
      new RegExp(`${BAD.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: entries\\[1\\]\\.severity: .+`),
    );
    expect(r.stdout).toContain(`${SAMPLE}: OK`);
  });

  it('reports unreadable and non-UTF-8 files', async () => {
    const gbk = join(tmp, 'gbk.json');
    writeFileSync(gbk, Buffer.from([0x7b, 0xbc, 0xd7, 0x7d]));
    const r = await dict('validate', join(tmp, 'missing.json'), gbk);
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('missing.json: no such file');
    expect(r.stdout).toContain('UTF-8');
  });

  it('accepts every file shipped under dictionaries/ (dictionaries, links, sources, names, manifest, data tables)', async () => {
    const dir = join(ROOT, 'dictionaries');
    const files = readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile() && !e.name.endsWith('.md'))
      .map((e) => join(e.parentPath, e.name))
      .sort();
    expect(files.map((f) => f.slice(dir.length + 1))).toEqual(
      expect.arrayContaining([
        'links.json',
        'sources.json',
        'names.json',
        'manifest.json',
        'formulation.json',
        'rule-data.json',
        'data/t2s.txt',
        'data/pinyin.txt',
        'data/idioms.txt',
        'data/shapes.txt',
        'data/divisions.txt',
        'data/typos-extra.tsv',
      ]),
    );
    const r = await dict('validate', ...files);
    expect(r.stdout.split('\n').filter((l) => l && !/: OK \(/.test(l))).toEqual([]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`${join(dir, 'links.json')}: OK (link lists:`);
    expect(r.stdout).toContain(`${join(dir, 'sources.json')}: OK (repost sources:`);
    expect(r.stdout).toContain(`${join(dir, 'names.json')}: OK (leader names:`);
    expect(r.stdout).toContain(`${join(dir, 'rule-data.json')}: OK (rule word lists:`);
    expect(r.stdout).toContain(`${join(dir, 'reply-tone.json')}: OK (reply-tone word lists:`);
    expect(r.stdout).toMatch(/manifest\.json: OK \(manifest: \d+ dictionaries, 16 data files\)/);
    expect(r.stdout).toContain(`${join(dir, 'data/idioms.txt')}: OK (idiom list:`);
    expect(r.stdout).toContain(`${join(dir, 'data/shapes.txt')}: OK (look-alike characters:`);
    expect(r.stdout).toContain(`${join(dir, 'data/divisions.txt')}: OK (administrative divisions:`);
    expect(r.stdout).toContain(`${join(dir, 'data/typos-extra.tsv')}: OK (extra typo pairs:`);
    expect(r.stdout).toContain(`${join(dir, 'data/word-variants.txt')}: OK (common-word misspellings:`);
    expect(r.stdout).toContain(`${join(dir, 'data/word-freq.txt')}: OK (word counts:`);
  });

  it('checks links, sources, names and the manifest with their own schemas', async () => {
    const d = mkdtempSync(join(tmp, 'data-'));
    mkdirSync(join(d, 'data'));
    writeFileSync(join(d, 'links.json'), JSON.stringify({ approved: ['gov.cn', 'not a domain'] }));
    writeFileSync(join(d, 'sources.json'), JSON.stringify({ governmentPatterns: ['(?=x)'] }));
    writeFileSync(join(d, 'names.json'), JSON.stringify({ people: [{ name: 'Zhang San' }] }));
    writeFileSync(join(d, 'unit-names.json'), JSON.stringify({ people: [{ name: '张三丰', titles: [] }] }));
    writeFileSync(join(d, 'data/idioms.txt'), '# idioms\n一鼓作气\n不是成语的一行\n');
    writeFileSync(
      join(d, 'manifest.json'),
      JSON.stringify({
        dictionaries: ['missing.json'],
        data: {
          t2s: 'data/t2s.txt',
          pinyin: 'data/pinyin.txt',
          idioms: 'data/idioms.txt',
          links: 'links.json',
          sources: 'sources.json',
          names: 'names.json',
        },
      }),
    );
    const r = await dict(
      'validate',
      ...['links.json', 'sources.json', 'names.json', 'unit-names.json', 'manifest.json', 'data/idioms.txt'].map((f) =>
        join(d, f),
      ),
    );
    expect(r.code).toBe(2);
    expect(r.stdout).toContain(`${join(d, 'links.json')}: approved[1]: 不是有效的域名`);
    expect(r.stdout).toContain(`${join(d, 'sources.json')}: governmentPatterns[0]: 不是有效的 RE2 正则`);
    expect(r.stdout).toContain(`${join(d, 'names.json')}: people[0].name: 姓名应为 2–8 个汉字`);
    expect(r.stdout).toContain(`${join(d, 'unit-names.json')}: OK (leader names: 1 people)`);
    expect(r.stdout).toContain(
      `${join(d, 'manifest.json')}: dictionaries[0]: 列出的文件不存在 (listed file missing): missing.json`,
    );
    expect(r.stdout).toContain(`${join(d, 'manifest.json')}: data.t2s: 列出的文件不存在`);
    expect(r.stdout).toContain(`${join(d, 'data/idioms.txt')}: line 3: 须为四字成语`);
  });

  it('refuses directories, FIFOs and devices in one line each, without reading them', async () => {
    const fifo = join(tmp, 'validate.fifo');
    spawnSync('mkfifo', [fifo]);
    const r = await dict('validate', tmp, fifo, '/dev/zero', SAMPLE);
    expect(r.code).toBe(2);
    expect(r.stdout).toContain(`${tmp}: a directory, not a regular file`);
    expect(r.stdout).toContain(`${fifo}: a FIFO, not a regular file`);
    expect(r.stdout).toContain('/dev/zero: a device, not a regular file');
    expect(r.stdout).toContain(`${SAMPLE}: OK`);
  });

  it('refuses a dictionary over 50 MB before reading it', async () => {
    const huge = join(tmp, 'huge.json');
    writeFileSync(huge, '');
    truncateSync(huge, 51 * 1024 * 1024);
    const r = await dict('validate', huge);
    expect(r.code).toBe(2);
    expect(r.stdout).toContain(`${huge}: file too large: 51 MB, limit 50 MB`);
    const build = await dict('build', '--out', join(tmp, 'never.json'), huge);
    expect(build.code).toBe(2);
    expect(build.stderr).toContain('file too large');
    expect(existsSync(join(tmp, 'never.json'))).toBe(false);
  });

  it('validates TXT/CSV lists with the import rules', async () => {
    const bad = join(tmp, 'bad.csv');
    writeFileSync(bad, 'term,severity\n甲,fatal\n');
    const r = await dict('validate', bad);
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('第 2 行 severity 字段');
  });

  it('needs files', async () => {
    expect((await dict('validate')).code).toBe('usage');
  });
});

describe('dict test', () => {
  it('passes on a fixture dictionary', async () => {
    const r = await dict('test', SAMPLE);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('1 dictionaries, 4 examples, 0 failures');
  }, 60_000);

  it('prints failures and exits 1', async () => {
    const r = await dict('test', FAILING);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(
      'fixture-failing/sensitive.wrong-example: should flag «这句话里没有那个词。» but did not',
    );
  }, 60_000);

  it('runs the built-in dictionaries by default (exit status matches the example runner)', async () => {
    const dicts = loadBuiltinData().dictionaries as Dictionary[];
    const expected = runExamples(dicts, (await createNodeEngine()).checker);
    const r = await dict('test');
    expect(r.code).toBe(expected.failures.length ? 1 : 0);
    expect(r.stdout).toContain(
      `${dicts.length} dictionaries, ${expected.total} examples, ${expected.failures.length} failures`,
    );
    for (const f of expected.failures) expect(r.stdout).toContain(formatFailure(f));
  }, 120_000);

  it('refuses an invalid dictionary as a usage error', async () => {
    const r = await dict('test', BAD);
    expect(r.code).toBe('usage');
    expect(r.error).toContain('entries[1].severity');
  });
});

describe('dict keygen / build / verify', () => {
  it('keygen writes a private key (0600) and a public key and prints the base64 SPKI', async () => {
    const dir = join(tmp, 'keys');
    const r = await dict('keygen', '--out-dir', dir);
    expect(r.code).toBe(0);
    const priv = join(dir, 'publish-guard-private.pem');
    const pub = join(dir, 'publish-guard-public.pem');
    expect(readFileSync(priv, 'utf8')).toMatch(/^-----BEGIN PRIVATE KEY-----/);
    expect(readFileSync(pub, 'utf8')).toMatch(/^-----BEGIN PUBLIC KEY-----/);
    if (process.platform !== 'win32') expect(statSync(priv).mode & 0o777).toBe(0o600);
    const b64 = readFileSync(pub, 'utf8').replace(/-----[A-Z ]+-----|\n/g, '');
    expect(r.stdout).toContain(b64);
    expect(r.stdout).toMatch(/keyId: [0-9a-f]{16}/);
    // never overwrites silently
    const again = await dict('keygen', '--out-dir', dir);
    expect(again.code).toBe('usage');
    expect(again.error).toContain('already exists');
  });

  it('build --sign writes a bundle that verifies with the public key; dict verify agrees', async () => {
    const dir = join(tmp, 'sign');
    await dict('keygen', '--out-dir', dir);
    const out = join(tmp, 'bundle.json');
    const r = await dict(
      'build',
      '--out',
      out,
      '--sign',
      join(dir, 'publish-guard-private.pem'),
      '--version',
      '2025.06.15',
      SAMPLE,
    );
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('version 2025.06.15, 1 dictionaries, 2 entries, signed');
    const pub = readFileSync(join(dir, 'publish-guard-public.pem'), 'utf8');
    const v = await verifyBundle(readFileSync(out, 'utf8'), pub);
    expect(v.ok && v.version).toBe('2025.06.15');
    expect(v.ok && v.dictionaries.map((d) => d.id)).toEqual(['fixture-sample']);

    const ok = await dict('verify', '--key', join(dir, 'publish-guard-public.pem'), out);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain('OK (version 2025.06.15');

    const other = join(tmp, 'other');
    await dict('keygen', '--out-dir', other);
    const wrong = await dict('verify', '--key', join(other, 'publish-guard-public.pem'), out);
    expect(wrong.code).toBe(2);
    expect(wrong.stdout).toContain('签名校验失败');
  });

  it('build --names puts a leaders list into the signed bundle; an invalid list writes nothing', async () => {
    const dir = join(tmp, 'names-keys');
    await dict('keygen', '--out-dir', dir);
    const list = join(tmp, 'names.json');
    writeFileSync(
      list,
      JSON.stringify({ asOf: '2026-11-30', people: [{ name: '王建国', titles: [{ title: '省长', org: '江北省' }] }] }),
    );
    const out = join(tmp, 'names-bundle.json');
    const key = join(dir, 'publish-guard-private.pem');
    const r = await dict('build', '--out', out, '--sign', key, '--names', list, SAMPLE);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('leaders list (1 people)');
    const v = await verifyBundle(
      readFileSync(out, 'utf8'),
      readFileSync(join(dir, 'publish-guard-public.pem'), 'utf8'),
    );
    expect(v.ok && v.names?.asOf).toBe('2026-11-30');

    const badList = join(tmp, 'bad-names.json');
    writeFileSync(badList, JSON.stringify({ asOf: 'yesterday', people: [] }));
    const never = join(tmp, 'never-names.json');
    const bad = await dict('build', '--out', never, '--sign', key, '--names', badList, SAMPLE);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('invalid leaders list');
    expect(existsSync(never)).toBe(false);
  });

  it('build --key-id overrides the derived key id', async () => {
    const dir = join(tmp, 'kid');
    await dict('keygen', '--out-dir', dir);
    const out = join(tmp, 'kid.json');
    await dict(
      'build',
      '--out',
      out,
      '--sign',
      join(dir, 'publish-guard-private.pem'),
      '--key-id',
      'unit-2025',
      SAMPLE,
    );
    expect(JSON.parse(readFileSync(out, 'utf8')).keyId).toBe('unit-2025');
  });

  it('build without --sign writes an unsigned bundle and warns that installs reject it', async () => {
    const out = join(tmp, 'unsigned.json');
    const r = await dict('build', '--out', out, SAMPLE);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('未签名');
    expect(r.stdout).toContain('UNSIGNED');
    const dir = join(tmp, 'sign');
    const v = await verifyBundle(
      readFileSync(out, 'utf8'),
      readFileSync(join(dir, 'publish-guard-public.pem'), 'utf8'),
    );
    expect(v).toEqual({ ok: false, error: '缺少签名，已拒绝', problem: { code: 'bundle.unsigned' } });
  });

  it('build refuses invalid dictionaries and duplicate ids, writing nothing', async () => {
    const out = join(tmp, 'never.json');
    const r = await dict('build', '--out', out, SAMPLE, BAD);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('entries[1].severity');
    expect(existsSync(out)).toBe(false);
    const dup = await dict('build', '--out', out, SAMPLE, SAMPLE);
    expect(dup.code).toBe(2);
    expect(dup.stderr).toContain('also used by');
    expect(existsSync(out)).toBe(false);
  });

  it('usage errors', async () => {
    expect((await dict('build', SAMPLE)).error).toContain('--out');
    expect((await dict('build', '--out', join(tmp, 'x.json'))).error).toContain('no dictionary files');
    expect((await dict('build', '--out', join(tmp, 'x.json'), '--sign', SAMPLE, SAMPLE)).error).toContain(
      '私钥格式无效',
    );
    expect((await dict('build', '--bogus')).code).toBe('usage');
    expect((await dict('frobnicate')).error).toContain('unknown dict command');
    expect((await dict()).code).toBe(2);
    expect((await dict('--help')).code).toBe(0);
  });
});

describe('built CLI (publish-guard dict …)', () => {
  it('exits 0/2 with one-line errors and no stack trace', async () => {
    // Built privately (same options as scripts/build-cli.mjs) so that other test files spawning
    // dist/cli.mjs never see it half-written.
    const cache = join(ROOT, 'node_modules/.cache');
    mkdirSync(cache, { recursive: true });
    const dir = mkdtempSync(join(cache, 'pg-admin-cli-'));
    try {
      const { build } = await import('esbuild');
      await build({
        entryPoints: [join(ROOT, 'lib/cli/main.ts')],
        outfile: join(dir, 'cli.mjs'),
        bundle: true,
        platform: 'node',
        format: 'esm',
        target: 'node20',
        external: ['nodehun', 'dictionary-en', 'nspell'],
        banner: {
          js: "import { createRequire as __pgCreateRequire } from 'node:module'; const require = __pgCreateRequire(import.meta.url);",
        },
        logLevel: 'silent',
      });
      // What bin/publish-guard.cjs does, as an ES module bundle.
      writeFileSync(
        join(dir, 'run.mjs'),
        "const { run } = await import('./cli.mjs');\nawait run(process.argv.slice(2));\n",
      );
      const cli = (...args: string[]) =>
        spawnSync(process.execPath, [join(dir, 'run.mjs'), ...args], { cwd: ROOT, encoding: 'utf8' });
      const ok = cli('dict', 'validate', SAMPLE);
      expect(ok.status).toBe(0);
      expect(ok.stdout).toContain('OK (2 entries)');
      expect(cli('dict', 'validate', BAD).status).toBe(2);
      const usage = cli('dict', 'build', '--nope');
      expect(usage.status).toBe(2);
      expect(usage.stderr.trim().split('\n')).toHaveLength(1);
      expect(usage.stderr).toMatch(/^publish-guard: /);
      expect(usage.stderr).not.toContain('    at ');
      const keyDir = join(tmp, 'spawned-keys');
      expect(cli('dict', 'keygen', '--out-dir', keyDir).status).toBe(0);
      const out = join(tmp, 'spawned-bundle.json');
      expect(
        cli('dict', 'build', '--out', out, '--sign', join(keyDir, 'publish-guard-private.pem'), SAMPLE).status,
      ).toBe(0);
      expect(cli('dict', 'verify', '--key', join(keyDir, 'publish-guard-public.pem'), out).status).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
