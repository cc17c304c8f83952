import type { ParagraphRule, RuleMeta } from '../engine/rule';
import type { Paragraph } from '../engine/text/paragraph';
import { createToneModel, REPORTING_VERBS, sentenceCore, type ToneModelData, voiceGate } from './tone-model';
import { CITIZEN_MESSAGE, MAX_PER_PARAGRAPH, replyFrame } from './util-text';

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
const LOW = '(?:太|真|极|很|实在|简直|也太|真是|就是|非常|十分){0,2}(?:低|差|烂|低下|败坏|堪忧|恶劣)';
const LABEL = '(?:黑心|无良|奸商|没良心|没素质|没教养|垃圾|败类|人渣)';
const PARTY =
  '(?:业主|商家|物业|消费者|买家|卖家|网友|司机|乘客|房东|租客|员工|老板|学生|家长|车主|店家|医生|患者|老师|开发商|外卖员|骑手|游客|村民)';
const RULE_WORD = '(?:规定|政策|制度|规矩|要求|办法|措施|新规)';
const UNFAIR =
  '(?:有点|有些|太|真|实在|简直|也太|真是|可真)(?:不近人情|离谱|坑人|坑|不合理|奇葩|扯|荒唐|过分|霸道|不讲理)';
/**
 * A moral verdict pronounced on people or on what befell them (丧心病狂, 咎由自取, 早知今日何必当初, 良心是黑的): the
 * account's own sentence, which a report leaves to the court and the reader. None occurs in the gov.cn corpus, the work
 * reports or the lively posts; 自投罗网 and 法网恢恢 stay: police news says so of an arrest.
 */
const VERDICT =
  '(?:丧心病狂|无耻至极|恶有恶报|罪有应得|咎由自取|自食其果|自讨苦吃|自作自受|偷鸡不成蚀把米|早知今日[，,]?何必当初|良心(?:是|都是|早就)?(?:黑的|被狗吃了)|狗咬狗|人人得而诛之|丢尽了[^，。！？!?]{0,8}?脸|不值得同情|还算是人吗|天理难容|死有余辜|一丘之貉|蛇鼠一窝|恬不知耻|厚颜无耻|十恶不赦|令人不齿)';
const FEELING = '(?:难过|伤心|激动|开心|兴奋|感动|气愤|生气|郁闷|心疼|害怕|紧张|高兴|委屈|崩溃)';
const DEGREE = '(?:睡不着|哭|哭了|不行|爆|发抖|说不出话|流泪|想哭|失眠|吃不下饭|跳起来)';

export const JUDGEMENT = new RegExp(
  [
    `${GROUP}[\\u4e00-\\u9fff]{0,4}?${CHARACTER}${LOW}`,
    `${GROUP}[\\u4e00-\\u9fff]{0,4}?(?:就是|真是|都是|纯属|简直是)${LABEL}`,
    `(?:我们|咱们|小编|本号|我)(?:坚决|坚定|一定|必须|就|要|永远|始终)?站(?:在)?${PARTY}(?:这|那)?一?边`,
    `(?:这项|这个|这条|该|新|此)${RULE_WORD}${UNFAIR}`,
  ].join('|'),
  'g',
);
export const VERDICTS = new RegExp(VERDICT, 'g');
export const EMOTION = new RegExp(`${FEELING}(?:到|得)${DEGREE}`, 'g');
/** Cheap anchors: no paragraph without one of these characters can match. */
const ANCHORS = /[质品德行教养心良商渣站边规策度矩求法施难伤激开兴感愤气郁疼怕紧高委崩]/;
/** One character of every verdict (丧心病狂, 咎由自取, 早知今日何必当初 …): most paragraphs skip that scan. */
const VERDICT_ANCHORS = /[丧耻恶罪咎食讨受偷何良狗诛脸值算容辜貉蛇齿]/;
/** Reported speech or a citizen's words: 表示, 说, 称, 认为 before the match in its sentence; a citizen label. */
const REPORTED = new RegExp(`(?:${REPORTING_VERBS})[：:，,]?[^。！？!?]*$`);
const SENTENCE_END = /[。！？!?\n]/;
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
        // a reply's or a message's label (回复：, 答复：) is not part of what the account says
        const from = s.start + (SPEAKER_LABEL.exec(t.slice(s.start, s.end))?.[0].length ?? 0);
        const sentence = t.slice(from, s.end);
        if (n >= MAX_PER_PARAGRAPH) continue;
        const how = reads(sentence);
        if (!how) continue;
        const [a, b] = sentenceCore(t, from, s.end);
        if (p.isQuoted(a, b) || reported.some(([x, y]) => x < b && y > a)) continue;
        const threshold = how === 'listed' ? model.threshold : (voiceModel?.learnedThreshold ?? 1);
        if (model.score(sentence) < threshold) continue;
        n++;
        report('opinion.voice-model', a, b);
      }
    },
  };
}

/** The listed shapes (JUDGEMENT, the verdicts, EMOTION); returns how many were reported. */
function shapes(p: Paragraph, report: (ruleId: string, start: number, end: number) => void): number {
  const t = p.text;
  const listed = ANCHORS.test(t);
  const verdicts = VERDICT_ANCHORS.test(t);
  if (!listed && !verdicts) return 0;
  let n = 0;
  for (const [re, ruleId] of [
    [listed ? JUDGEMENT : undefined, 'opinion.judgement'],
    [verdicts ? VERDICTS : undefined, 'opinion.judgement'],
    [listed ? EMOTION : undefined, 'opinion.emotion-degree'],
  ] as const) {
    if (!re) continue;
    re.lastIndex = 0;
    for (let m = re.exec(t); m; m = re.exec(t)) {
      const start = m.index;
      const end = start + m[0].length;
      if (p.isQuoted(start, end)) continue;
      let s = start;
      while (s > 0 && !SENTENCE_END.test(t[s - 1]!)) s--;
      if (REPORTED.test(t.slice(s, start))) continue;
      // a feeling is the account's when nobody else is its subject (获奖者激动得说不出话 is news)
      if (ruleId === 'opinion.emotion-degree' && !OWN_SUBJECT.test(clauseBefore(t, start))) continue;
      if (n++ >= MAX_PER_PARAGRAPH) return n;
      report(ruleId, start, end);
    }
  }
  return n;
}
