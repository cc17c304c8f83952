import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportDictionary } from '../../../lib/dict/export';
import { type ImportFormat, type ImportOptions, importDictionary } from '../../../lib/dict/import';
import { type Dictionary, dictionarySchema } from '../../../lib/engine/dictionary/schema';

const opts: ImportOptions = {
  fileName: 'list.txt',
  importer: '李四',
  time: '2025-06-15T08:00:00.000Z',
  category: 'sensitive',
  dictionaryId: 'custom-unit',
  dictionaryName: '本单位词表',
};

/** The parts of an entry that TXT/CSV carry. */
const core = (d: Dictionary) =>
  d.entries.map((e) => ({
    id: e.id,
    terms: e.terms,
    allow: e.allow,
    suggestions: e.suggestions,
    severity: e.severity,
    note: e.note,
  }));

async function imported(text: string, format: ImportFormat, extra: Partial<ImportOptions> = {}): Promise<Dictionary> {
  const r = await importDictionary(text, format, { ...opts, ...extra });
  expect(r.errors).toEqual([]);
  return r.dictionary!;
}

const SAMPLE = [
  '北朝鲜\t朝鲜\tblock\t涉外表述',
  '测试词',
  '多建议\t甲|乙\tinfo',
  '\\#话题标签\t\twarn',
  '\\!叹号开头',
  '!大陆架',
  '带,逗号"引号\t"建议"\twarn\t说明,含逗号',
].join('\n');

