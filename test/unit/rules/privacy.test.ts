import { describe, expect, it } from 'vitest';
import type { Draft } from '../../../lib/engine/types';
import { createPrivacyRule, idChecksumOk, isLegacyId, isValidResidentId, luhnOk } from '../../../lib/rules/privacy';
import { brief, runRules } from '../../helpers/check';
import { seedText } from './tables-fixture';

const rule = createPrivacyRule();
const check = (draft: string | Partial<Draft>) => runRules(rule, draft);

/** GB 11643-1999 check character, computed independently of the rule. */
function withCheck(first17: string): string {
  const w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...first17].reduce((s, d, i) => s + Number(d) * w[i]!, 0);
  return first17 + '10X98765432'[sum % 11];
}
/** Luhn check digit appended. */
function withLuhn(body: string): string {
  for (let d = 0; d < 10; d++) {
    const s = body + d;
    let sum = 0;
    for (let i = 0; i < s.length; i++) {
      let x = Number(s[s.length - 1 - i]);
      if (i % 2 === 1) {
        x *= 2;
        if (x > 9) x -= 9;
      }
      sum += x;
    }
    if (sum % 10 === 0) return s;
  }
  throw new Error('unreachable');
}

const ID1 = '11010519491231002X'; // the GB 11643-1999 example
const ID2 = withCheck('37020219900101123');
const ID2_BAD = ID2.slice(0, 17) + (ID2[17] === '0' ? '1' : '0');
const CARD19 = withLuhn('622202123456789012');
const CARD16 = withLuhn('436742123456789');
const CARD_BAD = CARD19.slice(0, 18) + ((Number(CARD19[18]) + 1) % 10);

describe('check digits', () => {
  it('validates resident IDs (GB 11643-1999, ISO 7064 MOD 11-2)', () => {
    expect(isValidResidentId(ID1)).toBe(true);
    expect(isValidResidentId(ID1.toLowerCase())).toBe(true);
    expect(isValidResidentId(ID2)).toBe(true);
    expect(idChecksumOk(ID2_BAD)).toBe(false);
    expect(isValidResidentId(withCheck('99020219900101123'))).toBe(false); // no such province
    expect(isValidResidentId(withCheck('37020219901301123'))).toBe(false); // month 13
  });

  it('validates legacy IDs and Luhn numbers', () => {
    expect(isLegacyId('370202900101123')).toBe(true);
    expect(isLegacyId('370202901301123')).toBe(false);
    expect(luhnOk('4111111111111111')).toBe(true);
    expect(luhnOk(CARD19)).toBe(true);
    expect(luhnOk(CARD_BAD)).toBe(false);
  });
});

