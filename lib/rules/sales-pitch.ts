import type { ParagraphRule, RuleMeta } from '../engine/rule';
import { COMMERCIAL_SIGNAL, ownOffer, paragraphWarns, paragraphWarnsDraft } from './commercial';
import { firstMatchFrom } from './first-units';
import { createToneModel, hasTradeWord, salesRead, sentenceCore, type ToneModelData } from './tone-model';
import { CITIZEN_MESSAGE, MAX_PER_PARAGRAPH } from './util-text';

/**
 * `advertising.sales-pitch` (warn): a sentence that sells, recognised by its shape rather than by fixed phrases.
 *
 * Each sentence is scored by the kinds of sales cue it holds, from small open-class lexicons:
 * - buy: purchase verbs (抢购, 选购, 下单, 订购, 认购, 认筹, 预订, 入手 …) — never enough alone, nor with a price;
 * - urge: urgency and invitations to buy (赶紧, 快来, 手慢无, 先到先得, 名额有限, 错过再等, 欢迎…选购 …);
 * - offer: price cuts and gifts (立减N元, 满减, N折, 包邮, 优惠券, 半价, 再送, 厂家让利, 最高优惠N元 …), and paid
 *   shortcuts offered to citizens (走内部通道, 托关系, 包过);
 * - price: a seller's price (售价, 原价, 现价, 到手价, 仅需, ￥N …);
 * - shop: where to buy (旗舰店, 专卖店, 直播间, 小程序商城, 购买链接 …);
 * - praise: a seller's praise of a product (不二之选, 销量遥遥领先, 性价比, 物超所值, 买到就是赚到 …).
 * A sentence sells when it holds two different kinds, one of them urge, offer, shop or praise or the price of a
 * packaged product, or offer/shop/praise cues in two of its clauses — so 开放认筹, 售价15元 or 名额有限，先到先得
 * alone never fire. Its clauses with such a cue, or with a price of a packaged product (500克装售价…), are reported,
 * adjacent ones as one finding. Once a sentence of the draft sells, a lone urge, offer or praise cue elsewhere in
 * it is reported too (是…的不二之选 in the next sentence).
 *
 * Guards, because government posts talk about selling without selling:
 * - anti-fraud and market-supervision text (谨防, 诈骗, 虚假宣传, 消费提示, 查处, 责令, 立案, 抽检 …) in the
 *   paragraph or the sentence: nothing is reported, and a draft with such a paragraph reports nothing at all —
 *   except, in such a paragraph, a sentence of the account's own that sells outright (two kinds of cue, one an
 *   offer, a shop, praise or a product's price) with no warning word and nobody's speech reported (称, 承诺,
 *   不法分子, 以…为诱饵, 所谓 …): an advertisement slipped in after a warning (为保障资金安全，推荐使用某某理财App…);
 * - cues inside quotation marks are someone else's words;
 * - public services and official fees (收费标准, 门票, 车票, 购票, 挂号, 免费开放, 公示 …) and the government's own
 *   offers — 消费券, 惠民券, 以旧换新 and other 补贴 issued by 政府/商务局 — are public information, not advertising:
 *   a clause naming them contributes no cue. A merchant's pitch in the same sentence (…补贴外，还可叠加厂家让利)
 *   still counts.
 * - words that are also official prose are held to their sales shapes: 优惠 only as 优惠N元/优惠价/最高优惠,
 *   让利 not 让利于民 / 向实体经济让利, 特惠 not 特惠关税, 领先 only after 销量/口碑 or as 遥遥领先.
 *
 * With the sales model (see createSalesPitchRule), `advertising.sales-model` reads the sentences no cue explains.
 */
export const SALES_PITCH_RULES: RuleMeta[] = [
  {
    id: 'advertising.sales-pitch',
    category: 'advertising',
    severity: 'warn',
    title: '商业推销语句',
    message: '“{text}”是推销商品或服务的说法，政务新媒体不得为商业经营活动作宣传、刊登商业广告。',
    source: '国办发〔2018〕123号（不得刊登商业广告或链接商业广告页面）；《中华人民共和国广告法》第九条',
  },
  {
    id: 'advertising.sales-model',
    category: 'advertising',
    severity: 'warn',
    title: '商业推销语句（模型）',
    message: '“{text}”读来像推销商品或服务，政务新媒体不得为商业经营活动作宣传；如属提醒或引述，请写明。',
    source: '国办发〔2018〕123号（不得刊登商业广告或链接商业广告页面）；《中华人民共和国广告法》第九条',
  },
];

type Kind = 'buy' | 'urge' | 'offer' | 'price' | 'shop' | 'praise';

