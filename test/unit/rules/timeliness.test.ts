import { describe, expect, it } from 'vitest';
import type { Draft } from '../../../lib/engine/types';
import { createTimelinessRule } from '../../../lib/rules/timeliness';
import { brief, runRules } from '../../helpers/check';
import { seedText } from './tables-fixture';

const rule = createTimelinessRule();
// runRules fixes today at 2025-06-15
const check = (draft: string | Partial<Draft>, today?: string) => runRules(rule, draft, today ? { today } : {});
const spans = (draft: string | Partial<Draft>, today?: string) => check(draft, today).map((f) => f.text);

describe('timeliness.past-deadline: flags deadlines that have passed', () => {
  it.each([
    ['报名截止时间为2024年3月1日。', '2024年3月1日'],
    ['截止日期：2024-03-01', '2024-03-01'],
    ['截止时间：2024/3/1 17:00', '2024/3/1'],
    ['请于3月20日前提交申请材料。', '3月20日'],
    ['请各单位于2024年3月20日（星期三）下午5时前报送。', '2024年3月20日'],
    ['报名时间：2024年5月1日至5月10日。', '5月10日'],
    ['报名时间：2024年5月1日-10日', '10日'],
    ['活动时间为2024年5月1日至2024年5月3日', '2024年5月3日'],
    ['公示期：2024年5月1日至5月7日。', '5月7日'],
    ['有效期至2024年12月31日。', '2024年12月31日'],
    ['本券有效期：2024.1.1—2024.12.31', '2024.12.31'],
    ['报名时间：即日起至2024年3月1日17:00止。', '2024年3月1日'],
    ['报名截至2024年3月1日下午5时。', '2024年3月1日'],
    ['申报工作截止2024年3月1日。', '2024年3月1日'],
    ['于二〇二四年三月一日前提交', '二〇二四年三月一日'],
    ['请在2025年5月底前完成整改。', '2025年5月底'],
    ['征集时间：2025年3月1日至3月31日', '3月31日'],
    ['报名于2024年3月1日截止。', '2024年3月1日'],
    ['2025年6月14日前提交', '2025年6月14日'],
    ['本券2024年12月31日前有效', '2024年12月31日'],
    ['2025年6月14日前提交的材料，逾期不予受理', '2025年6月14日'], // 的 after a comma-free clause that says 逾期: still a deadline
    ['2024年1月1日至2024年12月31日有效', '2024年12月31日'],
    ['申请受理时间：2024年2月2日至2月8日，逾期不予受理。', '2月8日'], // no figures reported: a window to apply in
  ])('%s', (body, span) => {
    const f = check(body);
    expect(brief(f)).toEqual([`timeliness.past-deadline warn ${span}`]);
    expect(body.slice(f[0]!.start, f[0]!.end)).toBe(span);
  });

  it('says which date has passed and that it has passed', () => {
    const [f] = check('请于3月20日前提交。');
    expect(f!.message).toContain('3月20日');
    expect(f!.message).toContain('2025年3月20日');
    expect(f!.message).toContain('已过');
    expect(f!.category).toBe('timeliness');
  });
});

describe('timeliness.past-deadline: leaves other dates alone', () => {
  it.each([
    ['截至2024年5月底，全市共完成投资100亿元。'],
    ['截止2024年5月底，全市共完成投资100亿元。'],
    ['截至2024年3月1日，累计接种疫苗10万剂次。'],
    ['#医保缴费# 截至2024年3月1日，全县参保缴费人数达28.6万人。'],
    ['统计时间：2024年1月1日至1月31日'],
    ['受理时间：2024年2月2日至2月8日\n本周，市12345热线共受理群众诉求8126件，同比下降3.4%。'],
    ['数据截止日期：2024年3月1日'],
    ['发布时间：2024-03-01'],
    ['成文日期:2019-03-13'],
    ['2024年3月1日，市政府召开常务会议。'],
    ['2024年5月1日至5月10日，我市开展了安全生产检查。'],
    ['请于2025年6月15日前提交。'],
    ['请于2025年6月20日前提交。'],
    ['报名截止时间为2025年7月1日。'],
    ['报名时间：2025年6月1日至6月30日。'],
    ['有效期至2026年12月31日。'],
    ['请于12月20日前提交。'],
    ['请于2025年6月前提交。'],
    ['2019年前，该村人均收入不足万元。'],
    ['于2023年3月1日前后陆续开通。'],
    ['青政办字[2019]15号'],
    ['本办法自2024年1月1日起施行。'],
    ['活动将于2024年5月1日举行。'],
    ['自2019年1月1日起至2023年12月31日止，全市累计完成造林10万亩。'],
    ['请于每月10日前报送。'],
    ['个人消费者报废2012年6月30日前注册登记的汽油乘用车，可申请补贴。'], // the date qualifies the cars
    ['对2005年底前注册营运的黄标车实行淘汰。'],
    // what came of a period that is over: a report, not a deadline
    ['本届博览会展览时间为2024年4月20日至22日，共吸引观众10万人次。'],
    ['本次招聘报名时间为2024年4月1日至20日，共有3200人报名。'],
    ['活动时间：2024年4月1日至4月20日。活动期间，全市共发放消费券500万元。'],
    ['所有机具已在2024年3月底前检修完毕。'], // done by then
    ['为2024年底前已按规定办理退休手续的退休人员提高基本养老金。'], // a class of people: what they did by then
  ])('%s', (body) => {
    expect(check(body)).toEqual([]);
  });

  it('treats a deadline of today as not yet passed', () => {
    expect(check('截止日期：2025-06-15')).toEqual([]);
    expect(spans('截止日期：2025-06-15', '2025-06-16')).toEqual(['2025-06-15']);
  });
});

