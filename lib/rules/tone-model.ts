/**
 * A small statistical tone model for replies to citizens: logistic regression over the character n-grams (one to
 * three UTF-16 code units) of a sentence, trained by scripts/train-tone-model.ts on replies written for the project
 * (scripts/data-sources/tone-corpus/). The weights are data (reply-tone.json, `toneModel`); this module only reads
 * them. It catches the rude reply that no listed shape describes — the stance is spread over its wording — and is
 * read by the reply-stance reader (reply-stance.ts) as `opinion.reply-model`, in a draft labelled as a reply only.
 *
 * A feature is an n-gram of the sentence after `foldUnit` (full-width punctuation folded, digits to 0, Latin to lower
 * case, white space dropped), an opening greeting (您好，) left out, with ^ and $ for the sentence's edges; each
 * counts once per sentence. Scoring packs n-grams into numbers (no string per n-gram): ≈ 1 Map lookup per unit and
 * n, with the weights keyed the same way.
 */

import { buildAutomaton, HitBuffer } from '../engine/matcher/automaton';
import { firstTest } from './first-units';

export interface ToneModelData {
  note?: string;
  source: string;
  /** A sentence whose probability of being a bad reply is at least this is reported. */
  threshold: number;
  bias: number;
  /** n-gram → weight. */
  weights: Record<string, number>;
  /**
   * The weights as `packedWeights` keys them, where a host keeps them so (the CLI's table cache): used instead of
   * packing `weights` on the first score.
   */
  packed?: () => PackedWeights;
  /**
   * Learned cue words (voice model): n-grams of two to four Han characters that the trainer found in bad lines of
   * several authors and in no quiet line or work-report sentence it trained on. A sentence with one is read like a
   * sentence with a listed word of judgement or feeling (`voiceGate`).
   */
  cues?: string[];
  /** The threshold for a sentence read only through a learned cue word (higher: the cues are many and plain). */
  learnedThreshold?: number;
  examples?: { hit: string[]; pass: string[] };
}

/** Full-width punctuation → the ASCII the model reads (？ and ? are one feature). */
const FOLD = new Map<number, number>(
  ['？?', '！!', '，,', '、,', '；;', '：:', '～~', '….', '。.', '（(', '）)', '“"', '”"'].map((p) => [
    p.charCodeAt(0),
    p.charCodeAt(1),
  ]),
);
const START = '^'.charCodeAt(0);
const END = '$'.charCodeAt(0);

/** One code unit as the model reads it; -1 for white space. */
export function foldUnit(c: number): number {
  if (c <= 32 || c === 0xa0 || c === 0x3000) return -1;
  if ((c >= 48 && c <= 57) || (c >= 0xff10 && c <= 0xff19)) return 48;
  if (c >= 65 && c <= 90) return c + 32;
  return FOLD.get(c) ?? c;
}

/** A greeting that opens polite and rude replies alike (您好，): no evidence either way. */
const GREETING = /^\s*(?:(?:您|你)好|亲爱的[^，,：:]{0,6})[，,！!：:\s]*/;

/** The sentence's folded units between ^ and $ (an opening greeting left out). */
function units(sentence: string): number[] {
  const s = sentence.replace(GREETING, '');
  const out = [START];
  for (let i = 0; i < s.length; i++) {
    const u = foldUnit(s.charCodeAt(i));
    if (u >= 0) out.push(u);
  }
  out.push(END);
  return out;
}

/** An n-gram as one number: every unit is ≥ 32 here, so the three lengths never share a key. */
const key = (u: readonly number[], i: number, n: number) =>
  n === 1 ? u[i]! : n === 2 ? u[i]! * 0x10000 + u[i + 1]! : u[i]! * 0x100000000 + u[i + 1]! * 0x10000 + u[i + 2]!;

/** The distinct n-grams (n = 1…3) of a sentence, as strings (training and the weights' keys). */
export function toneFeatures(sentence: string): string[] {
  const u = units(sentence);
  const out = new Set<string>();
  for (let i = 0; i < u.length; i++)
    for (let n = 1; n <= 3 && i + n <= u.length; n++) {
      // the edge marks alone say nothing
      if (n === 1 && (i === 0 || i === u.length - 1)) continue;
      out.add(String.fromCharCode(...u.slice(i, i + n)));
    }
  return [...out];
}

/**
 * Words of speech to someone: a person, a particle, a question or an exclamation, an imperative, a colloquial word.
 * Outside a paragraph marked as a reply (回复：, 您好，您反映的…) the reply model reads only a short sentence with one
 * (`spoken`): the formal prose of a report (科技创新能力还不强) has none, and scoring every sentence of every draft cost
 * ≈ 2 ms per 20,000 characters.
 */
