import type { ParagraphRule, ParagraphSink, RuleMeta } from '../engine/rule';
import { daysInMonth } from './dates';
import { firstMatchesOf } from './first-units';
import { charSets, MAX_PER_PARAGRAPH, matchesOf } from './util-text';

/**
 * Malformed dates and numbers left by editing: 2020929日 (年 and 月 lost), 2025年815日 (月 lost), 202511月8日 (年
 * lost), 2026年2月日 (the day lost), 2026年13月, 4月31日; 3,0000 (thousands not grouped by three); 共件 and 同比增长%
 * (the number itself lost, also after a verb: 共受理件); 下降-3.5% (a double negative), 5%个百分点, 百分之五十%; two kinds
 * of numerals in one date (二〇二四年6月, 一至5月) and units that cannot be (61.4亿万元, PM2.5 28毫克/立方米, a thousand
 * 万亿元 and more: more than all of China's loans). Each
 * pattern reads a bounded number of characters, so the scan is linear.
 */
export const NUMBER_RULES: RuleMeta[] = [
  {
    id: 'typo.malformed-date',
    category: 'typo',
    severity: 'warn',
    title: '日期格式错误',
    message: '日期“{text}”格式有误，请核对。',
    source: '《出版物上数字用法》（GB/T 15835—2011）；国办发〔2018〕123号（严把文字关）',
  },
  {
    id: 'typo.malformed-number',
    category: 'typo',
    severity: 'warn',
    title: '数字分节错误',
    message: '数字“{text}”的千分位分节有误，请核对。',
    source: '《出版物上数字用法》（GB/T 15835—2011）4.1.4（千分撇分节：从个位起每三位一节）',
  },
  {
    id: 'typo.number-usage',
    category: 'typo',
    severity: 'warn',
    title: '数字用法错误',
    message: '“{text}”的写法有误，请核对。',
    source:
      '《出版物上数字用法》（GB/T 15835—2011）；国家统计局统计用语（百分点：百分数相减之差，不带百分号；“下降”后用正数）',
  },
  {
    id: 'typo.date-weekday',
    category: 'typo',
    severity: 'warn',
    title: '日期与星期不符',
    message: '“{text}”：日期与星期不符，请核对。',
    source: '《出版物上数字用法》（GB/T 15835—2011）；国办发〔2018〕123号（严把文字关）',
  },
  {
    id: 'typo.malformed-time',
    category: 'typo',
    severity: 'warn',
    title: '时刻、季度或月份范围有误',
    message: '“{text}”不存在，请核对。',
    source: '《出版物上数字用法》（GB/T 15835—2011）；国办发〔2018〕123号（严把文字关）',
  },
  {
    id: 'typo.missing-number',
    category: 'typo',
    severity: 'warn',
    title: '数字缺失',
    message: '“{text}”缺少数字，请补全。',
    source: '国办发〔2018〕123号（严把文字关）',
  },
];

/** A run of 6–8 digits glued to 日: 2020929日 for 2020年9月29日. */
const RUN_DATE = /(?<![0-9０-９.\-/])((?:19|20)[0-9]{4,6})日/g;
/** Month out of range after a year, or a day the month does not have. */
const MONTH_DAY = /(?<![0-9０-９.\-/])(?:([0-9]{4})年)?([0-9]{1,2})月(?:([0-9]{1,2})[日号])?/g;
/** A date that lost one of its parts: 2025年815日 (月), 202511月8日 (年), 2026年2月日 (the day). */
const LOST_PART =
  /(?<![0-9０-９.\-/])(?:((?:19|20)[0-9]{2})年([0-9]{3,4})日|((?:19|20)[0-9]{2})([0-9]{1,2})月(?:[0-9]{1,2}[日号])?|(?:(?:19|20)[0-9]{2}年)?[0-9]{1,2}月日(?![均常报益记程前后出落夜间照光用]))/g;
