import { describe, expect, it } from 'vitest';
import { exportDictionary } from '../../../lib/dict/export';
import {
  decodeImportBytes,
  detectFormat,
  type ImportOptions,
  importDictionary,
  importedEntryId,
  MAX_IMPORT_ENTRIES,
  mergeIntoDictionary,
} from '../../../lib/dict/import';
import { type Dictionary, dictionarySchema } from '../../../lib/engine/dictionary/schema';

const TIME = '2025-06-15T08:00:00.000Z';
const opts = (extra: Partial<ImportOptions> = {}): ImportOptions => ({
  fileName: 'list.txt',
  importer: '张三',
  time: TIME,
  category: 'sensitive',
  dictionaryId: 'custom-unit',
  dictionaryName: '本单位词表',
  ...extra,
});

describe('detectFormat', () => {
  it('uses the extension, then sniffs the content', () => {
    expect(detectFormat('a.TXT', '{')).toBe('txt');
    expect(detectFormat('a.csv', 'x')).toBe('csv');
    expect(detectFormat('a.json', 'x')).toBe('json');
    expect(detectFormat('words', '\uFEFF  {"format":1}')).toBe('json');
    expect(detectFormat('words', '[{"terms":["a"]}]')).toBe('json');
    expect(detectFormat('words', 'term,suggestion\n甲,乙')).toBe('csv');
    expect(detectFormat('words', '甲，乙\n丙')).toBe('txt');
  });
});

describe('protected terms (~ prefix) in TXT and CSV', () => {
  it('imports ~term as a near-match entry, exports it the same way, and rejects a non-Chinese one', async () => {
    const txt = await importDictionary(
      '~人民检察院\t\tblock\t检察机关名称\n～中华人民共和国\n',
      'txt',
      opts({ category: 'typo' }),
    );
    expect(txt.errors).toEqual([]);
    expect(txt.dictionary!.entries.map((e) => [e.terms[0], e.match, e.severity])).toEqual([
      ['人民检察院', 'near', 'block'],
      ['中华人民共和国', 'near', 'warn'],
    ]);
    const csv = await importDictionary(
      'term,severity\n~人民法院,block\n',
      'csv',
      opts({ category: 'typo', fileName: 'a.csv' }),
    );
    expect(csv.dictionary!.entries[0]).toMatchObject({ terms: ['人民法院'], match: 'near' });
    const back = await importDictionary(exportDictionary(txt.dictionary!, 'txt'), 'txt', opts({ category: 'typo' }));
    expect(back.dictionary!.entries.map((e) => e.match)).toEqual(['near', 'near']);
    expect(exportDictionary(csv.dictionary!, 'csv')).toContain('~人民法院');
    const bad = await importDictionary('~ABC\n', 'txt', opts({ category: 'typo' }));
    expect(bad.ok).toBe(false);
    expect(bad.errors[0]!.message).toContain('2–40 个汉字');
  });
});