describe('privacy: should flag', () => {
  it.each([
    [`身份证号：${ID1}`, `privacy.id-card block ${ID1}`],
    [`张三，${ID2}，男`, `privacy.id-card block ${ID2}`],
    [`身份证号码 ${ID1.toLowerCase()}`, `privacy.id-card block ${ID1.toLowerCase()}`],
    [`公民身份号码${ID2_BAD}`, `privacy.id-card-unverified info ${ID2_BAD}`], // a hint: no valid ID (round 31)
    ['身份证号：370202900101123', 'privacy.id-card-unverified warn 370202900101123'],
    ['李四 370202900101123', 'privacy.id-card-unverified warn 370202900101123'],
    ['联系电话：13812345678', 'privacy.mobile warn 13812345678'],
    // a patient's full name with the illness (round 23)
    ['患者张三，男，45岁，确诊新冠。', 'privacy.health warn 张三'],
    ['病例1：王小明，男，32岁，核酸检测阳性。', 'privacy.health warn 王小明'],
    ['市民刘建国（男，56岁）确诊感染。', 'privacy.health warn 刘建国'],
    ['手机 138 1234 5678。', 'privacy.mobile warn 138 1234 5678'],
    ['手机138-1234-5678', 'privacy.mobile warn 138-1234-5678'],
    ['电话：+86 13812345678', 'privacy.mobile warn +86 13812345678'],
    ['电话：+86-138-1234-5678', 'privacy.mobile warn +86-138-1234-5678'],
    ['电话：8613812345678', 'privacy.mobile warn 8613812345678'],
    ['联系人：王老师，19912345678（微信同号）', 'privacy.mobile warn 19912345678'],
    [`银行卡号：${CARD19}`, `privacy.bank-card warn ${CARD19}`],
    [`卡号 ${CARD16}`, `privacy.bank-card warn ${CARD16}`],
    [
      `卡号：${CARD19.slice(0, 4)} ${CARD19.slice(4, 8)} ${CARD19.slice(8, 12)} ${CARD19.slice(12, 16)} ${CARD19.slice(16)}`,
      `privacy.bank-card warn ${CARD19.slice(0, 4)} ${CARD19.slice(4, 8)} ${CARD19.slice(8, 12)} ${CARD19.slice(12, 16)} ${CARD19.slice(16)}`,
    ],
    [
      `卡号：${CARD16.slice(0, 4)}-${CARD16.slice(4, 8)}-${CARD16.slice(8, 12)}-${CARD16.slice(12)}`,
      `privacy.bank-card warn ${CARD16.slice(0, 4)}-${CARD16.slice(4, 8)}-${CARD16.slice(8, 12)}-${CARD16.slice(12)}`,
    ],
    ['患者张某家住市南区香港中路11号3号楼2单元502室。', 'privacy.address warn 市南区香港中路11号3号楼2单元502室'],
    ['当事人住在李村12号3栋201室', 'privacy.address warn 李村12号3栋201室'],
    ['王某某，现住址为城阳区正阳路88号5-2-301。', 'privacy.address warn 城阳区正阳路88号5-2-301'],
    ['村民李某家住大王村3组12号', 'privacy.address warn 大王村3组12号'],
    [
      '老人家住五华区红云街道北辰小区3栋2单元501室，已联系家属。',
      'privacy.address warn 五华区红云街道北辰小区3栋2单元501室',
    ],
    // round 37: a group of the community before the building
    ['原告金某某，住振兴社区3组12栋2单元301室。', 'privacy.address warn 振兴社区3组12栋2单元301室'],
  ])('%s', (body, expected) => {
    const f = check(body);
    expect(brief(f)).toEqual([expected]);
    expect(body.slice(f[0]!.start, f[0]!.end)).toBe(f[0]!.text);
    expect(f[0]!.category).toBe('privacy');
  });

  it('finds several numbers in one line of a table', () => {
    const f = check(`张三\t${ID2}\t13812345678\t${CARD19}`);
    expect(f.map((x) => x.ruleId)).toEqual(['privacy.id-card', 'privacy.mobile', 'privacy.bank-card']);
  });

  it('separates numbers glued by spaces that form no known layout', () => {
    expect(brief(check('电话 13812345678 2024 年'))).toEqual(['privacy.mobile warn 13812345678']);
  });

  it('recognises full-width digits', () => {
    expect(brief(check('电话：１３８１２３４５６７８'))).toEqual(['privacy.mobile warn １３８１２３４５６７８']);
  });
});

describe('privacy: should not flag', () => {
  it.each([
    ['确诊病例李某，女，28岁。'],
    ['患者王女士，女，60岁。'],
    ['张伟，男，45岁，患有肢体残疾，自强不息，被评为自强模范。'],
    ['370202********123X'],
    ['身份证号：370202********123X'],
    ['身份证号：3702**********123X'],
    ['139****5678'],
    ['手机：139＊＊＊＊5678'],
    ['6222 **** **** 1234'],
    ['6222********1234'],
    ['咨询电话：0532-85912345'],
    ['咨询电话：(0532)85912345'],
    ['咨询电话：0532 8591 2345'],
    ['咨询电话：053285912345'],
    ['拨打12345政务服务便民热线'],
    ['报警110，急救120，消费投诉12315，环保12369'],
    ['客服热线：400-800-1234'],
    ['客服热线：4008001234'],
    ['服务电话800-820-8820'],
    [`号码${ID2_BAD}`],
    [`订单号：${CARD19}`],
    ['索引号：00511755800020020190027'],
    ['统一社会信用代码：91370200MA3C12345X'],
    ['投资15000000000元'],
    ['项目编号：13812345678'],
    ['文号：370202900101123'],
    ['注册号：370202900101123'],
    [`发票号码 ${CARD19}`],
    [`${CARD_BAD}`],
    ['1111111111111111'],
    ['3.13812345678'],
    ['ABC13812345678'],
    ['邮箱13812345678@163.com'],
    ['2024-03-01 至 2024-03-10'],
    ['办公地点：市南区香港中路11号3号楼502室'],
    ['办事大厅位于市民中心2号楼1楼'],
    ['地址：青岛市市南区东海西路15号'],
    ['青岛市人民政府办公厅'],
    ['公司地址：高新区汇智路100号5栋301室'],
  ])('%s', (body) => {
    expect(check(body)).toEqual([]);
  });

  it('allows a unit’s donation account (对公账户)', () => {
    expect(check(`户名：青岛市慈善总会 开户行：中国工商银行青岛市南支行 账号：${CARD19}`)).toEqual([]);
    expect(check(`对公账户：${CARD19}`)).toEqual([]);
    // the account number on its own line after 户名/开户行 lines of a unit
    expect(check(`捐款账户\n户名：青岛市红十字会\n开户行：中国银行青岛分行\n账号：${CARD19}`)).toEqual([]);
  });

  it('still flags a personal account next to a name', () => {
    expect(brief(check(`户名：张三 开户行：工商银行 卡号：${CARD19}`))).toEqual([`privacy.bank-card warn ${CARD19}`]);
  });

  it('passes a detailed address without a personal context, unless it is a flat of a stairwell unit (a home)', () => {
    expect(check('服务地点：市南区香港中路11号1205室')).toEqual([]);
    expect(brief(check('违建位置：城东区八一路街道泰宁花园12号楼2单元1602室。'))).toEqual([
      'privacy.address warn 城东区八一路街道泰宁花园12号楼2单元1602室',
    ]);
    expect(brief(check('北辰小区3栋2单元501室'))).toEqual(['privacy.address warn 北辰小区3栋2单元501室']);
  });

  it('passes a building without a flat', () => {
    expect(check('活动在阳光小区3栋2单元楼下举行，居民可就近参加。')).toEqual([]);
  });
});

