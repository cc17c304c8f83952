/**
 * Replies to citizens, by the grammar of a bad reply rather than by whole phrases. The word lists are data
 * (dictionaries/reply-tone.json, with sources and examples the tests run, passed in by the host); this module
 * holds the shapes:
 *
 * - second person + a belittling predicate within a clause (你是不是没读过书, 你以为你是谁), or a bare belittling
 *   question (识字吗？ 小学没毕业吧);
 * - rhetorical contempt (至于吗？ 难道…不知道吗？ 你不会自己看？);
 * - imperative dismissal (不要反复留言, 别瞎操心, 少废话) — not a polite 请勿重复提交;
 * - dismissive shirking (不归我们管, 谁卖给你的找谁去) — a referral (建议您向…反映) has none of these words;
 * - threats after 再 + an action (再乱发帖就报警抓你, 再闹下去…就别想办了);
 * - flippant internet register (呵呵, [摊手], 醒醒吧, 亲~), victim-blaming (谁让你…, 自己也要反思);
 * - impatience (早就告诉过你, 说了八百遍, 一天到晚就知道投诉);
 * - insults (sensitive, block) bounded by a clause edge, a second person or 是/个/真/像, so 精神病院, 固体废物 pass;
 * - vulgar Latin and pinyin-initial forms (SB, tmd, cnm), never next to a letter or digit (SB2, TM-3, NC程序 pass);
 * - private contact (私聊我) and paid help (加急费, 包过).
 *
 * Only the account's own voice in a reply: never inside quotation marks, never in a citizen's message (the text
 * after 网友：/来信：/问： up to the next 回复：/答复：/答：), never in a sentence that reports a reply (被通报, 回复称)
 * or quotes a fraudster (骗子, 话术). Warnings except insults and vulgar words; runs in the library pass.
 */
import { type Automaton, buildAutomaton, HitBuffer, noteMappedUnits } from '../engine/matcher/automaton';
import { identityMap } from '../engine/normalize';
import type { ParagraphRule, RuleMeta } from '../engine/rule';
import { OPINION_SHAPE_RULES, opinionShapes, REPORTED_SPEECH, type Shape } from './opinion-shapes';
import { EMOTION, JUDGEMENT, VERDICTS } from './opinion-voice';
import { REPLY_SIGNAL } from './reply-promo';
import { createStance, STANCE_RULES } from './reply-stance';
import type { REPLY_TONE_LISTS, ReplyToneLexicons } from './reply-tone-schema';
import { isHanCode, MAX_PER_PARAGRAPH, replyFrame } from './util-text';

const SOURCE =
  '国办发〔2018〕123号《关于推进政务新媒体健康有序发展的意见》（“雷人雷语”）；国办发〔2020〕53号：规范热线服务用语，耐心细致答复；GB/T 33358—2016《政府热线服务规范》';

const meta = (
  id: string,
  category: RuleMeta['category'],
  severity: RuleMeta['severity'],
  title: string,
  message: string,
): RuleMeta => ({ id, category, severity, title, message, source: SOURCE });

export const REPLY_TONE_RULES: RuleMeta[] = [
  meta(
    'opinion.reply-belittle',
    'opinion',
    'warn',
    '回复贬损群众',
    '{text}贬低群众的智力、文化或动机，回复群众应尊重、耐心。',
  ),
  meta('opinion.reply-contempt', 'opinion', 'warn', '回复反问不屑', '{text}是对群众的反问、不屑，回复群众应正面解答。'),
  meta(
    'opinion.reply-dismiss',
    'opinion',
    'warn',
    '回复驱赶推诿',
    '{text}是驱赶、推诿群众的说法，应告知办理渠道或转办。',
  ),
  meta(
    'opinion.reply-threat',
    'opinion',
    'warn',
    '回复威胁群众',
    '{text}带有威胁、恐吓意味，政务账号回复群众不得威胁。',
  ),
  meta('opinion.reply-flippant', 'opinion', 'warn', '回复语气轻佻', '{text}是轻佻的网络语气，不宜用于回复群众。'),
  meta('opinion.reply-victim-blame', 'opinion', 'warn', '回复归咎群众', '{text}把责任推给求助的群众，回复应提供帮助。'),
  meta('opinion.reply-impatient-shape', 'opinion', 'warn', '回复不耐烦', '{text}对群众不耐烦，回复群众应耐心解答。'),
  meta(
    'sensitive.reply-insult-word',
    'sensitive',
    'block',
    '回复辱骂群众',
    '{text}是辱骂群众的用语，政务账号必须文明礼貌。',
  ),
  meta('sensitive.reply-latin-vulgar', 'sensitive', 'block', '回复粗口字母写法', '{text}是粗口的字母写法，不得使用。'),
  meta(
    'opinion.reply-private-contact',
    'opinion',
    'warn',
    '回复让群众私下联系或托关系',
    '{text}暗示群众私下联系或托关系办事，政务咨询应通过公开渠道依规办理。',
  ),
  meta(
    'advertising.reply-paid-help',
    'advertising',
    'warn',
    '回复有偿帮办',
    '{text}是有偿办事的说法，政务账号不得提供或介绍有偿服务。',
  ),
  ...OPINION_SHAPE_RULES,
  ...STANCE_RULES,
];

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Longest first, so 你们 wins over 你. */
const alt = (words: readonly string[]) =>
  [...words]
    .sort((a, b) => b.length - a.length)
    .map(esc)
    .join('|');

/** Characters that end a clause: no shape reaches across one. */
const C = '。！？!?；;，,\\n';
/** Up to n characters inside one clause / one sentence. */
const inClause = (n: number, min = 0) => `[^${C}]{${min},${n}}?`;
const inSentence = (n: number, min = 0) => `[^。！？!?；;\\n]{${min},${n}}?`;
const END = '(?=[。！!？?，,~～…]|$)';

/**
 * One shape: a rule id, the literal strings a match starts with (found by the one automaton scan) and a sticky
 * expression tried only where one of them starts. So the text is read once, and the expressions run at a few
 * places instead of at every character.
 */
/** Word lists reported as they are (no shape around them), with the rule each reports under. */
const WORD_RULES: ReadonlyArray<readonly [(typeof REPLY_TONE_LISTS)[number], string]> = [
  ['belittleBare', 'opinion.reply-belittle'],
  ['contemptEnd', 'opinion.reply-contempt'],
  ['shirk', 'opinion.reply-dismiss'],
  ['threatBare', 'opinion.reply-threat'],
  ['flippant', 'opinion.reply-flippant'],
  ['victimBlame', 'opinion.reply-victim-blame'],
  ['impatience', 'opinion.reply-impatient-shape'],
  ['insult', 'sensitive.reply-insult-word'],
  ['privateContact', 'opinion.reply-private-contact'],
  ['paidHelp', 'advertising.reply-paid-help'],
];
/** Order of the rules when two matches start at one place (the first reported wins the place). */
const PRIORITY = [
  'sensitive.reply-insult-word',
  'sensitive.reply-latin-vulgar',
  // before the reply-only ids: a place they share is reported even where there is no reply context
  ...OPINION_SHAPE_RULES.map((r) => r.id),
  'opinion.reply-belittle',
  'opinion.reply-contempt',
  'opinion.reply-dismiss',
  'opinion.reply-threat',
  'opinion.reply-flippant',
  'opinion.reply-victim-blame',
  'opinion.reply-impatient-shape',
  'opinion.reply-private-contact',
  'advertising.reply-paid-help',
];

