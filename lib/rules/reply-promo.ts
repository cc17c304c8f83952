import type { ParagraphRule, Requirement, RuleMeta } from '../engine/rule';
import { firstMatchFrom } from './first-units';
import { MAX_PER_PARAGRAPH, matchFrom } from './util-text';

/**
 * Sentence patterns of two kinds, written as code because a dictionary `pattern` (re2js, linear-time but slow
 * on long alternations) cost several milliseconds per 20,000 characters each; these JS expressions read a bounded
 * number of characters from a literal start, so the scan stays linear.
 *
 * - `opinion.reply-impatient` (warn): impatience and belittling in a reply to citizens — 说了多少遍, 就别问了,
 *   这也能投诉, 又是这个问题, 看清楚…再问, 您现在才知道, 别整天疑神疑鬼, 别在群里嚷嚷. Only in a reply context (the
 *   draft has 回复, 答复, 网友, 留言, 12345 … anywhere).
 * - `advertising.promo-pattern` (warn): sales sentence patterns — 点击下方链接抢购, 首付低至0元, 报名即送…礼包,
 *   名额有限，先到先得, a named shop recommended for its prices, a meal's price per head in a paragraph about a
 *   shop (人均38元); `advertising.promo-full-reduction` (warn): a merchant's 满300减50, but not the rules of a
 *   government 消费券 or 以旧换新 subsidy. Not in a sentence that warns against or reports on such talk (谨防, 诈骗,
 *   查处 …), nor inside quotation marks.
 * - `opinion.exclamation-emotion` (warn): an exclamation in the operator's own voice (太美了！ 好气啊！), not in
 *   quotation marks nor in a sentence that reports someone's words (市民直呼：太方便了！).
 * All are warnings: the rule runs in the background (library) pass and the publish gate need not wait for it.
 */
export const REPLY_PROMO_RULES: RuleMeta[] = [
  {
    id: 'opinion.reply-impatient',
    category: 'opinion',
    severity: 'warn',
    title: '回复群众语气不耐烦',
    message: '{text}是对群众不耐烦、轻慢的说法，回复群众应耐心解答。',
    source:
      '国办发〔2018〕123号《关于推进政务新媒体健康有序发展的意见》（“雷人雷语”）；国办发〔2020〕53号：规范热线服务用语，耐心细致答复',
  },
  {
    id: 'opinion.exclamation-emotion',
    category: 'opinion',
    severity: 'warn',
    title: '感叹式情绪表达',
    message: '{text}是运营者的感叹、情绪化表达，政务信息宜客观平实。',
    source: '国办发〔2018〕123号：不得擅自发布代表个人观点、意见及情绪的言论',
  },
  {
    id: 'advertising.promo-pattern',
    category: 'advertising',
    severity: 'warn',
    title: '商业促销句式',
    message: '{text}是商业促销用语，政务新媒体不得刊登商业广告。',
    source: '国办发〔2018〕123号；青政办字〔2019〕15号“不得刊登商业广告或链接商业广告页面”',
  },
  {
    id: 'advertising.promo-full-reduction',
    category: 'advertising',
    severity: 'warn',
    title: '商家满减促销',
    message: '{text}是商家满减促销用语，政务新媒体不得刊登商业广告。',
    source: '国办发〔2018〕123号；青政办字〔2019〕15号“不得刊登商业广告或链接商业广告页面”',
  },
];

/** Words that make a draft a reply to citizens (as the replies dictionary's 轻佻 entry). */
const REPLY_CONTEXT =
  /回复|答复|您好|你好|网友|市民|留言|来信|诉求|反映的问题|反映的情况|12345|热线|咨询|投诉|举报人|来电/;
export const REPLY_SIGNAL = 'reply-context';

