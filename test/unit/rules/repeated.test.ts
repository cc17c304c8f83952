import { describe, expect, it } from 'vitest';
import { createRepeatedRule } from '../../../lib/rules/repeated';
import { parseWordFreq } from '../../../lib/rules/word-likelihood';
import { runRules } from '../../helpers/check';
import { readProjectFile, seedText } from './tables-fixture';

describe('typo.repeated-word and typo.repeated-char (a word or a character typed twice)', () => {
  const rule = createRepeatedRule(parseWordFreq(readProjectFile('dictionaries/data/word-freq.txt')));
  const found = (body: string) =>
    runRules(rule, body).map((f) => `${f.ruleId} ${f.severity} ${f.text} → ${f.suggestions.join('|')}`);

  it.each([
    ['我们要推进推进高质量发展。', 'typo.repeated-word warn 推进推进 → 推进'],
    ['会议会议由副市长主持。', 'typo.repeated-word warn 会议会议 → 会议'],
    ['持续优化优化营商环境。', 'typo.repeated-word warn 优化优化 → 优化'],
    ['总书书记强调，要坚持稳中求进。', 'typo.repeated-char warn 总书书记 → 总书记'],
    ['全面推进乡村振振兴。', 'typo.repeated-char warn 村振振兴 → 村振兴'],
    ['网络强国国召开专题会议。', 'typo.repeated-char warn 强国国 → 强国'],
    ['他玉树临临风，气度不凡。', 'typo.repeated-char warn 树临临风 → 树临风'],
    // the first character of a word typed twice at the start or after punctuation
    // (农业强国, a protected term, is a word of the table since round 32: the finding spans it whole)
    ['农农业强国建设取得新进展。', 'typo.repeated-char warn 农农业强国 → 农业强国'],
    ['会上，农农业农村局作了发言。', 'typo.repeated-char warn 农农业农村 → 农业农村'],
    // a set phrase of four with a character typed twice, even where the pair is a word (重重), or its last one before
    // punctuation
    ['他语重重心长地说。', 'typo.repeated-char warn 语重重心 → 语重心'],
    ['我们以弱胜强强，赢得了比赛。', 'typo.repeated-char warn 以弱胜强强 → 以弱胜强'],
    // round 27: the first character of a set phrase of four typed twice, inside a text or after punctuation
    ['大家感感同身受，圆满完成了任务。', 'typo.repeated-char warn 感感同身受 → 感同身受'],
    ['【关注】顽顽固不化的违法户被依法处理。', 'typo.repeated-char warn 顽顽固不化 → 顽固不化'],
  ])('finds %s', (body, expected) => {
    expect(found(body)).toEqual([expected]);
  });

  it('gives a verb doubled on purpose as a hint only', () => {
    expect(found('这件事我们研究研究再答复您。')).toEqual(['typo.repeated-word info 研究研究 → 研究']);
    expect(found('让他品尝品尝家乡菜。')).toEqual(['typo.repeated-word info 品尝品尝 → 品尝']);
  });

  it.each([
    '坚持人民民主专政，关心学生生活。',
    '教育部部长、国务院院长、外交部部长助理出席。',
    '要一步一步来，很多很多人参加，好的好的。',
    '大家要实实在在地干，的的确确有成效，是是非非要分清。',
    '天天向上，人人参与，常常提醒。',
    '中国国家主席出席，全国国防教育日。',
    '他们高喊“加油加油”。',
    '《推进推进》是一本书的名字。',
    '就业创业创新工作取得新进展。',
    '坚决排除条条块块的干扰，方方面面都要考虑。',
    '左权县辽阳镇镇长、宗教局局长出席，凡已取得居住国国籍的，降低文化娱乐税税率。',
    '这种种情况说明，我们深深感到责任重大。',
    '一件件实事、一份份答卷、一个个项目落地见效。',
    '你经历过什么什么样的事？',
    '东湖绿道二期工程PPP项目项目常务经理到场。',
    '#机车机车梦# 活动开始报名。',
    '学习习近平新时代中国特色社会主义思想，人民民警为人民，召开大会会上强调。',
    // a character that stands alone (和, 交) before a word, a body's name before its title, a company's short name
    '坚持平等互利和和平共处，按时交交通费，宗教局局长出席，海控控股更名。',
    '和和平平过日子。交交通费。人人民主。',
    '怎么就没完没了了？面对困难重重，一片生机勃勃。',
    '天天向上，人人民主，大大提高，统统一样。',
    // a period after its determiner, then a word starting with it
    '个体工商户应于6月30日前报送上一年度年度报告。',
    '县长岑玉林等县领导结合分管工作作交流发言。', // 工作 + 作交流发言: a light verb, no orphan copy (round 33)
    '地铁2号线火车站站与1号线实现站内换乘。', // a stop named after a station (round 34)
  ])('leaves %s alone', (body) => {
    expect(found(body)).toEqual([]);
  });

  it('is quiet on the founding notice', () => {
    expect(found(seedText())).toEqual([]);
  });
});
