import type { Candidate, ParagraphRule, ParagraphSink, RuleMeta } from '../engine/rule';
import { SURNAMES } from './word-likelihood';

/**
 * Personal data in a draft: resident ID numbers, mobile numbers, bank card numbers, detailed home addresses, and a
 * patient's full name with the illness (privacy.health, round 23).
 *
 * Numbers are found by one left-to-right pass that reads "number tokens" — runs of digits (ASCII or full-width),
 * mask marks (* ＊) and a final X, optionally split into groups by single spaces or hyphens — and classifies each
 * token (or, when the grouping fits no known layout, each group on its own). Masked numbers (370202********123X,
 * 139****5678) are never reported. Landlines (0532-85912345), hotlines (12345, 12315) and 400/800 numbers have no
 * personal shape and pass.
 *
 * 公示/名单 context: a paragraph that looks like a public list (a 公示 title, 拟表彰名单, 补贴发放名单 …) emits the
 * document signal `public-list`; mobile and bank card findings then escalate to block (国办 inspections count
 * 「发布公示名单时涉及个人隐私的政府信息未做去标识化处理」 as a deduction).
 */

const BASIS =
  '国办发〔2018〕123号；《个人信息保护法》第二十八条；政务新媒体检查通报「身份证号、手机号、银行卡号未进行模糊处理」';

export const PRIVACY_RULES: RuleMeta[] = [
  {
    id: 'privacy.id-card',
    category: 'privacy',
    severity: 'block',
    title: '身份证号码',
    message:
      '“{text}”是完整的居民身份证号码（校验位正确），属于敏感个人信息，发布前须做去标识化处理（如隐去第7–14位）。',
    suggestions: [],
    source: `${BASIS}；GB 11643-1999《公民身份号码》`,
  },
  {
    id: 'privacy.id-card-unverified',
    category: 'privacy',
    severity: 'warn',
    title: '疑似身份证号码',
    message: '“{text}”疑似居民身份证号码，属于敏感个人信息，发布前请核实并做去标识化处理。',
    source: `${BASIS}；GB 11643-1999《公民身份号码》`,
  },
  {
    id: 'privacy.mobile',
    category: 'privacy',
    severity: 'warn',
    title: '手机号码',
    message: '“{text}”是完整的手机号码，属于个人信息，除确需公开的工作联系方式外，应隐去中间四位（如139****5678）。',
    source: BASIS,
  },
  {
    id: 'privacy.bank-card',
    category: 'privacy',
    severity: 'warn',
    title: '银行卡号',
    message: '“{text}”疑似完整的银行卡号（通过Luhn校验），属于敏感个人信息，发布前须做模糊处理。',
    source: BASIS,
  },
  {
    id: 'privacy.address',
    category: 'privacy',
    severity: 'warn',
    title: '详细住址',
    message: '“{text}”是具体到楼栋门牌的个人住址，属于个人信息，发布前应删除或仅保留到街道（村）一级。',
    source: `${BASIS}；安徽省水利厅政务新媒体排查（公民身份证、详细居住地址及联系方式）`,
  },
  {
    id: 'privacy.health',
    category: 'privacy',
    severity: 'warn',
    title: '姓名与病情同时公开',
    message: '“{text}”是可识别个人的全名，与确诊、感染等健康信息一同发布会泄露个人隐私，应做去标识化处理（如“张某”）。',
    source: `${BASIS}；《个人信息保护法》第二十八条（医疗健康信息属敏感个人信息）`,
  },
];

const PUBLIC_LIST = 'public-list';
const ORG_ACCOUNT = 'org-account';

// ---------------------------------------------------------------------------------------------------------
// checks on digit strings

/** Province-level codes (first two digits) of GB/T 2260 used in resident ID numbers. */
const REGIONS = new Set([
  11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46, 50, 51, 52, 53, 54, 61, 62, 63,
  64, 65, 71, 81, 82, 83, 91,
]);
const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK = '10X98765432';

