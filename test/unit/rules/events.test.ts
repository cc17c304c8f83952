import { describe, expect, it } from 'vitest';
import { createPastEventRule } from '../../../lib/rules/events';
import { createTimelinessRule } from '../../../lib/rules/timeliness';
import { brief, runRules } from '../../helpers/check';
import { seedText } from './tables-fixture';

const rule = createPastEventRule();
// runRules fixes today at 2025-06-15

describe('timeliness.past-event', () => {
  it.each([
    ['本周六（6月7日）上午9点在市民广场举办义诊活动，欢迎市民参加。', '6月7日'],
    ['我市将于2025年5月8日举办招聘会。', '2025年5月8日'],
    ['定于6月1日举行开幕式，届时将有文艺演出。', '6月1日'],
    ['2024年12月1日，区图书馆将开展读书活动。欢迎广大读者报名参加。', '2024年12月1日'],
    ['欢迎广大市民于2025年6月10日上午到县文化广场参加。', '2025年6月10日'], // the invitation names the day
    ['明天（6月12日）上午9点，我们将举行开放日活动。', '6月12日'], // 明天 with a date already past (round 23)
    ['6月10日，我县将举办第三届农民丰收节。', '6月10日'], // the clause after the date says it will happen
  ])('%s', (body, span) => {
    const f = runRules(rule, body);
    expect(brief(f)).toEqual([`timeliness.past-event warn ${span}`]);
    expect(f[0]!.message).toContain('已经过去');
  });

  it.each([
    '我市已于6月7日举办义诊活动。', // told as past
    '明天（6月16日）上午9点，我们将举行开放日活动。', // still ahead
    '6月7日，我市举办招聘会，吸引千余人参加。', // a report, no announcement
    '本周六（6月21日）举办义诊活动，欢迎参加。', // still ahead
    '我市将于1月8日举办迎春活动，欢迎参加。', // no year anywhere, far back: next January
    '报名截止时间为6月1日，欢迎参加。', // a deadline (the deadline rule's business)
    '活动于6月7日圆满落下帷幕。',
    '欢迎广大市民于2025年6月20日上午到县文化广场参加。', // still ahead
    '感谢广大市民于6月10日到场参加。', // thanks afterwards
    '6月20日，我县将举办第三届农民丰收节。', // still ahead
    '6月10日，将台堡镇党委召开理论学习中心组学习会议。', // 将 of a name (round 31)
    '6月10日，将乐县召开安全生产工作会议。',
  ])('leaves %s alone', (body) => {
    expect(runRules(rule, body)).toEqual([]);
  });

  it('finds nothing in the founding notice', () => {
    expect(runRules(rule, seedText(), { today: '2019-03-14' })).toEqual([]);
  });
});

describe('timeliness.past-deadline: timestamps are not deadlines', () => {
  const deadlines = createTimelinessRule();
  it.each(['受理时间：2025年3月2日', '答复时间：2025年3月9日', '发布日期：2025年1月1日', '办结时间为2025年3月20日'])(
    '%s',
    (body) => {
      expect(runRules(deadlines, body)).toEqual([]);
    },
  );
  it('a 报名时间 is still a deadline', () => {
    expect(brief(runRules(deadlines, '报名时间：2025年3月2日'))).toEqual([
      'timeliness.past-deadline warn 2025年3月2日',
    ]);
  });
});