/** Thousands separators that do not group by three: 3,0000 for 30,000 or 3.0000. */
const BAD_GROUPING = /(?<![0-9.,，])[0-9]{1,3}(?:,[0-9]{3})*,[0-9]{4,}(?![0-9])/g;
/**
 * 共件 / 累计人次，/ 同比增长%; also with a reporting verb and its object between (共受理件, 累计发放补贴万元):
 * a count word, a verb of a work report, at most four characters that are no numeral, then a unit closing the clause.
 */
const COUNT_VERBS =
  '受理|排查|办结|办理|发放|处理|查处|查办|接待|救助|培训|走访|整改|发现|收到|完成|开展|举办|组织|出动|检查|抽检|检测|接种|帮扶|慰问|投入|拨付|筹集|捐赠|招聘|调解|化解|立案|破获|抓获|摸排|核查|回复|答复|接听|处置|签约|录取|引进|新增|下达|救治|转运|检出|收集|清理|拆除|整治|建成|新建|改造|培育|吸纳|带动|惠及|覆盖|服务|走访慰问';
const NO_COUNT = new RegExp(
  `(?<![公一总中])(共计|合计|累计|总计|共)(?:(?:${COUNT_VERBS})(?:(?![一二三四五六七八九十百千万亿两零〇几数多余半近约超逾])[\\u4e00-\\u9fff]){0,4}?)?(件|起|项|宗|例|户|家|名|人次|人|次|元|万元|亿元|辆|台|套|场|所|万剂次|剂次|万人次|万人|万户|万吨|吨|万亩|亩|公里|平方米|万平方米|批次|份)(?=[，,。；;、）)]|$)|[\\u4e00-\\u9fff]([%％‰])`,
  'g',
);

/** A fall written with a minus sign too (下降-3.5%: a double negative), and percentage points with % (5%个百分点). */
const DOUBLE_NEGATIVE = /(?:下降|减少|降低|回落|下滑|下跌|缩减|减小)了?\s*[-－−]\s*[0-9]+(?:\.[0-9]+)?\s*[%％]?/g;
const PERCENT_POINTS = /[0-9]+(?:\.[0-9]+)?\s*[%％]\s*个百分点/g;
/**
 * A total or an amount that grows by percentage points (地区生产总值完成218亿元，同比增长6.5个百分点): an amount changes by
 * a percentage, only a rate by points. Judged by the nearest indicator before the change in its sentence: an amount
 * (亿元, 收入, 产量 …) reports, a rate (率, 比重, 增速, a percentage …) or none stays quiet.
 */
const POINTS_CHANGE =
  /(?<!每)(?:同比|环比|比上年|较上年)?(?:增长|下降|提高|降低|增加|减少|回落|上升|下滑)了?\s*[0-9]+(?:\.[0-9]+)?个百分点/g;
const AMOUNT_OR_RATE =
  /(亿元|万元|千元|元|万吨|吨|万人次|人次|万人|万户|万辆|辆|万件|件|总值|增加值|收入|产值|销售额|营业额|营收|总额|成交额|交易额|产量|总量|客流量|利润|税收|投资|进出口|零售额|存款|贷款|支出|用电量|货运量|客运量|人数|数量)|率|比重|比例|占比|增速|增幅|速度|指数|份额|百分比|[%％]|百分点|CPI|PPI|水平|价格/g;
const SENTENCE_END = /[。！？；!?;\n]/;
const amountPointsMessage = (m: RegExpExecArray) =>
  `“${m[0]}”：总量、金额的增减用百分数（%），“百分点”只用于比率、比重、增速之间的差，请核对。`;

/**
 * A share or a rate given as a percentage, then its change on last year as a percentage too (比重达到18.3%，比上年提高
 * 2.1%): the difference of two percentages is in percentage points. 同比 and 环比 are left alone (a price index's
 * changes: 同比上涨0.2%，环比下降0.1%).
 */
