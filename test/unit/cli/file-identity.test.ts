import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtinDictionaryInputs } from '../../../lib/node/builtin';
import { cacheKey } from '../../../lib/node/engine-cache';
import { fileIdentity } from '../../../lib/node/file-identity';

const data = join(import.meta.dirname, '../../../dictionaries');

describe('file identities (cache keys without reading the files)', () => {
  it('are the same for a file left alone, and differ between files', () => {
    const a = fileIdentity(join(data, 'typo.json'));
    expect(fileIdentity(join(data, 'typo.json'))).toBe(a);
    expect(fileIdentity(join(data, 'opinion.json'))).not.toBe(a);
  });

  it('never repeat for a file changed seconds ago (it may change again within the same clock tick)', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'pg-id-')), 'x.json');
    writeFileSync(file, '{}');
    const first = fileIdentity(file);
    writeFileSync(file, '[]'); // same size, perhaps the same tick
    expect(fileIdentity(file)).not.toBe(first);
    expect(fileIdentity(file)).not.toBe(fileIdentity(file));
  });

  it('throw for a file that is not there (the caller then goes without the cache)', () => {
    expect(() => fileIdentity(join(data, 'no-such-file.json'))).toThrow();
  });

  it('key the compiled dictionaries: the manifest by its bytes, every other shipped file by identity', () => {
    const inputs = builtinDictionaryInputs();
    expect(inputs[0]![0]).toBe('manifest.json');
    expect(inputs[0]![1]).toBeInstanceOf(Uint8Array);
    for (const [name, id] of inputs.slice(1)) expect(id).toBe(fileIdentity(join(data, name)));
    const key = cacheKey({ dir: '', codeId: 'test' }, inputs);
    expect(cacheKey({ dir: '', codeId: 'test' }, builtinDictionaryInputs())).toBe(key);
    const changed = inputs.map(([n, v]): [string, string | Uint8Array] => [n, n === 'typo.json' ? `${v}x` : v]);
    expect(cacheKey({ dir: '', codeId: 'test' }, changed)).not.toBe(key);
  });
});