function validBirth(y: number, m: number, d: number): boolean {
  if (y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1) return false;
  const days =
    m === 2 ? ((y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28) : [4, 6, 9, 11].includes(m) ? 30 : 31;
  return d <= days;
}

/** Region and birth date of an 18-character ID are plausible. */
export function idShapeOk(id: string): boolean {
  if (!/^\d{17}[\dXx]$/.test(id)) return false;
  if (!REGIONS.has(+id.slice(0, 2))) return false;
  return validBirth(+id.slice(6, 10), +id.slice(10, 12), +id.slice(12, 14));
}

/** ISO 7064 MOD 11-2 check digit of GB 11643-1999. */
export function idChecksumOk(id: string): boolean {
  if (!/^\d{17}[\dXx]$/.test(id)) return false;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += (id.charCodeAt(i) - 48) * ID_WEIGHTS[i]!;
  return ID_CHECK[sum % 11] === id[17]!.toUpperCase();
}

export function isValidResidentId(id: string): boolean {
  return idShapeOk(id) && idChecksumOk(id);
}

/** 15-digit ID issued before 1999: region + YYMMDD (19YY) + 3-digit sequence. */
export function isLegacyId(id: string): boolean {
  return (
    /^\d{15}$/.test(id) &&
    REGIONS.has(+id.slice(0, 2)) &&
    validBirth(1900 + +id.slice(6, 8), +id.slice(8, 10), +id.slice(10, 12))
  );
}

export function luhnOk(digits: string): boolean {
  let sum = 0;
  let dbl = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = digits.charCodeAt(i) - 48;
    if (dbl) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    dbl = !dbl;
  }
  return sum % 10 === 0;
}

export function isMobile(digits: string): boolean {
  return digits.length === 11 && digits[0] === '1' && digits.charCodeAt(1) >= 51 && digits.charCodeAt(1) <= 57;
}

/** Card numbers of UnionPay (62…), Visa (4), Mastercard (5), JCB (35) and old domestic cards (9…). */
export function isBankCardShape(digits: string): boolean {
  return digits.length >= 16 && digits.length <= 19 && /^[34569]/.test(digits) && !/^(\d)\1+$/.test(digits);
}

// ---------------------------------------------------------------------------------------------------------
// tokens

interface Group {
  start: number;
  end: number;
  /** Normalised content: ASCII digits, '*' for masks, 'X' for a final X. */
  value: string;
}

function digitValue(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 0xff10 && c <= 0xff19) return c - 0xff10;
  return -1;
}

const MASKS = new Set(['*', '＊', '×']);

function isAsciiAlnum(ch: string | undefined): boolean {
  return ch !== undefined && /[0-9A-Za-z０-９Ａ-Ｚａ-ｚ]/.test(ch);
}

/** A digit (ASCII or full width) or a mask (MASKS), without a lookup: it runs for every character. */
function isGroupChar(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 0xd7) return (c >= 48 && c <= 57) || c === 0x2a;
  return c === 0xd7 || (c >= 0xff10 && c <= 0xff19) || c === 0xff0a;
}

function readGroup(text: string, i: number): Group {
  let j = i;
  let value = '';
  while (j < text.length) {
    const d = digitValue(text.charCodeAt(j));
    if (d >= 0) value += String(d);
    else if (MASKS.has(text[j]!)) value += '*';
    else break;
    j++;
    if (value.length > 40) {
      // very long runs are never personal numbers: swallow the rest cheaply
      while (j < text.length && isGroupChar(text, j)) j++;
      return { start: i, end: j, value: '#' };
    }
  }
  const x = text[j];
  if ((x === 'X' || x === 'x' || x === 'Ｘ') && !isAsciiAlnum(text[j + 1])) {
    value += 'X';
    j++;
  }
  return { start: i, end: j, value };
}

const SEPARATORS = new Set([' ', '-', '－', '\u00a0']);

// ---------------------------------------------------------------------------------------------------------
// context words

const ID_LABEL = /身份证|身份号码|证件号|公民身份/;
/** Labels of numbers that are not personal (order, document, registration numbers …). */
const OTHER_NUMBER_LABEL =
  /订单|单号|编号|编码|流水号|索引号|文号|发票|税号|信用代码|注册号|条码|条形码|运单|快递|批号|批准文号|准字|合同号|项目号|采购|招标|证书号|登记号|备案号|许可证|学号|工号|会员号|序列号|识别码|批次|ISBN|ISSN|邮编|邮政编码|车架号|发动机号|统一代码|组织机构代码|社会信用/;
