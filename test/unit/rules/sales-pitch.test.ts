import { describe, expect, it } from 'vitest';
import { parseReplyTone } from '../../../lib/rules/reply-tone-schema';
import { createSalesPitchRule } from '../../../lib/rules/sales-pitch';
import { salesRead } from '../../../lib/rules/tone-model';
import { brief, runRules } from '../../helpers/check';
import { readProjectFile } from './tables-fixture';

const rule = createSalesPitchRule();
const check = (body: string) => brief(runRules(rule, body)).map((s) => s.replace('advertising.sales-pitch warn ', ''));

describe('advertising.sales-pitch: sentences that sell', () => {
  it.each([
    // urge + buy
    ['新茶上市，数量有限，欢迎各位选购。', ['数量有限，欢迎各位选购']],
    // offer + buy, the neutral clause before them is not reported
    ['即日起到店购买，满三件再赠一份。', ['满三件再赠一份']],
    // offer + urge + buy
    ['报名本期研学营可享9折，床位不多，抓紧预订。', ['报名本期研学营可享9折，床位不多，抓紧预订']],
    // price of a packaged product + praise
    ['这款果酱250克装售价19.9元，口碑一直领先。', ['这款果酱250克装售价19.9元，口碑一直领先']],
    // shop + buy
    ['喜欢的朋友可以进入专卖店选购。', ['喜欢的朋友可以进入专卖店选购']],
    // offer + praise
    ['商家让利酬宾，物超所值。', ['商家让利酬宾，物超所值']],
    // the buy verb alone is not reported, the price cut is
    ['楼盘面向市民开放认购，认购当天优惠2万元。', ['认购当天优惠2万元']],
    // praise in two clauses: endorsement and the product's fame
    ['这款电饭煲家家都在用，小编亲测好用。', ['这款电饭煲家家都在用，小编亲测好用']],
    // a shop reached through a mini program, and a volume discount
    ['点击下方小程序购买文创雪糕，多买多优惠。', ['点击下方小程序购买文创雪糕，多买多优惠']],
    // a bait price of an amount of goods beside the pitch
    ['定西土豆5斤只要9.9元，点击下方小黄车马上抢购。', ['定西土豆5斤只要9.9元，点击下方小黄车马上抢购']],
    // an invitation to a seller's premises: urge + shop
    ['欢迎到售楼部咨询。', ['欢迎到售楼部咨询']],
    // where to buy and a price per unit; a bait price of a flat and a sale opening; praise in two clauses
    ['今年新上市的“晴王”葡萄口感清甜，在我县各大超市都能买到，每斤39元。', ['在我县各大超市都能买到，每斤39元']],
    ['该楼盘周边配套齐全，均价仅8800元/平方米，现已开盘。', ['均价仅8800元/平方米，现已开盘']],
    ['某某培训学校由资深名师授课，往期学员上岸率高达90%。', ['某某培训学校由资深名师授课，往期学员上岸率高达90%']],
    ['某某月子中心环境优雅，服务一流，是新手妈妈的不二选择。', ['服务一流，是新手妈妈的不二选择']],
    // a card's fee waived and a spending reward: offers in two clauses
    ['合作银行推出专属信用卡，年费全免，刷卡满5笔送50元话费。', ['年费全免，刷卡满5笔送50元话费']],
    // urging to order now, with a gift
    ['这款手环现在下单送表带。', ['这款手环现在下单送表带']],
    // a shop on a platform, and the price per 斤 beside it
    ['特级毛尖每斤1280元，淘宝搜索茶场旗舰店即可购买。', ['特级毛尖每斤1280元，淘宝搜索茶场旗舰店即可购买']],
    // a further cut for following the account; a brand recommended in a reply
    ['采摘每斤仅需25元，扫码关注园区公众号再减5元。', ['采摘每斤仅需25元，扫码关注园区公众号再减5元']],
    ['建议您选购康源牌净水器，官方旗舰店有满300减50活动。', ['建议您选购康源牌净水器，官方旗舰店有满300减50活动']],
    // offer + urge: a second-item deal and an invitation
    ['新店柠檬茶第二杯半价，快叫上好友来尝鲜。', ['新店柠檬茶第二杯半价，快叫上好友来尝鲜']],
    // shop + offer
    ['扫码进入某某商城，领新人红包。', ['扫码进入某某商城，领新人红包']],
    // two offers: a refund promise and free trial places
    ['课程不满意全额退款，前50名报名送教材。', ['课程不满意全额退款，前50名报名送教材']],
    // a business named in quotation marks (a shop cue) and praise of it
    ['坐月子首选“安心”月子会所，环境一流。', ['坐月子首选“安心”月子会所，环境一流']],
    ['装修推荐“匠心”装饰公司，口碑超好。', ['装修推荐“匠心”装饰公司，口碑超好']],
    // a named product recommended in two clauses
    ['小编亲测“洁白”牙膏，强烈安利！', ['小编亲测“洁白”牙膏，强烈安利']],
    // a lender's terms (no collateral, same-day payout, borrow and repay at will) beside its rate: the terms
    ['急用钱找我们，无抵押无担保，最快当天放款，月息低至0.3%。', ['无抵押无担保，最快当天放款']],
    ['某信贷公司推出“安心贷”，日息低至万分之三，随借随还。', ['随借随还']],
    // sponsorship and a voucher of a named value; praise of a product and where it is sold; a merchant's discount
    // stacked on a government subsidy
    [
      '本期活动由某某口腔独家赞助，关注其公众号即可领取99元洗牙券。',
      ['本期活动由某某口腔独家赞助，关注其公众号即可领取99元洗牙券'],
    ],
    ['某某牌复合肥效果好、价格优，各乡镇农资店均有销售。', ['某某牌复合肥效果好、价格优，各乡镇农资店均有销售']],
    [
      '推荐大家到某某家电城选购，全场商品在补贴基础上再打八折。',
      ['推荐大家到某某家电城选购，全场商品在补贴基础上再打八折'],
    ],
    ['老字号某记卤味用料实在、口味正宗，欢迎大家前往品尝。', ['老字号某记卤味用料实在、口味正宗，欢迎大家前往品尝']],
    // a named business and an invitation to try it
    ['这家“悦享”健身房器械齐全，欢迎大家去体验。', ['这家“悦享”健身房器械齐全，欢迎大家去体验']],
    // a seller's line and a bait price; urgency to book
    [
      '首付低至3万，签约即送车位使用权，看房专线0779-2218888。',
      ['首付低至3万，签约即送车位使用权，看房专线0779-2218888'],
    ],
    ['新开业的酒店暑期房源紧张，预订从速。', ['新开业的酒店暑期房源紧张，预订从速']],
    // praise of the county's "best" business + urge
    [
      '幸福家园颐养中心是我县最好的养老院，现有床位有限，先到先得。',
      ['幸福家园颐养中心是我县最好的养老院，现有床位有限，先到先得'],
    ],
    ['暑期班名师授课，报名从速。', ['暑期班名师授课，报名从速']],
    // an authority's endorsement and a claim of quality + where to buy
    [
      '本产品经国家权威机构认证，效果最佳，市民可到各大药店购买。',
      ['本产品经国家权威机构认证，效果最佳，市民可到各大药店购买'],
    ],
  ])('warns on %s', (body, expected) => {
    expect(check(body)).toEqual(expected);
  });

  it('reports a lone pitch cue once another sentence of the draft sells', () => {
    expect(check('这家老店的腊肉是年货的首选。每斤售价68元，库存有限，欲购从速。')).toEqual([
      '这家老店的腊肉是年货的首选',
      // a price per 斤 of a product is the seller's price, reported with the pitch
      '每斤售价68元，库存有限，欲购从速',
    ]);
    // the same lone cue in a draft that does not sell
    expect(check('这家老店的腊肉是年货的首选。')).toEqual([]);
  });

  it('ignores cues in quotation marks', () => {
    expect(check('店员称“买到就是赚到”“数量有限”，请大家理性判断。')).toEqual([]);
  });
});

