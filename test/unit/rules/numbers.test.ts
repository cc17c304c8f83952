import { describe, expect, it } from 'vitest';
import { createNumberRule } from '../../../lib/rules/numbers';
import { brief, runRules } from '../../helpers/check';
import { seedText } from './tables-fixture';

const rule = createNumberRule();

describe('typo.malformed-date / typo.missing-number', () => {
  it.each([
    ['会议于2020929日召开。', 'typo.malformed-date warn 2020929日'],
    ['20201231日前完成', 'typo.malformed-date warn 20201231日'],
    ['2026年13月启动', 'typo.malformed-date warn 2026年13月'],
    ['4月31日举行', 'typo.malformed-date warn 4月31日'],
    ['2025年2月29日', 'typo.malformed-date warn 2025年2月29日'],
    ['共受理群众诉求共件，办结率100%。', 'typo.missing-number warn 共件'],
    ['累计人次。', 'typo.missing-number warn 累计人次'],
    ['同比增长%，', 'typo.missing-number warn %'],
    ['定于2025年815日召开。', 'typo.malformed-date warn 2025年815日'],
    ['202511月8日发布。', 'typo.malformed-date warn 202511月8日'],
    ['本办法自2026年2月日起施行。', 'typo.malformed-date warn 2026年2月日'],
    ['共发放补贴3,0000元。', 'typo.malformed-number warn 3,0000'],
    ['今年以来，全区共受理件，办结率100%。', 'typo.missing-number warn 共受理件'], // a verb between
    ['累计发放补贴万元。', 'typo.missing-number warn 累计发放补贴万元'],
    ['本办法自2026年1月1日（星期五）起施行。', 'typo.date-weekday warn 2026年1月1日（星期五）'],
    ['2025年10月1日周四举行。', 'typo.date-weekday warn 2025年10月1日周四'],
    ['当天25时许，消防员赶到现场。', 'typo.malformed-time warn 25时'],
    ['上午13时召开会议。', 'typo.malformed-time warn 13时'],
    ['2025年第五季度经济运行平稳。', 'typo.malformed-time warn 第五季度'],
    ['今年1-13月全市GDP增长5%。', 'typo.malformed-time warn 1-13月'],
    ['报名截止时间为2024-02-30。', 'typo.malformed-date warn 2024-02-30'],
    ['活动时间：2024.13.05。', 'typo.malformed-date warn 2024.13.05'],
    ['会议时间：2025/4/31。', 'typo.malformed-date warn 2025/4/31'],
    ['二〇二四年十三月一日', 'typo.malformed-date warn 二〇二四年十三月一日'],
    ['二〇二三年二月二十九日', 'typo.malformed-date warn 二〇二三年二月二十九日'],
    ['2024年二月三十日', 'typo.malformed-date warn 2024年二月三十日'],
    ['本周三下午2:70举行。', 'typo.malformed-time warn 2:70'],
    ['时间：25:30。', 'typo.malformed-time warn 25:30'],
    ['截至目前，全市累计接种疫苗万剂次。', 'typo.missing-number warn 累计接种疫苗万剂次'],
    ['规模以上工业增加值同比下降-3.5%。', 'typo.number-usage warn 下降-3.5%'],
    ['城镇调查失业率比上年增长了0.5%个百分点。', 'typo.number-usage warn 0.5%个百分点'],
    ['绿化覆盖率达到百分之五十%。', 'typo.number-usage warn 百分之五十%'],
    // round 35: two kinds of numerals in one date or range, units that cannot be
    ['并于二〇二四年6月组织开展了应急演练。', 'typo.number-usage warn 二〇二四年6月'],
    ['一至5月，全市规模以上工业增加值同比增长7.8%。', 'typo.number-usage warn 一至5月'],
    ['全市社会消费品零售总额达到61.4亿万元。', 'typo.number-usage warn 61.4亿万元'],
    ['细颗粒物（PM2.5）月均浓度为28毫克/立方米。', 'typo.number-usage warn 28毫克/立方米'],
    ['洮南站流量达到1850立方米，水位超警戒0.36米。', 'typo.number-usage warn 1850立方米'],
    // round 37: an amount that changes by percentage points
    ['全县地区生产总值完成218.5亿元，同比增长6.5个百分点。', 'typo.number-usage warn 同比增长6.5个百分点'],
    ['全市接待游客1200万人次，比上年增长12.3个百分点。', 'typo.number-usage warn 比上年增长12.3个百分点'],
    // a share's change on last year written as a percentage; 环比 and 同比 swapped
    ['占工业总产值的比重达到18.3%，比上年提高2.1%。', 'typo.number-usage warn 比上年提高2.1%'],
    ['四季度旅游总收入环比去年同期增长11.2%。', 'typo.number-usage warn 环比去年同期'],
    ['各项贷款余额3562.17万亿元，比年初增长7.3%。', 'typo.number-usage warn 3562.17万亿元'],
  ])('%s', (body, expected) => {
    expect(brief(runRules(rule, body))).toEqual([expected]);
  });

  it('reads a weekday after a date without a year by the paragraph year, else by the years around today', () => {
    const week = (body: string, today: string) => brief(runRules(rule, body, { today }));
    // 2025-02-08 is a Saturday
    expect(week('2025年春节放假安排如下：1月26日（星期日）、2月8日（星期日）上班。', '2025-01-10')).toEqual([
      'typo.date-weekday warn 2月8日（星期日）',
    ]);
    // 2018-12-09 is a Sunday, 2019-12-09 a Monday, 2017-12-09 a Saturday
    expect(week('定于12月9日（星期二）召开。', '2018-12-06')).toEqual(['typo.date-weekday warn 12月9日（星期二）']);
    // next year's holidays announced in December: 2019-09-29 is a Sunday
    expect(week('9月29日（星期日）、10月12日（星期六）上班。', '2018-12-06')).toEqual([]);
    // weekdays of a range or a list are not the date's own
    expect(
      week('服务时间：2025年7月14日至8月15日（周一至周五）；报名截至7月20日（周六、周日正常报名）。', '2025-06-01'),
    ).toEqual([]);
  });

  it.each([
    '2020年9月29日召开。',
    '2024年2月29日',
    '2月29日',
    '1至12月，共受理120件。',
    '1—5月，零售总额61.4亿元，经济总量突破1.2万亿元；二〇二四年六月；2024年6月。',
    '一氧化碳浓度为0.8毫克/立方米，PM2.5浓度为0.028毫克/立方米；洮南站流量1850立方米每秒；日流量5000立方米。',
    '13个月以来',
    '增长5.2%，占比30％。',
    '合计人数为120人。',
    '电话0532-12345678日常值守',
    '2月日均客流12,345人次，全年1,234,567元。',
    '全年365日无休。',
    '2024年6月15日（星期六）至6月16日（星期日）举办，2025年10月1日（周三）。',
    '二〇二四年二月二十九日，2024-02-29，2024.6.30，下午2:30，24:00，比分25:30，版本2024.13.1，二〇二五年十二月三十一日，2025年十月。',
    '下午14时30分召开，上午10时，凌晨3点，持续25小时，第四季度，1-12月，80年代。',
    '2025年1300日',
    '全区共受理五件，累计发放补贴300万元，共完成投资近亿元。', // Chinese numerals and approximations
    '公共服务场所。',
    '同比增长-3.5%，下降2-3个百分点，提高0.5个百分点，气温-5℃，百分之五十。', // a negative growth, a range
    // a rate, a share, a growth rate or a percentage before the points; GDP's growth per point
    '城镇化率达到62.3%，比上年提高1.2个百分点；工业增加值增速较上年提高2个百分点；第三产业增加值占GDP比重提高1.5个百分点。',
    '国内生产总值每增长1个百分点，可带动就业约200万人。',
    '全国人民币贷款余额为265.4万亿元，国内生产总值134.9万亿元。',
    '全市居民消费价格同比上涨0.2%，环比下降0.1%；城镇化率为62%，比上年提高1.1个百分点。',
  ])('leaves %s alone', (body) => {
    expect(runRules(rule, body)).toEqual([]);
  });

  it('finds nothing in the founding notice', () => {
    expect(runRules(rule, seedText())).toEqual([]);
  });
});