const RATE_THEN_PERCENT =
  /(比重|占比|比例|率)[^，,。；;！？\n]{0,12}?[0-9]+(?:\.[0-9]+)?[%％][，,]\s*((?:比上年|较上年|比去年|较去年|比上年末|较上年末)(?:提高|下降|降低|上升|增加|减少|回落|下滑)了?\s*[0-9]+(?:\.[0-9]+)?[%％])/g;
/** 环比 against last year's period (环比去年同期), or 同比 against last month: the two words swapped. */
const SWAPPED_COMPARISON = /环比(?:去年|上年|上一年)同期|同比上(?:月|季度|周)/g;
const rateMessage = (m: RegExpExecArray) =>
  `“${m[2]}”：${m[1]}是百分数，两个百分数之差应以“个百分点”表示（如“提高2.1个百分点”）。`;
const comparisonMessage = (m: RegExpExecArray) =>
  m[0].startsWith('环比')
    ? `“${m[0]}”：与上年同期相比是“同比”，“环比”是与上一个统计周期（上月、上季度）相比。`
    : `“${m[0]}”：与上月、上季度相比是“环比”，“同比”是与上年同期相比。`;

/** Reports each change in percentage points whose subject is an amount (POINTS_CHANGE). */
function amountPoints(t: string, sink: ParagraphSink, n: number): number {
  for (const m of matchesOf(POINTS_CHANGE, t)) {
    let lo = m.index;
    while (lo > 0 && m.index - lo < 60 && !SENTENCE_END.test(t[lo - 1]!)) lo--;
    let last: RegExpExecArray | undefined;
    for (const x of matchesOf(AMOUNT_OR_RATE, t.slice(lo, m.index))) last = x;
    if (!last?.[1]) continue;
    if (n++ >= MAX_PER_PARAGRAPH) return MAX_PER_PARAGRAPH + 1;
    sink.report({
      ruleId: 'typo.number-usage',
      start: m.index,
      end: m.index + m[0].length,
      message: amountPointsMessage(m),
    });
  }
  return n;
}

/** 百分之 before a numeral that ends in %: 百分之五十%. */
const CN_PERCENT_BEFORE = /百分之[〇零一二三四五六七八九十百千点两]+$/;

const groupingMessage = (m: RegExpExecArray) => `数字“${m[0]}”的千分位分节有误（应每三位一节），请核对。`;
const pointsMessage = (m: RegExpExecArray) =>
  `“${m[0]}”：百分点不带百分号，应写作“${m[0].replace(/\s*[%％]\s*/, '')}”。`;
const negativeMessage = (m: RegExpExecArray) =>
  `“${m[0]}”：“下降”“减少”之后再用负号是双重否定，应删去负号（或写作“增长-…”）。`;

/**
 * Every match of `re` in `t` as one finding of `ruleId`, counting on from `n` findings in the paragraph: the count
 * after, MAX_PER_PARAGRAPH + 1 once the limit is hit (a module function: no closure made per paragraph). With
 * `group`, the finding spans that capture group, which must end the match (比上年提高2.1% after the share it follows).
 */
function reportEach(
  re: RegExp,
  t: string,
  sink: ParagraphSink,
  ruleId: string,
  message: (m: RegExpExecArray) => string,
  n: number,
  group = 0,
): number {
  for (const m of matchesOf(re, t)) {
    if (n++ >= MAX_PER_PARAGRAPH) return MAX_PER_PARAGRAPH + 1;
    const end = m.index + m[0].length;
    sink.report({ ruleId, start: end - m[group]!.length, end, message: message(m) });
  }
  return n;
}

/** A date written with separators: 2024-02-30, 2024.13.05, 2025/4/31. */
const SEP_DATE = /(?<![0-9.\-/])((?:19|20)[0-9]{2})([-./])([0-9]{1,2})\2([0-9]{1,2})(?![0-9]|\.[0-9])/g;
/** A date in Chinese numerals (or a year in digits): 二〇二四年十三月一日, 2024年二月三十日. */
const CN_DATE =
  /(?<![〇零一二三四五六七八九十0-9])([〇零一二三四五六七八九]{4}|[0-9]{4})年([一二三四五六七八九十]{1,3})月(?:([一二三四五六七八九十]{1,3})[日号])?/g;
