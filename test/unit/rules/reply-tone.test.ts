import { describe, expect, it } from 'vitest';
import data from '../../../dictionaries/reply-tone.json';
import sensitive from '../../../dictionaries/sensitive.json';
import { createOpinionVoiceRule } from '../../../lib/rules/opinion-voice';
import { createReplyPromoRule } from '../../../lib/rules/reply-promo';
import { createReplyToneRule, REPLY_TONE_RULES } from '../../../lib/rules/reply-tone';
import { parseReplyTone } from '../../../lib/rules/reply-tone-schema';
import { brief, runRules } from '../../helpers/check';

// The reply-promo rule marks the reply context the tone rule requires for paragraphs that address someone.
const rules = [createReplyPromoRule(), createReplyToneRule(parseReplyTone(data))];
const tone = (body: string) =>
  brief(runRules(rules, body)).filter((f) => REPLY_TONE_RULES.some((r) => f.startsWith(`${r.id} `)));

const examples = data.examples as Record<string, { hit: string[]; pass: string[] }>;

describe('reply-tone data examples', () => {
  it('has examples for every rule id and no examples for unknown ids', () => {
    expect(Object.keys(examples).sort()).toEqual(REPLY_TONE_RULES.map((r) => r.id).sort());
  });

  for (const [ruleId, ex] of Object.entries(examples)) {
    it.each(ex.hit)(`${ruleId} fires on %s`, (body) => {
      expect(tone(body).some((f) => f.startsWith(`${ruleId} `))).toBe(true);
    });
    it.each(ex.pass)(`${ruleId} stays quiet on %s`, (body) => {
      expect(tone(body)).toEqual([]);
    });
  }
});

