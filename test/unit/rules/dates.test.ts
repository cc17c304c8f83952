import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  compareDates,
  daysInMonth,
  findDates,
  formatChinese,
  lastDayCovered,
  parseDate,
  parseDateAt,
  parseIso,
  scanDates,
  skipTime,
  toIso,
} from '../../../lib/rules/dates';

const ymd = (s: string) => {
  const m = parseDate(s);
  return m ? [m.year ?? null, m.month ?? null, m.day ?? null, m.precision, m.part ?? null] : null;
};

describe('parseDate', () => {
  it.each([
    ['2024年3月1日', [2024, 3, 1, 'day', null]],
    ['2024年03月01日', [2024, 3, 1, 'day', null]],
    ['2024 年 3 月 1 日', [2024, 3, 1, 'day', null]],
    ['2024年3月1号', [2024, 3, 1, 'day', null]],
    ['２０２４年３月１日', [2024, 3, 1, 'day', null]],
    ['2024-03-01', [2024, 3, 1, 'day', null]],
    ['2024/3/1', [2024, 3, 1, 'day', null]],
    ['2024.3.1', [2024, 3, 1, 'day', null]],
    ['3月1日', [null, 3, 1, 'day', null]],
    ['12月31日', [null, 12, 31, 'day', null]],
    ['2月29日', [null, 2, 29, 'day', null]],
    ['二〇二四年三月一日', [2024, 3, 1, 'day', null]],
    ['二○二四年十二月三十一日', [2024, 12, 31, 'day', null]],
    ['二零二五年十月二十日', [2025, 10, 20, 'day', null]],
    ['三月十五日', [null, 3, 15, 'day', null]],
    ['十一月底', [null, 11, null, 'month', 'end']],
    ['2024年3月', [2024, 3, null, 'month', null]],
    ['2024年3月份', [2024, 3, null, 'month', null]],
    ['2024年5月底', [2024, 5, null, 'month', 'end']],
    ['5月末', [null, 5, null, 'month', 'end']],
    ['3月上旬', [null, 3, null, 'month', 'early']],
    ['3月中旬', [null, 3, null, 'month', 'mid']],
    ['3月下旬', [null, 3, null, 'month', 'late']],
    ['2024年', [2024, null, null, 'year', null]],
    ['2024年底', [2024, null, null, 'year', 'end']],
    ['2021年年底', [2021, null, null, 'year', 'end']],
    ['2024年末', [2024, null, null, 'year', 'end']],
  ])('%s', (s, expected) => {
    expect(ymd(s)).toEqual(expected);
  });

  it.each([
    '2024-13-01',
    '2024-02-30',
    '2023年2月29日',
    '13月1日',
    '3月32日',
    '0月1日',
    '1899年',
    '12345年',
    '统一月报',
    '一月',
    '3号楼',
    '2024.3.1.2',
    '20240301',
  ])('does not parse %s as one date', (s) => {
    expect(parseDate(s)).toBeNull();
  });

  it('does not take 号 before 楼/线/院 as a day', () => {
    expect(findDates('3月1号楼')).toEqual([{ start: 0, end: 2, month: 3, precision: 'month' }]);
  });

  it('accepts a bare day only when asked (the end of a range)', () => {
    expect(parseDateAt('15日', 0)).toBeNull();
    expect(parseDateAt('15日', 0, { dayOnly: true })).toMatchObject({ day: 15, start: 0, end: 3 });
    expect(parseDateAt('二十日', 0, { dayOnly: true })).toMatchObject({ day: 20, end: 3 });
  });

  it('does not start inside a digit or numeral run', () => {
    expect(parseDateAt('12024年', 1)).toBeNull();
    expect(parseDateAt('十二月一日', 1)).toBeNull();
  });
});

describe('findDates', () => {
  it('finds dates with their spans in running text', () => {
    const text = '报名时间：2024年5月1日至5月10日，截止日期2024-06-01（星期六）。';
    const found = findDates(text).map((m) => text.slice(m.start, m.end));
    expect(found).toEqual(['2024年5月1日', '5月10日', '2024-06-01']);
  });

  it('finds Chinese-numeral dates', () => {
    const text = '于二〇二四年三月一日前提交';
    expect(findDates(text).map((m) => text.slice(m.start, m.end))).toEqual(['二〇二四年三月一日']);
  });

  it('ignores phone numbers, document numbers and amounts', () => {
    expect(findDates('电话0532-85912345，青政办字〔2019〕15号，金额20240元')).toEqual([]);
  });

  it('spans always equal the text they cover (random input)', () => {
    const unit = fc.constantFrom(...'0123456789年月日号底末初上中下旬-/.二〇一三十 至前'.split(''));
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 60 }), (text) => {
        let last = 0;
        scanDates(text, (m) => {
          expect(m.start).toBeGreaterThanOrEqual(last);
          expect(m.end).toBeGreaterThan(m.start);
          expect(m.end).toBeLessThanOrEqual(text.length);
          last = m.end;
        });
      }),
      { numRuns: 500 },
    );
  });

  it('finishes on 5 MB of "2024年" repeats', () => {
    let n = 0;
    scanDates('2024年'.repeat(1_000_000), () => n++);
    expect(n).toBe(1_000_000);
  });

  it('finishes on 5 MB of digits and of numerals', () => {
    expect(findDates('1'.repeat(5_000_000))).toEqual([]);
    expect(findDates('二'.repeat(5_000_000))).toEqual([]);
  });
});

describe('calendar helpers', () => {
  it('knows month lengths and leap years', () => {
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2023, 2)).toBe(28);
    expect(daysInMonth(1900, 2)).toBe(28);
    expect(daysInMonth(2000, 2)).toBe(29);
    expect(daysInMonth(2024, 4)).toBe(30);
  });

  it('gives the last day a mention covers', () => {
    const last = (s: string, y: number) => toIso(lastDayCovered(parseDate(s)!, y));
    expect(last('3月1日', 2024)).toBe('2024-03-01');
    expect(last('2月', 2024)).toBe('2024-02-29');
    expect(last('5月底', 2024)).toBe('2024-05-31');
    expect(last('3月上旬', 2024)).toBe('2024-03-10');
    expect(last('3月中旬', 2024)).toBe('2024-03-20');
    expect(last('3月下旬', 2024)).toBe('2024-03-31');
    expect(last('2024年底', 2024)).toBe('2024-12-31');
  });

  it('parses and formats ISO and Chinese dates', () => {
    expect(parseIso('2025-06-15')).toEqual({ year: 2025, month: 6, day: 15 });
    expect(parseIso('2025-02-30')).toBeNull();
    expect(parseIso('2025-6-15')).toBeNull();
    expect(formatChinese({ year: 2024, month: 3, day: 1 })).toBe('2024年3月1日');
    expect(compareDates({ year: 2024, month: 3, day: 1 }, { year: 2024, month: 2, day: 29 })).toBeGreaterThan(0);
  });

  it.each([
    ['（星期五）前', 5],
    ['(周五)前', 4],
    ['下午5时前', 4],
    ['17:00前', 5],
    ['17：30:00止', 8],
    ['上午9时30分', 7],
    ['24时', 3],
    ['5点半前', 3],
    ['前', 0],
  ])('skipTime skips %s', (s, n) => {
    expect(skipTime(s, 0)).toBe(n);
  });
});
