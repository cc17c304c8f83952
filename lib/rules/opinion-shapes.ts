/**
 * Opinion and emotion in the account's own voice, by shape rather than by phrase. The shapes share the reply-tone
 * rule's one automaton scan (lib/rules/reply-tone.ts) but need no reply context: a notice or a news post that
 * vents or judges is as wrong as a reply.
 *
 * - the account's own feeling: 小编/笔者/我/咱 + adverbs + a feeling (小编真的气炸了, 我都心疼), a feeling carried to
 *   an extreme (难过到睡不着, 热死人了), a feeling standing alone as a clause (无语。 心疼！);
 * - exclamatory verdicts: 太…了！, 简直…！, 真是 + a verdict, 令人 + a feeling + ！, a person, group or policy
 *   judged (这种人素质太低, 这家物业就是黑心, 这项规定有点不近人情), calls to punish (全网封杀);
 * - taking sides in a dispute (站业主这边).
 *
 * Guards (besides the reply-tone ones: quotation marks, a citizen's message, a reported sentence): reported speech
 * (某某表示/说/称), official formulas (深感痛心, 令人振奋的成就 — 令人 needs an exclamation mark, not 的).
 */
import type { RuleMeta } from '../engine/rule';
import type { ReplyToneLexicons } from './reply-tone-schema';

export type Shape = { ruleId: string; anchors: readonly string[]; re: RegExp; open?: boolean };

const SOURCE = '国办发〔2018〕123号：不得擅自发布代表个人观点、意见及情绪的言论';
export const OPINION_SHAPE_RULES: RuleMeta[] = [
  {
    id: 'opinion.voice-feeling',
    category: 'opinion',
    severity: 'warn',
    title: '账号抒发个人情绪',
    message: '{text}是运营者个人的情绪，政务账号应客观陈述，不宜抒发个人情绪。',
    source: SOURCE,
  },
  {
    id: 'opinion.voice-verdict',
    category: 'opinion',
    severity: 'warn',
    title: '情绪化评价',
    message: '{text}是对人、事或政策的情绪化评价，政务信息应陈述事实和依据。',
    source: SOURCE,
  },
  {
    id: 'opinion.voice-forecast',
    category: 'opinion',
    severity: 'warn',
    title: '断言市场走势',
    message: '{text}是对价格走势的主观断言，政务信息应引用权威机构的数据或预测。',
    source: SOURCE,
  },
  {
    id: 'opinion.voice-side',
    category: 'opinion',
    severity: 'warn',
    title: '公开站队',
    message: '{text}在纠纷中公开表明立场，政务账号应居中陈述、依法处理。',
    source: SOURCE,
  },
];

