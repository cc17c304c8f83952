/**
 * Counts written in Chinese numerals, read and written (七十五, 一百零四, 二十): the anniversary, congress and outdated-
 * formulation rules share them. numbers.ts keeps its own strict reader for dates (二〇二四 as digits, NaN when
 * malformed).
 */

const DIGITS = '零一二三四五六七八九';

/** 104, 一百零四, 七十五, 两百, 十 → the number (digits kept as they are). */
export function cnNumber(s: string): number {
  if (/^[0-9]+$/.test(s)) return Number(s);
  let n = 0;
  let cur = 0;
  for (const ch of s) {
    if (ch === '百') {
      n += (cur || 1) * 100;
      cur = 0;
    } else if (ch === '十') {
      n += (cur || 1) * 10;
      cur = 0;
    } else cur = DIGITS.indexOf(ch === '两' ? '二' : ch === '〇' ? '零' : ch);
  }
  return n + cur;
}

/** 1–999 in Chinese numerals: 14 → 十四, 20 → 二十, 104 → 一百零四, 110 → 一百一十. */
export function chineseNumber(n: number): string {
  if (n < 10) return DIGITS[n]!;
  if (n < 100) {
    const tens = Math.floor(n / 10);
    const ones = n % 10;
    return `${tens === 1 ? '' : DIGITS[tens]}十${ones ? DIGITS[ones] : ''}`;
  }
  const r = n % 100;
  const rest = r === 0 ? '' : r < 10 ? `零${DIGITS[r]}` : r < 20 ? `一${chineseNumber(r)}` : chineseNumber(r);
  return `${DIGITS[Math.floor(n / 100)]}百${rest}`;
}
