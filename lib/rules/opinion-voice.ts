import type { ParagraphRule, RuleMeta } from '../engine/rule';
import type { Paragraph } from '../engine/text/paragraph';
import { createToneModel, REPORTING_VERBS, sentenceCore, type ToneModelData, voiceGate } from './tone-model';
import { CITIZEN_MESSAGE, charSets, MAX_PER_PARAGRAPH, replyFrame } from './util-text';

/**
 * Opinion in the account's own voice by its grammar, not by listed phrases: a government account reports, it does
 * not judge people, take sides in a dispute, grumble about a rule or tell how strongly it feels.
 *
 * - `opinion.judgement` (warn): a group of people judged by their character (这种人素质太低, 这帮商家就是无良), a
 *   moral verdict on people or their lot (丧心病狂, 咎由自取, 早知今日何必当初; round 22),
 *   the account taking a side in a dispute between parties (我们坚决站在业主这一边; 站在人民一边 is the party's
 *   formula and is not a dispute), a rule called unfair in the account's words (这项规定有点不近人情).
 * - `opinion.emotion-degree` (warn): the account's own feeling with how far it goes (小编难过到睡不着; not
 *   获奖者激动得说不出话, which reports someone else's).
 *
 * - `opinion.voice-model` (warn): a sentence the shapes above did not report, that the own-voice tone model
 *   (reply-tone.json `voiceModel`, trained on an independent author's lines and real official prose) scores as the
 *   account's opinion, emotion, sarcasm or speculation (这届年轻人真是太让人操心了).
 *
 * Never in quotation marks or reported speech (群众表示……, 有网友说……), nor in a citizen's message quoted by a
 * reply (网友：/问：). Runs in the background (library) pass: the content script has a size budget.
 */
export const OPINION_VOICE_RULES: RuleMeta[] = [
  {
    id: 'opinion.judgement',
    category: 'opinion',
    severity: 'warn',
    title: '评判他人、站队',
    message: '“{text}”是账号对他人或规定的主观评判，政务信息应客观陈述事实。',
    source: '国办发〔2018〕123号（不得擅自发布代表个人观点、意见及情绪的言论）',
  },
  {
    id: 'opinion.emotion-degree',
    category: 'opinion',
    severity: 'warn',
    title: '个人情绪',
    message: '“{text}”是个人情绪的表达，政务信息应客观、平实。',
    source: '国办发〔2018〕123号（不得擅自发布代表个人观点、意见及情绪的言论）',
  },
  {
    id: 'opinion.speculation',
    category: 'opinion',
    severity: 'warn',
    title: '主观揣测',
    message: '“{text}”是账号对原因、动机或结果的揣测，政务信息应以调查结论和权威通报为准。',
    source: '国办发〔2018〕123号（不得擅自发布代表个人观点、意见及情绪的言论）',
  },
  {
    id: 'opinion.own-view',
    category: 'opinion',
    severity: 'warn',
    title: '账号个人看法',
    message: '“{text}”是账号自己的看法或立场，政务信息应客观陈述事实和依据。',
    source: '国办发〔2018〕123号（不得擅自发布代表个人观点、意见及情绪的言论）',
  },
  {
    id: 'opinion.self-praise',
    category: 'opinion',
    severity: 'warn',
    title: '自夸、贬低他方',
    message: '“{text}”是自夸或与其他地方、单位攀比，政务信息应用数据和事实说话，不贬低他方。',
    source: '国办发〔2018〕123号（不得擅自发布代表个人观点、意见及情绪的言论）',
  },
  {
    id: 'opinion.rhetorical',
    category: 'opinion',
    severity: 'warn',
    title: '反问式评判',
    message: '“{text}”以反问评判当事人，语气带情绪；政务信息宜直接说明危害和依据。',
    source: '国办发〔2018〕123号（不得擅自发布代表个人观点、意见及情绪的言论）',
  },
  {
    id: 'opinion.voice-model',
    category: 'opinion',
    severity: 'warn',
    title: '个人观点或情绪（语气模型）',
    message: '“{text}”读来像账号自己的观点、情绪或调侃，政务信息应客观陈述事实；如属引述，请注明出处或加引号。',
    source: '国办发〔2018〕123号（不得擅自发布代表个人观点、意见及情绪的言论）',
  },
];

/** Groups of people an account may be tempted to judge (not 人民, 群众: the party's formulas). */
const GROUP =
  '(?:这种|这些|这帮|这类|这伙|那种|那些|那帮|此类|某些)(?:人|家伙|商家|店家|司机|家长|物业|老板|业主|网友|游客|房东|租客|车主|商贩|小贩|骗子)?';
