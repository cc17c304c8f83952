import type { ParagraphRule, RuleMeta } from '../engine/rule';
import { chineseNumber, cnNumber } from './cn-numerals';
import { MAX_PER_PARAGRAPH, q } from './util-text';

/**
 * 周年数、届次写错 — an anniversary, a commemorative day or a session of the national congresses counted wrong for the
 * draft's date: 建军97周年到来之际 written on 2025-07-31 (the 98th), 今天是第十个国家宪法日 on 2024-12-04 (the 11th),
 * 十四届全国人大三次会议 opening in March 2024 (the second). Inspections list a wrong count as a 表述错误; it is
 * computed from the founding date, so every year is covered, not a list of strings.
 *
 * Read only where the draft speaks of the occasion as now: the draft's date within WINDOW_BEFORE days before the day
 * of the occasion or WINDOW_AFTER days after it, no other year in the sentence before it, no look back (回顾, 当年 …),
 * and not a speech of an earlier one (在庆祝中国共产党成立100周年大会上的讲话).
 */
export const ANNIVERSARY_RULES: RuleMeta[] = [
  {
    id: 'formulation.anniversary-number',
    category: 'formulation',
    severity: 'warn',
    title: '周年数或届次疑似有误',
    message: '{text}与发布日期不符，请核对周年数或届次。',
    source:
      '纪念日期：中国共产党成立（1921-07-01）、中国人民解放军建军（1927-08-01）、中华人民共和国成立（1949-10-01）、香港回归（1997-07-01）、澳门回归（1999-12-20）、改革开放（1978-12-18）、五四运动（1919-05-04）、中国共产主义青年团成立（1922-05-05）、人民政协成立（1949-09-21）、中国人民志愿军抗美援朝出国作战（1950-10-25）、红军长征胜利（1936-10-22）、抗日战争胜利（1945-09-03）、西藏和平解放（1951-05-23）及五个自治区成立日；法定纪念日首个年份：国家宪法日（2014，全国人大常委会2014-11-01决定）、烈士纪念日（2014，2014-08-31决定）、国家公祭日（2014，2014-02-27决定）、全民国家安全教育日（2016，国家安全法第十四条）、中国航天日（2016）、中国医师节（2018）、中国农民丰收节（2018）、中国人民警察节（2021）、全国生态日（2023，2023-06-28决定）、扶贫日（2014）、全国防灾减灾日（2009）、全国交通安全日（2012）、中国旅游日（2011）、全国助残日（1991）、全国爱眼日（1996）、全国爱耳日（2000）、全国爱牙日（1989）、中国品牌日（2017）、全国科技工作者日（2017）、中国航海日（2005）、世界读书日（1996）、国际禁毒日（1987）、世界知识产权日（2001）；全国人民代表大会、全国政协各届第一次会议年份（十二届2013、十三届2018、十四届2023）',
    note: '只在发布日期临近该纪念日（前60天至后20天）且句中未写其他年份、不是回顾或引用往年讲话时提示。',
  },
];

/** The draft's date may be this many days before the occasion's day, or this many after it. */
const WINDOW_BEFORE = 60;
const WINDOW_AFTER = 20;
const DAY_MS = 86_400_000;

/** Occasions counted in years since their first day (N周年): the names they are written with, and that day. */
const ANNIVERSARIES: Array<[names: string, first: string]> = [
  ['中国共产党成立|建党', '1921-07-01'],
  ['中国人民解放军建军|人民解放军建军|建军', '1927-08-01'],
  ['中华人民共和国成立|新中国成立', '1949-10-01'],
  ['香港回归祖国|香港回归', '1997-07-01'],
  ['澳门回归祖国|澳门回归', '1999-12-20'],
  ['改革开放', '1978-12-18'],
  ['五四运动', '1919-05-04'],
  ['中国共产主义青年团成立|共青团成立|建团', '1922-05-05'],
  ['人民政协成立|中国人民政治协商会议成立', '1949-09-21'],
  ['中国人民志愿军抗美援朝出国作战|抗美援朝出国作战', '1950-10-25'],
  ['红军长征胜利|长征胜利', '1936-10-22'],
  ['中国人民抗日战争暨世界反法西斯战争胜利|抗日战争暨世界反法西斯战争胜利|抗日战争胜利|抗战胜利', '1945-09-03'],
  ['西藏和平解放', '1951-05-23'],
  ['内蒙古自治区成立', '1947-05-01'],
  ['新疆维吾尔自治区成立', '1955-10-01'],
  ['广西壮族自治区成立', '1958-03-15'],
  ['宁夏回族自治区成立', '1958-10-25'],
  ['西藏自治区成立', '1965-09-01'],
];

