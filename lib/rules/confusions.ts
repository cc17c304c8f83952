import type { ParagraphRule, RuleMeta } from '../engine/rule';
import { MAX_PER_PARAGRAPH, matchesOf } from './util-text';

/**
 * Context confusions of high-frequency characters that are each a correct word elsewhere (在/再, 的/地, 以/已, 须/需,
 * 即/既, 象/像, 带/戴, 反应/反映, 已/己/巳, 作/做), so no word list catches them: each pattern is the grammatical
 * shape in which one form is wrong (a locative frame opening a clause takes 在; 一次/三 before a verb of saying is
 * 再; 以来 closes a time span; 必须 before a verb, 必需 before a noun; 自己 after a pronoun …).
 *
 * Precision first: every pattern ships only if it fires 0 times on 1.35M characters of clean government prose and
 * on every clean eval case (scripts/measure-confusions.ts prints hits per 10,000 characters and recall on swapped
 * sentences). Sources: 《现代汉语词典》（第7版）; 《咬文嚼字》“常见别字” lists; 国办发〔2018〕123号（严把文字关）.
 */
const SOURCE = '《现代汉语词典》（第7版）相关词条；《咬文嚼字》常见别字；国办发〔2018〕123号（严把文字关）';

function meta(id: string, title: string, message: string, severity: 'warn' | 'info' = 'warn'): RuleMeta {
  return { id: `typo.context-${id}`, category: 'typo', severity, title, message, source: SOURCE };
}

export const CONFUSION_RULES: RuleMeta[] = [
  meta('zai', '“在”“再”误用', '“{text}”疑有“在”“再”混用：表示时间、处所、条件的介词用“在”，表示又一次、继续用“再”。'),
  meta('de', '“的”“地”误用', '“{text}”中的“的”应为“地”：状语（修饰动词）后用“地”。'),
  meta('de-complement', '“的”“得”误用', '“{text}”中的“的”应为“得”：动词后连接结果或程度补语用“得”（做得好）。'),
  meta('yi', '“以”“已”误用', '“{text}”疑有“以”“已”混用：“已经”“已于”“早已”用“已”，“以便”“以免”“以来”用“以”。'),
  meta('xu', '“须”“需”误用', '“{text}”疑有“须”“需”混用：“必须”后接动作，“必需”指不可缺少（必需品）。'),
  meta('ji', '“即”“既”误用', '“{text}”疑有“即”“既”混用：“既……又……”“既然”用“既”，“即使”“即将”“即便”用“即”。'),
  meta(
    'xiang',
    '“象”“像”误用',
    '“{text}”中的“象”应为“像”：表示相似、比如的“好像”“就像”用“像”（1986年起“象”不再作“像”用）。',
    'info',
  ),
  meta('dai', '“带”“戴”误用', '“{text}”中的“带”应为“戴”：把东西加在头、面、胸等处用“戴”（佩戴口罩、安全帽）。'),
  meta('fanying', '“反应”“反映”误用', '“{text}”应为“反映”：把情况、意见告诉上级或有关部门用“反映”。'),
  meta('ji3', '“己”“已”“巳”误用', '“{text}”疑有“己”“已”“巳”混用：“自己”用“己”，“已经”“早已”用“已”。'),
  meta('zuo', '“做”“作”误用', '“{text}”疑有“做”“作”混用：“作为”“作用”用“作”，“做好”用“做”。'),
  meta(
    'quanli',
    '“权利”“权力”误用',
    '“{text}”疑有“权利”“权力”混用：与“义务”相对的是“权利”，“权力机关”“公权力”“权力运行”用“权力”。',
  ),
  meta(
    'qiyong',
    '“启用”“起用”误用',
    '“{text}”疑有“启用”“起用”混用：开始使用印章、系统、场馆用“启用”，任用干部用“起用”。',
  ),
  meta('duguo', '“度过”“渡过”误用', '“{text}”疑有“度过”“渡过”混用：过节日、假期、时光用“度”，渡过江河、难关用“渡”。'),
  meta('denglu', '“登录”“登陆”误用', '“{text}”应为“登录”：进入网站、平台、账号用“登录”，“登陆”指从水上到陆地。'),
  meta('pei', '“佩戴”“配戴”误用', '“{text}”应为“佩”：把头盔、口罩、徽章、胸牌等戴在身上用“佩戴”，“配戴”只说眼镜。'),
  meta('jie', '“届”“界”误用', '“{text}”应为“届”：会议、任期、运动会等的次序“第N届”用“届”，“界”指界限、领域。'),
  meta('reng', '“扔”“仍”误用', '“{text}”中的“仍”应为“扔”：丢弃东西用“扔”（乱扔垃圾），“仍”是“仍然”。'),
  meta('na', '“哪”“那”误用', '“{text}”应为“哪”：问句中问“哪些、哪里、哪个”用“哪”，“那”是指示代词。'),
  meta('baodao', '“报到”“报道”误用', '“{text}”应为“报到”：按时到指定地点登记、报名用“报到”，“报道”指新闻报道。'),
  meta('yilv', '“一律”“一率”误用', '“{text}”应为“一律”：“一律”意为“全部、无例外”，“率”是比率。'),
  meta('manyan', '“蔓延”“漫延”误用', '“{text}”应为“蔓延”：火势、疫情、病虫害等向四周扩展用“蔓延”。'),
  meta('qiewu', '“切勿”“切务”误用', '“{text}”应为“切勿”：“切勿”意为“千万不要”。'),
  meta('yishi', '“意识”“意思”误用', '“{text}”应为“意识”：安全意识、防范意识等指人的觉察和认识，“意思”是含义、心意。'),
  meta('shangsu', '“上诉”“上述”误用', '“{text}”应为“上诉”：不服判决向上级法院请求重审是“上诉”，“上述”是“上面所说的”。'),
  meta(
    'jiancha',
    '“检查”“检察”误用',
    '“{text}”应为“检查”：查看身体、安全、质量用“检查”，“检察”专指检察机关的法律监督。',
  ),
  meta('ruren', '“入”“人”误用', '“{text}”中的“人”应为“入”（形近字）：纳入、列入、投入、深入、融入等用“入”。'),
  meta('xingjin', '形近字误用', '“{text}”疑为形近字之误（干/于、土/士、千/干），请核对。'),
  meta('ciyu', '同音词误用', '“{text}”在此处疑为同音或形近的另一个词之误（输入法选错词），请核对。'),
];

interface Confusion {
  /** rule id suffix (typo.context-…) */
  rule: string;
  /** substrings of which every match contains one: the paragraph is scanned only when it has one */
  gate: readonly string[];
  /** the match is exactly the wrong span (context in look-arounds) */
  pattern: RegExp;
  /** the corrected span */
  fix: (wrong: string) => string;
  /** a severity above the rule's for some contexts (the text after the match) */
  raise?: (after: string) => 'block' | undefined;
}

const HAN = '[\\u4e00-\\u9fff]';
/** Verbs of saying, thanking and reminding: 再次/再一次/再三 precede them, 在次 never does. */
const SAY = '(?:感谢|致谢|强调|提醒|重申|呼吁|提示|申明|声明|表示|叮嘱|嘱咐|告诫|证明|表明|印证|确认)';
/** Locative frames that open a clause: 在……中，在……基础上，在……期间，. */
const FRAME =
  '(?:过程中|工作中|领导下|实践中|基础上|背景下|前提下|情况下|条件下|框架下|指导下|带领下|期间|范围内|过程当中|之际|同时)';

/** Manner adverbs that take 地 before a verb after a modal (要扎实的推进 → 扎实地); 得到有效的解决 is a noun phrase. */
const MANNER = [
  '扎实',
  '认真',
  '积极',
  '主动',
  '稳步',
  '有序',
  '有效',
  '全面',
  '深入',
  '切实',
  '坚决',
  '持续',
  '大力',
  '不断',
  '充分',
  '科学',
  '依法',
  '精准',
  '高效',
  '广泛',
  '严格',
  '妥善',
  '耐心',
  '热情',
  '细致',
  '稳妥',
];
const MANNER_VERBS =
  '推进|落实|开展|做好|抓好|推动|加强|解决|处理|执行|贯彻|完成|实施|改进|提升|提高|保障|维护|发挥|整治|排查|化解';

