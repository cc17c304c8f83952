import { describe, expect, it } from 'vitest';
import data from '../../../dictionaries/reply-tone.json';
import { createOpinionVoiceRule } from '../../../lib/rules/opinion-voice';
import { parseReplyTone } from '../../../lib/rules/reply-tone-schema';
import { type ToneModelData, voiced, voiceGate } from '../../../lib/rules/tone-model';
import { brief, runRules } from '../../helpers/check';
import { seedText } from './tables-fixture';

const rule = createOpinionVoiceRule();

describe('opinion in the account voice, by its grammar', () => {
  it.each([
    ['那些车主素质实在太差，劝都劝不住。', 'opinion.judgement warn 那些车主素质实在太差'],
    ['这伙商贩简直是黑心。', 'opinion.judgement warn 这伙商贩简直是黑心'],
    ['本号坚定站在消费者这一边。', 'opinion.judgement warn 本号坚定站在消费者这一边'],
    ['该政策真是离谱。', 'opinion.judgement warn 该政策真是离谱'],
    // citizens' complaints called unreasonable, with the view that introduces it (round 31)
    ['我们认为，某些网民的质疑纯属无理取闹。', 'opinion.judgement warn 我们认为，某些网民的质疑纯属无理取闹'],
    ['网传消息系谣言，造谣的人真是闲得慌。', 'opinion.judgement warn 闲得慌'],
    ['看完视频，我们伤心得想哭。', 'opinion.emotion-degree warn 伤心得想哭'],
    ['小编高兴到失眠。', 'opinion.emotion-degree warn 高兴到失眠'],
    // a moral verdict on people or on what befell them (round 22)
    ['高价倒卖救命药的商贩，发的是国难财，丧心病狂。', 'opinion.judgement warn 丧心病狂'],
    ['黄某挪用公款炒股，赔光后才投案，早知今日何必当初。', 'opinion.judgement warn 早知今日何必当初'],
    ['冒用烈士名义敛财的孙某，丢尽了中国人的脸。', 'opinion.judgement warn 丢尽了中国人的脸'],
    // the account's guesses, views, boasts, named feelings and rhetorical verdicts (round 23)
    ['火灾原因还在调查，八成是电动车充电引起的。', 'opinion.speculation warn 八成是电动车充电引起的'],
    ['工期又延后，估计是施工方资金没到位。', 'opinion.speculation warn 估计是施工方资金没到位'],
    ['据我们猜测，这次停电背后另有隐情。', 'opinion.speculation warn 据我们猜测，这次停电背后另有隐情'],
    ['要我们说，这事就是业主的错。', 'opinion.own-view warn 要我们说，这事就是业主的错'],
    [
      '依小编之见，外卖小哥闯红灯主要还是平台逼的。',
      'opinion.own-view warn 依小编之见，外卖小哥闯红灯主要还是平台逼的',
    ],
    ['这次网约车价格调整，在我们看来是在变相转嫁成本。', 'opinion.own-view warn 在我们看来是在变相转嫁成本'],
    ['论服务态度，我们窗口敢说全省最好。', 'opinion.self-praise warn 我们窗口敢说全省最好'],
    ['我们的交警，是全国最拼的交警。', 'opinion.self-praise warn 全国最拼的交警'],
    ['我县教育质量突飞猛进，已经把周边县甩在了身后。', 'opinion.self-praise warn 把周边县甩在了身后'],
    ['昨晚居民楼发生火灾，造成两人遇难。我们的心情很沉重。', 'opinion.emotion-degree warn 我们的心情很沉重'],
    ['这一幕看得我们鼻子一酸。', 'opinion.emotion-degree warn 我们鼻子一酸'],
    [
      '隔壁区的夜市卫生状况堪忧，我们这边的夜市可是拿过奖的。',
      'opinion.self-praise warn 隔壁区的夜市卫生状况堪忧，我们这边的夜市可是拿过奖的',
    ],
    ['开车刷短视频，是嫌命长吗？', 'opinion.rhetorical warn 嫌命长'],
    ['把孩子单独锁在车里去打麻将，有这样当父母的吗？', 'opinion.rhetorical warn 有这样当父母的吗'],
    ['“刷单返利”骗局屡见不鲜，还有人往里跳。', 'opinion.rhetorical warn 还有人往里跳'],
    ['有些人却在林区抽烟野炊，你们对得起护林员吗？', 'opinion.rhetorical warn 对得起护林员吗'],
    // 说了无数遍 is the account's own warning repeated, not speech reported (round 32)
    ['同样的套路说了无数遍，被骗了还不长记性。', 'opinion.rhetorical warn 长记性'],
    ['这批死鱼，一看就是上游工厂偷排污水毒死的。', 'opinion.speculation warn 一看就是上游工厂偷排污水毒死的'],
    // round 30: a policy called of little use, believers of a rumour called fools, critics told to come and see
    ['关于参保补贴，这个政策对年轻人有点鸡肋。', 'opinion.judgement warn 这个政策对年轻人有点鸡肋'],
    ['傻子才会信这种谣言。', 'opinion.judgement warn 傻子才会信这种谣言'],
    ['又有人在城墙上乱刻乱画，真是素质低下。', 'opinion.judgement warn 真是素质低下'],
    ['那些说政务服务效率低的人真该来看看。', 'opinion.self-praise warn 那些说政务服务效率低的人真该来看看'],
  ])('flags %s', (body, expected) => {
    expect(brief(runRules(rule, body))).toEqual([expected]);
  });

  it.each([
    '尽管反复提醒，还是有人上当受骗；经过宣传，还有人上当受骗的情况明显减少。', // a fact, no question
    '有市民表示，这种人素质太低。', // reported speech
    '网传“停水三天”的消息纯属谣言，请以官方发布为准。', // a rumour denied, no citizen judged (round 31)
    '不信谣、不传谣，以官方发布为准；鸡肋骨折的患者已出院。', // round 30: no fool named, 鸡肋 of no policy
    '部分从业人员素质低下，需加强培训。', // an assessment, no exclamation
    '“这帮商家就是无良！”一位消费者说。', // quoted
    '网友：这项规定有点不近人情。', // a citizen's message in a reply
    '我们始终站在人民一边，维护群众利益。', // the party's formula, not a dispute
    '市场监管部门查处一批无良商家。', // enforcement news names what was found
    '获奖者激动得说不出话。', // someone else's feeling, reported
    '新规定有利于保护消费者权益。',
    '嫌疑人作案后在朋友圈炫耀，当天即被民警抓获，可谓自投罗网。', // police news of an arrest
    '受害人家属表示，对方丧心病狂，希望依法严惩。', // reported speech
    '有市民说，被骗了还不长记性。', // reported speech (round 32)
    // estimates, a government's stated position, a superlative of measure, formulas, questions about facts (round 23)
    '据估计，今年粮食产量将超过650亿斤。',
    '全县已收获玉米38万亩，收获进度超过八成。',
    '我们认为，在各国人民的共同努力下，世界和平是可以维护的。',
    '我们支持有关国家维护独立主权的努力。',
    '海南是全国最大的经济特区。',
    '与周边县市相比，我县营商环境仍有差距。',
    // measure, modesty, policy goals and accidents are no boast
    '一名行人被货车碾压，当场死亡。',
    // statistics and weather outlooks; the phrases opinion.json lists are left to it
    '极端天气正在成为大概率事件，各地要做好防范。',
    '天上不会掉馅饼，谁信谁上当。', // an anti-fraud saying
    '据统计，来就诊的患者多半是老年人。',
    '受冷空气影响，明天恐怕会有大风降温，请注意防范。',
    '说句心里话，这些年大家都不容易。',
    '小编认为这项政策很好。',
    '全县上下齐心协力，把贫困帽子甩在身后。',
    '与先进地区相比，差距令人汗颜，我们自愧不如。',
    '再多的钱都比不上生命安全。',
    '建成全省最先进的污水处理厂，打造全省最优营商环境。',
    '改革谈何容易，但我们必须坚定推进。',
    '流感和普通感冒有什么区别？',
    '回复：我们理解您的心情，已安排工作人员上门核实。',
    '“那一刻我们都破防了。”参与救援的消防员说。',
  ])('leaves %s alone', (body) => {
    expect(runRules(rule, body)).toEqual([]);
  });

  it('reads `@name：` as the account answering, but as the comment answered when a paragraph opens with 回复：', () => {
    const modelRule = createOpinionVoiceRule(parseReplyTone(data).voiceModel);
    const said = '这届年轻人真是太让人操心了。';
    expect(brief(runRules(modelRule, `@开学季的妈妈：${said}`))).toEqual([
      'opinion.voice-model warn 这届年轻人真是太让人操心了',
    ]);
    expect(brief(runRules(modelRule, `@开学季的妈妈：${said}\n回复：您好，已转交区交警大队。`))).toEqual([]);
    // a reply paragraph of its own still speaks for the account
    expect(brief(runRules(modelRule, `@开学季的妈妈：请问几点放学？\n回复：${said}`))).toEqual([
      'opinion.voice-model warn 这届年轻人真是太让人操心了',
    ]);
  });

  it('is quiet on the Qingdao notice', () => {
    expect(runRules(rule, seedText())).toEqual([]);
  });
});

