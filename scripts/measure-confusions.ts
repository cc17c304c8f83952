/**
 * Measures the context-confusion rule (lib/rules/confusions.ts): false alarms on clean prose and recall on slips
 * made by swapping the character in correct sentences.
 *
 *   npx tsx scripts/measure-confusions.ts [--verbose]
 *
 * Clean sources: (a) test/eval/corpus (gov.cn texts), (b) the government work-report corpus in
 * node_modules/.cache/gwrcorpus (measurement only, never committed; skipped when absent), (c) the clean cases of
 * every eval set (held-out sets: counts only, never text). Printed: hits per pattern group per 10,000 characters.
 *
 * Recall: (1) "own": the sentences in RECALL below (written for this script, correct form), each swapped to the
 * wrong form; found = a hit of the right rule at the swapped character; (2) "corpus swaps": every occurrence of the
 * right form of a confusion in the gov.cn and work-report prose is swapped, one at a time, and the hits of the
 * rule counted (how many real contexts the patterns cover; no denominator of "right context" exists). Exit code 1
 * when a clean source has a hit of a warn rule (info rules are printed too).
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { CONFUSION_RULES, findConfusions } from '../lib/rules/confusions';
import { walkFiles } from './walk-files';

const root = process.cwd();
const verbose = process.argv.includes('--verbose');
/** Held-out cases (every `holdout` half and all of generalise-b), whatever sets are added: counts only. */
const isHeldOut = (rel: string) => rel.startsWith('generalise-b/') || /(^|\/)holdout\//.test(rel);

const txt = (dir: string) =>
  walkFiles(dir)
    .filter((p) => p.endsWith('.txt'))
    .map((p) => readFileSync(p, 'utf8'));
const corpus = txt(join(root, 'test', 'eval', 'corpus'));
const gwr = txt(join(root, 'node_modules', '.cache', 'gwrcorpus'));
const open: string[] = [];
const held: string[] = [];
const evalDir = join(root, 'test', 'eval');
for (const p of walkFiles(evalDir)) {
  const rel = relative(evalDir, p);
  if (!/(^|\/)cases\/clean-[^/]*\.json$/.test(rel)) continue;
  const c = JSON.parse(readFileSync(p, 'utf8')) as { draft?: { title?: string; body?: string } };
  const text = [c.draft?.title, c.draft?.body].filter(Boolean).join('\n');
  (isHeldOut(rel) ? held : open).push(text);
}

const ids = CONFUSION_RULES.map((r) => r.id);
const WARN = new Set(CONFUSION_RULES.filter((r) => r.severity === 'warn').map((r) => r.id));
let failed = false;
console.log('## False alarms on clean prose (hits; per 10,000 characters)\n');
console.log(`| source | chars | ${ids.map((i) => i.replace('typo.context-', '')).join(' | ')} | all | per 10k |`);
console.log(`|---|---|${ids.map(() => '---|').join('')}---|---|`);
for (const [name, texts, isHeld] of [
  ['gov.cn corpus', corpus, false],
  ['work-report corpus', gwr, false],
  ['clean cases (open sets)', open, false],
  ['clean cases (held-out, counts only)', held, true],
] as const) {
  if (!texts.length) continue;
  const count = new Map<string, number>();
  let chars = 0;
  for (const t of texts) {
    chars += t.length;
    for (const para of t.split(/\n+/)) {
      for (const h of findConfusions(para, 1000)) {
        count.set(h.ruleId, (count.get(h.ruleId) ?? 0) + 1);
        if (WARN.has(h.ruleId)) failed = true;
        if (verbose && !isHeld)
          console.log(`  ${h.ruleId}: …${para.slice(Math.max(0, h.start - 15), h.end + 15)}… → ${h.suggestion}`);
      }
    }
  }
  const all = [...count.values()].reduce((a, b) => a + b, 0);
  console.log(
    `| ${name} | ${chars} | ${ids.map((i) => count.get(i) ?? 0).join(' | ')} | ${all} | ${((all * 1e4) / chars).toFixed(3)} |`,
  );
}

