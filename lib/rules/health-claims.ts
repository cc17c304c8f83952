import type { ParagraphRule, RuleMeta } from '../engine/rule';
import { commercialCues, paragraphWarns } from './commercial';
import { firstTest } from './first-units';
import { sentenceCore } from './tone-model';
import { MAX_PER_PARAGRAPH } from './util-text';

/**
 * `advertising.health-claim` (warn): a product credited with curing, preventing or treating disease, or with the
 * health food's stock promises (增强免疫力, 延缓衰老): 该公司生产的灵芝孢子粉能有效抑制肿瘤. 《广告法》 forbids such
 * claims outside medicine adverts (第十七条) and in health-food adverts altogether (第十八条); a government post that
 * relays them advertises the product.
 *
 * The claim must follow a product of the kinds sold with such claims (保健品, 孢子粉, 口服液, 理疗仪 …) or a company's
 * product (某公司生产的, 这款), in one sentence: health advice (接种疫苗能有效预防流感, 规律运动有助于降低血压) names
 * no product. Not reported: a question (益生菌能改善便秘吗), a denial or a warning (保健品不能代替药物, 谎称能治愈
 * 癌症, 涉嫌虚假宣传, 辟谣), a paragraph about fraud or enforcement, and words in quotation marks.
 */
export const HEALTH_CLAIM_RULES: RuleMeta[] = [
  {
    id: 'advertising.health-claim',
    category: 'advertising',
    severity: 'warn',
    title: '产品功效宣传',
    message: '“{text}”宣称产品能防病治病或具有保健功效，属广告法禁止的功效断言，政务新媒体不得转述宣传。',
    source: '《中华人民共和国广告法》第十七条、第十八条；国办发〔2018〕123号（不得刊登商业广告）',
  },
];

const PRODUCT =
  '疗法|软胶囊|长高素|黑蒜|核桃粉|桑叶片|冲剂|保健品|保健食品|鱼油|净水器|空气净化器|智能手环|手环|床垫|护腰|护膝|鞋垫|膏药|足贴|艾灸仪|频谱仪|羊奶粉|驼奶粉|代餐|保健酒|保健茶|养生茶|养生酒|滋补品|孢子粉|胶囊|口服液|酵素|益生菌|营养品|营养液|蛋白粉|药酒|理疗仪|治疗仪|按摩椅|按摩仪|磁疗|富氢水|负离子|量子|石墨烯|本品|该产品|这款|此款|(?:公司|厂家|企业|品牌|商家|门店)(?:生产|推出|研发|销售|代理|经营|出品)的|(?:公司|科技|集团|药业|生物|厂家|企业)(?:新)?(?:推出|研发|生产)(?:了|的)?(?:一款|新款)?';
/** Effect promised within a dose or days (三天见效, 一次见效, 一个疗程即可见效): no health advice counts them so. */
const SOON = '(?:[一二三两四五六七八九十0-9０-９]+|半)(?:天|日|次|周|贴|针|剂|个疗程|疗程)(?:就|即|便)?(?:可|能)?见效';
/** An effect called the best (补气效果最好): an absolute claim of efficacy, an advert's. */
const BEST_EFFECT =
  '(?:补气|补血|养血|养颜|降压|降糖|降脂|助眠|减肥|瘦身|美白|养生|滋补|祛湿|排毒|治疗|疗效)效果(?:最好|最佳|第一|最强|最显著)';
const CURE = `(?:血压|血糖|血脂|尿酸|胆固醇)(?:[、和与及](?:血压|血糖|血脂|尿酸|胆固醇))*(?:都|均)?(?:明显|显著|迅速|大幅|很快)?(?:下降|降低|降下来|恢复正常)|(?:可|能|可以)(?:替代|代替|取代)(?:降压|降糖|降脂|西)?药|(?:显著|神奇|特殊|独特|明显)疗效|(?<!没)有(?:特效|奇效)|(?:有效率|治愈率|好转率)(?:达|高达|可达)?[0-9０-９]+(?:[.．][0-9０-９]+)?[%％]|(?:稳定|平稳|调理)(?:血糖|血压|血脂)|改善血液循环|护心护脑|(?:一盒|一瓶)(?:就|即)?见效|${SOON}|(?:抑制|治疗|治愈|根治|预防|防治|降低|调节|调理|改善|逆转|消除|杀死|清除|溶解|疏通|软化|修复|远离|告别|抗|降|防)(?:肿瘤|癌症?|癌细胞|高血压|血压|血糖|血脂|糖尿病|三高|心脑血管|心血管|脑血管|血管|失眠|风湿|关节炎|骨质疏松|前列腺|便秘|脂肪肝|血栓|脑梗死?|心梗|心肌梗死|脑卒中|中风|冠心病|动脉硬化|痛风|老年痴呆|阿尔茨海默病?|帕金森|颈椎病|腰椎病|老寒腿|各种疾病|百病|病毒)`;
const TONIC =
  '(?:增强|提高|提升)(?:人体)?免疫力|延年益寿|延缓衰老|抗衰老|排毒养颜|美容养颜|强身健体|祛风除湿|补肾壮阳|活血化瘀|包治百病|药到病除|增强体质|增强体力|润肺止咳|止咳化痰|补气养血|益气养血|养肝护肝|降三高|安神助眠|增强记忆力|提高记忆力|改善记忆力';
