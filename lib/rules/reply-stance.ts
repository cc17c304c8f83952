/**
 * Stance of a sentence, scored from several weak cues, for the replies and opinion that the word-family shapes of
 * reply-tone.ts miss. One cue never fires alone; two of different kinds do.
 *
 * A sentence addressed to the citizen (a second person 你/您/你们/楼主/这位网友, or an imperative, whose addressee
 * is the reader) is a bad reply (`opinion.reply-stance`, reply context only) when it has two of:
 *   (a) a negative evaluation of a person — a word of the `derogatory` list (CC-CEDICT headwords defined as a bad
 *       trait or labelled derogatory); with a degree word (这么, 真, 太, 是个) before it, it is enough by itself;
 *   (b) an imperative telling the citizen off or away (别再来问, 少来烦, 不要老催, 自己去查, 爱办不办);
 *   (c) a rhetorical question (难道…, 不是…吗, 凭什么, 有什么用, 谁让你; a question mark adds weight);
 *   (d) sarcasm or flippancy (呵呵, 哈哈, 好吧, 随你, 无语, 就这, ~, [摊手]);
 *   (e) blame put on the citizen (你自己…, 怪你).
 * A clause with a polite form (请, 感谢, 您好, 如有…, 建议您…拨打) gives no cue but (a).
 *
 * A sentence in the account's own voice is opinion (`opinion.voice-stance`, anywhere) when the account itself
 * (小编, 我们, 笔者, 本号) or a group it judges (这些人, 这种司机) goes with a feeling or a verdict word (`emotion`,
 * `feeling`, `derogatory`) and a degree word (真, 太, 超, 简直) or an exclamation.
 *
 * The caller (reply-tone.ts) applies the shared guards: own voice only (no citizen message), no quotation marks,
 * no reported speech, no sentence that reports a reply, and no span another reply-tone rule has reported.
 */
import type { RuleMeta } from '../engine/rule';
import type { ReplyToneLexicons } from './reply-tone-schema';
import { createToneModel, replyRead, sentenceCore, spoken } from './tone-model';

/**
 * A sentence of a reply longer than SHORT_SENTENCE units (with its closing mark) is scored against LONG_THRESHOLD, not
 * the model's own: the explanation of a policy a reply quotes runs that long (应先从个别数量不是很大、…做好准备。, 41
 * units, scored 0.88 as a rude reply), a rude one seldom. Judged on the gov.cn corpus read as a reply (0 findings) and
 * the judges' open lines (replies4, replies5: 166 and 166 of 200 rude ones, 0 of 400 proper ones at 0.93 and 0.95).
 */
const SHORT_SENTENCE = 40;
const LONG_THRESHOLD = 0.95;

import { hasPair, type PairSet, pairSet } from './unit-keys';

const SOURCE =
  '国办发〔2018〕123号《关于推进政务新媒体健康有序发展的意见》（“雷人雷语”；不得发布代表个人观点、情绪的言论）；国办发〔2020〕53号：规范热线服务用语';

export const STANCE_RULES: RuleMeta[] = [
  {
    id: 'opinion.reply-stance',
    category: 'opinion',
    severity: 'warn',
    title: '回复态度不当',
    message: '{text}对群众轻慢、指责或讥讽，回复群众应尊重、耐心，正面解答。',
    source: SOURCE,
  },
  {
    id: 'opinion.reply-model',
    category: 'opinion',
    severity: 'warn',
    title: '回复语气不当（语气模型）',
    message: '{text}：这句回复的语气对群众不够尊重（语气模型判断），回复群众应耐心、正面解答。',
    source: `${SOURCE}；语气模型：scripts/data-sources/tone-corpus（为本项目编写的回复语料）`,
  },
  {
    id: 'opinion.voice-stance',
    category: 'opinion',
    severity: 'warn',
    title: '账号表态带情绪',
    message: '{text}是账号自己的情绪或评判，政务信息应客观陈述事实和依据。',
    source: SOURCE,
  },
];