/** Commemorative days counted from their first year (第N个…): the names and the first day. */
const DAYS: Array<[names: string, first: string]> = [
  ['国家宪法日', '2014-12-04'],
  ['烈士纪念日', '2014-09-30'],
  ['国家公祭日', '2014-12-13'],
  ['全民国家安全教育日', '2016-04-15'],
  ['中国航天日', '2016-04-24'],
  ['中国医师节', '2018-08-19'],
  // 秋分: about 09-23
  ['中国农民丰收节', '2018-09-23'],
  ['中国人民警察节', '2021-01-10'],
  ['全国生态日', '2023-08-15'],
  ['扶贫日', '2014-10-17'],
  ['全国防灾减灾日', '2009-05-12'],
  ['全国交通安全日', '2012-12-02'],
  ['中国旅游日', '2011-05-19'],
  // the third Sunday of May: about 05-18
  ['全国助残日', '1991-05-18'],
  ['全国爱眼日', '1996-06-06'],
  ['全国爱耳日', '2000-03-03'],
  ['全国爱牙日', '1989-09-20'],
  ['中国品牌日', '2017-05-10'],
  ['全国科技工作者日', '2017-05-30'],
  ['中国航海日', '2005-07-11'],
  ['世界读书日', '1996-04-23'],
  ['国际禁毒日', '1987-06-26'],
  ['世界知识产权日', '2001-04-26'],
];

/** 十二届 … 十五届 全国人大 and 全国政协: the year of each one's first session (in March, one session a year). */
const TERMS: Record<string, number> = { 十二: 2013, 十三: 2018, 十四: 2023, 十五: 2028 };
const SESSION_MONTH = '03-05';

const NUM = '([0-9]{1,3}|[一二两三四五六七八九十百零〇]{1,5})';
const ANNIVERSARY_RE = new RegExp(
  `(${ANNIVERSARIES.map(([n]) => n).join('|')})[^。；！？，,\\n\\d]{0,3}?${NUM}\\s*周年(?!大会上|纪念大会上|庆祝大会上|大会的|大会讲话|之际发表|时的|时，)`,
  'g',
);
const DAY_RE = new RegExp(`第${NUM}([个次])(?:“|")?(${DAYS.map(([n]) => n).join('|')})`, 'g');
const SESSION_RE =
  /(?:第?(十[二三四五])届全国人大|第?(十[二三四五])届全国人民代表大会|全国政协(十[二三四五])届|政协第(十[二三四五])届全国委员会)第?([一二三四五六])次会议/g;
/** The sentence speaks of the session as it meets (not 常委会, not an earlier one reviewed). */
const SESSION_NOW = /开幕|闭幕|召开|举行|胜利召开|隆重开幕|审议|出席|列席/;
/** The text before looks back. */
const RETROSPECTIVE = /回顾|过去|当年|那时|当时|时任|曾经|历史上|去年|前年|往年|上一年/;

/** Short names of a founding that may also end a given name (张建军), and what may stand right before them then. */
const BARE = new Set(['建军', '建党', '建团']);
const BEFORE_BARE = '祝念迎逢值是在的暨和及与年于、';
/** The year whose day `mmdd` lies within the window around `today`, if one does. */
function occasionYear(today: string, mmdd: string): number | undefined {
  const now = Date.parse(today);
  const y = Number(today.slice(0, 4));
  if (!Number.isFinite(now)) return undefined;
  for (const year of [y, y + 1, y - 1]) {
    const day = Date.parse(`${year}-${mmdd}`);
    if (now >= day - WINDOW_BEFORE * DAY_MS && now <= day + WINDOW_AFTER * DAY_MS) return year;
  }
  return undefined;
}

/** Where the sentence holding `at` starts. */
function sentenceStart(t: string, at: number): number {
  let from = at;
  while (from > 0 && !'。！？；!?\n'.includes(t[from - 1]!)) from--;
  return from;
}

