import type { ParagraphRule, ParagraphSink, RuleMeta } from '../engine/rule';
import type { Paragraph } from '../engine/text/paragraph';
import { cnNumber } from './cn-numerals';
import { CITIZEN_MESSAGE, MAX_PER_PARAGRAPH, matchesOf, sentenceFrom, sentenceTo } from './util-text';

/**
 * Formulations that were current when written and are out of date now (过时表述), judged against "today": a task to
 * 学习贯彻党的十九大精神 after the 20th Congress met, 推进“十四五”规划 after 2025, 决胜全面建成小康社会 after 2021-07-01,
 * the “四个全面” layout led by 全面建成小康社会 after 2020-10-29, 坚决打赢疫情防控阻击战 after 2023-01-08, 加强新冠肺炎疫情防控
 * after 2022-12-26 (renamed 新型冠状病毒感染).
 * Only forward-looking wording counts (学习贯彻, 推进, 决胜, 坚决打赢); a retrospective (“十四五”规划圆满收官, 党的十九大
 * 以来) is history, not a task. Which congress, Central Committee or plan is current is computed from the table below,
 * so every earlier one is caught, not a list of strings.
 */
export const OUTDATED_RULES: RuleMeta[] = [
  {
    id: 'timeliness.outdated-formulation',
    category: 'timeliness',
    severity: 'warn',
    title: '过时表述',
    message: '“{text}”是过时的表述，请核实并改用现行提法。',
    source:
      '国办发〔2018〕123号（严把时效关）；全国扫黑除恶专项斗争总结表彰大会（2021-03-29，此后称常态化扫黑除恶斗争）；纪念日：国庆（1949-10-01）、建党（1921-07-01）、建军（1927-08-01）、改革开放（十一届三中全会 1978-12-18）、抗战胜利纪念日（9月3日）、香港回归（1997-07-01）、澳门回归（1999-12-20）、五四运动（1919-05-04）；习近平在庆祝中国共产党成立95周年大会上的讲话（2016-07-01，四个自信）；党的十八大报告（2012-11-08，五位一体总体布局）；党的全国代表大会召开日期据新华社报道（十八大 2012-11-08，十九大 2017-10-18，二十大 2022-10-16）；国民经济和社会发展五年规划期（“十三五”2016—2020，“十四五”2021—2025，“十五五”2026—2030）；习近平在庆祝中国共产党成立100周年大会上的讲话（2021-07-01，全面建成小康社会）；全国脱贫攻坚总结表彰大会（2021-02-25）；党的十九届五中全会公报（2020-10-29，“四个全面”战略布局的第一项改为全面建设社会主义现代化国家）；国务院联防联控机制《关于对新型冠状病毒感染实施“乙类乙管”的总体方案》（2022-12-26，2023-01-08起实施）；国家卫生健康委员会公告2022年第7号（2022-12-26，新型冠状病毒肺炎更名为新型冠状病毒感染）',
  },
  {
    id: 'formulation.defunct-office',
    category: 'formulation',
    severity: 'warn',
    title: '已撤销的机构名称',
    message: '{text}已在2018年机构改革中撤销或更名，请使用现行机构名称。',
    source:
      '中共中央《深化党和国家机构改革方案》（2018-03-21）及各地机构改革方案（2019年上半年完成）：组建市场监督管理局（原工商、质监、食药监）、自然资源局（原国土资源局）、生态环境局（原环保局）、卫生健康委员会（原卫生计生委）、应急管理局（原安监局）、价格职能并入发展改革部门（原物价局）',
    note: '“原工商局”“曾任县环保局局长”等指明历史的写法、写明2018年及以前年份的句子不提示；群众留言中的说法不提示。',
  },
];

const CN = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
/** 16 → 十六, 20 → 二十 (10–39). */
const cn = (n: number) => `${n >= 20 ? CN[Math.floor(n / 10)] : ''}十${CN[n % 10]}`;
const fromCn = (s: string) => {
  const i = s.indexOf('十');
  const tens = i === 0 ? 1 : CN.indexOf(s[0]!);
  return tens * 10 + (i === s.length - 1 ? 0 : CN.indexOf(s[s.length - 1]!));
};

/** The opening day of each National Congress: it elects the Central Committee of the same number. */
const CONGRESSES: Array<[number, string]> = [
  [16, '2002-11-08'],
  [17, '2007-10-15'],
  [18, '2012-11-08'],
  [19, '2017-10-18'],
  [20, '2022-10-16'],
];
/** Five-year plans by number: the last year they cover. */
const PLAN_END: Record<number, number> = { 11: 2010, 12: 2015, 13: 2020, 14: 2025, 15: 2030 };

