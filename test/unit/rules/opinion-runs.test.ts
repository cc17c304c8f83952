import { describe, expect, it } from 'vitest';
import { createOpinionRunRules } from '../../../lib/rules/opinion-runs';
import { brief, runRules } from '../../helpers/check';
import { seedText } from './tables-fixture';

const rule = createOpinionRunRules();

describe('opinion runs', () => {
  it.each([
    ['太好了！！', 'opinion.exclamation-double info ！！'],
    ['太好了!!', 'opinion.exclamation-double info !!'],
    ['太好了！!', 'opinion.exclamation-double info ！!'],
    ['太好了！！！', 'opinion.exclamation-run warn ！！！'],
    ['太棒了！！！！！', 'opinion.exclamation-run warn ！！！！！'],
    ['为什么？？？', 'opinion.question-run info ？？？'],
    ['为什么??？?', 'opinion.question-run info ??？?'],
    ['真的吗？！！', 'opinion.exclamation-double info ！！'],
    ['他喊“快跑！！！”，我们也喊！！！', 'opinion.exclamation-run warn ！！！'],
  ])('flags %s', (body, expected) => {
    const f = runRules(rule, body);
    expect(brief(f)).toEqual([expected]);
    expect(body.slice(f[0]!.start, f[0]!.end)).toBe(f[0]!.text);
  });

  it.each([
    '太好了！',
    '为什么？？',
    '真的吗？！',
    '他大喊“快跑！！！”',
    '群众说：“太感谢了！！”',
    '「真的吗？？？」他问。',
    'Hello!',
  ])('does not flag %s', (body) => {
    expect(runRules(rule, body)).toEqual([]);
  });

  it('reports each run of a paragraph', () => {
    expect(brief(runRules(rule, '好！！真好！！！为什么？？？'))).toEqual([
      'opinion.exclamation-double info ！！',
      'opinion.exclamation-run warn ！！！',
      'opinion.question-run info ？？？',
    ]);
  });

  it('an unpaired “ does not hide later runs', () => {
    expect(brief(runRules(rule, '他说“好的。太好了！！！'))).toEqual(['opinion.exclamation-run warn ！！！']);
  });

  it('finds nothing in the seed', () => {
    expect(runRules(rule, seedText())).toEqual([]);
  });
});
