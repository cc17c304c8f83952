import type { DocumentCandidate, DocumentRule, RuleMeta } from '../engine/rule';
import type { Field } from '../engine/types';
import {
  type CalendarDate,
  compareDates,
  type DateMention,
  daysInMonth,
  eachDate,
  formatChinese,
  lastDayCovered,
  parseDateAt,
  parseIso,
  skipTime,
} from './dates';

/**
 * Deadlines that have already passed (报名截止时间为2024年3月1日 / 请于3月20日前提交 / 报名时间：5月1日至5月10日 /
 * 有效期至… / 即日起至…). A date without a year takes the year of the nearest earlier full date in the draft
 * (title, digest, then body), else of the nearest earlier year mention, else today's year.
 *
 * "截至2024年5月底，全市共…" is a statistic, not a deadline: a bare 截至/截止 before a date only counts as a
 * deadline when a deadline noun (报名, 申报, 提交 …) is right before it.
 *
 * This is a document rule because year inference crosses paragraphs; it scans each field once (linear time).
 */

export const TIMELINESS_RULES: RuleMeta[] = [
  {
    id: 'timeliness.past-deadline',
    category: 'timeliness',
    severity: 'warn',
    title: '期限已过',
    message: '期限“{text}”已过，请核实信息是否过时，必要时更新或删除。',
    source: '国办发〔2018〕123号（严把时效关）；国办秘函〔2019〕19号',
  },
];

/**
 * A single date after one of these labels is when something happened (a complaint was received, a reply sent),
 * not a deadline: 受理时间：2025年3月2日 in a 12345 reply.
 */
const TIMESTAMP_LABEL =
  /(受理|答复|回复|发布|登记|办结|处理|反馈|来电|来信|留言|签收|转办|交办|立案|结案|更新|印发|发文|成文|落款|拍摄|采访|修订|通过|施行)(时间|日期)\s*(为|是)?\s*[：:]?\s*$/;

const FIELDS: readonly Field[] = ['title', 'digest', 'body', 'caption'];

/** A range after one of these labels is the period a report covers (统计时间：1月1日至1月31日), never a deadline. */
const PERIOD_LABEL = /(统计|监测|数据|报告|分析)(时间|时段|周期|区间|期间)\s*(为|是)?\s*[：:]?\s*$/;
/**
 * What came of a period that is over (共吸引观众10万人次, 共有3200人报名, 活动期间，全市共发放…): the date is a report's, not
 * a deadline. Read in the rest of the date's sentence, and in the next sentence when it opens on the period.
 */
const RESULT =
  /共(?:吸引|接待|有|发放|完成|办理|受理|收到|征集|评选|带动|举办|开展|实现|达成|签约|服务|惠及|参与|核发|兑付|帮助)|累计(?:发放|完成|办理|受理|接待|服务|实现)|圆满(?:结束|完成|落幕|闭幕)|落下帷幕|已(?:圆满)?(?:结束|闭幕|完成)/;
const PERIOD_OPENING =
  /^(?:\s*)(?:(?:活动|展览|展会|比赛|赛事|会议|报名|招聘|征集|评选)?期间|其间|此次|本次|本届|截至目前|目前)/;
function resultFollows(text: string, at: number): boolean {
  let i = at;
  while (i < text.length && i - at < 60 && !STOP.has(text[i]!)) i++;
  if (RESULT.test(text.slice(at, i))) return true;
  if (i >= text.length || text[i] === '\n') return false;
  const next = text.slice(i + 1, i + 1 + 60);
  const stop = next.search(/[。！？!?；;\n]/);
  const sentence = stop < 0 ? next : next.slice(0, stop);
  return PERIOD_OPENING.test(sentence) && RESULT.test(sentence);
}

/** 已在, 已于, 已经 right before a date: what follows was done by then (已在3月底前检修完毕). */
const DONE_BEFORE = /已(?:经)?(?:全部|基本)?(?:在|于)?\s*$/;
/** After a date: done by then (前已办理, 以前均已): a class of what was done, no deadline. */
const DONE_BY = /^(?:之|以)?前(?:均|都|就)?已(?:经)?/;

/** Figures of a report on work done: with them, a 受理时间 range is the period reported on (12345 weekly analyses). */
const REPORTED_FIGURES = /同比|环比|共受理|累计受理|共接(?:听|收|到)|办结率|满意率|按时办结/;