describe('reply-tone shapes', () => {
  it('reports the belittling clause from the second person to the predicate', () => {
    expect(tone('回复@某网友：你是不是没读过书')).toContain('opinion.reply-belittle warn 你是不是没读过书');
  });

  it('blocks insults and Latin vulgar forms, warns on the rest', () => {
    expect(tone('回复@某网友：zz，你闲得慌。')).toEqual([
      'sensitive.reply-latin-vulgar block zz',
      'opinion.reply-belittle warn 你闲得',
    ]);
  });

  it('reads only the account voice: not a citizen message, not quotes, not a report about a reply', () => {
    expect(tone('网友：你们是不是傻？活该被骂！\n回复：您好，已转交相关部门。')).toEqual([]);
    expect(tone('回复：您好，您说我们“关你屁事，滚”，我们接受批评。')).toEqual([]);
    expect(tone('回复网友：某单位回复“关你什么事”被通报，某局回复称你想多了被约谈。')).toEqual([]);
    expect(tone('回复：骗子常说“谁让你不投资”，这是诈骗话术，谁让你转账都不要转。')).toEqual([]);
  });

  it('needs a reply: the same words in a notice pass', () => {
    expect(tone('防汛期间严禁下河游泳，后果自负。')).toEqual([]);
    expect(tone('本次活动醒醒吧主题展览开幕。')).toEqual([]);
  });

  it('reads listed words only where they stand alone (real prose inside a reply, measured by eval:context)', () => {
    const reply = (body: string) => tone(`网友留言：请问怎么处理？\n\n回复：您好，感谢您的留言。${body}`);
    expect(reply('我们将及时回应群众关切，合理引导社会预期。')).toEqual([]);
    expect(reply('两岸同胞越走越亲，心连心。')).toEqual([]);
    expect(reply('新开工保障性安居工程666万套，新增面积666.7万公顷。')).toEqual([]);
    expect(reply('差额部分由地方自行解决，请您放心。')).toEqual([]);
    // the same words standing alone still count
    expect(reply('切，这也值得问？')).toContain('opinion.reply-flippant warn 切，');
    expect(reply('666，你可真行。')).toContain('opinion.reply-flippant warn 666');
  });

  it('reports one threat once', () => {
    expect(tone('回复@某网友：再乱发帖就报警抓你。')).toEqual(['opinion.reply-threat warn 再乱发帖就报警']);
  });

  it('rejects a word list with a bad Latin form, naming the field', () => {
    const bad = structuredClone(data) as { lexicons: { latinVulgar: { forms: Record<string, string> } } };
    bad.lexicons.latinVulgar.forms['S B'] = '傻逼';
    expect(() => parseReplyTone(bad)).toThrow(/latinVulgar/);
  });

  it('leaves ordinary words holding the letters or characters alone', () => {
    expect(tone('回复：您好，请用2B铅笔填涂，TMS系统编号SB-2已更新，精神病医院和固体废物处置场电话见官网。')).toEqual(
      [],
    );
  });

  it('reads shapes of mockery and brush-off, not their words', () => {
    const reply = (body: string) => tone(`网友留言：办证要等多久？\n\n回复：${body}`).map((f) => f.split(' ')[0]);
    expect(reply('初中生都看得懂的流程，还要问？')).not.toContain('opinion.reply-belittle'); // the shape wants 你/您 (the tone model may still read it)
    expect(reply('这张表格三岁孩子都会填，你还来问？')).toContain('opinion.reply-belittle');
    expect(reply('办事指南就在网站首页，自己点开看看不会吗？')).toContain('opinion.reply-contempt');
    expect(reply('等了两天就慌成这样？')).toEqual(['opinion.reply-contempt']);
    expect(reply('嫌窗口人多，那就自己想办法。')).toEqual(['opinion.reply-dismiss']);
    expect(reply('有这闲工夫发帖，不如早点来排队。')).toEqual(['opinion.reply-belittle']);
    expect(reply('具体情况可以加我们科长微信详聊。')).toEqual(['opinion.reply-private-contact']);
    expect(reply('具体情况私信我，我帮您问问。')).toEqual(['opinion.reply-private-contact']);
    expect(reply('如有其他问题，欢迎私信我们。')).toEqual([]);
    expect(reply('全市就您最懂交通，信号灯交给您来管？')).toContain('opinion.reply-belittle');
    // a reply that opens by agreeing (您说得对，…) is a reply without a label
    expect(tone('您说得对，全市就您最懂交通，信号灯交给您来管？').map((f) => f.split(' ')[0])).toContain(
      'opinion.reply-belittle',
    );
    // a favour hinted at, in quotation marks of its own: a wink, still the account's words
    expect(reply('看您表现，适当“意思意思”会快一些。')).toEqual(['opinion.reply-private-contact']);
    expect(reply('天天来问，我们都快成您家的专职客服了。')).toContain('opinion.reply-flippant');
    expect(reply('有那功夫不如自己去窗口问问。')).toEqual(['opinion.reply-belittle']);
    expect(reply('您还真是咱们区最操心的市民。')).toEqual(['opinion.reply-flippant']);
    expect(reply('同样的问题已经答复过一百遍了。')).toContain('opinion.reply-impatient-shape');
    expect(reply('指南看不懂就再读两遍。')).toEqual(['opinion.reply-impatient-shape']);
    expect(reply('窗口已经下班，改天再说吧。')).toEqual(['opinion.reply-dismiss']);
    expect(reply('此类留言一律不予答复。')).toEqual(['opinion.reply-dismiss']);
    // round 30: the office named between, and the citizen's problem called a trifle
    expect(reply('您说的情况我们区商务局管不了。')).toEqual(['opinion.reply-dismiss']);
    expect(reply('此类小事建议您先和店主自行协商。')).toEqual(['opinion.reply-dismiss']);
    expect(reply('已约谈物业。反复发帖会影响我们对您家后续事项的办理，请三思。')).toEqual(['opinion.reply-threat']);
    expect(reply('如果着急，您私下给我打个电话。')).toEqual(['opinion.reply-private-contact']);
    expect(reply('明年能不能进目录，我们也只能帮您祈祷了。')).toEqual(['opinion.reply-flippant']);
    expect(reply('操作很简单，相信连您都能学会。')).toEqual(['opinion.reply-flippant']);
    expect(reply('每年都有提醒，家长还是得上点心。')).toEqual(['opinion.reply-victim-blame']);
    expect(reply('说到底，这事主要还是家里照顾不到位。')).toEqual(['opinion.reply-victim-blame']);
    expect(reply('三个口子都要答复，确实有点忙不过来。')).toEqual(['opinion.reply-impatient-shape']);
    expect(reply('那个孩子是留守儿童，这类孩子确实容易出问题。')).toEqual(['opinion.reply-contempt']);
    // advice and a firm but polite answer stay quiet
    expect(reply('请家长加强看护，如有困难可联系社区。办理进度不会影响您的其他申请。')).toEqual([]);
    expect(reply('处理结果就是这样，不服就去告。')).toEqual(['opinion.reply-dismiss']);
    expect(reply('这类问题请勿占用热线资源。')).toEqual(['opinion.reply-belittle']);
    expect(reply('怎么修路用不着您来教。')).toEqual(['opinion.reply-contempt']);
    expect(reply('嫌慢的话，要不您来当这个站长？')).toContain('opinion.reply-flippant');
    expect(reply('窗口人员也要吃饭的好吗。')).toEqual(['opinion.reply-flippant']);
    expect(reply('请不要再胡搅蛮缠。')).toEqual(['opinion.reply-belittle']);
    expect(reply('我们很忙，没空处理您这种无理要求。')).toEqual([
      'opinion.reply-impatient-shape',
      'opinion.reply-belittle',
    ]);
    expect(reply('嫌贵别买，没人逼你。')).toEqual(['opinion.reply-dismiss', 'opinion.reply-contempt']);
    expect(reply('垃圾是你们自己扔的，自己清理。')).toEqual(['opinion.reply-victim-blame']);
    // round 26: a plight called the citizen's own choice (not a free choice offered)
    expect(reply('老人出行本就应由家属陪同，走机动车道是您家里人自己的选择。')).toEqual(['opinion.reply-victim-blame']);
    expect(reply('是否参保是您自己的选择，我们尊重您的意愿。')).toEqual([]);
    // round 22: the delay put on the citizen, the staff acquitted
    expect(reply('反复补件，主要是您自己没有认真看清单造成的，怪不得窗口工作人员。')).toEqual([
      'opinion.reply-victim-blame',
      'opinion.reply-victim-blame',
    ]);
    // a refusal of 找关系, quoted: no offer of it
    expect(reply('公办小学按片区招生，任何人都不能通过“找关系”入学。')).toEqual([]);
    expect(reply('这是政策规定，你有意见去找国务院。')).toEqual(['opinion.reply-dismiss']);
    expect(reply('办证的事也好意思再催？')).toEqual(['opinion.reply-contempt']);
    expect(reply('上周已经答复过了，自己往上翻翻。')).toContain('opinion.reply-impatient-shape');
    expect(reply('您好，办理进度可在“我的办件”中查询，请您往上翻看此前的答复。')).toEqual([]);
    // round 27: the citizen sent to look it up, or to do their homework before asking
    expect(reply('春节后复工时间自己翻公告。')).toEqual(['opinion.reply-impatient-shape']);
    expect(reply('请您下次先认真看看政策再来问。')).toEqual(['opinion.reply-impatient-shape']);
    expect(reply('您好，复工时间可在本号公告中查询，也可拨打12345咨询。')).toEqual([]);
    expect(reply('您好，建议您先仔细阅读办事指南，再携带材料到窗口办理。')).toEqual([]);
    expect(reply('课后服务爱参加不参加。')).toEqual(['opinion.reply-dismiss']);
    // violence at home played down (round 34, set AG)
    expect(reply('您好！夫妻之间吵架很正常，建议多沟通。')).toEqual(['opinion.reply-victim-blame']);
    expect(reply('您好，家庭暴力不是家务事，您可以向公安机关报案，也可以申请人身安全保护令。')).toEqual([]);
    expect(reply('补贴名额没了，明年请早。')).toEqual(['opinion.reply-dismiss']);
    // round 35: a repair put off until there is money; the citizen's own omission blamed
    expect(reply('这条路暂时没有列入计划，等有钱了再修。')).toEqual(['opinion.reply-dismiss']);
    expect(reply('是您自己没有提前了解政策。')).toEqual(['opinion.reply-victim-blame']);
    expect(reply('如果是您自己没有时间办理，可委托他人代办。')).toEqual([]);
    expect(reply('已转环保部门，勿再催。')).toEqual(['opinion.reply-impatient-shape']);
    expect(reply('您好，名额已满，明年报名时间将提前在本号公告。')).toEqual([]);
    // the same matters put politely
    expect(reply('您好，工作人员近期较忙，您的诉求已登记，我们将在3个工作日内处理。')).toEqual([]);
    expect(reply('您好，消费者如嫌价格偏高，可以货比三家，理性消费。')).toEqual([]);
    expect(reply('您好，没有人可以强迫您参加培训，如遇强制收费可拨打12315投诉。')).toEqual([]);
    expect(reply('您好，经查该车辆是您本人签字购买的，合同纠纷建议通过法律途径解决。')).toEqual([]);
    expect(reply('您好，如您对处理结果有意见，可以向上级主管部门反映，也可依法申请行政复议。')).toEqual([]);
  });

  it('reads a verdict on those who disagree as opinion, in any post', () => {
    expect(tone('新规出台后，质疑这项措施的网友其实根本没弄明白政策初衷。')).toEqual([
      'opinion.voice-verdict warn 质疑这项措施的网友其实根本没弄明白',
    ]);
    expect(tone('对政策有不理解的群众，可拨打12345咨询，工作人员将逐条解释。')).toEqual([]);
    // the account saying what it thinks is its voice; a citizen's is reported speech
    expect(tone('本号认为，反对上牌的人大多没想清楚其中的道理。')).toEqual([
      'opinion.voice-verdict warn 反对上牌的人大多没想清楚',
    ]);
    expect(tone('有市民认为，反对上牌的人大多没想清楚其中的道理。')).toEqual([]);
  });

  it("reads hearsay, boasts against peers, causes asserted and lectures as the account's verdicts (round 34)", () => {
    const verdict = (body: string) => tone(body).map((f) => f.split(' ')[0]);
    expect(verdict('有知情人透露，肇事司机家里有背景，难怪这么嚣张。')).toContain('opinion.voice-verdict');
    expect(verdict('听说这位局长家里有好几套别墅，水可深着呢。')).toEqual(['opinion.voice-verdict']);
    expect(verdict('本中心的粉丝涨得比谁都快。')).toEqual(['opinion.voice-verdict']);
    expect(verdict('我们消防站建站以来零投诉，这样的口碑不是谁都能有的。')).toEqual(['opinion.voice-verdict']);
    expect(verdict('死者生前肯定有严重的心理问题。')).toEqual(['opinion.voice-verdict']);
    expect(verdict('都什么年代了，还信这种骗局？')).toEqual(['opinion.voice-verdict']);
    expect(verdict('贪小便宜吃大亏，说的就是这种人。')).toEqual(['opinion.voice-verdict']);
    expect(verdict('说不难过是假的，今天上班都提不起劲。')).toEqual(['opinion.voice-feeling']);
    expect(verdict('看到被骗的老人来报案，我们既心疼又憋屈。')).toEqual(['opinion.voice-feeling']);
    // the same matters as facts
    expect(verdict('据警方通报，死者系意外坠落，排除刑事案件。')).toEqual([]);
    expect(verdict('事故原因正在进一步调查中。')).toEqual([]);
    expect(verdict('我市空气质量优良天数比例位居全省前列。')).toEqual([]);
    expect(verdict('知情人可拨打举报电话0551-12345678提供线索。')).toEqual([]);
  });

  it("reads offenders condemned, guesses at motives, boasts and sneers as the account's verdicts (round 35)", () => {
    const kinds = (body: string) => tone(body).map((f) => f.split(' ')[0]);
    expect(kinds('一个大男人靠骗老人养老钱过日子，说出来都替他脸红。')).toEqual(['opinion.voice-verdict']);
    expect(kinds('这名男子酒后殴打外卖小哥，欺软怕硬的本性暴露无遗。')).toEqual(['opinion.voice-verdict']);
    expect(kinds('报警人的说法前后对不上，他本人恐怕也有问题。')).toEqual(['opinion.voice-verdict']);
    expect(kinds('网上流传的视频被删得这么快，说明有人心虚。')).toEqual(['opinion.voice-verdict']);
    expect(kinds('这次防汛，我们的表现可以说是完美，挑不出任何毛病。')).toEqual(['opinion.voice-verdict']);
    expect(kinds('从无人问津到游客爆满，这个村的变化全靠我们文旅局的眼光。')).toEqual(['opinion.voice-verdict']);
    expect(kinds('一想到明天又是四十度，就觉得活着好难。')).toEqual(['opinion.voice-feeling']);
    expect(kinds('看到孩子们的笑脸，这一刻真的值了！')).toEqual(['opinion.voice-feeling']);
    expect(kinds('楼上的住户往下泼水、扔菜叶，楼下的人招谁惹谁了？')).toEqual(['opinion.voice-verdict']);
    expect(kinds('明知是刷单返利还往里冲，被骗也是交了学费。')).toEqual(['opinion.voice-verdict']);
    // the police's formula, a forecast hedged, and credit given to others stay quiet
    expect(kinds('犯罪嫌疑人已被依法刑事拘留，等待他的将是法律的严惩。')).toEqual([]);
    expect(kinds('受持续降雨影响，部分路段工期恐怕要顺延，具体以公告为准。')).toEqual([]);
    expect(kinds('项目顺利落地，全靠各部门协同配合和群众的大力支持。')).toEqual([]);
    expect(kinds('经检测，该批次产品各项指标合格，未发现质量问题。')).toEqual([]);
  });

  it('reads verdicts, insults and sides taken without an exclamation mark', () => {
    const verdict = (body: string) => tone(body).map((f) => f.split(' ')[0]);
    expect(verdict('这种乱扔垃圾的人就该重罚。')).toEqual(['opinion.voice-verdict']);
    expect(verdict('个别商户的良心早被狗吃了。')).toEqual(['opinion.voice-verdict']);
    expect(verdict('排队两小时办不成事，让人大跌眼镜。')).toEqual(['opinion.voice-verdict']);
    expect(verdict('早高峰挤地铁简直是活受罪。')).toEqual(['opinion.voice-verdict']);
    expect(verdict('很多人担心涨价，其实大可不必。')).toEqual(['opinion.voice-verdict']);
    expect(verdict('这次的灯光秀真是太震撼了。')).toEqual(['opinion.voice-verdict']);
    expect(verdict('这场纠纷我们站业主。')).toEqual(['opinion.voice-side']);
    expect(verdict('我们支持消费者维权到底。')).toEqual(['opinion.voice-side']);
    expect(verdict('这次调价完全合理，嫌贵的可以不坐。')).toEqual(['opinion.voice-verdict']);
    expect(verdict('新规就这样，爱买不买。')).toEqual(['opinion.voice-verdict']);
    expect(verdict('开车玩手机被查处，活该！')).toEqual(['opinion.voice-verdict']);
    expect(verdict('有些居民就是不配合，说多少遍都没用。')).toEqual(['opinion.voice-verdict', 'opinion.voice-verdict']);
    expect(verdict('我们的督导员天天挨骂，心里也很委屈。')).toEqual(['opinion.voice-feeling']);
    // someone the account met: their feeling, told
    expect(verdict('我们的工作人员入户走访时发现，老人心里很委屈。')).toEqual([]);
    expect(verdict('这种所谓的网红打卡点，纯属浪费钱。')).toEqual(['opinion.voice-verdict']);
    expect(verdict('投诉了三次都没人管，效率真高啊。')).toEqual(['opinion.voice-verdict']);
    expect(verdict('涉案金额高达3000万元，胃口可真不小。')).toEqual(['opinion.voice-verdict']);
    expect(verdict('说我们不作为的，麻烦先把事情搞清楚再说话。')).toEqual(['opinion.voice-verdict']);
    expect(verdict('结果活动又延期了，郁闷。')).toEqual(['opinion.voice-feeling']);
    // round 32 (set AE): the account's despair at the victims; 说了无数遍 is its own warning, not speech reported
    expect(verdict('同样的套路说了无数遍，被骗了还不长记性，真让人恨铁不成钢。')).toEqual(['opinion.voice-feeling']);
    // a denial's facts, a rise reported
    expect(verdict('经核查，网传消息纯属谣言；审批效率提高30%。')).toEqual([]);
    expect(verdict('嫌排队久的市民可以不必到现场，网上即可办理。')).toEqual([]);
    expect(verdict('孩子们爱不释手。')).toEqual([]);
    // a body's notice names acts and remedies, not kinds of people
    expect(verdict('对此类违法行为，公安机关将依法严惩。')).toEqual([]);
    expect(verdict('大可不必恐慌，相关部门已启动应急预案。')).toEqual([]);
    expect(verdict('我站在新的起点，感谢大家的支持。')).toEqual([]);
    expect(verdict('坚决支持和配合疫情防控工作。')).toEqual([]);
  });

  it('keeps the same shapes clean where they inform', () => {
    const reply = (body: string) => tone(`网友留言：办证要等多久？\n\n回复：${body}`);
    expect(reply('您好，办事指南图文并茂，小学生都能看懂，欢迎下载。')).toEqual([]);
    expect(reply('您好，如嫌窗口排队时间长，也可以通过“粤省事”自己在线办理。')).toEqual([]);
    expect(reply('您好，可关注并添加“某某发布”微信公众号，查询办理进度。')).toEqual([]);
    expect(reply('您好，您反映的路灯已修复，这里已成为您家门口的便民服务点。')).toEqual([]);
    expect(reply('您好，您是本次活动中年龄最大的志愿者，感谢您的付出。')).toEqual([]);
    expect(reply('您好，如有时间，不如先通过网上平台预约。')).toEqual([]);
    expect(reply('您好，如对处理结果不服，可以依法申请行政复议或者提起行政诉讼。')).toEqual([]);
    expect(reply('您好，对同一事项的重复投诉，依照《信访工作条例》不再受理。')).toEqual([]);
    expect(reply('您好，具体开工时间确定后，我们将第一时间告知您。')).toEqual([]);
    expect(reply('您好，说明书如有看不懂的地方，可拨打客服电话，工作人员会逐条讲解。')).toEqual([]);
    expect(reply('您好，我们会把您的建议转交相关部门，感谢您的指导。')).toEqual([]);
  });

  it('keeps a polite referral and a remedy clean', () => {
    expect(tone('答复：您好，该事项不属于本部门职责，建议您向区住建局反映；如对结果不满意，可以申请复核。')).toEqual(
      [],
    );
  });
});