/** Words of official exhortation: a sentence holding one and no 你/您 is policy prose, which the model does not read. */
const POLICY_PROSE = /践行|贯彻|推进|深化|坚持|加快|统筹|着力|健全|巩固|扎实|牢牢/;
const SECOND_PERSON = /[你您]/;

/** `labelledOnly`: the hit counts only in a draft labelled as a reply (the model reads a reply's wording only). */
export type StanceHit = { ruleId: string; s: number; e: number; labelledOnly?: true };

/** A word set looked up by substrings of 2 to 4 characters. */
class WordSet {
  private readonly words: Set<string>;
  /** 1 for a code unit that starts a word: most places are skipped with one array read. */
  private readonly first = new Uint8Array(65536);
  /** The first two characters of every word (typed arrays: no number boxed and hashed per place). */
  private readonly heads: PairSet;
  constructor(words: readonly string[]) {
    this.words = new Set(words.filter((w) => w.length >= 2 && w.length <= 4));
    for (const w of this.words) this.first[w.charCodeAt(0)] = 1;
    this.heads = pairSet([...this.words].map((w) => (w.charCodeAt(0) << 16) | w.charCodeAt(1)));
  }
  /** The first listed word in t[from, to) not right after 不/没/非 (不傻 is no insult), as [start, end]. */
  find(t: string, from: number, to: number): [number, number] | undefined {
    for (let i = from; i < to - 1; i++) {
      const c0 = t.charCodeAt(i);
      if (!this.first[c0] || !hasPair(this.heads, c0, t.charCodeAt(i + 1))) continue;
      for (let n = Math.min(4, to - i); n >= 2; n--) {
        if (this.words.has(t.slice(i, i + n)) && !/[不没非别]/.test(t[i - 1] ?? '')) return [i, i + n];
      }
    }
    return undefined;
  }
}

const SENTENCE = /[^。！？!?；;\n]+[。！？!?；;\n]*/g;
/** A module constant: the bundler writes a \p{…} literal as `new RegExp(…)`, built anew per call in a function. */
const HAS_HAN = /\p{Script=Han}/u;

const YOU = /你们|你|您|楼主|这位网友|这位市民|该网友|亲(?=[，,~～！!])/g;
/** (b) telling the citizen off or away. */
const IMPERATIVE = new RegExp(
  [
    '(?:别|少|不要|甭|莫)(?<![请您无不必需若如](?:别|少|不要|甭|莫))(?:再|老是?|总是?|乱|瞎|天天|整天|成天|一天到晚|动不动就?|什么都|啥都|没事就?|有事没事|一直|反复|又|一有事就)*(?:来|去|跑来|过来|在这儿?里?|跟我们|给我们|找我们)?(?:找(?:政府|我们|领导|媒体|记者)|问|烦|吵|闹|催|投诉|留言|发帖|打扰|打电话|嚷嚷?|纠缠|折腾|添乱|操心|叨叨|唠叨|啰嗦|磨叽|叫唤|BB|bb|逼逼|跑|来了|找事|挑刺|较真|计较|抱怨)',
    '自己(?:去|想想?办法|看着办|琢磨|找|查去|打听)',
    '爱([\\u4e00-\\u9fff])不\\1',
    '(?:哪儿?|一边)凉快',
    '(?:该干嘛干嘛|该干啥干啥|回家等着|回去等着|等着就行|慢慢等)',
    // stalling: 排着吧, 放着吧
    '[排等放搁晾]着吧(?=[。！!~～…]|$)',
  ].join('|'),
  'g',
);
/** An imperative that tells the citizen off by itself: 别 + a word of repetition or excess + a verb of bothering. */
const IMPERATIVE_STRONG =
  /^(?:别|少|不要|甭|莫)(?:再|老是?|总是?|乱|瞎|天天|整天|成天|一天到晚|动不动就?|什么都|啥都|没事就?|有事没事|一直|反复|又|一有事就)/;
/** (a) a virtue the citizen is said to lack (没教养, 没一点常识), or the citizen called a contemptible group. */
const LACKS =
  /(?:没|没有|缺|缺乏|毫无|一点|半点)(?:一点|点|半点)?(?:教养|素质|礼貌|良心|文化|常识|脑子|头脑|眼力见?|眼色|出息|本事|见识|公德心?|规矩|分寸|修养|家教|良知|廉耻|羞耻心|同情心|自知之明)/g;