describe('TXT import', () => {
  it('builds entries with stable ids, provenance, default severity and no required examples', async () => {
    const text = '# 注释\n\n北朝鲜\t朝鲜\tblock\t涉外表述\n测试词\n多建议\t甲|乙| 丙 \tinfo\r\n';
    const r = await importDictionary(text, 'txt', opts());
    expect(r.errors).toEqual([]);
    expect(r.ok).toBe(true);
    expect(r.entryCount).toBe(3);
    const d = r.dictionary!;
    expect(dictionarySchema().safeParse(d).success).toBe(true);
    expect(d).toMatchObject({ id: 'custom-unit', name: '本单位词表', category: 'sensitive', requireExamples: false });
    const [a, b, c] = d.entries;
    expect(a).toMatchObject({ terms: ['北朝鲜'], suggestions: ['朝鲜'], severity: 'block', note: '涉外表述' });
    expect(b).toMatchObject({ terms: ['测试词'], suggestions: [], severity: 'warn' });
    expect(c).toMatchObject({ suggestions: ['甲', '乙', '丙'], severity: 'info' });
    expect(a!.id).toBe(importedEntryId('北朝鲜'));
    expect(a!.id).toMatch(/^imp-[0-9a-f]+$/);
    expect(a!.source).toBe(`导入：list.txt（张三，${TIME}）`);
    expect(a!.provenance).toEqual({ file: 'list.txt', importer: '张三', time: TIME });
    expect(a!.examples).toEqual({ hit: [], pass: [] });

    const again = await importDictionary('其他\n北朝鲜\n', 'txt', opts({ time: '2026-01-01T00:00:00.000Z' }));
    expect(again.dictionary!.entries[1]!.id).toBe(a!.id);
  });

  it('reports precise line and field errors, and changes nothing (all-or-nothing)', async () => {
    const lines = ['好词', '好词二\t\twarn', '坏词\t建议\tfatal', '\t无词条', `${'长'.repeat(65)}`, 'a\tb\tc\td\te'];
    const r = await importDictionary(lines.join('\n'), 'txt', opts());
    expect(r.ok).toBe(false);
    expect(r.dictionary).toBeUndefined();
    expect(r.errors).toEqual([
      {
        line: 3,
        field: 'severity',
        message: '第 3 行 severity 字段：只能是 block/禁止发布、warn/需注意 或 info/建议（实际为“fatal”）',
      },
      { line: 4, field: 'term', message: '第 4 行 term 字段：词条不能为空' },
      { line: 5, field: 'term', message: '第 5 行 term 字段：词条过长（65 字），最多 64 字' },
      { line: 6, message: '第 6 行：列数过多：每行最多 4 列（词条、建议、严重程度、说明），以制表符分隔' },
    ]);
  });

  it('rejects block for bureaucratic lists', async () => {
    const r = await importDictionary('高度重视\t\tblock\n', 'txt', opts({ category: 'bureaucratic' }));
    expect(r.ok).toBe(false);
    expect(r.errors[0]).toMatchObject({ line: 1, field: 'severity' });
  });

  it('merges and reports duplicates (suggestions united, highest severity kept)', async () => {
    const r = await importDictionary('甲\t乙\tinfo\n丙\n甲\t丁\tblock\n甲\n', 'txt', opts());
    expect(r.ok).toBe(true);
    expect(r.entryCount).toBe(2);
    expect(r.duplicates).toEqual([{ term: '甲', lines: [1, 3, 4] }]);
    expect(r.dictionary!.entries[0]).toMatchObject({ terms: ['甲'], suggestions: ['乙', '丁'], severity: 'block' });
  });

  it('reports conflicts between a denied and an allowed term (!term)', async () => {
    const r = await importDictionary('大陆\n!大陆架\n!大陆\n', 'txt', opts());
    expect(r.ok).toBe(true);
    expect(r.conflicts).toEqual([{ term: '大陆', lines: [1, 3] }]);
    const allow = r.dictionary!.entries.filter((e) => e.allow.length > 0);
    expect(allow.map((e) => e.allow[0])).toEqual(['大陆架', '大陆']);
    expect(allow[1]!.id).toBe(importedEntryId('大陆', true));
    expect(allow[1]!.id).not.toBe(importedEntryId('大陆'));
  });

  it('unescapes a leading backslash (terms starting with # or !)', async () => {
    const r = await importDictionary('\\#话题\n\\!感叹\n', 'txt', opts());
    expect(r.dictionary!.entries.map((e) => e.terms[0])).toEqual(['#话题', '!感叹']);
  });

  it('tolerates a BOM', async () => {
    const r = await importDictionary('\uFEFF甲\n', 'txt', opts());
    expect(r.dictionary!.entries[0]!.terms).toEqual(['甲']);
  });

  it('rejects empty lists, binary and non-UTF-8 text, oversized files and too many entries', async () => {
    expect((await importDictionary('# only a comment\n\n', 'txt', opts())).errors[0]!.message).toContain('没有词条');
    expect((await importDictionary('a\u0000b', 'txt', opts())).errors[0]!.message).toContain('二进制');
    const gbk = await importDictionary('甲\n\uFFFD\uFFFD\n', 'txt', opts());
    expect(gbk.errors[0]).toMatchObject({ line: 2 });
    expect(gbk.errors[0]!.message).toContain('UTF-8');
    const big = await importDictionary('a'.repeat(21 * 1024 * 1024), 'txt', opts());
    expect(big.ok).toBe(false);
    expect(big.errors[0]!.message).toContain('20 MB');
    const many = Array.from({ length: MAX_IMPORT_ENTRIES + 1 }, (_, i) => `w${i}`).join('\n');
    const tooMany = await importDictionary(many, 'txt', opts());
    expect(tooMany.ok).toBe(false);
    expect(tooMany.errors[0]!.message).toContain('200,000');
  });

  it('rejects an invalid dictionary id', async () => {
    const r = await importDictionary('甲', 'txt', opts({ dictionaryId: 'Bad Id' }));
    expect(r.ok).toBe(false);
    expect(r.errors[0]!.field).toBe('dictionaryId');
  });

  it('imports 100,000 lines in chunks, with progress monotonic up to 100%', async () => {
    const lines: string[] = [];
    for (let i = 0; i < 100_000; i++) lines.push(`词条${i}\t建议${i}`);
    const progress: Array<[number, number]> = [];
    const r = await importDictionary(lines.join('\n'), 'txt', opts({ onProgress: (d, t) => progress.push([d, t]) }));
    expect(r.ok).toBe(true);
    expect(r.entryCount).toBe(100_000);
    expect(progress.length).toBeGreaterThan(10);
    const total = progress[0]![1];
    expect(total).toBe(100_000);
    for (let i = 1; i < progress.length; i++) {
      expect(progress[i]![0]).toBeGreaterThanOrEqual(progress[i - 1]![0]);
      expect(progress[i]![1]).toBe(total);
    }
    expect(progress.at(-1)![0]).toBe(total);
  }, 60_000);

  it('stops when aborted and reports the cancellation', async () => {
    const text = Array.from({ length: 20_000 }, (_, i) => `w${i}`).join('\n');
    const ctrl = new AbortController();
    let calls = 0;
    const r = await importDictionary(
      text,
      'txt',
      opts({
        chunkSize: 1000,
        signal: ctrl.signal,
        onProgress: () => {
          if (++calls === 2) ctrl.abort();
        },
      }),
    );
    expect(r.ok).toBe(false);
    expect(r.dictionary).toBeUndefined();
    expect(r.errors[0]!.message).toContain('已取消');
    expect(calls).toBe(2);
    const pre = new AbortController();
    pre.abort();
    expect((await importDictionary('a', 'txt', opts({ signal: pre.signal }))).ok).toBe(false);
  });
});