describe('a paragraph opening with @name：', () => {
  it('is the account answering @name, unless a paragraph of the draft opens with 回复： (then it is the comment)', () => {
    expect(tone('@老李：你是不是没读过书？')).not.toEqual([]);
    expect(tone('@老李：你们是不是没读过书？\n回复：您好，已转交区教育局办理。')).toEqual([]);
    expect(tone('@老李：请问几点放学？\n回复：你是不是没读过书？')).not.toEqual([]);
  });
});

describe('reply-tone word lists', () => {
  const lists = data.lexicons as unknown as Record<
    string,
    { words?: string[]; examples?: { hit: string[]; pass: string[] } }
  >;
  it('gives every word list examples the tests run', () => {
    const missing = Object.entries(lists)
      .filter(([name, list]) => name !== 'latinVulgar' && !list.examples)
      .map(([name]) => name);
    expect(missing).toEqual([]);
  });

  for (const [name, list] of Object.entries(lists)) {
    // the own-voice and sales models are read by other rules; their examples run in opinion-voice.test.ts and
    // sales-pitch.test.ts
    if (!list.examples || name === 'voiceModel' || name === 'salesModel') continue;
    it.each(list.examples.hit)(`list ${name}: a reply-tone rule fires on %s`, (body) => {
      expect(tone(body)).not.toEqual([]);
    });
    it.each(list.examples.pass)(`list ${name}: no reply-tone rule fires on %s`, (body) => {
      expect(tone(body)).toEqual([]);
    });
  }
});