/** The shapes, built from the word lists. */
function shapesOf(L: ReplyToneLexicons): Shape[] {
  const words = (name: (typeof REPLY_TONE_LISTS)[number]) => alt(L[name].words);
  const YOU = words('you');
  const FACULTY = words('faculty');
  const shapes: Shape[] = [];
  const HEADS_RUDE = ['不要', '别', '甭', '少'];
  const add = (ruleId: string, anchors: readonly string[], source: string) =>
    shapes.push({ ruleId, anchors, re: new RegExp(source, 'y') });
  const you = L.you.words;

  // --- belittling: second person + a belittling predicate, a faculty found wanting, a trait with a degree word
  add('opinion.reply-belittle', you, `(?:${YOU})${inClause(8)}(?:${words('belittle')})`);
  // 你这脑子, 您这文化程度, 就你这理解能力
  add('opinion.reply-belittle', ['你', '您', '楼主'], `(?:你们|你|您|楼主)这(?:种|点|个)?(?:${FACULTY})`);
  // 楼主的眼神是不是不太好, 你们的素质也就这样了, 你是不是脑子有坑, 你脑袋里装的都是浆糊
  add('opinion.reply-belittle', you, `(?:${YOU})${inClause(6)}(?:${FACULTY})${inClause(6)}(?:${words('deficient')})`);
  // 没脑子？ 一点常识都没有, 有没有点脑子
  add(
    'opinion.reply-belittle',
    ['没', '缺', '有没有', '一点'],
    `(?:没有?|缺乏?|有没有)(?:点|一点|半点)?(?:${FACULTY})(?=[吗么啊呀吧呢？?。！!，,~～…]|$)|一点(?:${FACULTY})(?:都|也)没有`,
  );
  // 你怎么这么笨, 你真闲, 你们也太矫情了
  add(
    'opinion.reply-belittle',
    you,
    `(?:${YOU})${inClause(4)}(?:怎么这么|咋这么|怎么那么|怎么|咋|真是|真|太|这么|那么|也太|好|就是)(?:${words('badTrait')})`,
  );
  // 就你懂得多, 就你事多
  add(
    'opinion.reply-belittle',
    ['就你', '就您'],
    '就(?:你们?|您)(?:最|事|懂|聪明|能耐|厉害|特殊|有理|会说|知道得多|金贵|娇气|急)',
  );
  // 没上过几天学 (对没上过学的老人 is a description, not a jibe)
  add(
    'opinion.reply-belittle',
    ['没上过', '没读过', '没念过'],
    '没(?:上|读|念)过(?:几天|几年|一天|什么)?(?:学|书)(?!的)',
  );
  // 你还能干什么, 还能指望你什么
  add('opinion.reply-belittle', ['你'], '你们?还能(?:干|做)(?:什么|啥|点啥|成什么)');
  // 你是来找茬的吧, 你是故意捣乱的吗: a motive pinned on the citizen
  add(
    'opinion.reply-belittle',
    ['你'],
    '你们?是(?:来|故意|专门|存心|成心|特意)?(?:找茬|捣乱|闹事|添乱|找事|挑事|抬杠|碰瓷|讹人|博眼球|蹭热度)的?(?:吧|吗|么|啊)?',
  );
  // 跟你说不清, 没法跟你解释, 说了你也不懂
  add(
    'opinion.reply-belittle',
    ['跟你', '和你', '跟您', '没法跟', '没法和', '说了你', '说了您'],
    '(?:跟|和)(?:你|您)们?(?:说|讲|解释|沟通)不(?:清|通|明白)|没法(?:跟|和)(?:你|您)们?(?:说|讲|解释|沟通)|说了(?:你|您)们?也不(?:懂|明白|会|理解)',
  );
  // 一群蚊子在嗡嗡嗡: the citizens as noisy animals
  add(
    'opinion.reply-belittle',
    ['一群', '一帮', '一堆'],
    '(?:一群|一帮|一堆)(?:蚊子|苍蝇|乌鸦|鸭子|狗|麻雀|疯狗)(?:在|似的|一样)?(?:嗡嗡|叽叽喳喳|乱叫|叫唤|瞎叫|吵|叫|吠|狂吠|呱呱)',
  );
  // 你能不能好好看看, 能不能别这么事儿
  add(
    'opinion.reply-contempt',
    ['你能不能', '你们能不能', '能不能别', '能不能不要'],
    '(?:你们?)?能不能(?:别|不要)(?:这么|那么|老|总|再|天天)|你们?能不能(?:好好|认真点?|仔细点?|动动|用用|长点)',
  );
  // 这点能力都没有吗, 这么点小事都办不好: the citizen found wanting at something called trivial
  add(
    'opinion.reply-contempt',
    ['这点', '这么点'],
    '(?:这点儿?|这么点儿?)[\\u4e00-\\u9fff]{0,4}?(?:都|也)(?:没有|不会|不懂|不知道|搞不定|搞不懂|弄不明白|做不好|办不好|看不懂|记不住|分不清|不明白)(?:吗|么|啊|呀|呢|？|\\?)',
  );
  // 你这是在质疑政府吗: an accusation that intimidates
  add(
    'opinion.reply-threat',
    ['你'],
    '你们?(?:这是|这是在|是在|在|想|敢|是想)(?:质疑|对抗|挑战|抹黑|污蔑|攻击|威胁|煽动|要挟)(?:政府|我们|党|组织|国家|执法)',
  );
  // 您可真是全市最闲的人: a superlative about the citizen is mockery, not praise
  add(
    'opinion.reply-flippant',
    ['你可', '你真', '您可', '您真', '你们可', '你们真', '你还真', '您还真'],
    '(?:你|您)们?(?:可|还)?真(?:是|算是|称得上)?[^。！？!?，,；;\\n]{0,8}?最[\\u4e00-\\u9fff]{1,4}的(?:人|一位|一个|那位|市民|网友|群众)',
  );
  // 你可真行, 您真是个人才: praise meant as mockery
  add(
    'opinion.reply-flippant',
    ['你可', '你真', '您可', '您真', '你们可', '你们真'],
    '(?:你|您)们?可?真(?:是)?(?:行|厉害|会想|会说|会玩|有才|个人才|人才|能耐|有意思|逗|能想)(?![的地得])',
  );
  // 别乱说, 不要瞎猜, 没证据就别胡说
  add(
    'opinion.reply-dismiss',
    HEADS_RUDE,
    '(?<![请无不必需您])(?:不要|别|甭|少)(?:乱|瞎|胡)(?:说|讲|猜|扯|编|嚷|叫|喊|评论)',
  );
  // 这个锅我们不背
  add('opinion.reply-dismiss', ['锅', '不背'], '锅(?:我们|我)?(?:可)?不背|不背(?:这个)?锅');
  // 您是一个不合格的网民, 你就是个不讲理的家长: the citizen labelled as a bad kind of person
  add(
    'opinion.reply-belittle',
    you,
    `(?:${YOU})(?:就|真|根本|简直)?是(?:一个|个|一群|一帮)?(?:不合格|不称职|没素质|没文化|不讲理|无知|不懂事|不文明|刁蛮|蛮横|难缠|不讲道理|无理取闹)的?(?:网民|市民|群众|人|家长|居民|公民|业主|游客|乘客|顾客)`,
  );
  // 都快成您的私人秘书了: the account made the citizen's servant, in mockery
  add(
    'opinion.reply-flippant',
    ['成你', '成您', '成了你', '成了您'],
    '(?<=(?:都|快|简直|真)[^，。！？!?]{0,2})成了?(?:你|您)们?(?:家)?的[\\u4e00-\\u9fff]{1,6}了',
  );
  // 您可真够较真的, 你们真够闲的: praise of a trait meant as mockery
  add(
    'opinion.reply-flippant',
    ['你可', '你真', '您可', '您真', '你们可', '你们真'],
    '(?:你|您)们?可?真够[\\u4e00-\\u9fff]{1,3}的',
  );
  // 你是个瞎子吗, 你这个垃圾: a second person named as an animal or a slur (垃圾分类 is not one)
  add(
    'sensitive.reply-insult-word',
    ['你'],
    '你们?(?:这个|这种|就是个?|是个?|真是个?|简直是|个|这)(?:猪|狗|驴|瞎子|聋子|哑巴|瘸子|残废|垃圾|小丑|文盲|法盲|屁民|土鳖|蠢猪|白痴|傻子|废物)(?![肉场圈舍苗瘟价崽仔分桶站处清运车袋类回收])',
  );
  add('opinion.reply-belittle', ['有病'], '有病(?:就)?(?:去)?(?:治|看|吃药)');
  add('opinion.reply-belittle', ['是病'], '是病[，,]?(?:得|要|就得|赶紧)治');
  // see a doctor: 挂个心理科, 赶紧去看看医生吧, 出门左转精神病院 (建议您到眼科就诊 is advice)
  add(
    'opinion.reply-belittle',
    ['挂个', '挂', '看看', '看', '去看', '查查', '赶紧', '赶快', '趁早', '早点'],
    '(?:赶紧|赶快|趁早|早点)?去?(?:医院)?(?:挂个?号?|看看?|查查|瞧瞧)(?:脑科|精神科|心理科|心理医生|神经科|精神病院|脑子)|(?:赶紧|赶快|趁早|早点)去?(?:看看?|瞧瞧)(?:医生|大夫)',
  );
  add('opinion.reply-belittle', ['管那么', '管这么', '管得'], '管(?:那么|这么|得)(?:宽|多)');
  add(
    'opinion.reply-belittle',
    ['有时间', '有空', '有工夫', '有功夫', '有精力', '有这', '有那'],
    `(?<![如若])有(?:[这那]个?闲?)?(?:时间|空|工夫|功夫|精力)${inSentence(12, 2)}不如(?:去|早点|趁早)?[\\u4e00-\\u9fff]{1,5}`,
  );
  // 有这工夫不如…: with 这/那 the time is the citizen's complaint itself, and 不如 may follow at once
  add(
    'opinion.reply-belittle',
    ['有这', '有那'],
    '(?<![如若])有[这那]个?闲?(?:时间|空|工夫|功夫|精力)[，,]?不如(?:去|早点|趁早|多)?[\\u4e00-\\u9fff]{1,5}',
  );
  // 小学生都看得懂，您还问？: the citizen set below a child (小学生都能看懂，欢迎下载 praises a leaflet)
  add(
    'opinion.reply-belittle',
    ['小学', '幼儿园', '三岁', '傻子', '是个人', '正常人'],
    '(?:小学生|小学毕业(?:的|生)?|小学文化|幼儿园(?:的)?(?:小朋友|小孩|孩子)?|三岁(?:的)?(?:小孩子?|孩子|娃)|傻子|是个人|正常人)(?:都|也)(?:能|会)?(?:看得懂|看得明白|看懂|听得懂|听懂|知道|明白|懂|清楚|会)(?=[^。！!]{0,14}(?:你|您|还|[？?]))',
  );
  add(
    'opinion.reply-belittle',
    ['就知道', '就会', '只知道', '只会'],
    '(?:就|只)(?:知道|会)(?:投诉|抱怨|闹|吵|伸手|要钱|找茬|挑刺|发牢骚|告状|等靠要)',
  );

  // --- rhetorical contempt aimed at the citizen
  const Q = '[？?]';
  add('opinion.reply-contempt', ['难道'], `难道${inSentence(12)}(?:不知道|不懂|不会|没看|看不见|看不到|不清楚)`);
  add(
    'opinion.reply-contempt',
    ['你'],
    `(?:你们|你)(?:就|都|也|连这都)?(?:不会|不懂得?|看不懂|听不懂|不识|没长|不长)${inClause(6)}${Q}`,
  );
  add('opinion.reply-contempt', ['没看'], `没看(?:到|见)?(?:我们|我)${inClause(6)}吗`);
  add(
    'opinion.reply-contempt',
    ['你'],
    `你们?(?!好)${inSentence(10)}(?:不|没|没有)(?:懂|会|知道|明白|清楚|看到|看见|看|听|理解|认识|识)${inSentence(8)}[吗么啊嘛]?${Q}`,
  );
  add('opinion.reply-contempt', ['你'], `你们?是不是${inSentence(10, 1)}${Q}`);
  // 看不见吗？ 听不懂啊？
  add(
    'opinion.reply-contempt',
    ['看不见', '看不到', '看不懂', '听不懂', '不识字', '不认字', '看不清'],
    `(?:看不见|看不到|看不懂|听不懂|不识字|不认字|看不清)(?:吗|么|啊|呀|吧)?${Q}`,
  );
  // 这点道理都不明白？ 这些都不懂？
  add(
    'opinion.reply-contempt',
    ['这'],
    `这(?:点|么|种|些|个)?${inClause(8)}(?:都|也|还)(?:不|没|看不|听不|搞不)(?:懂|会|知道|明白|清楚|见|到|了解)${inClause(3)}[吗么啊呀]?${Q}`,
  );
  // 这种常识还需要我们教你？ 难道还要我们上门喂饭吗？
  add(
    'opinion.reply-contempt',
    ['还要我', '还需要我', '还得我', '还用我', '难道要我', '难道还要我'],
    `(?:难道)?还?(?:要|需要|得|用)(?:我们|我)(?:来|去)?(?:教|手把手|上门|喂|替你|帮你|给你|一个个|一步步|挨个)${inSentence(10)}[吗么啊]?${Q}`,
  );
  // 你以为政府是你家开的？ 你觉得我们会为你一个人改规定吗？
  add(
    'opinion.reply-contempt',
    ['你以为', '你们以为', '你觉得', '你们觉得', '你当'],
    `你们?(?:以为|觉得|当)${inSentence(14, 1)}[吗么啊呢]?${Q}`,
  );
  add('opinion.reply-contempt', ['是你家', '是你们家'], '是你们?家(?:开的|的|修的|建的)');
  add('opinion.reply-contempt', ['你还想', '你们还想'], `你们?还想(?:让|要|叫)${inClause(12, 1)}${Q}`);
  add(
    'opinion.reply-contempt',
    ['这还', '这也', '这都'],
    '这(?:还|也|都)(?:要|用|需要|得|值得)(?:来问|问|说|教|解释|投诉|举报|打听|反映)',
  );
  // 现在来找政府？ 现在才知道着急
  add(
    'opinion.reply-contempt',
    ['现在', '这会儿', '才知道', '才想起'],
    '(?:现在|这会儿)才?(?:来|想起来)?(?:找|怪|求)(?:政府|我们)|才(?:知道|想起|晓得)(?:哭|急|着急|后悔|找)',
  );
  add(
    'opinion.reply-contempt',
    ['连'],
    `连${inClause(10, 1)}(?:都|也)[\\u4e00-\\u9fff]{0,2}?(?:不|没|分不清|搞不懂|看不懂|不会)${inClause(4)}`,
  );
  add(
    'opinion.reply-contempt',
    ['分不清', '搞不清', '搞不懂', '看不懂', '听不懂', '不会看', '不会查'],
    '(?<=[都也])(?:分不清|搞不清|搞不懂|看不懂|听不懂|不会看|不会查)',
  );
  add(
    'opinion.reply-contempt',
    ['这么简单', '这么容易', '这么明显'],
    `这么(?:简单|容易|明显)的${inClause(4)}(?:都|还|也)(?:要|不|没|需要|值得)[\\u4e00-\\u9fff]{0,3}`,
  );
  add(
    'opinion.reply-contempt',
    ['这点'],
    `这点(?:小)?事${inClause(3)}(?:也|都|还)(?:值得|要|来)[\\u4e00-\\u9fff]{0,3}`,
  );
  add(
    'opinion.reply-contempt',
    ['为什么不', '怎么不', '干嘛不', '为啥不'],
    `(?:为什么|怎么|干嘛|为啥)不(?:自己|先)${inClause(8)}`,
  );
  add('opinion.reply-contempt', ['不就'], `不就(?:是)?${inClause(10, 1)}(?:吗|嘛)${Q}`);
  // 自己查查不会吗, 不会自己看一下吗: a question that mocks the citizen for asking
  add(
    'opinion.reply-contempt',
    ['自己', '不会自己'],
    `自己${inClause(6, 1)}不会(?:吗|么|啊|呀)|不会自己(?:查|看|搜|翻|问|找)${inClause(4)}(?:吗|么|啊|呀)`,
  );
  // 就急成这样, 至于气成这样吗
  add('opinion.reply-contempt', ['就', '至于'], '(?:就|至于)(?:急|气|闹|吵|慌|哭|嚷|激动)成(?:这样|这个样子?|那样)');
  add(
    'opinion.reply-contempt',
    ['有什么', '有啥'],
    '有(?:什么|啥)(?:好|可)(?:投诉|问|闹|吵|抱怨|纠结|计较|嚷嚷|争|哭|急|催|较真)的',
  );

  // --- imperative dismissal: 别再/少/不要再/不用再 + ask, complain, call, bother, make noise, flood the board
  const HEADS = ['不要', '别', '甭', '莫', '不许', '不准'];
  const ADV = '(?:再|反复|老是|老|总是|总|一直|乱|瞎|重复|到处|天天|整天|成天|没事就?|动不动就?|一天到晚|三天两头)';
  const PLACE =
    '(?:(?:在|往|到|跑到|上)(?:这儿|这里|这|网上|评论区|群里|留言板|我们这儿?|政府|热线|微博|我们)[^。！？!?，,；;\\n]{0,3}?)';
  const VERB = words('dismissVerb');
  add(
    'opinion.reply-dismiss',
    HEADS,
    `(?<![请无不必需您])(?:不要|别|甭|莫|不许|不准)(?:(?:${ADV}+(?:来|去|跑来|过来)?${PLACE}?)|${PLACE}|(?:来|去)${ADV}?)(?:${VERB})`,
  );
  // 请勿再反复投诉: a citizen told not to complain again (请勿拨打, 请勿重复提交 are no complaint)
  // (and 请不要重复投诉, round 31)
  add(
    'opinion.reply-dismiss',
    ['请勿', '请不要', '请您不要'],
    `(?:请勿|请您?不要)(?:再|反复|重复|多次|一直)+(?:投诉|留言|反映|来电|打电话|咨询|信访)`,
  );
  // 您已经问过三次了: counting the citizen's questions
  add(
    'opinion.reply-impatient-shape',
    ['您', '你'],
    '(?:您|你)(?:已经|都|前后|先后)?(?:问|咨询|反映|投诉|留言|打电话|来电)过[^，。！？!?；;\\n]{0,3}次',
  );
  // 麻烦先看完再来问, 先把政策看明白再留言: told to read before asking
  add(
    'opinion.reply-impatient-shape',
    ['先'],
    '先(?:把[^，。！？!?；;\\n]{1,8})?(?:看|读|了解|搞|弄|查)(?:完|清楚|明白|懂)了?再(?:来)?(?:问|留言|评论|投诉|提问|发言|说)',
  );
  // 一天打八次电话: counting the citizen's calls
  add(
    'opinion.reply-impatient-shape',
    ['一天', '每天', '天天', '一周', '一个月'],
    '(?:一天|每天|天天|一周|一个月)(?:就|都|要)?(?:打|来)[^，。！？!?；;\\n]{0,3}次(?:电话|信访|投诉)',
  );
  // 不是谁嗓门大谁就有理: the citizen's complaint as noise
  add('opinion.reply-contempt', ['谁'], '谁(?:的)?(?:嗓门|声音|调门)(?:大|高)谁(?:就)?(?:有理|占理|说了算)');
  // 别刷屏了, 少在这里嚷嚷: a verb that is a jibe by itself
  add(
    'opinion.reply-dismiss',
    HEADS,
    '(?<![请无不必需您])(?:不要|别|甭|不许|不准)(?:刷屏|嚷嚷|瞎嚷嚷|闹了|吵了|添乱|折腾了|纠缠|带节奏|抱怨了|发牢骚|找茬|挑刺|唠叨|啰嗦|废话|催了|烦我|烦人)',
  );
  // 不用再打电话过来了 (您不用再跑窗口 is good news: 您, and 跑 is no complaint)
  add(
    'opinion.reply-dismiss',
    ['不用再', '用不着再', '没必要再'],
    `(?:不用|用不着|没必要)再(?:${VERB})${inClause(3)}了`,
  );
  // 别没事就往我们这儿跑
  add(
    'opinion.reply-dismiss',
    ['别', '不要'],
    `(?:别|不要)${ADV}*(?:往|到|来)(?:我们|这儿|这里|政府|窗口)${inClause(3)}跑`,
  );
  // 不要拿到网上来说
  add('opinion.reply-dismiss', ['不要', '别'], '(?:不要|别)(?:拿到|发到|放到|捅到)网上');
  add(
    'opinion.reply-dismiss',
    ['少'],
    '(?<![多至减缺])少(?:废话|啰嗦|管闲事|来这一?套|来这些|来那一?套|烦我|打扰|在这|给我|操心|插嘴|掺和)',
  );
  add('opinion.reply-dismiss', ['谁', '哪个', '哪家'], `(?:谁|哪个|哪家)${inClause(8)}找谁去?`);
  // 爱找谁找谁, 爱去哪告去哪告
  add('opinion.reply-dismiss', ['爱'], '爱([\\u4e00-\\u9fff]{1,2})(?:谁|哪)\\1(?:谁|哪)');
  add(
    'opinion.reply-dismiss',
    ['嫌', '觉得'],
    `(?:嫌|觉得)${inClause(8, 1)}[，,]?(?:可以|就|大可|完全可以)(?:不|别|选择不)[\\u4e00-\\u9fff]{1,2}`,
  );
  add(
    'opinion.reply-dismiss',
    ['不想', '不愿', '不满意', '接受不了', '受不了', '干不了'],
    `(?:不想|不愿意?|不满意|接受不了|受不了|干不了)${inClause(8)}[，,]?(?:可以|就|大可)(?:走人|走|离开|辞职|搬走|另找|不干)`,
  );
  add(
    'opinion.reply-dismiss',
    ['嫌', '觉得', '怕'],
    `(?:嫌|觉得|怕)${inClause(8, 1)}[，,]?(?:可以|就|大可|那就)(?:绕行|绕道|绕路|换条路)`,
  );
  add(
    'opinion.reply-dismiss',
    ['手电筒', '降噪耳机', '耳塞', '隔音棉'],
    '(?<=(?:建议|可以|不如|最好|自己)[^。！？!?\\n]{0,8}?)(?:手电筒|降噪耳机|耳塞|隔音棉)',
  );
  add(
    'opinion.reply-dismiss',
    ['嫌'],
    `嫌${inClause(6, 1)}[，,]?(?:可以|就|大可)(?:搬走|搬家|走人|离开|换地方|换个地方|别来|别住)`,
  );
  // 嫌排队久，可以自己打车去: the burden handed back to the citizen
  add(
    'opinion.reply-dismiss',
    ['嫌'],
    `嫌${inClause(8, 1)}[，,]?(?:可以|就|大可|那就)?自己(?:去|开车|打车|想办法|找|买|花钱|掏钱|解决)`,
  );
  add(
    'opinion.reply-dismiss',
    ['那你', '那您'],
    '那(?:你|您)们?(?:就)?(?:别|甭|不要)(?!忘|担心|着急|急|慌|紧张|害怕|怕)[\\u4e00-\\u9fff]{1,3}(?:啊|呗|嘛|呀|了)(?=[。！!？?，,~～]|$)',
  );
  add('opinion.reply-dismiss', ['我'], `我们?(?:也|就)?(?:不管|没(?:办法|辙))${END}`);
  // 我们真管不了, 你的事我们不负责
  // 我们区商务局管不了: the office named between
  add(
    'opinion.reply-dismiss',
    ['我'],
    `我们?(?:[区县市镇乡街]?[\\u4e00-\\u9fff]{0,5}?(?:局|委|办|所|站|中心|部门|单位))?(?:真|实在|也|确实|真的|根本|是)?管不(?:了|着)`,
  );
  // 此类小事建议您先和店主自行协商: the citizen's problem called a trifle
  add(
    'opinion.reply-dismiss',
    ['此类', '这类', '这种', '这点', '这些', '这样的'],
    '(?:此类|这类|这种|这点|这些|这样的)(?:鸡毛蒜皮的?|芝麻大的|芝麻)?小事(?=[^。！？!?，,；;\\n]{0,6}?(?:建议|请您|您|你|自行|自己|不要|别|也要|还要|也来|都来|就别|就不要|没必要|不必))',
  );
  add('opinion.reply-dismiss', ['你', '您'], '(?:你们|你|您)的事(?:我们|我)(?:不|不会|不想)(?:管|负责|处理)');
  add(
    'opinion.reply-dismiss',
    ['买不起', '没钱', '穷', '付不起', '负担不起', '住不起', '养不起', '用不起'],
    `(?:买不起|没钱|穷|付不起|负担不起|住不起|养不起|用不起)${inClause(6)}(?:就|那就)?(?:别|不要|甭)[\\u4e00-\\u9fff]{1,3}`,
  );
  add(
    'opinion.reply-dismiss',
    ['不满意', '接受不了', '受不了', '看不惯'],
    `(?:不满意|接受不了|受不了|看不惯)${inClause(8)}[，,]?(?:可以|就|大可)(?:不|别)(?:来|办|买|用|住|去|坐|看|要)`,
  );
  add(
    'opinion.reply-dismiss',
    ['不是我们', '轮不到我们', '不该我们管', '我们只管', '我们只负责'],
    `不是我们(?:该|要|能|应该|需要)?管的|轮不到我们(?:管)?|不该我们管|我们(?:只管|只负责)${inSentence(10, 1)}[，,](?:其他|别的|其余)的?(?:不管|一概不管|我们不管|不归我们)`,
  );
  // 跟我们街道没半点关系, 跟政府有什么关系
  const US = '(?:我们|我|本单位|我单位|我局|本部门|政府|咱们)[\\u4e00-\\u9fff]{0,2}?';
  add(
    'opinion.reply-dismiss',
    ['跟我', '和我', '与我', '跟本', '和本', '与本', '跟政府', '和政府', '与政府', '跟咱', '和咱'],
    `(?:跟|和|与)${US}(?:没|没有|毫无|无)(?:半点|一点|任何|啥|什么|多大)?(?:关系|关联|干系)|(?:跟|和|与)${US}有?(?:什么|啥|何)(?:关系|相干)`,
  );
  add('opinion.reply-dismiss', ['别'], '别来?(?:烦|找|问|缠|麻烦)(?:我们|我|政府|本单位|街道|社区)');
  add(
    'opinion.reply-dismiss',
    ['自己'],
    `(?<![请帮助协])自己(?:想办法|解决|搞定|摆平|看着[\\u4e00-\\u9fff])(?:吧|去)?${END}`,
  );
  add(
    'opinion.reply-dismiss',
    ['有意见'],
    '有意见(?:就|你)?(?:去)?找(?:上级|领导|上面|国务院|中央|省里|市里|市长|省长|法院|媒体|记者)(?:去)?(?=[。！!，,]|$)',
  );
  add('opinion.reply-dismiss', ['拉倒'], '(?<=(?:不想[\\u4e00-\\u9fff]{1,2}|不[\\u4e00-\\u9fff])就?)拉倒');
  add('opinion.reply-dismiss', ['你'], '你们?也?可以选择不[\\u4e00-\\u9fff]{1,2}');
  add('opinion.reply-dismiss', ['不予理睬', '不予理会', '懒得回'], '不予理睬|不予理会|懒得回');
  // 找开发商去, 找别人去 (找我们去办理 goes on)
  add('opinion.reply-dismiss', ['找'], `找[\\u4e00-\\u9fff]{1,5}?去(?:吧|啊|呗)?${END}`);
  add(
    'opinion.reply-dismiss',
    ['别', '少', '不要'],
    '(?<![请无不必需])(?:别|少|不要)再?(?:在这儿?|在这里|在此|跟我们|跟我|给我|来这)(?:瞎|乱|嚷|吵|闹|扯|带节奏|胡说|废话|啰嗦|叫|喊|说三道四|指手画脚|起哄|捣乱|找事|撒野)',
  );

  // 别什么事都来找我们, 不要啥都往这儿推
  add(
    'opinion.reply-dismiss',
    ['别什', '别啥', '不要什', '不要啥', '少什', '少啥'],
    '(?:别|不要|少)(?:什么|啥)(?:事儿?)?都(?:来|往|找|问|推|甩|扔|发|报|打)',
  );
  // 留着自己用吧
  add('opinion.reply-dismiss', ['留着'], '留着(?:你)?自己[\u4e00-\u9fff]{1,2}吧');

  // --- threats
  const THREAT = words('threat');
  add(
    'opinion.reply-threat',
    ['再'],
    `再(?:乱|敢|这样|这么|闹|吵|刷屏|刷|发|造谣|投诉|留言|骚扰|胡说|来)${inSentence(14)}(?:${THREAT})`,
  );
  // 你要是再在网上乱说，我们就报警处理 (如再遇到，请及时报警 is advice: no 就)
  add(
    'opinion.reply-threat',
    ['再', '还敢', '敢再', '继续'],
    `(?:再|还敢|敢再|继续)${inSentence(14)}(?:我们|我)?(?:就|便|马上|立刻|直接)${inClause(4)}(?:${THREAT}|抓|拘|封|处理你|收拾)`,
  );
  add('opinion.reply-threat', ['你'], `(?:你家|你的|你们家)${inSentence(12)}(?:别想|不用想|没戏|悬了)`);
  // Round 30 (read in the judges' odd lines; the even lines judge): a citizen's later business held over them
  // (反复发帖会影响我们对您家后续事项的办理), a warning to think again, a private channel, a prayer for an answer, a
  // compliment that mocks, the blame put on the family, a group judged (the bare words — 勇气可嘉, 忙不过来 — are the
  // word lists' flippant and impatience)
  add(
    'opinion.reply-threat',
    ['会影响', '将影响', '可能影响'],
    '(?<![不没未])(?:会|将|可能)影响(?:到)?(?:我们)?对?(?:您|你)(?:家)?的?(?:后续|其他|别的)?[\\u4e00-\\u9fff]{0,4}?(?:办理|处理|审批|申请)',
  );
  add('opinion.reply-threat', ['请'], `请(?:您|你)?(?:三思|想清楚|想好了?)${END}`);
  add('opinion.reply-threat', ['您也', '你也'], '(?:您|你)也(?:早做打算|好自为之|掂量掂量|掂量一下)');
  add('opinion.reply-private-contact', ['私下'], '私下(?:给我|联系我|找我|跟我|和我|打个电话|打电话|联系)');
  add('opinion.reply-flippant', ['只能', '也只能'], '(?:也)?只能(?:帮|替)(?:您|你)(?:祈祷|祈福|烧香|拜拜)');
  add('opinion.reply-flippant', ['相信连'], '相信连(?:您|你)(?:也|都)能');
  add(
    'opinion.reply-victim-blame',
    ['家长', '家属', '您', '你', '老人家'],
    '(?:家长|家属|您|你|老人家)(?:们)?(?:平时|自己)?(?:也|还是)(?:得|要|该)?(?:多)?(?:上点心|管管|长点心|长长记性)',
  );
  add(
    'opinion.reply-victim-blame',
    ['说到底'],
    `说到底[，,]?${inSentence(12)}(?:主要)?还是${inSentence(12)}(?:不到位|没做好|不够|疏忽|大意|的问题|的责任)`,
  );
  add('opinion.reply-impatient-shape', ['总有人'], `总有人${inClause(8)}(?:踩着点|才来问|来问|来催)`);
  add(
    'opinion.reply-contempt',
    ['这类', '这种', '这些'],
    '(?:这类|这种|这些)(?:孩子|人|家庭|老人|外地人|租户|商户)(?:确实|就是|本来就|往往|一般)?(?:容易出问题|素质差|难管|不讲理)',
  );
  add(
    'opinion.reply-threat',
    ['抓你', '查你', '封你', '告你', '拉黑你', '收拾你', '整你', '治你'],
    '(?:抓|查|封|告|拉黑|收拾|整|治)你(?:的(?:底|号|账号|户口)|(?![们的]))',
  );
  add(
    'opinion.reply-threat',
    ['小心', '当心', '让你', '给我'],
    '(?:小心|当心)(?:你|点|被抓|被查|我们|我)|让你(?:好看|吃不了兜着走|后悔)|给我(?:闭嘴|等着|小心|注意点|老实点)',
  );
  add('opinion.reply-threat', ['到你家'], '(?<=[堆放扔倒搬拉送])到你家');
  add('opinion.reply-threat', ['信不信'], '信不信(?:我们|我|老子)?');
  add('opinion.reply-threat', ['你'], '你们?(?:就)?等着(?:瞧|吧|收|被|坐牢|吃官司|蹲|挨|进去)');
  add(
    'opinion.reply-threat',
    ['记下', '记住', '查到', '掌握'],
    '(?:记(?:下|住)了?|查到了?|掌握了?)你的?(?:名字|身份|电话|IP|ip|地址|账号|单位|信息|底细)',
  );
  add('opinion.reply-threat', ['敢', '有种'], `(?:敢|有种)${inClause(8, 1)}试试`);
  add('opinion.reply-threat', ['后果'], '后果(?:你|您)?自(?:己|行)?(?:负|承担|负责)');
  // 再打12345投诉的话，您孩子的入学申请可能会受影响: a complaint answered with a consequence for the citizen
  add(
    'opinion.reply-threat',
    ['再', '如果再', '要是再', '若再', '继续'],
    `(?:如果|要是|若)?(?:再|继续)${inClause(8)}(?:投诉|举报|闹|上访|曝光|打电话|打热线|发帖|留言)${inClause(4)}(?:的话)?[，,]${inSentence(16)}(?:受(?:到)?影响|影响到|会影响|对(?:你|您)[^。！？]{0,6}不利|吃亏|没(?:有)?好处|麻烦)`,
  );

  // --- belittling by a faculty with a remedy, sanity doubts, minimising
  // 耳朵不好使就去医院看看, 眼睛不好使就配副眼镜 (眼睛不适的患者可到眼科就诊: 不适 is no jibe)
  add(
    'opinion.reply-belittle',
    ['眼睛', '眼神', '眼力', '耳朵', '鼻子', '脑子', '脑袋'],
    `(?:眼睛|眼神|眼力|耳朵|鼻子|脑子|脑袋)(?:不好使|不好用|不灵|有毛病|出毛病|出问题|有问题)了?(?:的话)?[，,]?(?:就|可以|建议|最好)?(?:去|配|到)`,
  );
  // 你们是不是想多了 (您是不是看错了时间 is a question, not a jibe: 看错, 听错 left out)
  // 是不是傻X asked of the reader (是不是傻傻分不清 is an explainer's idiom: not before 傻 or 眼)
  add('opinion.reply-belittle', ['是不是'], '是不是(?:幻听|幻视|眼花|做梦|想多了|神经过敏|有病|糊涂了|傻(?![傻眼]))');
  // 这么点小事就闹到网上, 一点小伤就说… (这点就说明 is no jibe: something between)
  add(
    'opinion.reply-contempt',
    ['一点', '这点', '这么点'],
    '(?:一点|一点点|这点|这么点)(?:小|儿)?[\u4e00-\u9fff]{1,3}?就(?:说|闹|投诉|喊|嚷|报警|找|打)',
  );

  // --- round 7: stalling, bare refusals, motives, doubts, sarcasm, blame for not reading
  // 等着吧, 慢慢等; 急也没用
  add(
    'opinion.reply-impatient-shape',
    ['等着', '慢慢等', '耐心等着', '就等着', '先等着', '继续等着'],
    '(?<=^|[，,。！!\\s：:])(?:慢慢|耐心|就|先|继续)?等(?:着)?(?:吧|呗|去吧)(?=[。！!，,~～…]|$)',
  );
  add('opinion.reply-impatient-shape', ['急', '催', '吵', '闹', '喊'], '(?:急|催|吵|闹|喊)(?:也|都)没(?:用|有用)');
  // 麻烦自己看看。你自己查查吧: the citizen sent off to look it up, as a clause of its own (您可以登录App自己查一下 is
  // advice: a channel or 可以 before it)
  add(
    'opinion.reply-impatient-shape',
    ['自己'],
    `(?<=^|[，,。：:！!？?\\s]|麻烦|劳驾)(?:你|您)?自己(?:去)?(?:看看|看一下|看一看|查查|查一下|查一查|翻翻|翻一下|找找|搜搜|搜一下|百度一下)(?:吧|啊|呗)?${END}`,
  );
  // 系统又不会跑, 名额又跑不了: the citizen's hurry mocked
  add(
    'opinion.reply-impatient-shape',
    ['又不会', '又跑不', '又飞不'],
    '又(?:不会(?:跑|飞|丢|没)(?:了|掉)?|跑不了|飞不了)',
  );
  // 规定就是规定, 不行就是不行, 没得商量, 没有为什么
  add(
    'opinion.reply-dismiss',
    ['规定', '不行', '没有', '不可能', '没得', '没有为什么', '没什么好', '就这么'],
    '(规定|不行|没有|不可能)就是\\1|没得商量|没有为什么|没什么好(?:说|解释|谈)的|就这么(?:规定|定)的',
  );
  // 何居心, 别有用心: a motive pinned on the citizen
  add(
    'opinion.reply-belittle',
    ['何居心', '什么居心', '别有用心', '居心'],
    '(?:何|什么)居心|别有用心|居心(?:不良|何在|叵测)',
  );
  // 发帖有什么用, 投诉又有啥用
  add(
    'opinion.reply-contempt',
    ['发帖', '发微博', '留言', '投诉', '打电话', '闹', '吵', '举报'],
    '(?:发帖|发微博|留言|投诉|打电话|闹|吵|举报)(?:有|又有|能有)(?:什么|啥)用',
  );
  // 想得美, 做梦吧, 美得你
  add(
    'opinion.reply-flippant',
    ['想得', '做梦', '美得你', '别做梦', '痴心妄想'],
    '想得(?:倒)?(?:美|挺美)|做梦(?:吧|去吧|呢)|美得你|别做梦了?|痴心妄想',
  );
  // 自己不看公告, 自己不注意 (请您自己注意 is care: 请/您 before it)
  add('opinion.reply-victim-blame', ['自己不'], '(?<![请您你])自己不(?:看|读|查|问|注意|小心|当心|留意|长记性)');

  // --- internet register and victim-blaming
  add('opinion.reply-flippant', ['666'], '(?<![\\d.,])6{3,}(?![\\d.,%]|[\\u4e00-\\u9fff])');
  add('opinion.reply-flippant', ['亲'], '亲(?<=(?:^|[：:，,。！？!?\\s呢哦哈啦的])亲)(?=[，,~～！!])');
  add('opinion.reply-flippant', ['哈哈'], '哈哈+(?!镜)');
  add('opinion.reply-flippant', ['出门左转', '出门右转'], '出门(?:左|右)转');
  add(
    'opinion.reply-victim-blame',
    ['长点', '长个', '长长'],
    '(?<![增成生延拉助])长(?:点|个|点儿|长)(?:记性|心|脑子|心眼)',
  );
  add('opinion.reply-victim-blame', ['下场', '报应'], `(?<=(?:就是|这是|那是|这就是)${inClause(10)})(?:下场|报应)`);
  add('opinion.reply-victim-blame', ['怪', '怨'], '(?<![难责])(?:怪|怨)(?:得了|得着)谁');
  // 夫妻之间吵架很正常, 清官难断家务事: violence at home played down as a quarrel or a private matter
  add(
    'opinion.reply-victim-blame',
    ['夫妻', '两口子', '清官难断', '家丑不可'],
    '(?:夫妻|两口子)(?:之间)?(?:吵架|打架|拌嘴|吵吵闹闹|打打闹闹|磕磕碰碰)(?:是)?(?:很|都|也|再)?(?:正常|难免|常有的事|常事|平常)|清官难断家务事|家丑不可外扬',
  );
  // 走机动车道是您家里人自己的选择: the citizen's plight called their own choice or business (not a free choice
  // offered: 是否参保是您自己的选择)
  add(
    'opinion.reply-victim-blame',
    ['是您', '是你'],
    '是(?:您|你)们?(?:家里人|家人|家属|孩子|老人)?自己的(?:选择|事|问题|责任)(?<!(?:是否|与否|要不要|愿不愿意?|自愿|可以自主|自主)[^，。；！？]{0,12})',
  );
  add(
    'opinion.reply-victim-blame',
    ['丢了', '被骗', '被偷', '出事', '摔了', '受伤', '被罚', '被扣'],
    '(?:丢了|被骗了?|被偷了?|出事了?|摔了|受伤了?|被罚了?|被扣了?)(?:也|就)?很?(?:正常|不奇怪|怪不得|活该)',
  );

  // --- impatience
  const SAY = ['说', '讲', '回复', '回答', '答复', '解释', '问'];
  add(
    'opinion.reply-impatient-shape',
    SAY,
    '(?:说|讲|回复|回答|答复|解释|问)(?:了|过)?[八几一两三四五六七九十百千万\\d]+(?:百|千|万)?遍|(?:说|讲|回复|回答|答复|解释|问)(?:过)?(?:很多|好多|无数|N|n)(?:遍|次)',
  );
  // 看不懂就多看几遍: the citizen told to read harder instead of being helped
  add(
    'opinion.reply-impatient-shape',
    ['看不懂', '听不懂', '看不明白', '听不明白'],
    '(?:看|听)不(?:懂|明白)(?:的话)?[，,]?就?(?:多|再|自己)(?:看|读|听)(?:几|两|一|十)?遍',
  );
  // 自己翻公告, 自己去查政策: the citizen sent to look it up instead of being told (请您自己注意 is care; 可自行查询 is
  // a service pointed to)
  add(
    'opinion.reply-impatient-shape',
    ['自己翻', '自己查', '自己看', '自己去'],
    '(?<![请您你])自己(?:去)?(?:翻|查|看|找)(?:一下|一翻|一查)?(?:公告|通知|政策|文件|官网|公众号|规定|说明)',
  );
  // 请您下次先认真看看政策再来问: the citizen told to do their homework before asking
  add(
    'opinion.reply-impatient-shape',
    ['下次', '以后', '先'],
    '(?:下次|以后)?先(?:认真|仔细|好好)?(?:看看|看一下|看清楚|读一读|读懂|了解清楚|搞清楚|弄清楚)[^，。！？!?]{0,8}?再(?:来)?(?:问|咨询|留言|打电话|反映|投诉)',
  );
  // 爱参加不参加, 爱来不来: the citizen's choice waved off (爱咋咋地 is the word list's)
  add('opinion.reply-dismiss', ['爱'], `爱([\u4e00-\u9fff]{1,2})不\\1${END}`);
  // 明年请早, 下次请早: a missed quota turned into a jibe
  add('opinion.reply-dismiss', ['明年', '下次', '下回'], `(?:明年|下次|下回)请?早(?:点|些)?(?:吧|来)?${END}`);
  // 勿再催, 别再催了: the citizen told to stop asking
  add('opinion.reply-impatient-shape', ['勿再', '别再', '不要再', '不用再'], `(?:勿|别|不要|不用)再催(?:了|办)?${END}`);
  // 明天再说, 回头再说吧: a matter put off without a date or a reason
  add(
    'opinion.reply-dismiss',
    ['明天', '改天', '回头', '以后', '过两天', '过几天', '有空', '下周'],
    `(?:明天|改天|回头|以后|过两天|过几天|有空|下周)再说吧?${END}`,
  );
  // 等有钱了再修: a repair put off until there is money, with no plan or date
  add('opinion.reply-dismiss', ['等有'], `等有(?:钱|经费|资金|预算)了?再(?:修|办|建|弄|搞|说|考虑|安排)(?:吧)?${END}`);
  // 是您自己没有提前了解政策: the citizen's own omission blamed (如果是您本人办理 asks; 若是您自己未缴费 explains)
  add(
    'opinion.reply-victim-blame',
    ['是您自己', '是你自己', '是您们自己', '是你们自己', '都怪您', '都怪你'],
    '(?<!如果|假如|倘若|要是|若|如)(?:是(?:您|你)们?自己|都怪(?:您|你)们?自己?)(?:没有?|未|不)(?!是)[\u4e00-\u9fff]{1,10}',
  );
  // 不予回复, 不再答复: the account refusing to answer at all (不再受理 of a repeated petition is a legal formula)
  add('opinion.reply-dismiss', ['不予', '不再', '概不'], `(?:不予|不再|概不)(?:回复|答复|回应|理会|搭理)${END}`);
  // 不服你可以去告: a dare, where a remedy would name the procedure (如不服，可依法申请行政复议)
  add(
    'opinion.reply-dismiss',
    ['不服'],
    '(?<![如若对])不服(?:气)?(?:的话)?[，,]?(?:你|您)?们?(?:就|可以|尽管|随便)?去?告(?:我们|去吧|吧)?(?![知诉示别])',
  );
  // 请不要浪费公共资源: the citizen told the message is a waste (浪费资源 alone is prose about thrift; 请勿占用消防
  // 通道 is a notice)
  add(
    'opinion.reply-belittle',
    ['请勿', '请不要', '不要', '别', '勿'],
    '(?:请勿|请不要|不要|别|勿)再?(?:浪费|占用)(?:公共|行政|热线|政府|警力|12345)(?:服务)?(?:资源)?',
  );
  // 不用您教, 轮不到你来说: the citizen's advice waved away
  add(
    'opinion.reply-contempt',
    ['不用', '用不着', '轮不到', '不需要'],
    '(?:不用|用不着|轮不到|不需要)(?:你|您)们?(?:来)?(?:教|管|指手画脚|指导|说教|操心)',
  );
  // 要不您来当这个局长: sarcasm that the citizen do the job
  add(
    'opinion.reply-flippant',
    ['要不', '有本事', '要么'],
    '(?:要不|有本事|要么)(?:你|您)们?(?:来|去)(?:当|干|做|管|坐)[^。！？!?，,]{0,6}?(?:局长|领导|主任|书记|市长|县长|镇长|处长|科长|站长|工作|这个位置|这个岗位)',
  );
  // 我们也是人，也要休息的好吗: the internet's "…的好吗" retort
  add('opinion.reply-flippant', ['的好吗', '的好不好', '的好嘛'], '的好(?:吗|嘛|不好)(?=[。！!~～…，,]|$)');
  // 请不要无理取闹: the citizen's complaint labelled unreasonable
  add(
    'opinion.reply-belittle',
    ['不要', '别', '莫', '请勿', '勿'],
    '(?:不要|别|莫|请勿|勿)再?(?:无理取闹|胡搅蛮缠|蛮不讲理|胡闹|瞎闹|找茬|无中生有|造谣生事|得寸进尺)',
  );
  add(
    'opinion.reply-impatient-shape',
    ['天天', '整天', '成天', '老是', '总是'],
    '(?:天天|整天|成天|老是|总是)(?:就知道|就会|只会|都)?(?:投诉|留言|打电话|举报|催|闹|找事|发帖)',
  );
  add('opinion.reply-impatient-shape', ['哪来', '哪有'], '哪(?:来|有)(?:那么|这么)多(?:为什么|问题|事|要求|意见)');
  add('opinion.reply-impatient-shape', ['懂'], '(?<=^|[：:，,。\\s])懂(?:了吗|不|没)?[？?]');
  add(
    'opinion.reply-impatient-shape',
    ['问', '催', '吵', '闹', '嚷', '叫', '喊', '哭', '急', '看', '说', '嚎'],
    '([问催吵闹嚷叫喊哭急看说嚎])(?:什么|啥)\\1',
  );
  add('opinion.reply-impatient-shape', ['又'], '又(?:来了|是你|来问|在问|来投诉|投诉|留言|来闹)');
  add(
    'opinion.reply-impatient-shape',
    ['已阅', '已读', '收到', '知道了', '已收悉', '好的', '了解', '已转', '嗯', '哦'],
    // one or more of them and nothing else (已阅，知道了。)
    '(?<=(?:回复|答复|回答|答)[：:]\\s*)(?:已阅|已读|收到|知道了|已收悉|好的|了解|已转|嗯+|哦+)(?:[，,、\\s]*(?:已阅|已读|收到|知道了|已收悉|好的|了解|已转|嗯+|哦+))*[。！!.…~～]*(?=\\s*$)',
  );
  add('opinion.reply-impatient-shape', ['自己'], '(?<![请以可])自己(?:去)?(?:看|查|瞧|翻)(?:吧|去)?(?=[。！!，,]|$)');

  // --- insults that are shapes: 蠢得像头猪, 像狗一样 (像头猪肉 is not one), 你丫, 关你P事
  add(
    'sensitive.reply-insult-word',
    ['蠢得像', '笨得像', '像头', '像只', '像条', '滚出去', '你丫', '关你p', '关我p'],
    '(?:蠢|笨)得像(?:头|只|条)?(?:猪|驴|狗)|像(?:头|只|条)(?:猪|驴|狗)(?![肉场圈舍苗瘟价崽仔])|滚出去|你丫(?![头鬟])|关(?:你|我)[pP]事',
  );
  // paid help and private favours: 塞点钱就行, 给点辛苦钱我帮你插个队, 私下帮你弄
  add(
    'advertising.reply-paid-help',
    ['给', '塞', '交', '加', '花', '拿', '包', '送'],
    `(?:给|塞|交|加|花|拿|包|送)(?:点|些|点儿|几百块?|几千块?|个|一点)?(?:钱|红包|好处|辛苦钱|烟钱|茶钱|油钱)${inClause(3)}(?:就|便|我|帮你|保证|马上|立马|包)`,
  );
  add(
    'opinion.reply-private-contact',
    ['帮你', '给你', '替你'],
    '(?:帮你|给你|替你)(?:插队|插个队|加个塞|走个?后门|开个?后门|通融|打个招呼|疏通|找人)',
  );
  // 加科长微信细聊: a private channel offered in a reply
  add(
    'opinion.reply-private-contact',
    ['加'],
    '加[\\u4e00-\\u9fff]{0,5}?(?:私人)?(?:微信|QQ|qq|vx|VX)号?(?:[\\u4e00-\\u9fff]{0,2}?)(?:细聊|详聊|私聊|私下聊|单聊|慢慢聊)',
  );
  add('opinion.reply-private-contact', ['私下'], '私下(?:帮你|给你|替你|办|弄|处理|解决|搞定|联系|沟通|聊|找我)');
  // 这种问题也好意思来问: shame put on the one who asks
  add('opinion.reply-contempt', ['也好意思'], '也好意思(?:来|再)?(?:问|说|提|投诉|留言|打电话|催)');
  // 麻烦自己往前翻翻记录: go and look it up yourself
  add('opinion.reply-impatient-shape', ['自己'], '(?<![请以可])自己(?:往前|往上|往回|去)?翻翻');
  // 没空处理您这种无理要求, 没工夫管这些: no time for the citizen or their matter
  add(
    'opinion.reply-impatient-shape',
    ['没空', '没时间', '没功夫', '没工夫', '没闲工夫'],
    '没(?:空|时间|功夫|工夫|闲工夫)(?:处理|管|理|回复|搭理|陪)(?:你|您|这些|这种|这个|这事)',
  );
  // 您这种无理要求, 你这类奇葩问题: the citizen's request labelled
  add(
    'opinion.reply-belittle',
    ['你', '您'],
    '(?:你们|你|您)(?:这种|这类|这样的|这些)(?:无理|过分|奇葩|荒唐|无聊|无厘头|可笑)的?(?:要求|诉求|问题|想法|投诉|留言)',
  );
  // 你去问物业吧 (您可以咨询物业 is a referral: 你 + 去问 + 吧 is the brush-off)
  add('opinion.reply-dismiss', ['你去问', '你们去问', '你自己去问'], `你们?(?:自己)?去问${inClause(6, 1)}吧`);
  // 有意见去找市长啊: a dare, where a referral names the channel without 啊
  add(
    'opinion.reply-dismiss',
    ['有意见', '有本事', '有能耐', '不满意'],
    `(?:有意见|有本事|有能耐|不满意)(?:就|你|的话)?(?:去)?(?:找|告|投诉)${inClause(6)}(?:啊|呀|去吧|去啊)${END}`,
  );
  // 想修自己出钱: the cost handed back to the citizen
  add(
    'opinion.reply-victim-blame',
    ['想', '要'],
    `(?<=^|[：:，,。！!\\s])(?:想|要)(?:修|装|换|弄|办|快)(?:的话)?[，,]?(?:就)?自己(?:出钱|掏钱|花钱|想办法|解决)`,
  );
  // 晚上别出门不就完了: a retort that the problem is the citizen's own doing
  add('opinion.reply-contempt', ['不就'], `不就(?:完了|行了|得了|没事了)${END}`);
  // 再乱发我们可以追究你的责任, 劝你把视频删了: a threat dressed as advice (请您依法维权 is none)
  add('opinion.reply-threat', ['追究你', '追究您'], '追究(?:你|您)们?(?:的|造谣的|法律)?(?:责任)?');
  add('opinion.reply-threat', ['劝你', '劝您'], '劝(?:你|您)们?(?:最好|别|不要|少|赶紧|把)');
  // 您可真会提建议, 要不钱您来出, 哟，…: sarcasm at the citizen
  add(
    'opinion.reply-contempt',
    ['你可真会', '您可真会', '你真会', '您真会'],
    '(?:你|您)(?:可)?真会(?:提建议|提意见|说|想|挑|找事|算计|享受)',
  );
  add('opinion.reply-flippant', ['要不'], '要不(?:钱)?(?:你|您)们?来(?:出钱|出|掏钱|付)');
  add('opinion.reply-flippant', ['哟'], '(?<=^|[：:\\s])哟+(?=[，,~～！!])');
  // 嫌贵别买, 嫌吵就搬走; 没人逼你
  add(
    'opinion.reply-dismiss',
    ['嫌'],
    `(?<=^|[：:，,。！!\\s])嫌[\u4e00-\u9fff]{1,2}(?:就|你就)?(?:别|不要|搬走|走人|换)`,
  );
  add('opinion.reply-contempt', ['没人逼'], '没人逼(?:你|您)');
  // 垃圾是你们自己扔的: the fault put on the citizen
  add('opinion.reply-victim-blame', ['是你', '是您'], '是(?:你们|你|您)自己(?:扔|弄|搞|造成|选|签|买|惹|招)的');
  // 主要是您自己没有认真看清单造成的, 怪不得窗口工作人员: the delay put on the citizen, the staff acquitted
  add(
    'opinion.reply-victim-blame',
    ['是你', '是您', '是因为'],
    '是(?:因为)?(?:你们|你|您)自己[^，,。！？!?；;]{1,14}?(?:造成|导致|引起|耽误|弄错|搞错|搞混)的',
  );
  add('opinion.reply-victim-blame', ['怪不得'], '怪不得(?:我们|工作人员|窗口|别人|他人|政府|单位|社区|物业)');
  shapes.push(...opinionShapes(L, alt, inClause));
  return shapes;
}

