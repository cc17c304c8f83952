import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeBase64, encodeBase64 } from '../../../lib/engine/base64';
import { Checker } from '../../../lib/engine/checker';
import { parseT2s } from '../../../lib/engine/data/tables';
import { compileDictionaries } from '../../../lib/engine/dictionary/compile';
import { createDictionaryRule } from '../../../lib/engine/dictionary/rule';
import type { Dictionary } from '../../../lib/engine/dictionary/schema';
import { compiledKey, deserializeCompiled, serializeCompiled } from '../../../lib/engine/dictionary/serialize';
import { Normalizer } from '../../../lib/engine/normalize';
import { loadBuiltinData } from '../../../lib/node/builtin';

const normalizer = new Normalizer({ t2s: parseT2s(readFileSync('dictionaries/data/t2s.txt', 'utf8')) });
const dicts = loadBuiltinData().dictionaries as Dictionary[];

describe('compiled dictionaries serialization', () => {
  const compiled = compileDictionaries(dicts, normalizer);
  const bytes = serializeCompiled(compiled);

  it('round-trips every entry field and gives the same findings', () => {
    const back = deserializeCompiled(bytes);
    expect(back.version).toBe(compiled.version);
    expect(JSON.parse(JSON.stringify(back.entries))).toEqual(JSON.parse(JSON.stringify(compiled.entries)));
    expect(back.documentWords).toEqual(compiled.documentWords);
    const text = '据报道，北*朝*鲜和“一带一路”战略；我们要再接再励。清真餐厅不供应猪肉。';
    const a = new Checker([createDictionaryRule(compiled, normalizer)]).check({ platform: 'generic', body: text });
    const b = new Checker([createDictionaryRule(back, normalizer)]).check({ platform: 'generic', body: text });
    expect(b).toEqual(a);
    expect(a.length).toBeGreaterThan(2);
  });

  it('survives the base64 transport used for extension messages, at any byte offset', () => {
    const s = encodeBase64(bytes);
    // byte-for-byte (toEqual walks megabytes element by element)
    expect(Buffer.from(decodeBase64(s)).equals(Buffer.from(bytes))).toBe(true);
    const shifted = new Uint8Array(bytes.length + 1);
    shifted.set(bytes, 1);
    expect(deserializeCompiled(shifted.subarray(1)).entries.length).toBe(compiled.entries.length);
  });

  it('rejects truncated data and other formats with a clear message', () => {
    expect(() => deserializeCompiled(bytes.subarray(0, 3))).toThrow(/truncated/);
    expect(() => deserializeCompiled(bytes.subarray(0, 200))).toThrow(/truncated|JSON|format/);
    const other = new Uint8Array(bytes);
    const head = new TextEncoder().encode('{"format":"0.0"}');
    new DataView(other.buffer).setUint32(0, head.length, true);
    other.set(head, 4);
    expect(() => deserializeCompiled(other)).toThrow(/format/);
  });
});

describe('compiled artefact key', () => {
  const tables = { t2s: 'a', shapes: 'b' };
  const key = compiledKey('v1', normalizer, tables);

  it('is stable for the same inputs and independent of table order', () => {
    expect(compiledKey('v1', normalizer, { shapes: 'b', t2s: 'a' })).toBe(key);
    expect(
      compiledKey('v1', new Normalizer({ t2s: parseT2s(readFileSync('dictionaries/data/t2s.txt', 'utf8')) }), tables),
    ).toBe(key);
  });

  it('changes when the dictionaries, any table or the normaliser change', () => {
    expect(compiledKey('v2', normalizer, tables)).not.toBe(key);
    expect(compiledKey('v1', normalizer, { ...tables, shapes: 'c' })).not.toBe(key);
    expect(compiledKey('v1', normalizer, { ...tables, idioms: '' })).not.toBe(key);
    // Only the t2s data differs: the same dictionaries would normalise differently.
    expect(compiledKey('v1', new Normalizer({ t2s: '後后' }), tables)).not.toBe(key);
    expect(compiledKey('v1', new Normalizer(), tables)).not.toBe(
      compiledKey('v1', new Normalizer({ t2s: '後后' }), tables),
    );
  });
});