describe('reply-tone Latin vulgar forms', () => {
  const vulgar = data.lexicons.latinVulgar as {
    forms: Record<string, string>;
    words: string[];
    elsewhere: Record<string, string>;
  };
  const sensitiveLatin = new Set(
    sensitive.entries.flatMap((e) => (e.terms ?? []).filter((t: string) => /^[a-z0-9]+$/.test(t))),
  );

  it('covers every listed vulgar word with a Latin or pinyin-initial form', () => {
    const covered = new Set([...Object.values(vulgar.forms), ...Object.values(vulgar.elsewhere)]);
    expect(vulgar.words.filter((w) => !covered.has(w))).toEqual([]);
  });

  it('names only forms sensitive.json really checks, bounded by letters there', () => {
    for (const form of Object.keys(vulgar.elsewhere)) expect(sensitiveLatin, form).toContain(form);
    for (const e of sensitive.entries) {
      if (!(e.terms ?? []).some((t: string) => Object.hasOwn(vulgar.elsewhere, t))) continue;
      expect(e.context?.notPrecededBy, e.id).toContain('a');
      expect(e.context?.notFollowedBy, e.id).toContain('z');
    }
  });

  it('does not repeat a form sensitive.json already checks', () => {
    expect(Object.keys(vulgar.forms).filter((f) => sensitiveLatin.has(f))).toEqual([]);
  });

  const reply = (s: string) => tone(`网友：请问怎么办理？\n回复：${s}`);
  it.each(Object.keys(vulgar.forms))('blocks the form %s standing alone, in either case', (form) => {
    expect(reply(`${form}，自己看公告。`)).toContain(`sensitive.reply-latin-vulgar block ${form}`);
    expect(reply(`说了多少次了${form.toUpperCase()}。`)).toContain(
      `sensitive.reply-latin-vulgar block ${form.toUpperCase()}`,
    );
  });

  it.each(Object.keys(vulgar.forms))('leaves %s inside codes, units and ordinary Latin alone', (form) => {
    const quiet = (s: string) =>
      expect(reply(s).filter((f) => f.startsWith('sensitive.reply-latin-vulgar'))).toEqual([]);
    quiet(`设备型号${form.toUpperCase()}-3已停产。`);
    quiet(`请上传x${form}2格式的文件。`);
    quiet(`登录地址为 www.${form}portal.gov.cn。`);
    quiet(`材料编号A${form}7，请核对。`);
  });
  it('reads bb as 逼逼 but not the BB of a product', () => {
    expect(reply('自己不看还在评论区bb。')).toContain('sensitive.reply-latin-vulgar block bb');
    expect(reply('您购买的BB霜已送检，结果出来后告知您。')).toEqual([]);
  });
});

