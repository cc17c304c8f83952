import { describe, expect, it } from 'vitest';
import { dataLines } from '../../../lib/engine/data/tables';
import { createCollocationSlipRule } from '../../../lib/rules/collocation-slips';
import { parseWordFreq } from '../../../lib/rules/word-likelihood';
import { runRules } from '../../helpers/check';
import { readProjectFile, seedText } from './tables-fixture';

describe('typo.collocation (a common word slipped into two common characters, beside its collocates)', () => {
  const table = parseWordFreq(readProjectFile('dictionaries/data/word-freq.txt'));
  const slips = readProjectFile('dictionaries/data/collocation-slips.txt');
  const rule = createCollocationSlipRule(table, slips);
  const found = (body: string) =>
    runRules(rule, body).map((f) => `${f.ruleId} ${f.severity} ${f.text} → ${f.suggestions.join('|')}`);

  it.each([
    ['环境保护和生太建设明显加强。', 'typo.collocation warn 生太 → 生态'],
    ['国有企也改革和脱困取得重要进展。', 'typo.collocation warn 企也 → 企业'],
    ['技术创心和科技成果转化的步伐加快。', 'typo.collocation warn 创心 → 创新'],
    ['国内生产总值增张率达到预期目标。', 'typo.collocation warn 增张 → 增长'],
    ['实际利用外商直接没资比上年略有减少。', 'typo.collocation warn 没资 → 投资'],
    ['科技体制改革进一步身化。', 'typo.collocation warn 身化 → 深化'],
    // a word typed for its homophone, a word of its own: beside a strong collocate
    ['现就统筹怡情防控和经济社会发展工作通知如下。', 'typo.collocation warn 怡情 → 疫情'],
    ['深入罐车党的十九大精神。', 'typo.collocation warn 罐车 → 贯彻'],
  ])('finds %s', (body, expected) => {
    expect(found(body)).toEqual([expected]);
  });

  it.each([
    '对改善地区布局有重要意义的工程。', // 布局 + 有
    '为维护国家安全提供技术支撑。', // 安全 + 提供
    '挑拨老郭家关系。', // a name after 老
    '我们愿以最大诚意、尽最大努力。', // a classical function character written in is never a slip here
    '对于家长群中反映的问题，学校已召开家长会。', // a function character needs both collocates or a strong one
    '《生太建设》是一本书；他说“生太建设”。', // a book title, a short quotation
    '市场上平菇价格稳定，罐车运输正常。', // a word of its own with no collocate of its homophone beside it
  ])('leaves %s alone', (body) => {
    expect(found(body)).toEqual([]);
  });

  it('finds nothing in the founding notice', () => {
    expect(found(seedText())).toEqual([]);
  });

  it('reads a table whose slips are two units one space apart, each line with four fields', () => {
    const lines = dataLines(slips);
    expect(lines.length).toBeGreaterThan(1000);
    for (const line of lines) {
      const f = line.split('\t');
      expect(f).toHaveLength(4);
      expect(f[0]).toMatch(/^[\u4e00-\u9fff]{2}$/);
      expect(f[1]).toMatch(/^[\u4e00-\u9fff]{2}( [\u4e00-\u9fff]{2})*$/);
    }
  });
});
