import { describe, expect, it } from 'vitest';
import { createOutdatedRule } from '../../../lib/rules/outdated';
import { brief, runRules } from '../../helpers/check';

const rule = createOutdatedRule();
const on = (body: string, today: string) => runRules(rule, body, { today });

describe('timeliness.outdated-formulation', () => {
  it.each([
    ['深入学习贯彻党的十九大精神，奋力开创新局面。', '2025-06-15', '学习贯彻党的十九大精神', '学习贯彻党的二十大精神'],
    ['认真学习贯彻十八大精神。', '2018-03-01', '学习贯彻十八大精神', '学习贯彻十九大精神'],
    ['扎实推进“十四五”规划各项任务。', '2026-12-04', '推进“十四五”规划', '推进“十五五”规划'],
    ['全面落实十三五规划目标任务。', '2022-01-10', '落实十三五规划', '落实十四五规划'],
    ['决胜全面建成小康社会，开启新征程。', '2022-01-10', '决胜全面建成小康社会', '全面建成小康社会'],
    ['坚决打赢脱贫攻坚战。', '2021-06-01', '坚决打赢脱贫攻坚战', '巩固拓展脱贫攻坚成果'],
    ['坚定“三个自信”。', '2025-06-15', '坚定“三个自信”', '坚定“四个自信”'],
    ['统筹推进“四位一体”总体布局。', '2025-06-15', '统筹推进“四位一体”总体布局', '统筹推进“五位一体”总体布局'],
    [
      '协调推进全面建成小康社会、全面深化改革、全面依法治国、全面从严治党战略布局。',
      '2025-06-15',
      '全面建成小康社会、全面深化改革、全面依法治国、全面从严治党',
      '全面建设社会主义现代化国家、全面深化改革、全面依法治国、全面从严治党',
    ],
  ])('%s (today %s)', (body, today, text, fix) => {
    const f = on(body, today);
    expect(brief(f)).toEqual([`timeliness.outdated-formulation warn ${text}`]);
    expect(f[0]!.suggestions).toEqual([fix]);
  });

  it('flags an earlier Central Committee plenary session as a current task, without guessing which one is meant', () => {
    const f = on('认真学习贯彻党的十九届六中全会精神。', '2025-06-15');
    expect(brief(f)).toEqual(['timeliness.outdated-formulation warn 学习贯彻党的十九届六中全会精神']);
    expect(f[0]!.suggestions).toEqual([]);
  });

  it.each([
    ['深入学习贯彻党的十九大精神。', '2019-03-01'], // current then
    ['坚定“三个自信”。', '2015-06-01'], // before 文化自信 was added
    ['深入学习贯彻党的二十大精神和二十届三中全会精神。', '2025-06-15'],
    ['党的十九大以来，全市经济持续向好。', '2025-06-15'], // history, not a task
    ['过去五年，各级政府认真贯彻党的十九大精神，顽强拼搏。', '2023-03-05'], // a review of past years
    ['“十四五”规划圆满收官，“十五五”规划开局良好。', '2026-03-01'],
    ['推进“十四五”规划实施情况评估。', '2026-03-01'], // a review of the plan
    ['推进“十四五”规划各项任务。', '2025-06-15'],
    ['2020年，我国全面建成小康社会。', '2025-06-15'],
    ['巩固拓展脱贫攻坚成果。', '2025-06-15'],
    ['坚决打赢新冠肺炎疫情防控阻击战。', '2020-03-01'], // the task then
    ['2020年，全市上下坚决打赢疫情防控阻击战。', '2025-06-15'], // a past year's report
    ['加强新冠肺炎疫情防控。', '2021-05-01'], // the name then
    ['2020年，全市加强新冠肺炎疫情防控。', '2025-06-15'], // a past year's report
    ['协调推进全面建成小康社会、全面深化改革、全面依法治国、全面从严治党战略布局。', '2019-06-01'],
    ['报告回顾了“坚决打赢脱贫攻坚战”的号召。', '2025-06-15'], // quoted
  ])('leaves %s alone (today %s)', (body, today) => {
    expect(on(body, today)).toEqual([]);
  });

  it.each([
    // round 31: an anniversary celebrated years after, a plan's first year named in another, a finished campaign,
    // a congress welcomed after it met
    ['热烈庆祝中华人民共和国成立70周年。', '2025-03-10', '热烈庆祝中华人民共和国成立70周年'],
    ['在庆祝建党100周年之际，全市开展主题活动。', '2025-03-10', '庆祝建党100周年'],
    ['今年是“十四五”规划开局之年。', '2025-03-10', '今年是“十四五”规划开局之年'],
    ['扎实开展扫黑除恶专项斗争。', '2025-03-10', '扎实开展扫黑除恶专项斗争'],
    ['迎接党的二十大胜利召开。', '2025-03-10', '迎接党的二十大胜利召开'],
  ])('%s (today %s)', (body, today, text) => {
    expect(brief(on(body, today))).toEqual([`timeliness.outdated-formulation warn ${text}`]);
  });

  it.each([
    ['热烈庆祝中华人民共和国成立75周年。', '2024-10-01'],
    ['喜迎中国共产党成立105周年。', '2026-03-01'], // ahead
    ['学习习近平总书记在庆祝中国共产党成立100周年大会上的重要讲话精神。', '2025-03-10'], // a speech's title
    ['一年来，我们隆重庆祝了新中国成立75周年。', '2025-03-05'], // told as past
    ['今年是“十四五”规划收官之年。', '2025-03-05'],
    ['持续加强社会治安综合治理，开展扫黑除恶专项斗争，依法严惩黑恶势力。', '2023-03-05'], // the review of past years
    ['迎接党的二十大胜利召开。', '2022-06-01'],
  ])('leaves %s alone (today %s)', (body, today) => {
    expect(on(body, today)).toEqual([]);
  });

  it('reads a battle against the epidemic as an outdated task after 2023-01-08, without a suggestion', () => {
    const f = on('坚决打赢新冠肺炎疫情防控阻击战。', '2025-06-15');
    expect(brief(f)).toEqual(['timeliness.outdated-formulation warn 坚决打赢新冠肺炎疫情防控阻击战']);
    expect(f[0]!.suggestions).toEqual([]);
  });

  it('reads 新冠肺炎 as the name of a task after its renaming (2022-12-26)', () => {
    expect(brief(on('各地要继续加强新冠肺炎疫情防控。', '2025-06-15'))).toEqual([
      'timeliness.outdated-formulation warn 继续加强新冠肺炎疫情防控',
    ]);
  });
});

describe('formulation.defunct-office (round 35)', () => {
  it('warns on an office abolished in the 2018 reform named as current, with its successor', () => {
    const f = on('请到县工商局窗口办理营业执照变更。', '2025-06-15');
    expect(brief(f)).toEqual(['formulation.defunct-office warn 工商局']);
    expect(f[0]!.suggestions).toEqual(['市场监督管理局']);
    expect(on('县卫计委组织专家义诊。', '2025-06-15')[0]!.suggestions).toEqual(['卫生健康委员会']);
    expect(brief(on('请向市物价局反映。', '2025-06-15'))).toEqual(['formulation.defunct-office warn 物价局']);
  });

  it("is quiet on history, on citizens' words and before the reform was done", () => {
    for (const body of [
      '也可到原工商局窗口查询。',
      '他曾任县环保局局长。',
      '2017年，县环保局查处违法企业12家。',
      '网友留言：环保局不管吗？',
      '全国工商联召开执委会议。',
    ])
      expect(on(body, '2025-06-15')).toEqual([]);
    expect(on('请到县工商局办理。', '2018-01-10')).toEqual([]);
  });
});
