import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { Finding } from '../../../lib/engine/types';
import { createNodeEngine } from '../../../lib/node/engine';

/** The rules' memo files a run that met new characters leaves in the cache directory (lib/node/memo-store.ts). */
const MEMO_FILES = [
  'memo-draft-variant.alike.v8',
  'memo-first-units.v8',
  'memo-unlikely-word.alike.v8',
  'memo-unlikely-word.pairs-after.v8',
  'memo-unlikely-word.pairs-before.v8',
  'memo-unlikely-word.sound.v8',
  'memo-word-variant.index.v8',
];

import { cacheKey, defaultCacheDir, openTableStore, readCached, writeCached } from '../../../lib/node/engine-cache';

const root = join(import.meta.dirname, '../../..');
const fresh = () => mkdtempSync(join(tmpdir(), 'pg-cache-'));
/** Byte-wise equality of big arrays (toEqual compares them element by element, for seconds). */
const same = (a: Uint8Array | undefined, b: Uint8Array) => !!a && Buffer.from(a).equals(Buffer.from(b));
const strip = (fs: Finding[]) => fs.map((f) => `${f.ruleId}@${f.field}:${f.start}-${f.end}→${f.suggestions.join('/')}`);
/**
 * Hits for the dictionaries, idioms, place names and variants, leaders' names (homophone sets), protected terms
 * (short ones through their listed variants), reply tone, the typos table.
 */
const BODY = [
  '据报道，北朝鲜举行活动。要防微杜惭，令人不寒而粟。',
  '北京市海甸区的代表来到闵行区。',
  '会议强调，要进一步加强领导，切实做好各项工作。',
  '我们要发扬再所不辞的精神。',
  '习近萍总书记主持会议，区攻府办公室发布通知，中华人民共合国成立。',
  '网友留言：路灯坏了。回复：你自己去查，别烦我。',
  '菏泽和荷泽。',
].join('\n');
const check = (e: Awaited<ReturnType<typeof createNodeEngine>>) =>
  strip(e.checker.check({ platform: 'generic', body: BODY }, { today: '2025-06-15' }));