const NUM = '[0-9０-９]+(?:[.．][0-9０-９]+)?';
const CN = '[0-9０-９一二两三四五六七八九十百]';
/** A price lowered by a bait word (均价仅8800元, 首付低至0元): a seller's, in the price cues and as a product's price. */
const FLAT_BAIT = `(?:均价|单价|售价|总价|首付|月供|月租|日租)(?:仅|只要|只需|低至)\\s{0,2}${NUM}`;
/** A price per unit of a product (每斤, 每盒 …): a seller's price beside a pitch, not a price report alone. */
const PER_UNIT = '每(?:斤|公斤|千克|盒|瓶|袋|箱|份|串|杯)';

/** The purchase verbs come last: cuesOf looks for them only in a paragraph with another cue. */
/**
 * A business named in quotation marks before the kind of business it is (“爱贝”月子会所, “动力空间”健身房): a shop cue,
 * so that praise or an offer beside it sells. Not public venues (“红色记忆”纪念馆, 图书馆, 博物馆).
 */
const NAMED_BUSINESS = String.raw`[“「][^”」\n]{1,12}[”」][^，。！；\n“”]{0,4}?(?:(?<![图书博物纪念文化体育展览科技美术艺术档案方志场])馆|(?<![商书药])店|工作室|会所|健身房|餐厅|饭店|酒楼|民宿|超市|驾校|诊所|影楼|美容院|月子中心|装饰公司|培训学校|培训机构)`;

