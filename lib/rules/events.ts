import type { DocumentCandidate, DocumentRule, RuleMeta } from '../engine/rule';
import type { Field } from '../engine/types';
import {
  type CalendarDate,
  compareDates,
  type DateMention,
  eachDate,
  formatChinese,
  lastDayCovered,
  parseIso,
  skipTime,
} from './dates';
import { clauseAfter, clauseBefore, contextYear, isSingleDeadline, remember, type YearContext } from './timeliness';

/**
 * Past events announced as upcoming: 本周六（3月8日）在市民广场举办义诊，欢迎参加 — checked on 3月13日. A date with a
 * day is an announced event when the sentence has an event word (举办, 活动, 讲座 …) and either the date follows
 * 将于/定于/本周六（ or the sentence or paragraph invites people (欢迎参加, 敬请关注, 届时, 报名电话). Past-tense words
 * (已于, 圆满, 举办了, 落下帷幕 …) rule it out. A date without a year takes the year of the draft's dates, else this
 * year — and then, since 将于1月8日 written in December means next January, only a date at most 90 days back counts.
 *
 * A warning, so it runs in the background (library) pass, keeping the content script small.
 */
export const EVENT_RULES: RuleMeta[] = [
  {
    id: 'timeliness.past-event',
    category: 'timeliness',
    severity: 'warn',
    title: '已过去的活动仍作预告',
    message: '“{text}”已经过去，稿件却按即将举办的活动预告（将于、欢迎参加），请核实日期或改写。',
    source: '国办发〔2018〕123号（严把时效关）',
  },
];

/** An announcement: the date is said to be upcoming. */
const UPCOMING_BEFORE =
  /(将于|将在|定于|拟于|计划于|预计于|明天|明日|后天|本周[一二三四五六日天]|下周[一二三四五六日天]|这周[一二三四五六日天]|周[一二三四五六日天]|星期[一二三四五六日天])\s*[（(]?\s*$/;
/**
 * The date opens a clause that says what will happen on it: 5月10日，我县将举办…; 5月10日上午，…将在…举行. Not 将 of a
 * word or a name (将台堡镇, 将乐县, 将军).
 */
const UPCOMING_AFTER =
  /^[^。；！？\n]{0,16}?将(?!军|领|士|帅|台|乐县|乐镇)(?:于|在)?[^。；！？\n]{0,14}?(?:举办|举行|开展|召开|开幕|启动|开放|开讲|上演|开赛|开课)/;
const EVENT_WORD = /举办|举行|开展|召开|开幕|启动|开放|开讲|上演|开赛|开课|义诊|活动|讲座|比赛|展览|演出|招聘会|集市/;
const INVITATION =
  /欢迎[^。；！？\n]{0,8}(参加|报名|参与|前来|到场|莅临|观看|参观|光临)|敬请(期待|关注|参加|光临)|届时|诚邀|邀请[^。；！？\n]{0,10}参加|报名方式|报名电话/;
/** An invitation that names the day: 欢迎…于 <date> …参加. */
const WELCOME_ON = /欢迎[^。；！？\n]{0,16}于\s*$/;
const WELCOME_TO = /^[^。；！？\n]*?(参加|参与|前来|到场|报名|观看|参观|就诊|咨询|领取)/;
/** Said to be over: the date is a past event correctly told. */
const PAST_WORDS =
  /已于|已经|日前|近日|昨天|前天|圆满|成功举办|成功举行|举办了|举行了|开展了|召开了|落下帷幕|闭幕|结束|顺利完成|回顾/;

const FIELDS: readonly Field[] = ['title', 'digest', 'body'];

function daysBetween(a: CalendarDate, b: CalendarDate): number {
  return (Date.UTC(b.year, b.month - 1, b.day) - Date.UTC(a.year, a.month - 1, a.day)) / 86_400_000;
}

/** The sentence around a date announces an event as upcoming (将于…举办 / 本周六（…日）…欢迎参加). */
function isUpcomingEvent(text: string, start: number, end: number): boolean {
  const sentence = clauseBefore(text, start, 60) + text.slice(start, end) + clauseAfter(text, end, 80);
  if (PAST_WORDS.test(sentence)) return false;
  const announced =
    UPCOMING_BEFORE.test(clauseBefore(text, start, 12)) || UPCOMING_AFTER.test(text.slice(end, end + 32));
  const paragraphEnd = text.indexOf('\n', end);
  const rest = text.slice(end, paragraphEnd < 0 ? Math.min(text.length, end + 200) : paragraphEnd);
  if (EVENT_WORD.test(sentence) && (announced || INVITATION.test(sentence) || INVITATION.test(rest))) return true;
  // 欢迎广大市民于1月10日上午到文化广场参加: an invitation around the date itself
  return WELCOME_ON.test(clauseBefore(text, start, 24)) && WELCOME_TO.test(text.slice(end, end + 30));
}

function eventFinding(field: Field, text: string, m: DateMention, day: CalendarDate, today: string): DocumentCandidate {
  const phrase = text.slice(m.start, m.end);
  const t = parseIso(today)!;
  return {
    ruleId: 'timeliness.past-event',
    field,
    start: m.start,
    end: m.end,
    message: `活动日期“${phrase}”（${formatChinese(day)}）已经过去（今天是${formatChinese(t)}），稿件却按即将举办的活动预告，请核实日期或改写。`,
  };
}

export function createPastEventRule(): DocumentRule {
  return {
    kind: 'document',
    rules: EVENT_RULES,
    check({ draft, today }, emit) {
      const now = parseIso(today);
      if (!now) return;
      const ctx: YearContext = {};
      let found = 0;
      for (const field of FIELDS) {
        const text = draft[field];
        if (!text) continue;
        eachDate(text, (m) => {
          remember(ctx, m, text);
          if (m.day === undefined || m.month === undefined || found >= 100) return;
          const afterStart = skipTime(text, m.end);
          if (isSingleDeadline(clauseBefore(text, m.start), clauseAfter(text, afterStart))) return;
          if (!isUpcomingEvent(text, m.start, afterStart)) return;
          const framing = m.year ?? contextYear(ctx, text, m.start);
          const day = lastDayCovered(m, framing ?? now.year);
          const guessed = framing === undefined;
          if (compareDates(day, now) < 0 && (!guessed || daysBetween(day, now) <= 90)) {
            found++;
            emit(eventFinding(field, text, m, day, today));
          }
        });
      }
    },
  };
}