describe('opinion.voice-model', () => {
  const voiceModel = parseReplyTone(data).voiceModel!;
  const modelled = createOpinionVoiceRule(voiceModel);
  const hits = (body: string) => brief(runRules(modelled, body)).filter((f) => f.startsWith('opinion.voice-model'));

  it.each(voiceModel.examples!.hit)('fires on %s, marking the sentence less its closing mark', (body) => {
    expect(hits(body)).toEqual([`opinion.voice-model warn ${body.replace(/[。！？]$/, '')}`]);
  });

  it.each(voiceModel.examples!.pass)('stays quiet on %s', (body) => {
    expect(hits(body)).toEqual([]);
  });

  it("reads the account's own sentences only: not quoted, not reported, not a citizen's message", () => {
    const own = voiceModel.examples!.hit[1]!;
    expect(hits(own)).not.toEqual([]);
    expect(hits(`“${own}”`)).toEqual([]);
    expect(hits(`有网友表示，${own}`)).toEqual([]);
    expect(hits(`网友：${own}`)).toEqual([]);
    // quoted speech inside a sentence of the account's is left out of what the model reads
    expect(
      hits(
        '大学生小周讲述了自己的经历：“说实话，一开始真觉得挺香的，刷一单返十几块，谁知道后面越刷越多，最后被坑了八千块。”',
      ),
    ).toEqual([]);
  });

  it('leaves a reply label out of the sentence it marks', () => {
    const own = voiceModel.examples!.hit[1]!;
    expect(hits(`回复：${own}`)).toEqual([`opinion.voice-model warn ${own.replace(/[。！？]$/, '')}`]);
  });

  it('reads a caption in brackets without them and its label (（图说：…）)', () => {
    expect(hits('（图说：外卖小哥这一把托举太帅了）')).toEqual(['opinion.voice-model warn 外卖小哥这一把托举太帅了']);
    expect(hits('（图为志愿者为老人测量血压）')).toEqual([]);
  });

  it('yields to a listed shape on the same sentence, and is not read without a model', () => {
    expect(brief(runRules(modelled, '小编高兴到失眠，这届年轻人真是太让人操心了。'))).toEqual([
      'opinion.emotion-degree warn 高兴到失眠',
    ]);
    expect(runRules(rule, voiceModel.examples!.hit[0]!)).toEqual([]);
  });

  it('reads sentences of 6–60 characters that report nobody and have a word of judgement or feeling', () => {
    expect(voiced('这届年轻人真是太让人操心了。')).toBe(true);
    // lively posts an account may publish: an invitation, a question to the reader, 真的 of fact
    expect(voiced('这个夏天，去边疆看看吧。')).toBe(false);
    expect(voiced('你知道二十四节气是怎么来的吗？')).toBe(false);
    expect(voiced('河畔的柳树发芽了，春天真的来了！')).toBe(false);
    expect(voiced('太让人操心。')).toBe(false);
    expect(voiced(`这届年轻人${'真是'.repeat(30)}。`)).toBe(false);
    expect(voiced('专家认为这届年轻人真让人操心。')).toBe(false);
    // 说白了, 说实话 are the account's own idiom, not speech reported; 他说 is
    expect(voiced('说白了就是自己作死，还浪费公共资源。')).toBe(true);
    expect(voiced('说实话，这届年轻人真让人操心。')).toBe(true);
    expect(voiced('他说这届年轻人真让人操心。')).toBe(false);
    // what many people believe, which the post goes on to correct (round 32)
    expect(voiced('不少人以为这只是小毛病，忍一忍就过去了。')).toBe(false);
    expect(voiced('很多家长觉得孩子太小，这真是太让人操心了。')).toBe(false);
  });

  it('is quiet on the Qingdao notice', () => {
    expect(hits(seedText())).toEqual([]);
  });
});