const CHARACTER = '(?:素质|人品|德行|品行|品德|教养)';
const LOW = '(?:太|真|极|很|实在|简直|也太|真是|就是|非常|十分){0,2}(?:低下|低|差劲|差|烂|败坏|堪忧|恶劣)';
const LABEL = '(?:黑心|无良|奸商|没良心|没素质|没教养|垃圾|败类|人渣)';
const PARTY =
  '(?:业主|商家|物业|消费者|买家|卖家|网友|司机|乘客|房东|租客|员工|老板|学生|家长|车主|店家|医生|患者|老师|开发商|外卖员|骑手|游客|村民)';
const RULE_WORD = '(?:规定|政策|制度|规矩|要求|办法|措施|新规)';
/** Citizens whose complaint an account may be tempted to dismiss, and the dismissal (纯属无理取闹; round 31). */
const COMPLAINANT = '(?:网民|网友|群众|市民|居民|村民|投诉人|来信人|举报人|个别人|某些人|少数人)';
const UNREASONABLE = '(?:无理取闹|胡搅蛮缠|蛮不讲理|吹毛求疵|没事找事|小题大做|故意找茬)';
const UNFAIR =
  '(?:有点|有些|太|真|实在|简直|也太|真是|可真)(?:不近人情|离谱|坑人|坑|不合理|奇葩|扯|荒唐|过分|霸道|不讲理)';
/**
 * A moral verdict pronounced on people or on what befell them (丧心病狂, 咎由自取, 早知今日何必当初, 良心是黑的): the
 * account's own sentence, which a report leaves to the court and the reader. None occurs in the gov.cn corpus, the work
 * reports or the lively posts; 自投罗网 and 法网恢恢 stay: police news says so of an arrest.
 */
const VERDICT =
  '(?:丧心病狂|无耻至极|恶有恶报|罪有应得|咎由自取|自食其果|自讨苦吃|自作自受|偷鸡不成蚀把米|早知今日[，,]?何必当初|良心(?:是|都是|早就)?(?:黑的|被狗吃了)|狗咬狗|人人得而诛之|丢尽了[^，。！？!?]{0,8}?脸|不值得同情|还算是人吗|天理难容|死有余辜|一丘之貉|蛇鼠一窝|恬不知耻|厚颜无耻|十恶不赦|令人不齿|闲得(?:发)?慌|吃饱了撑的|吃饱了撑着)';
/**
 * The account guessing a cause, a motive or an outcome (八成是电动车充电引起的, 估计是施工方资金没到位, 想必大家都心知肚明,
 * 据我们猜测): a report waits for the investigation. Not an estimate of quantities (据估计, 预计, 估计不足, 八成以上): only
 * the hedge before 是 or a clause. None occurs in the gov.cn corpus, the work reports or the lively and reply corpora.
 */
const SPECULATION =
  '(?<![据预初])(?:估计(?:是|又是|就是)|八成是|多半是|十有八九|想必|怕是|恐怕|大概率(?!事件)|说不定就|看样子|不用想也知道|(?:我们|小编|笔者)(?:猜测?|推测|大胆预测|估计)|据(?:我们|小编|笔者)(?:猜测|推测|分析|估计)|一看就(?:是|知道)(?=[^，。！？!?；]{0,14}?(?:的|所致|引起|造成|导致|故意|蓄意)(?:[，。！？!?；]|$))|(?:绝对|肯定)是有人)';
/**
 * The account's own view or stance (我们认为这家店应该关门, 要我们说, 依小编之见, 在我们看来, 说句不中听的, 我们更支持…).
 * The phrases opinion.json lists (小编认为, 我们觉得, 在小编看来, 说句心里话) are left to it. Not 我们认为, 我们支持,
 * 我们反对 alone: a government's stated position in a work report (我们认为这种说法是错误的,
 * 我们支持……正义斗争); the own-voice model weighs those sentences (tone-model.ts REPORTED).
 */
const OWN_VIEW =
  '(?:小编|笔者|本号)(?:个人)?(?:(?:倒|也|更|还是|始终)(?:认为|觉得)|看来|赞成|不赞成|支持|反对|更喜欢|倾向于|持保留态度|不能苟同|的态度是|的看法是)|(?:我们|咱们)(?:个人)?(?:(?:倒|更|还是)(?:认为|觉得|支持|赞成|倾向于|喜欢)|不赞成|不支持|倾向于|持保留态度|不能苟同|的态度是|的看法是)|咱们觉得|要我们说|依(?:小编|我们|笔者)(?:之见|看)|在我们看来|说句(?:实话|不中听的)|坦白说|(?<!我)个人看法|恕(?:我们|小编)';
