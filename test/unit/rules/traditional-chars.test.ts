import { describe, expect, it } from 'vitest';
import { normalizerOf } from '../../../lib/rules/create-core';
import { createTraditionalCharRule } from '../../../lib/rules/traditional-chars';
import { brief, runRules } from '../../helpers/check';
import { readProjectFile } from './tables-fixture';

const rule = createTraditionalCharRule(normalizerOf({ t2s: readProjectFile('dictionaries/data/t2s.txt') }).map);
const check = (body: string) => brief(runRules(rule, body));

describe('typo.traditional-char: a traditional character in simplified text', () => {
  it('warns on each one, with its standard form', () => {
    expect(check('请纳税人按时缴纳个人所得稅。')).toEqual(['typo.traditional-char warn 稅']);
    expect(check('造成第三人人身和財产损失的，由乙方承担。')).toEqual(['typo.traditional-char warn 財']);
    expect(runRules(rule, '并通知甲方後二十四小时内到场。')[0]!.suggestions).toEqual(['后']);
  });

  it('leaves alone text in traditional throughout, quotations, book titles and names', () => {
    expect(check('我們將會盡快處理您的問題，感謝您的支持。')).toEqual([]);
    expect(check('宣传栏上写着“歡迎光臨”四个字。')).toEqual([]);
    expect(check('他在《說文解字》中找到了这个字的来历。')).toEqual([]);
    expect(check('梁靖崑4比0战胜对手，这次发挥得很好。')).toEqual([]);
  });

  it('leaves alone the standard characters the folding also changes (乾坤, 蒜薹, 於 as a surname)', () => {
    expect(check('这里乾坤朗朗，镇里的蒜薹丰收了，於老师带学生们参观。')).toEqual([]);
  });
});