describe('learned cue words (voiceModel.cues)', () => {
  const voiceModel = parseReplyTone(data).voiceModel!;
  const learnedOnly = '那几个在河边烧烤的年轻人，一看就不是本地人。';

  it('ships cue words the trainer learned, none a listed word, and a threshold of their own', () => {
    expect(voiceModel.cues!.length).toBeGreaterThan(50);
    expect(voiceModel.cues!.every((c) => !voiced(`${c}${c}${c}`))).toBe(true);
    expect(voiceModel.learnedThreshold).toBeGreaterThanOrEqual(voiceModel.threshold);
  });

  it('reads a sentence with a listed word as listed, one with only a learned word as learned, others not at all', () => {
    const gate = voiceGate(['一看就', '十有八九']);
    expect(gate('这届年轻人真是太让人操心了。')).toBe('listed');
    expect(gate(learnedOnly)).toBe('learned');
    expect(gate('这批货十有八九是假的。')).toBe('learned');
    expect(gate('周末去湿地公园走一走。')).toBeUndefined();
    // length and reported speech still apply
    expect(gate('一看就懂。')).toBeUndefined();
    expect(gate(`有网友表示，${learnedOnly}`)).toBeUndefined();
    // without learned words the gate is `voiced`
    expect(voiceGate()(learnedOnly)).toBeUndefined();
    expect(voiceGate()('这届年轻人真是太让人操心了。')).toBe('listed');
  });

  it('scores a sentence read only through a learned word against learnedThreshold', () => {
    const run = (model: ToneModelData) =>
      brief(runRules(createOpinionVoiceRule(model), learnedOnly)).filter((f) => f.startsWith('opinion.voice-model'));
    expect(run(voiceModel)).toEqual([`opinion.voice-model warn ${learnedOnly.replace(/。$/, '')}`]);
    expect(run({ ...voiceModel, learnedThreshold: 0.9999 })).toEqual([]);
    // no learned threshold: such sentences are not reported; no cues: not read
    expect(run({ ...voiceModel, learnedThreshold: undefined })).toEqual([]);
    expect(run({ ...voiceModel, cues: undefined })).toEqual([]);
  });

  it('rejects a learned cue that is not two to four Han characters', () => {
    const bad = structuredClone(data) as { lexicons: { voiceModel: { cues: string[] } } };
    bad.lexicons.voiceModel.cues = ['一看就', 'ab'];
    expect(() => parseReplyTone(bad)).toThrow(/two to four Han characters/);
    bad.lexicons.voiceModel.cues = ['看'];
    expect(() => parseReplyTone(bad)).toThrow(/two to four Han characters/);
  });
});