const NOUN =
  '报名|申报|申请|提交|报送|上报|受理|征集|征稿|投稿|缴费|缴纳|预约|登记|领取|申领|兑换|反馈|有效期|活动|公示|报考|办理|评选|投票|注册|参评|推荐|递交|寄送|报到|购票|抽签|摇号|开放|考试|答辩|比赛|展览|招聘|遴选|认证|核验|采集|调查|意见';

/** 截止时间为 / 截止日期： (not 数据截止日期). */
const JIEZHI_LABEL = /(截止|截至)(时间|日期)\s*(为|是|到|至)?\s*[：:]?\s*$/;
const STAT_LABEL = /(数据|统计|资料|信息|数字)[^，,。；]{0,4}(截止|截至)(时间|日期)\s*(为|是|到|至)?\s*[：:]?\s*$/;
/** 报名截至3月1日 / 申报工作截止2024年3月1日 (not across a topic tag or a heading's end: #医保缴费# 截至11月1日，…) */
const JIEZHI_NOUN = new RegExp(`(${NOUN})[^，,。；;：:#＃】]{0,8}(截止|截至)\\s*(到|至|于)?\\s*[：:]?\\s*$`);
/** 有效期至 / 有效期： */
const VALIDITY = /有效期\s*(至|到|为|截至|截止|[：:])+\s*(自|从)?\s*$/;
/** 即日起至 / 自发布之日起至 */
const FROM_NOW = /(即日|今日|今天|之日)起?\s*(至|到|—|－|-|~|～)\s*$/;
/** 报名时间： / 活动时间为 / 申报期限： / 公示期： */
const ACTION_LABEL = new RegExp(
  `(${NOUN})[^，,。；;：:]{0,6}(时间|日期|期限|时段|期)\\s*(为|是|从|自)?\\s*[：:]?\\s*(自|从)?\\s*$`,
);
/** Any time label before a range: 时间：5月1日至5月10日 */
const RANGE_LABEL = /(时间|日期|期限|期间|时段|公示期|有效期|周期)\s*(为|是|从|自)?\s*[：:]?\s*(自|从)?\s*$/;
const YU = /(于|在)\s*$/;
const OBLIGATION = /请|须|务必|应当|应于|需于|需在|要求/;
const BEFORE_WORD = /^(之前|以前|前)(?!后|夕|往)/;
const BEFORE_ACTION =
  /^(之前|以前|前)[，,]?[^。；;]{0,12}(提交|报送|上报|报名|反馈|完成|申报|递交|寄送|发送|报至|交至|送至|办理|登记|缴纳|缴费|领取|确认|预约|联系|申请|注册|备案|整改|有效|使用)/;
/** 前注册登记的, 前出生的: the verb after 前 ends in 的 before the clause does. */
const ATTRIBUTIVE = /^(之前|以前|前)[^。；;，,]{0,10}?的/;
const LATE = /逾期|过期|截止|不予受理|不再受理/;
const RANGE_CONNECTOR = /^\s*(至|到|—{1,2}|–|-|~|～|－)\s*/;
const STOP = new Set(['。', '；', ';', '！', '？', '!', '?', '\n', '\r']);
/** At most this many findings per draft. */
const MAX_FINDINGS = 500;

export function clauseBefore(text: string, pos: number, max = 30): string {
  let i = pos;
  while (i > 0 && pos - i < max && !STOP.has(text[i - 1]!)) i--;
  return text.slice(i, pos);
}

export function clauseAfter(text: string, pos: number, max = 24): string {
  let i = pos;
  while (i < text.length && i - pos < max && !STOP.has(text[i]!)) i++;
  return text.slice(pos, i);
}

/** Cheap pre-filter: without one of these around it, a date cannot be a deadline. */
const TRIGGER_BEFORE = /[截至到止于在即效期间时日限起]/;
const TRIGGER_AFTER = /^(之前|以前|前|截止|止|为止)/;