describe('export round trips', () => {
  it('TXT → export TXT → import gives the same entries', async () => {
    const d = await imported(SAMPLE, 'txt');
    const text = exportDictionary(d, 'txt');
    expect(text.split('\n')[0]).toMatch(/^# 本单位词表/);
    const again = await imported(text, 'txt');
    expect(core(again)).toEqual(core(d));
  });

  it('TXT → export CSV → import gives the same entries and keeps sources', async () => {
    const d = await imported(SAMPLE, 'txt');
    const csv = exportDictionary(d, 'csv');
    expect(csv.startsWith('\uFEFFterm,suggestion,severity,note,source,allow\r\n')).toBe(true);
    const again = await imported(csv, 'csv', { fileName: 'other.csv', time: '2030-01-01T00:00:00.000Z' });
    expect(core(again)).toEqual(core(d));
    expect(again.entries.map((e) => e.source)).toEqual(d.entries.map((e) => e.source));
  });

  it('CSV with quotes, commas and line breaks in notes round-trips', async () => {
    const d = await imported('term,note,suggestion\n"甲,乙","一行\r\n两行 ""引""",丙|丁\n', 'csv');
    const again = await imported(exportDictionary(d, 'csv'), 'csv');
    expect(core(again)).toEqual(core(d));
    expect(again.entries[0]!.note).toBe('一行\r\n两行 "引"');
  });

  it('CSV export neutralises formulas (=HYPERLINK, +cmd, -, @, TAB) and the importer reads them back exactly', async () => {
    const risky = [
      '=HYPERLINK("http://evil.example/","点我")',
      "+cmd|' /C calc'!A0",
      '-2+3',
      '@SUM(A1)',
      "'=已有引号",
      "'普通引号",
    ];
    const d = dictionarySchema().parse({
      format: 1,
      id: 'risky',
      name: '公式测试',
      version: '1',
      category: 'sensitive',
      requireExamples: false,
      entries: risky.map((t, i) => ({
        id: `e${i}`,
        severity: 'warn',
        terms: [t],
        suggestions: [i === 0 ? '=1+1' : '安全'],
        note: i === 1 ? '\t=TAB开头' : '',
        source: '@来源',
      })),
    });
    const csv = exportDictionary(d, 'csv');
    const cells = csv
      .slice(1)
      .split('\r\n')
      .slice(1, -1)
      .flatMap((line) => line.match(/"(?:[^"]|"")*"|[^,]+/g) ?? [])
      .map((c) => (c.startsWith('"') ? c.slice(1, -1).replace(/""/g, '"') : c));
    // No cell a spreadsheet would run: none starts with = + - @ TAB or CR.
    expect(cells.filter((c) => /^[=+\-@\t\r]/.test(c))).toEqual([]);
    expect(cells).toContain(`'${risky[0]}`);
    expect(cells).toContain("''=已有引号");
    expect(cells).toContain("'普通引号");
    const again = await imported(csv, 'csv');
    expect(again.entries.map((e) => e.terms[0])).toEqual(risky);
    expect(again.entries[0]!.suggestions).toEqual(['=1+1']);
    expect(again.entries[1]!.note).toBe('=TAB开头'); // notes are trimmed on import
    expect(new Set(again.entries.map((e) => e.source))).toEqual(new Set(['@来源']));
  });

  it('JSON round-trips a native dictionary exactly', async () => {
    const native = dictionarySchema().parse(
      JSON.parse(readFileSync(join(__dirname, '../../fixtures/dicts/sample.json'), 'utf8')),
    );
    const json = exportDictionary(native, 'json');
    const r = await importDictionary(json, 'json', opts);
    expect(r.dictionary).toEqual(native);
  });

  it('JSON of a large dictionary is one entry per line and round-trips', async () => {
    const lines = Array.from({ length: 3000 }, (_, i) => `词${i}\t建议${i}`).join('\n');
    const d = await imported(lines, 'txt');
    const json = exportDictionary(d, 'json');
    expect(json.split('\n').length).toBeGreaterThan(3000);
    expect(json.split('\n').length).toBeLessThan(3010);
    const r = await importDictionary(json, 'json', opts);
    expect(r.dictionary).toEqual(d);
  });

  it('TXT export comments out regex entries and disabled entries', () => {
    const d = dictionarySchema().parse({
      format: 1,
      id: 'x',
      name: 'X',
      version: '1',
      category: 'sensitive',
      requireExamples: false,
      entries: [
        { id: 'p', severity: 'warn', pattern: '\\d{18}', source: 's' },
        { id: 'off', severity: 'warn', terms: ['停用词'], source: 's', enabled: false },
        { id: 'on', severity: 'warn', terms: ['启用词'], source: 's' },
      ],
    });
    const txt = exportDictionary(d, 'txt');
    expect(txt).toContain('# [正则，仅 JSON 格式保留] p: \\d{18}');
    expect(txt).toContain('# [停用] 停用词\t\twarn');
    expect(txt).toContain('\n启用词\t\twarn\n');
    expect(exportDictionary(d, 'csv')).not.toContain('停用词');
  });

  it('property: any list of terms survives TXT and CSV round trips', async () => {
    const term = fc
      .string({ minLength: 1, maxLength: 20, unit: 'grapheme' })
      .map((s) => s.replace(/[\t\r\n\u0000\uFFFD]/g, 'x').trim())
      .filter((s) => s.length > 0 && s.length <= 64);
    const row = fc.record({
      term,
      allow: fc.boolean(),
      suggestions: fc.array(
        term.map((s) => s.replace(/\|/g, '')).filter((s) => s.trim().length > 0),
        { maxLength: 3 },
      ),
      severity: fc.constantFrom('block', 'warn', 'info'),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(row, { minLength: 1, maxLength: 15 }), async (rows) => {
        const csv = exportRowsAsCsv(rows);
        const r = await importDictionary(csv, 'csv', opts);
        expect(r.errors).toEqual([]);
        const d = r.dictionary!;
        for (const format of ['txt', 'csv'] as const) {
          const back = await importDictionary(exportDictionary(d, format), format, opts);
          expect(back.errors).toEqual([]);
          expect(core(back.dictionary!)).toEqual(core(d));
        }
      }),
      {
        numRuns: 60,
        // once found by a random run: a literal ～ as a whole term, and ! (the TXT allow marker)
        examples: [
          [
            [
              { term: '～', allow: false, suggestions: [], severity: 'block' },
              { term: '!', allow: false, suggestions: [], severity: 'block' },
            ],
          ],
        ],
      },
    );
  });
});

function exportRowsAsCsv(
  rows: Array<{ term: string; allow: boolean; suggestions: string[]; severity: string }>,
): string {
  const cell = (s: string) => `"${s.replace(/"/g, '""')}"`;
  // a term starting with the near-match marker (~, ～) or the escape (a backslash) is written escaped, as in the format
  const term = (t: string) => (/^[~～\\]/.test(t) ? `\\${t}` : t);
  return [
    'term,suggestion,severity,allow',
    ...rows.map((r) =>
      [cell(term(r.term)), cell(r.suggestions.map((s) => s.trim()).join('|')), r.severity, r.allow ? '1' : ''].join(
        ',',
      ),
    ),
  ].join('\n');
}
