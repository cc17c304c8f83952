import { describe, expect, it } from 'vitest';
import { parseT2s } from '../../../lib/engine/data/tables';
import { CharSimilarity } from '../../../lib/engine/near/similar';
import { Normalizer } from '../../../lib/engine/normalize';
import { parseRuleData } from '../../../lib/rules/rule-data';
import { createWordLikelihoodRule, parseWordFreq } from '../../../lib/rules/word-likelihood';
import { brief, runRules } from '../../helpers/check';
import { pinyinTable, readProjectFile, seedText, shapeTable } from './tables-fixture';

describe('typo.unlikely-word (a slip weighed by word counts)', () => {
  const table = parseWordFreq(readProjectFile('dictionaries/data/word-freq.txt'));
  const sim = new CharSimilarity(pinyinTable(), shapeTable());
  const titles = parseRuleData(JSON.parse(readProjectFile('dictionaries/rule-data.json'))).titles.words;
  const normalizer = new Normalizer({ t2s: parseT2s(readProjectFile('dictionaries/data/t2s.txt')) });
  const rule = createWordLikelihoodRule(table, sim, { titles, fold: (s) => normalizer.normalize(s) });

  it('reads the table: counts by length, real words without a count as 0', () => {
    expect(table.countOf('的')).toBeGreaterThan(100_000);
    expect(table.countOf('建设')).toBeGreaterThan(10_000);
    expect(table.countOf('警营')).toBe(0); // a real word the counts lack (scripts/data-sources/real-words.txt)
    expect(table.countOf('实事求是')).toBeGreaterThan(0);
    expect(table.countOf('健设')).toBeUndefined();
    expect(table.logTotal).toBeGreaterThan(15);
  });

  it('parses counts and skips comments and malformed lines', () => {
    const t = parseWordFreq('# comment\n建设\t100\n建\t5\n坏行\n社\tx\n科创板\t0\n');
    // counts are kept as quantized logs: within a part in ten thousand
    expect(t.countOf('建')).toBeCloseTo(5, 2);
    expect(t.countOf('建设')).toBeCloseTo(100, 1);
    expect(t.countOf('社')).toBeUndefined();
    expect(t.countOf('坏行')).toBeUndefined();
    expect(t.countOf('科创板')).toBe(0);
    expect(t.logTotal).toBeCloseTo(Math.log(105));
  });

  it('finds every word of a full table and no other (Robin Hood order: a miss stops early)', () => {
    // thousands of words in a small table (load ≈ 0.7: long probe runs), some listed twice (the later count wins)
    const words: string[] = [];
    for (let i = 0; i < 2800; i++) {
      const a = String.fromCharCode(0x4e00 + ((i * 37) % 500));
      const b = String.fromCharCode(0x4e00 + ((i * 101) % 700));
      words.push([a, a + b, a + b + a, b + a + b + a][i % 4]!);
    }
    const counts = new Map<string, number>();
    const lines = words.map((w, i) => {
      const n = i % 7 === 0 ? 0 : 10 + i;
      counts.set(w, n);
      return `${w}\t${n}`;
    });
    const t = parseWordFreq(lines.join('\n'));
    expect(t.slots.length / 3).toBe(4096);
    for (const [w, n] of counts) {
      if (n === 0) expect(t.countOf(w)).toBe(0);
      else expect(t.countOf(w)! / n).toBeCloseTo(1, 3);
    }
    for (let i = 0; i < 3000; i++) {
      const w = String.fromCharCode(0x4e00 + ((i * 13) % 900), 0x4e00 + ((i * 7) % 800));
      if (!counts.has(w)) expect(t.countOf(w)).toBeUndefined();
    }
  });

  it.each([
    ['依照有关法津法规处理。', '法津法规', '法律法规'], // a look-alike in a common word
    ['加快推进机制健设。', '机制健设', '机制建设'], // a sound-alike that makes no word with its neighbours
    ['计承法受到重视。', '计承法', '继承法'], // the word the replacement makes, three characters
    ['稳步推进农村土地制度改隔。', '制度改隔', '制度改革'], // a word of official prose, counted in the work reports
    ['坚决遏至违法行为。', '坚决遏至', '坚决遏制'], // a collocation of the work reports gives the context
    ['今后要其续努力。', '其续努力', '继续努力'], // a function character written in for a sound-alike (其 → 继)
    ['六是加大污染之理和环境保护力度。', '污染之理', '污染治理'], // the suspect 理 is the bound half of 治理
    ['即可在全国范围内申清办理。', '申清', '申请'], // a gain for a hint only, but 清 sounds and looks like 请
    ['定期为辖区高血亚患者开展随访。', '高血亚', '高血压'], // a common three-character word that starts with a surname
  ])('warns on %s', (body, text, right) => {
    const f = runRules(rule, body);
    expect(brief(f)).toEqual([`typo.unlikely-word warn ${text}`]);
    expect(f[0]!.suggestions).toEqual([right]);
    expect(f[0]!.message).toContain(right);
  });

  it.each([
    ['要加强根踪督促落实。', '根踪', '跟踪'],
    ['全面落实工做责任制。', '工做', '工作'],
  ])('hints at %s (less certain: info)', (body, text, right) => {
    const f = runRules(rule, body);
    expect(brief(f)).toEqual([`typo.unlikely-word info ${text}`]);
    expect(f[0]!.suggestions).toEqual([right]);
  });

  it.each([
    '加快推进机制建设。', // the right word
    '办公室主任计承法受到表彰。', // a name right after a title
    '刘诗雯在比赛中获胜。', // a given name after a common surname
    '范伟出席了活动。', // a two-character word after a surname (范围) may be a name
    '张召忠谈航母。', // a long word after a surname whose rest is no word (张召重, a novel's hero) may be a name
    '他的新书《机制健设》出版了。', // a book title
    '这次活动叫“健设”计划。', // a short quotation: a coined name
    '水坪村召开会议。', // the generic part of a place name after it
    '大家在水坪上晒谷子。', // a word ending in a place name's generic part (坪, 坝, 沟 …) may be a place
    '保险公司要维护保户的合法权益。', // 保户 is a word
    '警营开放日，欢迎市民参观。', // a real word the counts lack
    '推进體育赛事制播分离，加强赛风赛纪建设。', // a traditional form (the engine folds it), real words of official prose
    '对于家长群中反映的问题，学校已召开家长会。', // 家长群 is a word: 群 is no suspect
    '大连话说的溜溜的。', // 的, 地 and 得 for one another is usage, never tried as the slip
    '稳是大局，进是方向。', // a function character is tried for its sound-alikes only (是 → 定 is a look-alike)
    '活动在麻栗场镇集镇广场举行。', // a town of three characters before 镇 (round 32; 规化和村庄规划 is still read)
  ])('leaves %s alone', (body) => {
    expect(runRules(rule, body)).toEqual([]);
  });

  it('reads a rare character for its look-alikes only, as a hint unless it sounds alike too', () => {
    expect(brief(runRules(rule, '看望曾在西藏阿里地区戌边的退役军人。'))).toEqual(['typo.unlikely-word info 戌边']);
    // 凋 both looks and sounds (diao) like 调
    expect(brief(runRules(rule, '公共机构停开空凋、电梯。'))).toEqual(['typo.unlikely-word warn 空凋']);
    // before the generic part of a name it is that name's (潍河)
    expect(runRules(rule, '加强潍河流域综合治理。')).toEqual([]);
  });

  it('finds nothing in the founding notice', () => {
    expect(runRules(rule, seedText())).toEqual([]);
  });

  it('reports a slip once and stays linear on a long paragraph', () => {
    const body = '加快推进机制健设。'.repeat(2000);
    const f = runRules(rule, body);
    expect(f.length).toBeGreaterThan(100);
    expect(new Set(f.map((x) => x.text))).toEqual(new Set(['机制健设']));
  });
});