describe('year inference', () => {
  it('takes the year of an earlier full date in the paragraph', () => {
    const [f] = check('2024年3月1日发布。请于3月20日前提交。');
    expect(f!.message).toContain('2024年3月20日');
  });

  it('takes the year from the title when the body has none', () => {
    const f = check({ title: '关于2023年评选活动的通知', body: '请于3月20日前提交材料。' });
    expect(f.map((x) => [x.field, x.text])).toEqual([['body', '3月20日']]);
    expect(f[0]!.message).toContain('2023年3月20日');
  });

  it('does not take a reporting year (2023年度) as the year of a date, whose report is filed the next year', () => {
    expect(check({ title: '关于2023年度评选活动的通知', body: '请于7月20日前提交材料。' })).toEqual([]);
    expect(spans('2024年度个体工商户年报正在进行中，报送时间为1月1日至7月30日。')).toEqual([]);
  });

  it('takes a year written in a sentence only for that sentence', () => {
    expect(spans('该项目于2006年列入名录。请于7月20日前报名。')).toEqual([]);
    expect(spans('2006年起，请于7月20日前报名。')).toEqual(['7月20日']);
  });

  it('takes the year of an earlier paragraph', () => {
    const [f] = check('二〇二四年工作安排\n\n请于3月1日前报送。');
    expect(f!.message).toContain('2024年3月1日');
  });

  it('does not take the year of a date of birth (…出生的儿童) for a schedule', () => {
    const body = '招生对象：2018年9月1日至2019年8月31日出生的适龄儿童。\n\n网上报名时间为6月5日至6月20日。';
    expect(spans(body)).toEqual([]);
    expect(spans('2019年8月31日前报名。网上报名时间为6月5日至6月12日。')).toEqual(['2019年8月31日', '6月12日']);
  });

  it('uses today’s year when nothing earlier names one', () => {
    expect(spans('请于3月20日前提交。')).toEqual(['3月20日']);
    expect(spans('请于7月20日前提交。')).toEqual([]);
  });

  it('rolls a range over the new year (12月20日至1月10日)', () => {
    expect(spans('报名时间：2024年12月20日至1月10日')).toEqual(['1月10日']);
    expect(spans('报名时间：2025年12月20日至1月10日')).toEqual([]);
    const [f] = check('报名时间：2024年12月20日至1月10日');
    expect(f!.message).toContain('2025年1月10日');
  });

  it('reports offsets into the original field text', () => {
    const body = '第一段。\r\n请于3月20日前提交。';
    const [f] = check(body);
    expect(body.slice(f!.start, f!.end)).toBe('3月20日');
  });
});

describe('founding notice and adversarial input', () => {
  it('reports the notice’s past deadlines only as warnings', () => {
    const f = check(seedText());
    expect(f.every((x) => x.severity === 'warn')).toBe(true);
    expect(f.map((x) => x.text)).toContain('3月22日');
  });

  it('finishes on 5 MB of "2024年" repeats', () => {
    expect(check('2024年'.repeat(1_000_000))).toEqual([]);
  });

  it('finishes on 5 MB of digits', () => {
    expect(check('1'.repeat(5_000_000))).toEqual([]);
  });

  it('finishes on 5 MB of ranges and caps the findings', () => {
    const f = check('报名时间：2024年3月1日至3月2日；'.repeat(250_000));
    expect(f.length).toBeGreaterThan(0);
    expect(f.length).toBeLessThanOrEqual(500);
  });
});