const LEARN = '(?:学习|贯彻|落实|宣传|宣讲|领会|践行)[^。；！？，、\\n]{0,8}?';
const SHAPES = new RegExp(
  [
    `${LEARN}(?:党的)?(十[六七八九]|二十)大精神`,
    `${LEARN}(十[六七八九]|二十)届[一二三四五六七八九]中全会精神`,
    `(?:推进|实施|落实|执行|推动|抓好)[^。；！？，\\n]{0,8}?[“"]?(十[一二三四五])五[”"]?规划(?!(?:圆满)?(?:收官|完成|实施情况|期间|时期|以来))`,
    '决胜全面建成小康社会',
    '(?:坚决|确保|全力|奋力|决战决胜)打赢脱贫攻坚战',
    // 四个自信 since 2016-07-01 (文化自信 added), 五位一体 since the 18th Congress
    '(?:坚定|增强|树立|坚持)[“"]?三个自信[”"]?',
    '(?:统筹推进|推进|坚持|落实)[“"]?四位一体[”"]?总体布局',
    // the “四个全面” layout before 2020-10-29 (十九届五中全会: 全面建设社会主义现代化国家 took the first place)
    '全面建成小康社会、全面深化改革、全面依法治国、全面从严治党',
    // a battle against COVID-19 as today's task after 2023-01-08 (乙类乙管)
    '(?:坚决|全力|奋力|确保|努力)打赢[^。；！？，、\\n]{0,8}?疫情防控(?:阻击战|人民战争|总体战)',
    // 新冠肺炎 as the name of today's task after 2022-12-26 (renamed 新型冠状病毒感染; 乙类乙管 from 2023-01-08)
    '(?:加强|做好|抓好|落实|严格|继续|持续|常态化)[^。；！？，、\\n]{0,6}?(?:新冠肺炎|新型冠状病毒肺炎)(?:疫情)?防控',
  ].join('|'),
  'g',
);

/** Earlier in the paragraph: the text looks back (回顾, 过去五年, 以来, 一年来, 时任 …). */
const RETROSPECTIVE = /回顾|过去|以来|年来|这些年|当年|那时|当时|时任|曾经|期间|历史/;

/** Whether `text` names a year before `year` (2020年，…). */
function namesYearBefore(text: string, year: number): boolean {
  for (const y of text.matchAll(/((?:19|20)\d\d)年/g)) if (Number(y[1]) < year) return true;
  return false;
}
/** A year before `year` written earlier in the sentence that ends at `at` (2020年，…). */
const pastYearBefore = (t: string, at: number, year: number): boolean =>
  namesYearBefore(t.slice(sentenceFrom(t, at), at), year);

function currentCongress(today: string): number {
  let n = CONGRESSES[0]![0];
  for (const [k, d] of CONGRESSES) if (d <= today) n = k;
  return n;
}

/**
 * Offices abolished or renamed in the 2018 reform (local reforms were done by mid-2019), named as if current: 到县工商局
 * 办理 (市场监督管理局), 请向环保局反映 (生态环境局). Not after 原, 前, 老, 旧 (原工商局), nor in a sentence that looks
 * back (曾任, 时任, 前身, 更名, 撤销, 组建, 合并, 当年 …, or a year up to 2018), nor in a citizen's message.
 */
const DEFUNCT_OFFICE =
  /(?<![原前老旧])(?:工商行政管理局|工商局|质量技术监督局|质监局|食品药品监督管理局|食药监局|国土资源局|国土资源厅|环境保护局|环保局|卫生和计划生育委员会|卫生计生委|卫计委|安全生产监督管理局|安监局|物价局)(?![旧遗原])/g;
const DEFUNCT_SINCE = '2019-06-01';
const DEFUNCT_FIX: Record<string, string> = {
  工商: '市场监督管理局',
  质量技术监督局: '市场监督管理局',
  质监局: '市场监督管理局',
  食品药品监督管理局: '市场监督管理局',
  食药监局: '市场监督管理局',
  国土资源局: '自然资源局',
  国土资源厅: '自然资源厅',
  环境保护局: '生态环境局',
  环保局: '生态环境局',
  卫生和计划生育委员会: '卫生健康委员会',
  卫生计生委: '卫生健康委员会',
  卫计委: '卫生健康委员会',
  安全生产监督管理局: '应急管理局',
  安监局: '应急管理局',
};
const LOOKS_BACK =
  /曾任|历任|时任|曾在|前身|更名|改名|撤销|组建|合并|整合|划入|改革前|机构改革|当年|那时|当时|过去|以前|旧址/;