const CN_DIGITS = '〇一二三四五六七八九';
/** 二〇二四 → 2024; 十三 → 13, 二十九 → 29 (up to 99; NaN for anything else). */
function cnNumber(s: string): number {
  if (/^[0-9]+$/.test(s)) return Number(s);
  const d = (c: string) => (c === '零' ? 0 : CN_DIGITS.indexOf(c));
  if (!s.includes('十')) return s.length ? [...s].reduce((n, c) => n * 10 + d(c), 0) : Number.NaN;
  const [tens, ones] = s.split('十') as [string, string];
  if (tens.length > 1 || ones.length > 1) return Number.NaN;
  return (tens ? d(tens) : 1) * 10 + (ones ? d(ones) : 0);
}
/** A clock time after a time of day or a time label: 下午2:70, 时间：25:30. */
const CLOCK =
  /(?<=(?:上午|下午|晚上|凌晨|早上|中午|傍晚|时间|时间为|时间是|[日）)])[：:\s]*)([0-9]{1,2})[:：]([0-9]{2})(?![0-9])/g;

/**
 * A date with its weekday: 2026年1月1日（星期五）, 2025年10月1日星期三, 2024年6月15日(周六); or without a year
 * (1月26日（星期日）): the year is then the last one the paragraph names before it (2025年春节放假安排如下：…); without
 * one, a weekday that fits none of last year, this year and next is reported.
 */
const WEEKDAY =
  /(?:(?<![0-9０-９.\-/])([0-9]{4})年|(?<![0-9０-９.\-/年]))([0-9]{1,2})月([0-9]{1,2})[日号]\s*[（(]?\s*(?:星期|周|礼拜)([一二三四五六日天])[）)]?/g;