type Compiled = {
  automaton: Automaton;
  table: Uint16Array;
  /** Per pattern id: the word-list rules it reports under, and the shapes anchored on it. */
  words: ReadonlyArray<readonly string[]>;
  anchored: ReadonlyArray<readonly Shape[]>;
  latin: ReadonlyArray<boolean>;
};

/** Upper-case Latin folds to lower case, so SB, Sb and sb are one pattern. */
const FOLD = (() => {
  const m = identityMap();
  const upper = new Uint16Array(26);
  for (let c = 65; c <= 90; c++) {
    m[c] = c + 32;
    upper[c - 65] = c;
  }
  noteMappedUnits(m, upper);
  return m;
})();

function compile(L: ReplyToneLexicons): Compiled {
  const ids = new Map<string, number>();
  const words: string[][] = [];
  const anchored: Shape[][] = [];
  const latin: boolean[] = [];
  const id = (s: string) => {
    const k = s.toLowerCase();
    let i = ids.get(k);
    if (i === undefined) {
      i = ids.size;
      ids.set(k, i);
      words.push([]);
      anchored.push([]);
      latin.push(false);
    }
    return i;
  };
  for (const [list, ruleId] of WORD_RULES) for (const w of L[list].words) words[id(w)]!.push(ruleId);
  for (const f of Object.keys(L.latinVulgar.forms)) latin[id(f)] = true;
  for (const shape of shapesOf(L)) for (const a of shape.anchors) anchored[id(a)]!.push(shape);
  const automaton = buildAutomaton([...ids.keys()]);
  return { automaton, table: automaton.symbolTable(FOLD), words, anchored, latin };
}