export const SALES_CUES: Array<[Kind, RegExp]> = [
  [
    'urge',
    new RegExp(
      [
        '赶紧|赶快|快来|速来|快快|速抢|开抢|手慢无|先到先得|(?:欲购|预订|预定|订购|抢购|选购|认购|报名|购买)从速|不容错过|千万别错过|机不可失',
        '(?:名额|数量|库存|存货|货源|产量|房源|房间|床位|座位|车位|席位)(?:有限|不多|紧张)',
        '所剩无几|仅剩(?:最后)?\\s{0,2}[0-9０-９]|售完(?:即|为)止|抢完即止|错过(?:再等|就(?:没|要)|不再)',
        '抓紧(?=下单|抢|购|订|买|入手|预订|选购)|限时(?=抢|购|特|优|折|秒|免|包|降|减|送|赠|福利)',
        '(?:现已|火热|盛大|火爆|隆重)开盘|即将售罄|恢复原价|过时不候|限量(?:发售|供应|抢购|版|款)|最后一波|错过今天|抓住(?:机会|最后)',
        '(?:马上|立即|立刻|现在就?)(?:抢|订|买|下单|预订|购买|入手)',
        '欢迎(?:大家|广大市民|各位|朋友们|市民朋友|新老顾客|顾客)?(?:前来|来|踊跃)?(?:抢购|选购|订购|购买|下单|预订|品尝选购|到店|进店|惠顾)',
        '错过等一年|快(?:约上|叫上|带上)(?:好友|朋友|家人|闺蜜)|(?:火热|火爆)(?:招生|预订|预售|开售|发售|热卖)中?',
        // 限前50名, 仅限前100位: scarcity of an offer's takers
        `(?:仅)?限前\\s{0,2}${CN}+\\s{0,2}(?:名|位|单)`,
        // a merchant's invitation to try (欢迎大家去体验, 欢迎大家前往品尝): sells only beside a named business, an
        // offer or praise
        '欢迎(?:大家|各位|朋友们|新老顾客|顾客|宝妈们)(?:前来|前往|去|来|到店)?(?:体验|试吃|试用|打卡|品尝)',
        // 欢迎到售楼部咨询, 欢迎来门店选购: an invitation to a seller's premises
        '欢迎(?:大家|各位|朋友们|广大市民|市民朋友|新老顾客|顾客)?(?:到|来|前往|莅临)(?=售楼处|售楼部|门店|店里|店内|专卖店|旗舰店|直营店|体验店)',
        // 姐妹们冲, 买它; 欢迎新老顾客光临品尝
        '(?:姐妹|家人|宝子|宝宝|集美|兄弟|朋友)们?(?:冲|快冲|冲鸭|买它|快买|快入)|冲鸭|买它|欢迎(?:新老顾客|各位|大家)?(?:光临|品尝)',
      ].join('|'),
      'g',
    ),
  ],
  [
    'offer',
    new RegExp(
      [
        `(?:立减|直降|狂降|立省|优惠|返现|让利)\\s{0,2}${NUM}\\s{0,2}万?元`,
        // 扫码关注公众号再减5元 (not a canteen's 80岁以上老人再减3元: a further cut only for an act of the buyer's)
        `(?:扫码|关注|下单|分享|转发|进店|到店|领券|会员)[^，。！；\\n]{0,12}?再(?:减|省|降)\\s{0,2}${NUM}\\s{0,2}元`,
        `满\\s{0,2}${CN}+\\s{0,2}(?:元|件|份)?\\s{0,2}(?:减|包邮|送|赠)`,
        '包邮|优惠券|代金券|抵用券|领券|半价|免单|赠品|秒杀|新人专享|(?:会员|团购|拼团|秒杀|折后|券后|内购|福利)价',
        // a lender's terms (无抵押无担保，当天放款，随借随还): loan offers, not the government's credit policies
        // 领取99元洗牙券: a voucher of a named value to collect
        `领取?\\s{0,2}${NUM}\\s{0,2}元[^，。！；]{0,6}?券`,
        '(?:无|免|无需|不用)(?:抵押|担保)(?=[，,、；。！]|无|免|贷|放款|$)|(?:当天|当日|极速|快速|秒|最快[^，。！；]{0,4})(?:放款|下款|到账)|随借随还|额度最高|最高可(?:贷|借)',
        '首单(?=立减|免单|半价|优惠|免费|送|赠|[0-9])|免息|零利息|0利息|好礼相送|豪礼|礼品相送|大放送|福利多多|惊喜不断|送货上门|次日达|下单即发|当天发货|免费试听|免费试用|免费品尝',
        // N折 read from 折 back (a scan from every digit is slow on statistics); 折 first, then what precedes it (a
        // lookbehind leading an alternative keeps V8 from pre-testing the first character of every alternative)
        '折(?<=(?<![0-9０-９.．])[0-9０-９]{1,2}(?:[.．][0-9０-９])?\\s{0,2}折)(?![合算旧叠返])|折(?<=(?<![不七八])[一二三四五六七八九]折)(?![合算旧叠])',
        `买\\s{0,2}${CN}\\s{0,2}送\\s{0,2}${CN}`,
        '(?:再|加|另|还|多|额外|即|就|免费)(?:送|赠)(?![达出往到医温检审教法别行])',
        '最高(?:优惠|立减|直降|让利|可省|省)',
        '(?:厂家|商家|店家|厂商|品牌)(?:直接)?让利|让利(?:促销|酬宾|大酬宾)',
        // a paid shortcut offered to a citizen: 走内部通道, 托关系, 包过
        '内部(?:通道|渠道|名额)|走后门|托关系|包过|保过',
        '(?:限时|优惠|促销|活动|特惠|特价)(?:价|特惠|特价)|特惠(?![关税制贸待])|特价',
        // 第二杯半价, 开业大酬宾, 刷满3笔送, 新人红包, 前100名到店送, 免费体验名额, 不满意全额退款, 早鸟价
        '第二(?:件|杯|份|瓶|个|盒|单)(?:半价|免费|[0-9一二三四五六七八九]折)|(?:开业|周年|新春|年终)?大?酬宾|(?:首刷|开卡|新户|开户|入会)礼',
        `(?:刷卡?|消费|充值?|购物?|购买)满\\s{0,2}${CN}+\\s{0,2}(?:笔|单|次|元)\\s{0,2}(?:送|赠|返|减)|新人(?:红包|礼包?)|无门槛(?:红包|券)`,
        `前\\s{0,2}${CN}+\\s{0,2}名[^，。！；]{0,8}?(?:送|赠|享|免费|半价|立减)`,
        '免费(?:体验|试用|领取|试听)(?:名额|机会|资格|课)|(?:不满意|无效|不过|没效果)(?:全额)?退款|买贵(?:包退|退差价)|早鸟价|(?:年货|新春|节日)?大礼包',
        // 送价值199元行李箱, 报名送私教课, 周年庆 (建党100周年庆祝大会, 建院60周年庆典 are no sale), 店庆
        `(?:送|赠|赠送|领取?)价值\\s{0,2}${NUM}\\s{0,2}万?元|(?:报名|下单|注册|开卡|办卡|到店|进店)(?:即|就)?(?:送|赠)|周年庆(?![祝典贺])|店庆`,
        // 八八折, 全场五折; 现金红包, 邀请码, 邀请好友再奖10元; 优惠码; 0元领手机; 原价2980元现在只要980元; 不过退费
        '(?:八八|九九|五五|六六|七七|九五|九八)折|(?:再打|打|立享|可享|享)[一二三四五六七八九]{2}折|全场(?=[一二三四五六七八九0-9０-９]|通用|包邮|满)',
        // 多买多优惠, 买得越多越划算
        '多买多(?:优惠|送|省|实惠|划算|得)|多买更(?:优惠|划算|实惠)|买得越多越(?:优惠|划算|便宜|实惠)',
        // the account's own post as a coupon (凭本文截图到店可享8.8折): the account promotes the shop; 会员积分翻倍
        '(?:凭|持|出示)(?:本文|本推文|此文|本条|此条|本篇|本公众号|本号|推文|文章|微博)[^，。！；\\n]{0,6}?截图|积分(?:翻倍|加倍|双倍|抵现)|双倍积分',
        `现金红包|邀请码|邀请(?:好友|朋友)[^，。！；]{0,6}?(?:奖|送|得|领|返)|优惠码|专属优惠|0\\s{0,2}元(?:领|购|抢|得|送|拿)`,
        `原价\\s{0,2}${NUM}\\s{0,2}元[^。！；]{0,6}?(?:现价|现在|现|只要|仅需|仅售|只需|活动价|折后价|到手价)|(?:不满意|无效|不过|没效果)(?:全额)?退费`,
        // a card's or a membership's fee waived (年费全免, 免年费): a bank's or a shop's offer
        '年费全免|免年费|终身免年费|免首年年费',
      ].join('|'),
      'g',
    ),
  ],
  [
    'price',
    new RegExp(
      `(?:日息|月息|年息|日利率|月利率|利息|年化(?:利率|收益率?|回报率?))(?:低至|仅|只要|最低|高达)|(?:售价|原价|现价|到手价|零售价|优惠价|活动价|体验价|特价|均价|总价|指导价|落地价|裸车价|人均|仅需|只需|只要|仅售|只卖|低至)\\s{0,2}[:：]?\\s{0,2}[¥￥]?\\s{0,2}${NUM}|[¥￥]\\s{0,2}${NUM}|(?:交|付|给|花|只要|才)\\s{0,2}(?:${NUM}|[一二两三四五六七八九十百千]+)\\s{0,2}(?:块|元)|元起(?<=[0-9０-９]\\s{0,2}万?元起)(?!步|征|算|付|缴|计)|人均(?:不到|仅|只要|才)\\s{0,2}${NUM}\\s{0,2}元|${PER_UNIT}\\s{0,2}(?:仅|只要|只需|售价)?\\s{0,2}${NUM}\\s{0,2}元|${NUM}\\s{0,2}元[^，。！；\\d]{0,6}?套餐|${FLAT_BAIT}`,
      'g',
    ),
  ],
  [
    'shop',
    new RegExp(
      String.raw`(?:扫码|关注)[^，。！；\n]{0,6}商城|独家赞助|冠名赞助|独家冠名|(?:各大|各|全市|全县|各乡镇|各县区)[^，。！；\n]{0,8}?(?:店|超市|商场|门店|网点|药房|药店)(?:均|都)?(?:有(?:销售|售|出售)|上架(?:销售)?|在售|热销|(?:能|可以?)买到)|(?:可|可以|请|欢迎|即可)(?:到|去|前往)(?:各大|附近的?|全市各|县城各|各)?(?:药店|药房|超市|商场|门店|专卖店|专柜)(?:购买|选购|买到|订购)|均有(?:销售|出售)|(?:淘宝|天猫|京东|拼多多|抖音|快手|美团|小红书)(?:上)?(?:搜索|搜|店铺|小店|商城|直播间|下单|购买)|售楼处|售楼部|旗舰店|专卖店|直营店|官方店|网店|微店|店铺|直播间|小程序商城|网上商城|线上商城|购物车|小黄车|橱窗|实体店|线下门店|各大门店|(?:购买|下单|抢购|选购|商品)链接|链接(?:购买|下单|抢购|选购)|(?:点击|点开|戳)[^，。！；\n]{0,4}链接|(?:点击|点开|进入|打开)[^，。！；\n]{0,6}?小程序[^，,。！；\n]{0,6}?(?:购买|下单|抢购|选购|订购)|(?:扫码|小程序|私信|评论区|后台)(?:即可)?(?:购买|下单|抢购|选购|订购|预订)|(?:订购|预订|团购|购买|咨询订购|订房|看房|购房|选房|订餐|订票)(?:电话|热线|专线)|(?:预订|订购|订房|订餐|团购|购买)(?:请|可|敬请)?(?:拨打|致电)|本店|加盟(?:热线|电话|咨询|费)|招商加盟|(?:私信|后台回复)[^，。！；\n]{0,4}领取|${NAMED_BUSINESS}`,
      'g',
    ),
  ],
  [
    'praise',
    new RegExp(
      [
        // 全市最低, 全国品质最好, 我县最好的养老院 (not 全市最低气温, 全省最低工资标准)
        '(?:全市|全县|全省|全国|全网|全城|全区|本地|同行业|业内|同类|(?:我|本)(?:市|县|省|区|镇|乡))[^，。！；\\d]{0,4}?最(?:低|便宜|好|优|佳|实惠)(?!工资|气温|温度|生活|水位|标准|缴|限|档|的[^，。！；]{0,3}(?:气温|温度|工资))|不二之选|不二选择|首选(?!项|地|方案)|遥遥领先|物超所值|超值|性价比|划算|买到就是赚到|买到就是赚|买不了吃亏|闭眼入',
        '(?:销量|销售量|销售额|口碑|人气|好评率)[^，。！；]{0,4}?(?:领先|第一|冠军|最高|最好|最佳|称王|榜首)',
        // a product or brand ranked first (该品牌能效全国第一; not 该县粮食产量全省第一)
        '(?:该|这个|此|本|这一|这款)(?:品牌|产品|款|牌子|机型)[^，。！；]{0,6}?(?:全国|全省|全市|全球|行业|同类产品?)(?:第一|领先|之最)',
        '值得(?:拥有|入手|购买|一试|信赖的品牌)|爆款|爆品|热销|畅销|好评如潮|回头客|强烈推荐|种草|好物|必买|必入|网红款',
        '物美价廉|价廉物美|价格实惠|经济实惠|假一(?:赔|罚)[十三]|七天无理由|无理由退换|包退包换|售后无忧|新品上市|新品首发|重磅上市|火爆开售',
        '味道一绝|好吃到|拎包入住|学区房|地铁口(?:现房|房)|秒批|秒到账|放款快',
        // 全县最好喝的羊肉汤，没有之一 (最好喝温开水 is advice: the superlative must qualify a noun)
        '最好(?:吃|喝|玩|用|住)的|没有之一',
        // 家家都在用, 小编亲测好用, 推荐大家试试, 全城最低价, 省钱又省心, 网红同款
        '(?:家家户户|每家每户|家家|人人)都(?:该|应该|得|需要)(?:装|备|买|用|入手)|(?:家家|人人|大家)都在用|亲测(?:好用|有效|靠谱|好吃)|(?:推荐|安利)(?:给)?(?:大家|各位|你们)(?:试试|入手|买|用)|(?:全城|全网|全市|全国|全省|史上)最低价|省钱又省心|省心又省钱|网红同款|明星同款|(?:中老年人?|宝妈|上班族|学生党|懒人)的福音',
        '名师(?:一对一|辅导|授课|团队|亲授|精讲)|有效改善(?:睡眠|记忆力?|体质|失眠)',
        // 效果最佳, 品质一流, 经国家权威机构认证: a seller's claim of quality or of an authority's endorsement
        '效果(?:最佳|最好|一流|极佳)|(?:品质|口感|质量|工艺)(?:一流|上乘|超群)|(?:经|通过)(?:国家)?权威(?:机构|部门|专家)?认证',
        // a course's pass rate as a selling point (往期学员上岸率高达90%)
        `(?:上岸率|通过率|过关率|提分率|录取率|拿证率)[^，。！；]{0,2}?(?:高达|超过|超)\\s{0,2}${NUM}\\s{0,2}[%％]`,
        // a pass rate of 100% is a promise, not a statistic (通过率100%)
        '(?:上岸率|通过率|过关率|提分率|录取率|拿证率)\\s{0,2}(?:达到?|为)?\\s{0,2}100\\s{0,2}[%％]',
        // 建议您选购康源牌净水器 (a named brand: not 建议选择正规品牌); 本期内容由某某项目特约呈现
        '(?:建议|推荐)(?:您|大家|各位|市民)?(?:选购|购买|选用|选择)[^，。！；\\n]{1,8}?(?<![品名])牌|特约(?:呈现|播出|赞助)|冠名播出|(?:本期|本栏目|本节目|本次活动)(?:内容)?由[^，。！；\\n]{1,12}?(?:赞助|冠名|特约|呈现)',
        // 口味正宗, 用料实在, 效果好、价格优; 推荐大家到某某家电城选购
        '(?:口味|味道|口感)(?:正宗|地道|纯正)|用料(?:实在|扎实|讲究|十足)|(?:效果|质量|品质)(?:好|佳|优)[、，,]?价格(?:优|低|公道|优惠)',
        '推荐(?:大家|各位|您)?(?:到|去)[^，。！；\\n]{1,10}?(?:选购|购买|品尝|消费|下单)',
        // 味道超赞, 效果一流, 投资小回报高
        '(?:味道|口感|效果|品质|服务|技术|环境|师资|设备)(?:超赞|一流|绝了|超棒|杠杠的)|超(?:好吃|好用|好喝)|投资小[，,]?回报(?:高|快|大)|低投入[，,]?高回报|稳赚不赔',
        // 安利一款, 同事都在用; 保本保息, 收益高达5.8%
        '安利(?:一款|一个|一下|给)|(?:同事|家人|朋友|我们)们?都在用|保本保息|保本保收益|收益高达|稳赚',
        // a named business or product recommended (推荐“时光印记”摄影工作室, 亲测“美齿佳”, 强烈安利, 口碑超好)
        '(?:推荐|首选|亲测|安利|认准)(?=(?:大家|各位)?(?:去|到|选)?[“「][^”」\\n]{1,12}[”」])|强烈安利|口碑(?:超好|很好|极好|一流|爆棚)',
      ].join('|'),
      'g',
    ),
  ],
  ['buy', /抢购|选购|订购|认购|认筹|预订|预定|下单|抢订|入手|购车|(?<!政府|集中|统一|采)购买(?!服务|力)/g],
];