export const IMPATIENT = new RegExp(
  [
    '(?:说|讲|问|强调|解释|回复)(?:了|过)(?:多少|好多|无数|几)(?:遍|次)了?',
    '(?:就|也|还是)?(?:别|不要|甭)再?(?:问|打|来|投诉|留言|催)了',
    '这(?:也|都)(?:能|要|值得|好意思)(?:投诉|举报|问|反映|催)',
    '又是(?:这个|这种|这类)问题',
    '怎么又是你',
    '看清楚[^。！？\\n]{0,10}?再(?:问|来|说|留言|投诉)',
    '(?:你|您)们?(?:现在|今天|这)才知道',
    '(?:别|不要|甭)(?:整天|天天|老是|总是|成天|一天到晚)?[^。！？，\\n]{0,6}?(?:疑神疑鬼|大惊小怪|小题大做|瞎操心|胡思乱想|嚷嚷|叽叽歪歪|唧唧歪歪|瞎折腾)',
    // 自己不会看吗, 急什么, 有本事去告, 跟我们说也没用, 这是你自己的问题, 早干什么去了, 你到底想怎样, 懒得理你,
    // 问个没完, 我们管不了, 爱投诉就去投诉
    '(?:你|您)?自己(?:就)?(?:不会|不能)(?:看|查|问|打听|上网)[^。！？，\\n]{0,8}?(?:吗|么|啊|嘛)?[？?]',
    '(?:急|催|吵|闹|嚷)什么(?:急|催|吵|闹|嚷)|(?:你|您)们?(?:急|催|吵|闹|嚷)什么',
    '有(?:意见|本事|能耐)(?:的话)?(?:就|你就)去?(?:投诉|告|举报|找)|有(?:本事|能耐)去?(?:投诉|告|举报)',
    '(?:跟|和|找|向)(?:我们|我)(?:说|讲|闹|吵|反映)?也?没(?:有)?用',
    '(?:这|那)(?:是|属于)(?:你|您)(?:自己|个人)的(?:事|问题|责任)',
    '(?:只能)?怪(?:你|您)自己',
    '早干(?:什么|嘛|啥)去了',
    '(?:你|您)(?:到底|究竟)?(?:想|要)(?:怎么样|怎样|干什么|干嘛)(?![办处做操解申理填查缴去])',
    '(?:没空|没时间|懒得)(?:理|管|搭理|回复|回答)(?:你|您)',
    '(?:问|投诉|催|闹)个?没完(?:没了)?',
    '(?:我们|我)也?管不(?:了|着)',
    '爱(?:投诉|告|举报)(?:就|你就)?去?(?:投诉|告|举报)',
    // 下次问之前先看看, 同一个问题问了八遍, 没人把你当哑巴, 不要考虑太长远
    '(?:下次|以后)(?:再)?(?:问|提问|留言|咨询|打电话|来电)之?前(?:请)?先?(?:看看|看一下|看清楚|查查|查一下|了解一下)',
    '(?:同一个|同样的|一样的|这个)问题(?:已经)?(?:问|说|回复|回答|解释)了?[\\d一二三四五六七八九十几好多无数]+(?:遍|次)',
    '没人(?:把你当|当你是|拿你当)哑巴',
    '(?:不要|不用|别|没必要)(?:考虑|想|担心|操心)得?(?:太|那么|这么)(?:长远|远|多)',
    // 爱看不看 / 爱办不办, 哪凉快哪待着去, 就你事多, 无可奉告, 你自己看着办, 管那么多干嘛, 闲得没事干
    '爱([\\u4e00-\\u9fff])不\\1',
    '哪(?:儿|里)?凉快(?:哪|去哪|到哪)(?:儿|里)?(?:待着|呆着|去)',
    '一边凉快去',
    '(?:就你|你们)(?:的)?事(?:儿)?(?:真|就是|最)?多',
    '无可奉告',
    '(?:你|您)?自己看着办',
    '管(?:那么|这么)多干(?:嘛|什么|啥)',
    '闲得?(?:没事干|没事做|发慌)',
    // praise meant as its opposite: 您这觉悟可真高啊, 你的想象力真丰富, 您这要求也真够高的
    '(?:你|您)们?(?:这|的)?(?:觉悟|水平|素质|本事|能耐|想法|脑洞|逻辑|理解能力|想象力|口气|要求)(?:可|也)?真(?:是|够)?(?:高|厉害|丰富|大|强|特别|多)(?:啊|呀|的)?',
  ].join('|'),
  'g',
);
export const PROMO = new RegExp(
  [
    '(?:点击|戳|扫描?|长按|识别)(?:下方|下面|文末|底部|左下角|上方|评论区)?的?(?:链接|二维码|小程序|阅读原文)?(?:即可|立即|马上)?(?:抢购|购买|下单|订购|抢券|领券)',
    '(?:首付|月供|日供)(?:低至|仅需|只需|只要)\\s?\\d{1,6}(?:\\.\\d{1,2})?\\s?(?:万元?|元)',
    '(?:报名|下单|购买|购车|进店|到店|注册|开卡|办卡)(?:即|就)(?:送|赠|可获赠|享)[^，。！；\\n]{0,14}',
    '(?:名额|数量)有限[，,]?\\s?先到先得',
    '售完即止',
    '手慢无',
    // 买一送一, 第二件半价, 低至5折, 私信下单 (not 欢迎选购: 助农 and 消费季 posts invite buyers too), 清仓甩卖, 包教包会, 不过退款, 加客服微信
    '买[一二两三\\d]送[一二两三\\d]',
    '第二件半价',
    '低至\\s?[\\d一二三四五六七八九](?:\\.\\d)?\\s?折',
    '(?:私信|加微信|加V|联系客服)(?:即可)?(?:下单|购买|订购|团购)',
    '(?:清仓甩卖|清仓大甩卖|跳楼价|亏本价|亏本甩卖|厂家直销|工厂直销)',
    '(?:包教包会|不过退款|不过全额退款|保过班|包过班)',
    '(?:添加|加)(?:客服|顾问|课程顾问|老师)(?:微信|V信|vx|VX)',
    // scarcity and price talk: 仅剩3套, 错过再等一年, 前50名下单送…, 秒杀价仅需9.9元 (not 原价…现价: ticket prices of a public event), 零首付, 买房送车位
    '仅剩\\s?\\d{1,4}\\s?(?:套|件|份|席)(?![房地村户])',
    '错过(?:再等|就要再等)(?:一年|一整年)',
    '(?:抢疯了|卖疯了|爆款热销|热销爆款)',
    '前\\s?\\d{1,4}\\s?名(?:下单|购买|报名|预订|到店)?(?:即|可)?(?:享|送|赠|立减|免单|半价)',
    '(?:秒杀|抢购|特惠|团购|会员|折后|券后)价\\s?(?:仅需|只需|只要|仅|低至)?\\s?\\d{1,6}(?:\\.\\d{1,2})?\\s?元',
    '零首付',
    '买(?:房|车|一套房)(?:就)?送(?:车位|家电|装修|家具|油卡)',
    // a named shop recommended with its prices praised (推荐您去涧西家电城，价格实惠): not the advice to buy at a
    // regular or nearby one (建议到正规商场购买)
    '(?:推荐|建议)(?:您|你|大家)?(?:去|到)(?!正规|附近|大型|当地|周边|就近|有资质|具有)[\\u4e00-\\u9fff]{2,8}?(?:家电城|电器城|商城|商场|超市|专卖店|门店|卖场|旗舰店|餐厅|饭店|酒楼|农家乐)[^。！？\\n]{0,6}?(?:价格实惠|实惠|便宜|划算|物美价廉|性价比高|口碑好)',
  ].join('|'),
  'g',
);
/** An exclamation in the operator's voice: 太美了！ 真是太感人了！ 好气啊！ */
const EXCLAIM = /(?:真是|简直|实在|真的)?太[\u4e00-\u9fff]{1,3}了[！!]|好[\u4e00-\u9fff]{1,2}啊[！!]/g;
/** Reported speech: the exclamation is someone else's (市民直呼：太方便了！). */
const SPEECH = /说|表示|感叹|直呼|称赞|点赞|纷纷|感慨|笑称|坦言|留言|评论|网友|游客|市民|群众|居民|村民|家长|学生/;
const FULL_REDUCTION = /满\s?\d{1,5}\s?(?:元\s?)?减\s?\d{1,5}元?/g;
/** A meal's price per head (人均38元) in a paragraph about a shop or restaurant: a 探店 post's price tag. */
const PER_HEAD = /人均(?:消费)?\s?\d{1,3}(?:\.\d{1,2})?\s?元(?![\u4e00-\u9fff]{0,2}(?:补贴|补助|奖励|资金|消费券))/g;
const SHOP_TALK = /店|餐厅|饭馆|小吃|美食|早茶|火锅|烧烤|菜馆|酒楼|农家乐|咖啡馆|奶茶/;

