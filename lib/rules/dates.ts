/**
 * Chinese date parsing on original text (UTF-16 offsets), shared by time-dependent rules.
 *
 * Recognised forms (ASCII or full-width digits, or Chinese numerals):
 *   2024年3月1日 · 2024年3月1号 · 2024年3月 · 2024年3月底/末/初/上旬/中旬/下旬 · 2024年 · 2024年底/年末/年年底
 *   2024-03-01 · 2024/3/1 · 2024.3.1 · 3月1日 · 3月底 · 二〇二四年三月一日 · 三月二十日
 *
 * Every parser reads a bounded number of characters from its start and `scanDates` only tries positions that
 * start a digit or numeral run, skipping whole runs it cannot parse, so scanning is linear in the text length.
 */

export type DatePrecision = 'day' | 'month' | 'year';

/** Which part of a month or year a mention without an explicit day refers to. */
export type DatePart = 'start' | 'early' | 'mid' | 'late' | 'end';

export interface DateMention {
  /** Span of the date phrase in the text (end exclusive). */
  start: number;
  end: number;
  /** Explicit year, if the phrase has one. */
  year?: number;
  /** 1–12; absent for year-only mentions and for day-only mentions. */
  month?: number;
  /** 1–31 when the phrase names a day. */
  day?: number;
  precision: DatePrecision;
  /** 月底 / 上旬 / 年底 …: the part of the month (precision month) or year (precision year). */
  part?: DatePart;
}

export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

const MAX_YEAR = 2099;
const MIN_YEAR = 1900;

export function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

