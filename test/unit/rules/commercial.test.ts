import { describe, expect, it } from 'vitest';
import type { ParagraphRule } from '../../../lib/engine/rule';
import { COMMERCIAL_SIGNAL, createCommercialRule, isCommercialText } from '../../../lib/rules/commercial';
import { createPromotionRule } from '../../../lib/rules/promotions';
import { runRules } from '../../helpers/check';
import { seedText } from './tables-fixture';

/** A probe rule that reports "最" only in a commercial draft (like the 广告法 absolute-term rule). */
const probe: ParagraphRule = {
  kind: 'paragraph',
  rules: [{ id: 'advertising.probe', category: 'advertising', severity: 'warn', message: '测试。' }],
  check(p, sink) {
    const i = p.text.indexOf('最');
    if (i >= 0)
      sink.report({
        ruleId: 'advertising.probe',
        start: i,
        end: i + 1,
        requires: [{ signal: COMMERCIAL_SIGNAL, present: true }],
      });
  },
};
const commercialDraft = (body: string) => runRules([createCommercialRule(), probe], `最\n${body}`).length > 0;

describe('commercial context: signals', () => {
  it.each([
    ['原价199元，现价99元'],
    ['领取优惠券，立减20元'],
    ['全国包邮，下单即送'],
    ['限时秒杀，手慢无'],
    ['欢迎光临官方旗舰店'],
    ['到手价仅需59.9元'],
    ['仅需99元'],
    ['¥99起'],
    ['￥ 199'],
    ['满200减30'],
    ['全场5折'],
    ['8.8折起'],
    ['点击购买'],
    ['淘宝搜索 taobao.com/xxx'],
    ['欢迎到门店购买'],
    ['直播间下单享优惠'],
    ['县长走进直播间带货，网友踊跃购买'],
    ['团购、促销活动火热进行中'],
    ['桐湾大米品质上乘，59元一袋，欢迎抢购。'], // a unit price and a call
    ['老字号“福顺居”是全城最正宗的一家，人均消费25元。'], // one shop singled out, with its spend per head
    ['中宁枸杞粒大肉厚。今年新果已上市，认准原产地，欢迎各地客商和网友订购。'], // a seller's words in a 助农 post (round 31)
  ])('%s', (body) => {
    expect(isCommercialText(body)).toBe(true);
    expect(commercialDraft(body)).toBe(true);
  });
});

describe('commercial context: government prose does not signal', () => {
  it.each([
    ['可通过购买服务等方式委托相关机构具体承担政务新媒体日常运维工作。'],
    ['推进政府购买公共服务改革。'],
    ['警方提醒：购买演出门票请认准官方售票渠道，不要轻信私下交易。'], // 认准 the official channel is advice
    ['城乡居民购买力持续增强。'],
    ['全市社会消费品零售总额增长5.2%，网上零售额增长8%。'],
    ['1-5月，全市商品房销售面积120万平方米，同比增长3%。'],
    ['5月份，全市居民消费价格同比上涨0.3%，猪肉价格下降2.1%。'],
    ['对购买新建商品住房的给予每平方米200元补贴。'],
    ['每人发放补贴1000元。'],
    ['最低气温低至3℃。'],
    ['本周猪肉均价每斤13.5元，鸡蛋每斤4.2元，蔬菜价格稳中有降。'], // a price report: unit prices alone are no sale
    ['只要符合条件，均可申请。'],
    ['市民拍下了这一感人瞬间。'],
    ['谨防“秒杀”“包邮”等网购诈骗。'],
    ['市场监管局查处一批虚假宣传“全网最低价”的商家。'],
    ['一波三折，折合人民币100元。'],
    ['要及时追施拔节肥，推荐使用符合国家标准的生物有机肥，农资店均有销售。'], // a kind of fertiliser, no brand
    ['打造城市品牌，提升城市形象。'],
    ['名额有限，先到先得。'],
    ['全市城镇居民人均消费支出2.6万元，增长5%。'], // a statistic: no shop singled out
    ['“全网最低价”“限时秒杀”……不法分子也趁机设下消费陷阱。'], // sales talk quoted to warn against it
  ])('%s', (body) => {
    expect(isCommercialText(body)).toBe(false);
    expect(commercialDraft(body)).toBe(false);
  });

  it('emits no findings of its own', () => {
    expect(runRules(createCommercialRule(), '原价199元，现价99元，限时特价5.9元，每人限购两瓶')).toEqual([]);
  });

  it('does not make the founding notice commercial', () => {
    expect(commercialDraft(seedText())).toBe(false);
  });
});