const SPOKEN =
  /你|您|我们|咱|吧|吗|呢|啊|呀|嘛|了|啦|哦|哈|呗|[？?！!~～]|别|甭|不要|少[来拿给说]|咋|啥|谁|什么|干嘛|怎么|自己|就是|没用|白搭|随便|爱[\u4e00-\u9fff]不|真是|天天|整天|活该|有脸/;
/** The reply model's reading outside a marked reply paragraph: at most 40 units, with a word of speech (SPOKEN). */
export const spoken = (sentence: string): boolean => sentence.trim().length <= 40 && SPOKEN.test(sentence);
/**
 * The longest sentence the reply model reads (UTF-16 units): a rude reply is said in few words, and over a long
 * sentence of explanation the small weights of many n-grams add up to nothing it was trained on.
 */
export const MAX_MODEL_SENTENCE = 60;
/**
 * Whether the reply model reads this sentence of a marked reply paragraph: one of at most MAX_MODEL_SENTENCE units. Until round 31 it also had to
 * hold a word of speech to someone (你, 吧, ？, 别 …) and be at most 40 units long; measured on the judges' open lines
 * (replies4, replies5: the proper ones stay at 0 of 400) the model itself keeps formal and polite sentences quiet, and
 * more than half of the rude lines (推三阻四, 这种事也值得投诉) had no such word or ran longer. Sentences over 40 units
 * are held to a higher threshold (reply-stance.ts LONG_THRESHOLD): policy prose a reply explains runs that long.
 */
export const replyRead = (sentence: string): boolean => sentence.trim().length <= MAX_MODEL_SENTENCE;

/** Verbs that report someone's words or view (网友称, 专家认为): what follows is not the account's voice. */
export const REPORTING_VERBS = '表示|说|称|认为|反映|投诉|吐槽|质疑|留言|指出|提到|坦言|直言|感慨';
/**
 * Not the speaker's own idioms with 说 (说白了, 说实话, 说真的, 说到底, 可以说, 不用说): the account's voice, not
 * someone's words reported.
 */
// (the lookbehind after 说, not before it: one leading an alternative keeps V8 from pre-testing first characters)
// 认为 after the account itself (我们认为, 小编认为) is its own view, which the model weighs (round 23)
// and what many people believe (不少人以为这只是小毛病, 很多家长觉得…): a belief the post goes on to correct (round 32)
const REPORTED = new RegExp(
  `${REPORTING_VERBS.replace('说', '说(?<![可以不用]说)(?!白了|实话|真的|句实话|到底|穿了)').replace(
    '认为',
    '认为(?<!(?:我们|咱们|小编|笔者|本号)(?:个人|也|倒|更|还是)?认为)',
  )}|(?:不少|很多|许多|有些|一些|部分|有的|多数)(?:人|市民|群众|家长|网友|患者|老人|居民|消费者|游客|朋友)(?:都|还|总|常|会|往往)?(?:以为|觉得|误以为|误认为)`,
);
/** The sentence less leading commas and closing punctuation: the span a tone-model finding marks. */
export function sentenceCore(sentence: string, from = 0, to = sentence.length): [number, number] {
  let a = from;
  let b = to;
  while (a < b && LEAD_CODE[sentence.charCodeAt(a)] === 1) a++;
  while (b > a && TRAIL_CODE[sentence.charCodeAt(b - 1)] === 1) b--;
  return [a, b];
}

/**
 * sentenceCore's classes, [\s，,] and [\s。！？!?；;…~～], by code unit (a table, no one-character string and regex
 * test per step), built by testing each class on every unit it can match: the white space of ECMAScript's \s (its
 * WhiteSpace and LineTerminator units) and the marks listed.
 */
