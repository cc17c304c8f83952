/**
 * 全会届次写错 — a plenary session of the Central Committee named with the wrong ordinal for the date the draft gives
 * it or for the draft's own date: 2013年11月召开的党的十九届三中全会 (the 18th's third), 党的二十届三中全会10月20日
 * 至23日在北京举行 (that was the fourth, 2025), 学习贯彻二十届四中全会精神 in a draft of March 2025 (not yet held).
 * Inspections count a wrong session as a 严重表述错误; the sessions' dates are facts (the communiqués, Xinhua).
 *
 * Read in the sentence of the mention: a year (and month) written before it (2013年11月召开的…), or a date or range
 * right after it (…10月20日至23日在北京举行); else the draft's date, when it falls more than LEAD_DAYS before the
 * session opened. A sentence that names other years or sessions is
 * left alone when its dates could belong to them.
 */
import type { ParagraphRule, RuleMeta } from '../engine/rule';
import { MAX_PER_PARAGRAPH, q, sentenceFrom, sentenceTo } from './util-text';

export const PLENARY_RULES: RuleMeta[] = [
  {
    id: 'formulation.plenary-session',
    category: 'formulation',
    severity: 'block',
    title: '全会届次疑似写错',
    message: '{text}的届次与日期不符，请核对。',
    source:
      '中国共产党第十八、十九、二十届中央委员会历次全体会议公报（新华社）；政府网站与政务新媒体检查指标（严重表述错误）',
    note: '稿件写明年份、月份或会期的，按该日期核对是第几届几中全会；没有写明的，发布日期早于该全会召开 100 天以上时提示（尚未召开；全会一般提前两个多月公布会期）。',
  },
];

/** [congress, session, first day, last day] of every plenary session from the 18th Central Committee on. */
const SESSIONS: ReadonlyArray<readonly [number, number, string, string]> = [
  [18, 1, '2012-11-15', '2012-11-15'],
  [18, 2, '2013-02-26', '2013-02-28'],
  [18, 3, '2013-11-09', '2013-11-12'],
  [18, 4, '2014-10-20', '2014-10-23'],
  [18, 5, '2015-10-26', '2015-10-29'],
  [18, 6, '2016-10-24', '2016-10-27'],
  [18, 7, '2017-10-11', '2017-10-14'],
  [19, 1, '2017-10-25', '2017-10-25'],
  [19, 2, '2018-01-18', '2018-01-19'],
  [19, 3, '2018-02-26', '2018-02-28'],
  [19, 4, '2019-10-28', '2019-10-31'],
  [19, 5, '2020-10-26', '2020-10-29'],
  [19, 6, '2021-11-08', '2021-11-11'],
  [19, 7, '2022-10-09', '2022-10-12'],
  [20, 1, '2022-10-23', '2022-10-23'],
  [20, 2, '2023-02-26', '2023-02-28'],
  [20, 3, '2024-07-15', '2024-07-18'],
  [20, 4, '2025-10-20', '2025-10-23'],
];
const CONGRESS: Record<string, number> = { 十八: 18, 十九: 19, 二十: 20 };
const ORDINAL = '一二三四五六七八九';
const NAME = (c: number) => (c === 20 ? '二十' : `十${ORDINAL[c - 11]}`);
/** A session is announced up to about two and a half months ahead (三中全会 2024: announced 04-30 for 07-15). */
const LEAD_DAYS = 100;
const DAY_MS = 86_400_000;