describe('cache files', () => {
  const key = 'k1';
  it('gives back what was stored under the same key, nothing under another', () => {
    const cache = { dir: join(fresh(), 'sub', 'dir'), codeId: 'test' };
    expect(readCached(cache, 'x', key)).toBeUndefined();
    writeCached(cache, 'x', key, { a: new Uint8Array([1, 2, 3]), b: 'text' });
    expect(readCached(cache, 'x', key)).toEqual({ a: new Uint8Array([1, 2, 3]), b: 'text' });
    expect(readCached(cache, 'x', 'k2')).toBeUndefined();
    expect(readCached(cache, 'y', key)).toBeUndefined();
    expect(readdirSync(cache.dir)).toEqual(['x.v8']); // no temp file left behind
  });

  it('ignores a damaged, truncated or foreign file', () => {
    const cache = { dir: fresh(), codeId: 'test' };
    writeCached(cache, 'x', key, 'value');
    const file = join(cache.dir, 'x.v8');
    const good = readFileSync(file);
    const flipped = Buffer.from(good);
    flipped[flipped.length - 2] = flipped[flipped.length - 2]! ^ 0xff;
    for (const bad of [flipped, good.subarray(0, good.length - 3), good.subarray(0, 10), Buffer.from('{"key":"k1"}')]) {
      writeFileSync(file, bad);
      expect(readCached(cache, 'x', key)).toBeUndefined();
    }
  });

  it('skips a directory it cannot write without an error', () => {
    const base = fresh();
    writeFileSync(join(base, 'file'), 'not a directory');
    const cache = { dir: join(base, 'file', 'cache'), codeId: 'test' };
    expect(() => writeCached(cache, 'x', key, 'value')).not.toThrow();
    expect(readCached(cache, 'x', key)).toBeUndefined();
    if (process.getuid?.() !== 0) {
      // (root writes anywhere, so the permission case only means something for other users)
      const ro = fresh();
      chmodSync(ro, 0o500);
      expect(() => writeCached({ dir: ro, codeId: 'test' }, 'x', key, 'value')).not.toThrow();
      expect(readdirSync(ro)).toEqual([]);
    }
  });

  it('keys change with the code, the inputs and their order', () => {
    const a = cacheKey({ dir: '', codeId: 'one' }, [['f', 'x']]);
    expect(cacheKey({ dir: '', codeId: 'one' }, [['f', 'x']])).toBe(a);
    expect(cacheKey({ dir: '', codeId: 'two' }, [['f', 'x']])).not.toBe(a);
    expect(cacheKey({ dir: '', codeId: 'one' }, [['f', 'y']])).not.toBe(a);
    expect(cacheKey({ dir: '', codeId: 'one' }, [['fx', '']])).not.toBe(a);
  });

  it('a table store gives back stored bytes by kind and input, across opens', () => {
    const cache = { dir: fresh(), codeId: 'test' };
    const s = openTableStore(cache);
    expect(s.get('k', 'input')).toBeUndefined();
    s.set('k', 'input', new Uint8Array([7]));
    s.flush();
    const again = openTableStore(cache);
    expect(again.get('k', 'input')).toEqual(new Uint8Array([7]));
    expect(again.get('k', 'other')).toBeUndefined();
    expect(again.get('j', 'input')).toBeUndefined();
    expect(openTableStore({ ...cache, codeId: 'changed' }).get('k', 'input')).toBeUndefined();
  });

  it('a table store rejects every table of a file with any bit flipped, cut short or grown', () => {
    const cache = { dir: fresh(), codeId: 'test' };
    const s = openTableStore(cache);
    const big = new Uint8Array(100_000).map((_, i) => (i * 31) & 0xff);
    s.set('k', 'a', new Uint8Array([1, 2, 3]));
    s.set('k', 'big', big);
    s.flush();
    const file = join(cache.dir, 'tables.v8');
    const good = readFileSync(file);
    expect(openTableStore(cache).get('k', 'big')).toEqual(big);
    // A bit flipped in the checksum, the header length, the header and deep inside a table's bytes.
    const at = [0, 5, 12, 60, good.length - 50_000, good.length - 1];
    const bad = at.map((i) => {
      const b = Buffer.from(good);
      b[i] = b[i]! ^ 0x10;
      return b;
    });
    bad.push(good.subarray(0, good.length - 8), good.subarray(0, 7), Buffer.concat([good, Buffer.alloc(8)]));
    for (const b of bad) {
      writeFileSync(file, b);
      const r = openTableStore(cache);
      expect(r.get('k', 'a')).toBeUndefined();
      expect(r.get('k', 'big')).toBeUndefined();
    }
    writeFileSync(file, good);
    expect(openTableStore(cache).get('k', 'a')).toEqual(new Uint8Array([1, 2, 3]));
  });

  it('drops a table nothing asked for in three writes, keeps one asked for now and then', () => {
    const cache = { dir: fresh(), codeId: 'test' };
    const s = openTableStore(cache);
    s.set('k', 'old data', new Uint8Array([1]));
    s.set('j', 'needed sometimes', new Uint8Array([9]));
    s.flush();
    for (let run = 2; run <= 4; run++) {
      const r = openTableStore(cache);
      // a table rebuilt from new data each run; the old one is never asked for again
      r.set('k', `data ${run}`, new Uint8Array([run]));
      if (run === 3) expect(r.get('j', 'needed sometimes')).toEqual(new Uint8Array([9]));
      r.flush();
    }
    const again = openTableStore(cache);
    expect(again.get('k', 'old data')).toBeUndefined();
    expect(again.get('k', 'data 4')).toEqual(new Uint8Array([4]));
    expect(again.get('j', 'needed sometimes')).toEqual(new Uint8Array([9]));
  });

  it('checksums a big table file once per version of it: noted when settled, trusted while unchanged, never when replaced', async () => {
    const cache = { dir: fresh(), codeId: 'test' };
    const big = new Uint8Array(1_500_000).map((_, i) => (i * 7) & 0xff);
    const s = openTableStore(cache);
    s.set('k', 'big', big);
    s.flush();
    const file = join(cache.dir, 'tables.v8');
    const note = `${file}.verified`;
    // Just written: its times may repeat within a clock tick, so it is checked on every read and not noted.
    expect(same(openTableStore(cache).get('k', 'big'), big)).toBe(true);
    expect(existsSync(note)).toBe(false);
    vi.useFakeTimers({ now: Date.now() + 10_000, toFake: ['Date'] });
    try {
      expect(same(openTableStore(cache).get('k', 'big'), big)).toBe(true);
      const noted = readFileSync(note, 'utf8');
      expect(noted).toContain(file);
      // A damaged copy renamed over it is another file (another inode and change time): checked, and rejected.
      const bad = Buffer.from(readFileSync(file));
      bad[bad.length - 1_000] = bad[bad.length - 1_000]! ^ 1;
      writeFileSync(`${file}.new`, bad);
      renameSync(`${file}.new`, file);
      expect(openTableStore(cache).get('k', 'big')).toBeUndefined();
      expect(readFileSync(note, 'utf8')).toBe(noted);
      // What the note vouches for is read unchecked: the note of this very (damaged) file lets its bytes through,
      // which is the saving — the first pass over 35 MB of fresh pages on every start.
      const { settledIdentity } = await import('../../../lib/node/file-identity');
      const identity = settledIdentity(file, statSync(file, { bigint: true }))!;
      writeFileSync(note, `${bad.readUInt32LE(0)}\u0000${identity}`);
      expect(openTableStore(cache).get('k', 'big')?.length).toBe(big.length);
    } finally {
      vi.useRealTimers();
    }
  });

  it('lives under PUBLISH_GUARD_CACHE_DIR, XDG_CACHE_HOME or ~/.cache', () => {
    expect(defaultCacheDir({ PUBLISH_GUARD_CACHE_DIR: '/a' })).toBe('/a');
    expect(defaultCacheDir({ XDG_CACHE_HOME: '/x' })).toBe(join('/x', 'publish-guard'));
    expect(defaultCacheDir({})).toMatch(/[/\\]\.cache[/\\]publish-guard$/);
  });
});