/** Correct sentences written for this measurement: [rule, sentence, right form, wrong form]. */
const RECALL: Array<[string, string, string, string]> = [
  ['zai', '在日常工作中，我们始终坚持问题导向。', '在', '再'],
  ['zai', '在党委的坚强领导下，各项任务顺利完成。', '在', '再'],
  ['zai', '在疫情防控期间，志愿者坚守一线。', '在', '再'],
  ['zai', '在此基础上，我们将进一步完善制度。', '在', '再'],
  ['zai', '会上，他再次强调了安全生产的重要性。', '再', '在'],
  ['zai', '我们再三提醒广大市民注意防范。', '再', '在'],
  ['zai', '在此感谢各位志愿者的辛勤付出。', '在', '再'],
  ['zai', '相关部门正在推进整改工作。', '在', '再'],
  ['zai', '在推进乡村振兴的过程中，要尊重农民意愿。', '在', '再'],
  ['zai', '我们再一次向社会各界表示感谢。', '再', '在'],
  ['de', '党员干部要牢牢地把握正确方向。', '地', '的'],
  ['de', '社区工作者默默地奉献在基层一线。', '地', '的'],
  ['de', '各级干部要扎扎实实地做好每一项工作。', '地', '的'],
  ['de', '我们要紧紧地围绕中心任务开展工作。', '地', '的'],
  ['de', '他们认认真真地落实每一项要求。', '地', '的'],
  ['de', '要坚定不移地推进全面从严治党。', '地', '的'],
  ['de-complement', '这件事大家办得好。', '得', '的'],
  ['de-complement', '你说得对，我们马上整改。', '得', '的'],
  ['yi', '该项目已经完成主体施工。', '已', '以'],
  ['yi', '今年以来，全市新增就业2万人。', '以', '已'],
  ['yi', '请尽快提交材料，以便及时审核。', '以', '已'],
  ['yi', '请妥善保管证件，以免造成损失。', '以', '已'],
  ['yi', '该工程已于3月5日正式开工。', '已', '以'],
  ['yi', '这种做法早已成为群众的习惯。', '已', '以'],
  ['yi', '实施以来，累计受理申请500余件。', '以', '已'],
  ['xu', '申请人必须按时提交申请材料。', '须', '需'],
  ['xu', '进入工地必须佩戴安全帽。', '须', '需'],
  ['xu', '各单位务须高度重视。', '须', '需'],
  ['xu', '办理业务必须携带本人身份证。', '须', '需'],
  ['ji', '既要抓好发展，又要守住安全底线。', '既', '即'],
  ['ji', '即使遇到困难，也不能放松要求。', '即', '既'],
  ['ji', '新馆即将对外开放。', '即', '既'],
  ['ji', '本通知自即日起执行。', '即', '既'],
  ['ji', '既有政策支持，又有资金保障。', '既', '即'],
  ['xiang', '他好像已经离开了会场。', '像', '象'],
  ['xiang', '就像春风一样温暖人心。', '像', '象'],
  ['dai', '进入现场请正确佩戴口罩。', '戴', '带'],
  ['dai', '骑行电动车必须佩戴头盔。', '戴', '带'],
  ['fanying', '群众反映的问题已全部办结。', '映', '应'],
  ['fanying', '欢迎广大市民反映诉求。', '映', '应'],
  ['fanying', '对居民反映集中的停车难问题，已制定整改方案。', '映', '应'],
  ['ji3', '我们自己的事情要自己办好。', '己', '已'],
  ['ji3', '他们自己动手美化了院落。', '己', '已'],
  ['ji3', '这项工作已经取得明显成效。', '已', '己'],
  ['ji3', '这一问题早已得到解决。', '已', '己'],
  ['zuo', '作为基层干部，要把群众放在心上。', '作', '做'],
  ['zuo', '充分发挥党组织的战斗堡垒作用。', '作', '做'],
  ['quanli', '公民依法享有权利和义务。', '权利', '权力'],
  ['quanli', '消费者的合法权利受法律保护。', '权利', '权力'],
  ['shangsu', '宣判后，被告人表示不上诉。', '诉', '述'],
  ['shangsu', '被告人不服一审判决，依法提起上诉。', '诉', '述'],
  ['jiancha', '征兵工作流程包括体格检查、政治考核。', '查', '察'],
  ['jiancha', '每年组织一次健康检查。', '查', '察'],
  ['ruren', '将符合条件的困难群众纳入低保范围。', '入', '人'],
  ['xingjin', '关于进一步加强安全生产工作的通知', '于', '干'],
  ['xingjin', '该项目位于城区东部。', '于', '干'],
  ['xingjin', '向消防战士致敬。', '士', '土'],
  ['xingjin', '全面开展土地确权工作。', '土', '士'],
  ['xingjin', '各级干部要带头落实。', '干', '千'],
  ['xingjin', '本次共发放补贴一千余万元。', '千', '干'],
  ['ruren', '今年全市研发投入增长12%。', '入', '人'],
  ['ruren', '推动文化和旅游深度融入乡村振兴。', '入', '人'],
  ['ruren', '城镇居民人均可支配收入稳步增长。', '入', '人'],
  ['ruren', '以群众关切为切入点。', '入', '人'],
  ['ciyu', '经调查核实，现将办理情况回复如下。', '回复', '恢复'],
  ['ciyu', '区政府召开常务会议研究部署防汛工作。', '会议', '会意'],
  ['ciyu', '车站设有失物招领处。', '失物', '失误'],
  ['ciyu', '检察机关对污染环境的企业提起公益诉讼。', '公益', '公议'],
  ['ciyu', '依法维护劳动者合法权益。', '权益', '权宜'],
  ['ciyu', '该规划草案现向社会公开征求意见。', '意见', '异见'],
  ['ciyu', '请各乡镇结合实际制定实施方案。', '实施', '实时'],
  ['ciyu', '认真传达学习全会精神。', '精神', '精深'],
  ['ciyu', '今年完成老旧小区改造15个。', '小区', '小曲'],
  ['ciyu', '暑期要加强防溺水安全教育。', '溺水', '弱水'],
  ['ciyu', '区司法局组织社区矫正对象开展集中教育。', '矫正', '校正'],
  ['ciyu', '经过耐心调解，双方当场签订和解协议。', '调解', '调节'],
  ['ciyu', '农技人员深入田间监测墒情。', '墒情', '商情'],
  ['ciyu', '电动自行车严禁飞线充电。', '充电', '冲电'],
  ['ciyu', '对进口农产品实行检验检疫绿色通道。', '检疫', '检役'],
  ['ciyu', '办理继承可先到公证处办理继承公证。', '公证', '公正'],
  ['quanli', '人民代表大会是国家权力机关。', '权力', '权利'],
  ['quanli', '规范公权力的运行。', '权力', '权利'],
  ['qiyong', '本单位将于下月正式启用新公章。', '启用', '起用'],
  ['qiyong', '要大胆起用年轻干部。', '起用', '启用'],
  ['duguo', '孩子们度过了一个愉快的暑假。', '度', '渡'],
  ['duguo', '全市人民欢度国庆佳节。', '度', '渡'],
  ['duguo', '与家人共度佳节。', '度', '渡'],
  ['denglu', '请登录平台填报相关信息。', '登录', '登陆'],
  ['denglu', '市民可登录官网查询办理进度。', '登录', '登陆'],
  ['denglu', '考生可登录省教育考试院网站查询成绩。', '登录', '登陆'],
];