/** A share of germs or pollutants a product removes (能去除99.9%的细菌): a hygiene or health claim. */
const KILL =
  '(?:除菌|杀菌|抑菌|除醛|除螨|除霾|除尘|除甲醛|净化|过滤)率(?:达|高达|可达)?[0-9０-９]+(?:[.．][0-9０-９]+)?[%％]|(?:去除|杀灭|清除|抑制|过滤|消除)(?:率达|率高达)?[0-9０-９]+(?:[.．][0-9０-９]+)?[%％]的?(?:细菌|病菌|病毒|甲醛|重金属|有害物质|螨虫)';
/**
 * A cure no health advice promises (抗癌, 降三高, 根治高血压): stated as a thing's virtue (具有…的功效) it is an
 * advert's claim whatever is sold. Milder effects (降低血压, 预防流感) are health advice there: 规律运动具有降低血压的作用.
 */
const STRONG_CURE =
  '(?:抗|防|治)癌|降三高|(?:治愈|根治|治疗|逆转)(?:肿瘤|癌症?|高血压|糖尿病|三高|心脑血管疾病|冠心病|脑梗死?|痛风|老年痴呆|帕金森|百病|各种疾病)';
/**
 * A product, then within the sentence a claim of cure or tonic; or a strong cure credited as a thing's 功效 or 作用
 * (黑枸杞富含花青素，具有抗癌、降三高的功效).
 */
/**
 * A food or drink taken habitually credited with a cure (经常饮用富硒茶，能够降血压、降血糖): the promise of an advert,
 * whatever is named (a tonic, 长期饮茶能增强免疫力, stays advice). Medicines (长期服用降压药可控制血压) are a doctor's
 * advice, and 多吃蔬菜 names no habit.
 */
const HABIT =
  '(?:经常|长期|坚持|常年|每天|天天|每日)(?:饮用|食用|服用|喝|吃|泡饮|冲饮|一杯|一粒|一包|两粒)(?![^，。！？!?；;\\n]{0,10}药)';
export const CLAIM = new RegExp(
  `${HABIT}[^。！？!?；;\\n]{0,16}?(?:能|可|能够|可以)[^。！？!?；;\\n]{0,8}?(?:${CURE})|(?:${PRODUCT})[^。！？!?；;\\n]{0,30}?(?:${CURE}|${TONIC}|${KILL})|(?:具有|具备|兼具|有着?)[^。！？!?；;\\n]{0,10}?(?:${STRONG_CURE})[^。！？!?；;\\n]{0,10}?(?:功效|疗效|作用|效果)|${HABIT}[^。！？!?；;\\n]{0,24}?${SOON}|${BEST_EFFECT}`,
  'g',
);
/** CLAIM for a test from its first units (first-units.ts): its long alternation, scanned by V8 at every position of
 * every paragraph, costs about twice as much. */
const CLAIM_ONCE = new RegExp(CLAIM.source);
/**
 * In a paragraph with a cue of selling (commercialCues: a price, a call to buy …), a cure or tonic promised of anything
 * (长期饮用富硒茶能增强免疫力、防癌抗癌 … 每斤880元，量少先到先得): no product word is needed there.
 */
const SELLING_CLAIM = new RegExp(`(?:能|可|可以|能够)[^。！？!?；;\\n]{0,12}?(?:${CURE}|${TONIC})`, 'g');
/** Denial, doubt or warning in the sentence: the claim is reported as false, not made. */
const DENIED =
  /不能|并不|并非|无法|不具有|不具备|没有|不可|不会|谎称|宣称|声称|号称|鼓吹|夸大|虚假|所谓|谣言|辟谣|不实|误区|谨防|警惕|轻信|(?:的|等)宣传|骗|涉嫌|违法|查处|吗|[？?]$/;
/** A medicine's approval or reimbursement is news, not an advert (这款抗癌新药能有效抑制肿瘤，已纳入医保). */
const APPROVED = /医保|获批|批准上市|注册证|临床试验|药监|药品监督/;

export function createHealthClaimRule(): ParagraphRule {
  return {
    kind: 'paragraph',
    rules: HEALTH_CLAIM_RULES,
    check(p, sink) {
      const t = p.text;
      CLAIM.lastIndex = 0;
      SELLING_CLAIM.lastIndex = 0;
      const claim = firstTest(CLAIM_ONCE, t);
      const selling = !claim && SELLING_CLAIM.test(t) && commercialCues(p) >= 1;
      if ((!claim && !selling) || paragraphWarns(p)) return;
      const re = claim ? CLAIM : SELLING_CLAIM;
      let n = 0;
      for (const s of p.sentences) {
        const sentence = t.slice(s.start, s.end);
        if (DENIED.test(sentence) || APPROVED.test(sentence)) continue;
        re.lastIndex = 0;
        const m = re.exec(sentence);
        if (!m) continue;
        const a = s.start + m.index;
        if (p.isQuoted(a, a + m[0].length) || n++ >= MAX_PER_PARAGRAPH) continue;
        // the whole sentence, without its closing mark (as the sales model marks it): the claim is its point
        const [start, end] = sentenceCore(t, s.start, s.end);
        sink.report({ ruleId: 'advertising.health-claim', start, end });
      }
    },
  };
}