describe('createNodeEngine with a cache', { timeout: 120_000 }, () => {
  let expected: string[];
  beforeAll(async () => {
    expected = check(await createNodeEngine({ passes: 'all', rules: {}, lazy: true }));
  });

  it('builds it on the first run and gives the same findings from it on the next', async () => {
    const cache = { dir: fresh(), codeId: 'test' };
    expect(expected.length).toBeGreaterThan(5);
    for (const id of ['typo.leader-name', 'typo.place-name', 'opinion.reply-dismiss'])
      expect(expected.some((f) => f.startsWith(`${id}@`))).toBe(true);
    expect(expected.filter((f) => f.startsWith('typo.protected-state'))).toHaveLength(2);
    expect(check(await createNodeEngine({ rules: {}, lazy: true, cache }))).toEqual(expected);
    expect(readdirSync(cache.dir).sort()).toEqual(['compiled-dictionaries.v8', 'tables.v8']);
    expect(check(await createNodeEngine({ rules: {}, lazy: true, cache }))).toEqual(expected);
  });

  it("keeps the rules' memos after a run's checks (flush) and gives the same findings from them", async () => {
    const cache = { dir: fresh(), codeId: 'test' };
    const first = await createNodeEngine({ rules: {}, lazy: true, cache });
    expect(check(first)).toEqual(expected);
    first.flush();
    expect(
      readdirSync(cache.dir)
        .filter((f) => f.startsWith('memo-'))
        .sort(),
    ).toEqual(MEMO_FILES);
    for (let run = 0; run < 2; run++) {
      const next = await createNodeEngine({ rules: {}, lazy: true, cache });
      expect(check(next)).toEqual(expected);
      next.flush();
    }
  });

  it("keeps a unit's own leader list apart from the built-in one (another entry, the same findings)", async () => {
    const cache = { dir: fresh(), codeId: 'test' };
    const names = { people: [{ name: '张三丰', titles: [{ title: '市长', org: '临江市' }] }] };
    const run = async (withNames: boolean) =>
      strip(
        (await createNodeEngine({ rules: {}, lazy: true, cache, ...(withNames ? { names } : {}) })).checker.check(
          { platform: 'generic', body: '临江市长张三峰出席，习近萍总书记主持。' },
          { today: '2025-06-15' },
        ),
      ).filter((f) => f.startsWith('typo.leader-name'));
    expect(await run(false)).toHaveLength(1);
    expect(await run(true)).toHaveLength(2);
    expect(await run(false)).toHaveLength(1);
    expect(await run(true)).toHaveLength(2);
  });

  it('rebuilds when an extra dictionary changes, and ignores damaged cache files', async () => {
    const dir = fresh();
    const cache = { dir: join(dir, 'cache'), codeId: 'test' };
    const dict = join(dir, 'extra.json');
    const write = (term: string) =>
      writeFileSync(
        dict,
        JSON.stringify({
          format: 1,
          id: 'unit-extra',
          name: '测试',
          version: '1',
          category: 'typo',
          entries: [
            {
              id: 'x',
              terms: [term],
              suggestions: ['正确'],
              severity: 'warn',
              note: '',
              source: '单元测试',
              examples: { hit: [`甲${term}`], pass: ['甲'] },
            },
          ],
        }),
      );
    const hits = async () => {
      const e = await createNodeEngine({ rules: {}, lazy: true, cache, extraDictionaries: [dict] });
      return e.checker
        .check({ platform: 'generic', body: '甲乙丙丁戊己' }, {})
        .filter((f) => f.ruleId === 'typo.x')
        .map((f) => f.start);
    };
    write('乙丙');
    expect(await hits()).toEqual([1]);
    expect(await hits()).toEqual([1]);
    write('丁戊');
    expect(await hits()).toEqual([3]);
    for (const f of readdirSync(cache.dir)) writeFileSync(join(cache.dir, f), 'garbage');
    expect(await hits()).toEqual([3]);
    expect(check(await createNodeEngine({ rules: {}, lazy: true, cache }))).toEqual(expected);
  });
});