/** A sentence that warns against sales talk or reports on it quotes that talk. */
const WARNING =
  /警惕|谨防|虚假|骗局|诈骗|违法|查处|曝光|不要相信|切勿相信|不可信|夸大|宣称|声称|违规|涉嫌|打着|提醒消费者|明码标价|价格欺诈|市场监管/;
/** A government subsidy's rules use 满减 too. */
const SUBSIDY = /消费券|惠民券|电子券|补贴|以旧换新|财政|发放|消费季|消费节|促消费|提振消费|激发消费|消费活力/;

// the long alternations searched from their first characters (first-units.ts), each ≈ 0.1 ms per 20,000 characters
// less; a pattern with one rare first character is quicker as it is
/** Each list, its rule, and whether it is searched from its first units (firstMatchFrom) or as it is (matchFrom). */
const PROMO_PATTERNS = [
  [PROMO, 'advertising.promo-pattern', firstMatchFrom],
  [FULL_REDUCTION, 'advertising.promo-full-reduction', matchFrom],
  [PER_HEAD, 'advertising.promo-pattern', matchFrom],
] as const;

function sentenceAround(t: string, start: number, end: number): string {
  let a = start;
  while (a > 0 && !'。！？!?；\n'.includes(t[a - 1]!)) a--;
  let b = end;
  while (b < t.length && !'。！？!?；\n'.includes(t[b]!)) b++;
  return t.slice(a, b);
}

