import { describe, expect, it } from 'vitest';
import {
  auditCsv,
  checksCsv,
  csvCell,
  exportJson,
  parseHistoryExport,
  signoffsCsv,
  toCsv,
} from '../../../lib/history/export';
import {
  type AuditRecord,
  auditRecordSchema,
  type CheckRecord,
  checkRecordSchema,
  type SignoffRecord,
  signoffRecordSchema,
} from '../../../lib/store/schema';
import { audit, check, signoff } from '../store/fixtures';

const T = '2025-06-01T02:03:04.000Z';
const aCheck = (over: Partial<CheckRecord> = {}): CheckRecord =>
  checkRecordSchema.parse({ ...check(), uid: 'c1', time: T, id: 7, ...over });
const aSignoff = (over: Partial<SignoffRecord> = {}): SignoffRecord =>
  signoffRecordSchema.parse({ ...signoff(), uid: 's1', time: T, id: 3, ...over });
const anAudit = (over: Partial<AuditRecord> = {}): AuditRecord =>
  auditRecordSchema.parse({ ...audit(), uid: 'a1', time: T, ...over });

/** Minimal RFC 4180 reader, to check that what we write reads back exactly. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += ch;
  }
  if (cell || row.length) rows.push([...row, cell]);
  return rows;
}

describe('toCsv', () => {
  const cols = [
    { header: '名称', value: (r: { a: unknown }) => r.a as string },
    { header: '数', value: () => 1 },
  ];

  it('starts with a UTF-8 BOM and ends every line with CRLF', () => {
    const csv = toCsv([{ a: '甲' }, { a: '乙' }], cols);
    expect(csv.startsWith('\uFEFF名称,数\r\n')).toBe(true);
    expect(csv).toBe('\uFEFF名称,数\r\n甲,1\r\n乙,1\r\n');
    expect(new TextEncoder().encode(csv).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
  });

  it('quotes commas, quotes and line breaks (RFC 4180) and reads back exactly', () => {
    const nasty = ['a,b', 'say "hi"', 'line1\nline2', 'cr\r\nlf', '，全角逗号', ''];
    const csv = toCsv(
      nasty.map((a) => ({ a })),
      cols,
    );
    expect(csv).toContain('"a,b"');
    expect(csv).toContain('"say ""hi"""');
    expect(csv).toContain('"line1\nline2"');
    expect(readCsv(csv.slice(1)).map((r) => r[0])).toEqual(['名称', ...nasty]);
  });

  it('neutralises formulas: cells starting with = + - @ get a leading quote', () => {
    for (const s of ['=HYPERLINK("http://x","y")', '+1', '-2+3', '@SUM(A1)', '\t=1'])
      expect(csvCell(s)).toMatch(/^"?'/);
    expect(csvCell('=1+1')).toBe("'=1+1");
    expect(csvCell('=A1,"x"')).toBe(`"'=A1,""x"""`);
    expect(csvCell('正常文本=1')).toBe('正常文本=1');
    // Numbers stay numbers, even negative ones.
    expect(csvCell(-3)).toBe('-3');
    expect(csvCell(undefined)).toBe('');
    expect(csvCell(null)).toBe('');
    expect(csvCell(true)).toBe('是');
  });
});

describe('the 台账 tells an auditor which records authorised anything here', () => {
  it('sign-offs say whether a PIN proved them and whether they came from another machine', () => {
    const rows = readCsv(
      signoffsCsv([
        aSignoff({ uid: 'local-pin', verified: true }),
        aSignoff({ uid: 'local-name', verified: false }),
        aSignoff({ uid: 'legacy' }),
        aSignoff({ uid: 'forged', verified: true, origin: 'imported:history.json 2026-12-04' }),
      ]).slice(1),
    );
    const header = rows[0]!;
    const col = (name: string) => header.indexOf(name);
    expect(col('PIN 验证')).toBeGreaterThan(0);
    expect(col('来源')).toBeGreaterThan(0);
    const by = new Map(rows.slice(1).map((r) => [r[col('记录编号')], r]));
    expect(by.get('local-pin')?.[col('PIN 验证')]).toBe('是（审核人 PIN）');
    expect(by.get('local-pin')?.[col('来源')]).toBe('本机');
    expect(by.get('local-name')?.[col('PIN 验证')]).toBe('否（未验证）');
    expect(by.get('legacy')?.[col('PIN 验证')]).toBe('未记录');
    // A hand-written file may claim anything; the ledger still says where it came from.
    expect(by.get('forged')?.[col('来源')]).toBe('来自其他电脑（导入：history.json 2026-12-04），不作为本机签发或放行');
  });

  it('audit rows (an imported override) and check rows carry their origin too', () => {
    const audit = readCsv(
      auditCsv([anAudit({ action: 'override', origin: 'imported:x.json' }), anAudit({ uid: 'a2' })]).slice(1),
    );
    const a = audit[0]!.indexOf('来源');
    expect(audit[1]?.[a]).toBe('来自其他电脑（导入：x.json），不作为本机签发或放行');
    expect(audit[2]?.[a]).toBe('本机');
    const checks = readCsv(checksCsv([aCheck({ origin: 'imported:y.json' })]).slice(1));
    expect(checks[1]?.[checks[0]!.indexOf('来源')]).toContain('来自其他电脑');
  });
});

describe('checksCsv / signoffsCsv', () => {
  it('writes a 台账 with Chinese headers and readable values', () => {
    const rows = readCsv(
      checksCsv([
        aCheck({
          kind: 'publish',
          outcome: 'overridden',
          reason: '已请示领导',
          counts: { block: 1, warn: 1, info: 0 },
          title: '=危险标题',
        }),
      ]).slice(1),
    );
    expect(rows[0]).toEqual([
      '时间',
      '平台',
      '账号',
      '标题',
      '内容哈希(前12位)',
      '类型',
      '结果',
      '禁止发布数',
      '需注意数',
      '建议数',
      '问题摘要',
      '放行理由',
      '字数',
      '稿件标识',
      '记录编号',
      '来源',
    ]);
    const r = rows[1]!;
    expect(r[0]).toMatch(/^2025-06-0[12] \d\d:03:04$/);
    expect(r.slice(1, 10)).toEqual([
      '微信公众号',
      '某市发布',
      "'=危险标题",
      'aaaaaaaaaaaa',
      '发布尝试',
      '覆盖放行',
      '1',
      '1',
      '0',
    ]);
    expect(r[10]).toBe('[需注意]错别字“既使”：疑似错别字，应为“即使”');
    expect(r[11]).toBe('已请示领导');
    expect(r[14]).toBe('c1');
  });

  it('writes sign-offs with reviewer, level, decision, the five checks and the comment', () => {
    const rows = readCsv(
      signoffsCsv([
        aSignoff(),
        aSignoff({
          uid: 's2',
          level: 3,
          decision: 'reject',
          comment: '数据需核实，"请改"',
          checklist: { politics: true, law: true, policy: false, secrecy: true, text: false },
        }),
      ]).slice(1),
    );
    expect(rows[0]?.slice(0, 10)).toEqual([
      '签发时间',
      '平台',
      '账号',
      '标题',
      '内容哈希(前12位)',
      '审核人',
      '级别',
      '结论',
      '五关清单',
      '意见',
    ]);
    expect(rows[1]?.slice(5, 10)).toEqual([
      '张三',
      '初审',
      '签发',
      '政治关✓ 法律关✓ 政策关✓ 保密关✓ 文字关✓',
      '同意发布',
    ]);
    expect(rows[2]?.slice(5, 10)).toEqual([
      '张三',
      '终审',
      '退回',
      '政治关✓ 法律关✓ 政策关✗ 保密关✓ 文字关✗',
      '数据需核实，"请改"',
    ]);
    expect(rows).toHaveLength(3);
  });
});

describe('exportJson / parseHistoryExport', () => {
  const data = {
    checks: [aCheck(), aCheck({ uid: 'c2', kind: 'latest' })],
    signoffs: [aSignoff()],
    audit: [anAudit()],
  };

  it('round-trips through JSON, without local ids', () => {
    const exported = exportJson(data, new Date('2025-06-30T00:00:00.000Z'));
    expect(exported).toMatchObject({
      format: 'publish-guard-history',
      version: 1,
      exportedAt: '2025-06-30T00:00:00.000Z',
    });
    expect(exported.checks[0]).not.toHaveProperty('id');
    const parsed = parseHistoryExport(JSON.stringify(exported, null, 2));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.data).toEqual(exported);
    const { id: _c, ...c1 } = data.checks[0]!;
    expect(parsed.data.checks[0]).toEqual(c1);
    // A BOM in front (some editors add one) is fine.
    expect(parseHistoryExport(`\uFEFF${JSON.stringify(exported)}`).ok).toBe(true);
  });

  it('accepts an export without an audit list', () => {
    const { audit: _a, ...rest } = exportJson(data);
    const parsed = parseHistoryExport(JSON.stringify(rest));
    expect(parsed.ok && parsed.data.audit).toEqual([]);
  });

  const errorsOf = (text: string): string[] => {
    const r = parseHistoryExport(text);
    expect(r.ok).toBe(false);
    return r.ok ? [] : r.errors;
  };

  it('rejects files that are not history exports', () => {
    expect(errorsOf('{nope')[0]).toMatch(/^不是有效的 JSON 文件/);
    expect(errorsOf('[1,2]')[0]).toContain('不是“发布审校”导出的历史记录');
    expect(errorsOf(JSON.stringify({ format: 'something-else', version: 1 }))[0]).toContain('文件格式不对');
    expect(errorsOf(JSON.stringify({ ...exportJson(data), version: 2 }))[0]).toContain('请先升级扩展');
    expect(errorsOf(JSON.stringify({ ...exportJson(data), version: 0 }))[0]).toContain('不支持的文件版本');
    expect(errorsOf(JSON.stringify({ ...exportJson(data), checks: {} }))).toContain('checks（检查记录）应为数组。');
  });

  it('is all-or-nothing: one invalid record rejects the file, naming the record and the field', () => {
    const bad = exportJson(data) as unknown as {
      checks: Array<Record<string, unknown>>;
      signoffs: Array<Record<string, unknown>>;
    };
    bad.checks[1] = { ...bad.checks[1], counts: { block: 'x', warn: 0, info: 0 } };
    bad.signoffs[0] = { ...bad.signoffs[0], decision: 'maybe' };
    const errors = errorsOf(JSON.stringify(bad));
    expect(errors).toHaveLength(2);
    expect(errors[0]).toMatch(/^检查记录第 2 条（checks\[1\]\.counts\.block）：/);
    expect(errors[1]).toMatch(/^签发记录第 1 条（signoffs\[0\]\.decision）：/);
    expect(errors[1]).toContain('approve');
  });

  it('caps the error list', () => {
    const bad = exportJson({
      ...data,
      checks: Array.from({ length: 30 }, (_, i) => aCheck({ uid: `c${i}` })),
    }) as unknown as {
      checks: Array<Record<string, unknown>>;
    };
    for (const c of bad.checks) delete c.hash;
    const errors = errorsOf(JSON.stringify(bad));
    expect(errors).toHaveLength(21);
    expect(errors[20]).toBe('……另有 10 处错误');
  });
});