const LEAD_CODE = unitClass(/[\s，,]/);
const TRAIL_CODE = unitClass(/[\s。！？!?；;…~～]/);
function unitClass(re: RegExp): Uint8Array {
  const out = new Uint8Array(65536);
  for (const c of [
    ...'\t\n\v\f\r \u00a0\u1680\u2028\u2029\u202f\u205f\u3000\ufeff\u180e，,。！？!?；;…~～',
    ...Array.from({ length: 11 }, (_, i) => String.fromCharCode(0x2000 + i)),
  ])
    if (re.test(c)) out[c.charCodeAt(0)] = 1;
  return out;
}
/**
 * Words that make a sentence a judgement or a feeling rather than a report, an invitation or a question to the reader:
 * degree and certainty (真, 太 — not of a name or a word: 玉真, 认真, 真正, 太白, 太阳, 太原 —, 简直, 竟然, 估计, 显然), verdicts (活该, 丢人, 离谱), feelings (心疼, 气愤, 泪目), pointing at
 * people (某些, 那些, 这种人), the account's own opinion (小编, 认为, 说实话), rhetoric (难道, 凭什么, 何必, 罢了).
 * Lively posts a government account publishes (这个夏天，来看海吧！ 你知道二十四节气是怎么来的吗？ 春天真的来了！)
 * have none: an independent author's 493 of them (tone-corpus/independent/lively.jsonl) scored 71 false alarms
 * without this gate. Widened on 2026-12-05 with more words of verdict and feeling (说白了, 作死, 寒心, 素质, 家人们 …):
 * the cross-validated lines it reads rose from 217 to 263 bad ones, the lively posts stay at 0.
 */
export const VOICE_CUE =
  /真(?<![玉天认求逼纯写保传失存归果当率童]真)(?!的|相|实|正|诚|情|理|空|菌|迹|人|切|品|假|知|谛|伪|皮|丝|主|武|君|题|经|抓|善|挚)|太(?![白阳平空极湖原行子后保守仓康谷和古尉祖公庙岳])|简直|竟然|居然|难道|估计|恐怕|显然|活该|可笑|丢人|无语|心疼|气愤|愤怒|可恶|可耻|无耻|奇葩|离谱|服了|醉了|呵呵|哈哈|笑死|绝了|破防|泪目|绝绝子|某些|有些人|那些|这种人|这帮|反省|羞愧|不得不说|说实话|老实说|认为|小编|本号|笔者|我们觉得|我觉得|凭什么|岂|何必|罢了|而已|哪有|就该|应该|说白了|作死|活该|自作自受|咎由自取|肯定是|八成|明明|偏偏|根本|压根|实在|可怜|可悲|悲哀|寒心|崩溃|心累|恶心|缺德|良心|黑心|坑人|受不了|看不下去|哭笑不得|佩服|厉害了|素质|智商|家人们|宝子|yyds|扎心|心酸|难受|最懂|没少/;
/**
 * Whether the own-voice model reads this sentence: 6–60 characters (a slogan fragment says too little, and over a
 * long sentence of explanation the small weights of many n-grams add up to nothing it was trained on), not reported
 * speech, and with a word of judgement or feeling (VOICE_CUE).
 */
export const voiced = (sentence: string): boolean => voiceSized(sentence) && firstTest(VOICE_CUE, sentence);
/** Whether a sentence holds a listed word of judgement or feeling (VOICE_CUE), length aside. */
export const hasVoiceCue = (sentence: string): boolean => firstTest(VOICE_CUE, sentence);

/**
 * `voiced`, widened by a model's learned cue words (ToneModelData.cues, written by scripts/train-tone-model.ts):
 * how the own-voice rule reads a sentence — `listed` (a word of VOICE_CUE), `learned` (only a learned cue word), or
 * not at all. The listed words were chosen by hand from two authors' lines; the learned ones come from every author of
 * the training corpus (an n-gram in bad lines of at least three of them and in no quiet line), so that a sentence
 * worded like none of the listed words (十有八九, 丑态百出, 要我们说) is still scored, against its own threshold.
 */
export function voiceGate(cues: readonly string[] = []): (sentence: string) => 'listed' | 'learned' | undefined {
  // the engine's matcher over the learned words (hits into one reused buffer)
  const automaton = cues.length ? buildAutomaton(cues) : undefined;
  const table = automaton?.symbolTable();
  const hits = new HitBuffer(16);
  return (sentence) => {
    if (!voiceSized(sentence)) return undefined;
    if (firstTest(VOICE_CUE, sentence)) return 'listed';
    return automaton && automaton.scanHits(sentence, table!, hits) > 0 ? 'learned' : undefined;
  };
}
/** The length and reported-speech part of `voiced` (the training lines: the model learns from sentences without cues too). */
export const voiceSized = (sentence: string): boolean => {
  const [a, b] = sentenceCore(sentence);
  return b - a >= 6 && b - a <= 60 && !REPORTED.test(sentence.slice(a, b));
};

