import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileTextRef } from '../../../lib/node/builtin';
import { pack, unpack } from '../../../lib/node/raw-pack';

describe('raw pack (typed arrays as views into the stored bytes)', () => {
  const value = {
    name: '词表',
    keys: Float64Array.from([1.5, 2, 65536 * 20013 + 22269]),
    nested: { units: Uint16Array.from([0x4e2d, 0, 0x56fd]), bits: Uint8Array.from([1, 2, 3]) },
    list: [Int32Array.from([-1, 7]), 'x'],
    map: new Map([['a', 'b']]),
  };

  it('gives back the same value, its typed arrays as views into the bytes', () => {
    const bytes = pack(value);
    const back = unpack(bytes) as typeof value;
    expect(back).toEqual(value);
    expect(back.keys).toBeInstanceOf(Float64Array);
    expect(back.keys.buffer).toBe(bytes.buffer);
    expect(back.nested.units.buffer).toBe(bytes.buffer);
    expect((back.list[0] as Int32Array).buffer).toBe(bytes.buffer);
  });

  it('copies bytes that are not at an 8-byte boundary once, with the same result', () => {
    const bytes = pack(value);
    const shifted = new Uint8Array(bytes.length + 3);
    shifted.set(bytes, 3);
    const back = unpack(shifted.subarray(3)) as typeof value;
    expect(back).toEqual(value);
    expect(back.keys.buffer).not.toBe(shifted.buffer);
  });

  it('packs a bare typed array', () => {
    expect(unpack(pack(Uint32Array.from([1, 2, 3])))).toEqual(Uint32Array.from([1, 2, 3]));
  });

  it('rejects bytes that are not a pack, or truncated', () => {
    const bytes = pack(value);
    expect(() => unpack(new Uint8Array(4))).toThrow('not a packed value');
    expect(() => unpack(new Uint8Array(64))).toThrow('not a packed value');
    expect(() => unpack(bytes.subarray(0, bytes.length - 8))).toThrow('not a packed value');
  });
});

describe('file text references', () => {
  it('read the file once, on first use; a file changed seconds ago gets a new id every time', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pg-ref-'));
    const file = join(dir, 'table.txt');
    writeFileSync(file, '中\t国\n');
    const ref = fileTextRef(file);
    expect(ref.text()).toBe('中\t国\n');
    writeFileSync(file, '中\t囯\n'); // same size, perhaps the same clock tick
    expect(ref.text()).toBe('中\t国\n'); // read once
    const again = fileTextRef(file);
    expect(again.text()).toBe('中\t囯\n');
    expect(again.id).not.toBe(ref.id);
    expect(fileTextRef(file).id).not.toBe(again.id);
  });

  it('give a file left alone the same id on every start, and another file another id', () => {
    const data = join(import.meta.dirname, '../../../dictionaries/data');
    const a = fileTextRef(join(data, 'shapes.txt'));
    expect(fileTextRef(join(data, 'shapes.txt')).id).toBe(a.id);
    expect(fileTextRef(join(data, 'pinyin.txt')).id).not.toBe(a.id);
  });
});