describe('advertising.sales-pitch: government prose does not sell', () => {
  it.each([
    // a housing report, a school's results, public supply
    '本月全市新开盘项目5个，新建商品住宅均价8800元/平方米，同比下降3%。',
    '全市中考升学率超过95%。',
    '整治效果显著，群众可到附近药店购买常用药品。', // one kind of cue: where to buy
    '我市最低气温将降至零下5摄氏度，名额有限的暖心驿站请提前预约。',
    '各大超市都能买到平价蔬菜，市商务局持续做好保供稳价。',
    // anti-fraud and market supervision
    '谨防“限时特惠、名额有限、立即抢购”等话术，这类投资都是诈骗。',
    // a public canteen's concession; a price report per 斤
    '长者食堂60岁以上老人只要12元，80岁以上老人还能再减3元。',
    '本周精瘦肉每斤均价14.5元，环比下降0.3元。',
    '建议选购正规品牌的头盔，认准3C标志，不要贪图便宜买三无产品。', // advice, no named brand
    '市场监管局对该店铺虚构原价、先到先得等宣传立案调查。',
    '本次抽检的食品中，标称某品牌的礼盒售价128元，检出不合格。',
    // government vouchers and subsidies
    '第三批家电以旧换新补贴可叠加使用，最高补贴2000元，名额有限。',
    // a named public venue or business in news, no praise; a recommended government app
    '“红色记忆”纪念馆今日起免费开放，首选线上预约。',
    '“老街”超市负责人表示，节日期间蔬菜供应充足。',
    '推荐下载“国家反诈中心”App，开启来电预警。',
    '区商务局发放的消费券满100元减20元，先到先得。',
    // public fees, tickets, free services
    '博物馆门票半价，学生凭证购买。',
    '景区对老年人免费开放，欢迎预订。',
    // one kind of cue only
    '项目现已开放认筹，认购须知详见公告。',
    '本周猪肉售价每斤13元，与上周持平。',
    // official uses of sales words
    '金融系统向实体经济让利1.5万亿元，减税降费政策全面落实。',
    '加快推进项目建设，抓紧完善配套设施，力争年底前投用。',
    '我国新能源汽车产销量连续多年全球领先，出口畅销多国。',
    '落实特惠关税安排，进口商品通关时间缩短三成。',
    '对首次购房家庭给予契税优惠，补贴最高3万元。',
    '春节前后，请理性消费，不要恐慌抢购、囤积商品。',
    '区民政局为困难群众送去年货大礼包，提前两周分批发放。',
    '社区开设免费体验课，报名截至本月20日。',
    // the government's credit policies, an anti-fraud warning about lenders' terms, a public venue to try
    '符合条件的个人可申请创业担保贷款，最高额度30万元，财政给予贴息。',
    '不法分子以“无抵押、当天放款、日息低至万分之三”为诱饵实施诈骗，请市民提高警惕。',
    '新建成的智慧书房已投入使用，欢迎大家前来体验。',
    '5月份一年期贷款市场报价利率为3.0%，较上月下降10个基点。',
    // safety advice on where and what to buy (round 32)
    '要到正规店铺购买合格的电池和充电器，不要私自改装电动自行车。',
  ])('leaves %s alone', (body) => {
    expect(check(body)).toEqual([]);
  });

  it('keeps quiet in a draft that warns about sales talk elsewhere', () => {
    expect(check('近期电信诈骗高发，请谨防上当。\n骗子常说：优惠2000元，名额有限，赶紧下单。')).toEqual([]);
    expect(check('谨防诈骗。不法分子往往承诺年化收益高达20%，稳赚不赔，诱导受害人下载App。')).toEqual([]);
  });

  it('reports a paragraph selling with three kinds of cue, whatever a later paragraph warns of', () => {
    expect(check('暑期班开设全科辅导，名师授课，保过，报名从速。\n县教育局提醒家长，警惕“预收费”风险。')).toEqual([
      '名师授课，保过，报名从速',
    ]);
    // two kinds of cue only: the warning elsewhere may be about it
    expect(check('新店开业，全场八折。\n提醒市民警惕虚假宣传。')).toEqual([]);
  });

  it('reports an advertisement in the account voice slipped in after a warning', () => {
    expect(
      check(
        '诈骗分子可能以“退款”名义实施诈骗，请市民提高警惕。为保障资金安全，推荐使用某某理财App，年化收益高达8%，稳赚不赔。',
      ),
    ).toEqual(['年化收益高达8%，稳赚不赔']);
  });

  it('reports the account recommending a business to its readers, whatever another paragraph warns of (round 32)', () => {
    expect(
      check(
        '小编亲测，城北的阿妹火锅味道真的绝了，强烈推荐大家去城北的阿妹火锅，到店报本号名称还可以打八折。\n县市场监管局加强价格巡查，如遇哄抬价格请拨打12315。',
      ),
    ).toEqual(['强烈推荐大家去城北的阿妹火锅，到店报本号名称还可以打八折']);
    // someone's speech reported: the warning speaks for it
    expect(check('对方推荐大家去某平台充值，充值即享八折。\n警方提醒：谨防诈骗。')).toEqual([]);
  });

  it('takes where to buy into the pitch of a sentence that sells (…可享9折，也可在团购平台购买套餐券)', () => {
    expect(check('这碗面堪称全城最好吃的牛肉面，人均20元，到店可享9折，也可在团购平台购买套餐券。')).toEqual([
      '这碗面堪称全城最好吃的牛肉面，人均20元，到店可享9折，也可在团购平台购买套餐券',
    ]);
  });

  it('counts a merchant pitch next to a government subsidy', () => {
    expect(check('展会期间除享受政府补贴外，还可叠加厂家让利，最高优惠5万元。')).toEqual([
      '还可叠加厂家让利，最高优惠5万元',
    ]);
  });

  // (its speed on such input is measured by npm run bench, not asserted here)
  it('reads a long run of cue characters as no sentence that sells', () => {
    expect(check('折'.repeat(20000) + '购'.repeat(20000))).toEqual([]);
  });
});