/** A sentence that reports what someone else said or felt (游客表示, 他说) is not the account's voice. */
export const REPORTED_SPEECH =
  /(?:表示|坦言|感慨|直言|感叹|回忆|告诉记者|说道|说|称|认为)[，,：:“"]|深感|深表|深切|沉痛|哀悼|悼念/;

const HAN = '[\\u4e00-\\u9fff]';
const EDGE = '(?=[。！!？?，,~～…；;]|$)';

export function opinionShapes(
  L: ReplyToneLexicons,
  alt: (words: readonly string[]) => string,
  inClause: (n: number, min?: number) => string,
): Shape[] {
  const shapes: Shape[] = [];
  const add = (ruleId: string, anchors: readonly string[], source: string) =>
    shapes.push({ ruleId, anchors, re: new RegExp(source, 'y'), open: true });
  const SELF = L.selfVoice.words;
  const FEEL = alt(L.feeling.words);
  const VERDICT = alt(L.verdict.words);
  const ADV =
    '(?:真的|真是|真|好|太|超级?|特别|很|非常|简直|都快|都|也|既|已经|快要?|实在|有点|有些|被|给|差点|直接|当场|瞬间|彻底|着实|不禁|忍不住|又|还是|就|是|要)';

  // 小编真的气炸了, 我都心疼, 笔者很失望 (我市, 我省 and 我们深感痛心 are not this: adverbs only between)
  add(
    'opinion.voice-feeling',
    SELF,
    `(?:${alt(SELF)})(?![市省区县局委厅院校国军党部所站乡镇村])${ADV}{0,3}(?:${FEEL})`,
  );
  // 小编看到这条新闻，心里五味杂陈: what the account saw, then its own heart
  add(
    'opinion.voice-feeling',
    SELF,
    `(?:${alt(SELF)})(?![市省区县局委厅院校国军党部所站乡镇村])(?:看到|听到|读到|得知|想到)[^。！!？?\n]{0,20}?(?:心里|心中|内心)${ADV}{0,2}(?:${FEEL})`,
  );
  // 我们的督导员天天挨骂，心里也很委屈: the account's people and their hearts in one sentence (not someone it met or saw: 他,
  // 老人, 群众 …); 心里不是滋味 is voice-stance's
  add(
    'opinion.voice-feeling',
    SELF,
    `(?:${alt(SELF)})(?![市省区县局委厅院校国军党部所站乡镇村])(?:(?!发现|看到|了解|得知|听到|注意到|群众|居民|市民|村民|老人|家属|孩子|患者|网友|他|她|您|你)[^。！!？?\n“”]){0,16}?(?:心里|心中|内心)${ADV}{0,2}(?!不是滋味)(?:${FEEL}|委屈|憋屈|窝火|心寒|寒心)`,
  );
  // 难过到睡不着, 气到发抖
  add(
    'opinion.voice-feeling',
    ['难过到', '伤心到', '开心到', '激动到', '气到', '感动到', '心疼到', '难受到', '笑到', '哭到'],
    `(?:难过|伤心|开心|激动|气|感动|心疼|难受|笑|哭)到${HAN}{0,2}(?:睡不着|失眠|哭|想哭|发抖|说不出话|飞起|爆炸|不行|窒息|崩溃|肚子疼)`,
  );
  // 热死人了, 笑死我了, 累死了
  const DIE = [
    '热死',
    '冷死',
    '累死',
    '困死',
    '饿死',
    '气死',
    '烦死',
    '笑死',
    '吓死',
    '美死',
    '馋死',
    '晒死',
    '闷死',
    '挤死',
    '忙死',
    '渴死',
  ];
  add(
    'opinion.voice-feeling',
    DIE,
    `[热冷累困饿气烦笑吓美馋晒闷挤忙渴]死(?:(?:人|我|小编|宝宝|个人)(?:了|啦|啊)?|了|啦)`,
  );
  // 心疼！ 无语。 (a feeling standing alone as a clause)
  add(
    'opinion.voice-feeling',
    L.feelingBare.words,
    `(?<=^|[，,。！!？?\\s~～…：:])(?:${alt(L.feelingBare.words)})(?:了|啊|呀|啦|死了)?${EDGE}`,
  );
  // 看得心疼, 听着都气愤
  add(
    'opinion.voice-feeling',
    ['看得', '听得', '看着', '听着', '想想', '看了', '听了'],
    `(?:看得|听得|看着|听着|想想|看了|听了)(?:都|就|真|也)?(?:${FEEL})`,
  );
  // 鬼天气, 只想躺平, 再见了，我的童年
  add('opinion.voice-feeling', ['鬼天气'], '鬼天气');
  add('opinion.voice-feeling', ['只想', '好想', '就想'], '(?:只想|好想|就想)(?:躺平|摆烂|睡觉|放假|下班|哭)');
  add('opinion.voice-feeling', ['我的'], '我的(?:童年|青春|偶像|男神|女神|爱豆|天)(?=[！!~～…，,]|$)');

  // 真心疼, 好失望: a feeling with a degree word opening a clause (no subject: the writer's own)
  add(
    'opinion.voice-feeling',
    ['真的', '真', '好', '太', '超', '特别', '很'],
    `(?<=^|[，,。！!？?\\s~～…：:])(?:真的|真|好|太|超|特别|很)(?:${FEEL})`,
  );
  // 让人无语, 叫人心寒, 感到羞耻 (感到光荣 and 令人痛心 in a report are formulas: not listed)
  add(
    'opinion.voice-feeling',
    ['让人', '叫人', '令人', '感到', '觉得'],
    '(?:让人|叫人|令人|感到|觉得)(?:无语|恶心|心寒|寒心|气愤|愤怒|作呕|火大|崩溃|心疼|憋屈|窝火|羞耻|不齿|可笑|丢人|离谱|恨铁不成钢)',
  );
  // 唉， 呜呜呜 — a sigh or a sob as a clause of its own
  add(
    'opinion.voice-feeling',
    ['唉', '哎', '呜呜', '啊啊啊', '嘤嘤'],
    `(?<=^|[，,。！!？?\\s~～…：:])(?:唉+|哎+|呜呜+|啊啊啊+|嘤嘤+)${EDGE}`,
  );
  // 本宫, 本公主: a persona instead of the account; 先溜为敬: a drinking-table meme
  add(
    'opinion.voice-feeling',
    ['本宫', '本公主', '本宝宝', '本喵', '本仙女', '本小编', '小编我'],
    '本宫|本公主|本宝宝|本喵|本仙女|本小编|小编我',
  );
  add('opinion.voice-feeling', ['为敬'], `(?<=${HAN}{1,2})为敬`);

  // --- verdicts: 这种人素质太低, 这家物业就是黑心, 这项规定有点不近人情, 真是恶心, 简直离谱
  const WHO = `(?:这种|这类|这些|这帮|这伙|这群|这个|这家|这位|此类|此等|这项|这条|这次|这|该|此)${HAN}{0,4}?`;
  const DEG = '(?:就是|真是|真的|真够|真|也太|太|简直是?|实在是?|根本就是|纯属|有点|有些|确实|很|特别|非常|够)';
  add(
    'opinion.voice-verdict',
    ['这', '该', '此'],
    `${WHO}(?:${DEG}(?<!不)(?:${VERDICT})|素质(?:也|真是?|实在|太|很|极)?(?:太|很|极|真)?(?:低|差|堪忧))`,
  );
  add(
    'opinion.voice-verdict',
    ['人素质', '人的素质'],
    `人的?素质(?:也|真是?|实在|太|很|极)?(?:太|很|极|真)?(?:低|差|堪忧)`,
  );
  add(
    'opinion.voice-verdict',
    ['真是', '真的是', '简直', '实在是', '太', '也太', '真', '好', '超'],
    `(?:真的?是|简直(?:就)?是?个?|实在是|也太|太|真|好|超)(?:${VERDICT})`,
  );
  // 太过分了吧: 吧 asks the reader to agree
  add('opinion.voice-verdict', ['太'], `太${HAN}{1,4}?了吧`);
  // 活该被罚; 明明是商家的错, 错全在物业: blame handed out by the account
  add('opinion.voice-verdict', ['活该'], `活该(?:被|受|挨|倒霉|吃亏|(?=[！!。]|$))`);
  // 纯属浪费钱, 纯属打水漂: a verdict on a project or an event (纯属谣言, 纯属巧合 are facts of a denial)
  add(
    'opinion.voice-verdict',
    ['纯属'],
    '纯属(?:浪费|打水漂|瞎折腾|折腾|作秀|摆设|忽悠|胡扯|瞎扯|多此一举|劳民伤财|形式主义)',
  );
  // 效率真高啊, 胃口可真不小, 架子倒不小: sarcasm about the people in the news
  add('opinion.voice-verdict', ['效率真高', '水平真高'], '(?:效率|水平)真高(?:啊|呀)');
  add(
    'opinion.voice-verdict',
    ['胃口', '架子', '胆子', '脸皮'],
    '(?:胃口|架子|胆子|脸皮)(?:可|倒|也|还)?(?:真)?(?:不小|够大|真大|够厚|真厚)',
  );
  add('opinion.voice-verdict', ['低得', '慢得', '差得', '贵得'], '(?:低|慢|差|贵)得(?:可笑|离谱)');
  // 麻烦先把事情搞清楚再说话, 真难伺候, 自己又做了什么？: the account talking back to its critics
  add(
    'opinion.voice-verdict',
    ['真难伺候', '麻烦先', '自己又做了什么'],
    `真难伺候|麻烦先${HAN}{1,10}?再(?:说话|评论|下结论|发言)|自己又做了什么`,
  );
  // 有些居民就是不配合，说多少遍都没用: the public blamed by the account
  add(
    'opinion.voice-verdict',
    ['有些', '有的', '个别', '部分', '少数', '说多少', '说了多少'],
    `(?:有些|有的|个别|部分|少数)(?:居民|群众|市民|村民|网友|人|家长|商户|车主|业主|游客)就是不(?:配合|听|理解|自觉|讲理|遵守|守规矩)|说(?:了)?多少(?:遍|次)(?:都|也)(?:没用|不听)`,
  );
  add(
    'opinion.voice-verdict',
    ['明明', '错全在', '错就错在', '完全是', '显然是'],
    `(?:明明(?:就)?是|完全是|显然是)${HAN}{1,6}?(?:的错|不对|理亏|没理)|错(?:全|就错)在(?:对方|${HAN}{1,4}身上)`,
  );
  // 不像某些地方, 学学人家: sarcasm about other places or groups
  add(
    'opinion.voice-verdict',
    ['不像', '不比', '比起', '学学', '看看'],
    '(?:不像|不比|比起|学学|看看)(?:某些|有些|个别|隔壁|人家)',
  );
  add(
    'opinion.voice-verdict',
    ['某些', '有些'],
    `(?:某些|有些)(?:地方|城市|人|网友|专家|媒体|商家)${HAN}{0,2}?(?:只会|就知道|还好意思|天天就知道)`,
  );
  // Those who disagree are said not to understand (反对的人大多没想明白, 质疑这项政策的网友其实没弄懂): a verdict
  // on people for holding a view, where a notice should explain the reasons.
  add(
    'opinion.voice-verdict',
    ['反对', '质疑', '不满', '抱怨', '吐槽', '不理解', '有意见'],
    `(?:反对|质疑|不满|抱怨|吐槽|不理解|有意见)${HAN}{0,8}?的(?:人|网友|群众|市民|朋友|声音)(?:们)?(?:大多|大都|基本上?|往往|多半|其实|根本|压根儿?|都|多数|并){0,2}(?:是|还)?(?:没有?|不)(?:想清楚|想明白|想通|搞清楚|搞明白|弄清楚|弄明白|看清楚|看明白|懂|明白|理解|了解)`,
  );
  // people judged and sentenced by the account: 这样的司机就该重罚, 这种人就不配当老师 (对此类违法行为依法严惩 is a
  // body's notice: it names acts, not a kind of person)
  add(
    'opinion.voice-verdict',
    ['这样', '这种', '这类', '这帮', '那些', '那种'],
    `(?:这样|这种|这类|这帮|那些|那种)的?${HAN}{0,6}?(?:人|司机|商家|家长|邻居|网友|家伙|老板|车主|店主)(?:就|真|根本|压根)?(?:该|活该|应该|必须|不配)(?:重罚|严惩|拘留|曝光|封杀|开除|判刑|坐牢|滚|被罚|${HAN}{0,4})`,
  );
  // 他们根本不懂政策: a verdict on people the account disagrees with
  add(
    'opinion.voice-verdict',
    ['他们', '这些人', '有些人', '某些人', '某些网友', '有些网友', '这些网友'],
    '(?:他们|这些人|有些人|某些人|某些网友|有些网友|这些网友)(?:根本|压根儿?|完全)(?:不懂|不知道|不了解|不明白|没(?:有)?(?:看懂|搞懂|弄懂|读懂))',
  );
  // 小编忍不住点个大大的赞: the account's own applause
  add(
    'opinion.voice-feeling',
    SELF,
    `(?:${alt(SELF)})(?![市省区县局委厅院校国军党部所站乡镇村])${HAN}{0,4}?点(?:个|一个)?(?:大大的|大大|超级)?赞`,
  );
  // 心疼一线的工作人员: a feeling opening the sentence, said by no one but the account
  add('opinion.voice-feeling', ['心疼'], `(?<=^|[。！!？?s])心疼(?=${HAN})`);
  // moral insults: 良心被狗吃了, 良心不会痛吗, 丧尽天良
  add(
    'opinion.voice-verdict',
    ['良心', '狼心狗肺', '丧尽天良', '没良心'],
    '良心(?:真是|都|早就?)?被狗吃了|良心不会痛|狼心狗肺|丧尽天良|没良心',
  );
  // an evaluative reaction without an exclamation mark: 让人大跌眼镜, 令人心寒, 简直是找罪受
  add(
    'opinion.voice-verdict',
    ['让人', '令人', '叫人'],
    '(?:让人|令人|叫人)(?:大跌眼镜|哭笑不得|啼笑皆非|匪夷所思|瞠目结舌|心寒|寒心|无语|作呕|恶心|咋舌)',
  );
  add(
    'opinion.voice-verdict',
    ['简直'],
    '简直(?:是|就是)?(?:找罪受|活受罪|受罪|噩梦|灾难|折磨|要命|离谱|奇葩|无语|绝了|没法看|不像话)',
  );
  // 家长们太焦虑了，其实大可不必: others' feelings judged needless
  add('opinion.voice-verdict', ['大可不必', '其实大可'], `(?:其实)?大可不必${EDGE}`);
  // 真是太有才了, 真的太乱了: a degree verdict (太…了 with ！ is above)
  add(
    'opinion.voice-verdict',
    ['真是太', '真的太', '实在是太', '真是有点', '真的有点'],
    `(?:真是|真的|实在是)(?:太|有点)${HAN}{1,4}?了(?:吧|啦|啊)?${EDGE}`,
  );
  // 太…了！ 简直…！ 令人…！ — an exclamation that evaluates
  add('opinion.voice-verdict', ['太'], `太${HAN}{1,4}?了(?:吧|啦|啊)?[！!]`);
  add('opinion.voice-verdict', ['简直'], `简直${inClause(10, 1)}[！!]`);
  add(
    'opinion.voice-verdict',
    ['令人'],
    `令人(?!振奋|鼓舞|欣慰|瞩目|自豪|骄傲|敬佩|钦佩|难忘|向往|期待|满意|放心|信服|称道|赞叹|感动|印象)${HAN}{2,4}[！!]`,
  );
  add(
    'opinion.voice-verdict',
    ['全网', '封杀', '人肉'],
    '全网(?:封杀|抵制|声讨|通缉)|封杀(?:他|她|此人|这种人)|人肉(?:出来|他|她|此人)',
  );

  // 房价肯定还会继续上涨: a market forecast stated as certain (预计, 有望 are how official prose forecasts)
  add(
    'opinion.voice-forecast',
    ['房价', '价格', '股价', '物价', '菜价', '油价', '金价', '肉价', '猪价', '粮价', '房子'],
    `(?:房价|价格|股价|物价|菜价|油价|金价|肉价|猪价|粮价|房子)${inClause(10)}(?:肯定|一定|必然|绝对|铁定)(?:还|将)?(?:会|要)(?:继续)?(?:大涨|上涨|涨|大跌|下跌|跌|回落|反弹|走高|走低|升值|贬值)`,
  );
  // 谁能不感动呢？ 谁看了不心疼！ — a feeling claimed for everyone, in the account's voice
  add(
    'opinion.voice-feeling',
    ['谁能不', '谁会不', '谁看了不', '谁听了不'],
    '谁(?:能|会|看了|听了)不(?:感动|动容|心疼|点赞|佩服|自豪|骄傲|愤怒|心动|泪目)(?:呢|吧|啊)?[？?！!]',
  );
  // 这届家长太难带了: a generation or crowd mocked (这届网友 is listed slang)
  add(
    'opinion.voice-verdict',
    ['这届'],
    `这届(?:家长|年轻人|观众|游客|粉丝|吃货|学生|市民)(?:太|真|有点|也太|很会)${HAN}{1,4}`,
  );
  // 没少干这种事, 自己作死: misconduct imputed, a slang verdict
  add('opinion.voice-verdict', ['没少干'], `没少干(?:这种|这样的|这类|那种)?(?:事|坏事|缺德事|勾当)`);
  add('opinion.voice-verdict', ['作死'], `(?<!不)作死(?!不)`);
  // 气得不想说话, 急得直跺脚: a feeling carried to the writer's body, said by no one but the account
  add(
    'opinion.voice-feeling',
    ['气得', '急得', '恨得', '烦得'],
    `(?<=(?:我们|小编|我|笔者|咱|本号)${HAN}{0,4})(?:气|急|恨|烦)得(?:不想说话|说不出话|直跺脚|睡不着|发抖|牙痒痒|肝疼|心口疼)`,
  );
  // 嫌贵的可以不坐, 爱买不买: the public brushed off in a post as in a reply (嫌排队久的可以不必到现场 is advice:
  // the verb must end the clause)
  add(
    'opinion.voice-verdict',
    ['嫌'],
    `(?<=^|[，,。！!：:\\s])嫌${HAN}{1,4}?的?(?:话)?[，,]?(?:可以|就|大可|完全可以|那就)(?:不|别)${HAN}${EDGE}`,
  );
  add('opinion.voice-verdict', ['爱'], `(?<![可热喜恋关友珍心])爱(${HAN})不\\1${EDGE}`);

  // 这一刻真的值了, 一切都值了: the writer's own reward felt (round 35)
  add('opinion.voice-feeling', ['真的值了', '都值了', '一切值了'], `(?:真的|都|一切)值了${EDGE}`);
  // 说不难过是假的: a feeling owned by denying its absence
  add('opinion.voice-feeling', ['说不'], `说不(?:${FEEL}|感动|失落|委屈|心酸)是假的`);
  // 有小道消息说, 据知情人透露, 水可深着呢: hearsay and insinuation in the account's voice
  add(
    'opinion.voice-verdict',
    ['小道消息', '知情人', '水可深', '水很深', '水太深', '难怪'],
    `小道消息|知情人(?:士)?(?:透露|爆料)|水(?:可|很|太)深着?呢|难怪(?:这么|如此)?(?:嚣张|猖狂|有恃无恐|胆大包天)`,
  );
  // 就没输过谁, 比谁都快, 这可不是自夸, 放眼全省也没几家: the account boasting against its peers
  add(
    'opinion.voice-verdict',
    ['就没输过', '比谁都', '不是自夸', '不是我们自夸', '放眼全', '不是谁都'],
    `就没输过|比谁都(?:快|好|强|多|早)|不是(?:我们)?自夸|放眼全(?:省|市|国|区|县)(?:也)?没几(?:家|个)|不是谁都能(?:有|做到|比)`,
  );
  // 死者生前肯定有严重的心理问题, 基本可以断定是家庭矛盾引起的: the cause of an incident asserted before any finding
  add(
    'opinion.voice-verdict',
    [
      '死者',
      '嫌疑人',
      '当事人',
      '两人',
      '双方',
      '男子',
      '女子',
      '男方',
      '女方',
      '司机',
      '这起',
      '该起',
      '事故',
      '事件',
    ],
    `(?:死者|嫌疑人|当事人|两人|双方|男子|女子|男方|女方|司机|这起|该起|事故|事件)${inClause(14)}(?:肯定(?:是|有|会)|基本可以断定|可以断定|八成是|十有八九)`,
  );
  // 这些司机的脑子是落在家里了吗？ — people in the news mocked for their wits or conscience, as a question
  add(
    'opinion.voice-verdict',
    ['这些', '这种', '那些', '有些', '某些', '这位', '这帮'],
    `(?:这些|这种|那些|有些|某些|这位|这帮)${HAN}{0,6}?的?(?:脑子|脑袋|智商|良心)${inClause(10)}吗(?=[？?])`,
  );
  // 都什么年代了, 能不能长点心, 说的就是这种人: the public lectured
  add(
    'opinion.voice-verdict',
    ['都什么年代', '能不能', '长点心吧', '说的就是这种人'],
    `都什么年代了|能不能(?:长|上)(?:点|些)?心|长点心吧|说的就是这种人`,
  );
  // People in the news condemned or mocked by the account (round 35): 社会渣滓, 替他脸红, 本性暴露无遗, 好好反省吧,
  // 睁眼说瞎话 (等待他的将是法律的严惩 is the police's formula and stays; a two-character insult alone, 人渣 or 手欠,
  // would stand for the whole sentence the tone model reads and hide the rest of it from the reviewer)
  add(
    'opinion.voice-verdict',
    ['社会渣滓', '少了一', '替他', '替她', '为他', '为她', '本性', '好好', '是迟早的事', '睁眼说瞎话', '抓一个少一个'],
    `社会渣滓|少了一(?:颗|个)毒瘤|(?:替|为)(?:他|她)们?(?:感到)?(?:脸红|害臊|丢人|汗颜)|本性(?:暴露无遗|毕露)|好好(?:在里面)?反省(?:反省)?吧|是迟早的事|睁眼说瞎话|抓一个少一个`,
  );
  // A motive or a hidden hand imputed on a guess: 他本人恐怕也有问题, 难保没有人吃回扣, 说明有人心虚, 说不定跟那起案件有关
  add(
    'opinion.voice-verdict',
    ['恐怕', '估计', '八成', '多半', '说不定', '难保', '怕是', '没准', '说明有人'],
    `(?:恐怕|估计|八成|多半|说不定|难保|怕是|没准)${inClause(8)}(?:有问题|有猫腻|心虚|有鬼|有过节|吃回扣|不干净|说不过去|没人(?:会)?信)|说明有人(?:心虚|有鬼|做贼心虚)|说不定(?:跟|和|与)${HAN}{1,8}?有关`,
  );
  // The account boasting that nobody can fault it, or crediting itself alone: 挑不出任何毛病, 全靠我们, 放一百个心
  add(
    'opinion.voice-verdict',
    ['挑不出', '找不出比', '全靠', '靠的全是', '全凭', '放一百'],
    `挑不出(?:任何|一点|半点)?(?:毛病|问题|瑕疵)|找不出比我们|(?:全靠|靠的全是|全凭)(?:我们|我局|本局|咱们|本单位|我县|我市|我区|我们局)|放一百(?:个|二十个)心`,
  );
  // The writer's own weariness or glee about the weather or the day: 这日子什么时候是个头, 老天爷总算开眼了,
  // 南方人的快乐没了, 冷得不讲道理, 活着好难
  add(
    'opinion.voice-feeling',
    ['什么时候', '何时', '老天爷', '的快乐', '得不讲道理', '活着'],
    `(?:什么时候|何时)(?:才)?是个头|老天爷(?:总算|终于|可算)?(?:开眼|开恩)|的快乐(?:没了|没有了)|得不讲道理|活着(?:好|太|真)难`,
  );
  // The public mocked by a rhetorical question or a sneer: 长相能当饭吃吗, 楼下的人招谁惹谁了, 这份潇洒谁稀罕,
  // 这话连狗都不信, 老虎都比他守规矩, 这操作让人无话可说, 被骗也是交了学费, 自己不要命
  add(
    'opinion.voice-verdict',
    [
      '能当饭吃',
      '招谁惹谁',
      '谁稀罕',
      '连狗都',
      '都比',
      '让人无话可说',
      '被骗',
      '上当',
      '吃亏',
      '自己不要命',
      '真是不要命',
    ],
    `能当饭吃吗|招谁惹谁|谁稀罕|连狗都不|都比(?:他|她)们?(?:守规矩|懂事|讲理|明白事理|自觉)|让人无话可说|(?:被骗|上当|吃亏)(?:也|就)?(?:是|算|当)(?:交了?)?学费|自己不要命|真是不要命`,
  );
  // --- taking sides: 我们坚决站业主这边, 挺商户到底
  add(
    'opinion.voice-side',
    ['站', '挺'],
    `(?<=(?:坚决|坚定|就|都|会|要|们|我|小编|必须|一定|永远|只)\\s*)站(?:在)?${HAN}{1,6}?(?:这边|那边|这一边|这一方)|挺${HAN}{1,6}?到底|站队`,
  );
  // 这波我站交警！ 支持受害者维权到底
  add(
    'opinion.voice-side',
    ['我站', '小编站', '本号站', '我们站'],
    `(?:我|小编|本号|我们)站(?![在岗稳起立位台点长着好住成出队])${HAN}{1,4}${EDGE}`,
  );
  add('opinion.voice-side', ['支持'], `支持${HAN}{1,8}?(?:维权)?到底`);
  return shapes;
}
