import { describe, expect, it } from 'vitest';
import { createReplyPromoRule } from '../../../lib/rules/reply-promo';
import { brief, runRules } from '../../helpers/check';

const rule = createReplyPromoRule();
const check = (body: string) => brief(runRules(rule, body));

describe('opinion.reply-impatient (replies to citizens)', () => {
  it.each([
    ['回复：说了多少遍了，周末不办理。', '说了多少遍了'],
    ['答复：这种问题就别问了，自己看简章。', '就别问了'],
    ['回复：这也能投诉？洒水是正常作业。', '这也能投诉'],
    ['回复：又是这个问题。材料不清晰。', '又是这个问题'],
    ['答复：能不能看清楚公告再问？', '看清楚公告再问'],
    ['回复：该政策已经执行三年了，您现在才知道？', '您现在才知道'],
    ['回复：别整天疑神疑鬼。', '别整天疑神疑鬼'],
    ['回复：你也别天天在群里嚷嚷了。', '别天天在群里嚷嚷'],
  ])('warns on %s', (body, text) => {
    expect(check(body)).toEqual([`opinion.reply-impatient warn ${text}`]);
  });

  it('leaves the vulgar abbreviations to the dictionaries', () => {
    expect(check('回复@一颗柠檬精：wc，这也能投诉？')).toEqual(['opinion.reply-impatient warn 这也能投诉']);
  });

  it.each([
    '说了多少遍了，周末不办理。', // no reply context in the draft
    '回复：感谢您的留言，申请材料详见公告第三条。',
    '回复：如有疑问，欢迎再次来电咨询。',
    '回复：公共WC已开放，WCDMA网络已覆盖。',
  ])('leaves %s alone', (body) => {
    expect(check(body)).toEqual([]);
  });

  it('takes the reply context from any paragraph of the draft', () => {
    expect(check('网友留言：周末能办证吗？\n说了多少遍了，周末不办理。')).toEqual([
      'opinion.reply-impatient warn 说了多少遍了',
    ]);
  });
});

describe('advertising.promo-pattern / advertising.promo-full-reduction', () => {
  it.each([
    ['脐橙熟了，点击下方链接抢购，支持家乡果农！', 'advertising.promo-pattern warn 点击下方链接抢购'],
    ['现场购车首付低至0元！', 'advertising.promo-pattern warn 首付低至0元'],
    ['暑期班报名即送价值399元课程礼包。', 'advertising.promo-pattern warn 报名即送价值399元课程礼包'],
    ['名额有限，先到先得。', 'advertising.promo-pattern warn 名额有限，先到先得'],
    ['健身中心开业活动：年卡满300减50。', 'advertising.promo-full-reduction warn 满300减50'],
  ])('warns on %s', (body, expected) => {
    expect(check(body)).toEqual([expected]);
  });

  it.each([
    '警惕“满300减50”等虚假促销，谨防诈骗。',
    '谨防不法分子以“首付低至0元”为名实施诈骗。',
    '点击下方链接查看全文。',
    '报名即可参加培训。',
    '我区发放第二批消费券，满200元减50元，市民扫码即可领取。',
    '商家宣传“名额有限，先到先得”。',
  ])('leaves %s alone', (body) => {
    expect(check(body)).toEqual([]);
  });
});

describe('opinion.exclamation-emotion (the operator exclaiming)', () => {
  it.each([
    ['油菜花海太美了！快来打卡。', '太美了'],
    ['这一幕真是太感人了！', '真是太感人了'],
    ['好气啊！又有人乱停车。', '好气啊'],
  ])('warns on %s', (body, text) => {
    expect(check(body)).toEqual([`opinion.exclamation-emotion warn ${text}`]);
  });

  it.each([
    '“太美了！”游客王女士说。', // quoted
    '不少市民直呼：太方便了！', // reported speech
    '活动太多了，请合理安排时间。', // no exclamation mark
  ])('leaves %s alone', (body) => {
    expect(check(body)).toEqual([]);
  });
});