describe('CSV import', () => {
  it('reads RFC 4180 quoting, CRLF, BOM, any column order and Chinese headers', async () => {
    const csv =
      '\uFEFFseverity,term,suggestion,note,source,allow\r\n' +
      'block,"甲,乙","丙|丁","说明里有""引号""",红头文件,\r\n' +
      ',"多行\r\n说明不行",,,,\r\n';
    const r = await importDictionary(csv, 'csv', opts({ fileName: 'a.csv' }));
    expect(r.ok).toBe(false);
    expect(r.errors).toEqual([{ line: 3, field: 'term', message: '第 3 行 term 字段：词条不能包含换行' }]);

    const ok = await importDictionary(
      '词条,建议,严重程度,说明,白名单\n"甲,乙",丙|丁,block,"第一行\n第二行",\n大陆架,,,,是\n',
      'csv',
      opts({ fileName: 'a.csv' }),
    );
    expect(ok.errors).toEqual([]);
    const [a, b] = ok.dictionary!.entries;
    expect(a).toMatchObject({ terms: ['甲,乙'], suggestions: ['丙', '丁'], severity: 'block', note: '第一行\n第二行' });
    expect(b).toMatchObject({ terms: [], allow: ['大陆架'] });
    expect(a!.source).toBe(`导入：a.csv（张三，${TIME}）`);

    const src = await importDictionary('term,source\n甲,《某文件》\n', 'csv', opts());
    expect(src.dictionary!.entries[0]!.source).toBe('《某文件》');
    expect(src.dictionary!.entries[0]!.provenance).toEqual({ file: 'list.txt', importer: '张三', time: TIME });
  });

  it('reports the line of a bad cell, counting lines inside quoted fields', async () => {
    const csv = 'term,note,severity\n甲,"两行\n说明",warn\n乙,,fatal\n丙,,yes\n';
    const r = await importDictionary(csv, 'csv', opts());
    expect(r.errors).toEqual([
      {
        line: 4,
        field: 'severity',
        message: '第 4 行 severity 字段：只能是 block/禁止发布、warn/需注意 或 info/建议（实际为“fatal”）',
      },
      {
        line: 5,
        field: 'severity',
        message: '第 5 行 severity 字段：只能是 block/禁止发布、warn/需注意 或 info/建议（实际为“yes”）',
      },
    ]);
  });

  it('rejects unknown columns, a missing term column, bad allow values, stray quotes and extra cells', async () => {
    const unknown = await importDictionary('term,colour\n甲,红\n', 'csv', opts());
    expect(unknown.errors[0]!.message).toBe(
      '第 1 行：未知的列“colour”（可用的列：term, suggestion, severity, note, source, allow）',
    );
    const noTerm = await importDictionary('suggestion\n甲\n', 'csv', opts());
    expect(noTerm.errors[0]!.message).toContain('缺少 term 列');
    const allow = await importDictionary('term,allow\n甲,maybe\n', 'csv', opts());
    expect(allow.errors[0]).toMatchObject({ line: 2, field: 'allow' });
    const open = await importDictionary('term,note\n甲,"未闭合\n乙,x\n', 'csv', opts());
    expect(open.errors[0]).toMatchObject({ line: 2 });
    expect(open.errors[0]!.message).toContain('引号没有闭合');
    const stray = await importDictionary('term,note\n甲,"x"y\n', 'csv', opts());
    expect(stray.errors[0]).toMatchObject({ line: 2 });
    const extra = await importDictionary('term\n甲,乙\n', 'csv', opts());
    expect(extra.errors[0]!.message).toContain('列数');
  });

  it('reports duplicates and conflicts with line numbers', async () => {
    const r = await importDictionary('term,allow\n甲,\n乙,\n甲,\n甲,1\n', 'csv', opts());
    expect(r.ok).toBe(true);
    expect(r.duplicates).toEqual([{ term: '甲', lines: [2, 4] }]);
    expect(r.conflicts).toEqual([{ term: '甲', lines: [2, 4, 5] }]);
  });
});