const MENTION = /(十八|十九|二十)届([一二三四五六七八九])中全会/g;
const YEAR_MONTH = /((?:19|20)\d{2})年(?:(\d{1,2})月)?/g;
/** A date or range right after the mention: （2025年）10月20日至23日 … 举行/召开. */
const AFTER = /^[^。；！？\n]{0,6}?(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日/;

export function createPlenarySessionRule(): ParagraphRule {
  const find = (c: number, n: number) => SESSIONS.find(([cc, nn]) => cc === c && nn === n);
  const heldIn = (year: number, month?: number) =>
    SESSIONS.filter(
      ([, , from, to]) =>
        (Number(from.slice(0, 4)) === year || Number(to.slice(0, 4)) === year) &&
        (month === undefined || Number(from.slice(5, 7)) === month || Number(to.slice(5, 7)) === month),
    );
  const label = (s: readonly [number, number, string, string]) => `${NAME(s[0])}届${ORDINAL[s[1] - 1]}中全会`;
  return {
    kind: 'paragraph',
    rules: PLENARY_RULES,
    check(p, sink) {
      const t = p.text;
      if (!t.includes('中全会')) return;
      let n = 0;
      for (const m of t.matchAll(MENTION)) {
        const at = m.index;
        const end = at + m[0].length;
        const session = find(CONGRESS[m[1]!]!, ORDINAL.indexOf(m[2]!) + 1);
        if (!session) continue;
        const [, , from, to] = session;
        const [s, e] = [sentenceFrom(t, at), sentenceTo(t, end)];
        const sentence = t.slice(s, e);
        // other sessions in the sentence: its dates may be theirs
        const others = [...sentence.matchAll(MENTION)].length > 1;
        let wrong: string | undefined;
        let right: string | undefined;
        const after = AFTER.exec(t.slice(end, e));
        if (after) {
          const year = after[1] ? Number(after[1]) : Number(from.slice(0, 4));
          const day = `${year}-${after[2]!.padStart(2, '0')}-${after[3]!.padStart(2, '0')}`;
          if (day < from || day > to) {
            wrong = `${m[0]}${after[0]}`;
            const match = SESSIONS.find(([, , f, tt]) => f <= day && day <= tt);
            right = match ? label(match) : undefined;
            if (!after[1] && !match) {
              // the year was guessed from the named session: try the years around it
              const y = Number(p.today.slice(0, 4));
              const near = [y, y - 1].map((yy) => `${yy}${day.slice(4)}`);
              const hit = SESSIONS.find(([, , f, tt]) => near.some((d) => f <= d && d <= tt));
              if (!hit) wrong = undefined;
              else right = label(hit);
            }
          }
        } else if (!others) {
          const before = t.slice(s, at);
          const years = [...before.matchAll(YEAR_MONTH)];
          const last = years[years.length - 1];
          if (years.length === 1 && last && before.length - (last.index + last[0].length) <= 16) {
            const year = Number(last[1]);
            const month = last[2] ? Number(last[2]) : undefined;
            const fits = (y: number, mo?: number) =>
              (Number(from.slice(0, 4)) === y || Number(to.slice(0, 4)) === y) &&
              (mo === undefined || Number(from.slice(5, 7)) === mo || Number(to.slice(5, 7)) === mo);
            if (!fits(year, month)) {
              const held = heldIn(year, month);
              wrong = m[0];
              right = held.length === 1 ? label(held[0]!) : undefined;
            }
          }
        }
        if (!wrong && !after && !/(?:19|20)\d{2}年/.test(sentence)) {
          const lead = (Date.parse(from) - Date.parse(p.today)) / DAY_MS;
          if (lead > LEAD_DAYS) {
            wrong = m[0];
            const held = SESSIONS.filter(([, , f]) => f <= p.today);
            const latest = held[held.length - 1];
            right = latest && latest[0] === session[0] ? label(latest) : undefined;
          }
        }
        if (!wrong) continue;
        if (n++ >= MAX_PER_PARAGRAPH) return;
        sink.report({
          ruleId: 'formulation.plenary-session',
          start: at,
          end,
          ...(right ? { suggestions: [right] } : {}),
          message: right
            ? `${q(m[0])}疑为${q(right)}之误：${label(session)}于${from}召开。`
            : `${q(m[0])}与日期不符：${label(session)}于${from}召开，请核对。`,
        });
      }
    },
  };
}
