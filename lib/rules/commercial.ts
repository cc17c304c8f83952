import type { ParagraphRule } from '../engine/rule';
import type { Paragraph } from '../engine/text/paragraph';

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
    '(全场|打|低至|立享|尊享)\\s{0,2}([0-9]{1,2}(\\.\\d)?|[一二三四五六七八九]{1,2})\\s{0,2}折',
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
  // a restaurant's or shop's spend per head (人均消费25元): a guide to where to spend
  ['人均', /人均(?:消费)?\s{0,2}[¥￥]?\s{0,2}\d{1,4}\s{0,2}元/],
  // one shop singled out (这家店, 本店, 老字号 …)
  ['店家', /这家店|该店|本店|小店|店家|老字号|的一家(?:店|饭店|餐馆|面馆|小吃店)?[，,。]/],
  // round 31: a seller's words in a 助农 post (中宁枸杞…今年新果已上市，认准原产地，欢迎各地客商和网友订购)
  ['认准', /认准(?!了|官方|正规|权威|官网|平台|渠道|12315|国家|政府)/],
  ['上新', /(?:新果|新米|新茶|新货|新鲜货)(?:已|已经|正式|陆续|全面)?上市/],
  ['欢迎订购', /欢迎[^。；！？\n]{0,10}?(?:订购|选购|采购|购买|下单|抢购|团购|品尝选购)/],
];

/**
 * The account itself recommending a business to its readers (强烈推荐大家去城北的某某火锅, 小编亲测): its own voice, unless
 * the sentence reports someone's speech (对方推荐大家去某平台投资).
 */
const OWN_RECOMMEND =
  /(?:强烈|特别|真心|诚心|极力|墙裂)?推荐(?:大家|各位|你们|您|网友们?|粉丝们?)(?:去|到|来|前往|试试|尝尝|打卡)|小编(?:亲测|实测|力荐|强推)/;
const SPEECH = /(?<![名简统职])称(?!号)|说(?!明)|讲(?!解|座)|表示|骗子|不法分子|犯罪分子|嫌疑人|对方|他们|所谓|冒充/;

/** The account's own offer or recommendation (OWN_OFFER, OWN_RECOMMEND): it stands even when the draft warns elsewhere. */
export const ownOffer = (text: string): boolean =>
  OWN_OFFER.test(text) || (OWN_RECOMMEND.test(text) && !SPEECH.test(text));

/** Warnings about sales talk are not sales talk. */
const WARNING_CONTEXT =
  /诈骗|骗子|骗局|受骗|被骗|不法分子|消费陷阱|陷阱|谨防|警惕|防骗|反诈|消费提示|消费警示|消费预警|消费提醒|提醒消费者|提醒广大消费者|维权|投诉|举报|虚假宣传|虚假广告|违法|违规|查处|处罚|罚款|立案|曝光|整治|约谈|下架|召回|价格欺诈|明码标价|市场监管|监管部门|执法检查|抽检/;

/** Any weak cue at all: one scan instead of one per cue on the paragraphs that have none (most of them). */
const ANY_WEAK = new RegExp(WEAK.map(([, re]) => `(?:${re.source})`).join('|'));

function cuesOf(text: string, warns = warnsAboutSales(text)): 0 | 1 | 2 {
  if (!text || warns) return 0;
  if (STRONG.test(text)) return 2;
  if (!ANY_WEAK.test(text)) return 0;
  let weak = 0;
  for (const [, re] of WEAK) {
    if (re.test(text) && ++weak >= 2) return 2;
  }
  return weak as 0 | 1;
}

/** True if the text reads as commercial (see the module comment). */
export function isCommercialText(text: string): boolean {
  return cuesOf(text) === 2;
}

/**
 * The account itself vouching for a business or offering its deal (本号合作驾校, 与我局合作的…学校, 本号读者报名享8折,
 * 凭本文截图, 本次推荐“凌风”牌空调): a warning elsewhere in the draft (谨防虚假承诺, 如发现违规办学请举报) does not make this offer a quotation.
 */
export const OWN_OFFER =
  /本号(?:的)?(?:合作|签约|指定|推荐|特约)(?:的)?(?:驾校|商家|机构|学校|门店|企业|酒店|民宿|平台|品牌|店铺|医院|药店|景区|农庄|农家乐)|与(?:我|本)(?:局|委|办|厅|中心|馆|院|所|号|平台|站|台)(?:长期|深度)?合作的|本号(?:读者|粉丝|用户)[^，。；\n]{0,6}(?:享|减|送|免)|(?:凭|出示)本(?:文|条推文|推文|条微博|号)|关注本号[^，。；\n]{0,4}(?:享|领|获|送)|(?:本次|本期|本号|我们|小编|特别)推荐(?:使用|选购|购买)?[“「][^”」\n]{1,12}[”」](?:牌|品牌)/;

/** Warnings about sales talk are not sales talk. */
export const warnsAboutSales = (text: string): boolean => WARNING_CONTEXT.test(text);

/**
 * The warning words that only point consumers to a service (如遇消费纠纷可拨打12315热线维权, 欢迎投诉举报): the
 * tail of many a consumption-season notice, promotions included. Such a paragraph is quiet itself but does not
 * speak for the rest of the draft.
 */
const SERVICE_WARNING = /维权|投诉|举报/g;
const warnsBeyondService = (text: string): boolean => WARNING_CONTEXT.test(text.replace(SERVICE_WARNING, '　'));

// Answers by paragraph, for the rules that ask in turn (the checker runs each rule over all the paragraphs it checks,
// then the next rule); a paragraph's go with it.
const warnsIn = new WeakMap<Paragraph, boolean>();
const cuesIn = new WeakMap<Paragraph, 0 | 1 | 2>();

/** warnsAboutSales(p.text), once per paragraph (the commercial, promotion and sales-pitch rules ask). */
export function paragraphWarns(p: Paragraph): boolean {
  let v = warnsIn.get(p);
  if (v === undefined) warnsIn.set(p, (v = warnsAboutSales(p.text)));
  return v;
}

const warnsDraftIn = new WeakMap<Paragraph, boolean>();

/**
 * The paragraph warns about sales talk with more than a pointer to a complaint service (see SERVICE_WARNING): the
 * draft quotes sales talk to warn against it, and its sales findings elsewhere are held back.
 */
export function paragraphWarnsDraft(p: Paragraph): boolean {
  if (!paragraphWarns(p)) return false;
  let v = warnsDraftIn.get(p);
  if (v === undefined) warnsDraftIn.set(p, (v = warnsBeyondService(p.text)));
  return v;
}

/**
 * How much a paragraph reads like selling: 2 = commercial (a strong cue, or two weak ones), 1 = one weak cue, 0 =
 * none or a warning about sales talk. Once per paragraph (the commercial and promotion rules ask).
 */
export function commercialCues(p: Paragraph): 0 | 1 | 2 {
  let v = cuesIn.get(p);
  if (v === undefined) cuesIn.set(p, (v = cuesOf(p.text, paragraphWarns(p))));
  return v;
}

export function createCommercialRule(): ParagraphRule {
  return {
    kind: 'paragraph',
    rules: [],
    check(p, sink) {
      if (commercialCues(p) === 2) sink.signal(COMMERCIAL_SIGNAL);
    },
  };
}