/** Kinds that make a sentence a sales pitch (with one more kind) and whose clauses are reported. */
const PITCH: ReadonlySet<Kind> = new Set(['urge', 'offer', 'shop', 'praise']);

/** A seller's price of a packaged product (500毫升装售价15.8元, 这款…仅需, 每盒售价): reported with the pitch. */
const PRODUCT = new RegExp(
  `[0-9０-９]\\s{0,2}(?:毫升|升|克|千克|公斤|斤|两|ml|mL|ML|g|kg|L)\\s{0,2}装|这款|该款|此款|每(?:件|套|罐|桶)|${PER_UNIT}`,
);
const PRODUCT_PRICE = new RegExp(`售价|到手价|零售价|仅需|只需|仅售|只卖|[¥￥]|${PER_UNIT}\\s{0,2}[0-9０-９]`);
/** A bait price of an amount of goods (5斤只要9.9元, 两盒仅需39元): reported with the pitch like a product's price. */
const BAIT_PRICE = new RegExp(
  `${CN}\\s{0,2}(?:斤|公斤|千克|盒|箱|袋|瓶|罐|件|份|套|包)[^，。！；]{0,4}?(?:只要|仅需|只需|仅售|只卖|低至|才)\\s{0,2}[¥￥]?\\s{0,2}${NUM}\\s{0,2}元|${FLAT_BAIT}|现价\\s{0,2}(?:仅需|只要|只需|仅售|仅|低至|才)\\s{0,2}[¥￥]?\\s{0,2}${NUM}\\s{0,2}元`,
);