/**
 * Boasting and running others down (全省的反诈宣传就数我们做得最好, 不接受反驳, 其他单位只有羡慕的份, 把周边县甩在了身后,
 * 跟咱们不是一个档次, 全国最拼的交警). A superlative of measure is a fact (全国最大的经济特区, 全省最高): 最 before a word
 * of size, number or time is not read. Running down another place or unit in a comparison with the account's own
 * (隔壁区的夜市卫生状况堪忧，我们这边的夜市可是拿过奖的; 周边几个县的营商环境，跟咱们不是一个档次) is the same fault.
 */
const SELF_PRAISE =
  '那些(?:说|质疑|骂|吐槽|抹黑|唱衰|嫌)[^，。！？]{1,16}的人[^，。！？]{0,4}?(?:该来看看|来看看吧|可以闭嘴|该闭嘴|脸疼|被打脸)|不接受反驳|一点也不为过|不是我们吹|(?:我们|咱们?|小编)[^，。！？]{0,4}?敢说|只有羡慕的份|被我们甩在(?:了)?身后|把(?:周边|其他|兄弟|隔壁|邻|那些|某些)[^，。！？]{0,8}甩在(?:了)?身后|(?:强市|强县|大县|大市|兄弟单位)[^，。！？]{0,6}被甩在(?:了)?身后|(?:让|令)(?:那些|其他|周边|兄弟|同行|某些)[^，。！？]{0,12}汗颜|只能望其项背|碾压了?(?:所有|其他|周边|兄弟|同行|对手|竞争对手)|不是一个档次|随便拎|都自愧不如|比不上我们|加起来都比不上|比(?:市里|省城|大城市|别人|外地|隔壁|邻县|邻市)的?(?:强|好|优秀|干净)|全(?:国|省|市|县|区|网|天下)(?:也)?(?:找不出|就数)|全(?:国|省|市|县|区|网|天下)最(?![大小高低长短多少早晚深重快远新老具为先完优严强密宽广])[\u4e00-\u9fff]{1,4}的|(?:全国|全省|全市|全网)第一(?:好|美|香|甜)|(?:隔壁|邻县|邻市|邻省|邻区|周边(?:几个)?(?:县|市|区|城市)?|外地|外省|别的地方|别处|其他地方|某些地方|兄弟县|兄弟单位)[^。！？]{0,24}?(?:不如我们|还不如|比不上|堪忧|千篇一律|劳民伤财|只会喊口号|不是一个档次|差远了|还得看|才是|可是拿过|我们这边|我们这里|咱们这|不可能发生|才知道谁)';
/**
 * The account's feeling with the account named (我们的心情很沉重, 看得我们鼻子一酸, 小编心里五味杂陈, 让我们一夜无眠,
 * 小编替落榜的孩子们难过). 我们理解您的心情 (a reply) names someone else's; quoted speech is skipped like everywhere.
 */
const OWN_FEELING =
  '(?:小编|笔者|本号|我们|咱们)(?:的|也|都|就|真的|实在|此刻的|一直悬着的|此刻)?(?:心里|心情|心)?[^，。！？；“”]{0,4}?(?:沉重|难受|气得|气到|鼻子一酸|哭成|哭了|激动得|五味杂陈|坐立难安|一夜无眠|松了一口气|有点懵|懵了|好羡慕|心疼|暖到|破防|泪目|舍不得|空落落|说不下去|替[^，。]{1,8}(?:难过|高兴|开心|着急|捏把汗))';
/**
 * A rhetorical question that judges the people in the news (开车刷短视频，是嫌命长吗？ 这还是人干的事吗？ 到底图什么？
 * 有这样当父母的吗？ 长相能当饭吃吗？ 骗局屡见不鲜，还有人往里跳, 傻不傻？): a question to the reader about facts (流感和感冒有什么区别？) or a citizen's
 * question (补贴到底有没有？) is not one. 谈何容易 is a formula.
 */
