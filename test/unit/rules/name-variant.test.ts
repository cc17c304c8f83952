import { describe, expect, it } from 'vitest';
import { createNameVariantRule } from '../../../lib/rules/name-variant';
import { parseWordFreq } from '../../../lib/rules/word-likelihood';
import { brief, runRules } from '../../helpers/check';
import { readProjectFile, ruleLists, similarity } from './tables-fixture';

const words = parseWordFreq(readProjectFile('dictionaries/data/word-freq.txt'));
const rule = createNameVariantRule(ruleLists().titles.words, similarity(), words, () => new Set(['丁薛祥']));
const names = (body: string) => brief(runRules(rule, body));

describe('typo.name-variant: a person introduced with a title, written later with a character slipped', () => {
  it('warns on a same-sound or look-alike given character where a name stands', () => {
    expect(names('县委书记杨光辉主持报告会并讲话。\n杨光晖指出，学习贯彻全会精神。')).toEqual([
      'typo.name-variant warn 杨光晖',
    ]);
    const [f] = runRules(rule, '副县长王志刚带队检查。王志钢强调，要压实责任。');
    expect(f!.suggestions).toEqual(['王志刚']);
  });

  it('stays quiet on the right name, a name written more often, a leader and words', () => {
    expect(names('县委书记杨光辉主持。杨光辉指出，要抓落实。')).toEqual([]);
    // the titled spelling is the slip: 王志钢 written twice elsewhere
    expect(names('副县长王志刚带队。王志钢强调。王志钢指出。')).toEqual([]);
    expect(names('中央书记处书记丁薛翔出席。丁薛祥指出。')).toEqual([]);
    // not where a name stands
    expect(names('县委书记杨光辉主持。阳光灰暗的日子里。')).toEqual([]);
  });
});
