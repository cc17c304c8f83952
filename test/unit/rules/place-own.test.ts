import { describe, expect, it } from 'vitest';
import { createPlaceOwnRule } from '../../../lib/rules/place-own';
import { parseDivisions } from '../../../lib/rules/places';
import { brief, runRules } from '../../helpers/check';
import { readProjectFile, similarity } from './tables-fixture';

const rule = createPlaceOwnRule(parseDivisions(readProjectFile('dictionaries/data/divisions.txt')), similarity());
const own = (author: string, body: string) => brief(runRules(rule, { author, body }));

describe("typo.place-own: the account's own county written as a look-alike place that has no such level", () => {
  it('warns on the look-alike stem with a level it lacks, and suggests the own division', () => {
    expect(own('泌阳县人民政府', '今年以来，沁阳县列入省市重点的项目共31个。')).toEqual(['typo.place-own warn 沁阳县']);
    const [f] = runRules(rule, { author: '泌阳县人民政府', body: '沁阳县召开会议。' });
    expect(f!.suggestions).toEqual(['泌阳县']);
    expect(f!.message).toContain('沁阳市');
  });

  it('stays quiet on real places that look alike, other accounts, the own name and an author line with no place', () => {
    // 沁阳市 exists: a real neighbour, not a slip
    expect(own('泌阳县人民政府', '与焦作沁阳市开展合作。')).toEqual([]);
    // an account elsewhere names 沁阳县 as a former name of its own
    expect(own('焦作发布', '原沁阳县于1989年撤县设市。')).toEqual([]);
    expect(own('泌阳县人民政府', '泌阳县召开会议。')).toEqual([]);
    expect(own('市场监管局', '沁阳县召开会议。')).toEqual([]);
  });
});
