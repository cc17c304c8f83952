import type { DocumentRule, RuleMeta } from '../engine/rule';

/**
 * `opinion.reply-perfunctory` (warn): a reply to a citizen that says nothing but that the message arrived and will be
 * handled "by the rules" (办理结果：已收到，按规定办理。 / 答复：您好！您反映的问题已收悉。我单位高度重视，将按照相关
 * 规定研究处理。感谢您对我们工作的关注和支持。). Replies must answer the concern — what was checked, what will be done,
 * by when, whom to contact; a reply of stock courtesy and a promise to "study" the matter is the 敷衍 that inspections
 * of 政务新媒体 and 12345 replies cite.
 *
 * Read only in the body, after a reply label at a paragraph's start (回复：, 答复：, 办理结果：, 处理意见： …), and only
 * when nothing else is said: take away the courtesy (您好, 已收悉, 高度重视, 感谢…关注和支持) and the vague promise
 * (按规定办理, 研究处理, 转相关部门处理, 请耐心等待); at most MAX_LEFT Han characters may remain. A later paragraph of
 * more than a signature (承办单位：…, a date) may carry the substance, so the reply is then left alone.
 */
export const REPLY_PERFUNCTORY_RULES: RuleMeta[] = [
  {
    id: 'opinion.reply-perfunctory',
    category: 'opinion',
    severity: 'warn',
    title: '敷衍答复',
    message:
      '“{text}”只说已收到、将按规定处理，没有说明核查情况、办理措施、时限或联系方式，属敷衍答复；请写明具体办理情况。',
    source:
      '国办发〔2018〕123号（回应关切，解决群众诉求）；国办发〔2016〕61号《关于在政务公开工作中进一步做好政务舆情回应的通知》（回应内容要实在，不得敷衍）',
  },
];

const LABEL =
  /^\s*(?:【(?:回复|答复|办理结果|处理结果)】|(?:官方)?(?:回复|答复|回应)(?:意见|内容)?[：:]|(?:办理|处理)(?:结果|情况|意见)[：:])/;
const COURTESY = new RegExp(
  [
    '(?:您|你)好[！!，,。]?',
    '感谢(?:您|你)?(?:对[^。！!，,]{0,10}的)?(?:关注|支持|理解|留言|来信|来电|关心|监督|反映)(?:[和与、及](?:关注|支持|理解|监督|关心))?[。！!，,]?',
    '(?:您|你)?(?:所?反映|提出|咨询)的(?:问题|情况|诉求|建议|事项)(?:我们)?(?:已|已经)?(?:收悉|收到|知悉|受理)[。，,！!]?',
    '(?:我们)?(?:已|已经)(?:收悉|收到|知悉|受理)[。，,！!]?',
    '(?:我|本)(?:单位|局|部门|中心|办|委|们)(?:对此)?(?:高度|非常|十分)重视[。，,]?',
    '谢谢[！!。]?',
    '尊敬的(?:网友|市民|群众|用户)[，,：:]?',
    '(?:您|你)的(?:留言|来信|来电|诉求)(?:我们)?(?:已|已经)?(?:收悉|收到|知悉|受理)[。，,！!]?',
    '(?:对(?:您|你)(?:所)?反映的(?:问题|情况)[，,]?)',
    '(?:您|你)(?:所)?(?:反映|提出)的(?:问题|情况|意见建议|意见|建议)(?:我们)?(?:高度|非常|十分)重视[。，,]?',
    '(?:您|你)提出的(?:意见建议|意见|建议)具有一定(?:的)?参考价值[。，,]?',
    '请(?:您)?(?:耐心)?等待[。，,！!]?',
  ].join('|'),
  'g',
);
const VAGUE =
  /(?:将|会|正在|已)?(?:按照?|依照?|根据|依据)(?:相关|有关|国家)?(?:规定|程序|政策|流程)(?:和程序)?(?:进行)?(?:研究)?(?:处理|办理|解决|落实)|(?:正在|正|已在)(?:处理|办理|研究)中?|(?:处理|办理)结果(?:将)?(?:另行|适时|及时)(?:告知|反馈|答复)|(?:认真梳理|统筹考虑|研究吸纳|予以(?:积极)?吸纳|在今后(?:的)?工作中[^。！!]{0,12})|(?:将|会)(?:认真)?研究(?:处理|解决|办理)?|(?:适时|择机)(?:处理|解决|研究)|(?:已)?(?:转交?|移交)(?:相关|有关)(?:部门|单位)(?:处理|办理|研究)?|请(?:您)?耐心等待(?:处理结果|通知)?/g;
const VAGUE_ANY = new RegExp(VAGUE.source);
const ACKNOWLEDGED = /收悉|收到|知悉|高度重视|非常重视|十分重视/;
/** Han characters a perfunctory reply may keep beyond its courtesy and its vague promise (将, 我们 …). */
const MAX_LEFT = 4;
/** A signature or a date after the reply (承办单位：县城市管理局, 2025年6月3日, 市城市管理局). */
const SIGNATURE =
  /^\s*(?:(?:承办|回复|答复)(?:单位|部门|时间|日期)[：:][^\n]{0,30}|[^\n，,。]{1,20}(?:局|委|办|厅|政府|街道|中心|大队|支队|所|院)|[0-9０-９]{4}年[0-9０-９]{1,2}月[0-9０-９]{1,2}日|\s*)$/;

const han = (s: string): number => (s.match(/[\u4e00-\u9fff]/g) ?? []).length;

export function createReplyPerfunctoryRule(): DocumentRule {
  return {
    kind: 'document',
    rules: REPLY_PERFUNCTORY_RULES,
    check({ draft }, report) {
      const body = draft.body ?? '';
      if (!/[：:】]/.test(body)) return;
      const paragraphs = body.split('\n');
      let offset = 0;
      for (let k = 0; k < paragraphs.length; k++) {
        const p = paragraphs[k]!;
        const at = offset;
        offset += p.length + 1;
        const label = LABEL.exec(p);
        if (!label) continue;
        if (!paragraphs.slice(k + 1).every((q) => SIGNATURE.test(q))) return;
        const reply = p.slice(label[0].length);
        const left = reply.replace(COURTESY, '').replace(VAGUE, '');
        if (han(left) > MAX_LEFT || !han(reply)) return;
        // with no promise at all, only an acknowledgement says nothing (谢谢您的建议 alone is thanks, not a brush-off)
        if (!VAGUE_ANY.test(reply) && !ACKNOWLEDGED.test(reply)) return;
        // the sentence with the vague promise (…，将按照相关规定研究处理。), else the whole reply (您好，您反映的问题已收悉。)
        const v = [...reply.matchAll(VAGUE)][0] ?? { index: 0 };
        const from = v.index ? Math.max(reply.lastIndexOf('。', v.index) + 1, reply.lastIndexOf('！', v.index) + 1) : 0;
        const stop = v.index ? reply.slice(v.index).search(/[。！!]/) : reply.search(/[。！!]\s*$/);
        const start = at + label[0].length + from;
        const end = at + label[0].length + (stop < 0 ? reply.length : v.index! + stop);
        report({ ruleId: 'opinion.reply-perfunctory', field: 'body', start, end });
        return;
      }
    },
  };
}