describe('the CLI and its cache', { timeout: 120_000 }, () => {
  it('writes it by default, not with --no-cache or PUBLISH_GUARD_NO_CACHE, with the same output', () => {
    spawnSync(process.execPath, ['scripts/build-cli.mjs'], { cwd: root });
    const dir = fresh();
    const file = join(dir, 'draft.txt');
    writeFileSync(file, `${BODY}\n`);
    const run = (env: Record<string, string>, ...flags: string[]) => {
      const cacheDir = join(dir, `cache-${Object.keys(env).join('-')}${flags.join('')}`);
      const r = spawnSync(
        process.execPath,
        [join(root, 'bin/publish-guard.cjs'), 'check', ...flags, '--format', 'json', '--now', '2025-06-15', file],
        { encoding: 'utf8', env: { ...process.env, PUBLISH_GUARD_CACHE_DIR: cacheDir, ...env } },
      );
      return { out: r.stdout, status: r.status, cached: existsSync(cacheDir) ? readdirSync(cacheDir).sort() : [] };
    };
    const first = run({});
    expect(first.status).toBe(1);
    expect(first.cached).toEqual(['cli-code.v8cache', 'compiled-dictionaries.v8', ...MEMO_FILES, 'tables.v8']);
    expect(run({})).toEqual(first);
    // A damaged V8 code cache is rejected by V8 and written again.
    const codeCache = join(dir, 'cache-', 'cli-code.v8cache');
    const good = readFileSync(codeCache);
    writeFileSync(codeCache, good.subarray(0, 1000));
    expect(run({})).toEqual(first);
    expect(readFileSync(codeCache).length).toBeGreaterThan(1000);
    // …and so is one of the right length with bytes flipped inside (V8 crashed on it until its checksum was verified)
    const flipped = Buffer.from(readFileSync(codeCache));
    for (let i = 1000; i < flipped.length; i += 997) flipped[i] = flipped[i]! ^ 0xff;
    writeFileSync(codeCache, flipped);
    expect(run({})).toEqual(first);
    expect(readFileSync(codeCache).equals(flipped)).toBe(false);
    expect(run({}, '--no-cache')).toEqual({ ...first, cached: [] });
    expect(run({ PUBLISH_GUARD_CACHE_DIR: join(dir, 'draft.txt', 'sub') }).out).toBe(first.out); // unwritable
    expect(run({ PUBLISH_GUARD_NO_CACHE: '1' })).toEqual({ ...first, cached: [] });
  });
});