describe('advertising.sales-pitch: shapes of other trades', () => {
  it.each([
    ['市民可在超市购买，1000克装售价26元。', ['1000克装售价26元']],
    ['该车型官方指导价12万元，首单立减3000元。', ['首单立减3000元']],
    ['今晚直播间上架家乡好物，最后一波福利别错过。', ['今晚直播间上架家乡好物，最后一波福利别错过']],
    ['回复：想快点拿到执照可以托关系，交八百块加急，一周办好。', ['想快点拿到执照可以托关系']],
    // a shop's own voice, a diner's praise, a gift's value, a franchise, an anniversary sale
    ['本店招牌烤鸭只要68元一只，欢迎品尝。', ['本店招牌烤鸭只要68元一只，欢迎品尝']],
    ['这家火锅店味道超赞，人均不到80元，强烈推荐！', ['这家火锅店味道超赞，人均不到80元，强烈推荐']],
    ['信用卡新户首刷礼，送价值199元行李箱。', ['信用卡新户首刷礼，送价值199元行李箱']],
    ['加盟热线：400-800-1234，投资小回报高。', ['加盟热线：400-800-1234，投资小回报高']],
    ['健身房周年庆，年卡只要999元，报名送私教课。', ['健身房周年庆，年卡只要999元，报名送私教课']],
    ['这款面膜补水效果一流，姐妹们冲！', ['这款面膜补水效果一流，姐妹们冲']],
    ['本周全场菜品八八折，凭本文截图还送酸梅汤一壶。', ['本周全场菜品八八折，凭本文截图还送酸梅汤一壶']],
    // a named business praised with a superlative of taste
    [
      '城南老街的“王记羊肉馆”是全县最好喝的羊肉汤，没有之一。',
      ['城南老街的“王记羊肉馆”是全县最好喝的羊肉汤，没有之一'],
    ],
    // a click-through to buy (a link is where to buy)
    ['没抢到的网友别着急，点击链接继续抢购。', ['点击链接继续抢购']],
    ['下载注册输入邀请码，即可领取20元现金红包。', ['下载注册输入邀请码，即可领取20元现金红包']],
    ['原价2980元现在只要980元，不过退费。', ['原价2980元现在只要980元，不过退费']],
    ['理财产品保本保息，起购只需1000元。', ['理财产品保本保息']], // a price alone is not a pitch clause
    // the account's post as a coupon; points doubled; a limit on the first takers
    [
      '凭本文截图到村口农家乐用餐，可享8.8折优惠，还送自酿米酒一壶。',
      ['凭本文截图到村口农家乐用餐，可享8.8折优惠，还送自酿米酒一壶'],
    ],
    ['国庆期间商场全场五折起，满300减100，会员积分翻倍。', ['国庆期间商场全场五折起，满300减100，会员积分翻倍']],
    [
      '某某驾校学车优惠价2999元，限前50名，报名即送题库会员。',
      ['某某驾校学车优惠价2999元，限前50名，报名即送题库会员'],
    ],
    // round 26: a product ranked first, a merchant's gift on top of 以旧换新, scarcity of the last seats
    [
      '本次推荐“凌风”牌变频空调，该品牌能效全国第一，区内指定门店以旧换新再送安装大礼包。',
      ['本次推荐“凌风”牌变频空调，该品牌能效全国第一，区内指定门店以旧换新再送安装大礼包'],
    ],
    ['原价599元，会员专享价199元，课程名额仅剩最后30席。', ['课程名额仅剩最后30席']],
    ['前100名预订再送双人自助早餐，预订请拨打酒店前台电话。', ['前100名预订再送双人自助早餐，预订请拨打酒店前台电话']],
    ['老字号“五芳阁”口碑全城最佳，线上旗舰店满99减20。', ['老字号“五芳阁”口碑全城最佳，线上旗舰店满99减20']],
  ])('warns on %s', (body, expected) => {
    expect(check(body)).toEqual(expected);
  });

  it.each([
    '全省首单碳排放权质押贷款落地，城镇居民人均可支配收入增长5%。',
    '今年城镇居民人均消费支出2.1万元，社会消费品零售总额稳步增长。',
    '本期免费体检名额有限，先到先得。',
    '春运火车票今日开售，旅客可通过官方渠道购票，抓紧预订。',
    '消费帮扶专区产品线上线下同价，欢迎广大市民选购。',
    '回复：您好，已为您开通绿色通道，材料齐全的3个工作日办结，无需缴纳任何费用。',
    '对符合条件的困难群众，每人给500元临时救助金。',
    '庆祝建院60周年庆典在市体育馆举行，报名即送纪念徽章。',
    '整治效果显著，群众满意度达到98%。',
    '警惕“保本保息、邀请好友返现金红包”的投资骗局。',
    '城乡居民医保个人缴费标准为每人每年400元，可通过微信缴纳。',
    '本次招聘限前50名报名者参加笔试，请于3月1日前在网上报名。',
    '持本文截图可在网上办理中的“进度查询”页面核对信息。',
    '该县粮食产量全省第一，比赛仅剩最后3轮。',
    '居民参加家电以旧换新可领取政府补贴，另送回收旧机服务由政府购买。',
  ])('leaves %s alone', (body) => {
    expect(check(body)).toEqual([]);
  });
});