/** Whether a single date (not a range) is a deadline, judged from the clause around it. */
export function isSingleDeadline(before: string, after: string): boolean {
  if (!TRIGGER_BEFORE.test(before) && !TRIGGER_AFTER.test(after)) return false;
  if (STAT_LABEL.test(before) || TIMESTAMP_LABEL.test(before)) return false;
  // 为2024年底前已办理退休手续的人员: what was done by then names a class of people or things, it sets no deadline
  if (DONE_BY.test(after)) return false;
  if (JIEZHI_LABEL.test(before) || JIEZHI_NOUN.test(before)) return true;
  if (VALIDITY.test(before) || FROM_NOW.test(before)) return true;
  if (ACTION_LABEL.test(before)) return true;
  // a bare 截至/截止 right before the date is a statistic ("截至5月底，全市共…")
  if (/(截止|截至)\s*(到|至)?\s*$/.test(before)) return false;
  if (BEFORE_WORD.test(after)) {
    if (YU.test(before) || OBLIGATION.test(before)) return true;
    // 报废2012年6月30日前注册登记的汽油乘用车: the date qualifies a class of things (a relative clause), it sets no
    // deadline (unless the sentence speaks of lateness: 前提交的材料，逾期不予受理)
    if (BEFORE_ACTION.test(after) && (!ATTRIBUTIVE.test(after) || LATE.test(after))) return true;
  }
  if (/^截止/.test(after)) return true;
  if (/^(止|为止)/.test(after) && new RegExp(NOUN).test(before) && /(至|到)\s*$/.test(before)) return true;
  return false;
}

function isRangeDeadline(beforeStart: string, after: string): boolean {
  if (STAT_LABEL.test(beforeStart)) return false;
  if (RANGE_LABEL.test(beforeStart) || ACTION_LABEL.test(beforeStart) || VALIDITY.test(beforeStart)) return true;
  if (JIEZHI_LABEL.test(beforeStart)) return true;
  // 于5月1日至10日前 / 5月1日至10日截止
  if (BEFORE_WORD.test(after) && (YU.test(beforeStart) || BEFORE_ACTION.test(after))) return true;
  // 2024年1月1日至12月31日有效 (but "自…至…止，全市累计…" is a statistics period)
  return /^(截止|有效)/.test(after);
}

export interface YearContext {
  full?: number;
  any?: number;
  /** A year written alone in a sentence: the sentence's text, and how far it is known not to have ended. */
  anyText?: string;
  anyAt?: number;
}

/** A date of birth: 出生 after the date, or after the range it starts, within its clause. */
const BIRTH_AFTER = /^[^。；，,;\n]{0,16}?(?:（含）|\(含\))?出生/;

/** Notes a date's year as the context of later dates without one. */
export function remember(ctx: YearContext, m: DateMention, text: string): void {
  if (m.year === undefined) return;
  // a date of birth (2018年9月1日至2019年8月31日出生的儿童) dates a person, not the text's schedule
  if (BIRTH_AFTER.test(text.slice(m.end, m.end + 20))) return;
  if (m.month !== undefined) {
    ctx.any = ctx.full = m.year;
    ctx.anyText = undefined;
  } else if (text.charCodeAt(m.end) !== 0x5ea6) {
    // (not 2024年度: a reporting year, whose report is filed the next year)
    ctx.any = m.year;
    // a heading line (二〇二四年工作安排) frames what follows it, a sentence (于2006年入选…) only itself
    // (bounded: a line of a huge draft is not scanned for each year in it)
    let from = m.start;
    while (from > 0 && m.start - from <= 40 && text[from - 1] !== '\n') from--;
    let to = m.end;
    while (to < text.length && to - from <= 40 && text[to] !== '\n') to++;
    const heading = to - from <= 40 && !/[。！？!?；;]/.test(text.slice(from, to));
    ctx.anyText = heading ? undefined : text;
    ctx.anyAt = m.start;
  }
}

/**
 * The year of a date written without one: the last full date's, else that of a year written alone in the title, a
 * heading line or earlier in the same sentence (于2006年入选… 。…将于2月12日举办 is this year's show), else undefined.
 */
export function contextYear(ctx: YearContext, text: string, at: number): number | undefined {
  if (ctx.full !== undefined || ctx.anyText !== text) return ctx.full ?? ctx.any;
  if (ctx.anyAt === undefined) return undefined; // its sentence has ended
  // (scanned once: the dates come in order, so the scan resumes where the last one stopped)
  for (let i = ctx.anyAt; i < at; i++)
    if ('。！？!?\n'.includes(text[i]!)) {
      ctx.anyAt = undefined;
      return undefined;
    }
  ctx.anyAt = Math.max(ctx.anyAt, at);
  return ctx.any;
}