describe('advertising.promotion: the offer itself, in a commercial draft', () => {
  const promos = (body: string) =>
    runRules(createPromotionRule(), body)
      .filter((f) => f.ruleId === 'advertising.promotion')
      .map((f) => body.slice(f.start, f.end));
  it.each([
    ['原价每斤8元的丑橘，今天限时特价5.9元，下单满30元包邮，手慢无！', ['限时特价5.9元', '满30元包邮']],
    ['新盘开盘，首付5万起，前50名认购再享9.8折。', ['首付5万起', '再享9.8折']],
    ['车展期间购买指定车型最高优惠3万元，还可享受0首付。', ['最高优惠3万元', '0首付']],
    ['土蜂蜜9.9元秒杀，每人限购两瓶，欢迎下单。', ['9.9元秒杀', '每人限购两瓶']],
    ['多家商户参与线上促销，点击领取50元无门槛优惠券。', ['领取50元无门槛优惠券']],
    ['这款大米每袋5公斤，售价59元，每单限购2袋。', ['每单限购2袋']],
    ['门店促销：全场打8折，到手价39元。', ['全场打8折', '到手价39元']],
    ['新款手机今日开售，4999元起，新人专享返现200元。', ['4999元起', '新人专享', '返现200元']],
    ['旗舰店限时折扣，1元抢购，尝鲜价19.9元。', ['限时折扣', '1元抢购', '尝鲜价19.9元']],
    ['推荐使用丰禾牌生物有机肥，各乡镇农资店均有销售，欢迎选购。', ['推荐使用丰禾牌生物有机肥']],
    ['在这里特别推荐铁西区的万隆家电城，空调全市最低价，满3000减500。', ['特别推荐铁西区的万隆家电城']],
  ])('%s', (body, want) => {
    expect(promos(body)).toEqual(want);
  });

  it.each([
    ['谨防“限时特价9.9元”“手慢无”等网购诈骗话术，切勿点击陌生链接。'], // a warning quotes the pitch
    ['市场监管局查处一批宣称“全场打8折”实则先涨后降的商家。'],
    ['购房首付比例下调至15%，公积金贷款最高额度提高到100万元。'], // housing policy, not a sales pitch
    ['发放消费券2000万元，每人限领一张。'], // government vouchers
    ['本次活动免费参加，每人限购两张门票，先到先得。'], // no commercial context
    ['一波三折，折合人民币100元。'],
    ['网约车限时特惠，起步价10元，自1月1日起执行。'], // a fare and a date, not a price teaser
    ['门店促销火热，网约车调整为13元起步。'],
    ['美食街区现面向社会招商加盟，铺位租金每月3000元起。'], // rent, not a price teaser
  ])('leaves %s alone', (body) => {
    expect(promos(body)).toEqual([]);
  });

  it('a warning paragraph anywhere in the draft silences the promotions of the others', () => {
    expect(promos('警惕网购诈骗，以下话术均为骗局。\n限时特价5.9元，手慢无，欢迎下单。')).toEqual([]);
  });

  it("the account's own offer stands even when the draft warns elsewhere", () => {
    expect(promos('选择驾校时，谨防“包过”等虚假承诺。\n本号合作驾校暑期报名立享800元优惠，详询驾校招生处。')).toEqual([
      '立享800元优惠',
    ]);
    expect(
      promos('与我局合作的启航培训学校暑期班正在报名，本号读者报名享8折优惠。\n如发现违规办学行为，请拨打电话举报。'),
    ).toEqual(['享8折优惠']);
    // a public subsidy is no offer; a warning in the same paragraph still quotes
    expect(promos('家电以旧换新，消费者可享受2000元补贴。')).toEqual([]);
    expect(promos('谨防冒充“本号合作驾校立享800元优惠”的诈骗信息。')).toEqual([]);
  });
});

describe('adversarial input', () => {
  it('finishes on 5 MB inputs', () => {
    const rule = createCommercialRule();
    expect(runRules(rule, '1'.repeat(5_000_000))).toEqual([]);
    expect(runRules(rule, 'www.'.repeat(1_250_000))).toEqual([]);
    expect(runRules(rule, '2024年'.repeat(1_000_000))).toEqual([]);
    expect(runRules(rule, `仅需${' '.repeat(5_000_000)}`)).toEqual([]);
    expect(runRules(rule, `原价${'元'.repeat(5_000_000)}`)).toEqual([]);
  });
});