const RHETORICAL =
  '值得吗|图什么|图啥|嫌命长|有没有人性|人干的事|有什么两样|能学到什么|谁信(?!谁)|睡得着觉?吗|当什么了|有这样当[^？?]{1,4}的吗|怎么还有人|都看不出来|谈何(?!容易)|怎么配|配得上[^？?]{0,10}吗|何苦呢|也能信|能当饭吃|就没点|长记性|到底有没有(?:安全意识|良心|人性|底线|公德心|规则意识)|还要我们天天讲|非要等[^？?]{0,10}才|还(?:有人|有谁|敢)(?:往里跳|往里钻)|还(?:有人|有谁)(?:上当|中招|信)(?=[^。！？!?]{0,8}[？?])|(?:傻|蠢|笨)不(?:傻|蠢|笨)|还想(?:不被|躲过|逃过|蒙混过关)|对得起[^？?。！!，,]{0,8}吗|还能指望[^？?。！!]{0,12}[？?]|你(?:们)?想过[^？?。！!]{0,12}吗';
const FEELING = '(?:难过|伤心|激动|开心|兴奋|感动|气愤|生气|郁闷|心疼|害怕|紧张|高兴|委屈|崩溃)';
const DEGREE = '(?:睡不着|哭|哭了|不行|爆|发抖|说不出话|流泪|想哭|失眠|吃不下饭|跳起来)';

export const JUDGEMENT = new RegExp(
  [
    `${GROUP}[\\u4e00-\\u9fff]{0,4}?${CHARACTER}${LOW}`,
    // 真是素质低下 (round 30): the exclamation makes it the account's verdict, with or without a group named
    `(?:真是|实在是|简直是?|也太|可真是?|真够)${CHARACTER}${LOW}`,
    `${GROUP}[\\u4e00-\\u9fff]{0,4}?(?:就是|真是|都是|纯属|简直是)${LABEL}`,
    `(?:我们|咱们|小编|本号|我)(?:坚决|坚定|一定|必须|就|要|永远|始终)?站(?:在)?${PARTY}(?:这|那)?一?边`,
    `(?:这项|这个|这条|该|新|此)${RULE_WORD}${UNFAIR}`,
    // 这个政策对年轻人有点鸡肋 (round 30): a policy or a service called of little use
    `(?:这项|这个|这条|该|此)(?:${RULE_WORD.slice(3, -1)}|服务|功能|设施|平台|活动)[^，。！？；]{0,10}?(?:有点|有些|太|真|比较|简直|实在|就是|纯属)?鸡肋`,
    // 我们认为，某些网民的质疑纯属无理取闹 (round 31): citizens' complaints called unreasonable, with the account's
    // 我们认为 before it in the span (the view it introduces)
    // (each alternative starts with a word: an optional prefix or a wildcard first would make the engine try the whole
    // expression at every character)
    `(?:我们|本单位|我局|我县|我区|我市)认为[，,]?[^，。！？；]{0,12}?${COMPLAINANT}[^，。！？；]{0,6}?纯属${UNREASONABLE}`,
    `${COMPLAINANT}[^，。！？；]{0,6}?纯属${UNREASONABLE}`,
    // 脑残才会信这种谣言: the readers who believe a rumour called fools
    '(?:只有|也就|傻子|笨蛋|傻瓜|白痴|脑残|智障|弱智)[^，。！？；]{0,6}?才会?(?:信|相信|上当)(?:这种|这样的|这些|这类)(?:谣言|鬼话|说法|骗局)',
  ].join('|'),
  'g',
);
export const VERDICTS = new RegExp(VERDICT, 'g');
/** The account's guesses, views, boasts and named feelings (round 23), with their own anchor characters. */
/** The guess, the view and the boast run on to the end of their sentence: that is what the account asserts. */
const TO_SENTENCE_END = new Set(['opinion.speculation', 'opinion.own-view', 'opinion.self-praise']);
const OWN_VOICE: ReadonlyArray<readonly [RegExp, string, string]> = [
  [new RegExp(SPECULATION, 'g'), '估八多十想怕恐大说看用猜推据绝肯', 'opinion.speculation'],
  [new RegExp(OWN_VIEW, 'g'), '编笔号们说坦看恕', 'opinion.own-view'],
  [new RegExp(SELF_PRAISE, 'g'), '反毋为吹敢羡身颜望碾档拎愧比全隔邻周外别其某兄那', 'opinion.self-praise'],
  [new RegExp(OWN_FEELING, 'g'), '编笔号们', 'opinion.emotion-degree'],
  [new RegExp(RHETORICAL, 'g'), '值图嫌性事两学谁睡当这还看谈配苦信饭没记底讲等傻蠢笨想对指', 'opinion.rhetorical'],
];
export const EMOTION = new RegExp(`${FEELING}(?:到|得)${DEGREE}`, 'g');
/** Cheap anchors: no paragraph without one of these characters can match. */
const ANCHORS = '质品德行教养心良商渣站边规策度矩求法施难伤激开兴感愤气郁疼怕紧高委崩肋谣纯';
/** One character of every verdict (丧心病狂, 咎由自取, 早知今日何必当初 …): most paragraphs skip that scan. */
const VERDICT_ANCHORS = '丧耻恶罪咎食讨受偷何良狗诛脸值算容辜貉蛇齿闲撑';
/** Which anchor sets a paragraph holds, in one pass (bit 0 ANCHORS, bit 1 VERDICT_ANCHORS, then OWN_VOICE's). */
const anchorsOf = charSets([ANCHORS, VERDICT_ANCHORS, ...OWN_VOICE.map(([, anchors]) => anchors)]);
/** The listed shapes in the order they are read, each with the anchor bit a paragraph needs for it. */
const SHAPES: ReadonlyArray<readonly [RegExp, string, number]> = [
  [JUDGEMENT, 'opinion.judgement', 1],
  [VERDICTS, 'opinion.judgement', 2],
  [EMOTION, 'opinion.emotion-degree', 1],
  ...OWN_VOICE.map(([re, , id], k) => [re, id, 4 << k] as const),
];
/** Reported speech or a citizen's words: 表示, 说, 称, 认为 before the match in its sentence; a citizen label. */
// (说了无数遍, 说了多少次: the account's own warnings repeated, not someone's words; round 32)
const REPORTED = new RegExp(
  `(?:${REPORTING_VERBS.replace('说', '说(?!了(?:无数|很多|好多|多少|[一二三四五六七八九十百几]+)[遍次])')})[：:，,]?[^。！？!?]*$`,
);
const SENTENCE_END = /[。！？!?\n]/;
const MEASURED =
  /据统计|统计显示|数据显示|调查显示|据测算|预计|预报|气象|冷空气|降温|降雨|降雪|大风|台风|寒潮|暴雨|天气/;