describe('more impatient replies and sales patterns', () => {
  it.each([
    ['回复：催什么催，正在处理。', 'opinion.reply-impatient warn 催什么催'],
    ['回复：跟我们说也没用，去找物业。', 'opinion.reply-impatient warn 跟我们说也没用'],
    ['回复：早干什么去了？', 'opinion.reply-impatient warn 早干什么去了'],
    ['回复：这类纠纷我们管不了。', 'opinion.reply-impatient warn 我们管不了'],
    ['回复：下次问之前先看看公告。', 'opinion.reply-impatient warn 下次问之前先看看'],
    ['回复：同一个问题问了八遍。', 'opinion.reply-impatient warn 同一个问题问了八遍'],
    ['回复@网友：你不说话没人把你当哑巴。', 'opinion.reply-impatient warn 没人把你当哑巴'],
    ['答复：不要考虑太长远，请安心居住。', 'opinion.reply-impatient warn 不要考虑太长远'],
    ['回复：爱办不办，随便。', 'opinion.reply-impatient warn 爱办不办'],
    ['回复：哪凉快哪待着去。', 'opinion.reply-impatient warn 哪凉快哪待着'],
    ['回复：就你事多。', 'opinion.reply-impatient warn 就你事多'],
    ['回复：无可奉告。', 'opinion.reply-impatient warn 无可奉告'],
    ['本店苹果买一送一，欢迎品尝。', 'advertising.promo-pattern warn 买一送一'],
    ['私信下单，次日送达。', 'advertising.promo-pattern warn 私信下单'],
  ])('warns on %s', (body, head) => {
    expect(check(body)).toEqual([head]);
  });

  it.each([
    '群众急什么、盼什么，我们就做什么。', // no reply context, and not 你/您
    '回复：群众急什么、盼什么，我们就做什么。',
    '回复：您想怎样办理都可以，线上线下均可。',
    '回复：感谢您的爱心，爱心不减。',
    '谨防“买一送一”促销骗局。',
  ])('leaves %s alone', (body) => {
    expect(check(body)).toEqual([]);
  });
});

describe('scarcity and price talk', () => {
  it.each([
    ['本楼盘仅剩3套，错过再等一年！', ['仅剩3套', '错过再等一年']],
    ['前50名下单送保温杯。', ['前50名下单送']],
    ['秒杀价仅需9.9元。', ['秒杀价仅需9.9元']],
    ['零首付，买房送车位。', ['零首付', '买房送车位']],
  ])('warns on %s', (body, texts) => {
    expect(check(body)).toEqual(texts.map((x) => `advertising.promo-pattern warn ${x}`));
  });

  it.each([
    '门票原价50元，现价30元。', // a public event's ticket price
    '警惕“仅剩3套”“错过再等一年”等虚假宣传。',
    '全区仅剩2个村未完成改造。',
  ])('leaves %s alone', (body) => {
    expect(check(body)).toEqual([]);
  });
});

describe('a named shop recommended, a meal priced per head, praise meant as its opposite (round 37)', () => {
  it('warns on a shop recommended for its prices and on a price per head in a paragraph about a shop', () => {
    expect(check('回复：推荐您去涧西家电城，价格实惠，凭身份证即可享受补贴。')).toEqual([
      'advertising.promo-pattern warn 推荐您去涧西家电城，价格实惠',
    ]);
    expect(check('小编来到一家老字号早茶店，羊肉蒸饺皮薄馅大。人均38元，地址在开元大道。')).toEqual([
      'advertising.promo-pattern warn 人均38元',
    ]);
  });

  it('leaves advice to buy at a regular shop, incomes per head and subsidies per head alone', () => {
    expect(check('建议消费者到正规商场购买，价格实惠。')).toEqual([]);
    expect(check('全县农村居民人均可支配收入18000元，新开超市12家。')).toEqual([]);
    expect(check('发放餐饮消费券，人均50元，可在指定饭店使用。')).toEqual([]);
  });

  it('reads mock praise of a citizen in a reply as impatience', () => {
    expect(check('回复：您这觉悟可真高啊，春运期间我们已经加了班次。')).toEqual([
      'opinion.reply-impatient warn 您这觉悟可真高啊',
    ]);
    expect(check('回复：您这个建议很好，我们会认真研究。')).toEqual([]);
  });
});