const GROUP = /(?:你们|您们|你|您)?(?:这|那)(?:帮|伙|群|号|种|类)(?:人|家伙|东西)/g;
/** Nobody wants you (没人愿意搭理你): a verdict on the citizen. */
const SHUNNED = /(?:没人|没有人|谁都不|谁也不)(?:愿意|想|会)?(?:理|搭理|管|要|喜欢|待见|愿意帮)(?:你|您)/g;
/** A-not-A question about the citizen's feeling or manner (烦不烦, 累不累), not a polite ask (是不是, 行不行). */
const A_NOT_A =
  /([^是要能可会有对好行需用在去来看知懂\s，,。！？!?])不\1(?![^，,。！？!?]{0,3}(?:呢|啊)?[，,。])|(?:([烦累闲嫌羞臊够])不\2)/g;
/** (c) the citizen's matter made small, or reproached (这点破事也打12345, 还嫌少, 不动脑子, 催什么催). */
const TRIVIAL =
  /(?:这点|一点|这么点|屁大点|芝麻大|鸡毛蒜皮|破事|小事|这种事|这种问题)[^，,。！？!?]{0,8}?(?:也|都|还|就)(?:要|来|去|跑来|好意思)?(?:打|发|找|投诉|举报|问|值得|闹|上网|发帖|报警|嚷)/g;
const REPROACH =
  /还(?:嫌|想要?|要求|挑|好意思|有脸|有理了?)|倒有理了|不(?:动|用|长)(?:脑子|脑筋|记性|心眼|眼睛)|([问催吵闹嚷急哭喊叫看])什么\1|(?:跟|和|与)(?:我们|我|本单位|本部门)[^，,。！？!?]{0,4}?(?:没关系|没啥关系|无关|不相干|不沾边|不搭界)|自己[\u4e00-\u9fff]{1,3}(?:吧|去吧|去)(?=[，,。！!~～…]|$)|嫌[^，,。！？!?]{1,8}?(?:你|您)?(?:就|可以)?(?:别|不要|甭)|(?:小学生|三岁小孩|小孩子|小孩|幼儿园的孩子|傻子)(?:都|也)(?:会|知道|懂|明白|看得懂)|别人(?:怎么|为什么|咋)?都(?:没|不|能|可以|会)|早干(?:什么|嘛|啥)(?:去)?了|(?:问|找|催)(?:我们|我)(?:干什么|干嘛|干啥|有什么用|有啥用|有什么意思)|(?:就|只)(?:知道|会)(?![了的])[\u4e00-\u9fff]{1,3}/g;
/** (c) a rhetorical question. */
const RHETORICAL =
  /难道|不是[^，,。！？!?]{0,10}[吗么嘛]|还用问|还用说|有什么用|有啥用|有什么意思|有意思吗|有什么好|有啥好|凭什么|谁让你|谁叫你|怪谁|怪得了谁|怎么不|干嘛不|为什么不|为啥不|不会[^，,。！？!?]{0,8}[吗么嘛]|不知道[吗么嘛]|看不懂[吗么嘛]?|至于[吗么嘛]|好意思|有必要[吗么嘛]|又不是|又不止|哪来的?|何必|何苦|能怎么样|想怎么样|想干嘛|还想/g;
/** (d) sarcasm, flippancy. */
const SARCASM =
  /呵呵|哈哈|嘿嘿|嘻嘻|好吧|真是的|好的吧|随你便?|随便你|无语|就这[？?]?|懂[？?]|懂不懂|懂吗|[~～]|咯|呗|罢了|拜托|醒醒|得了吧|算了吧|省省吧|行了吧|你开心就好|不劳您?费心|(?<=[，,])随便(?=[。！!]|$)|又来一个|又一个|按(?:你|您)的(?:逻辑|说法|意思|理解)|[[【](?:摊手|白眼|微笑|捂脸|吃瓜|再见|拜拜|呵呵|doge|抠鼻|鄙视|哼|二哈|允悲|笑cry)[\]】]/g;