const sentenceAround = (t: string, at: number): string => {
  let a = at;
  while (a > 0 && !SENTENCE_END.test(t[a - 1]!)) a--;
  let b = at;
  while (b < t.length && !SENTENCE_END.test(t[b]!)) b++;
  return t.slice(a, b);
};
/** A label before a colon at a sentence's start (回复：, 【答复】：, 市住建局回复：). */
const SPEAKER_LABEL = /^\s*[^，。！？：:,]{1,12}[：:]\s*/;
/** The clause before a feeling: empty, or the account itself (我们, 小编) with adverbs. */
const OWN_SUBJECT = /^(?:[我咱]们?|小编|笔者|本号)?(?:真的?|太|好|简直|都|也|又|更|还)?$/;
const clauseBefore = (t: string, at: number) => {
  let s = at;
  while (s > 0 && !/[，,。！？!?；;：:\n]/.test(t[s - 1]!)) s--;
  return t.slice(s, at);
};

/**
 * `voiceModel` (reply-tone.json, trained by scripts/train-tone-model.ts --model voice): every sentence the listed
 * shapes did not report, of a length the model reads with a cue word (tone-model.ts `voiceGate`: the listed words and
 * the model's learned ones), not in quotation marks, is scored.
 */
export function createOpinionVoiceRule(voiceModel?: ToneModelData): ParagraphRule {
  const model = voiceModel ? createToneModel(voiceModel) : undefined;
  const reads = voiceGate(voiceModel?.cues);
  return {
    kind: 'paragraph',
    rules: OPINION_VOICE_RULES,
    check(p, sink) {
      const t = p.text;
      // `@name：…` with a 回复： paragraph in the draft is the citizen's comment
      const at = replyFrame(t, sink);
      if (CITIZEN_MESSAGE.test(t)) return;
      const requires = at.length ? { requires: [...at] } : {};
      const reported: Array<[number, number]> = [];
      const report = (ruleId: string, start: number, end: number) => {
        reported.push([start, end]);
        // the model's reading yields to other opinion findings that explain its sentence (Candidate.fallback)
        sink.report(
          ruleId === 'opinion.voice-model'
            ? { ruleId, start, end, fallback: true, ...requires }
            : { ruleId, start, end, ...requires },
        );
      };
      let n = shapes(p, report);
      if (!model) return;
      for (const s of p.sentences) {
        // a caption in brackets (（图说：…）) is read without them
        const [open, close] = bracketed(t, s.start, s.end);
        // a reply's or a message's label (回复：, 答复：, 图说：) is not part of what the account says
        const from = open + (SPEAKER_LABEL.exec(t.slice(open, close))?.[0].length ?? 0);
        if (n >= MAX_PER_PARAGRAPH) continue;
        // the account's own words only: quoted speech inside the sentence (小周讲述道：“说实话，…”) is someone else's
        // (a bracketed caption is read as the sentence it is, with its full stop)
        const inner = unquoted(p, from, close);
        const sentence = close < s.end && !/[。！？!?]$/.test(inner) ? `${inner}。` : inner;
        const how = reads(sentence);
        if (!how) continue;
        const [a, b] = sentenceCore(t, from, close);
        if (p.isQuoted(a, b) || reported.some(([x, y]) => x < b && y > a)) continue;
        const threshold = how === 'listed' ? model.threshold : (voiceModel?.learnedThreshold ?? 1);
        if (model.score(sentence) < threshold) continue;
        n++;
        report('opinion.voice-model', a, b);
      }
    },
  };
}

