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
import type { ParagraphRule, RuleMeta } from '../engine/rule';
import { REPLY_SIGNAL } from './reply-promo';
import type { ReplyToneLexicons } from './reply-tone-schema';
import { MAX_PER_PARAGRAPH } from './util-text';

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
    '回复让群众私下联系',
    '{text}让群众私下联系，政务咨询应通过公开渠道办理。',
  ),
  meta(
    'advertising.reply-paid-help',
    'advertising',
    'warn',
    '回复有偿帮办',
    '{text}是有偿办事的说法，政务账号不得提供或介绍有偿服务。',
  ),
];

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Longest first, so 你们 wins over 你. */
const alt = (words: readonly string[]) =>
  [...words]
    .sort((a, b) => b.length - a.length)
    .map(esc)
    .join('|');

type Compiled = { shapes: ReadonlyArray<readonly [string, RegExp]>; insult: RegExp; latin: RegExp };

/** The shapes, built from the word lists. */
function compile(L: ReplyToneLexicons): Compiled {
  const words = (name: Exclude<keyof ReplyToneLexicons, 'latinVulgar'>) => alt(L[name].words);
  const GAP = '[^。！？!?；;，,\\n]{0,8}?';
  const YOU = words('you');

  /** Each shape: a rule id and a global expression; group 1, when present, is the reported span. */
  const SHAPES: ReadonlyArray<readonly [string, RegExp]> = [
    [
      'opinion.reply-belittle',
      new RegExp(
        `(?:${YOU})${GAP}(?:${words('belittle')})|(?:${words('belittleBare')})|有病(?:就)?(?:去)?(?:治|看|吃药)|管(?:那么|这么|得)(?:宽|多)|(?<![如若])有(?:时间|空|工夫|那功夫)[^。！？!?\\n]{2,12}?不如(?:去|早点|趁早)?[\\u4e00-\\u9fff]{1,5}|(?:就|只)(?:知道|会)(?:投诉|抱怨|闹|吵|伸手|要钱|找茬|挑刺|发牢骚|告状|等靠要)`,
        'g',
      ),
    ],
    [
      'opinion.reply-contempt',
      new RegExp(
        [
          words('contemptEnd'),
          '难道[^。！？!?\\n]{0,12}?(?:不知道|不懂|不会|没看|看不见|看不到|不清楚)',
          '(?:你们|你)(?:就|都|也|连这都)?(?:不会|不懂得?|看不懂|听不懂|不识|没长|不长)[^。！？!?，,\\n]{0,6}?[？?]',
          '没看(?:到|见)?(?:我们|我)[^。！？!?，,\\n]{0,6}?吗',
          // 你没看通知吗？ 你是不是没听懂？ 连这都不懂, 垃圾分类都分不清, 为什么不自己先查
          '你们?(?!好)[^。！？!?\\n]{0,10}?(?:不|没|没有)(?:懂|会|知道|明白|清楚|看到|看见|看|听|理解|认识|识)[^。！？!?\\n]{0,8}?[吗么啊嘛]?[？?]',
          '你们?是不是[^。！？!?\\n]{1,10}?[？?]',
          '连[^。！？!?，,\\n]{1,10}?(?:都|也)(?:不|没|分不清|搞不懂|看不懂|不会)[^。！？!?，,\\n]{0,4}',
          '(?:都|也)(?:分不清|搞不清|搞不懂|看不懂|听不懂|不会看|不会查)',
          // 这么简单的问题还要问, 这点小事也值得投诉
          '这么(?:简单|容易|明显)的[^。！？!?，,\\n]{0,4}?(?:都|还|也)(?:要|不|没|需要|值得)[\\u4e00-\\u9fff]{0,3}',
          '这点(?:小)?事[^。！？!?，,\\n]{0,3}?(?:也|都|还)(?:值得|要|来)[\\u4e00-\\u9fff]{0,3}',
          '(?:为什么|怎么|干嘛|为啥)不(?:自己|先)[^。！？!?，,\\n]{0,8}',
          '不就(?:是)?[^。！？!?，,\\n]{1,10}?(?:吗|嘛)[？?]',
          '有(?:什么|啥)(?:好|可)(?:投诉|问|闹|吵|抱怨|纠结|计较|嚷嚷|争|哭|急|催|较真)的',
        ].join('|'),
        'g',
      ),
    ],
    [
      'opinion.reply-dismiss',
      new RegExp(
        [
          `(?<![请无不必需])(?:不要|别|甭|莫|不许|不准)(?:再|反复|老是|老|总是|总|一直|乱|瞎|重复|到处|天天|整天)+(?:${words('dismissVerb')})`,
          '(?<![多至减缺])少(?:废话|啰嗦|管闲事|来这套|烦我|打扰|在这)',
          words('shirk'),
          '(?:谁|哪个|哪家)[^。！？!?，,\\n]{0,8}?找谁去?',
          // 嫌贵可以不买, 不满意可以走人: a choice thrown back at the citizen (申请复核 is a remedy, not listed)
          '(?:嫌|觉得)[^。！？!?，,\\n]{1,8}?[，,]?(?:可以|就|大可|完全可以)(?:不|别|选择不)[\\u4e00-\\u9fff]{1,2}',
          '(?:不想|不愿意?|不满意|接受不了|受不了|干不了)[^。！？!?，,\\n]{0,8}?[，,]?(?:可以|就|大可)(?:走人|走|离开|辞职|搬走|另找|不干)',
          // 嫌堵可以绕行 (请绕行东侧通道 is directions)
          '(?:嫌|觉得|怕)[^。！？!?，,\\n]{1,8}?[，,]?(?:可以|就|大可|那就)(?:绕行|绕道|绕路|换条路)',
          // advice that answers a complaint with a gadget: 路灯不亮 → 建议携带手电筒, 噪音 → 买个降噪耳机
          '(?:建议|可以|不如|最好|自己)[^。！？!?\\n]{0,8}?(?:手电筒|降噪耳机|耳塞|隔音棉)',
          // 嫌吵就搬走, 嫌远就换地方
          '嫌[^。！？!?，,\\n]{1,6}?[，,]?(?:可以|就|大可)(?:搬走|搬家|走人|离开|换地方|换个地方|别来|别住)',
          // 那你别坐啊: a complaint turned back (那您别忘了… is advice)
          '那(?:你|您)们?(?:就)?(?:别|甭|不要)(?!忘|担心|着急|急|慌|紧张|害怕|怕)[\\u4e00-\\u9fff]{1,3}(?:啊|呗|嘛|呀|了)(?=[。！!？?，,~～]|$)',
          // 我不管, 我也没办法 closing a clause (我们不管遇到什么困难 is "no matter")
          '我们?(?:也|就)?(?:不管|没(?:办法|辙))(?=[。！!？?，,~～]|$)',
          // 买不起就别买, 没钱就别看病, 你可以选择不生: a condition turned into a brush-off
          '(?:买不起|没钱|穷|付不起|负担不起|住不起|养不起|用不起)[^。！？!?，,\\n]{0,6}?(?:就|那就)?(?:别|不要|甭)[\\u4e00-\\u9fff]{1,3}',
          // 不满意可以不来, 接受不了就别办: the citizen's objection answered with "then don't"
          '(?:不满意|接受不了|受不了|看不惯)[^。！？!?，,\\n]{0,8}?[，,]?(?:可以|就|大可)(?:不|别)(?:来|办|买|用|住|去|坐|看|要)',
          // 这不是我们该管的, 轮不到我们管, 我们只管发通知，其他的不管
          '不是我们(?:该|要|能|应该|需要)?管的|轮不到我们(?:管)?|不该我们管|我们(?:只管|只负责)[^。！？!?\\n]{1,10}?[，,](?:其他|别的|其余)的?(?:不管|一概不管|我们不管|不归我们)',
          // 有意见找上级去 (如有意见，可以向上级机关反映 is a remedy)
          '有意见(?:就|你)?(?:去)?找(?:上级|领导|上面)(?:去)?(?=[。！!，,]|$)',
          // 不想办拉倒
          '(?:不想[\\u4e00-\\u9fff]{1,2}|不[\\u4e00-\\u9fff])就?拉倒',
          '你们?也?可以选择不[\\u4e00-\\u9fff]{1,2}',
          '不予理睬|不予理会|懒得回',
          '找(?:别人|别的部门|他们|对方|厂家|商家|物业)去',
          '(?<![请无不必需])(?:别|少|不要)再?(?:在这儿?|在这里|在此|跟我们|跟我|给我|来这)(?:瞎|乱|嚷|吵|闹|扯|带节奏|胡说|废话|啰嗦|叫|喊|说三道四|指手画脚|起哄|捣乱|找事|撒野)',
        ].join('|'),
        'g',
      ),
    ],
    [
      'opinion.reply-threat',
      new RegExp(
        [
          `再(?:乱|敢|这样|这么|闹|吵|刷屏|刷|发|造谣|投诉|留言|骚扰|胡说|来)[^。！？!?\\n]{0,14}?(?:${words('threat')})`,
          '(?:你家|你的|你们家)[^。！？!?\\n]{0,12}?(?:别想|不用想|没戏|悬了)',
          '后果自负|走着瞧|等着瞧|给你点颜色|别怪我们不客气|(?:抓|查|封|告|拉黑)你(?![们的])',
          '(?:小心|当心)(?:你|点|被抓|被查)|让你(?:好看|吃不了兜着走|后悔)|给我(?:闭嘴|等着|小心|注意点|老实点)',
          '(?:堆|放|扔|倒|搬|拉|送)到你家',
        ].join('|'),
        'g',
      ),
    ],
    [
      'opinion.reply-flippant',
      new RegExp(
        `${words('flippant')}|6{3,}(?!\\d)(?<!\\d6{3,})|亲(?<=(?:^|[：:，,。！？!?\\s])亲)(?=[，,~～！!])`,
        'g',
      ),
    ],
    ['opinion.reply-victim-blame', new RegExp(words('victimBlame'), 'g')],
    [
      'opinion.reply-impatient-shape',
      new RegExp(
        [
          words('impatience'),
          '(?:说|讲|回复|解释|问)了?[八几一两三四五六七九十百千万\\d]+(?:百|千|万)?遍',
          '(?:天天|整天|成天|老是|总是)(?:就知道|就会|只会|都)?(?:投诉|留言|打电话|举报|催|闹|找事|发帖)',
          '(?:说|讲|回复|解释|问)(?:过)?(?:很多|好多|无数|N|n)(?:遍|次)',
          '哪(?:来|有)(?:那么|这么)多(?:为什么|问题|事|要求|意见)',
          '(?<=^|[：:，,。\\s])懂(?:了吗|不|没)?[？?]',
          // 问什么问, 吵啥吵, 哭什么哭: a verb thrown back
          '([问催吵闹嚷叫喊哭急看说嚎])(?:什么|啥)\\1',
          '又(?:来了|是你|来问|在问|来投诉|投诉|留言|来闹)',
          // a whole reply of one perfunctory word (回复：已阅。): no answer at all
          '(?<=(?:回复|答复|回答|答)[：:]\\s*)(?:已阅|已读|收到|知道了|已收悉|好的|了解|已转|嗯+|哦+)[。！!.…~～]*(?=\\s*$)',
          // 自己看。 自己查吧！ (请您自己查看附件, 您可以自己查 are offers)
          '(?<![请以可])自己(?:去)?(?:看|查|瞧|翻)(?:吧|去)?(?=[。！!，,]|$)',
        ].join('|'),
        'g',
      ),
    ],
    ['opinion.reply-private-contact', new RegExp(words('privateContact'), 'g')],
    ['advertising.reply-paid-help', new RegExp(words('paidHelp'), 'g')],
  ];

  // (animal comparisons are shapes, not words: 蠢得像头猪; 像头猪肉 is not one)
  const INSULT = new RegExp(
    `${words('insult')}|滚出去|(?:蠢|笨)得像(?:头|只|条)?(?:猪|驴|狗)|像(?:头|只|条)(?:猪|驴|狗)(?![肉场圈舍苗瘟价崽仔])`,
    'g',
  );

  const LATIN = new RegExp(
    `(?<![A-Za-z0-9@._\\-/])(?:${alt(Object.keys(L.latinVulgar.forms))})(?![A-Za-z0-9._\\-/])`,
    'gi',
  );
  return { shapes: SHAPES, insult: INSULT, latin: LATIN };
}