describe('advertising.sales-model (a small model written for the test)', () => {
  // 奶茶 weighs for selling; every other n-gram is unknown (weight 0)
  const model = { source: 'test', threshold: 0.9, bias: -1, weights: { 奶茶: 5 } };
  const modelled = createSalesPitchRule(model);
  const run = (body: string) => brief(runRules(modelled, body));

  it('reports a sentence with a word of trade that the model scores over its threshold', () => {
    expect(run('人民路新开的奶茶店口味不错。')).toEqual(['advertising.sales-model warn 人民路新开的奶茶店口味不错']);
  });

  it('reads no sentence without a word of trade, in quotation marks, or warning about sales', () => {
    expect(run('人民路的奶茶口味不错。')).toEqual([]); // no word of trade (店, 价, 买 …)
    expect(run('她说：“人民路新开的奶茶店口味不错。”')).toEqual([]);
    expect(run('谨防打着新开奶茶店旗号的虚假宣传。')).toEqual([]);
  });

  it('yields to the cue reading on the same sentence', () => {
    expect(run('这家奶茶店第二杯半价，快叫上好友来尝鲜。')).toEqual([
      'advertising.sales-pitch warn 这家奶茶店第二杯半价，快叫上好友来尝鲜',
    ]);
  });

  it('without a model reads by cues only', () => {
    expect(check('人民路新开的奶茶店口味不错。')).toEqual([]);
  });
});

