import type { ParagraphRule, RuleMeta } from '../engine/rule';
import { MAX_PER_PARAGRAPH } from './util-text';

/**
 * Commercial context detector: reports no findings, only the document signal `commercial` when a paragraph reads
 * like selling (promotional prices, coupons, shops, "buy now", e-commerce links). Other rules gate on it — e.g. the
 * 广告法 absolute terms (最佳, 第一 …) are only warnings in a commercial context, so a false `commercial` makes clean
 * government posts noisy. The detector is therefore conservative:
 *
 * - one strong cue (优惠券, 包邮, 秒杀, 旗舰店, 到手价, ¥99, 满200减30, 原价…现价, 立即购买, 立减500元, 限时特惠,
 *   立即抢购, 仅售299元, taobao.com …) is enough;
 * - weak cues (购买, 下单, 门店, 促销, 团购, 直播带货 …) need two different ones in the paragraph;
 * - 政府购买服务 / 购买力 / 商品房 statistics / 物价 reports / plain amounts ("补贴1000元") are not cues;
 * - a paragraph about fraud, complaints or enforcement (谨防, 诈骗, 查处, 虚假宣传 …) never signals: such posts
 *   quote sales talk to warn against it.
 */

export const COMMERCIAL_SIGNAL = 'commercial';
/** A paragraph warns about sales talk (fraud, enforcement): the draft quotes promotions, it does not make them. */
const WARNING_SIGNAL = 'commercial-warning';