/** Insults that need no boundary (关你屁事 ends any clause it starts). */
const INSULT_FREE =
  /关(?:你|我)屁事|绿茶婊|傻逼|傻B|傻X|狗东西|王八蛋|(?:蠢|笨)得像(?:头|只|条)?(?:猪|驴|狗)|像(?:头|只|条)(?:猪|驴|狗)(?![肉场圈舍苗瘟价崽仔])|像(?:狗|猪)一样/;
/** An insult stands alone: a clause edge or 你/是/个/真/像 before it, a clause edge or 吧/啊/一样 after it. */
const INSULT_BEFORE = /[，,。！？!?、；;：:\s~～…“”"你们是个真像就这那么纯]/;
const INSULT_AFTER = /[，,。！？!?、；;：:\s~～…“”"吧啊呀吗么嘛一了]/;
/** Latin codes and units: 型号 TM-3, 2B铅笔, an MD file. */
const LATIN_GUARD =
  /型号|编号|文号|代码|标识|商标|证书|规格|版本|铅笔|文件|格式|机床|程序|[A-Za-z]{2,}[\s-][A-Za-z]{2,}/;

/** A sentence that reports a reply, or quotes a fraudster or someone else, is not the account's own voice. */
const REPORTED =
  /被通报|通报批评|约谈|曝光|热议|引发关注|问责|致歉|道歉|处分|诫勉|回复称|回应称|答复称|雷人|不当回复|不当言论|骗子|诈骗|话术|冒充|嫌疑人|不法分子|(?:网友|市民|群众|来电人|来信人|留言人|对方|他|她|其)(?:说|称|骂|质问|留言|认为|直呼)/;

/** Paid or private help that the reply refuses or warns against (从未…有偿代办, 谨防…加急费). */
const PAID_GUARD = /从未|没有|不存在|严禁|禁止|谨防|警惕|不要轻信|切勿|举报|免费|杜绝|上当|受骗|拒绝/;
const GUARDED = new Set(['advertising.reply-paid-help', 'opinion.reply-private-contact']);

/** A short label before a colon: who speaks next. */
export const LABEL = /(?:^|(?<=[。！？!?；;\s]))([^。！？!?；;：:，,\n“”"]{1,14})[：:]/g;
const OWN_LABEL = /回复|答复|^答|办理结果|办理情况|处理意见|处理情况|处理结果|回访|官方|客服|小编/;
const CITIZEN_LABEL =
  /网友|市民|群众|居民|村民|家长|用户|留言|来信|来电|反映|问|咨询|投诉|诉求|举报|原帖|评论|直呼|表示|称|说/;
/** A label that shows the draft is a reply (a paragraph without one needs a reply-voice signal elsewhere). */
const REPLY_LABEL =
  /回复[@：:]|答复(?:意见)?[：:]|(?:^|\n)答[：:]|办理(?:结果|情况)[：:]|处理(?:意见|情况|结果)[：:]|工单回复/;
export const REPLY_VOICE_SIGNAL = 'reply-voice';
const SECOND_PERSON = /你|您|楼主|这位网友/;

/** Ranges of the paragraph in the account's own voice (citizen messages cut out). */
function ownVoice(t: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let own = true;
  let from = 0;
  LABEL.lastIndex = 0;
  for (let m = LABEL.exec(t); m; m = LABEL.exec(t)) {
    const label = m[1]!;
    const isOwn = OWN_LABEL.test(label);
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

export function createReplyToneRule(lexicons: ReplyToneLexicons): ParagraphRule {
  const { shapes: SHAPES, insult: INSULT, latin: LATIN } = compile(lexicons);
  return {
    kind: 'paragraph',
    rules: REPLY_TONE_RULES,
    check(p, sink) {
      const t = p.text;
      const labelled = REPLY_LABEL.test(t);
      if (labelled) sink.signal(REPLY_VOICE_SIGNAL);
      // A paragraph addressing someone needs a reply context; one that does not needs a reply label in the draft.
      const requires = [
        { signal: !labelled && SECOND_PERSON.test(t) ? REPLY_SIGNAL : REPLY_VOICE_SIGNAL, present: true },
      ];
      let n = 0;
      const seen = new Set<number>();
      const last = new Map<string, number>();
      const emit = (ruleId: string, s: number, e: number, segA: number, segB: number): boolean => {
        if (s < segA || e > segB || seen.has(s) || p.isQuoted(s, e)) return true;
        // 再乱发帖就报警抓你 is one threat: a same-kind match right after the last one, same clause, adds nothing
        const prev = last.get(ruleId) ?? -9;
        if (s >= prev && s - prev <= 2 && !/[，,。！？!?；;、\s]/.test(t.slice(prev, s))) return true;
        const sentence = sentenceAround(t, s, e);
        // 您也可以自己上网查询: an offered option, not a brush-off
        if (ruleId === 'opinion.reply-dismiss' && /可|您/.test(t.slice(Math.max(0, s - 4), s))) return true;
        if (REPORTED.test(sentence) || (GUARDED.has(ruleId) && PAID_GUARD.test(sentence))) return true;
        if (n++ >= MAX_PER_PARAGRAPH) return false;
        seen.add(s);
        last.set(ruleId, e);
        sink.report({ ruleId, start: s, end: e, requires });
        return true;
      };
      /** Calls f for each match of a global expression inside [a, b) (exec: matchAll would clone it); false stops. */
      const each = (re: RegExp, a: number, b: number, f: (s: number, e: number, m: string) => boolean): boolean => {
        re.lastIndex = a;
        for (let m = re.exec(t); m && m.index < b; m = re.exec(t)) {
          if (!m[0]) re.lastIndex++;
          else if (!f(m.index, m.index + m[0].length, m[0])) return false;
        }
        return true;
      };
      for (const [a, b] of ownVoice(t)) {
        for (const [ruleId, re] of SHAPES) {
          if (!each(re, a, b, (s, e) => emit(ruleId, s, e, a, b))) return;
        }
        const insult = (s: number, e: number, m: string) => {
          const before = s === a ? '，' : t[s - 1]!;
          const after = e >= b ? '。' : t[e]!;
          if (!INSULT_FREE.test(m) && (!INSULT_BEFORE.test(before) || !INSULT_AFTER.test(after))) return true;
          return emit('sensitive.reply-insult-word', s, e, a, b);
        };
        if (!each(INSULT, a, b, insult)) return;
        const latin = (s: number, e: number) =>
          LATIN_GUARD.test(sentenceAround(t, s, e)) || emit('sensitive.reply-latin-vulgar', s, e, a, b);
        if (!each(LATIN, a, b, latin)) return;
      }
    },
  };
}
