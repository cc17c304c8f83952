import { describe, expect, it } from 'vitest';
import { createAnniversaryNumberRule } from '../../../lib/rules/anniversary-number';
import { brief, runRules } from '../../helpers/check';
import { seedText } from './tables-fixture';

const rule = createAnniversaryNumberRule();
const on = (today: string, body: string) => brief(runRules(rule, body, { today }));
const fix = (today: string, body: string) => runRules(rule, body, { today }).map((f) => f.suggestions[0]);

describe('formulation.anniversary-number (a count that does not match the draft date)', () => {
  it('counts anniversaries from their founding day, in digits or in Chinese numerals', () => {
    expect(on('2025-07-31', '在中国人民解放军建军97周年到来之际，走访慰问。')).toEqual([
      'formulation.anniversary-number warn 97周年',
    ]);
    expect(fix('2025-07-31', '在中国人民解放军建军97周年到来之际，走访慰问。')).toEqual(['98周年']);
    expect(fix('2025-07-01', '今天是中国共产党成立104周年，也是香港回归祖国27周年纪念日。')).toEqual(['28周年']);
    expect(fix('2024-09-20', '热烈庆祝中华人民共和国成立七十四周年。')).toEqual(['七十五周年']);
  });

  it('counts commemorative days from their first year (第N个)', () => {
    expect(on('2024-12-04', '今天是第十个国家宪法日。')).toEqual(['formulation.anniversary-number warn 第十个']);
    expect(fix('2024-12-04', '今天是第十个国家宪法日。')).toEqual(['第十一个']);
    expect(on('2025-04-15', '今天是第十个全民国家安全教育日。')).toEqual([]);
    expect(fix('2025-05-12', '今天是第十六个全国防灾减灾日。')).toEqual(['第十七个']);
    expect(fix('2025-05-18', '今天是第34次全国助残日。')).toEqual(['第35次']);
    expect(on('2025-04-23', '今天是第30个世界读书日。')).toEqual([]);
  });

  it('counts the sessions of the national congresses by the year they meet in March', () => {
    expect(fix('2024-03-06', '十四届全国人大三次会议3月5日上午在人民大会堂开幕。')).toEqual(['二次会议']);
    expect(on('2025-03-04', '全国政协十四届三次会议今天下午开幕。')).toEqual([]);
    // the standing committee's meetings are counted on their own
    expect(on('2024-03-06', '十四届全国人大常委会第三次会议审议通过。')).toEqual([]);
  });

  it('is quiet on the right count, away from the day, on another year named, a look back and an earlier speech', () => {
    expect(on('2025-07-31', '在中国人民解放军建军98周年到来之际，走访慰问。')).toEqual([]);
    expect(on('2025-03-10', '在中国人民解放军建军97周年到来之际，走访慰问。')).toEqual([]);
    expect(on('2025-07-01', '2024年，我们隆重庆祝了中国共产党成立103周年。')).toEqual([]);
    expect(on('2025-07-01', '回顾香港回归祖国27周年时的盛况。')).toEqual([]);
    expect(on('2025-07-01', '学习习近平总书记在庆祝中国共产党成立100周年大会上的重要讲话。')).toEqual([]);
    expect(on('2025-07-20', '张建军同志从教20周年座谈会举行。')).toEqual([]);
    expect(fix('2025-07-20', '热烈庆祝建军97周年！')).toEqual(['98周年']);
    expect(on('2019-03-14', seedText())).toEqual([]);
  });
});
