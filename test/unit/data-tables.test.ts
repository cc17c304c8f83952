import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PinyinTable, parseIdioms, parseT2s } from '../../lib/engine/data/tables';
import { buildPinyinTable, buildT2sTable } from '../../scripts/data-tables';

const read = (f: string) => readFileSync(`dictionaries/data/${f}`, 'utf8');

describe('character data tables', () => {
  it('t2s.txt is what opencc-js produces today (regenerate with scripts/build-data-tables.ts)', () => {
    expect(read('t2s.txt')).toBe(buildT2sTable());
  });
  it('pinyin.txt is what pinyin-pro produces today', () => {
    expect(read('pinyin.txt')).toBe(buildPinyinTable());
  });
  it('parses into usable tables', () => {
    const pairs = parseT2s(read('t2s.txt'));
    expect(pairs.length % 2).toBe(0);
    expect(pairs).toContain('臺台');
    const py = new PinyinTable(read('pinyin.txt'));
    expect(py.readings('宝')).toEqual(['bao3']);
    expect(py.sameSound('宝', '保')).toBe(true);
    expect(py.sameSound('宝', '室')).toBe(false);
    expect(py.sameSound('励', '厉')).toBe(true);
    const idioms = parseIdioms(read('idioms.txt'));
    expect(idioms.length).toBeGreaterThan(4000);
    expect(idioms.every((i) => i.length === 4)).toBe(true);
  });
});