/** A year other than `year` written in the sentence before `at` (2019年，…70周年), or a look back. */
function elsewhere(t: string, at: number, year: number): boolean {
  const before = t.slice(sentenceStart(t, at), at);
  if (RETROSPECTIVE.test(before)) return true;
  for (const m of before.matchAll(/((?:19|20)\d\d)年/g)) if (Number(m[1]) !== year) return true;
  return false;
}

/** A count written like the one found, in digits or in Chinese numerals. */
const written = (n: number, like: string) => (/^[0-9]+$/.test(like) ? String(n) : chineseNumber(n));

export function createAnniversaryNumberRule(): ParagraphRule {
  return {
    kind: 'paragraph',
    rules: ANNIVERSARY_RULES,
    check(p, sink) {
      const t = p.text;
      const hasYears = t.includes('周年');
      const hasDay = t.includes('第') && (t.includes('个') || t.includes('次'));
      const hasSession = t.includes('次会议');
      if (!hasYears && !hasDay && !hasSession) return;
      let n = 0;
      const report = (start: number, end: number, right: string, what: string) => {
        if (n >= MAX_PER_PARAGRAPH || p.isQuoted(start, end)) return;
        n++;
        sink.report({
          ruleId: 'formulation.anniversary-number',
          start,
          end,
          suggestions: [right],
          message: `${q(t.slice(start, end))}与发布日期（${p.today}）不符：${what}，应为${q(right)}，请核对。`,
        });
      };
      if (hasYears)
        for (const m of t.matchAll(ANNIVERSARY_RE)) {
          const first = ANNIVERSARIES.find(([names]) => names.split('|').includes(m[1]!))?.[1];
          if (!first) continue;
          // 建军, 建党, 建团 alone may end a given name (张建军从教20周年)
          if (
            BARE.has(m[1]!) &&
            m.index > 0 &&
            /[\u4e00-\u9fff]/.test(t[m.index - 1]!) &&
            !BEFORE_BARE.includes(t[m.index - 1]!)
          )
            continue;
          const year = occasionYear(p.today, first.slice(5));
          if (year === undefined || elsewhere(t, m.index, year)) continue;
          const count = cnNumber(m[2]!);
          const right = year - Number(first.slice(0, 4));
          if (count === right || right <= 0) continue;
          const at = m.index + m[0].lastIndexOf(m[2]!);
          report(at, at + m[2]!.length + 2, `${written(right, m[2]!)}周年`, `${year}年是${m[1]}${right}周年`);
        }
      if (hasDay)
        for (const m of t.matchAll(DAY_RE)) {
          const first = DAYS.find(([name]) => name === m[3])?.[1];
          if (!first) continue;
          const year = occasionYear(p.today, first.slice(5));
          if (year === undefined || elsewhere(t, m.index, year)) continue;
          const right = year - Number(first.slice(0, 4)) + 1;
          if (cnNumber(m[1]!) === right || right <= 0) continue;
          const end = m.index + 1 + m[1]!.length + 1;
          report(m.index, end, `第${written(right, m[1]!)}${m[2]}`, `${year}年的是第${right}${m[2]}${m[3]}`);
        }
      if (hasSession)
        for (const m of t.matchAll(SESSION_RE)) {
          const term = m[1] ?? m[2] ?? m[3] ?? m[4];
          const start = term ? TERMS[term] : undefined;
          if (start === undefined) continue;
          const year = occasionYear(p.today, SESSION_MONTH);
          if (year === undefined || year < start || year > start + 4) continue;
          const from = sentenceStart(t, m.index);
          let to = t.slice(m.index).search(/[。！？；!?\n]/);
          to = to < 0 ? t.length : m.index + to;
          const sentence = t.slice(from, to);
          if (!SESSION_NOW.test(sentence) || /常委会|常务委员会/.test(t.slice(m.index, m.index + m[0].length)))
            continue;
          if (elsewhere(t, m.index, year)) continue;
          const right = year - start + 1;
          if (cnNumber(m[5]!) === right) continue;
          const at = m.index + m[0].length - 4;
          report(
            at,
            at + 4,
            `${chineseNumber(right)}次会议`,
            `${year}年召开的是${term}届第${chineseNumber(right)}次会议`,
          );
        }
    },
  };
}