export function createTimelinessRule(): DocumentRule {
  return {
    kind: 'document',
    rules: TIMELINESS_RULES,
    check({ draft, today }, emit) {
      const now = parseIso(today);
      if (!now) return;
      let found = 0;
      const report = (c: DocumentCandidate) => {
        if (found++ < MAX_FINDINGS) emit(c);
      };
      const ctx: YearContext = {};
      // a report of what was handled (共受理诉求8126件，同比下降3.4%): its 受理时间 range is the period reported on
      let reports: boolean | undefined;
      const reportsFigures = () =>
        (reports ??= FIELDS.some((f) => {
          const t = draft[f];
          return t !== undefined && REPORTED_FIGURES.test(t);
        }));
      for (const field of FIELDS) {
        const text = draft[field];
        if (!text) continue;
        let consumed = 0;
        eachDate(text, (m) => {
          if (m.start < consumed) {
            remember(ctx, m, text);
            return;
          }
          if (m.month === undefined && m.part === undefined) {
            remember(ctx, m, text); // "2024年" alone is no deadline, only context
            return;
          }
          const year = m.year ?? contextYear(ctx, text, m.start) ?? now.year;
          // a range: 5月1日至5月10日 / 2024年5月1日-10日
          const afterStart = skipTime(text, m.end);
          const conn = RANGE_CONNECTOR.exec(text.slice(afterStart, afterStart + 6));
          if (conn && m.month !== undefined) {
            const endAt = afterStart + conn[0].length;
            const e = parseDateAt(text, endAt, { dayOnly: true });
            if (e) {
              consumed = e.end;
              remember(ctx, m, text);
              const end = resolveEnd(m, year, e);
              remember(ctx, e, text);
              const before = clauseBefore(text, m.start);
              const after = clauseAfter(text, skipTime(text, e.end));
              const period = PERIOD_LABEL.test(before) || (TIMESTAMP_LABEL.test(before) && reportsFigures());
              if (
                end &&
                !period &&
                isRangeDeadline(before, after) &&
                compareDates(end, now) < 0 &&
                !resultFollows(text, e.end)
              ) {
                report(finding(field, text, e, end, today));
              }
              return;
            }
          }
          remember(ctx, m, text);
          const before = clauseBefore(text, m.start);
          const after = clauseAfter(text, afterStart);
          if (!isSingleDeadline(before, after)) return;
          // 机具已在3月底前检修完毕: done by then, a report of work finished
          if (DONE_BEFORE.test(before)) return;
          const end = lastDayCovered(m, year);
          if (compareDates(end, now) < 0 && !resultFollows(text, m.end)) report(finding(field, text, m, end, today));
        });
      }
    },
  };
}

/** The last day of a range's end, which may borrow year and month from its start (and roll over). */
function resolveEnd(startM: DateMention, startYear: number, e: DateMention): CalendarDate | null {
  const startDay = lastDayCovered(startM, startYear);
  if (e.year !== undefined) return lastDayCovered(e, e.year);
  if (e.month === undefined) {
    // day only: 5月1日至15日
    let month = startM.month!;
    let year = startYear;
    if (e.day! < (startM.day ?? 1)) {
      month++;
      if (month > 12) {
        month = 1;
        year++;
      }
    }
    if (e.day! > daysInMonth(year, month)) return null;
    return { year, month, day: e.day! };
  }
  let end = lastDayCovered(e, startYear);
  if (compareDates(end, startDay) < 0) end = lastDayCovered(e, startYear + 1); // 12月20日至1月10日
  return end;
}

function finding(field: Field, text: string, m: DateMention, end: CalendarDate, today: string): DocumentCandidate {
  const phrase = text.slice(m.start, m.end);
  const full = formatChinese(end);
  const t = parseIso(today)!;
  const label = phrase === full ? `“${phrase}”` : `“${phrase}”（${full}）`;
  return {
    ruleId: 'timeliness.past-deadline',
    field,
    start: m.start,
    end: m.end,
    message: `期限${label}已过（今天是${formatChinese(t)}），请核实信息是否过时，必要时更新或删除。`,
  };
}