/** [start, end) of a sentence, or of its inside when brackets enclose all of it (（图说：…）, trailing marks aside). */
function bracketed(t: string, start: number, end: number): [number, number] {
  const [a, b] = sentenceCore(t, start, end);
  if (b - a < 3 || t[a] !== '（' || t[b - 1] !== '）' || t.indexOf('）', a) !== b - 1) return [start, end];
  return [a + 1, b - 1];
}

/** Quoted speech rather than a quoted term (“洋土结合”, a name): longer than this, or holding a clause mark. */
const SPEECH_MIN = 10;
const CLAUSE_MARK = /[，,。！？!?；;]/;

/** p.text[from, to) without the quoted speech inside it (the text itself when it has none). */
function unquoted(p: Paragraph, from: number, to: number): string {
  let out = '';
  let at = from;
  const quotes = p.quotes.length > 1 ? [...p.quotes].sort((x, y) => x.start - y.start) : p.quotes;
  for (const q of quotes) {
    if (q.end <= from || q.start >= to) continue;
    if (q.end - q.start < SPEECH_MIN && !CLAUSE_MARK.test(p.text.slice(q.start, q.end))) continue;
    if (q.start > at) out += p.text.slice(at, q.start);
    at = Math.max(at, q.end);
  }
  return at === from ? p.text.slice(from, to) : out + p.text.slice(Math.min(at, to), to);
}

/** The listed shapes (JUDGEMENT, the verdicts, EMOTION, OWN_VOICE); returns how many were reported. */
function shapes(p: Paragraph, report: (ruleId: string, start: number, end: number) => void): number {
  const t = p.text;
  const anchors = anchorsOf(t);
  let n = 0;
  // an indexed loop reading the tuples: a for-of with destructuring allocates per shape and paragraph in code not
  // yet optimised
  for (let k = 0; k < SHAPES.length; k++) {
    const bit = SHAPES[k]![2];
    if (!(anchors & bit)) continue;
    const re = SHAPES[k]![0];
    const ruleId = SHAPES[k]![1];
    re.lastIndex = 0;
    for (let m = re.exec(t); m; m = re.exec(t)) {
      const start = m.index;
      const end = start + m[0].length;
      if (p.isQuoted(start, end)) continue;
      let s = start;
      while (s > 0 && !SENTENCE_END.test(t[s - 1]!)) s--;
      if (REPORTED.test(t.slice(s, start))) continue;
      // a feeling is the account's when nobody else is its subject (获奖者激动得说不出话 is news)
      if (re === EMOTION && !OWN_SUBJECT.test(clauseBefore(t, start))) continue;
      // a share in statistics (患者多半是老年人) or a weather outlook (明天恐怕会有大风降温) is no guess about people
      if (ruleId === 'opinion.speculation' && MEASURED.test(sentenceAround(t, start))) continue;
      if (n++ >= MAX_PER_PARAGRAPH) return n;
      if (!TO_SENTENCE_END.has(ruleId)) {
        report(ruleId, start, end);
        continue;
      }
      let e = end;
      while (e < t.length && !SENTENCE_END.test(t[e]!)) e++;
      report(ruleId, start, sentenceCore(t, start, e)[1]);
      re.lastIndex = Math.max(re.lastIndex, e);
    }
  }
  return n;
}
