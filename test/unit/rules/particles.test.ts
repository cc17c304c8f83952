import { describe, expect, it } from 'vitest';
import { createParticleRule } from '../../../lib/rules/particles';
import { brief, runRules } from '../../helpers/check';
import { seedText } from './tables-fixture';

const rule = createParticleRule();

describe('typo.doubled-de / typo.de-for-de', () => {
  it.each([
    ['要重新审视现有的的政策。', 'typo.doubled-de warn 的的', '的'],
    ['这项工作完成的很好。', 'typo.de-for-de warn 成的', '成得'],
    ['各项措施落实的非常扎实，群众满意。', 'typo.de-for-de warn 实的', '实得'],
    ['他跑的越来越快。', 'typo.de-for-de warn 跑的', '跑得'],
  ])('%s', (body, expected, suggestion) => {
    const f = runRules(rule, body);
    expect(brief(f)).toEqual([expected]);
    expect(f[0]!.suggestions).toEqual([suggestion]);
  });

  it.each([
    '达到目的的手段；有的的确如此；的的确确是真的。', // 目的的, 有的的确, 的的确确
    '这件事真的很重要，有的很早就来了。', // 真的, 有的: not a complement
    '我们的很多同志；发挥我国的比较优势；其中的相当一部分；他的十分之一。', // quantities and nouns
    '工作完成得很好，落实得非常扎实。',
    '维护宪法和基本法确定的特别行政区宪制秩序；形成的非常成熟的经验。',
    '粮食的增产受到自然条件的很大限制，旧体制的相当部分还不能代替。',
  ])('leaves %s alone', (body) => {
    expect(runRules(rule, body)).toEqual([]);
  });

  it('finds nothing in the founding notice', () => {
    expect(runRules(rule, seedText())).toEqual([]);
  });
});