/** A sentence that warns against or reports on sales talk quotes it (reply-promo's list, and panic buying). */
const WARNING =
  /警惕|谨防|虚假|骗局|诈骗|违法|查处|曝光|不要相信|切勿相信|不可信|夸大|宣称|声称|违规|涉嫌|打着|提醒消费者|明码标价|价格欺诈|市场监管|责令|立案|抽检|不合格|召回|恐慌|囤积|哄抬|理性消费|假冒|维权|投诉|举报/;

/**
 * Someone else's sales talk told in a warning (骗子称…, 不法分子以…为诱饵, 他们往往承诺…, 所谓…): a sentence with
 * one of these in a paragraph that warns is not the account selling.
 */
const REPORTED =
  /[称说讲]|表示|宣传|承诺|许诺|诱饵|诱导|诱骗|冒充|假冒|骗子|不法分子|犯罪分子|嫌疑人|对方|他们|以[^，。]{0,12}为(?:名|由|幌子)|话术|套路|陷阱|所谓|如果|一旦|假如|若/;

/** Government offers and public fees: a clause naming them is public information, not a cue. */
const PUBLIC =
  /消费券|惠民券|电子券|补贴|补助|以旧换新|财政|政府|商务局|政策|收费标准|收费|门票|票价|购票|车票|船票|挂号|免费(?:开放|提供|发放|体检|接种|乘车|乘坐|参观|领取|办理|咨询|培训)|公示|公益|义卖|捐赠|捐助|慰问/;