describe('feelings in the account voice', () => {
  it('reads what the account saw and then its own heart, not a person reported on', () => {
    expect(tone('小编看到这条新闻，心里五味杂陈。')).toEqual([
      'opinion.voice-feeling warn 小编看到这条新闻，心里五味杂陈',
    ]);
    expect(tone('回首往事，我们百感交集。')).toEqual(['opinion.voice-feeling warn 我们百感交集']);
    expect(tone('老人看着修缮一新的老宅，心里五味杂陈。')).toEqual([]);
    expect(tone('我市看到发展成效，心中感慨万千。')).toEqual([]);
  });

  it('reads applause, a feeling opening a sentence and verdicts on those who disagree, not reported ones', () => {
    const ids = (body: string) => tone(body).map((f) => f.split(' ')[0]);
    expect(ids('看到这样的好人好事，小编忍不住点个大大的赞！')).toEqual(['opinion.voice-feeling']);
    expect(ids('心疼一线的工作人员，辛苦了！')).toEqual(['opinion.voice-feeling']);
    expect(ids('我们坚决反对错误言论，他们根本不懂政策。')).toEqual(['opinion.voice-verdict']);
    expect(ids('这种人就应该被曝光，让大家都认识认识。')).toEqual(['opinion.voice-verdict']);
    expect(ids('小编实在想不通，为什么还有人乱扔垃圾。')).toEqual(['opinion.voice-feeling']);
    for (const quiet of [
      '他心疼地说，孩子太辛苦了。',
      '有些人不了解政策，我们将加强宣传解读。',
      '群众纷纷点赞，网友为他们点赞。',
      '该视频被曝光后引发关注。',
    ])
      expect(tone(quiet)).toEqual([]);
  });
});

describe('opinion shapes beside the opinion-voice rule', () => {
  it('reports a span once: where opinion-voice reads it, the shapes yield; elsewhere they report', () => {
    const both = [createReplyPromoRule(), createReplyToneRule(parseReplyTone(data)), createOpinionVoiceRule()];
    expect(brief(runRules(both, '这种人素质太低，小编难过到睡不着，这家停车场就是黑心。'))).toEqual([
      'opinion.judgement warn 这种人素质太低',
      'opinion.emotion-degree warn 难过到睡不着',
      'opinion.voice-verdict warn 这家停车场就是黑心',
    ]);
  });
});