describe('public lists (公示/名单) escalate', () => {
  it('escalates mobile and bank card numbers to block in a 公示 list', () => {
    const body = `2024年度优秀志愿者拟表彰名单公示\n张三 13812345678 ${CARD19}\n公示期为5个工作日。`;
    expect(brief(check(body))).toEqual(['privacy.mobile block 13812345678', `privacy.bank-card block ${CARD19}`]);
  });

  it('escalates personal mobiles in a published duty roster', () => {
    const body =
      '街道办事处安排了假期值班，具体如下：\n1月28日　带班领导：陈志明　值班人员：林晓燕　联系电话：13926150437';
    expect(brief(check(body))).toEqual(['privacy.mobile block 13926150437']);
    // an office's duty line is no person's
    expect(brief(check('值班电话：020-83312345。'))).toEqual([]);
  });

  it('uses a 公示 title as context for the body', () => {
    const f = check({ title: '关于2024年度困难群众补贴发放情况的公示', body: '李四 13912345678' });
    expect(brief(f)).toEqual(['privacy.mobile block 13912345678']);
  });

  it('reports addresses in a public list even without a personal word', () => {
    const f = check('拟录用人员名单如下：\n王五 市北区辽宁路100号2单元301室');
    expect(brief(f)).toEqual(['privacy.address warn 市北区辽宁路100号2单元301室']);
  });

  it('keeps masked numbers clean in a public list', () => {
    expect(check('补贴发放名单公示如下：\n张三 370202********123X 139****5678 6222 **** **** 1234')).toEqual([]);
  });

  it('does not treat ordinary prose as a public list', () => {
    const f = check('推进决策公开、执行公开、结果公开。\n联系人：王老师 13812345678');
    expect(brief(f)).toEqual(['privacy.mobile warn 13812345678']);
  });
});

describe('founding notice and adversarial input', () => {
  it('finds nothing in the founding notice', () => {
    expect(check(seedText())).toEqual([]);
  });

  it('finishes on 5 MB of digits', () => {
    expect(check('1'.repeat(5_000_000))).toEqual([]);
  });

  it('finishes on 5 MB of digit groups and hyphens', () => {
    expect(check('1234 '.repeat(1_000_000))).toEqual([]);
    expect(check('1-'.repeat(2_500_000))).toEqual([]);
  });

  it('finishes on 5 MB of "www." and "2024年" repeats', () => {
    expect(check('www.'.repeat(1_250_000))).toEqual([]);
    expect(check('2024年'.repeat(1_000_000))).toEqual([]);
  });

  it('caps findings on 5 MB of phone numbers and of addresses', () => {
    const phones = check('13812345678 '.repeat(416_000));
    expect(phones.length).toBe(500);
    expect(check('家住路1号3栋'.repeat(700_000)).length).toBeLessThanOrEqual(500);
  });
});

describe('personal bank cards in a donation appeal (added after the evaluation run)', () => {
  it('a card said to be a person’s is reported even when the paragraph talks about 捐款 and a school', async () => {
    const { createPrivacyRule } = await import('../../../lib/rules/privacy');
    const { runRules } = await import('../../helpers/check');
    const body =
      '滨河二中初二学生小李确诊白血病，学校师生自发为其捐款。爱心人士可转账至小李父亲李某的银行卡：6217 0027 1001 4588 327。';
    expect(runRules(createPrivacyRule(), body).map((f) => `${f.ruleId}:${f.text}`)).toEqual([
      'privacy.bank-card:6217 0027 1001 4588 327',
    ]);
    // the account's owner in brackets after the label (round 34, set AG)
    const bracket = '村委会倡议大家伸出援手。捐款账户（其家属本人）：6217002830001234568，开户行：建设银行城西支行。';
    expect(runRules(createPrivacyRule(), bracket).map((f) => f.ruleId)).toEqual(['privacy.bank-card']);
    const unit = '捐款账户：户名：滨河市慈善总会，开户行：中国银行滨河分行，账号：6217 0027 1001 4588 327。';
    expect(runRules(createPrivacyRule(), unit)).toEqual([]);
  });
});
