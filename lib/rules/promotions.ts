import type { ParagraphRule, RuleMeta } from '../engine/rule';
import { commercialCues, ownOffer, paragraphWarns, paragraphWarnsDraft } from './commercial';
import { MAX_PER_PARAGRAPH, matchesOf } from './util-text';

/**
 * `advertising.promotion` (warn): the offers of a commercial draft themselves. It runs in the background (library)
 * pass: its patterns are long, and the content script has a size budget. The commercial context is judged here as
 * in the core detector (commercial.ts), with one cue more: an offer in the seller's own shapes counts as a weak cue
 * (首付5万起 with 开盘, 再享9.8折 with 认购).
 */
const COMMERCIAL = 'promotion-commercial';
/** A paragraph warns about sales talk (fraud, enforcement): the draft quotes promotions, it does not make them. */
const WARNING_SIGNAL = 'commercial-warning';

export const PROMOTION_RULES: RuleMeta[] = [
  {
    id: 'advertising.promotion',
    category: 'advertising',
    severity: 'warn',
    title: '促销用语',
    message: '“{text}”是商品促销用语，政务新媒体不得为商业经营活动作宣传、刊登商业广告。',
    source: '国办发〔2018〕123号（不得刊登商业广告或链接商业广告页面）；《中华人民共和国广告法》第九条',
  },
];

const NUM = '[0-9０-９]+(?:[.．][0-9０-９]+)?';
/** NUM after its first digit (a lookbehind placed after that digit: see PROMOTION). */
const NUM_REST = '[0-9０-９]*(?:[.．][0-9０-９]+)?';
const CN_COUNT = '(?:[0-9０-９]+|[一二两三四五六七八九十])';
/**
 * The promotion itself — a price offer, a discount, a coupon, a purchase limit — as sellers write it (限时特价5.9元,
 * 再享9.8折, 首付5万起, 每人限购两瓶, 领取50元无门槛优惠券). Reported only in a commercial draft and never in one that
 * warns about sales talk; government offers (消费券, 以旧换新补贴, 首付比例) are not in these shapes. Sales patterns that
 * need no commercial context (手慢无, 买一送一, 第二件半价, 零首付, 低至5折, 秒杀价9.9元) are
 * `advertising.promo-pattern`'s and a merchant's 满300减50 is `advertising.promo-full-reduction`'s, both in the
 * library pass (reply-promo.ts): not repeated here.
 */
