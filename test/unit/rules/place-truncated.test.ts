import { describe, expect, it } from 'vitest';
import { createPlaceTruncatedRule } from '../../../lib/rules/place-truncated';
import { parseDivisions } from '../../../lib/rules/places';
import { parseWordFreq } from '../../../lib/rules/word-likelihood';
import { brief, runRules } from '../../helpers/check';
import { readProjectFile, seedText, similarity } from './tables-fixture';

describe('typo.place-truncated (a one-character city after a verb of going)', () => {
  const divisions = parseDivisions(readProjectFile('dictionaries/data/divisions.txt'));
  const words = parseWordFreq(readProjectFile('dictionaries/data/word-freq.txt'));
  const rule = createPlaceTruncatedRule(divisions, words);

  it.each([
    ['调研组一行赴金市开展调研。', '金市', '金昌市'],
    ['代表团抵达宝市。', '宝市', '宝鸡市'],
    ['调研组一行前往漯市调研。', '漯市', '漯河市'],
  ])('warns on %s', (body, text, city) => {
    const f = runRules(rule, body);
    expect(brief(f)).toEqual([`typo.place-truncated warn ${text}`]);
    expect(f[0]!.suggestions).toContain(city);
    expect(f[0]!.message).toContain(city);
  });

  it.each([
    '我们到超市购物。', // 超市: a word
    '工作组赴各市督导。', // a determiner
    '市民可到本市各区办理。',
    '他到市场买菜。', // no character between the verb and 市
    '调研组赴金华市开展调研。', // the whole name
    '参观团到夜市品尝小吃。',
    '到京市民服务中心办理。', // 市民: 市 starts a word
  ])('leaves %s alone', (body) => {
    expect(runRules(rule, body)).toEqual([]);
  });

  it('finds nothing in the founding notice', () => {
    expect(runRules(rule, seedText())).toEqual([]);
  });
});

describe('typo.place-sound (a county or city name one sound-alike or look-alike off, after a verb of going)', () => {
  const divisions = parseDivisions(readProjectFile('dictionaries/data/divisions.txt'));
  const words = parseWordFreq(readProjectFile('dictionaries/data/word-freq.txt'));
  const rule = createPlaceTruncatedRule(divisions, words, similarity());

  it.each([
    ['调研组一行赴和填县开展调研。', '和填县', '和田县'], // a sound-alike
    ['督导组前往昔杨县检查防汛工作。', '昔杨县', '昔阳县'],
    ['考察团抵达麻逞市。', '麻逞市', '麻城市'],
  ])('warns on %s', (body, text, right) => {
    const f = runRules(rule, body);
    expect(brief(f)).toEqual([`typo.place-sound warn ${text}`]);
    expect(f[0]!.suggestions).toEqual([right]);
    expect(f[0]!.message).toContain(right);
  });

  it.each([
    '调研组一行赴和田县开展调研。', // the real name
    '代表团前往高新区参观。', // no division is one character off
    '我们到超市区域购物。', // 超市: a word, and no verb of going before the name
    '和填县召开会议。', // no verb of going: the place rules weigh a bare name
  ])('leaves %s alone', (body) => {
    expect(runRules(rule, body)).toEqual([]);
  });

  it('is off without the similarity table', () => {
    expect(runRules(createPlaceTruncatedRule(divisions, words), '调研组一行赴和填县开展调研。')).toEqual([]);
  });
});