export const COMMERCIAL_RULES: RuleMeta[] = [
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
const CN_COUNT = '(?:[0-9０-９]+|[一二两三四五六七八九十])';
/**
 * The promotion itself — a price offer, a discount, a coupon, a purchase limit — as sellers write it (限时特价5.9元,
 * 再享9.8折, 首付5万起, 每人限购两瓶, 领取50元无门槛优惠券). Reported only in a commercial draft and never in one that
 * warns about sales talk; government offers (消费券, 以旧换新补贴, 首付比例) are not in these shapes. Sales patterns that
 * need no commercial context (手慢无, 买一送一, 第二件半价, 零首付, 低至5折, 秒杀价9.9元) are
 * `advertising.promo-pattern`'s and a merchant's 满300减50 is `advertising.promo-full-reduction`'s, both in the
 * library pass (reply-promo.ts): not repeated here.
 */
const PROMOTION = new RegExp(
  [
    `(?:限时)?(?:特价|促销价|活动价|优惠价|到手价|惊爆价|清仓价|专享价|套餐价|出厂价|工厂价|批发价|预售价|首发价|体验价|尝鲜价|福利价|内购价|底价)\\s{0,2}[:：]?\\s{0,2}[¥￥]?\\s{0,2}${NUM}\\s{0,2}(?:元|块)?`,
    `(?<!价\\s{0,2})(?:仅售|只售|仅需|只需)\\s{0,2}[¥￥]?\\s{0,2}${NUM}\\s{0,2}(?:元|块)(?:起)?`,
    `${NUM}\\s{0,2}元\\s{0,2}(?:秒杀|抢购|包邮|特价)`,
    `(?:(?:再享|享受?|全场)\\s{0,2}(?:打\\s{0,2})?|打)[0-9０-９一二三四五六七八九](?:[.．][0-9０-９])?\\s{0,2}折(?:起|优惠)?`,
    `[0-9０-９一二三四五六七八九](?:[.．][0-9０-９])?\\s{0,2}折(?:起|优惠|促销|特惠)`,
    `首付\\s{0,2}${NUM}\\s{0,2}万?元?起`,
    // 999元起 (not 10元起步: a fare; not a shop's rent 租金每月3000元起), 返现50元, 0元购, 限时折扣, 新人专享
    `(?<!(?:租金|月租|每月)[^，。；]{0,6})${NUM}\\s{0,2}元起(?!步|征|算|付|缴|计)`,
    `(?:返现|返利|立返)\\s{0,2}${NUM}\\s{0,2}元`,
    '(?<![0-9０-９.])[0０1１一]元(?:购|抢|秒杀|抢购|包邮)',
    '限时(?:特价|折扣|秒杀|抢购|包邮|免单|[0-9一二三四五六七八九](?:[.．][0-9])?折)',
    '(?:新人|新客|会员|粉丝)(?:专享|立减|特价|福利价)',
    '[0０]首付',
    `(?:每人|每户|每单|每个账号|每个ID)?限购\\s{0,2}${CN_COUNT}\\s{0,2}(?:件|瓶|份|盒|袋|箱|台|个|套|支|包|斤|单)`,
    `最高(?:优惠|立减|直降|返现|让利)\\s{0,2}${NUM}\\s{0,2}万?元`,
    `(?:领取|领|赠送?|送)\\s{0,2}${NUM}\\s{0,2}元(?:无门槛)?(?:优惠券|代金券|抵用券|红包)`,
    '无门槛(?:优惠券|代金券|抵用券)',
    `满\\s{0,2}${NUM}\\s{0,2}元?\\s{0,2}(?:包邮|送\\s{0,2}${NUM}\\s{0,2}元?)`,
    '售完为止',
    '抢完即止',
  ].join('|'),
  'g',
);
const PROMOTION_ANY = new RegExp(PROMOTION.source);

const STRONG = new RegExp(
  [
    '优惠券',
    '领券',
    '包邮',
    '秒杀',
    '旗舰店',
    '购物车',
    '到手价',
    '券后价?',
    '立即下单',
    '立即购买',
    '点击购买',
    '扫码购买',
    '扫码下单',
    '马上抢购',
    '限时抢购',
    '限时特价',
    '限时折扣',
    '下单立减',
    '立减\\s{0,2}[0-9]',
    '直降\\s{0,2}[0-9]',
    '限时特惠',
    '限时优惠',
    '立即抢购',
    '火热抢购',
    '抢购热线',
    '特惠价',
    '(仅售|只售|特价仅|惊爆价|清仓价)\\s{0,2}[¥￥]?\\s{0,2}[0-9]',
    '前\\s{0,2}[0-9]{1,4}\\s{0,2}名(下单|购买|订购|预订|认购)',
    '小黄车',
    '橱窗链接',
    '直播间下单',
    '团购价',
    '秒杀价',
    '特价\\s{0,2}[¥￥]?\\s{0,2}\\d',
    '[¥￥]\\s{0,2}\\d',
    '(仅需|只需|售价仅|售价只|优惠价|会员价|活动价|折后价|促销价|抢购价|秒杀价|团购价)[:：]?\\s{0,2}([¥￥]\\s{0,2}\\d|\\d{1,6}(\\.\\d{1,2})?\\s{0,2}(元|块))',
    '原价[^。；\\n]{0,12}(现价|仅需|只需|特价|到手)',
    '满\\s{0,2}\\d{1,5}\\s{0,2}(元\\s{0,2})?减\\s{0,2}\\d{1,5}',
    '(全场|打|低至)\\s{0,2}[0-9一二三四五六七八九](\\.\\d)?\\s{0,2}折',
    '[0-9一二三四五六七八九](\\.\\d)?\\s{0,2}折(起|优惠|促销|特惠)',
    '(taobao|tmall|pinduoduo|yangkeduo|1688|jd|suning|vip)\\.(com|hk)',
    'm\\.tb\\.cn',
    'u\\.jd\\.com',
    // Franchising and shop leasing offers.
    '招商加盟',
    '加盟费',
    '加盟热线',
  ].join('|'),
  'i',
);

const WEAK: Array<[string, RegExp]> = [
  ['购买', /(?<!政府|集中|统一)购买(?!服务|力|社会|公共|保险|养老|医疗|新建商品|商品房|住房|首套|二手房)/],
  ['下单', /下单/],
  ['抢购', /抢购/],
  ['门店', /门店/],
  ['网店', /网店|网上商城|微店/],
  ['折扣', /折扣|打折/],
  ['促销', /促销|特卖|特惠|大促/],
  ['团购', /团购|拼团/],
  ['专柜', /专柜/],
  ['直播', /直播间|带货/],
  ['特价', /特价|原价|现价/],
  ['热卖', /热卖|热销|爆款|畅销/],
  ['选购', /选购|订购/],
  ['限量', /限量发售|限量抢|售完即止|售完为止/],
  ['电商', /淘宝|天猫|京东|拼多多|抖音小店|快手小店/],
  ['价格', /(售价|价格|单价)\s{0,2}[:：]?\s{0,2}[¥￥]?\s{0,2}\d/],
  // a unit price (39.9元/盒, 每斤8元, 59元一袋): a seller's, or a price report's (with no other cue, not a sale)
  [
    '单位价',
    /\d\s{0,2}元\s{0,2}(?:[/／每一]\s{0,2})(?:斤|公斤|千克|件|盒|箱|袋|瓶|份|套|提|桶|罐)|每(?:斤|公斤|盒|箱|袋|瓶|份|套|提|桶|罐)\s{0,2}(?:仅|只要|只需)?\s{0,2}\d/,
  ],
  ['新品', /新品上市|新品首发|同款/],
  ['楼盘', /开盘|楼盘|样板间|售楼/],
  // praise of a product as sellers write it (性价比高, 回购率, 好评如潮, 人气爆款)
  ['口碑', /性价比|回购|好评如潮|好评率|口碑爆棚|人气爆款|网红款|欢迎抢购/],
  // a product pointed at (这款大米 … 售价59元): with a price or another cue, a sales pitch
  ['这款', /这款|该款|此款|本款/],
  ['优惠', /优惠|让利|折上折|返现|赠品|买[一二三1-3]送[一二三1-3]|满额/],
  ['品质', /品牌|正品|旗舰|品质保证|厂家直销|官方授权|专卖/],
  ['租售', /(租金|铺位|商铺|摊位)[^。；\n]{0,8}\d{2,6}\s{0,2}元/],
  ['招商', /招商(?!引资|局|中心|工作|推介)|加盟/],
];

/** Warnings about sales talk are not sales talk. */
const WARNING_CONTEXT =
  /诈骗|骗子|骗局|受骗|被骗|谨防|警惕|防骗|反诈|消费提示|消费警示|消费预警|消费提醒|提醒消费者|提醒广大消费者|维权|投诉|举报|虚假宣传|虚假广告|违法|违规|查处|处罚|罚款|立案|曝光|整治|约谈|下架|召回|价格欺诈|明码标价|市场监管|监管部门|执法检查|抽检/;

/** True if the text reads as commercial (see the module comment). */
export function isCommercialText(text: string): boolean {
  if (!text) return false;
  if (WARNING_CONTEXT.test(text)) return false;
  if (STRONG.test(text)) return true;
  // an offer in the seller's own shapes (首付5万起, 再享9.8折, 每人限购两瓶) is one cue more
  let weak = PROMOTION_ANY.test(text) ? 1 : 0;
  for (const [, re] of WEAK) {
    if (re.test(text) && ++weak >= 2) return true;
  }
  return false;
}

export function createCommercialRule(): ParagraphRule {
  return {
    kind: 'paragraph',
    rules: COMMERCIAL_RULES,
    check(p, sink) {
      const t = p.text;
      if (WARNING_CONTEXT.test(t)) {
        sink.signal(WARNING_SIGNAL);
        return;
      }
      if (isCommercialText(t)) sink.signal(COMMERCIAL_SIGNAL);
      let n = 0;
      for (const m of t.matchAll(PROMOTION)) {
        const start = m.index;
        const end = start + m[0].length;
        if (p.isQuoted(start, end)) continue;
        if (n++ >= MAX_PER_PARAGRAPH) return;
        sink.report({
          ruleId: 'advertising.promotion',
          start,
          end,
          requires: [
            { signal: COMMERCIAL_SIGNAL, present: true },
            { signal: WARNING_SIGNAL, present: false },
          ],
        });
      }
    },
  };
}