// A lookbehind stands after the first character it guards (X(?<!Y X) for (?<!Y)X): one leading an alternative
// keeps V8 from pre-testing the first character of every alternative at each position of the text.
const PROMOTION = new RegExp(
  [
    `(?:限时)?(?:特价|促销价|活动价|优惠价|到手价|惊爆价|清仓价|专享价|套餐价|出厂价|工厂价|批发价|预售价|首发价|体验价|尝鲜价|福利价|内购价|底价)\\s{0,2}[:：]?\\s{0,2}[¥￥]?\\s{0,2}${NUM}\\s{0,2}(?:元|块)?`,
    `(?:仅售|只售|仅需|只需)(?<!价\\s{0,2}(?:仅售|只售|仅需|只需))\\s{0,2}[¥￥]?\\s{0,2}${NUM}\\s{0,2}(?:元|块)(?:起)?`,
    `${NUM}\\s{0,2}元\\s{0,2}(?:秒杀|抢购|包邮|特价)`,
    `(?:(?:再享|享受?|全场)\\s{0,2}(?:打\\s{0,2})?|打)[0-9０-９一二三四五六七八九](?:[.．][0-9０-９])?\\s{0,2}折(?:起|优惠)?`,
    `[0-9０-９一二三四五六七八九](?:[.．][0-9０-９])?\\s{0,2}折(?:起|优惠|促销|特惠)`,
    `首付\\s{0,2}${NUM}\\s{0,2}万?元?起`,
    // 999元起 (not 10元起步: a fare; not a shop's rent 租金每月3000元起), 返现50元, 0元购, 限时折扣, 新人专享
    `[0-9０-９](?<!(?:租金|月租|每月)[^，。；]{0,6}[0-9０-９])${NUM_REST}\\s{0,2}元起(?!步|征|算|付|缴|计)`,
    `(?:返现|返利|立返)\\s{0,2}${NUM}\\s{0,2}元`,
    // 立享800元优惠 (not 享受3000元补贴: a public subsidy)
    `(?:立享|即享|尊享|可享|享受?)\\s{0,2}${NUM}\\s{0,2}元(?:优惠|折扣|立减)`,
    '[0０1１一](?<![0-9０-９.][0０1１一])元(?:购|抢|秒杀|抢购|包邮)',
    '限时(?:特价|折扣|秒杀|抢购|包邮|免单|[0-9一二三四五六七八九](?:[.．][0-9])?折)',
    '(?:新人|新客|会员|粉丝)(?:专享|立减|特价|福利价)',
    '[0０]首付',
    `(?:每人|每户|每单|每个账号|每个ID)?限购\\s{0,2}${CN_COUNT}\\s{0,2}(?:件|瓶|份|盒|袋|箱|台|个|套|支|包|斤|单)`,
    `最高(?:优惠|立减|直降|返现|让利)\\s{0,2}${NUM}\\s{0,2}万?元`,
    `(?:领取|领|赠送?|送)\\s{0,2}${NUM}\\s{0,2}元(?:无门槛)?(?:优惠券|代金券|抵用券|红包)`,
    '无门槛(?:优惠券|代金券|抵用券)',
    // 推荐使用丰禾牌生物有机肥 (round 30): a brand recommended in a post that sells (技术指导 names the kind, not a brand)
    '推荐(?:使用|选用|购买|食用|服用|选购)[\\u4e00-\\u9fff]{1,6}牌[\\u4e00-\\u9fff]{0,8}',
    // 在这里特别推荐铁西区的万隆家电城 (round 31): one business singled out in a post that sells
    '(?:特别|强烈|重点|诚意|隆重|着重)推荐[^，。；！？]{0,10}?[\\u4e00-\\u9fff]{2,8}(?:家电城|商城|超市|商场|专卖店|旗舰店|门店|酒店|民宿|饭店|餐厅|农家乐|店)',
    `满\\s{0,2}${NUM}\\s{0,2}元?\\s{0,2}(?:包邮|送\\s{0,2}${NUM}\\s{0,2}元?)`,
    '售完为止',
    '抢完即止',
  ].join('|'),
  'g',
);
const PROMOTION_CHARS = /[价售需元折付购惠享券止]/;

export function createPromotionRule(): ParagraphRule {
  return {
    kind: 'paragraph',
    rules: PROMOTION_RULES,
    check(p, sink) {
      const t = p.text;
      if (paragraphWarns(p)) {
        if (paragraphWarnsDraft(p)) sink.signal(WARNING_SIGNAL);
        return;
      }
      // every offer shape has one of these characters: most paragraphs of official prose skip the scan
      const offers = PROMOTION_CHARS.test(t) ? [...matchesOf(PROMOTION, t)] : [];
      const cues = commercialCues(p);
      if (cues === 2 || (cues === 1 && offers.length > 0)) sink.signal(COMMERCIAL);
      // the account's own offer stands even when the draft warns elsewhere (commercial.ts ownOffer)
      const own = offers.length > 0 && ownOffer(t);
      let n = 0;
      for (const m of offers) {
        const start = m.index;
        const end = start + m[0].length;
        if (p.isQuoted(start, end)) continue;
        if (n++ >= MAX_PER_PARAGRAPH) return;
        sink.report({
          ruleId: 'advertising.promotion',
          start,
          end,
          requires: own
            ? [{ signal: COMMERCIAL, present: true }]
            : [
                { signal: COMMERCIAL, present: true },
                { signal: WARNING_SIGNAL, present: false },
              ],
        });
      }
    },
  };
}
