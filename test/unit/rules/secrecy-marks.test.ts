import { describe, expect, it } from 'vitest';
import { createSecrecyMarksRule } from '../../../lib/rules/secrecy-marks';
import { brief, runRules } from '../../helpers/check';
import { seedText } from './tables-fixture';

const rule = createSecrecyMarksRule();
const check = (body: string) => runRules(rule, body);

describe('secrecy.classification: should flag (block)', () => {
  it.each([
    ['机密★10年', '机密★10年'],
    ['绝密★', '绝密★'],
    ['秘密★长期', '秘密★长期'],
    ['秘密 ☆ 一年', '秘密 ☆ 一年'],
    ['机密★１０年', '机密★１０年'],
    ['本文件密级为机密★5年，请妥善保管', '机密★5年'],
    ['机密', '机密'],
    ['  绝  密  ', '绝  密'],
    ['秘密\u3000★\u30001年', '秘密\u3000★\u30001年'],
    ['份号：000123  机密★1年', '份号：000123  机密★1年'],
    ['机密 10年', '机密 10年'],
    ['密级：秘密', '密级：秘密'],
    ['密级：机密★10年', '密级：机密★10年'],
    ['文件编号：2024-01，密级：绝密', '密级：绝密'],
    ['保密期限：10年', '保密期限：10年'],
    ['保密期限：长期', '保密期限：长期'],
  ])('%s', (body, span) => {
    const f = check(body);
    expect(brief(f)).toEqual([`secrecy.classification block ${span}`]);
    expect(body.slice(f[0]!.start, f[0]!.end)).toBe(span);
    expect(f[0]!.category).toBe('secrecy');
  });

  it('flags every mark in a paragraph once', () => {
    expect(brief(check('附件1 机密★10年；附件2 秘密★1年'))).toEqual([
      'secrecy.classification block 机密★10年',
      'secrecy.classification block 秘密★1年',
    ]);
  });
});

describe('secrecy.restricted: internal labels (warn)', () => {
  it.each([
    ['密级：内部', '密级：内部'],
    ['密级：工作秘密', '密级：工作秘密'],
    ['密级：内部资料', '密级：内部资料'],
  ])('%s', (body, span) => {
    expect(brief(check(body))).toEqual([`secrecy.restricted warn ${span}`]);
  });
});

describe('secrecy: ordinary prose passes', () => {
  it.each([
    ['加强商业秘密保护，维护市场秩序。'],
    ['国家秘密的密级分为绝密、机密、秘密三级。'],
    ['依法做好国家秘密的定密工作。'],
    ['规范机密文件管理，严防失泄密。'],
    ['重点对拟发布内容的涉密性、准确性、时效性等进行审核。'],
    ['加强涉密人员管理。'],
    ['保密期限届满的，自行解密。'],
    ['密级：公开'],
    ['密级：非密'],
    ['这是一个秘密'],
    ['秘密'.repeat(3)],
    ['机密文件'],
    ['（此件公开发布）'],
  ])('%s', (body) => {
    expect(check(body)).toEqual([]);
  });

  it('only warns for a mark quoted as an example or inside a title', () => {
    expect(brief(check('文件右上角标注“机密★10年”字样'))).toEqual(['secrecy.classification warn 机密★10年']);
    expect(brief(check('电影《绝密★行动》上映'))).toEqual(['secrecy.classification warn 绝密★']);
  });

  it('finds nothing in the founding notice', () => {
    expect(check(seedText())).toEqual([]);
  });
});

describe('adversarial input', () => {
  it('finishes on 5 MB of marks and caps the findings', () => {
    const f = check('机密★'.repeat(1_700_000));
    expect(f.length).toBe(200);
  });

  it('finishes on 5 MB of stars, digits, "www." and "2024年"', () => {
    expect(check('★'.repeat(5_000_000))).toEqual([]);
    expect(check('1'.repeat(5_000_000))).toEqual([]);
    expect(check('www.'.repeat(1_250_000))).toEqual([]);
    expect(check('2024年'.repeat(1_000_000))).toEqual([]);
    expect(check(`密级：${' '.repeat(5_000_000)}`)).toEqual([]);
  });
});