function defunctOffices(p: Paragraph, t: string, today: string, sink: ParagraphSink, room: number): number {
  if (today < DEFUNCT_SINCE || room <= 0 || CITIZEN_MESSAGE.test(t)) return 0;
  let n = 0;
  for (const m of matchesOf(DEFUNCT_OFFICE, t)) {
    if (p.isQuoted(m.index, m.index + m[0].length)) continue;
    const sentence = t.slice(sentenceFrom(t, m.index), sentenceTo(t, m.index + m[0].length));
    if (LOOKS_BACK.test(sentence) || namesYearBefore(sentence, 2019)) continue;
    if (n++ >= room) break;
    const fix = DEFUNCT_FIX[m[0]] ?? (m[0].startsWith('工商') ? DEFUNCT_FIX.工商 : undefined);
    sink.report({
      ruleId: 'formulation.defunct-office',
      start: m.index,
      end: m.index + m[0].length,
      suggestions: fix ? [fix] : [],
      message: `“${m[0]}”已在2018年机构改革中撤销或更名${fix ? `，现为“${fix}”` : '（价格职能并入发展改革部门）'}，请使用现行机构名称。`,
    });
  }
  return n;
}

export function createOutdatedRule(): ParagraphRule {
  return {
    kind: 'paragraph',
    rules: OUTDATED_RULES,
    check(p, sink) {
      const t = p.text;
      const today = p.today;
      if (/[局厅委]/.test(t)) defunctOffices(p, t, today, sink, MAX_PER_PARAGRAPH);
      // cheap gate: each shape has one of these words
      if (!/精神|规划|小康|脱贫|自信|一体|疫情|肺炎|周年|开局|收官|扫黑|大/.test(t)) return;
      const year = Number(today.slice(0, 4));
      const congress = currentCongress(today);
      let n = 0;
      for (const m of matchesOf(SHAPES, t)) {
        if (p.isQuoted(m.index, m.index + m[0].length)) continue;
        // 过去五年……认真贯彻党的十六大精神: a review of past years, not a task
        if (RETROSPECTIVE.test(t.slice(0, m.index))) continue;
        // 2020年，全市坚决打赢疫情防控阻击战: a past year named before it in its sentence is a report of that year
        if (pastYearBefore(t, m.index, year)) continue;
        let fix: string | undefined;
        let stale = false;
        if (m[1] !== undefined) {
          stale = fromCn(m[1]) < congress;
          fix = m[0].replace(`${m[1]}大`, `${cn(congress)}大`);
        } else if (m[2] !== undefined) {
          stale = fromCn(m[2]) < congress;
          fix = undefined; // which plenary session is meant cannot be known
        } else if (m[3] !== undefined) {
          const plan = fromCn(m[3]);
          stale = (PLAN_END[plan] ?? 9999) < year;
          const now = Object.entries(PLAN_END).find(([, end]) => end >= year && end - 4 <= year)?.[0];
          fix = now ? m[0].replace(`${m[3]}五`, `${cn(Number(now))}五`) : undefined;
        } else if (m[0].includes('三个自信')) {
          stale = today >= '2016-07-01';
          fix = m[0].replace('三个自信', '四个自信');
        } else if (m[0].includes('四位一体')) {
          stale = today >= '2012-11-08';
          fix = m[0].replace('四位一体', '五位一体');
        } else if (m[0].startsWith('全面建成小康社会、')) {
          stale = today >= '2020-10-29';
          fix = m[0].replace('全面建成小康社会', '全面建设社会主义现代化国家');
        } else if (m[0].includes('肺炎')) {
          stale = today >= '2022-12-26';
          fix = undefined; // 新冠病毒感染, or no such task any more
        } else if (m[0].includes('疫情防控')) {
          stale = today >= '2023-01-08';
          fix = undefined; // what today's wording should be depends on the text
        } else if (m[0] === '决胜全面建成小康社会') {
          stale = today >= '2021-07-01';
          fix = '全面建成小康社会';
        } else {
          stale = today >= '2021-02-25';
          fix = '巩固拓展脱贫攻坚成果';
        }
        if (!stale) continue;
        if (n++ >= MAX_PER_PARAGRAPH) return;
        sink.report({
          ruleId: 'timeliness.outdated-formulation',
          start: m.index,
          end: m.index + m[0].length,
          suggestions: fix ? [fix] : [],
        });
      }
      n += datedShapes(p, t, today, year, sink, MAX_PER_PARAGRAPH - n);
    },
  };
}

