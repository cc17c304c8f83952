import { describe, expect, it } from 'vitest';
import { chineseNumber } from '../../../lib/rules/cn-numerals';
import { createCongressNumeralRule } from '../../../lib/rules/congress-numerals';
import { brief, runRules } from '../../helpers/check';

const rule = createCongressNumeralRule();

describe('formulation.congress-numerals', () => {
  it.each([
    ['认真学习贯彻党的20大精神。', '党的20大', '党的二十大'],
    ['深入学习贯彻党的２０大精神。', '党的２０大', '党的二十大'],
    ['学习贯彻20届3中全会精神。', '20届3中全会', '二十届三中全会'],
    ['中国共产党第19次全国代表大会胜利召开。', '第19次全国代表大会', '第十九次全国代表大会'],
    ['编制“15五”规划。', '15五', '十五五'],
    ['编制14五规划。', '14五', '十四五'],
  ])('%s', (body, text, fixed) => {
    const f = runRules(rule, body);
    expect(brief(f)).toEqual([`formulation.congress-numerals warn ${text}`]);
    expect(f[0]!.suggestions).toEqual([fixed]);
  });

  it.each([
    ['认真学习贯彻党的二十大精神。'],
    ['二十届三中全会'],
    ['全市2024五一假期接待游客100万人次。'], // not a plan number
    ['第5次全国人口普查。'],
    ['党的工作大会。'],
    ['2025五月'],
  ])('leaves %s alone', (body) => {
    expect(runRules(rule, body)).toEqual([]);
  });

  it('spells 1–99', () => {
    expect([1, 10, 11, 14, 19, 20, 21, 99].map(chineseNumber)).toEqual([
      '一',
      '十',
      '十一',
      '十四',
      '十九',
      '二十',
      '二十一',
      '九十九',
    ]);
  });
});