export function createReplyPromoRule(): ParagraphRule {
  return {
    kind: 'paragraph',
    rules: REPLY_PROMO_RULES,
    check(p, sink) {
      const t = p.text;
      if (REPLY_CONTEXT.test(t)) sink.signal(REPLY_SIGNAL);
      let n = 0;
      // (searched without generators, the requirement made on the first report: nothing allocated for a paragraph
      // without a match)
      let reply: Requirement[] | undefined;
      for (let m = firstMatchFrom(IMPATIENT, t, 0); m; m = firstMatchFrom(IMPATIENT, t, m.index + (m[0].length || 1))) {
        if (n++ >= MAX_PER_PARAGRAPH) return;
        reply ??= [{ signal: REPLY_SIGNAL, present: true }];
        sink.report({ ruleId: 'opinion.reply-impatient', start: m.index, end: m.index + m[0].length, requires: reply });
      }
      for (let m = matchFrom(EXCLAIM, t, 0); m; m = matchFrom(EXCLAIM, t, m.index + (m[0].length || 1))) {
        const e = m.index + m[0].length - 1; // the exclamation mark is not part of the span
        if (p.isQuoted(m.index, e) || SPEECH.test(sentenceAround(t, m.index, e))) continue;
        if (n++ >= MAX_PER_PARAGRAPH) return;
        sink.report({ ruleId: 'opinion.exclamation-emotion', start: m.index, end: e });
      }
      // (indexed, reading the tuples: a for-of with destructuring allocates per pattern and paragraph in code not yet
      // optimised)
      for (let k = 0; k < PROMO_PATTERNS.length; k++) {
        const re = PROMO_PATTERNS[k]![0];
        const ruleId = PROMO_PATTERNS[k]![1];
        const search = PROMO_PATTERNS[k]![2];
        for (let m = search(re, t, 0); m; m = search(re, t, m.index + (m[0].length || 1))) {
          const s = m.index;
          const e = s + m[0].length;
          if (p.isQuoted(s, e) || WARNING.test(sentenceAround(t, s, e))) continue;
          if (ruleId === 'advertising.promo-full-reduction' && SUBSIDY.test(t)) continue;
          if (re === PER_HEAD && (!SHOP_TALK.test(t) || SUBSIDY.test(t) || WARNING.test(t))) continue;
          if (n++ >= MAX_PER_PARAGRAPH) return;
          sink.report({ ruleId, start: s, end: e });
        }
      }
    },
  };
}