describe('JSON import', () => {
  const native = {
    format: 1,
    id: 'unit-native',
    name: '原生',
    version: '2.0.0',
    category: 'typo',
    entries: [
      { id: 'a', severity: 'warn', terms: ['按装'], suggestions: ['安装'], source: 's', examples: { hit: ['按装'] } },
      { id: 'b', severity: 'info', terms: ['重迭'], source: 's', examples: { hit: ['重迭'] } },
    ],
  };

  it('imports a native dictionary as it is', async () => {
    const r = await importDictionary(JSON.stringify(native), 'json', opts({ fileName: 'x.json' }));
    expect(r.errors).toEqual([]);
    expect(r.dictionary).toEqual(dictionarySchema().parse(native));
  });

  it('reports zod issues with their path', async () => {
    const bad = structuredClone(native) as Record<string, unknown> & { entries: Array<Record<string, unknown>> };
    bad.entries[1]!.severity = 'fatal';
    bad.entries[0]!.colour = 'red';
    delete bad.name;
    const r = await importDictionary(JSON.stringify(bad), 'json', opts());
    expect(r.ok).toBe(false);
    expect(r.dictionary).toBeUndefined();
    const fields = r.errors.map((e) => e.field);
    expect(fields).toEqual(expect.arrayContaining(['name', 'entries[0]', 'entries[1].severity']));
    const sev = r.errors.find((e) => e.field === 'entries[1].severity')!;
    expect(sev.message).toBe('entries[1].severity：只能是 block、warn、info');
  });

  it('finds duplicate ids across chunks', async () => {
    const entries = Array.from({ length: 30 }, (_, i) => ({
      id: i === 25 ? 'e-3' : `e-${i}`,
      severity: 'warn',
      terms: [`t${i}`],
      source: 's',
    }));
    const r = await importDictionary(
      JSON.stringify({ ...native, requireExamples: false, entries }),
      'json',
      opts({ chunkSize: 10 }),
    );
    expect(r.errors).toEqual([
      { field: 'entries[25].id', message: 'entries[25].id：重复的 id: e-3（与 entries[3] 相同）' },
    ]);
  });

  it('imports an array of entries, filling id, severity, source and provenance', async () => {
    const r = await importDictionary(
      JSON.stringify([{ terms: ['甲'] }, { terms: ['乙'], severity: 'block', id: 'mine' }]),
      'json',
      opts(),
    );
    expect(r.errors).toEqual([]);
    const [a, b] = r.dictionary!.entries;
    expect(a).toMatchObject({ id: importedEntryId('甲'), severity: 'warn', source: `导入：list.txt（张三，${TIME}）` });
    expect(a!.provenance).toEqual({ file: 'list.txt', importer: '张三', time: TIME });
    expect(b).toMatchObject({ id: 'mine', severity: 'block' });
    expect(r.dictionary).toMatchObject({ id: 'custom-unit', category: 'sensitive', requireExamples: false });
  });

  it('reports duplicates and conflicts by entry number', async () => {
    const r = await importDictionary(
      JSON.stringify([{ terms: ['甲', '乙'] }, { terms: ['甲'] }, { allow: ['乙'] }]),
      'json',
      opts(),
    );
    expect(r.duplicates).toEqual([{ term: '甲', lines: [1, 2] }]);
    expect(r.conflicts).toEqual([{ term: '乙', lines: [1, 3] }]);
  });

  it('reports invalid JSON with a line number, and refuses signed bundles and other values', async () => {
    const r = await importDictionary('{\n  "format": 1,\n  oops\n}', 'json', opts());
    expect(r.ok).toBe(false);
    expect(r.errors[0]!.line).toBe(3);
    expect(r.errors[0]!.message).toContain('JSON 格式错误');
    const bundle = await importDictionary('{"format":1,"keyId":"","payload":"{}","signature":""}', 'json', opts());
    expect(bundle.errors[0]!.message).toContain('签名词库包');
    expect((await importDictionary('42', 'json', opts())).ok).toBe(false);
  });
});

