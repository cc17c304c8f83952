import { describe, expect, it } from 'vitest';
import { parseT2s } from '../../../lib/engine/data/tables';
import { CharSimilarity } from '../../../lib/engine/near/similar';
import { Normalizer } from '../../../lib/engine/normalize';
import { createDraftVariantRule } from '../../../lib/rules/draft-variant';
import { parseWordFreq } from '../../../lib/rules/word-likelihood';
import { runRules } from '../../helpers/check';
import { pinyinTable, readProjectFile, seedText, shapeTable } from './tables-fixture';

describe('typo.draft-variant (a phrase written right once and slipped once in the same draft)', () => {
  const table = parseWordFreq(readProjectFile('dictionaries/data/word-freq.txt'));
  const sim = new CharSimilarity(pinyinTable(), shapeTable());
  const normalizer = new Normalizer({ t2s: parseT2s(readProjectFile('dictionaries/data/t2s.txt')) });
  const rule = createDraftVariantRule(table, sim, { fold: (s) => normalizer.normalize(s) });
  const found = (draft: Parameters<typeof runRules>[1]) =>
    runRules(rule, draft).map((f) => `${f.field} ${f.severity} ${f.text} → ${f.suggestions.join('|')}`);

  it('reads the draft itself for the word meant', () => {
    expect(
      found('个人所得税综合所得汇算清缴已于3月1日开始。\n年度汇算补税金额不超过400元的，可以免于办理汇算请缴。'),
    ).toEqual(['body warn 请缴 → 清缴']);
    // across fields: the title writes it right
    expect(
      found({ title: '2025年度企业所得税汇算清缴问答', body: '问：汇算请缴的截止时间是哪天？答：5月31日。' }),
    ).toEqual(['body warn 请缴 → 清缴']);
  });

  it.each([
    // the same slip without the right word in the draft: typo.unlikely-word's to weigh
    '年度汇算补税金额不超过400元的，可以免于办理汇算请缴。',
    // two words that only sound alike (期 has the rare reading jī), or only look alike (two cities)
    '流感高发期要勤洗手。\n进入流感高发季，医院发热门诊量上升。',
    '郴州市和彬州市两地开展结对交流，郴州市代表团昨日抵达。',
    // two words meeting: 本 + 系统, not a slip of 体系
    '完善监管体系。各部门依职责管理指导本系统工作。',
    // a different phrase around the word: 个性化 … 10个省
    '提供个性化服务。\n全国10个省份参与试点。',
    // written right everywhere
    '汇算清缴已于3月1日开始，汇算清缴截止6月30日。',
  ])('leaves %s alone', (body) => {
    expect(found(body)).toEqual([]);
  });

  describe('with the two-character place names', () => {
    const withPlaces = createDraftVariantRule(table, sim, {
      fold: (s) => normalizer.normalize(s),
      placeNames: ['榕江', '漠河', '郴州', '彬州', '凯里'],
    });
    const placeFound = (body: string) =>
      runRules(withPlaces, body).map((f) => `${f.severity} ${f.text} → ${f.suggestions.join('|')}`);
    it('reads a place name the draft writes as the one meant by a slip of it elsewhere, with no phrase around', () => {
      expect(placeFound('周末来榕江看“村超”。\n来容江，一定要尝尝当地的特色美食。')).toEqual(['warn 容江 → 榕江']);
      expect(placeFound('预计漠河市将出现明显降温。\n莫河最低气温零下40摄氏度。')).toEqual(['warn 莫河 → 漠河']);
    });
    it.each([
      // no right name in the draft: the place rules' to weigh
      '来容江，一定要尝尝当地的特色美食。',
      // two real places (彬州 is one too)
      '郴州市和彬州市两地开展结对交流，郴州市代表团昨日抵达。',
      // the slip written more often than the name
      '容江容江容江，榕江。',
      // part of a word reaching out of the two: 容 of 内容
      '榕江县发布内容江湖气十足。',
    ])('leaves %s alone', (body) => {
      expect(placeFound(body)).toEqual([]);
    });
  });

  it('is quiet on the Qingdao notice', () => {
    expect(found(seedText())).toEqual([]);
  });
});