const CONFUSIONS: Confusion[] = [
  // 再 opening a clause with a locative frame (再工作中，… → 在工作中): the adverb 再 never opens such a frame
  {
    rule: 'zai',
    gate: ['再'],
    pattern: new RegExp(`(?<=^|[。；！？，：])再(?=${HAN}{1,8}?${FRAME}[，,])`, 'g'),
    fix: () => '在',
  },
  // 在次/在一次/在三 before a verb of saying (在次感谢 → 再次感谢); 在次日, 在一次会议上 are right
  {
    rule: 'zai',
    gate: ['在次', '在一次', '在三'],
    pattern: new RegExp(`在(?=(?:次|一次|三)(?:向[^，。]{1,12})?${SAY})`, 'g'),
    fix: () => '再',
  },
  // 再此 before a verb of saying or greeting (再此感谢 → 在此感谢)
  {
    rule: 'zai',
    gate: ['再此'],
    pattern: new RegExp(`再(?=此(?:向[^，。]{1,12})?(?:${SAY}|郑重|特别|恳请|祝|致以))`, 'g'),
    fix: () => '在',
  },
  // 正再 + verb (正再推进 → 正在推进); 真正再…, 反正再… are adverb pairs
  { rule: 'zai', gate: ['正再'], pattern: /(?<![真反公纠端修改更])正再(?=[\u4e00-\u9fff])/g, fix: () => '正在' },

  // reduplicated manner adverbs before a verb take 地 (牢牢的把握 → 牢牢地把握)
  {
    rule: 'de',
    gate: [
      '牢牢的',
      '紧紧的',
      '默默的',
      '悄悄的',
      '渐渐的',
      '稳稳的',
      '扎扎实实的',
      '认认真真的',
      '踏踏实实的',
      '实实在在的',
      '切切实实的',
      '积极主动的',
      '全心全意的',
      '千方百计的',
      '坚定不移的',
      '不折不扣的',
      '一心一意的',
      '尽心尽力的',
      ...MANNER.map((a) => `${a}的`),
    ],
    pattern: new RegExp(
      String.raw`(?<=牢牢|紧紧|默默|悄悄|渐渐|逐渐|稳稳|扎扎实实|认认真真|踏踏实实|实实在在|切切实实|积极主动|全心全意|千方百计|坚定不移|不折不扣|一心一意|尽心尽力)的(?=(?:把握|抓住|围绕|守护|奉献|坚守|扎根|推进|落实|做好|抓好|履行|践行|贯彻|守住|记住|扛起|融入|投身|为|把|将|在|向|对|去|做|干|抓|守|帮))|(?<=(?:要|应|应当|应该|必须|须|需要|将|会|继续|进一步|更加|并|也|还|都|正在|仍|一直)(?:${MANNER.join('|')}))的(?=(?:${MANNER_VERBS})(?!作用|力量|过程|效果|态度|工作)[\u4e00-\u9fff])|(?<=(?:${MANNER.join('|')}|耐心|仔细|精心|详细|热情))的(?=(?:${MANNER_VERBS}|准备|组织|学习|宣传|检查|排练|布置|讲解|解答|接待|回应|参与)(?:了|着)(?![解结]))`,
      'g',
    ),
    fix: () => '地',
  },

  // a verb + 的 + a one-word result closing the clause is a complement (做的好。→ 做得好); 做的好事 is attributive
  {
    rule: 'de-complement',
    gate: ['的好', '的不错', '的到位', '的出色', '的漂亮', '的对'],
    pattern:
      /(?<=(?:^|[，。；！？：、\s])[\u4e00-\u9fff]{0,6}(?:做|干|办|搞|抓|讲|说|写|落实|完成|处理|解决|执行|推进|开展))的(?=(?:好|不错|到位|出色|漂亮|对)(?:[，。！；！？]|$))/g,
    fix: () => '得',
  },

  // 以经 → 已经 before a verb or 是/有; 以经济, 以经营, 以经验 are 以 + noun
  {
    rule: 'yi',
    gate: ['以经'],
    pattern:
      /以(?=经(?:是|有|在|成为|完成|开始|取得|进入|达到|实现|全部|基本|被|形成|建成|启动|超过|接近|初步|连续|累计))/g,
    fix: () => '已',
  },
  // 早以 + verb (早以习惯 → 早已习惯)
  {
    rule: 'yi',
    gate: ['早以'],
    pattern: /(?<=早)以(?=(?:是|成为|习惯|不是|没有|形成|被|超过|过|完成|深入|融入|经))/g,
    fix: () => '已',
  },
  // 以于 + a date (以于3月5日 → 已于); 给以、予以 take objects
  {
    rule: 'yi',
    gate: ['以于'],
    pattern:
      /(?<![给予加])以(?=于(?:[0-9０-９]|[一二三四五六七八九十]{1,3}[月日]|今年|去年|上月|本月|近日|日前|昨日|昨天|今日|今天|上周|本周|当天|当日))/g,
    fix: () => '已',
  },
  // 已便 + verb, 已免 + an outcome (已便及时处理 → 以便; 已免造成损失 → 以免)
  { rule: 'yi', gate: ['已便'], pattern: /(?<=[，,])已(?=便(?!利|民|捷|宜))/g, fix: () => '以' },
  {
    rule: 'yi',
    gate: ['已免'],
    pattern: /(?<=[，,])已(?=免(?:造成|发生|出现|影响|耽误|延误|引起|给|产生|错过|遗漏|上当|受骗))/g,
    fix: () => '以',
  },
  // a time span closes with 以来 (今年已来， → 今年以来); 冬天已来 is 已 + 来
  {
    rule: 'yi',
    gate: ['已来'],
    pattern: /(?<=(?:年|月|日|成立|实施|开展|施行|运行|上任|改革开放))已(?=来[，,])/g,
    fix: () => '以',
  },

  // 必需 before an action is 必须 (必需按时提交 → 必须); 必需品, 必需的 are right
  {
    rule: 'xu',
    gate: ['必需', '需知'],
    pattern:
      // 需知 closing a title or a heading (办事需知, 考生需知：) is the noun 须知; 需知道 is 需要知道
      /(?<=[\u4e00-\u9fff])需(?=知(?:$|[：:】」》”\s（(]))|(?<=必)需(?=(?:按|遵守|遵循|严格|提交|经过|经|由|在|具备|符合|保证|确保|坚持|做好|做到|及时|认真|加强|携带|持有|填写|办理|通过|满足|缴纳|落实|服从|佩戴|提前|如实|完成|参加|接受|出示|注明|签字|本人|亲自|提供|进行|把|将|对|向))/g,
    fix: () => '须',
  },
  // 务需 → 务须 before an action
  {
    rule: 'xu',
    gate: ['务需'],
    pattern:
      /(?<![服业事财政商任债医公特家义劳实防警港校局乡村税])(?<=务)需(?=(?:高度|认真|严格|及时|按时|注意|做好|加强|确保|提前|如实|遵守))/g,
    fix: () => '须',
  },

  // 即要…又要…/即有…又有… is 既 (a clause pair); 即使, 即将 stay
  {
    rule: 'ji',
    gate: ['即要', '即有', '即是', '即能', '即可', '即讲', '即抓', '即重', '即看', '即注重', '即坚持'],
    pattern:
      /即(?=(?:要|有|是|能|可|讲|抓|重|看|注重|坚持)[^。；！？]{1,30}[，,]?(?:又|也)(?:要|有|是|能|可|讲|抓|重|看|注重|坚持))/g,
    fix: () => '既',
  },
  // 既使/既将/既便 without a following 又, 也使/也将 (既使…又使…, 既使…也使… are right; 即使…也… is the pair)
  { rule: 'ji', gate: ['既'], pattern: /既(?=(使|将|便)(?![^。；！？]{0,40}(?:又|(?:也|还)\1)))/g, fix: () => '即' },

  // 既日起/既刻 → 即日起/即刻 (即 is "now"; 既 never means it)
  {
    rule: 'ji',
    gate: ['既日', '既刻'],
    pattern: /既(?=日(?:起|开始|生效|施行|执行|至|发布)|刻(?:起|生效|执行|前往|处置|办理|整改))/g,
    fix: () => '即',
  },

  // 好象/就象/正象 → 像 (象 is not the verb "resemble" since 1986; info: texts before 1986 wrote 象)
  {
    rule: 'xiang',
    gate: ['象'],
    // also 象 opening a likeness that closes with 一样/一般/似的 (象一家人一样); 现象, 形象, 大象 are nouns
    pattern:
      /(?<=[好就正恰])象(?!征|棋|牙|限|形|素|鼻|数|样)|(?<![好就正恰大气现形对印抽景万表图迹意具天星物假对想])象(?![征棋牙限形素鼻数样])(?=[^，。！？；]{1,8}?(?:一样|一般|似的))/g,
    fix: () => '像',
  },

  // 佩带 a mask, helmet, badge → 佩戴; 带 a weapon is 佩带
  {
    rule: 'dai',
    gate: ['带'],
    pattern:
      /(?<=佩|规范|正确|科学|全程|坚持)带(?=好?(?:口罩|安全帽|头盔|眼镜|护目镜|胸牌|工作证|党徽|团徽|校徽|红领巾|手套|防护面罩))/g,
    fix: () => '戴',
  },

  // 配戴安全头盔 → 佩戴 (配戴眼镜, 配戴隐形眼镜 are right)
  {
    rule: 'pei',
    gate: ['配戴'],
    pattern:
      /配(?=戴好?(?:安全)?(?:口罩|安全帽|头盔|胸牌|胸卡|工作证|党徽|团徽|校徽|红领巾|手套|护目镜|防护面罩|袖标|绶带))/g,
    fix: () => '佩',
  },

  // 那些药品可以报销？ → 哪些: a question with no other question word (吗, 呢, 谁, 什么, 怎么, 多少, 是否 …), so 那
  // must be the one asking; 难道, 不 and the rest make a sentence rhetorical or leave it in doubt, and are not read
  {
    rule: 'na',
    gate: ['那'],
    pattern:
      /(?<=(?:^|[。！？!?；;\n：:])[^。！？!?；;\n：:吗呢谁哪么怎多几否如难不]*)那(?=(?:些|里|个|种|家|位|天|年)[^。！？!?；;\n吗呢谁哪么怎多几否如难不]*[？?])/g,
    fix: () => '哪',
  },
  // 到校报道, 新生报道时间 → 报到 (记者前来报道 is news)
  {
    rule: 'baodao',
    gate: ['报道'],
    pattern:
      /(?<=(?:到校|到岗|到单位|到院|到村|到社区|前来|按时|准时|新生|入学|入职|入伍|如期|按期))(?<!(?:记者|媒体|新闻|电视台|报社|央视)[^。！？；]{0,12})报道(?=[，。；、！\s]|$|时间|地点|手续|注册|当天|日期)/g,
    fix: () => '报到',
  },
  // 一率不予受理 → 一律 (统一率, 唯一率 are rates)
  {
    rule: 'yilv',
    gate: ['一率'],
    pattern: /(?<![统唯同单均划专万合])一率(?=[不按免实禁由凭须需要以为视作予收停暂取])/g,
    fix: () => '一律',
  },
  // 切务点击陌生链接 → 切勿 (a warning before a verb; 一切务必, 确切务实 are other words)
  {
    rule: 'qiewu',
    gate: ['切务'],
    pattern:
      /(?<![一确迫亲密])切务(?=(?:轻信|相信|点击|泄露|透露|转账|汇款|下载|扫码|扫描|回复|添加|登录|登陆|参加|前往|靠近|下河|游泳|攀爬|酒后|私自|擅自|随意|随便|使用|购买|食用|采摘|触摸|燃放|焚烧|将|把|向|给|让|在|到|与|贪|因|忽视|麻痹|大意))/g,
    fix: () => '切勿',
  },
  // 防止火势漫延, 疫情漫延 → 蔓延 (漫延 is of water and land stretching on: 江水漫延, 漫延的群山)
  {
    rule: 'manyan',
    gate: ['漫延'],
    pattern:
      /(?<=(?:火势|火情|大火|山火|明火|火灾|疫情|病毒|病菌|传染病|病虫害|虫害|疫病|瘟疫|谣言|恐慌|情绪|风险|态势|趋势|传播|扩散|防止|阻止|避免|遏制|控制|以免|防)[^。；！？\n]{0,30})(?<!(?:江|河|湖|海|洪|潮|积)水[^。；！？\n]{0,3})漫延/g,
    fix: () => '蔓延',
  },
  // 防范意思, 安全意思 → 意识 (a sense of …; X的意思, 意思是 and 意思表示 are a meaning or an intent, not read)
  {
    rule: 'yishi',
    gate: ['意思'],
    pattern:
      /(?<=(?:安全|防范|防骗|反诈|环保|法治|责任|服务|风险|忧患|大局|纪律|节约|节水|卫生|质量|创新|维权|自我保护|防护|消防|文明|健康|生态|宗旨|公民|主人翁|版权|知识产权|底线|红线|看齐|担当|危机|竞争|合规|保密|隐私))意思(?!是|表示)/g,
    fix: () => '意识',
  },

  // 反应 a problem, a situation, a demand → 反映; 不良反应情况, 过敏反应 are reactions
  {
    rule: 'fanying',
    gate: ['反应'],
    // also 向领导反应情况, 如实反应情况: reported to someone; 公示期间如有反应情况，请…来信 (not a vaccine's 如有反应情况请就医)
    pattern:
      /(?<![良敏学理化物锁急速烈快激疫核])反应(?=(?:的|(?:集中|强烈|突出|较多|最多|普遍)的[^，。；！？]{0,10})?(?:问题|诉求|意见|建议|困难|呼声|心声))|(?:(?<=向[^，。；！？]{1,12})|(?<=如实|及时|主动|积极))反应(?=(?:了|过)?情况)|(?<=向[^，。；！？]{0,12}(?:热线|部门|社区|窗口|单位|信箱|平台|街道|居委会|村委会|物业|领导|组织|我们|我局|本局|政府|机关))反应(?=[，。；！？]|$)|(?<=如有|若有|请|欢迎|随时)反应(?=情况[^。！？]{0,30}?(?:来信|来电|来访|举报|反映|信箱|监督电话))(?![^。！？]{0,30}(?:就医|接种|医生|医院|症状|药|不适))/g,
    fix: () => '反映',
  },

  // 自已 after a pronoun or before 的 (他们自已的 → 自己); 各自已经 is 各自 + 已经
  {
    rule: 'ji3',
    gate: ['自已'],
    pattern: /(?<=[我你他她它们咱])自已(?![经于被有在成达完开进具基全取实将由为获])/g,
    fix: () => '自己',
  },
  // 己经/早己/巳经 → 已 (自己经营, 知己 are right)
  {
    rule: 'ji3',
    gate: ['己经'],
    pattern: /(?<![自知克异利舍一])己(?=经(?:是|有|在|成为|完成|开始|取得|进入|达到|实现|被))/g,
    fix: () => '已',
  },
  { rule: 'ji3', gate: ['早己'], pattern: /(?<=早)己(?=[\u4e00-\u9fff])/g, fix: () => '已' },
  { rule: 'ji3', gate: ['巳'], pattern: /巳(?=经|于|被)/g, fix: () => '已' },

  // 做为/做用 → 作为/作用 (当做, 叫做 + 为 aside)
  {
    rule: 'zuo',
    gate: ['做为', '做用', '作好'],
    // and 作好 + a noun → 做好 (作好预案, 作好服务); with a verb as object 作 is right (作好准备, 作好调查: 杜永道,
    // 《人民日报海外版》2024-08-24 “做/作+宾语”); 工作好, 合作好, 当作好 are other words
    pattern:
      /(?<![当叫看])做(?=为(?!止)|用(?:于|是|的|在|，|。))|(?<![工合创写操协运动制振炒著耕佳劳习画杰大造当看叫称比视化装])作(?=好(?!作歹)(?![^，。；！？、\n]*(?:准备|打算|分析|调查|处理|贡献|牺牲|决定|承诺|报告|动员|提示|研究|部署|安排|说明|解释|答复|评估|检查|总结|记录|登记|努力|斗争))[\u4e00-\u9fff])/g,
    fix: (w) => (w === '做' ? '作' : '做'),
  },
  // 权力 + 义务 is 权利 (权利和义务); 权利 + 机关/寻租/运行, 公权利, 把权利关进笼子 are 权力
  // and a person's own 合法权力 (劳动者的合法权力受法律保护) is 合法权利
  {
    rule: 'quanli',
    gate: ['权力'],
    pattern:
      /权力(?=(?:和|与|及|、)?义务)|(?<=(?:公民|群众|劳动者|消费者|职工|工人|农民工|妇女|儿童|未成年人|老年人|残疾人|当事人|患者|纳税人|村民|居民|业主|投资者|债权人|员工|个人)(?:的|之)?合法)权力/g,
    fix: () => '权利',
  },
  {
    rule: 'quanli',
    gate: ['权利'],
    pattern: /(?<=公)权利(?!人)|权利(?=机关|寻租|运行|(?:关进|关在)(?:制度|笼子))/g,
    fix: () => '权力',
  },

  // 上述 after 不/提起/放弃 is 上诉 (宣判后表示不上述, 依法提起上述); 上述 + noun (上述规定) is right
  {
    rule: 'shangsu',
    gate: ['上述'],
    pattern: /(?<=不|提起|提出|放弃|决定|表示将|依法)上述(?=[，。；、！？,;]|$|并|的权利|期间|期限)/g,
    fix: () => '上诉',
  },
  // 检察 of a person's body or a safety check is 检查 (体格检察, 安全检察); 检察院, 检察官, 检察机关 are right
  {
    rule: 'jiancha',
    gate: ['检察'],
    pattern:
      /(?<=体格|身体|健康|安全|质量|卫生|消防|例行|全面|定期|年度|专项|入学|入职|婚前|孕前)检察(?![院官长员机权建工])/g,
    fix: () => '检查',
  },

  // A real word picked from the input method for its homophone, in the frames where only the homophone fits (each
  // frame a shape of official prose: 现回复如下, 失物招领, 公益诉讼, 合法权益, 征求意见, 实施方案, 会议精神 …)
  ...(
    [
      ['恢复', '回复', /(?<=现将?[^，。；！？]{0,6}?|特)恢复(?=如下)/g],
      ['会意', '会议', /(?<=召开|专题|常务|全体|工作)会意/g],
      [
        '情理',
        '清理',
        /(?<=集中|及时|定期|全面|彻底|组织)情理(?=[^，。；！？]{0,6}?(?:杂物|垃圾|堆放|杂草|淤泥|积雪))/g,
      ],
      ['签子', '签字', /签子(?=确认|盖章|捺印|画押|认可|后)/g],
      ['求助', '救助', /(?<=临时|给予|医疗|司法|法律|应急)求助(?!电话|热线|者|人|渠道|方式|信息|平台|于)/g],
      ['为生', '卫生', /(?<=环境|公共|个人|食品|饮食|医疗|人居|城乡|爱国)为生(?!活)/g],
      ['保户', '保护', /(?<=加强|历史建筑|文物|生态|环境|依法|知识产权|未成年人)保户/g],
      ['弱水', '溺水', /(?<=防|预防)弱水/g],
      ['阴私', '隐私', /(?<=个人|保护|泄露|侵犯|他人)阴私/g],
      ['主意', '注意', /主意(?=出行|安全|防范|保暖|防暑|饮食|交通安全|用火|用电)/g],
      ['原稿', '原告', /原稿(?=[^，。；！？]{0,12}?(?:起诉|提起诉讼|诉至|诉称|请求判令))/g],
      ['小曲', '小区', /(?<=老旧|居民|住宅|安置)小曲/g],
      ['回首', '回收', /(?<=可)回首(?=物|利用)|回首(?=利用|站点|网点)/g],
      ['学系', '学习', /学系(?=贯彻|领会|宣传|宣讲)/g],
      ['精深', '精神', /(?<=会议|全会|文件|讲话|指示|批示)精深/g],
      ['护罩', '护照', /(?<=办理|普通|因私|签发)护罩/g],
      ['失误', '失物', /失误(?=招领)/g],
      ['来店', '来电', /(?<=市民|群众|居民|网友)来店(?=反映|咨询|投诉|举报)/g],
      ['回放', '回访', /(?<=电话|上门|定期)回放(?!录像|视频|画面|监控)/g],
      ['公议', '公益', /公议(?=诉讼|岗位|性)/g],
      ['权宜', '权益', /(?<=合法|消费者|劳动者|职工|妇女|儿童)权宜/g],
      ['异见', '意见', /(?<=征求|听取|提出|反馈)异见/g],
      // and 本办法自2025年1月1日起实时 (a regulation comes into force: 起实施, 正式实施)
      ['实时', '实施', /实时(?=方案|细则|办法|意见)|(?<=[日月年]起|正式|全面)实时(?=[，。；！？、]|$)/g],
      // 请在大厅等侯叫号 (侯 of 王侯 for 候: 等候; 等侯某, 等侯姓 are 等 + a surname)
      ['等侯', '等候', /等侯(?![某姓家氏])/g],
      // 修定完善预案 (修订 a text: 修订完善, 修订预案; 修定 is an old form the standard lexicon no longer uses there)
      [
        '修定',
        '修订',
        /修定(?=完善|预案|方案|制度|办法|规定|标准|条例|章程|细则|规划|目录|指南|手册)|(?<=及时|组织|重新|全面|适时|抓紧)修定/g,
      ],
      // 获取帮组 (帮助; 帮组 of 帮扶组 aside: only after a verb of getting or giving)
      ['帮组', '帮助', /(?<=获取|获得|寻求|提供|给予|需要|得到|请求)帮组/g],
      // 周末最底气温 (最低; 最底层, 最底部 are the bottom)
      ['最底', '最低', /最底(?=气温|温度|价格?|工资|标准|收入|水位|气压|分数线|限度|消费)/g],
      // 交了11完定金, 3完元 (万 typed as its sound-alike after a number)
      ['完', '万', /(?<=[0-9０-９])完(?=元|块|余|多|人次?|户|亩|吨|定金|首付|辆|套)/g],
      // 她响我打招呼 (向 someone)
      [
        '响',
        '向',
        /(?<![影音反声交])响(?=[我你他她]们?(?:打招呼|求助|求救|致敬|致谢|道歉|问好|挥手|敬礼|表示感谢|借钱))/g,
      ],
      // 不用在担心 (再: again; 不要在这里吸烟 is 在 a place)
      [
        '在',
        '再',
        /(?<=不(?:用|必|会|要|需要)|无需|无须|不再需要)在(?=担心|害怕|犹豫|纠结|发愁|焦虑|操心|跑腿|奔波|为[^，。；！？]{1,8}发愁)/g,
      ],
      // 名 for 民 in the words of the people (人名币, 国名党, 中华名族, 农名工, 村名代表, 为名服务)
      ['人名币', '人民币', /人名币/g],
      ['国名党', '国民党', /国名党/g],
      [
        '名族',
        '民族',
        /(?<=少数|各|多|战斗|兄弟)名族|名族(?=团结|品牌|工业|企业|特色|文化|复兴|英雄|自治|地区|同胞|乡|风情|传统|服饰|歌舞|节日)/g,
      ],
      ['农名', '农民', /农名(?=工|朋友|群众|增收|收入|兄弟|专业合作社|们|夜校|画)/g],
      ['村名', '村民', /村名(?=们|群众|代表|小组|委员会|自治|纷纷|自发|反映|议事)/g],
      ['名', '民', /(?<=为)名(?=服务|办实事|解忧|造福|谋利|谋福利)/g],
      // 像马云宣战, 像荀彧请教 (向 someone; 像他一样学习 is a likeness)
      [
        '像',
        '向',
        /像(?![^，。；！？]{0,12}(?:一样|那样|一般|似的))(?=[^，。；！？一样般那这似]{1,6}(?:求助|求救|请教|讨教|学习|致敬|道歉|宣战|发威|借钱|看齐))/g,
      ],
      // 妈妈在也不敢了 (再也不; 现在也不, 实在也没 are 在 of another word)
      ['在也', '再', /(?<![现正存实所自好内外健旁潜还都也就])在(?=也(?:不|没))/g],
      // 费用均有乙方自负, 争议应有双方协商解决 (由: who bears or decides; 均有专人负责 is 有)
      [
        '有',
        '由',
        /(?<=[应均概皆]|统一|全部|一律)有(?=(?:[甲乙丙双各]方|个人|本人|申请人|当事人|用人单位|所在单位|建设单位|施工单位|财政|政府)[^，。；！？]{0,8}?(?:负责|承担|自负|协商|支付|解决|决定|审批|垫付|缴纳))/g,
      ],
      // 全场12公里 (全长 of a road or a line), 均以脱贫 (已: done), 组织领到 (领导), 及时上抱 (上报)
      ['全场', '全长', /全场(?=约?[0-9０-９.]+(?:公里|千米|米|km|KM))/g],
      [
        '以',
        '已',
        /(?<=均|都|全部|现|目前|基本|均已|现均)以(?=(?:脱贫|完成|竣工|建成|到位|办结|修复|解决|整改到位|开工|投用|投入使用|通车|摘帽|出院|康复)(?:[，。；、！]|$))/g,
      ],
      ['领到', '领导', /(?<=组织|加强|坚强|统一)领到(?=[，。；、]|$|下|作用|责任|机制|体制|班子|干部|小组)/g],
      [
        '上抱',
        '上报',
        /上抱(?=[，。；、]|$|材料|数据|情况|信息|至|给|到|县|市|省)|(?<=及时|按时|逐级|统一|如实|准确)上抱/g,
      ],
      // 疫情爆发, 山洪爆发 → 暴发 (a disease or a flood breaks out suddenly: 《现代汉语词典》第7版“暴发”; 爆发 is of
      // volcanoes, wars and feelings: 火山爆发, 爆发战争)
      [
        '爆发',
        '暴发',
        /(?<=疫情|传染病|疾病|瘟疫|疫病|山洪|洪水|泥石流|霍乱|流感|禽流感|麻疹|诺如病毒|非洲猪瘟|手足口病)爆发/g,
      ],
      // Frames of official prose read in the open documents set (ECSpell 公文): a real word for its homophone
      ['练习会议', '联席会议', /练习会议/g],
      ['自台', '自治', /自台(?=区|县|州|旗)/g],
      ['主台', '主治', /主台(?=医师|医生)/g],
      ['互连网', '互联网', /互连网/g],
      [
        '兼管',
        '监管',
        /兼管(?=平台|体系|模式|要求|部门|机构|职责|执法|责任|力度|措施|信息|数据|服务)|(?<=安全|市场|金融|质量|行业|国资|综合|全过程|全生命周期|全链条|严格|加强|协同|联合|事中事后|依法)兼管/g,
      ],
      ['时常', '市场', /时常(?=监管|主体|准入|秩序|经济体制)/g],
      ['当政', '党政', /当政(?=机关|干部|领导|主要负责|一把手|部门|班子|正职)/g],
      [
        '编织',
        '编制',
        /编织(?=委员会|委|本(?:地区|部门|单位|行政区域)|[^，。；！？]{0,8}?(?:规划|预算|报表|目录|清单|标准体系))|(?<=机构|人员|事业|行政|资产负债表)编织/g,
      ],
      [
        '自尽',
        '资金',
        /自尽(?=投入|支持|保障|使用|监管|拨付|筹措)|(?<=骗取|套取|挪用|截留|拨付|筹措|整合|专项|财政)自尽/g,
      ],
      ['旅行', '履行', /旅行(?=本办法|职责|义务|合同|承诺|程序|手续|协议|法定)|(?<=依法|切实|认真|全面|正确)旅行/g],
      ['主人', '主任', /(?<=居委会|村委会|委员会|办公室|管委会|书记、|书记兼)主人(?!翁|公|家|意识)/g],
      ['前头', '牵头', /(?<=[部委局厅办署院]|政府)前头(?=[，,、]|负责|组织|制定|开展|会同|落实|抓总)/g],
      ['水务总局', '税务总局', /水务总局/g],
      // 目的地签正要求 (签证)
      [
        '签正',
        '签证',
        /签正(?=要求|申请|办理|材料|政策|手续|费用?|有效期|类型|中心|官|处)|(?<=办理|申请|旅游|入境|落地|免|过境|工作|留学|商务)签正/g,
      ],
      ['视点', '试点', /(?<=开展|率先|列为|国家级|省级|改革)视点/g],
      ['制动', '制度', /(?<=管理|规章|财务|工作|考核|责任)制动/g],
      ['校正', '矫正', /(?<=社区)校正/g],
      [
        '调节',
        '调解',
        /(?<=经|经过|耐心|居中|依法|成功|调解员|村委会|司法所|社区)调节(?=[^。！？]{0,16}?(?:纠纷|和解|调解协议|当事人))/g,
      ],
      ['商情', '墒情', /(?<=田间[^，。；！？]{0,4}|土壤|农田)商情/g],
      ['冲电', '充电', /(?<=飞线|违规|私拉|集中|统一|楼道|室内|入户|过夜)冲电|冲电(?=桩|器|宝|站|设施|车位)/g],
      ['检役', '检疫', /(?<=检验|动物|植物|动植物|出入境|卫生)检役/g],
      ['脏物', '赃物', /(?<=追回|追缴|收缴|退还|返还|起获|查获|销售|窝藏|转移|处理|销毁)脏物/g],
      // the second character of a common word of official prose picked for a homophone that is a word alone (和, 被,
      // 为) or that the word table also knows (建康, a place of old; 领道): only in the frames of the right word
      ['配和', '配合', /(?<=协调|积极|密切|主动|相互|互相|大力|紧密|全力|通力|予以|给予|做好|支持)配和/g],
      ['准被', '准备', /(?<=做好|充分|提前|认真|精心|积极|各项|前期|思想|物资|应急|防汛|迎检)准被/g],
      ['氛为', '氛围', /(?<!气)氛为(?!之)/g],
      [
        '领道',
        '领导',
        /领道(?=班子|干部|小组|下|作用|责任|机制|体制|方式|能力|水平|同志)|(?<=组织|加强|党的|坚强|集中统一|统一|主要|分管|各级)领道/g,
      ],
      ['导象', '导向', /(?<=问题|目标|结果|价值|政策|舆论|需求|市场|正确|鲜明|发展|就业|人才|实践|民生)导象/g],
      [
        '整制',
        '整治',
        /(?<=环境|卫生|综合|专项|集中|排查|整改|全面|源头|联合|乱象|违规|违法|重点)整制|整制(?=行动|工作|活动|力度|成效|提升)/g,
      ],
      [
        '日宜',
        '日益',
        /日宜(?=增长|增多|增加|提高|加剧|突出|严重|凸显|显著|完善|成熟|扩大|广泛|紧密|密切|丰富|壮大|提升|重要)/g,
      ],
      [
        '水品',
        '水平',
        /(?<=质量和|服务|管理|治理|技术|专业|收入|生活|发展|保障|业务|能力|文明|开放|现代化|医疗|教育)水品|水品(?=不断|显著|明显|持续|进一步)/g,
      ],
      [
        '建康',
        '健康',
        /(?<=身体|身心|人民|群众|公众|生命|心理|口腔|职业|全民|饮食|经济|持续|倡导)建康|(?<![王李张刘陈杨赵黄周吴徐孙马胡朱郭何罗高林郑梁谢唐许冯宋韩邓彭曹曾田潘袁蔡蒋余于杜叶程魏苏吕丁沈任姚卢钟姜崔谭陆范汪廖石金韦贾夏付方邹熊白孟秦邱侯江尹薛闫段雷龙黎史陶贺毛郝顾龚邵万覃武钱戴严莫孔向常汤康易乔赖文])建康(?=中国|码|证明|教育|档案|体检|生活|素养|知识|促进|文明)/g,
      ],
      ['短版', '短板', /(?<=补|补齐|补强|弥补|补上|民生|发展|突出|明显|存在|一些|很多|诸多|的)短版|短版(?=弱项)/g],
      ['办公市', '办公室', /办公市(?!场|民|区|政府)/g],
      [
        '行位',
        '行为',
        /(?<=违法|违规|执法|不文明|犯罪|经营|市场|消费|规范|个人|不当|失信|侵权|违纪|腐败|危险|诈骗|垄断)行位/g,
      ],
      ['抽减', '抽检', /(?<=监督|食品安全|质量|产品|随机|专项)抽减|抽减(?=合格|不合格|批次|结果)/g],
      ['人据', '人居', /人据(?=环境)/g],
      [
        '机智',
        '机制',
        /(?<=长效|体制|工作|运行|协调|保障|联动|约束|激励|考核|监督|管理|责任|议事|应急|会商|协作|联防联控|常态化)机智(?!灵活|勇敢|果断|地|的)/g,
      ],
      ['保共', '保供', /(?<=稳产|保质|能源|电力|民生|物资)保共|保共(?=稳价)/g],
      [
        '驾使',
        '驾驶',
        /(?<=酒后|醉酒|安全|疲劳|无证|违法|机动车|文明|自动|辅助)驾使|驾使(?=证|员|人|车辆|机动车|室|舱)/g,
      ],
      // two characters that each stand alone, in the frames of the everyday word of public service they slip from
      ['审合', '审核', /审合(?![同理法作格])/g],
      ['投述', '投诉', /投述(?![职说])/g],
      [
        '整该',
        '整改',
        /(?<=限期|责令|落实|督促|立行|及时|全面|彻底|问题|跟踪|推动|整)整该|整该(?=到位|措施|方案|落实|意见|任务)/g,
      ],
      ['落时', '落实', /(?<=抓好|狠抓|全面|认真|切实|贯彻|抓紧|督促|推动|逐项|层层|政策)落时(?!间)/g],
      ['报惊', '报警', /(?<=拨打|及时|立即|马上|迅速|电话|110|119|一键|请)报惊/g],
      ['疏撒', '疏散', /(?<=紧急|人员|安全|有序|组织|及时|迅速)疏撒|疏撒(?=通道|群众|人员|出口|演练|路线)/g],
      ['预按', '预案', /(?<=应急|处置|工作|防汛|完善|制定|启动|修订|演练)预按|预按(?=演练|管理|体系)/g],
      [
        '门珍',
        '门诊',
        /(?<=发热|急诊|医院|专家|普通|特需|夜间|中医|口腔)门珍|门珍(?=部|楼|大厅|就诊|挂号|时间|服务|量)/g,
      ],
      [
        '要品',
        '药品',
        /(?<=购买|销售|正规|假冒|处方|过期|特殊|零售|网售)要品|要品(?=监管|安全|质量|经营|零售|广告|不良反应)/g,
      ],
      ['口照', '口罩', /(?<=佩戴|戴好|戴|医用|一次性|防护|外科)口照/g],
      ['问件', '文件', /(?<=按照|根据|会议|红头|上级|相关|有关)问件/g],
      ['通之', '通知', /(?<=现将有关事项|特此|紧急|事项)通之|通之(?=如下)/g],
      ['物叶', '物业', /物叶(?=服务|公司|管理|企业|费)|(?<=小区|前期)物叶/g],
      ['河到', '河道', /(?<=清理|疏浚|整治|治理|城区|保护)河到|河到(?=综合|治理|整治|管理|保洁|两岸|清淤|采砂)/g],
      ['处伐', '处罚', /处伐(?!木)/g],
      ['判绝', '判决', /判绝(?=书)|(?<=一审|二审|终审|依法|法院|作出|撤销|维持|生效)判绝/g],
      [
        '报明',
        '报名',
        /(?<=现场|网上|线上|自愿|踊跃|统一|进行|开始|截止|组织|接受|积极)报明|报明(?=时间|条件|方式|地点|截止|入口|表|费|参加|人数|工作)/g,
      ],
      ['走方', '走访', /(?<=入户|上门|实地|逐户|调研|深入|开展|定期|走村)走方|走方(?=慰问|调研|活动|群众|企业|排查)/g],
      ['流成', '流程', /(?<=办事|工作|审批|业务|操作|服务|申报|办理|简化|优化|规范)流成/g],
      ['满意渡', '满意度', /满意渡(?!过)/g],
      ['完城', '完成', /(?<=按期|按时|顺利|全面|如期|圆满|提前|已经|已|基本|超额|保质保量)完城/g],
      [
        '举保',
        '举报',
        /(?<=群众|实名|匿名|投诉|受理|接到|欢迎|积极|涉黑涉恶)举保|举保(?=电话|热线|信箱|线索|人|奖励|平台|受理)/g,
      ],
      ['研就', '研究', /(?<=调查|认真|深入|专题|集体|会议|组织|进行|开展|科学)研就|研就(?=部署|决定|解决|制定|讨论)/g],
      ['查出', '查处', /(?<=依法|严肃|严厉|从严|坚决|进行|予以)查出(?=[，。；、！]|$)/g],
      // 侦查 is the criminal procedure's (立案侦查, 侦查终结, 侦查监督); 侦察 is reconnaissance (侦察兵, 火情侦察)
      [
        '侦察',
        '侦查',
        /(?<=立案|刑事|犯罪|公安|经济犯罪|依法|移送|补充)侦察|侦察(?=终结|监督|阶段|机关|羁押|实验|取证|办案|人员依法|期间)/g,
      ],
      // 冰雹 of a weather warning (雷暴大风和冰包, 局地有冰包); 冰包 is an ice pack
      [
        '冰包',
        '冰雹',
        /(?<=(?:大风|雷电|雷暴|短时强降水|强降水|伴有|伴|出现|局地|降|防范|防御)[和、及或]?)冰包|冰包(?=天气|灾害|等强对流|预警)/g,
      ],
      // 部份 is the variant the 异形词 table (GF 1001—2001) does not recommend: 部分 (一部份 is typos-extra's)
      ['部份', '部分', /(?<!一)部份(?!额)/g],
      // function characters picked for their homophones: the word-likelihood rule never suspects 到, 但, 其, 该, 至
      // measure words: 幅 of pictures and cloth, 副 of pairs, sets and faces (一副美丽画卷 → 幅, 一幅眼镜 → 副; 一幅对联
      // is typo.json's)
      [
        '副',
        '幅',
        /(?<=[一两二三四五六七八九十几这那每整]|多)副(?=画|图|卷|山水|作品|字画|标语|油画|国画|壁画|美景|画卷|画面|蓝图|风景|照片|海报|长卷|锦绣|[^，。；]{1,12}(?:画卷|图景|画面|蓝图))/g,
      ],
      [
        '幅',
        '副',
        /(?<=[一两二三四五六七八九十几这那每整]|多)幅(?=眼镜|手套|扑克|笑脸|面孔|担子|重担|嘴脸|架子|模样|表情|球拍|耳机|碗筷|好身体|热心肠|心肠|棺材|口罩|护膝)/g,
      ],
      // 按 for 案 after a kind of case, closing it (破获一起电信诈骗按)
      ['按', '案', /(?<=诈骗|盗窃|抢劫|刑事|杀人|毒品|命|治安|经济犯罪)按(?=[，。；、！？]|件|子|情|由|发生|告破|卷)/g],
      ['知到', '知道', /(?<![通告须认得感周熟预良求探推获未已深])知到(?![位每各户人村家场本全所])/g],
      [
        '一但',
        '一旦',
        /(?<![统唯第同单均专万之不划纯逐合归整初十周其零百千二三四五六七八九期])一但(?=[\u4e00-\u9fff])/g,
      ],
      ['不防', '不妨', /(?<!冷)不防(?=去|到|来|试|先|再|多|一试|看看|关注|了解)/g],
      ['由其', '尤其', /(?<=[，,。；;]|^)由其(?=是(?!否)|要|在|对)/g],
      [
        '因该',
        '应该',
        /因该(?=按照|依照|根据|及时|立即|尽快|主动|积极|加强|提前|认真|遵守|怎么|如何|是|去|要|由|有|多|更|先|向|把|给|让|对|从|严格|合理|充分|注意|引起|得到|承担|负责)(?![^，。；]{0,3}(?:项目|企业|公司|单位|路段|区域|地区|工程|事件|案件))/g,
      ],
      [
        '一至',
        '一致',
        /(?<=达成|保持|取得|完全|高度|意见|口径|步调|基本|前后|言行|协调|看法|认识|思想|行动|目标|结论|标准|结果)一至(?![一二三四五六七八九十0-9０-９])|一至(?=通过|同意|认为|表示|好评|赞同|认可)/g,
      ],
      // 混凝土 (concrete) written as it is often said, 混泥土: never a word
      ['混泥土', '混凝土', /混泥土/g],
      // 堤防 (an embankment) in flood warnings typed as 提防 (to be on guard): 不要在河道、提防上逗留, 提防加固
      [
        '提防',
        '堤防',
        /(?<=河道|江堤|河堤|沿河|加固|巡查|巡护|守护|水库|[、和及])提防(?=上|加固|巡查|巡护|险情|决口|管涌|溃决|工程|除险|安全|[、和及](?:河道|水库|涵闸|堤坝))/g,
      ],
      // 致电 (to call) typed with its homophone 至 (to reach): 欢迎至电12345, 请至电咨询; not 截至电 …, 直至电站
      [
        '至电',
        '致电',
        /(?<=欢迎|敬请|请|您可|可|或|也可|亦可|直接|随时|及时|提前)至电|(?<![截直以乃甚通])至电(?=[0-9０-９]|咨询|询问|反映|联系|了解|预约|热线|本[局院馆部所站委厅中]|我[局院馆部所站委厅中])/g,
      ],
      [
        '公正',
        '公证',
        /公正(?=处(?![理置事分罚])|员|书(?!写)|机构|费)|(?<=办理|申请|继承|遗嘱|委托|婚前|赠与)公正(?=[，。；、）]|$)/g,
      ],
    ] as Array<[string, string, RegExp]>
  ).map(([gate, right, pattern]): Confusion => ({ rule: 'ciyu', gate: [gate], pattern, fix: () => right })),

  // 人 for its look-alike 入 after a verb that takes 入 (纳人, 列人, 研发投人, 深人, 融人, 输人, 切人点, 可支配收人); not
  // where 人 starts a word (吸纳人才, 投人民币, 资深人士) or the verb ends another word (记录人, 中介人, 搬迁人, 关注人)
  {
    rule: 'ruren',
    gate: [
      '纳人',
      '列人',
      '投人',
      '深人',
      '融人',
      '输人',
      '注人',
      '介人',
      '植人',
      '嵌人',
      '录人',
      '汇人',
      '涌人',
      '侵人',
      '混人',
      '迁人',
      '编人',
      '并人',
      '存人',
      '收人',
      '切人',
    ],
    pattern:
      /(?<![缴采吸容接归关专灌中媒简记收登摘抄笔搬拆])(?:纳|列|投|深|融|输|注|介|植|嵌|录|汇|涌|侵|混|迁|编|并|存)人(?![员民才口群数力们士家工类生事格性物间均次身心体情脸的手])|(?<=可支配|财政|人均|居民|家庭|经营性|工资性|农民|总)收人|切人(?=点)/g,
    fix: (w) => w.replace('人', '入'),
  },

  // Look-alikes of very common characters, each in the words that take the right one (the word-likelihood rule
  // weighs 干 against 于 too weakly: both are frequent words alone). 关干, 位干, 由干 → 于 after a word's first
  // character that is no adjective's adverb (not 大干, 多干, 容易干痒, 在干什么, 处干旱: 干 starting a word);
  // 战土, 护土, 博土 → 士; 士地, 士壤, 领士 → 土; 各级千部, 千净 → 干 (not 三千部); 一干余万元 → 千. Each swap is
  // caught in 97–100 % of its corpus occurrences, with 0 hits on 1.4 M clean characters (measure-confusions.ts).
  {
    rule: 'xingjin',
    gate: ['干'],
    pattern:
      /(?:关|位|由|对|属|善|鉴|终|源|归|基|致力|着眼|立足|取决|来源|得益|相当)干(?![部净旱事预线扰警群劲燥涉杯货粮渠活吗嘛啥什呢了的吧脆果湿冰草戈支痒裂涩瘪枯硬透咳呕眼粉洗])/g,
    fix: (w) => `${w.slice(0, -1)}于`,
  },
  {
    rule: 'xingjin',
    gate: ['干'],
    pattern: /(?<=[一二三两四五六七八九])干(?=余|多[万元人名户亩]|万|元|米|克|亩|台|件|平方|公里|吨)/g,
    fix: () => '千',
  },
  {
    rule: 'xingjin',
    gate: ['千'],
    pattern:
      /(?<![一二三两四五六七八九十百几数若上成万亿0-9０-９])千(?=部(?!分|门|队|手机|作品|电影)|净|旱|预|扰|警|群众|劲)/g,
    fix: () => '干',
  },
  {
    rule: 'xingjin',
    gate: ['土'],
    pattern: /(?:战|护|博|硕|院|烈|骑|卫|勇|壮|志|学|谋|将)土(?![地壤方特豆石木建产著生层墙堆坡路肥质鸡菜])/g,
    fix: (w) => `${w.slice(0, -1)}士`,
  },
  {
    rule: 'xingjin',
    gate: ['士'],
    pattern: /(?<![人女博硕院烈护卫志勇壮将骑战学进谋道绅名隐力斗义])士(?:地(?!位)|壤)|(?:领|泥|尘)士/g,
    fix: (w) => w.replace('士', '土'),
  },

  // 起用 a seal, a system, a building → 启用 (从今年起用两年时间 is 起 + 用: only after an adverb of starting)
  {
    rule: 'qiyong',
    gate: ['起用'],
    pattern:
      /(?<=正式|全面|统一|同步|首次|陆续|即将|停止|暂停|重新|已|将)起用(?=(?:新的?|了)?(?:印章|公章|专用章|系统|平台|号段|办公楼|场馆|设备|域名|标识|网站|电子证照))/g,
    fix: () => '启用',
  },
  // 启用 cadres → 起用 (启用干部档案系统 is a system)
  {
    rule: 'qiyong',
    gate: ['启用'],
    pattern: /启用(?=(?:了)?(?:一批)?(?:年轻|优秀|年轻优秀|优秀年轻)?干部(?!档案|信息|管理|人事|系统|库))/g,
    fix: () => '起用',
  },

  // 渡过 a holiday, a time of life → 度过 (渡过难关, 渡过长江 are right); 欢渡 → 欢度; 共渡 a festival → 共度
  {
    rule: 'duguo',
    gate: ['渡过', '欢渡', '共渡'],
    pattern:
      /渡(?=过了?(?:一个|一段|这段|那段|这个|那个)?(?:[\u4e00-\u9fff]{1,4}的)?(?:假期|春节|节日|佳节|周末|童年|晚年|时光|一生|余生|暑假|寒假|假日|新年|元旦|国庆|中秋|端午|元宵)(?![\u4e00-\u9fff]{0,2}(?:关|河|江|海)))|(?<=欢)渡(?![口河江海船轮])(?=[\u4e00-\u9fff])|(?<=共)渡(?=(?:佳节|春节|节日|时光|良宵|新春|中秋|国庆|元宵|端午|周末|假期|晚年|一生|余生))/g,
    fix: () => '度',
  },
  // and the other way: 度过难关, 度过危机 → 渡过 (a difficulty is crossed, like a river)
  { rule: 'duguo', gate: ['度过'], pattern: /度(?=过了?(?:难关|危机|险关|困境|险滩))/g, fix: () => '渡' },

  // 登陆 a website, a platform, an account → 登录, right before it or after a name ending in 网站/平台/APP… that closes
  // the clause or precedes an online action (登陆“粤省事”小程序办理); 台风登陆, 登陆作战 are landings; 登陆网站 is in typo-extra
  {
    rule: 'denglu',
    gate: ['登陆'],
    pattern:
      /登陆(?=(?:官网|平台|系统|账号|帐号|账户|帐户|邮箱|小程序|客户端|网页|网址|公众号|个人中心|APP|App|app|后台|页面)|[“《"]?[\u4e00-\u9fffA-Za-z0-9]{1,12}?[”》"]?(?:网站|官网|政务网|服务网|平台|系统|APP|App|app|小程序|客户端|公众号)(?=[，。、；：！？,.;:!?（(）)\s]|$|进行|办理|查询|填写|申请|注册|下载|预约|报名|提交|缴纳|参与|即可|就可|可|在线|后|或|及|并))/g,
    fix: () => '登录',
  },

  // 严禁向河中仍垃圾, 乱仍烟头 → 扔: 仍 as a verb of throwing, after a ban, 乱/随手 or a 向…中 frame (河道两岸仍垃圾成堆 is
  // 仍然 + 垃圾: nothing of these before it)
  {
    rule: 'reng',
    gate: ['仍'],
    pattern:
      /(?:(?<=乱|随意|随地|随手|随便|严禁|禁止|不要|不得|请勿|切勿|不准)|(?<=(?:向|往|朝)[^，。；！？]{1,6}?(?:中|里|内|上|边)))仍(?=(?:掉)?(?:垃圾|杂物|废弃物|烟头|果皮|纸屑|塑料袋|瓶子|饮料瓶|东西))/g,
    fix: () => '扔',
  },
  // 第二十界中央委员会 → 届: an ordinal before a body, a session or an event (第三世界 has 世 between); without 第
  // only before a plenum or a body of the Party or the state (党的二十界三中全会)
  {
    rule: 'jie',
    gate: ['界'],
    pattern:
      /界(?<=第[一二三四五六七八九十百零〇两0-9０-９]{1,5}界)(?=中央|全国|人民|人大|政协|党|代表|委员|理事|董事|村|居委|运动会|亚运|奥运|全运|博览会|进博会|论坛|峰会|大会|全会|会议|常委|纪委|毕业|学生|校友|中国|国际|亚洲|世界|[省市县区])|界(?<=(?:党的|第)?[一二三四五六七八九十]{2,3}界)(?=[一二三四五六七八九十]中全会|中央委员会|中央纪委|全国人民代表大会|全国人大|全国委员会|全国政协)/g,
    fix: () => '届',
    // a session of the Party's or the state's bodies (第二十界中央委员会, 第十四界全国人民代表大会) is a core formulation
    raise: (after) =>
      /^(?:中央委员会|中央纪律检查委员会|中央纪委|全国人民代表大会|全国人大|全国委员会|全国政协|三中全会|[一二三四五六七八九十]中全会)/.test(
        after,
      )
        ? 'block'
        : undefined,
  },
];

const RULE_IDS = new Map(CONFUSION_RULES.map((r) => [r.id.slice('typo.context-'.length), r.id]));
/**
 * Trigger characters from the most to the least frequent in official prose (test/eval/corpus); a trigger is keyed on
 * its rarest character (one not listed is rarer still).
 */
const BY_FREQUENCY =
  '的务作实地要有全一定用动持对力重应经以在方为主能不出自三好于位得坚意稳可日是积到做极需色就计心认次来扣再正真切移已带抓免';
const rank = (ch: string) => {
  const at = BY_FREQUENCY.indexOf(ch);
  return at < 0 ? BY_FREQUENCY.length : at;
};
/**
 * Per character, a bit for each pattern whose trigger is keyed on it: one pass over a paragraph tells which patterns
 * can match at all, so a paragraph pays one table lookup per character and no substring search for absent patterns.
 */
const KEY_BITS = new Uint32Array(0x10000);
/** Per pattern, the key character of each of its gate substrings (in gate order). */
const GATE_KEYS = CONFUSIONS.map((c, i) =>
  c.gate.map((g) => {
    const key = [...g].reduce((a, b) => (rank(b) > rank(a) ? b : a)).charCodeAt(0);
    KEY_BITS[key]! |= 1 << i;
    return key;
  }),
);
/**
 * `seenIn[c] === pass` when key character c occurs in the paragraph of the current pass: a gate substring whose key
 * character is absent cannot occur, so it is not searched for (the 地 pattern has dozens of gates).
 */
const seenIn = new Uint32Array(0x10000);
let pass = 0;

function candidates(t: string): number {
  if (++pass === 0xffffffff) {
    seenIn.fill(0);
    pass = 1;
  }
  let bits = 0;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    const b = KEY_BITS[c]!;
    if (b === 0) continue;
    bits |= b;
    seenIn[c] = pass;
  }
  return bits;
}