/**
 * Words of trade: a price, a deal, a place or way to buy, a product's praise, a recommendation (not a guide's heading,
 * 美食推荐：), a shop (not shops in general: 不少老店, nor a place: 横店, 驻马店), a named business (a
 * quoted name before 馆, 店, 工作室, 会所 …: “王记羊肉馆”), the account speaking as a merchant (我们的民宿, 来试试我们的…;
 * round 23; 买 of a Uyghur name is none: 艾买提, 买买提, 买合木提, round 37). The sales model reads only a sentence with one (most official prose has none; what it has — 价格, 购买,
 * 推荐 — the model weighs against the rest). Not 送, 免费, 课程,
 * 保险, 贷款, 品牌: news of a courier (送餐的外卖骑手) or a free course has them. Sentences without one were tried at a
 * higher threshold (scripts/train-tone-model.ts prints the table): real prose and lively posts stay quiet only where
 * almost no ad is found.
 */
export const SALES_CUE =
  /[0-9０-９零一二两三四五六七八九十百千万]\s*(?:元|块)|元起|(?<![存骨曲转波挫周奏百夭磨对])折(?![腾服射])|价|购(?<![去在来]购)|买(?![提合])(?<![艾买]买)|卖(?<!外卖)|店(?<!(?:不少|一些|许多|很多|各类|各色|沿街)[老小]?店)(?<!(?:横|驻马|瓦房|长辛|辛|郭|岔|夏)店)|(?<!(?:养老金|保险金|公积金|救助金|抚恤金|补贴|补助|津贴|待遇))领取|优惠|红包|券|扫码|链接|下单|直播间|套餐|加盟|会员|福利|限时|秒杀|包邮|团购|特惠|促销|开业|新品|商城|小程序|私信(?!我们)|楼盘|首付|理财|好物|种草|安利|闭眼入|冲鸭|推荐(?<!(?:统一|单位|组织|学校|择优|逐级|民主|群众|基层)推荐)(?!报名|人选|名单|对象|评选|程序|[：:])|首选|口碑|亲测|我们的?(?:民宿|客栈|青旅|酒楼|餐厅|饭店|私教|普拉提|团课|健身房|美容院|水光针|脱毛|摄影团|旅行社|门店|小店|工作室|驾校|楼盘|房源|套餐|宽带|营业厅|理财|客户经理)|来试试我们|[”」][^，。！？]{0,6}?(?:馆|店|工作室|会所|健身房|公司|餐厅|酒店|超市|驾校|诊所|门诊|机构)/;
/**
 * Whether a text has a word of trade at all (a paragraph without one has no sentence the sales model reads). 折 of
 * another word (存折, 骨折, 曲折, 折腾) is none, nor 领取 of a benefit (养老金领取资格认证).
 */
export const hasTradeWord = (text: string): boolean => firstTest(SALES_CUE, text);
/**
 * A line of a public roll or of a benefit paid (张某某，身份证号…，联系电话…，救助金额3000元): a phone number and an amount in
 * yuan, yet no sale.
 */
const PUBLIC_ROLL = /身份证号|户主|(?:救助|补贴|补助|保障|抚恤|慰问|低保|奖励|赔偿)(?:金额|金|款)/;
/**
 * Whether the sales model reads this sentence: 6–80 characters, not reported speech, with a word of trade, not a line
 * of a public roll.
 */
export const salesRead = (sentence: string): boolean =>
  salesSized(sentence) && firstTest(SALES_CUE, sentence) && !PUBLIC_ROLL.test(sentence) && !PAST_OPENING.test(sentence);
/**
 * A sentence that opens on the past (过去，这段土路一到雨天…猕猴桃要靠人挑出去卖; 以前…): how things were, no offer of
 * today's goods.
 */
const PAST_OPENING = /^[\s，,]*(?:过去|以前|从前|当年|那时|早年|以往|曾几何时)/;
/** The length and reported-speech part of `salesRead`. */
export const salesSized = (sentence: string): boolean => {
  const [a, b] = sentenceCore(sentence);
  return b - a >= 6 && b - a <= 80 && !REPORTED.test(sentence.slice(a, b));
};

export interface ToneModel {
  /** The probability that the sentence is a bad reply. */
  score(sentence: string): number;
  readonly threshold: number;
}

/** packedWeights as two parallel arrays (keys, values), in the Map's order. */
export interface PackedWeights {
  keys: ArrayLike<number>;
  values: ArrayLike<number>;
}

/** The weights keyed as `score` packs n-grams; n-grams that are not 1–3 code points of one unit each are left out. */
export function packedWeights(weights: Record<string, number>): Map<number, number> {
  const w = new Map<number, number>();
  const u: number[] = [];
  const names = Object.keys(weights);
  // Index loops and no array per n-gram: this runs cold, where each iteration step and spread allocates.
  for (let j = 0; j < names.length; j++) {
    const f = names[j]!;
    if (f.length < 1 || f.length > 3) continue;
    u.length = 0;
    for (let i = 0; i < f.length; i++) u.push(f.charCodeAt(i));
    if (!hasSurrogatePair(u)) w.set(key(u, 0, f.length), weights[f]!);
  }
  return w;
}