/**
 * Anniversaries (round 31): the founding year and the day of each, for 庆祝新中国成立70周年 written in 2025 (the 70th
 * was in 2019). A celebration is stale once its day is more than STALE_DAYS past: the next year's review (a work report
 * in March) still names the last one.
 */
const STALE_DAYS = 400;
const ANNIVERSARIES: Array<[RegExp, number, string]> = [
  [/(?:中华人民共和国|新中国)成立/, 1949, '10-01'],
  [/(?:中国共产党)?(?:成立|建党)/, 1921, '07-01'],
  [/(?:中国人民解放军)?建军/, 1927, '08-01'],
  [/改革开放/, 1978, '12-18'],
  [/抗日战争(?:暨世界反法西斯战争)?胜利|抗战胜利/, 1945, '09-03'],
  [/香港回归(?:祖国)?/, 1997, '07-01'],
  [/澳门回归(?:祖国)?/, 1999, '12-20'],
  [/五四运动/, 1919, '05-04'],
];
const ANNIVERSARY =
  /(?:庆祝|喜迎|迎接|献礼|热烈庆祝)(?!了)[^。；！？，\n]{0,6}?((?:中华人民共和国|新中国|中国共产党)成立|建党|(?:中国人民解放军)?建军|改革开放|抗日战争(?:暨世界反法西斯战争)?胜利|抗战胜利|香港回归(?:祖国)?|澳门回归(?:祖国)?|五四运动)\s*([0-9]{1,3}|[一二三四五六七八九十百]{1,4})\s*周年(?!大会上|纪念大会上|大会的讲话|大会上的)/g;
/** 今年是“十四五”开局之年 written in another year: the plan's first year and its last. */
const PLAN_YEAR = /今年是[^。；！？，\n]{0,6}?[“"]?(十[一二三四五])五[”"]?(?:规划)?的?(开局|收官)之年/g;
/** The special campaign against organised crime ended with its commendation meeting on 2021-03-29 (常态化 since). */
// (only the wording of a task: 开展扫黑除恶专项斗争 alone is also a review of the campaign's years, 2023's work report)
const CAMPAIGN =
  /(?:深入推进|扎实推进|纵深推进|全力推进|持续深化|深入开展|扎实开展|持续开展|继续开展|坚决打赢|打好|打赢|抓好)[^。；！？，\n]{0,6}?扫黑除恶专项斗争/g;
/** Welcoming a congress that has already met (喜迎二十大 after 2022-10-16). */
const WELCOME_CONGRESS = /(?:迎接|喜迎|献礼)[^。；！？，\n]{0,4}?(?:党的)?(十[六七八九]|二十)大(?:胜利)?(?:召开)?/g;

function datedShapes(
  p: { isQuoted(a: number, b: number): boolean },
  t: string,
  today: string,
  year: number,
  sink: Parameters<ParagraphRule['check']>[1],
  room: number,
): number {
  let n = 0;
  const report = (start: number, end: number, fix?: string) => {
    if (n >= room || p.isQuoted(start, end) || RETROSPECTIVE.test(t.slice(0, start)) || pastYearBefore(t, start, year))
      return;
    n++;
    sink.report({
      ruleId: 'timeliness.outdated-formulation',
      start,
      end,
      suggestions: fix ? [fix] : [],
    });
  };
  if (t.includes('周年'))
    for (const m of matchesOf(ANNIVERSARY, t)) {
      const kind = ANNIVERSARIES.find(([re]) => re.test(m[1]!));
      if (!kind) continue;
      const at = kind[1] + cnNumber(m[2]!);
      const day = Date.parse(`${at}-${kind[2]}`);
      if (Number.isFinite(day) && Date.parse(today) - day > STALE_DAYS * 86_400_000)
        report(m.index, m.index + m[0].length);
    }
  if (t.includes('之年'))
    for (const m of matchesOf(PLAN_YEAR, t)) {
      const end = PLAN_END[fromCn(m[1]!)];
      if (end === undefined) continue;
      if ((m[2] === '开局' ? end - 4 : end) !== year) report(m.index, m.index + m[0].length);
    }
  if (today >= '2021-03-29' && t.includes('扫黑'))
    for (const m of matchesOf(CAMPAIGN, t))
      report(m.index, m.index + m[0].length, m[0].replace('扫黑除恶专项斗争', '常态化扫黑除恶斗争'));
  if (t.includes('大'))
    for (const m of matchesOf(WELCOME_CONGRESS, t)) {
      const opened = CONGRESSES.find(([k]) => k === fromCn(m[1]!))?.[1];
      if (opened !== undefined && opened <= today) report(m.index, m.index + m[0].length);
    }
  return n;
}
