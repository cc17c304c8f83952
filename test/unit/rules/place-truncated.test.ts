import { describe, expect, it } from 'vitest';
import { createPlaceTruncatedRule } from '../../../lib/rules/place-truncated';
import { parseDivisions } from '../../../lib/rules/places';
import { parseWordFreq } from '../../../lib/rules/word-likelihood';
import { brief, runRules } from '../../helpers/check';
import { readProjectFile, seedText } from './tables-fixture';

describe('typo.place-truncated (a one-character city or county after a verb of going)', () => {
  const divisions = parseDivisions(readProjectFile('dictionaries/data/divisions.txt'));
  const words = parseWordFreq(readProjectFile('dictionaries/data/word-freq.txt'));
  const rule = createPlaceTruncatedRule(divisions, words);

  it.each([
    ['调研组一行赴金市开展调研。', '金市', '金昌市'],
    ['代表团抵达宝市。', '宝市', '宝鸡市'],
    ['调研组一行前往漯市调研。', '漯市', '漯河市'],
    ['调研组一行赴睢县开展调研，随后前往肥县。', '肥县', '肥东县'],
    ['工作组抵达岷县后，又到舒县检查。', '舒县', '舒城县'],
    // alone before a body of its own (a source line)
    ['来源：金市人民政府', '金市', '金昌市'],
    ['【肥县融媒体中心】秋收进行时', '肥县', '肥东县'],
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
    '调研组赴丰县、歙县、沛县开展调研，又到澧县。', // one-character counties of the table
    '工作组赴邻县交流，到县城看望群众，又赴该县调研。',
    '来源：丰县融媒体中心；本市人民政府、津市市人民政府、（市人民政府办公室）、沙市区人民政府',
    '经县人民政府同意，报市人民政府批准。\n由县公安局负责。',
  ])('leaves %s alone', (body) => {
    expect(runRules(rule, body)).toEqual([]);
  });

  it('finds nothing in the founding notice', () => {
    expect(runRules(rule, seedText())).toEqual([]);
  });
});