/**
 * Safety advice on where and what to buy (要到正规店铺购买合格的电池和充电器, 通过正规渠道购买): public information, not a
 * cue (round 32).
 */
const BUY_ADVICE =
  /(?:到|在|去|通过|选择|从)正规(?:店铺|渠道|商家|商场|超市|药店|药房|平台|厂家|门店|医疗机构|机构)|购买(?:经过)?(?:合格|认证|国家认证|3C认证)的/;

/** A merchant's offer on top of a public one: 在补贴基础上再打八折, 可叠加店庆优惠, 以旧换新再送安装大礼包. */
const STACKED = /基础上再|再打|再享|叠加|额外再|(?:再|另|加|还)送/;

/** Sentence and clause ends (code units). */
const SENTENCE_ENDS = new Set([...'。！？!?；;\n'].map((c) => c.charCodeAt(0)));
const CLAUSE_ENDS = new Set([...'，,：:'].map((c) => c.charCodeAt(0)));

const SIGNAL = 'sales-pitch';
/** As promotions.ts: a paragraph warns about sales talk. */
const WARNING_SIGNAL = 'commercial-warning';

interface Cue {
  kind: Kind;
  start: number;
  end: number;
  /** Inside a cue of another kind (选购 in 欢迎选购). */
  nested?: boolean;
}

interface Clause {
  s: number;
  e: number;
  cues: Cue[];
  isPublic: boolean;
  /** The price of a packaged product (500克装售价…). */
  product: boolean;
  /** Reported when its sentence sells: an urge, offer, shop or praise cue, or a product's price. */
  pitch: boolean;
}

