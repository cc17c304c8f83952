import { describe, expect, it } from 'vitest';
import { createPunctuationUsageRule } from '../../../lib/rules/punctuation-usage';
import { brief, runRules } from '../../helpers/check';
import { seedText } from './tables-fixture';

const rule = createPunctuationUsageRule();

describe('punctuation usage (GB/T 15834—2011)', () => {
  it.each([
    ['每次活动持续三、四天。', 'punctuation.approx-number', '三、四', '三四'],
    ['约七、八十人参加。', 'punctuation.approx-number', '七、八', '七八'],
    ['（一）、加强组织保障', 'punctuation.serial-mark', '（一）、', '（一）'],
    ['(2)、落实属地责任', 'punctuation.serial-mark', '(2)、', '(2)'],
    ['一.总体要求', 'punctuation.serial-mark', '一.', '一、'],
    ['包括粮食、蔬菜、水果……等。', 'punctuation.ellipsis-deng', '……等', '等'],
    ['包括粮食、蔬菜、水果等等……', 'punctuation.ellipsis-deng', '等等……', '等等'],
  ])('%s', (body, id, text, fix) => {
    const f = runRules(rule, body);
    expect(brief(f)).toEqual([`${id} ${id === 'punctuation.approx-number' ? 'info' : 'warn'} ${text}`]);
    expect(f[0]!.suggestions).toEqual([fix]);
  });

  it.each([
    '评出一、二、三等奖各若干名。', // a list, not an estimate
    '第三、四季度经济运行平稳。', // ordinals
    '三、四年级学生参加，五、六月份完成。', // two grades, two months
    '逢一、三、五开放。', // numerals that do not follow each other
    '（一）加强组织保障', // a bracketed serial without a mark
    '一、总体要求',
    '包括粮食、蔬菜、水果等。',
    '他沉默了……等了很久才开口。', // 等 the verb after an ellipsis
  ])('leaves %s alone', (body) => {
    expect(runRules(rule, body)).toEqual([]);
  });

  it('finds nothing in the founding notice', () => {
    expect(runRules(rule, seedText())).toEqual([]);
  });
});