console.log('\n## Recall on own sentences (correct sentence, character swapped)\n');
const per = new Map<string, [number, number]>();
for (const [rule, s, right, wrong] of RECALL) {
  const at = s.indexOf(right);
  const swapped = s.slice(0, at) + wrong + s.slice(at + right.length);
  const found = findConfusions(swapped, 1000).some(
    (h) => h.ruleId === `typo.context-${rule}` && h.start <= at && h.end > at,
  );
  const [f, n] = per.get(rule) ?? [0, 0];
  per.set(rule, [f + (found ? 1 : 0), n + 1]);
  if (verbose && !found) console.log(`  missed (${rule}): ${swapped}`);
}
console.log('| rule | found/sentences |\n|---|---|');
let tf = 0;
let tn = 0;
for (const [rule, [f, n]] of per) {
  console.log(`| typo.context-${rule} | ${f}/${n} |`);
  tf += f;
  tn += n;
}
console.log(`| all | ${tf}/${tn} |`);

/** [rule, right form, wrong form]: the character swaps the rules look for. */
const SWAPS: Array<[string, string, string]> = [
  ['zai', '在', '再'],
  ['zai', '再', '在'],
  ['de', '地', '的'],
  ['de-complement', '得', '的'],
  ['yi', '已', '以'],
  ['yi', '以', '已'],
  ['xu', '须', '需'],
  ['ji', '既', '即'],
  ['ji', '即', '既'],
  ['xiang', '像', '象'],
  ['dai', '戴', '带'],
  ['fanying', '反映', '反应'],
  ['ji3', '己', '已'],
  ['ji3', '已', '己'],
  ['zuo', '作', '做'],
  ['quanli', '权利', '权力'],
  ['quanli', '权力', '权利'],
  ['shangsu', '上诉', '上述'],
  ['jiancha', '检查', '检察'],
  ['ruren', '纳入', '纳人'],
  ['xingjin', '关于', '关干'],
  ['ciyu', '知道', '知到'],
  ['ciyu', '报名', '报明'],
  ['ciyu', '走访', '走方'],
  ['ciyu', '流程', '流成'],
  ['ciyu', '满意度', '满意渡'],
  ['ciyu', '完成', '完城'],
  ['ciyu', '举报', '举保'],
  ['ciyu', '研究', '研就'],
  ['ciyu', '查处', '查出'],
  ['ciyu', '审核', '审合'],
  ['ciyu', '投诉', '投述'],
  ['ciyu', '整改', '整该'],
  ['ciyu', '落实', '落时'],
  ['ciyu', '报警', '报惊'],
  ['ciyu', '疏散', '疏撒'],
  ['ciyu', '预案', '预按'],
  ['ciyu', '门诊', '门珍'],
  ['ciyu', '药品', '要品'],
  ['ciyu', '口罩', '口照'],
  ['ciyu', '文件', '问件'],
  ['ciyu', '通知', '通之'],
  ['ciyu', '物业', '物叶'],
  ['ciyu', '河道', '河到'],
  ['ciyu', '处罚', '处伐'],
  ['ciyu', '判决', '判绝'],
  ['ciyu', '短板', '短版'],
  ['ciyu', '办公室', '办公市'],
  ['ciyu', '行为', '行位'],
  ['ciyu', '抽检', '抽减'],
  ['ciyu', '人居', '人据'],
  ['ciyu', '机制', '机智'],
  ['ciyu', '保供', '保共'],
  ['ciyu', '驾驶', '驾使'],
  ['ciyu', '配合', '配和'],
  ['ciyu', '准备', '准被'],
  ['ciyu', '氛围', '氛为'],
  ['ciyu', '领导', '领道'],
  ['ciyu', '导向', '导象'],
  ['ciyu', '整治', '整制'],
  ['ciyu', '日益', '日宜'],
  ['ciyu', '水平', '水品'],
  ['ciyu', '健康', '建康'],
  ['ciyu', '一幅', '一副'],
  ['ciyu', '一副', '一幅'],
  ['ciyu', '诈骗案', '诈骗按'],
  ['ciyu', '一旦', '一但'],
  ['ciyu', '尤其', '由其'],
  ['ciyu', '应该', '因该'],
  ['ciyu', '一致', '一至'],
  ['xingjin', '位于', '位干'],
  ['xingjin', '由于', '由干'],
  ['xingjin', '对于', '对干'],
  ['xingjin', '战士', '战土'],
  ['xingjin', '土地', '士地'],
  ['xingjin', '干部', '千部'],
  ['ruren', '列入', '列人'],
  ['ruren', '投入', '投人'],
  ['ruren', '深入', '深人'],
  ['ruren', '融入', '融人'],
  ['ruren', '收入', '收人'],
  ['qiyong', '启用', '起用'],
  ['qiyong', '起用', '启用'],
  ['duguo', '度过', '渡过'],
  ['duguo', '欢度', '欢渡'],
  ['denglu', '登录', '登陆'],
];
console.log('\n## Corpus swaps (gov.cn + work-report prose: each right form swapped once, hits of the rule)\n');
console.log('| rule | swap | occurrences | caught | caught % |\n|---|---|---|---|---|');
const paras = [...corpus, ...gwr].flatMap((t) => t.split(/\n+/));
for (const [rule, right, wrong] of SWAPS) {
  let occ = 0;
  let caught = 0;
  for (const p of paras) {
    for (let i = p.indexOf(right); i >= 0; i = p.indexOf(right, i + 1)) {
      occ++;
      const s = p.slice(0, i) + wrong + p.slice(i + right.length);
      // a hit overlapping the swapped word (关干: the rule may span only 干)
      if (
        findConfusions(s, 1000).some(
          (h) => h.ruleId === `typo.context-${rule}` && h.start < i + wrong.length && h.end > i,
        )
      )
        caught++;
    }
  }
  console.log(
    `| typo.context-${rule} | ${right}→${wrong} | ${occ} | ${caught} | ${((caught * 100) / occ).toFixed(2)} |`,
  );
}
process.exitCode = failed ? 1 : 0;
