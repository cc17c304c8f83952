import { describe, expect, it } from 'vitest';
import { createLawNameRule } from '../../../lib/rules/law-names';
import { brief, runRules } from '../../helpers/check';
import { ruleLists } from './tables-fixture';

const rule = createLawNameRule(ruleLists().laws.words, ruleLists().laws.regulations);
const laws = (body: string) => brief(runRules(rule, body));

describe('typo.law-name: a national law cited in book-title marks with one character wrong', () => {
  it('warns on a replaced, dropped or added character, with or without the state name', () => {
    expect(laws('根据《中华人民共和国义物教育法》规定。')).toEqual(['typo.law-name warn 中华人民共和国义物教育法']);
    expect(laws('依据《中华人民共和国消费者权宜保护法》处罚。')).toEqual([
      'typo.law-name warn 中华人民共和国消费者权宜保护法',
    ]);
    expect(laws('学习《未成年人保法》。')).toEqual(['typo.law-name warn 未成年人保法']);
    expect(laws('《中华人民共和国民法点》')).toEqual(['typo.law-name warn 中华人民共和国民法点']);
    const [f] = runRules(rule, '根据《中华人民共和国义务教育发》规定。');
    expect(f!.suggestions).toEqual(['中华人民共和国义务教育法']);
  });

  it('accepts laws in force, amendments and drafts, and titles that are no law', () => {
    expect(
      laws(
        '《中华人民共和国义务教育法》《民法典》《中华人民共和国未成年人保护法（2020年修订）》《网络安全法（草案）》',
      ),
    ).toEqual([]);
    // a planned law of 1990 one character from 计量法: three-character names are left alone
    expect(laws('抓紧制定《计划法》、《投资法》。')).toEqual([]);
    expect(laws('《上海市养老服务条例》《平凡的世界》《美国通胀削减法》')).toEqual([]);
  });

  it('reads the administrative regulations too (round 37)', () => {
    expect(laws('根据《工伤保险条列》第十四条规定。')).toEqual(['typo.law-name warn 工伤保险条列']);
    expect(laws('依据《中华人民共和国道路交通安全法实施条列》处罚。')).toEqual([
      'typo.law-name warn 中华人民共和国道路交通安全法实施条列',
    ]);
    expect(runRules(rule, '学习《社会救助暂行办发》。')[0]!.suggestions).toEqual(['社会救助暂行办法']);
    // real regulations, a local one and a city's own cited without its name
    expect(laws('《物业管理条例》《江苏省物业管理条例》《市物业管理条例》《信访工作条例》')).toEqual([]);
  });
});