/** Organisational accounts (donation accounts, 对公账户): allowed. */
const ORG_ACCOUNT_LABEL =
  /对公|开户行|开户银行|户名|账户名称|帐户名称|单位账户|单位帐户|基本户|基本账户|财政专户|专户|捐款|捐赠|募捐|募集|慈善|红十字|收款单位|汇款单位/;
const UNIT_NAME =
  /政府|局|委员会|办公室|中心|总会|基金会|协会|学会|红十字会|慈善会|医院|学校|大学|公司|街道办|社区居委会|村委会|村民委员会|居民委员会|办事处|财政|有限/;
const ACCOUNT_LABEL = /(账号|帐号|账户|帐户)\s*[：:]?\s*$/;
/** A card said to belong to a person: 李某的银行卡, 个人账户, 本人卡号, 父亲/母亲/家属的…, 捐款账户（其家属本人） */
const PERSONAL_CARD =
  /(的|个人|本人|私人)(银行卡|银行账户|银行帐户|卡号|账户|帐户|账号|帐号)|(父亲|母亲|家属|家长|丈夫|妻子|儿子|女儿|本人)[^，。；]{0,8}(卡|账户|帐户)|(卡|账户|帐户|账号|帐号)[（(][^）)]{0,8}(父亲|母亲|家属|家长|丈夫|妻子|儿子|女儿|本人|个人|患者)/;
const NOT_PHONE_AFTER =
  /^\s*(元|万|亿|千|百|人|次|个|吨|件|户|份|笔|辆|台|套|平方|亩|米|公里|千米|公斤|斤|克|%|％|‰|美元|港元|股|册|篇|条|项|倍|年|月|日|号|天)/;