/** (e) blame on the citizen. */
const BLAME =
  /(?:你|您)们?(?:自己|活该)|怪(?:你|您)|(?:你|您)们?(?:就|也)?(?:早该|应该早|不该)|自找|自作自受|(?:是|属于)(?:你|您)?自己的(?:问题|责任)/g;
/** A degree word that turns a negative word into a verdict on the person. */
const DEGREE =
  /怎么这么|咋这么|这么|那么|真是|真的|真够|真|太|也太|好|简直|实在|就是|纯属|根本|是个|是一个|一群|一帮|一伙|够|多么|有多/;
/** A polite clause: no cue but a derogatory word counts in it. */
const POLITE =
  /请|感谢|谢谢|您好|你好|欢迎|抱歉|致歉|谅解|敬请|烦请|如有|如需|建议您|可拨打|可以拨打|可致电|咨询电话|辛苦了|理解与支持|理解和支持/;

/** The account itself, not a body of government (我市, 我们局 are not this: 我们 only before an adverb or a feeling). */
const SELF = /小编|笔者|本号|本小编|我们|咱们|咱|我(?![市省区县局委厅院校国军党部所站乡镇村们司处科队行办会])/g;
/** A group or a thing the account judges. */
const JUDGED = /(?:这种|这类|这些|这帮|这伙|这群|这个|这家|这位|那些|那种|某些|有些|个别)[\u4e00-\u9fff]{0,4}?/g;
const OPINION_DEGREE =
  /真的|真是|真|很|太|也太|超级?|简直|好|特别|非常|十分|实在|有点|有些|都快|快要|可真|多么|何等|极其|极度|相当/;
/** Any of YOU, IMPERATIVE, TRIVIAL or REPROACH, as non-global tests (each keeps its own back-references). */
const GATES = [YOU, IMPERATIVE, TRIVIAL, REPROACH].map((re) => new RegExp(re.source));
const REPLY_GATE = { test: (s: string) => GATES.some((re) => re.test(s)) };
/** Cheap test before the clause-by-clause reading: the account or a judged group somewhere in the sentence. */
const SELF_OR_JUDGED = /小编|笔者|本号|我|咱|(?:这|那)(?:种|类|些|帮|伙|群|个|家|位)|某些|有些|个别/;
/** Formulas of official statements that carry a feeling by duty (深感痛心, 我们深表哀悼) and resolutions. */
const FORMULA =
  /深感|深表|深切|沉痛|哀悼|悼念|缅怀|致以|表示|慰问|感谢|感激|自豪|骄傲|荣幸|欣慰|振奋|鼓舞|坚决|将|要|必须|绝不|决不/;

/** A word that makes up its clause, maybe after 真是/纯属/典型的 (白眼狼。 纯属刁民！): a name the citizen is called. */
function alone(t: string, [s, e]: [number, number], ca: number, cb: number): boolean {
  const before = t.slice(ca, s).replace(/^\s+/, '');
  const after = t.slice(e, cb);
  return (
    /^(?:真是|纯属|典型的?|就是|简直是|一个|个|妥妥的)?$/.test(before) &&
    /^(?:啊|呀|吧|一个|一枚)?[，,。！？!?~～…\s]*$/.test(after)
  );
}

function spanOf(re: RegExp, t: string, a: number, b: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  re.lastIndex = 0;
  const part = t.slice(a, b);
  for (let m = re.exec(part); m; m = re.exec(part)) {
    if (!m[0]) {
      re.lastIndex++;
      continue;
    }
    out.push([a + m.index, a + m.index + m[0].length]);
  }
  return out;
}

/** Clause ranges of t[a, b) (split at ，：). */
function clauses(t: string, a: number, b: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let s = a;
  for (let i = a; i < b; i++) {
    const c = t.charCodeAt(i);
    // ， , ： :
    if (c === 0xff0c || c === 0x2c || c === 0xff1a || c === 0x3a) {
      if (i > s) out.push([s, i + 1]);
      s = i + 1;
    }
  }
  if (b > s) out.push([s, b]);
  return out;
}