/**
 * Every cue of the paragraph, outside quotation marks, in order of start; none if it has no urge, offer, shop,
 * praise or price cue (most paragraphs of official prose: the purchase verbs are not even looked for).
 */
function cuesOf(t: string, quoted: (s: number, e: number) => boolean): Cue[] {
  const out: Cue[] = [];
  // (indexed, reading the tuples: a for-of with destructuring allocates per cue list and paragraph in code not yet
  // optimised)
  for (let k = 0; k < SALES_CUES.length; k++) {
    const kind = SALES_CUES[k]![0];
    const re = SALES_CUES[k]![1];
    if (kind === 'buy' && out.length === 0) return out;
    for (let m = firstMatchFrom(re, t, 0); m; m = firstMatchFrom(re, t, m.index + (m[0].length || 1))) {
      const a = m.index;
      const b = a + m[0].length;
      if (!quoted(a, b)) out.push({ kind, start: a, end: b });
    }
  }
  for (const c of out) c.nested = out.some((o) => o !== c && o.kind !== c.kind && o.start <= c.start && c.end <= o.end);
  return out.sort((x, y) => x.start - y.start);
}

/** The sentences of t as lists of clauses, each with the cues inside it. */
function sentencesOf(t: string, cues: Cue[]): Clause[][] {
  const out: Clause[][] = [];
  let sentence: Clause[] = [];
  let a = 0;
  let k = 0;
  for (let i = 0; i <= t.length; i++) {
    const c = i < t.length ? t.charCodeAt(i) : 10;
    const endsSentence = SENTENCE_ENDS.has(c);
    if (!endsSentence && !CLAUSE_ENDS.has(c)) continue;
    if (i > a) {
      while (k < cues.length && cues[k]!.start < a) k++;
      const inside: Cue[] = [];
      for (let j = k; j < cues.length && cues[j]!.start < i; j++) if (cues[j]!.end <= i) inside.push(cues[j]!);
      const text = t.slice(a, i);
      // a merchant's offer stacked on a government one (在补贴基础上再打八折) is still the merchant's
      const isPublic = (PUBLIC.test(text) && !STACKED.test(text)) || BUY_ADVICE.test(text);
      const own = isPublic ? [] : inside;
      const product =
        own.some((x) => x.kind === 'price') &&
        ((PRODUCT.test(text) && PRODUCT_PRICE.test(text)) || BAIT_PRICE.test(text));
      sentence.push({ s: a, e: i, cues: own, isPublic, product, pitch: product || own.some((x) => PITCH.has(x.kind)) });
    }
    a = i + 1;
    if (endsSentence) {
      if (sentence.length) out.push(sentence);
      sentence = [];
    }
  }
  return out;
}

/**
 * A sentence that reports a complaint handled (经核查…, 已退还您的房费, 补偿款已到账): what was done about a sale, not a sale.
 */
const HANDLED =
  /经(?:核查|核实|调查|查实|调解|协调)|经查|已(?:经)?(?:到账|退还|退回|退款|赔付|赔偿|返还|补发|责令|约谈|立案|办结|转交|转办|督促)/;

/**
 * A sentence that tells of someone's trade as news (村民张大姐经营着一家小吃摊，每天能卖出三四百份酸汤粉: a villager's
 * income in a rural-revitalisation report), with no price and no call to buy: a story, not a pitch.
 */
const NARRATED =
  /^(?![^。！？!?]*(?:元|欢迎|快来|赶紧|下单|抢购|购买|订购|选购|咨询|预订|到店|扫码))[^。！？!?]*(?:(?:村民|摊主|店主|商户|农户|种植户|养殖户|返乡青年|创业青年|大姐|大哥|大叔|阿姨)[\u4e00-\u9fff]{0,4}(?:经营着|开着|开了|办起了?)|每天(?:都)?能卖出|一天能卖出)/;

/**
 * `advertising.sales-model` (warn): with the sales model (reply-tone.json `salesModel`, trained by
 * scripts/train-tone-model.ts --model sales on an independent author's selling sentences and their near-misses, and
 * real official prose), a sentence with a word of trade (tone-model.ts `salesRead`) that the cues above did not
 * report, outside quotation marks and warnings, is scored; it yields to a cue finding on its sentence (fallback).
 */