describe('decodeImportBytes', () => {
  it('reads UTF-8 as is, and GBK/GB18030 (Excel “CSV” on Chinese Windows) by converting it', () => {
    expect(decodeImportBytes(new TextEncoder().encode('甲\n'))).toEqual({ ok: true, text: '甲\n', encoding: 'utf-8' });
    // 词条,严重程度 / 北朝鲜,禁止发布 in GBK
    const gbk = new Uint8Array([
      0xb4, 0xca, 0xcc, 0xf5, 0x2c, 0xd1, 0xcf, 0xd6, 0xd8, 0xb3, 0xcc, 0xb6, 0xc8, 0x0a, 0xb1, 0xb1, 0xb3, 0xaf, 0xcf,
      0xca, 0x2c, 0xbd, 0xfb, 0xd6, 0xb9, 0xb7, 0xa2, 0xb2, 0xbc, 0x0a,
    ]);
    expect(decodeImportBytes(gbk)).toEqual({ ok: true, text: '词条,严重程度\n北朝鲜,禁止发布\n', encoding: 'gb18030' });
  });

  it('names binary files instead of calling them an encoding', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);
    const r = decodeImportBytes(png);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error).toContain('PNG 图片');
    expect(!r.ok && r.error).not.toContain('GBK');
    const xlsx = decodeImportBytes(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]));
    expect(!xlsx.ok && xlsx.error).toContain('另存为 CSV');
    const nul = decodeImportBytes(new Uint8Array([0xe6, 0xb5, 0x8b, 0x00, 0x01, 0x02, 0x0a]));
    expect(!nul.ok && nul.error).toContain('二进制');
  });

  it('accepts Chinese severities in TXT and CSV', async () => {
    const txt = await importDictionary('甲\t\t禁止发布\n乙\t\t需注意\n丙\t\t建议\n', 'txt', opts());
    expect(txt.dictionary?.entries.map((e) => e.severity)).toEqual(['block', 'warn', 'info']);
    const csv = await importDictionary('词条,严重程度\n丁,禁止发布\n', 'csv', opts());
    expect(csv.dictionary?.entries[0]?.severity).toBe('block');
    const bad = await importDictionary('甲\t\t很严重\n', 'txt', opts());
    expect(bad.errors[0]?.message).toContain('禁止发布');
  });
});

describe('mergeIntoDictionary', () => {
  it('adds new entries and replaces entries with the same id', async () => {
    const first = (await importDictionary('甲\n乙\n', 'txt', opts())).dictionary!;
    const second = (
      await importDictionary('乙\t新建议\tblock\n丙\n', 'txt', opts({ time: '2026-01-01T00:00:00.000Z' }))
    ).dictionary!;
    const { dictionary, added, replaced } = mergeIntoDictionary(first, second);
    expect({ added, replaced }).toEqual({ added: 1, replaced: 1 });
    expect(dictionary.entries.map((e) => e.terms[0])).toEqual(['甲', '乙', '丙']);
    expect(dictionary.entries[1]).toMatchObject({ suggestions: ['新建议'], severity: 'block' });
    expect(dictionary.id).toBe(first.id);
    expect(dictionary.version).not.toBe(first.version);
    expect(dictionarySchema().safeParse(dictionary).success).toBe(true);
  });

  it('keeps the category of entries from a dictionary of another category', async () => {
    const existing = (await importDictionary('甲\n', 'txt', opts())).dictionary!;
    const typo = (await importDictionary('按装\t安装\n', 'txt', opts({ category: 'typo' }))).dictionary!;
    const { dictionary } = mergeIntoDictionary(existing, typo);
    expect(dictionary.entries[1]!.category).toBe('typo');
    expect(dictionary.entries[0]!.category).toBeUndefined();
    const keep: Dictionary = dictionarySchema().parse(dictionary);
    expect(keep.entries).toHaveLength(2);
  });
});