export type Stance = {
  /** Whether a paragraph has any cue at all (most official prose has none, and is not read for cues). */
  wants(t: string): boolean;
  /** Whether a tone model is loaded: then every sentence no cue fired on is scored too. */
  readonly modelled: boolean;
  /** The hits in t[from, to); `cues` (default true): what wants(t) said (without cues only the model reads). */
  /** `marked`: the paragraph is marked as a reply (回复：, 您好，您反映的…): the model reads all its short sentences. */
  scan(t: string, from: number, to: number, cues?: boolean, marked?: boolean): StanceHit[];
};

export function createStance(L: ReplyToneLexicons): Stance {
  const derogatory = new WordSet([...L.derogatory.words, ...L.verdict.words]);
  // 脑子呢？ 眼睛呢？ — a faculty asked after: the citizen is said to have none
  const facultyGone = new RegExp(
    `(?:${L.faculty.words
      .filter((w) => w.length >= 2)
      .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('|')})(?:呢|去哪了|在哪|哪去了)[？?]`,
    'g',
  );
  const feelings = new WordSet([...L.emotion.words, ...L.feeling.words, ...L.verdict.words]);
  const model = L.toneModel ? createToneModel(L.toneModel) : undefined;
  /** The model's reading of a sentence no cue above fired on: the sentence less its closing punctuation. */
  function modelSentence(t: string, a: number, b: number, marked: boolean): StanceHit | undefined {
    if (!model) return undefined;
    const [s, e] = sentenceCore(t, a, b);
    if (e - s < 4 || !HAS_HAN.test(t.slice(s, e)) || !(marked ? replyRead : spoken)(t.slice(s, b))) return undefined;
    // policy prose a reply quotes or explains (我们…必须践行好大食物观): not said to the citizen
    if (POLICY_PROSE.test(t.slice(s, e)) && !SECOND_PERSON.test(t.slice(s, e))) return undefined;
    const threshold = t.slice(s, b).trim().length <= SHORT_SENTENCE ? model.threshold : LONG_THRESHOLD;
    return model.score(t.slice(a, b)) >= threshold
      ? { ruleId: 'opinion.reply-model', s, e, labelledOnly: true }
      : undefined;
  }

  function replySentence(t: string, a: number, b: number): StanceHit | undefined {
    const sentence = t.slice(a, b);
    // one cheap test for the usual sentence that has no cue at all
    if (
      !REPLY_GATE.test(sentence) &&
      !clauses(t, a, b).some(([ca, cb]) => {
        // only a short clause can be a name the citizen is called
        const w = cb - ca <= 10 ? derogatory.find(t, ca, cb) : undefined;
        return w && alone(t, w, ca, cb);
      })
    )
      return undefined;
    const you = spanOf(YOU, t, a, b);
    const imp = spanOf(IMPERATIVE, t, a, b);
    const cues: Array<[number, number]> = [];
    const kinds = new Set<string>();
    let score = 0;
    for (const [ca, cb] of clauses(t, a, b)) {
      const polite = POLITE.test(t.slice(ca, cb));
      const addressed = you.some(([s]) => s >= ca && s < cb) || imp.some(([s]) => s >= ca && s < cb);
      const gone = spanOf(facultyGone, t, ca, Math.min(b, cb + 1))[0];
      const neg = derogatory.find(t, ca, cb) ?? spanOf(LACKS, t, ca, cb)[0] ?? spanOf(SHUNNED, t, ca, cb)[0] ?? gone;
      if (neg && (addressed || you.length || alone(t, neg, ca, cb))) {
        const before = t.slice(ca, neg[0]);
        const strong = !!gone || alone(t, neg, ca, cb) || (DEGREE.test(before.slice(-4)) && you.length > 0);
        score += strong ? 3 : 2;
        kinds.add('neg');
        cues.push(neg);
        if (strong) kinds.add('degree');
      }
      if (polite) continue;
      for (const c of imp.filter(([s]) => s >= ca && s < cb)) {
        const strong = IMPERATIVE_STRONG.test(t.slice(c[0], c[1]));
        score += strong ? 3 : 2;
        kinds.add('imp');
        if (strong) kinds.add('degree');
        cues.push(c);
      }
      for (const [re, kind] of [
        [RHETORICAL, 'rhet'],
        [A_NOT_A, 'rhet'],
        [TRIVIAL, 'trivial'],
        [REPROACH, 'reproach'],
        [GROUP, 'group'],
        [SARCASM, 'sarc'],
        [BLAME, 'blame'],
      ] as const) {
        const hits = spanOf(re, t, ca, cb);
        if (!hits.length) continue;
        // a rhetorical question put to the citizen weighs more than one about the matter; belittling or reproach
        // weighs two by itself
        score +=
          kind === 'trivial' ? 3 : ((kind === 'rhet' || kind === 'group') && addressed) || kind === 'reproach' ? 2 : 1;
        kinds.add(kind);
        if (kind === 'trivial') kinds.add('degree');
        cues.push(...hits);
      }
    }
    // a question mark after a rhetorical cue or one addressed to the citizen with a cue of its own
    if (/[？?]/.test(t.slice(b - 2, b)) && (kinds.has('rhet') || (kinds.size && you.length))) {
      score += 1;
      kinds.add('question');
    }
    const fires = (kinds.has('degree') && score >= 3) || (score >= 3 && kinds.size >= 2);
    if (!fires || !cues.length) return undefined;
    const s = Math.min(...cues.map(([x]) => x));
    const e = Math.max(...cues.map(([, y]) => y));
    return { ruleId: 'opinion.reply-stance', s, e };
  }

  function opinionSentence(t: string, a: number, b: number): StanceHit | undefined {
    const sentence = t.slice(a, b);
    if (!SELF_OR_JUDGED.test(sentence) || FORMULA.test(sentence)) return undefined;
    LACKS.lastIndex = 0;
    if (!feelings.find(t, a, b) && !derogatory.find(t, a, b) && !LACKS.test(sentence)) return undefined;
    let who: [number, number] | undefined;
    for (const [ca, cb] of clauses(t, a, b)) {
      const here = [...spanOf(SELF, t, ca, cb), ...spanOf(JUDGED, t, ca, cb)].sort((x, y) => x[0] - y[0])[0];
      const from = here ? here[1] : ca;
      who = here ?? who;
      if (!who) continue;
      const word = feelings.find(t, from, cb) ?? derogatory.find(t, from, cb) ?? spanOf(LACKS, t, from, cb)[0];
      if (!word) continue;
      const before = t.slice(here ? from : ca, word[0]);
      const exclaim = /[！!]/.test(t.slice(word[1], Math.min(b, word[1] + 4)));
      // in the subject's own clause a degree word or an exclamation; in a later clause an exclamation only
      if (before.length > 12 || !(exclaim || (here && OPINION_DEGREE.test(before)))) continue;
      return { ruleId: 'opinion.voice-stance', s: here ? here[0] : ca, e: word[1] };
    }
    return undefined;
  }

  return {
    wants(t) {
      LACKS.lastIndex = 0;
      facultyGone.lastIndex = 0;
      return (
        REPLY_GATE.test(t) ||
        !!derogatory.find(t, 0, t.length) ||
        !!feelings.find(t, 0, t.length) ||
        LACKS.test(t) ||
        facultyGone.test(t)
      );
    },
    modelled: !!model,
    scan(t, from, to, cues = true, marked = false) {
      const out: StanceHit[] = [];
      const part = t.slice(from, to);
      SENTENCE.lastIndex = 0;
      for (let m = SENTENCE.exec(part); m; m = SENTENCE.exec(part)) {
        const a = from + m.index;
        const b = a + m[0].length;
        const reply = cues ? replySentence(t, a, b) : undefined;
        if (reply) out.push(reply);
        const opinion = cues ? opinionSentence(t, a, b) : undefined;
        if (opinion) out.push(opinion);
        // the model only where no cue above has spoken
        const modelled = reply || opinion ? undefined : modelSentence(t, a, b, marked);
        if (modelled) out.push(modelled);
      }
      return out;
    },
  };
}