export function createSalesPitchRule(salesModel?: ToneModelData): ParagraphRule {
  const model = salesModel ? createToneModel(salesModel) : undefined;
  const pitch = createCuePitch();
  return {
    kind: 'paragraph',
    rules: SALES_PITCH_RULES,
    check(p, sink) {
      pitch(p, sink);
      // a citizen's message quoted by a reply (来信：…我们买的房子…) is not the account selling
      if (!model || !hasTradeWord(p.text) || paragraphWarns(p) || CITIZEN_MESSAGE.test(p.text)) return;
      const t = p.text;
      let n = 0;
      for (const s of p.sentences) {
        const sentence = t.slice(s.start, s.end);
        if (!salesRead(sentence) || WARNING.test(sentence) || HANDLED.test(sentence) || NARRATED.test(sentence))
          continue;
        const [a, b] = sentenceCore(t, s.start, s.end);
        if (p.isQuoted(a, b) || model.score(sentence) < model.threshold) continue;
        if (n++ >= MAX_PER_PARAGRAPH) return;
        sink.report({
          ruleId: 'advertising.sales-model',
          start: a,
          end: b,
          // the account's own offer stands even when the draft warns elsewhere (commercial.ts ownOffer)
          requires: ownOffer(sentence) ? undefined : [{ signal: WARNING_SIGNAL, present: false }],
          fallback: true,
        });
      }
    },
  };
}

/** The cue reading (the rule's first part). */
function createCuePitch(): ParagraphRule['check'] {
  return (p, sink) => {
    const t = p.text;
    const warns = paragraphWarns(p);
    if (warns && paragraphWarnsDraft(p)) sink.signal(WARNING_SIGNAL);
    const all = cuesOf(t, (s, e) => p.isQuoted(s, e));
    if (all.length === 0) return;
    const requires = [{ signal: WARNING_SIGNAL, present: false }];
    const lone = [...requires, { signal: SIGNAL, present: true }];
    let n = 0;
    for (const clauses of sentencesOf(t, all)) {
      const cues = clauses.flatMap((c) => c.cues);
      const own = cues.filter((c) => !c.nested);
      if (own.length === 0 || WARNING.test(t.slice(clauses[0]!.s, clauses.at(-1)!.e))) continue;
      const kinds = new Set(own.map((c) => c.kind));
      // 欢迎选购 is one cue; with another cue (数量有限，欢迎选购) its purchase verb counts as well
      if (own.length >= 2 && cues.some((c) => c.nested)) for (const c of cues) kinds.add(c.kind);
      const product = clauses.some((c) => c.product);
      // beside a public service (车票, 补贴), urgency and a purchase verb are not a pitch: it takes an offer, a
      // shop, praise or a product's price
      const strong = product || kinds.has('offer') || kinds.has('shop') || kinds.has('praise');
      const sells =
        (kinds.size >= 2 && (strong || kinds.has('urge')) && (strong || !clauses.some((c) => c.isPublic))) ||
        clauses.filter((c) => c.cues.some((x) => PITCH.has(x.kind) && x.kind !== 'urge')).length >= 2;
      const sentence = t.slice(clauses[0]!.s, clauses.at(-1)!.e);
      if (warns) {
        // A paragraph that warns about sales talk quotes it; a sentence of its own that sells outright, with no
        // warning word and nobody's speech reported (为保障资金安全，推荐使用某某理财App，年化收益高达8%，稳赚不赔),
        // is an advertisement slipped in after the warning, and is reported whatever the rest of the draft says.
        if (!sells || !strong || kinds.size < 2 || REPORTED.test(sentence)) continue;
      } else if (sells) {
        sink.signal(SIGNAL);
        // a sentence that sells makes the draft commercial: 顶级, 国家级 beside it are a seller's words too
        sink.signal(COMMERCIAL_SIGNAL);
      } else if (kinds.size > 1 || !PITCH.has([...kinds][0]!) || kinds.has('shop')) continue;
      // the sentence's pitch clauses are one finding, with the clauses between them (天池景区推出特惠活动：9月25日至
      // 10月8日，门票5折，…立即抢购: the dates belong to the offer)
      // (in a sentence that sells, a clause after the pitch naming where to buy is part of it: …可享9折，也可在团购平台
      // 购买套餐券)
      const buyAfter = (c: Clause) => sells && c.cues.some((x) => x.kind === 'buy');
      for (let k = 0; k < clauses.length; k++) {
        if (!clauses[k]!.pitch) continue;
        let j = clauses.length - 1;
        while (j > k && !clauses[j]!.pitch && !buyAfter(clauses[j]!)) j--;
        if (n++ >= MAX_PER_PARAGRAPH) return;
        sink.report({
          ruleId: 'advertising.sales-pitch',
          start: clauses[k]!.s,
          end: clauses[j]!.e,
          // the account's own recommendation stands even when the draft warns elsewhere (ownOffer), and so does a
          // sentence selling with three kinds of cue, nobody's speech reported (名师授课，保过，报名从速 before a last
          // paragraph's 警惕“预收费”风险: the advice does not make the advertisement a quotation)
          ...(warns || (sells && (ownOffer(sentence) || (strong && kinds.size >= 3 && !REPORTED.test(sentence))))
            ? {}
            : { requires: sells ? requires : lone }),
        });
        k = j;
      }
    }
  };
}