/** Whether one of the pattern's gate substrings occurs in t (after candidates(t) in this pass). */
function gateOpen(k: number, t: string): boolean {
  const gate = CONFUSIONS[k]!.gate;
  const keys = GATE_KEYS[k]!;
  for (let g = 0; g < gate.length; g++) if (seenIn[keys[g]!] === pass && t.includes(gate[g]!)) return true;
  return false;
}

export interface ConfusionHit {
  ruleId: string;
  start: number;
  end: number;
  suggestion: string;
  severity?: 'block';
}

/** Every confusion in one paragraph (for the rule and the measurement script). */
export function findConfusions(t: string, limit = MAX_PER_PARAGRAPH): ConfusionHit[] {
  const out: ConfusionHit[] = [];
  const bits = candidates(t);
  if (bits === 0) return out;
  // a pattern whose key character occurs runs only when one of its trigger substrings occurs too
  for (let i = 0; i < CONFUSIONS.length; i++) {
    const c = CONFUSIONS[i]!;
    if ((bits & (1 << i)) === 0 || !gateOpen(i, t)) continue;
    for (const m of matchesOf(c.pattern, t)) {
      if (out.length >= limit) return out;
      const ruleId = RULE_IDS.get(c.rule) as string;
      const end = m.index + m[0].length;
      const severity = c.raise?.(t.slice(end, end + 12));
      out.push({ ruleId, start: m.index, end, suggestion: c.fix(m[0]), ...(severity ? { severity } : {}) });
    }
  }
  return out;
}

export function createConfusionRule(): ParagraphRule {
  return {
    kind: 'paragraph',
    rules: CONFUSION_RULES,
    check(p, sink) {
      for (const h of findConfusions(p.text)) {
        sink.report({
          ruleId: h.ruleId,
          start: h.start,
          end: h.end,
          suggestions: [h.suggestion],
          ...(h.severity ? { severity: h.severity } : {}),
        });
      }
    },
  };
}

/** For tests and measurement: the pattern table's size per rule. */
export const CONFUSION_PATTERNS = CONFUSIONS.map((c) => ({ rule: c.rule, source: c.pattern.source }));