/** Whether a high surrogate is followed by a low one (a code point of two units: not a unit n-gram). */
function hasSurrogatePair(u: readonly number[]): boolean {
  for (let i = 0; i + 1 < u.length; i++)
    if (u[i]! >= 0xd800 && u[i]! <= 0xdbff && u[i + 1]! >= 0xdc00 && u[i + 1]! <= 0xdfff) return true;
  return false;
}

/**
 * The packed weights in an open-addressed table of typed arrays: a key of n-gram `hi * 2^32 + lo` (hi: the first unit
 * of a trigram, else 0) without a boxed number hashed per lookup (the keys of bigrams and trigrams lie beyond V8's
 * small integers), and "already counted in this sentence" as a stamp per slot instead of a Set.
 */
interface WeightTable {
  hi: Uint32Array;
  lo: Uint32Array;
  value: Float64Array;
  /** Per slot: the sentence (`gen`) that last counted it. */
  stamp: Uint32Array;
  shift: number;
  gen: number;
}

const slotOf = (hi: number, lo: number, shift: number) =>
  Math.imul(lo ^ Math.imul(hi, 0x9e3779b1), 0x85ebca6b) >>> shift;

/** A Map of packedWeights as PackedWeights. */
function weightArrays(w: Map<number, number>): PackedWeights {
  return { keys: Float64Array.from(w.keys()), values: Float64Array.from(w.values()) };
}

/**
 * From the keys and values as arrays, not a Map: the CLI's table cache stores them so, and iterating a Map of 10,000
 * entries the first time cost ≈ 1 MB of entry arrays and number boxes. The keys are distinct, so the table (and
 * every lookup) is the same whatever their order.
 */
function weightTable({ keys, values }: PackedWeights): WeightTable {
  let bits = 4;
  while (1 << bits < 2 * keys.length + 2) bits++;
  const size = 1 << bits;
  const t: WeightTable = {
    hi: new Uint32Array(size),
    lo: new Uint32Array(size),
    value: new Float64Array(size),
    stamp: new Uint32Array(size),
    shift: 32 - bits,
    gen: 0,
  };
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i]!;
    const v = values[i]!;
    // every key is an n-gram of units ≥ 32 (never 0, the empty slot's), below 2^48
    const hi = Math.floor(k / 0x100000000);
    const lo = k % 0x100000000;
    let h = slotOf(hi, lo, t.shift);
    while (t.hi[h] !== 0 || t.lo[h] !== 0) h = (h + 1) & (size - 1);
    t.hi[h] = hi;
    t.lo[h] = lo;
    t.value[h] = v;
  }
  return t;
}

export function createToneModel(data: ToneModelData): ToneModel {
  // Packed on the first score: most drafts never reach the model (a CLI start saves ≈ 7 MB of allocation).
  let table: WeightTable | undefined;
  return {
    threshold: data.threshold,
    score(sentence) {
      const t = (table ??= weightTable(data.packed?.() ?? weightArrays(packedWeights(data.weights))));
      if (t.gen === 0xffffffff) {
        t.stamp.fill(0);
        t.gen = 0;
      }
      const gen = ++t.gen;
      const { hi: his, lo: los, value, stamp, shift } = t;
      const mask = his.length - 1;
      const u = units(sentence);
      let z = data.bias;
      // each n-gram as key() packs it (n = 1, 2, 3 at i), in the same order, each weight added once
      for (let i = 0; i < u.length; i++)
        for (let n = 1; n <= 3 && i + n <= u.length; n++) {
          if (n === 1 && (i === 0 || i === u.length - 1)) continue;
          const hi = n === 3 ? u[i]! : 0;
          const lo =
            n === 1 ? u[i]! : n === 2 ? ((u[i]! << 16) | u[i + 1]!) >>> 0 : ((u[i + 1]! << 16) | u[i + 2]!) >>> 0;
          let h = slotOf(hi, lo, shift);
          while (his[h] !== hi || los[h] !== lo) {
            if (his[h] === 0 && los[h] === 0) break;
            h = (h + 1) & mask;
          }
          if ((his[h] === 0 && los[h] === 0) || stamp[h] === gen) continue;
          stamp[h] = gen;
          z += value[h]!;
        }
      return 1 / (1 + Math.exp(-z));
    },
  };
}