const WEEKDAYS = '日一二三四五六';
const YEAR_BEFORE = /([0-9]{4})年(?![0-9]{1,2}月[0-9]{1,2}[日号]\s*[（(]?\s*(?:星期|周|礼拜))/g;

/**
 * Whether the weekday after a date is that date's own: （星期六） closed right after it, or 星期六 not starting a range
 * or a list (8月15日（周一至周五）, 7月20日（周六、周日正常报名） name other days).
 */
function ownWeekday(t: string, m: RegExpExecArray): boolean {
  const opened = /[（(]/.test(m[0]);
  if (opened) return /[）)]$/.test(m[0]);
  return !'至到、-—~～'.includes(t[m.index + m[0].length] ?? '');
}

/** The last year a paragraph names before `at` (2025年春节放假安排如下：…), if any. */
function yearIn(t: string, at: number): number | undefined {
  let year: number | undefined;
  YEAR_BEFORE.lastIndex = 0;
  for (let m = YEAR_BEFORE.exec(t); m && m.index < at; m = YEAR_BEFORE.exec(t)) year = Number(m[1]);
  return year && year >= 1900 && year <= 2099 ? year : undefined;
}

/** The year that puts a month and day nearest the check's date. */
function nearestYear(month: number, day: number, today: string): number {
  const y = Number(today.slice(0, 4));
  const now = Date.UTC(y, Number(today.slice(5, 7)) - 1, Number(today.slice(8, 10)));
  const off = (yy: number) => Math.abs(Date.UTC(yy, month - 1, day) - now);
  return [y - 1, y + 1].reduce((best, yy) => (off(yy) < off(best) ? yy : best), y);
}
/**
 * An hour that is not one: 25 o'clock after a day or a time of day (6月1日25时, 凌晨26点), a morning hour past
 * noon (上午13时); the fifth quarter of a year; a month range past December (1-13月).
 */
export const BAD_TIME =
  /(?:(?<=日|上午|下午|晚上|凌晨|早上|中午|当天|当日|今天|明天|次日)\s*(?:2[5-9]|[3-9][0-9])(?:时|点)(?![代期间候刻段效])|(?<=上午|凌晨|早上)(?:1[3-9]|2[0-4])(?:时|点)(?![代期间候刻段效])|第[五六七八九]季度|(?<![0-9])(?:[1-9]|1[0-2])\s*[-—–~～至到]\s*(?:1[3-9]|[2-9][0-9])月)/g;

/** Why a date read as year, month and day does not exist (the day may be absent), or undefined if it does. */
function impossibleDate(written: string, year: number, month: number, day: number | undefined): string | undefined {
  if (month < 1 || month > 12) return `日期“${written}”中没有${month}月，请核对。`;
  if (day === undefined || (day >= 1 && day <= daysInMonth(year, month))) return undefined;
  return `日期“${written}”不存在（${month}月只有${daysInMonth(year, month)}天），请核对。`;
}

/**
 * One date or range written in two kinds of numerals (GB/T 15835—2011: a date's year, month and day take one
 * form): 二〇二四年6月, 一至5月, 1至五月 (a year in digits before a month in words, 2025年十月, is left alone: a usage seen
 * in print).
 */
const MIXED_NUMERALS =
  /(?<![〇零一二三四五六七八九十0-9])(?:[〇零一二三四五六七八九]{4}年[0-9]{1,2}月|(?:十[一二]?|[一二三四五六七八九])\s*[至到—～~-]\s*[0-9]{1,2}月|[0-9]{1,2}\s*[至到—～~-]\s*(?:十[一二]?|[一二三四五六七八九])月)/g;
/**
 * Units that cannot be: 61.4亿万元 (亿 and 万 stacked; 万亿元 is a trillion), PM2.5 or PM10 in 毫克/立方米 at one or
 * more (28 mg/m³ is no air anyone breathes: 微克), a river's flow in 立方米 without 每秒.
 */
const BAD_UNIT =
  /(?<![0-9.])[0-9]+(?:\.[0-9]+)?亿万元|(?<![0-9.,，])[1-9][0-9]{3,}(?:\.[0-9]+)?万亿元|(?<=(?:PM2\.5|PM10|细颗粒物|可吸入颗粒物)[^。；;\n]{0,16}?)(?<![0-9.])[1-9][0-9]*(?:\.[0-9]+)?\s*毫克\s*[/／每]\s*立方米|(?<=(?<![日月年均总])流量(?:为|达|达到|增至|超过|是)?约?)(?<![0-9.])[0-9]+(?:\.[0-9]+)?立方米(?![每/／]|\s*[/／]\s*秒)/g;
const mixedMessage = (m: RegExpExecArray) => `“${m[0]}”混用汉字数字和阿拉伯数字，同一日期或范围应统一写法。`;
const unitMessage = (m: RegExpExecArray) =>
  m[0].endsWith('亿万元')
    ? `“${m[0]}”的单位有误：“亿”“万”不能连用，应为“亿元”或“万元”。`
    : m[0].endsWith('万亿元')
      ? `“${m[0]}”：上千万亿元超过全国的金融总量，单位疑为“亿元”或“万元”，请核对。`
      : m[0].includes('毫克')
        ? `“${m[0]}”：细颗粒物、可吸入颗粒物浓度的单位是微克/立方米，请核对。`
        : `“${m[0]}”：流量的单位是立方米每秒，请核对。`;

/** The characters the checks below are gated on, found in one pass over a paragraph (util-text charSets). */
const charsOf = charSets(['0123456789', '星周拜', '时点季月', '共计%％‰']);
const DIGIT = 1;
const WEEK = 2;
const TIME = 4;
const COUNT = 8;

export function createNumberRule(): ParagraphRule {
  return {
    kind: 'paragraph',
    rules: NUMBER_RULES,
    check(p, sink) {
      const t = p.text;
      const sets = charsOf(t);
      let n = 0;
      if (t.includes('日')) {
        for (const m of matchesOf(RUN_DATE, t)) {
          if (n++ >= MAX_PER_PARAGRAPH) return;
          const digits = m[1]!;
          sink.report({
            ruleId: 'typo.malformed-date',
            start: m.index,
            end: m.index + m[0].length,
            message: `日期“${m[0]}”的数字连在一起，缺少“年”“月”（如 ${digits.slice(0, 4)}年…月…日），请核对。`,
          });
        }
      }
      if (t.includes('月')) {
        for (const m of matchesOf(MONTH_DAY, t)) {
          const month = Number(m[2]);
          const day = m[3] === undefined ? undefined : Number(m[3]);
          const year = m[1] === undefined ? 2024 : Number(m[1]); // a leap year when unknown: 2月29日 passes
          const message = impossibleDate(m[0], year, month, day);
          if (!message) continue;
          if (m[1] === undefined && day === undefined) continue; // 13月 alone: 13个月 typos are rarer
          if (n++ >= MAX_PER_PARAGRAPH) return;
          sink.report({ ruleId: 'typo.malformed-date', start: m.index, end: m.index + m[0].length, message });
        }
      }
      if (t.includes('日') || t.includes('月')) {
        for (const m of matchesOf(LOST_PART, t)) {
          if (m[1] !== undefined) {
            // 815 → 8月15日 or 81月5日: only a reading as month and day makes it a lost 月.
            const d = m[2]!;
            const ok = [1, 2].some((k) => {
              const month = Number(d.slice(0, k));
              const day = Number(d.slice(k));
              return d.length - k <= 2 && month >= 1 && month <= 12 && day >= 1 && day <= 31;
            });
            if (!ok) continue;
          }
          if (m[4] !== undefined && (Number(m[4]) < 1 || Number(m[4]) > 12)) continue;
          if (n++ >= MAX_PER_PARAGRAPH) return;
          const lost = m[1] !== undefined ? '“月”' : m[3] !== undefined ? '“年”' : '日期数字';
          sink.report({
            ruleId: 'typo.malformed-date',
            start: m.index,
            end: m.index + m[0].length,
            message: `日期“${m[0]}”缺少${lost}，请核对。`,
          });
        }
      }
      if (sets & DIGIT && /[0-9][-./][0-9]/.test(t)) {
        for (const m of matchesOf(SEP_DATE, t)) {
          const message = impossibleDate(m[0], Number(m[1]), Number(m[3]), Number(m[4]));
          if (!message) continue;
          if (/(?:版本|版|[vV])\s*$/.test(t.slice(Math.max(0, m.index - 3), m.index))) continue; // 版本2024.13.1
          if (n++ >= MAX_PER_PARAGRAPH) return;
          sink.report({ ruleId: 'typo.malformed-date', start: m.index, end: m.index + m[0].length, message });
        }
      }
      if (/[〇零一二三四五六七八九十]月/.test(t)) {
        for (const m of matchesOf(CN_DATE, t)) {
          const [year, month] = [cnNumber(m[1]!), cnNumber(m[2]!)];
          const day = m[3] === undefined ? undefined : cnNumber(m[3]);
          if (Number.isNaN(year) || Number.isNaN(month) || (day !== undefined && Number.isNaN(day))) continue;
          const message = impossibleDate(m[0], year, month, day);
          if (!message) continue;
          if (n++ >= MAX_PER_PARAGRAPH) return;
          sink.report({ ruleId: 'typo.malformed-date', start: m.index, end: m.index + m[0].length, message });
        }
      }
      if (sets & DIGIT && /[0-9][:：][0-9]/.test(t)) {
        for (const m of matchesOf(CLOCK, t)) {
          const [hour, minute] = [Number(m[1]), Number(m[2])];
          if (minute <= 59 && (hour < 24 || (hour === 24 && minute === 0))) continue;
          if (n++ >= MAX_PER_PARAGRAPH) return;
          sink.report({ ruleId: 'typo.malformed-time', start: m.index, end: m.index + m[0].length });
        }
      }
      if (sets & WEEK) {
        for (const m of matchesOf(WEEKDAY, t)) {
          const [month, day] = [Number(m[2]), Number(m[3])];
          if (month < 1 || month > 12 || day < 1 || day > 31 || !ownWeekday(t, m)) continue;
          const written = WEEKDAYS.indexOf(m[4] === '天' ? '日' : m[4]!);
          const named = m[1] ? Number(m[1]) : yearIn(t, m.index);
          const y = Number(p.today.slice(0, 4));
          // without a year in the paragraph the draft may mean last year, this one or the next (a December notice
          // of next year's holidays): any of them with that weekday is accepted; an impossible day is reported above
          const years = named ? [named] : [y, y + 1, y - 1];
          const weekday = (yy: number) => new Date(Date.UTC(yy, month - 1, day)).getUTCDay();
          if (years.some((yy) => day > daysInMonth(yy, month) || weekday(yy) === written)) continue;
          const year = named ?? nearestYear(month, day, p.today);
          if (n++ >= MAX_PER_PARAGRAPH) return;
          sink.report({
            ruleId: 'typo.date-weekday',
            start: m.index,
            end: m.index + m[0].length,
            message: `“${m[0]}”：${year}年${month}月${day}日是星期${WEEKDAYS[weekday(year)]}，不是星期${m[4]}，请核对。`,
          });
        }
      }
      if (sets & TIME) {
        for (const m of firstMatchesOf(BAD_TIME, t)) {
          if (n++ >= MAX_PER_PARAGRAPH) return;
          sink.report({ ruleId: 'typo.malformed-time', start: m.index, end: m.index + m[0].length });
        }
      }
      if (t.includes(',')) n = reportEach(BAD_GROUPING, t, sink, 'typo.malformed-number', groupingMessage, n);
      if (t.includes('月')) n = reportEach(MIXED_NUMERALS, t, sink, 'typo.number-usage', mixedMessage, n);
      if (t.includes('立方米') || t.includes('亿万元') || t.includes('万亿元'))
        n = reportEach(BAD_UNIT, t, sink, 'typo.number-usage', unitMessage, n);
      if (t.includes('%') || t.includes('％'))
        n = reportEach(PERCENT_POINTS, t, sink, 'typo.number-usage', pointsMessage, n);
      if (/[-－−]/.test(t)) n = reportEach(DOUBLE_NEGATIVE, t, sink, 'typo.number-usage', negativeMessage, n);
      if (t.includes('百分点')) n = amountPoints(t, sink, n);
      if (t.includes('比上年') || t.includes('较上年') || t.includes('比去年') || t.includes('较去年'))
        n = reportEach(RATE_THEN_PERCENT, t, sink, 'typo.number-usage', rateMessage, n, 2);
      if (t.includes('环比') || t.includes('同比'))
        n = reportEach(SWAPPED_COMPARISON, t, sink, 'typo.number-usage', comparisonMessage, n);
      if (n > MAX_PER_PARAGRAPH) return;
      if (sets & COUNT) {
        for (const m of matchesOf(NO_COUNT, t)) {
          if (n++ >= MAX_PER_PARAGRAPH) return;
          const pct = m[3] !== undefined;
          // 百分之五十%: the number is there, in words, and 百分之 says percent twice
          const cnPct = pct ? CN_PERCENT_BEFORE.exec(t.slice(Math.max(0, m.index - 12), m.index + 1)) : null;
          if (cnPct) {
            sink.report({
              ruleId: 'typo.number-usage',
              start: m.index + 1 - cnPct[0].length,
              end: m.index + m[0].length,
              message: `“${cnPct[0]}${m[3]}”：“百分之”与“${m[3]}”重复，只用其一。`,
            });
            continue;
          }
          sink.report({
            ruleId: 'typo.missing-number',
            start: pct ? m.index + 1 : m.index,
            end: m.index + m[0].length,
            message: pct ? `“${m[0]}”：百分号前缺少数字，请补全。` : `“${m[0]}”缺少数字，请补全。`,
          });
        }
      }
    },
  };
}