export function daysInMonth(y: number, m: number): number {
  if (m === 2) return isLeapYear(y) ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

export function isValidDate(y: number, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

export function toIso(d: CalendarDate): string {
  return `${String(d.year).padStart(4, '0')}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
}

/** Parses YYYY-MM-DD (as used for `today`). */
export function parseIso(s: string): CalendarDate | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return null;
  const d = { year: +m[1]!, month: +m[2]!, day: +m[3]! };
  return isValidDate(d.year, d.month, d.day) ? d : null;
}

/** "2024年3月1日" for a calendar date. */
export function formatChinese(d: CalendarDate): string {
  return `${d.year}年${d.month}月${d.day}日`;
}

/** Compares two calendar dates (negative if a < b). */
export function compareDates(a: CalendarDate, b: CalendarDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

/** The last calendar day a mention covers (3月 → 3月31日, 3月上旬 → 3月10日, 2024年 → 12月31日). */
export function lastDayCovered(m: DateMention, year: number, month = m.month): CalendarDate {
  if (m.day !== undefined && month !== undefined) return { year, month, day: m.day };
  if (month !== undefined) {
    const last = daysInMonth(year, month);
    const day = m.part === 'start' || m.part === 'early' ? 10 : m.part === 'mid' ? 20 : last;
    return { year, month, day };
  }
  return { year, month: 12, day: 31 };
}

// ---------------------------------------------------------------------------------------------------------
// character classes

/** ASCII or full-width digit value, or -1. */
export function digitAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 0xff10 && c <= 0xff19) return c - 0xff10;
  return -1;
}

const CN_DIGIT: Record<string, number> = {
  〇: 0,
  零: 0,
  '○': 0,
  Ｏ: 0,
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** 1 for a Chinese numeral (〇零○Ｏ一…九十) by code unit: a table, because this runs on every character. */
const CN_NUMERAL = new Uint8Array(65536);
for (const ch of [...Object.keys(CN_DIGIT), '十']) CN_NUMERAL[ch.charCodeAt(0)] = 1;

function isCnNumeral(ch: string | undefined): boolean {
  return ch !== undefined && CN_NUMERAL[ch.charCodeAt(0)] === 1;
}

/** Digit or Chinese numeral at i (the cheap pre-filter of the date scanner). */
function startsNumber(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return (c >= 48 && c <= 57) || (c >= 0xff10 && c <= 0xff19) || CN_NUMERAL[c] === 1;
}

/** Reads ASCII/full-width digits from i, at most `max` of them; returns value and end (or null if none). */
function readDigits(text: string, i: number, max: number): { value: number; end: number } | null {
  let v = 0;
  let j = i;
  while (j < text.length && j - i < max) {
    const d = digitAt(text, j);
    if (d < 0) break;
    v = v * 10 + d;
    j++;
  }
  if (j === i) return null;
  if (digitAt(text, j) >= 0) return null; // longer run than allowed
  return { value: v, end: j };
}

/** Reads a Chinese numeral 1–31 (一 … 三十一) from i. */
function readCnSmall(text: string, i: number): { value: number; end: number } | null {
  const a = text[i];
  if (a === undefined) return null;
  if (a === '十') {
    const b = CN_DIGIT[text[i + 1] ?? ''];
    if (b !== undefined && b > 0) return { value: 10 + b, end: i + 2 };
    return { value: 10, end: i + 1 };
  }
  const av = CN_DIGIT[a];
  if (av === undefined || av === 0) return null;
  if (text[i + 1] === '十') {
    if (av > 3) return null;
    const c = CN_DIGIT[text[i + 2] ?? ''];
    if (c !== undefined && c > 0) return { value: av * 10 + c, end: i + 3 };
    return { value: av * 10, end: i + 2 };
  }
  if (isCnNumeral(text[i + 1])) return null;
  return { value: av, end: i + 1 };
}

/** Reads a number 1–31 in digits or Chinese numerals. */
function readSmall(text: string, i: number): { value: number; end: number } | null {
  return digitAt(text, i) >= 0 ? readDigits(text, i, 2) : readCnSmall(text, i);
}

/** Reads a four-character Chinese numeral year (二〇二四). */
function readCnYear(text: string, i: number): { value: number; end: number } | null {
  let v = 0;
  for (let k = 0; k < 4; k++) {
    const d = CN_DIGIT[text[i + k] ?? ''];
    if (d === undefined) return null;
    v = v * 10 + d;
  }
  if (isCnNumeral(text[i + 4])) return null;
  return { value: v, end: i + 4 };
}

function skipSpaces(text: string, i: number): number {
  let j = i;
  while (j < text.length && j - i < 4 && (text[j] === ' ' || text[j] === '\u3000' || text[j] === '\t')) j++;
  return j;
}

const PART_2: Record<string, DatePart> = { 上旬: 'early', 中旬: 'mid', 下旬: 'late' };
const PART_1: Record<string, DatePart> = { 底: 'end', 末: 'end', 初: 'start' };

/** After "M月": a day (日/号), a part (底/末/初/上旬…), or nothing. */
function readAfterMonth(
  text: string,
  i: number,
  year: number | undefined,
  month: number,
  start: number,
): DateMention | null {
  const j = skipSpaces(text, i);
  const two = text.slice(j, j + 2);
  if (PART_2[two]) return { start, end: j + 2, year, month, precision: 'month', part: PART_2[two] };
  const one = text[j] ?? '';
  // 月初 / 月底 / 月末, but not 月末端 … (a following 旬 etc. is handled above)
  if (PART_1[one]) return { start, end: j + 1, year, month, precision: 'month', part: PART_1[one] };
  const d = readSmall(text, j);
  if (d) {
    const k = skipSpaces(text, d.end);
    const unit = text[k];
    // "1号楼", "3号线" are not days
    const notDay = unit === '号' && /[楼院线门库厅馆窗台室]/.test(text[k + 1] ?? '');
    if ((unit === '日' || unit === '号') && !notDay) {
      const probeYear = year ?? 2000; // leap year: 2月29日 is valid without a year
      if (!isValidDate(probeYear, month, d.value)) return null;
      return { start, end: k + 1, year, month, day: d.value, precision: 'day' };
    }
  }
  return { start, end: i, year, month, precision: 'month' };
}

/** "M月…" at i (digits or Chinese numerals), with an optional known year. */
function readMonthPhrase(text: string, i: number, year: number | undefined, start: number): DateMention | null {
  const m = readSmall(text, i);
  if (!m || m.value < 1 || m.value > 12) return null;
  const k = skipSpaces(text, m.end);
  if (text[k] !== '月') return null;
  // 月份 (e.g. "3月份") is still a month
  let end = k + 1;
  if (text[end] === '份') end++;
  return readAfterMonth(text, end, year, m.value, start);
}

function readYearSuffix(text: string, i: number, year: number, start: number): DateMention {
  // i is just after 年
  const j = skipSpaces(text, i);
  const month = readMonthPhrase(text, j, year, start);
  if (month) return month;
  // 2024年底 / 2024年末 / 2024年年底 / 2024年初
  let k = j;
  if (text[k] === '年' && PART_1[text[k + 1] ?? '']) k++;
  const p = PART_1[text[k] ?? ''];
  if (p) return { start, end: k + 1, year, precision: 'year', part: p };
  return { start, end: i, year, precision: 'year' };
}

/**
 * Parses a date that starts exactly at `i`. With `dayOnly`, a bare "15日" is accepted too (the end of a range
 * such as "5月1日至15日"); it has neither year nor month.
 */
export function parseDateAt(text: string, i: number, opts: { dayOnly?: boolean } = {}): DateMention | null {
  const ch = text[i];
  if (ch === undefined) return null;
  if (digitAt(text, i) >= 0) {
    if (digitAt(text, i - 1) >= 0) return null;
    // year with digits
    const y = readDigits(text, i, 4);
    if (y && y.end - i === 4 && y.value >= MIN_YEAR && y.value <= MAX_YEAR) {
      const k = skipSpaces(text, y.end);
      if (text[k] === '年') return readYearSuffix(text, k + 1, y.value, i);
      const sep = text[y.end];
      if (sep === '-' || sep === '/' || sep === '.') {
        const m = readDigits(text, y.end + 1, 2);
        if (m && text[m.end] === sep) {
          const d = readDigits(text, m.end + 1, 2);
          // "2024.3.1.2" or "2024-03-01-5" is something else
          const after = text[d?.end ?? 0];
          const trailing = d && (after === sep || after === '-' || after === '.') && digitAt(text, d.end + 1) >= 0;
          if (d && !trailing && isValidDate(y.value, m.value, d.value)) {
            return { start: i, end: d.end, year: y.value, month: m.value, day: d.value, precision: 'day' };
          }
        }
      }
      return null;
    }
    const month = readMonthPhrase(text, i, undefined, i);
    if (month) return month;
    if (opts.dayOnly) {
      const d = readDigits(text, i, 2);
      if (d && d.value >= 1 && d.value <= 31) {
        const k = skipSpaces(text, d.end);
        if (text[k] === '日' || text[k] === '号') return { start: i, end: k + 1, day: d.value, precision: 'day' };
      }
    }
    return null;
  }
  if (!isCnNumeral(ch) || isCnNumeral(text[i - 1])) return null;
  const cy = readCnYear(text, i);
  if (cy) {
    const k = skipSpaces(text, cy.end);
    if (text[k] === '年' && cy.value >= MIN_YEAR && cy.value <= MAX_YEAR)
      return readYearSuffix(text, k + 1, cy.value, i);
    return null;
  }
  // A Chinese-numeral month without a year must name a day or a part (三月一日, 三月底): a bare 一月 also
  // occurs inside words (统一月报).
  const month = readMonthPhrase(text, i, undefined, i);
  if (month && (month.day !== undefined || month.part !== undefined)) return month;
  if (opts.dayOnly) {
    const d = readCnSmall(text, i);
    if (d && (text[d.end] === '日' || text[d.end] === '号'))
      return { start: i, end: d.end + 1, day: d.value, precision: 'day' };
  }
  return null;
}

/** End of the run of digits (or of Chinese numerals) starting at i. */
function runEnd(text: string, i: number): number {
  let j = i;
  if (digitAt(text, i) >= 0) {
    while (j < text.length && digitAt(text, j) >= 0) j++;
  } else {
    while (j < text.length && isCnNumeral(text[j])) j++;
  }
  return j;
}

/** Calls `onDate` for every date mention, left to right, non-overlapping. Linear time. */
export function scanDates(text: string, onDate: (m: DateMention) => void, from = 0, to = text.length): void {
  let i = from;
  while (i < to) {
    if (!startsNumber(text, i)) {
      i++;
      continue;
    }
    const m = parseDateAt(text, i);
    if (m && m.end <= to) {
      onDate(m);
      i = m.end;
    } else {
      i = Math.max(i + 1, runEnd(text, i));
    }
  }
}

/** All date mentions in a text. */
export function findDates(text: string): DateMention[] {
  const out: DateMention[] = [];
  scanDates(text, (m) => out.push(m));
  return out;
}

// The last text's mentions: the deadline and event rules read the same draft field in turn, every check.
let lastText: string | undefined;
let lastDates: readonly DateMention[] = [];

/**
 * scanDates(text, onDate) over the whole text, the mentions found once for the texts asked for in turn (the
 * mentions are shared: read only).
 */
export function eachDate(text: string, onDate: (m: DateMention) => void): void {
  if (text !== lastText) {
    lastDates = findDates(text);
    lastText = text;
  }
  for (const m of lastDates) onDate(m);
}

/** Parses a string that is exactly one date phrase (surrounding spaces allowed). */
export function parseDate(s: string): DateMention | null {
  const t = s.trim();
  const m = parseDateAt(t, 0);
  return m && m.end === t.length ? m : null;
}

const WEEKDAY = '一二三四五六日天';
const DAYTIME = ['上午', '下午', '中午', '晚上', '早上', '凌晨', '傍晚', '夜间', '晚', '早'];

/**
 * Skips what may follow a date before the word that gives it a meaning: spaces, （星期五）/（周五）/星期五,
 * 上午/下午, and clock times (17:00, 17时30分, 5点半, 24时). Bounded: returns at most ~30 characters later.
 */
export function skipTime(text: string, i: number): number {
  let j = i;
  for (let round = 0; round < 4; round++) {
    const before = j;
    j = skipSpaces(text, j);
    // (星期五) / （周五）
    const open = text[j];
    if (open === '（' || open === '(') {
      let k = j + 1;
      if (text.startsWith('星期', k)) k += 2;
      else if (text[k] === '周') k += 1;
      else k = -1;
      if (k > 0 && WEEKDAY.includes(text[k] ?? '\0') && (text[k + 1] === '）' || text[k + 1] === ')')) {
        j = k + 2;
        continue;
      }
    }
    if (text.startsWith('星期', j) && WEEKDAY.includes(text[j + 2] ?? '\0')) {
      j += 3;
      continue;
    }
    let matchedDaytime = false;
    for (const w of DAYTIME) {
      if (text.startsWith(w, j)) {
        j += w.length;
        matchedDaytime = true;
        break;
      }
    }
    if (matchedDaytime) continue;
    // clock: 17:00[:00] / 17：00 / 17时[30分] / 5点[半] / 二十四时
    const h = readSmall(text, j);
    if (h && h.value <= 24) {
      let k = h.end;
      if ((text[k] === ':' || text[k] === '：') && digitAt(text, k + 1) >= 0) {
        const mm = readDigits(text, k + 1, 2);
        if (mm) {
          k = mm.end;
          if (text[k] === ':' && digitAt(text, k + 1) >= 0) {
            const ss = readDigits(text, k + 1, 2);
            if (ss) k = ss.end;
          }
          j = k;
          continue;
        }
      } else if (text[k] === '时' || text[k] === '点') {
        k++;
        if (text[k] === '半' || text[k] === '整') k++;
        else {
          const mm = readSmall(text, k);
          if (mm && text[mm.end] === '分') k = mm.end + 1;
          else if (mm && digitAt(text, k) >= 0 && text[mm.end] !== '日') {
            // "17时30" without 分
            const d = readDigits(text, k, 2);
            if (d) k = d.end;
          }
        }
        j = k;
        continue;
      }
    }
    if (j === before) break;
  }
  return j;
}