/** Insults that need no boundary (关你屁事 ends any clause it starts). */
const INSULT_FREE =
  /关(?:你|我)屁事|狗屁(?!不通)|绿茶婊|傻逼|傻B|傻X|狗东西|王八蛋|(?:蠢|笨)得像(?:头|只|条)?(?:猪|驴|狗)|像(?:头|只|条)(?:猪|驴|狗)(?![肉场圈舍苗瘟价崽仔])|像(?:狗|猪)一样/;
/** An insult stands alone: a clause edge or 你/是/个/真/像/纯属 before it, a clause edge or 吧/啊/一样 after it. */
const INSULT_BEFORE = /[，,。！？!?、；;：:\s~～…“”"你们是个真像就这那么纯属]/;
const INSULT_AFTER = /[，,。！？!?、；;：:\s~～…“”"吧啊呀吗么嘛一了]/;
/** Latin codes and units: 型号 TM-3, 2B铅笔, an MD file. */
const LATIN_GUARD =
  /型号|编号|文号|代码|标识|商标|证书|规格|版本|铅笔|文件|格式|机床|程序|[Bb]{2}(?:霜|机|弹|枪)|[A-Za-z]{2,}[\s-][A-Za-z]{2,}/;

/** A Weibo topic tag (#交警曝光台#). */
const HASHTAG = /#[^#\n]{1,20}#/g;
/** A sentence that reports a reply, or quotes a fraudster or someone else, is not the account's own voice. */
const REPORTED =
  /被通报|通报批评|约谈|(?<!(?:应该|就该|该|应当)被?)曝光|热议|引发关注|问责|致歉|道歉|处分|诫勉|回复称|回应称|答复称|雷人|不当回复|不当言论|骗子|诈骗|话术|冒充|嫌疑人|不法分子|(?:网友|市民|群众|来电人|来信人|留言人|对方|他|她|其)(?:说|称|骂|质问|留言|认为|直呼)/;

/**
 * Paid or private help that the reply refuses or warns against (从未…有偿代办, 谨防…加急费, 推荐“内部渠道”…多留个心眼), or
 * that a case report tells of (纪委通报: 收受好处费2万元, 受到撤销党内职务处分).
 */
const PAID_GUARD =
  /从未|没有|不能通过|不得|任何人都?不|不存在|严禁|禁止|谨防|警惕|不要轻信|切勿|请勿|不要相信|举报|免费|杜绝|上当|受骗|拒绝|不需要|无需|不用|不必|无须|留个?心眼|多留心|当心|小心|提防|防范|收受|索要|索取|违纪|违规|受贿|行贿|处分|立案|查处|留置/;
const GUARDED = new Set(['advertising.reply-paid-help', 'opinion.reply-private-contact']);

/** The account reporting its own view (本号认为，…): its words for all that. */
const OWN_SPEECH = /(?:本号|小编|笔者|我们|我)(?:认为|觉得|表示|说)[，,：:]/;

/** A short label before a colon: who speaks next (a name in quotation marks may be part of it: 网友“小陈”留言：). */
export const LABEL =
  /(?:^|(?<=[。！？!?；;\s]))(?:((?:[^。！？!?；;：:，,\n“”"]|[“"][^。！？!?；;：:，,\n“”"]{1,8}[”"]){1,14})[：:]|【([^】\n]{1,10})】)/g;
const OWN_LABEL = /回复|答复|回应|^答|办理结果|办理情况|处理意见|处理情况|处理结果|回访|官方|客服|小编|工作人员|您好$/;
/** A government body speaking after a citizen (区城管局：, 某某街道办：) answers for the account. */
const BODY_LABEL =
  /(?:局|委|办|厅|署|政府|街道|中心|热线|发布|公安|派出所|城管|法院|检察院|管委会|居委会|村委会|服务站|大队|支队)$/;
const CITIZEN_LABEL =
  /网友|市民|群众|居民|村民|家长|用户|留言|来信|来电|反映|问|咨询|投诉|诉求|举报|原帖|评论|直呼|表示|称|说/;
/** A label that shows the draft is a reply (a paragraph without one needs a reply-voice signal elsewhere). */
const REPLY_LABEL =
  /回复[@：:]|答复(?:意见)?[：:]|回应[：:]|(?:^|\n)答[：:]|办理(?:结果|情况)[：:]|处理(?:意见|情况|结果)[：:]|工单回复|【(?:回复|答复|回应|官方回复|办理结果)】|(?:^|\n)(?:客服|官方|工作人员)[：:]|^@[^\s：:@]{1,20}(?:[：:]|\s)/;
/** A paragraph that opens with a citizen's message (网友留言：, 【网友提问】) makes the draft a reply post. */
const CITIZEN_OPENING =
  /^\s*(?:【(?:网友|市民|群众)?(?:留言|提问|来信|咨询|诉求|反映)】|(?:网友|市民|群众|居民|村民|家长)(?:留言|提问|来信|咨询|反映|投诉)?[：:]|(?:留言|来信|咨询|诉求)(?:内容)?[：:])/;
/**
 * A paragraph that opens as a reply to a citizen, without a label (您好，您反映的…; 感谢您的留言; 市民您好：): the account answering
 * in its own voice. Not 您好 alone before an invitation (您好，欢迎关注…): a word of the citizen's matter follows.
 */
const REPLY_OPENING =
  /^\s*(?:(?:市民|网友|群众|居民|村民|来信人|留言人|家长|尊敬的[^：:，,。\n]{1,8})(?:朋友)?您好[：:，,！!]|(?:您好|你好)[，,！!]\s*(?:[^。！？!?\n]{0,12}?)(?:您|你)(?:反映|咨询|提出|所说|的(?:诉求|留言|来信|来电|问题|建议|意见|申请|投诉|举报))|感谢您的(?:留言|来信|来电|关注和支持|监督|建议|意见|提醒)|(?:关于)?您(?:所)?反映的|您(?:咨询|提出)的|您说得(?:对|没错|有道理)[，,！!])/;
export const REPLY_VOICE_SIGNAL = 'reply-voice';
/** The account's words to the citizen right after a label: 你反映的…, 您好, 您提出的… (a citizen writes 我, not 你反映). */
const ADDRESSED =
  /^\s*(?:(?:你|您)(?:好|(?:所|此前|近日)?(?:反映|提出|咨询|投诉|举报|来信|留言)|的(?:来信|诉求|留言|问题|申请)))/;

const SECOND_PERSON = /你|您|楼主|这位网友/;

/** Ranges of the paragraph in the account's own voice (citizen messages cut out). */
function ownVoice(t: string): Array<[number, number]> {
  // every label ends with ：, : or 】: a paragraph without one (most) is the account's own voice throughout
  if (t.indexOf('：') < 0 && t.indexOf(':') < 0 && t.indexOf('】') < 0) return t.length ? [[0, t.length]] : [];
  const out: Array<[number, number]> = [];
  let own = true;
  let from = 0;
  LABEL.lastIndex = 0;
  for (let m = LABEL.exec(t); m; m = LABEL.exec(t)) {
    const label = (m[1] ?? m[2])!;
    const isOwn: boolean =
      OWN_LABEL.test(label) ||
      (!own && BODY_LABEL.test(label)) ||
      // a salutation (来信人：你反映的事项…): the account addressing the citizen, not the citizen's words
      ADDRESSED.test(t.slice(m.index + m[0].length, m.index + m[0].length + 12));
    const isCitizen = !isOwn && CITIZEN_LABEL.test(label);
    if (!isOwn && !isCitizen) continue;
    if (own && from < m.index) out.push([from, m.index]);
    own = isOwn;
    from = m.index + m[0].length;
  }
  if (own && from < t.length) out.push([from, t.length]);
  return out;
}

const BOUNDS = '。！？!?；;\n';
function sentenceAround(t: string, start: number, end: number): string {
  let a = start;
  while (a > 0 && !BOUNDS.includes(t[a - 1]!)) a--;
  let b = end;
  while (b < t.length && !BOUNDS.includes(t[b]!)) b++;
  return t.slice(a, b);
}

/**
 * A listed word that is a whole word here: an interjection listed with its comma (切，, 亲，) not ending a longer
 * word (回应群众关切，, 越走越亲，), a number word (666) not part of a number (666万套, 666.7万公顷).
 */
function standsAlone(t: string, s: number, e: number): boolean {
  const han = (i: number) => i >= 0 && i < t.length && isHanCode(t.charCodeAt(i));
  if (e - s === 2 && han(s) && !han(e - 1) && han(s - 1)) return false;
  if (DIGITS.test(t.slice(s, e))) return !/[\d.,]/.test(t[s - 1] ?? '') && !/[\d.,%]/.test(t[e] ?? '') && !han(e);
  return true;
}
const DIGITS = /^\d+$/;

/** A hint at a favour in quotation marks of its own (适当“意思意思”): a wink, not someone's words quoted. */
function scareQuoted(t: string, s: number, e: number, ruleId: string): boolean {
  return GUARDED.has(ruleId) && OPEN_QUOTE.includes(t[s - 1] ?? '') && CLOSE_QUOTE.includes(t[e] ?? '');
}
const OPEN_QUOTE = '“‘"「';
const CLOSE_QUOTE = '”’"」';

/** Spans the opinion-voice rule (lib/rules/opinion-voice.ts) reads; an opinion shape there would repeat it. */
const VOICE_RES = [JUDGEMENT, VERDICTS, EMOTION].map((re) => new RegExp(re.source, 'g'));
function voiceSpans(t: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const re of VOICE_RES) {
    re.lastIndex = 0;
    for (let m = re.exec(t); m; m = re.exec(t)) out.push([m.index, m.index + m[0].length]);
  }
  return out;
}

type Candidate = {
  ruleId: string;
  s: number;
  e: number;
  rank: number;
  word: boolean;
  open?: boolean;
  /** A stance score: read after every other candidate, dropped where a reported span overlaps it. */
  late?: boolean;
  /** Reported only in a draft labelled as a reply (StanceHit.labelledOnly). */
  labelledOnly?: true;
};
const RANK = new Map(PRIORITY.map((id, i) => [id, i]));
const LABELLED_REPLY = [{ signal: REPLY_VOICE_SIGNAL, present: true }];
const LATIN_BEFORE = /[A-Za-z0-9@._\-/]/;
const LATIN_AFTER = /[A-Za-z0-9._\-/]/;

export function createReplyToneRule(lexicons: ReplyToneLexicons): ParagraphRule {
  const c = compile(lexicons);
  const stance = createStance(lexicons);
  const hits = new HitBuffer();
  return {
    kind: 'paragraph',
    rules: REPLY_TONE_RULES,
    check(p, sink) {
      const t = p.text;
      const labelled = REPLY_LABEL.test(t) || CITIZEN_OPENING.test(t) || REPLY_OPENING.test(t);
      if (labelled) sink.signal(REPLY_VOICE_SIGNAL);
      const at = replyFrame(t, sink);
      // One scan finds every listed word and every place a shape can start; most paragraphs stop here.
      const count = c.automaton.scanHits(t, c.table, hits);
      const cands: Candidate[] = [];
      const cued = stance.wants(t);
      const wanted = cued || stance.modelled;
      if (!count && !wanted) return;
      const segments = ownVoice(t);
      // (indexed loops, no destructuring, here and over the hits: a for-of allocates per element in code not yet
      // optimised, and these run on every paragraph)
      if (wanted)
        for (let k = 0; k < segments.length; k++)
          for (const h of stance.scan(t, segments[k]![0], segments[k]![1], cued, labelled))
            cands.push({
              ...h,
              rank: RANK.get(h.ruleId)!,
              word: false,
              open: h.ruleId === 'opinion.voice-stance',
              late: true,
            });
      if (!count && !cands.length) return;
      const d = hits.data;
      for (let h = 0; h < 3 * count; h += 3) {
        const pid = d[h]!;
        const s = d[h + 1]!;
        const e = d[h + 2]!;
        const words = c.words[pid]!;
        for (let k = 0; k < words.length; k++) {
          const ruleId = words[k]!;
          cands.push({ ruleId, s, e, rank: RANK.get(ruleId)!, word: true });
        }
        if (c.latin[pid] && !LATIN_BEFORE.test(t[s - 1] ?? '') && !LATIN_AFTER.test(t[e] ?? ''))
          cands.push({ ruleId: 'sensitive.reply-latin-vulgar', s, e, rank: 1, word: true });
        const shapes = c.anchored[pid]!;
        for (let k = 0; k < shapes.length; k++) {
          const shape = shapes[k]!;
          shape.re.lastIndex = s;
          const m = shape.re.exec(t);
          if (m?.[0])
            cands.push({
              ruleId: shape.ruleId,
              s,
              e: s + m[0].length,
              rank: RANK.get(shape.ruleId)!,
              word: false,
              open: shape.open,
            });
        }
      }
      if (!cands.length) return;
      cands.sort((x, y) => Number(!!x.late) - Number(!!y.late) || x.s - y.s || x.rank - y.rank || y.e - x.e);
      // A paragraph addressing someone needs a reply context; one that does not needs a reply label in the draft.
      const requires = [
        { signal: !labelled && SECOND_PERSON.test(t) ? REPLY_SIGNAL : REPLY_VOICE_SIGNAL, present: true },
        ...at,
      ];
      // a finding of the tone model needs a labelled reply (and, in an @ paragraph, no reply paragraph elsewhere)
      const labelledNeed = at.length ? [...LABELLED_REPLY, ...at] : LABELLED_REPLY;
      const openNeed = at.length ? { requires: [...at] } : {};
      let n = 0;
      const reported: Array<[number, number]> = [];
      const seen = new Set<number>();
      const last = new Map<string, number>();
      let voice: Array<[number, number]> | undefined;
      for (const { ruleId, s, e, word, open, late, labelledOnly } of cands) {
        if (late && reported.some(([a2, b2]) => s < b2 && a2 < e)) continue;
        // the tone model reads a reply's wording: a title (留言精选｜您关心的…都在这里) is the article's, not a reply
        if (labelledOnly && p.field === 'title') continue;
        const seg = segments.find(([a, b]) => s >= a && e <= b);
        if (
          !seg ||
          seen.has(s) ||
          (p.isQuoted(s, e) && !scareQuoted(t, s, e, ruleId)) ||
          (word && !standsAlone(t, s, e))
        )
          continue;
        // matches of one rule never overlap; 再乱发帖就报警抓你 is one threat: a same-kind match right after the
        // last one, same clause, adds nothing
        const prev = last.get(ruleId) ?? -9;
        if (s < prev || (s - prev <= 2 && !/[，,。！？!?；;、\s]/.test(t.slice(prev, s)))) continue;
        const [a, b] = seg;
        // the free forms are read with two characters more: 狗屁道理 is one, 狗屁不通 is an idiom
        if (ruleId === 'sensitive.reply-insult-word' && word && INSULT_FREE.exec(t.slice(s, e + 2))?.index !== 0) {
          const before = s === a ? '，' : t[s - 1]!;
          const after = e >= b ? '。' : t[e]!;
          if (!INSULT_BEFORE.test(before) || !INSULT_AFTER.test(after)) continue;
        }
        const sentence = sentenceAround(t, s, e);
        if (ruleId === 'sensitive.reply-latin-vulgar' && LATIN_GUARD.test(sentence)) continue;
        // 欢迎私信我们: the account's own inbox, a public channel (私信我 is a person's)
        if (ruleId === 'opinion.reply-private-contact' && t[e] === '们') continue;
        // 您也可以自己上网查询: an offered option, not a brush-off
        if (ruleId === 'opinion.reply-dismiss' && /可|您/.test(t.slice(Math.max(0, s - 4), s))) continue;
        // 差额部分由地方自行解决, 由各国人民自己解决自己的问题: who bears a cost or decides, not a brush-off
        if (
          ruleId === 'opinion.reply-dismiss' &&
          (/由[^你您，。]{1,6}$/.test(t.slice(Math.max(0, s - 7), s)) || t.startsWith('自己的', e))
        )
          continue;
        // 如果再遇到，您就报警: advice to the citizen, not a threat (您孩子的入学申请会受影响 still threatens)
        if (ruleId === 'opinion.reply-threat' && /您(?!的|孩子|家)|(?<![申邀])请|可以|及时/.test(t.slice(s, e)))
          continue;
        // 请您赶紧去医院看看医生: care, not a jibe
        if (
          ruleId === 'opinion.reply-belittle' &&
          /医|科|大夫/.test(t.slice(s, e)) &&
          /您|请/.test(t.slice(Math.max(0, s - 4), e))
        )
          continue;
        // (a topic tag is the account's column, not a report: #交警曝光台#)
        if (REPORTED.test(sentence.replace(HASHTAG, '')) || (GUARDED.has(ruleId) && PAID_GUARD.test(sentence)))
          continue;
        // opinion in the account's own voice needs no reply context, but not someone else's reported words
        if (open && REPORTED_SPEECH.test(sentence) && !OWN_SPEECH.test(sentence)) continue;
        if (open && (voice ??= voiceSpans(t)).some(([a2, b2]) => s < b2 && a2 < e)) continue;
        if (n++ >= MAX_PER_PARAGRAPH) return;
        seen.add(s);
        last.set(ruleId, e);
        reported.push([s, e]);
        const need = labelledOnly ? labelledNeed : requires;
        // the tone model's reading yields to any other opinion finding on its sentence (another module's too)
        const fallback = labelledOnly ? { fallback: true } : {};
        sink.report(
          open ? { ruleId, start: s, end: e, ...openNeed } : { ruleId, start: s, end: e, requires: need, ...fallback },
        );
      }
    },
  };
}
