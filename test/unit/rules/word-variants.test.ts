import { describe, expect, it } from 'vitest';
import { parsePlaceVariants } from '../../../lib/rules/places';
import { parseWordFreq } from '../../../lib/rules/word-likelihood';
import { createWordVariantRule } from '../../../lib/rules/word-variants';
import { brief, runRules } from '../../helpers/check';
import { readProjectFile, seedText } from './tables-fixture';

describe('typo.word-variant (generated table of common 别字)', () => {
  const table = parsePlaceVariants(readProjectFile('dictionaries/data/word-variants.txt'));
  const rule = createWordVariantRule(table, parseWordFreq(readProjectFile('dictionaries/data/word-freq.txt')));

  it('reads the table: variants by their first two characters, and the guard characters', () => {
    expect(table.size).toBeGreaterThan(50000);
    expect(table.byPair.get('警'.charCodeAt(0) * 65536 + '剔'.charCodeAt(0))).toContainEqual(['警剔', '警惕']);
    expect(table.before.size + table.after.size).toBeGreaterThan(1000);
  });

  it.each([
    ['各地要时刻保持警剔，防范风险。', '警剔', '警惕'], // a look-alike of the same sound (剔/惕)
    ['大力弘杨社会主义核心价值观。', '弘杨', '弘扬'],
    ['加强宏现管理，稳定市场预期。', '宏现', '宏观'], // a look-alike
    ['请向政脯部门反映。', '政脯部门', '政府部门'], // the longest variant,
    ['适时雕整收费标准。', '雕整', '调整'], // a sound slip of a very common word
    ['接待群众不能急噪，要耐心细致。', '急噪', '急躁'], // general vocabulary: read exactly like 躁
    ['电信诈骗严重威协群众财产安全。', '威协', '威胁'], // a slip jieba's dictionary lists as a rare entry
    ['请带好户口薄到窗口办理。', '户口薄', '户口簿'], // a noun of three: a character both read and written alike
    ['小区的消防拴被车撞坏了。', '消防拴', '消防栓'],
    // 形声 slips: a part of the right character, or one sharing its part, read alike (PHONO in the generator)
    ['多吃新鲜疏菜水果。', '疏菜', '蔬菜'],
    ['做好抚贫开发工作。', '抚贫', '扶贫'],
    // a confusion the published pairs show again and again (冲值, 冲电宝, 冲满 for 充): tried in every common word
    ['谨防不法分子冒冲公安民警。', '冒冲', '冒充'],
  ])('warns on %s', (body, text, right) => {
    const f = runRules(rule, body);
    expect(brief(f)).toEqual([`typo.word-variant warn ${text}`]);
    expect(f[0]!.suggestions).toEqual([right]);
    expect(f[0]!.message).toContain(right);
  });

  it.each([
    '各地要时刻保持警惕，防范风险。', // the right word
    '完善设市标准，有序推进撤县设市。', // 设市: a short form before the name of a division (never in the table)
    '鼓励群众住进新房。', // a verb with its complement
    '游客可前往灵峰景区观赏红叶。', // 灵峰 + 景区: a name's last character before a word, no 风景区
    '坚持以人民为中心，推进高质量发展。',
    '65岁以上老人专享免费体检，持社保卡就诊立享报销。', // words of today's service writing no dictionary lists
    '避免出现行业性限贷、抽贷、断贷。', // credit terms of financial policy (断贷 is no 断代)
    '鄱阳县河湖众多，圩堤线长面广。', // 圩堤 + 线长: the variant's first character ends a word of the table (堤线 is no 底线)
    '地铁2号线南延线即将开通，工作人员入镜，原音再现。', // real words no dictionary lists (real-words.txt, round 34)
  ])('leaves %s alone', (body) => {
    expect(runRules(rule, body)).toEqual([]);
  });

  it('finds nothing in the founding notice', () => {
    expect(runRules(rule, seedText())).toEqual([]);
  });
});

describe('typo.word-variant (guards, on a small table)', () => {
  const rule = createWordVariantRule(parsePlaceVariants('拨付\t拔付\n<拔\t选\n>付\t款\n'));

  it('warns on the variant written as one word', () => {
    expect(brief(runRules(rule, '财政资金已拔付到位。'))).toEqual(['typo.word-variant warn 拔付']);
  });

  it.each([
    '干部选拔付出了很多心血。', // 选拔 + 付出: the character before makes a word with the first one
    '按时拔付款项。', // 付款: the last character makes a word with the one after (a guard line)
    '他的新书《拔付》出版了。', // a book title
    '这次活动叫“拔付”计划。', // a short quotation: a coined name or pun, written so on purpose
  ])('leaves %s alone', (body) => {
    expect(runRules(rule, body)).toEqual([]);
  });

  it('still warns in quoted speech longer than a coined word', () => {
    expect(brief(runRules(rule, '他说：“这笔钱下周就会拔付到各村，请大家放心。”'))).toEqual([
      'typo.word-variant warn 拔付',
    ]);
  });
});