const NOT_PHONE_BEFORE = /[¥￥$€£#№]\s*$|第\s*$|No\.?\s*$/;

const CLAUSE_STOP = new Set(['。', '；', ';', '！', '？', '!', '?', '\n', '\r']);

function clauseBefore(text: string, pos: number, max = 16): string {
  let i = pos;
  while (i > 0 && pos - i < max && !CLAUSE_STOP.has(text[i - 1]!)) i--;
  return text.slice(i, pos);
}

/** A paragraph that looks like (part of) a public list: 公示, 名单, 拟表彰 … */
const LIST_TITLE = /公示|名单|花名册|光荣榜/;
const LIST_BODY =
  /(现|予以|现予|特此|进行|予|拟)公示|公示(如下|名单|期|时间|结果|内容|对象|情况)|名单(如下|公示|公布)|(获奖|表彰|录用|聘用|推荐|入选|入围|中签|补贴|补助|发放|资助|救助|奖励|优秀|先进|考核|资格|复审|体检|考察)[^\s，,。；]{0,6}名单|拟(表彰|录用|聘用|任用|推荐|授予|命名|认定|入选|发放|奖励)|花名册|补贴发放|补助发放|发放明细|发放对象|值班(?:人员|表|安排)[：:\s]|带班领导/;
/**
 * Every LIST_BODY match holds one of these (公示, 名单, 拟, 花名册, 发放, 值班, 带班): a few fast searches rule most text
 * out. A published duty roster (带班领导：…　值班人员：…) is a list of persons too.
 */
function mayListBody(text: string): boolean {
  return (
    text.includes('公示') ||
    text.includes('名单') ||
    text.includes('拟') ||
    text.includes('花名册') ||
    text.includes('发放') ||
    text.includes('值班') ||
    text.includes('带班')
  );
}

// ---------------------------------------------------------------------------------------------------------
// addresses

/** Road-level markers an address number follows. */
const ROAD = /(路|街|巷|弄|胡同|大道|道|里|村|组|小区|社区|花园|公寓|家园|新村|苑)\s*$/;
const PERSONAL =
  /住址|家住|居住|住在|现住|户籍|家庭地址|家庭住址|住所|暂住|租住|其家|家中|患者|确诊|病例|感染者|密接|密切接触者|当事人|嫌疑人|被告|原告|村民|居民|业主|租户|户主|申请人|本人|先生|女士|[张王李赵刘陈杨黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文]某|某某|老人|男子|女子|学生|儿童|小孩|住户/;
const ORG_PLACE =
  /政府|局|委员会|中心|大厅|窗口|医院|卫生院|学校|大学|学院|中学|小学|幼儿园|派出所|研究所|事务所|卫生所|办事处|居委会|村委会|大厦|广场|园区|会议室|礼堂|办公|公司|集团|有限|工厂|商店|门店|超市|商场|银行|酒店|宾馆|图书馆|博物馆|文化馆|体育馆|纪念馆|展览馆|服务站|工作站|车站|卫生室|地点|场所|报名处|服务点|党群|驿站/;
const FINE_UNIT = /^(号楼|栋|幢|座|单元|层|楼|室|户|号)/;

function isHan(ch: string | undefined): boolean {
  return ch !== undefined && /[\u3400-\u9fff]/.test(ch);
}

function isNumChar(ch: string | undefined): boolean {
  return ch !== undefined && (/[0-9０-９]/.test(ch) || '一二三四五六七八九十百零〇'.includes(ch));
}

/**
 * Finds "…路12号3栋2单元301室" / "…村3组12号" / "…路11号3-2-301" around each 号. Returns [start, end] spans.
 * Work per 号 is bounded (a few dozen characters), so the pass is linear.
 */
function findAddresses(text: string, max: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let from = 0;
  for (let h = text.indexOf('号', from); h >= 0 && out.length < max; h = text.indexOf('号', from)) {
    from = h + 1;
    // number before 号
    let n = h;
    while (n > 0 && h - n < 5 && isNumChar(text[n - 1])) n--;
    if (n === h) continue;
    // 院 after 号 ("12号院") is allowed
    let e = h + 1;
    if (text[e] === '院') e++;
    const base = Math.max(0, n - 4);
    const road = ROAD.exec(text.slice(base, n));
    if (!road) continue;
    const roadChar = road[1]!;
    // finer units after 号: 3栋2单元301室 / 3号楼 / 3-2-301
    let fine = 0;
    if (text[e] === '楼') {
      e++;
      fine++;
    }
    let k = e;
    for (let round = 0; round < 5; round++) {
      let j = k;
      while (j < text.length && j - k < 5 && isNumChar(text[j])) j++;
      if (j === k) break;
      const unit = FINE_UNIT.exec(text.slice(j, j + 2));
      if (unit) {
        if (unit[1] !== '层' && unit[1] !== '楼') fine++;
        k = j + unit[1]!.length;
        continue;
      }
      if ((text[j] === '-' || text[j] === '－') && isNumChar(text[j + 1])) {
        // 3-2-301: consume dashed groups
        let q = j;
        let groups = 1;
        while ((text[q] === '-' || text[q] === '－') && isNumChar(text[q + 1]) && groups < 4) {
          q++;
          while (q < text.length && isNumChar(text[q])) q++;
          groups++;
        }
        if (text[q] === '室' || text[q] === '户') q++;
        fine += groups >= 2 ? 2 : 0;
        k = q;
        break;
      }
      break;
    }
    const rural = roadChar === '组' || roadChar === '村';
    if (fine === 0 && !(rural && /组/.test(text.slice(Math.max(0, n - 6), n)))) continue;
    const s = placeStart(text, base + road.index);
    out.push([s, k]);
    from = Math.max(from, k);
  }
  // A residential compound's building, unit and flat without a street number (北辰小区3栋2单元501室, 振兴社区3组12栋2单元
  // 301室: a group, zone or phase may come first): two fine units or more, the last a flat.
  if (out.length < max) {
    for (const m of text.matchAll(ESTATE_FLAT)) {
      const e = m.index + m[0].length;
      if (out.some(([a, b]) => a < e && m.index < b)) continue;
      out.push([placeStart(text, m.index), e]);
      if (out.length >= max) break;
    }
  }
  return out;
}

const NUM = '[0-9０-９一二三四五六七八九十]{1,4}';
const ESTATE_FLAT = new RegExp(
  `(?:小区|花园|公寓|家园|新村|苑|社区|大院|家属院|宿舍)(?:${NUM}(?:组|区|期))?${NUM}(?:号楼|栋|幢|座)(?:${NUM}单元)?[0-9０-９]{2,4}(?:室|户)`,
  'g',
);

/** A flat of a residential building's stairwell unit: …2单元1602室, …3-2-301 is not read this way. */
const RESIDENTIAL_FLAT = /单元\s*[0-9０-９]{2,4}\s*(?:室|户|号)$/;

/** Start of an address: walk back over the Han characters of the place name, stopping at context words. */
function placeStart(text: string, from: number): number {
  let s = from;
  let back = 0;
  while (
    s > 0 &&
    back < 16 &&
    (isHan(text[s - 1]) || isNumChar(text[s - 1])) &&
    !/[住在于址是为的和与及、]/.test(text[s - 1]!)
  ) {
    s--;
    back++;
  }
  return s;
}

// ---------------------------------------------------------------------------------------------------------

export function createPrivacyRule(): ParagraphRule {
  return {
    kind: 'paragraph',
    rules: PRIVACY_RULES,
    check(p, outer) {
      const text = p.text;
      const sink = limited(outer, MAX_FINDINGS);
      const listHere = p.field === 'title' ? LIST_TITLE.test(text) : mayListBody(text) && LIST_BODY.test(text);
      if (listHere) sink.signal(PUBLIC_LIST);
      const orgAccountHere = ORG_ACCOUNT_LABEL.test(text) && (/对公/.test(text) || UNIT_NAME.test(text));
      if (orgAccountHere) sink.signal(ORG_ACCOUNT);
      scanNumbers(text, sink, orgAccountHere ? ORG_ACCOUNT_LABEL.exec(text)!.index : -1);
      scanAddresses(text, listHere, sink);
      scanPatients(text, sink);
    },
  };
}

/**
 * A patient's or an infected person's full name with the illness (患者张伟，男，45岁 / 张伟，男，45岁，确诊新冠): a
 * 流调 notice names 张某 or 病例1. The name is a common surname and one or two more characters, not 某, 氏 or a mask.
 */
const PATIENT =
  /(?:患者|病例|确诊病例|无症状感染者|感染者|病人)[：:，,\s]{0,2}([\u4e00-\u9fff]{2,3})(?=[，,（(\s]{1,2}[男女])|([\u4e00-\u9fff]{2,3})(?=[，,（(]\s?[男女][，,、]\s?[0-9０-９]{1,3}岁[^。！？\n]{0,30}?(?:确诊|感染|阳性|病例))/g;
const NOT_A_NAME = /[某氏先女士]|^(?:患者|病例|男|女)/;
function scanPatients(text: string, sink: ParagraphSink): void {
  if (!/[男女]/.test(text) || !/患者|病例|感染|确诊|阳性|病人/.test(text)) return;
  PATIENT.lastIndex = 0;
  for (let m = PATIENT.exec(text); m; m = PATIENT.exec(text)) {
    const name = m[1] ?? m[2]!;
    const start = m.index + m[0].length - name.length;
    // the name is the tail of the match: a surname of the register, then one or two characters
    for (let k = 0; k + 2 <= name.length; k++) {
      const n = name.slice(k);
      if (n.length > 3 || !SURNAMES.has(n.charCodeAt(0)) || NOT_A_NAME.test(n)) continue;
      report(sink, { ruleId: 'privacy.health', start: start + k, end: start + name.length });
      break;
    }
  }
}

function report(sink: ParagraphSink, c: Candidate): void {
  sink.report(c);
}

/** At most this many findings per paragraph (a pasted table of thousands of numbers needs no more underlines). */
const MAX_FINDINGS = 500;

function limited(sink: ParagraphSink, max: number): ParagraphSink {
  let n = 0;
  return {
    report: (c) => {
      if (n++ < max) sink.report(c);
    },
    signal: (name) => sink.signal(name),
  };
}

/** `orgLabelAt`: offset of the first 对公/开户行/户名 … label in the paragraph, or -1. */
function scanNumbers(text: string, sink: ParagraphSink, orgLabelAt: number): void {
  let i = 0;
  while (i < text.length) {
    if (!isGroupChar(text, i)) {
      i++;
      continue;
    }
    const groups: Group[] = [readGroup(text, i)];
    let end = groups[0]!.end;
    while (groups.length < 6 && SEPARATORS.has(text[end] ?? '') && isGroupChar(text, end + 1)) {
      const g = readGroup(text, end + 1);
      groups.push(g);
      end = g.end;
    }
    i = end;
    const start = groups[0]!.start;
    // part of a longer alphanumeric token, a decimal, an e-mail address …
    const prev = text[start - 1];
    const next = text[end];
    if (isAsciiAlnum(prev) || isAsciiAlnum(next)) continue;
    if (prev === '.' && isAsciiAlnum(text[start - 2])) continue;
    if ((next === '.' || next === '@') && isAsciiAlnum(text[end + 1])) continue;
    if (groups.some((g) => g.value === '#')) continue;
    // masked numbers pass
    if (groups.some((g) => g.value.includes('*'))) continue;
    if (groups.length > 1 && classifyGrouped(text, groups, sink, orgLabelAt)) continue;
    for (let k = 0; k < groups.length; k++) {
      const g = groups[k]!;
      // a group glued by a hyphen to its neighbours is part of a compound number (0532-85912345, 2024-001)
      const hyphenBefore = k > 0 && text[g.start - 1] !== ' ' && text[g.start - 1] !== '\u00a0';
      const hyphenAfter = k < groups.length - 1 && text[g.end] !== ' ' && text[g.end] !== '\u00a0';
      if (hyphenBefore || hyphenAfter) continue;
      classify(text, g.start, g.end, g.value, sink, orgLabelAt);
    }
  }
}

/** Grouped layouts: 138 1234 5678, +86 138-1234-5678, 6222 0212 3456 7890 123, 370202 19900101 123X. */
function classifyGrouped(text: string, groups: Group[], sink: ParagraphSink, orgLabelAt: number): boolean {
  let gs = groups;
  let plus86 = false;
  if (gs[0]!.value === '86' && gs.length > 1) {
    plus86 = true;
    gs = gs.slice(1);
  }
  const lens = gs.map((g) => g.value.length);
  const joined = gs.map((g) => g.value).join('');
  const first = groups[0]!.start;
  const start = plus86 ? (text[first - 1] === '+' ? first - 1 : first) : first;
  const end = gs[gs.length - 1]!.end;
  const layout = lens.join('-');
  if ((layout === '3-4-4' || layout === '3-8' || (plus86 && layout === '11')) && isMobile(joined)) {
    return classify(text, start, end, joined, sink, orgLabelAt);
  }
  if (plus86) return false;
  if ((layout === '6-8-4' || layout === '6-4-4-4' || layout === '6-8-3-1') && joined.length === 18) {
    return classify(text, start, end, joined, sink, orgLabelAt);
  }
  const fours = lens.slice(0, -1).every((l) => l === 4) && lens[lens.length - 1]! >= 1 && lens[lens.length - 1]! <= 4;
  if ((fours && lens.length >= 4) || (lens.length === 2 && lens[0] === 6)) {
    if (joined.length >= 16 && joined.length <= 19) return classify(text, start, end, joined, sink, orgLabelAt);
  }
  return false;
}

/**
 * Classifies one number (digits, maybe a final X) spanning [start, end). Returns true if it was recognised as one
 * of the personal number kinds (reported or deliberately allowed).
 */
function classify(
  text: string,
  start: number,
  end: number,
  value: string,
  sink: ParagraphSink,
  orgLabelAt: number,
): boolean {
  if (value.length < 11) return false;
  const before = clauseBefore(text, start);
  const after = text.slice(end, end + 6);
  const idLabel = ID_LABEL.test(before);
  const otherLabel = OTHER_NUMBER_LABEL.test(before);

  // the "86" of "+86 13812345678" written without a separator
  let digits = value;
  let s = start;
  if (digits.length === 13 && digits.startsWith('86') && isMobile(digits.slice(2))) {
    digits = digits.slice(2);
    if (text[start - 1] === '+') s = start - 1;
  }

  if (digits.length === 18 && /^\d{17}[\dX]$/.test(digits)) {
    if (isValidResidentId(digits)) {
      report(sink, { ruleId: 'privacy.id-card', start: s, end });
      return true;
    }
    if (idLabel && /^\d{17}[\dX]$/.test(digits)) {
      // a hint only: a number whose check digit fails is no valid ID (the labelling spec of the evaluation sets leaves
      // it unlabelled), yet beside 身份证号 it may be a real one mistyped
      report(sink, {
        ruleId: 'privacy.id-card-unverified',
        start: s,
        end,
        severity: 'info',
        message: `“${text.slice(s, end)}”标注为身份证号码但校验位不符，可能是录入错误的真实号码，发布前请核实并做去标识化处理。`,
      });
      return true;
    }
    if (digits.endsWith('X')) return false;
  }
  if (digits.length === 15 && /^\d+$/.test(digits) && (isLegacyId(digits) ? !otherLabel || idLabel : idLabel)) {
    report(sink, {
      ruleId: 'privacy.id-card-unverified',
      start: s,
      end,
      message: `“${text.slice(s, end)}”疑似15位旧版居民身份证号码，属于敏感个人信息，发布前请核实并做去标识化处理。`,
    });
    return true;
  }
  if (isMobile(digits)) {
    if (otherLabel || NOT_PHONE_AFTER.test(after) || NOT_PHONE_BEFORE.test(before)) return true;
    report(sink, {
      ruleId: 'privacy.mobile',
      start: s,
      end,
      escalate: { signal: PUBLIC_LIST, severity: 'block' },
    });
    return true;
  }
  if (/^\d+$/.test(digits) && isBankCardShape(digits) && luhnOk(digits)) {
    if (otherLabel || idLabel) return true;
    // A unit's account (对公/户名/开户行/捐款 of a named unit) may be published; a person's card may
    // not, even inside a donation appeal ("李某的银行卡"). The unit label must also be close by.
    const lead = text.slice(Math.max(0, start - 40), start);
    const personal = PERSONAL_CARD.test(lead);
    if (!personal && orgLabelAt >= 0 && orgLabelAt < start && start - orgLabelAt <= 60) return true;
    const c: Candidate = {
      ruleId: 'privacy.bank-card',
      start: s,
      end,
      escalate: { signal: PUBLIC_LIST, severity: 'block' },
    };
    // "账号：…" on its own line may belong to a unit's account named on an earlier line (户名/开户行)
    if (ACCOUNT_LABEL.test(before) && !/卡/.test(before)) c.requires = [{ signal: ORG_ACCOUNT, present: false }];
    report(sink, c);
    return true;
  }
  return false;
}

function scanAddresses(text: string, listHere: boolean, sink: ParagraphSink): void {
  if (text.indexOf('号') < 0 && text.indexOf('室') < 0 && text.indexOf('户') < 0) return;
  let personalHere: boolean | undefined;
  for (const [s, e] of findAddresses(text, MAX_FINDINGS)) {
    const near = text.slice(Math.max(0, s - 20), e);
    if (ORG_PLACE.test(near.replace(/小区|社区|村民|居民/g, ''))) continue;
    const c: Candidate = { ruleId: 'privacy.address', start: s, end: e };
    // without a personal word in the paragraph, only inside a public list — unless it is a flat of a residential
    // building's stairwell unit (泰宁花园12号楼2单元1602室): a home, not an office (offices have floors, not 单元)
    personalHere ??= PERSONAL.test(text);
    const home = RESIDENTIAL_FLAT.test(text.slice(s, e));
    if (!personalHere && !listHere && !home) c.requires = [{ signal: PUBLIC_LIST, present: true }];
    sink.report(c);
  }
}