describe('advertising.sales-model (the shipped model)', () => {
  const salesModel = parseReplyTone(JSON.parse(readProjectFile('dictionaries/reply-tone.json'))).salesModel!;
  const modelled = createSalesPitchRule(salesModel);
  const models = (body: string) => brief(runRules(modelled, body)).filter((f) => f.includes('sales-model'));

  it.each(salesModel.examples!.hit)('fires on %s, marking the sentence less its closing mark', (body) => {
    expect(models(body)).toEqual([`advertising.sales-model warn ${body.replace(/[。！？]$/, '')}`]);
  });

  it.each(salesModel.examples!.pass)('stays quiet on %s', (body) => {
    expect(models(body)).toEqual([]);
  });

  it('does not read a complaint handled, a line of a public roll or 去购物 (round 22)', () => {
    expect(models('回复：您好，补偿款已到账，共计八千六百元。')).toEqual([]);
    expect(models('回复：您好，经核查，该店证照齐全，进货票据完整。')).toEqual([]);
    // a villager's trade told as news, with no price and no call to buy (round 34)
    expect(models('台盘村村民张大姐经营着一家小吃摊，赛事期间每天能卖出三四百份酸汤粉。')).toEqual([]);
    expect(models('我们的酸汤粉每天能卖出三四百份，欢迎大家到店品尝，每份15元。')).not.toEqual([]);
    expect(salesRead('1.张某某，身份证号410523********3016，联系电话138****2761，救助金额3000元')).toBe(false);
    expect(salesRead('高温天气下，有家长把孩子单独留在车内去购物')).toBe(false);
    expect(salesRead('报名方式：由就读学校统一推荐报名')).toBe(false);
  });

  it('reads a sentence of 6–80 characters with a word of trade, not reported speech', () => {
    expect(salesRead('小区门口的水果店葡萄很新鲜。')).toBe(true);
    expect(salesRead('葡萄很新鲜。')).toBe(false); // no word of trade
    expect(salesRead('有网友表示，小区门口的水果店葡萄很新鲜。')).toBe(false);
    // the account's own inbox is no trade
    expect(salesRead('如有其他问题，欢迎私信我们。')).toBe(false);
    expect(salesRead('私信小编就能买到同款。')).toBe(true);
  });
});
