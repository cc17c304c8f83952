import { describe, expect, it } from 'vitest';
import { createPlaceLevelRule } from '../../../lib/rules/place-level';
import { parseDivisions } from '../../../lib/rules/places';
import { brief, runRules } from '../../helpers/check';
import { readProjectFile } from './tables-fixture';

const rule = createPlaceLevelRule(parseDivisions(readProjectFile('dictionaries/data/divisions.txt')));
const level = (body: string) => brief(runRules(rule, body));

describe('typo.place-level: a division of the wrong level right after its province or city', () => {
  it('warns on a level the place never had (区 or 市 for a county, 区 for a city)', () => {
    expect(level('河北省石家庄市正定区发布通知。')).toEqual(['typo.place-level warn 正定区']);
    expect(level('河北正定市发布通知。')).toEqual(['typo.place-level warn 正定市']);
    expect(level('陕西省汉中区发布通知。')).toEqual(['typo.place-level warn 汉中区']);
    expect(runRules(rule, '河北省石家庄市正定区发布通知。')[0]!.suggestions).toEqual(['正定县']);
  });

  it('only notes a name one step behind (县 for a city or district, 市 for a district): it may be a former name', () => {
    expect(level('河南省郑州市金水县开展活动。')).toEqual(['typo.place-level info 金水县']);
    expect(level('陕西省汉中县发布通知。')).toEqual(['typo.place-level info 汉中县']);
    expect(level('浙江省杭州市萧山市召开会议。')).toEqual(['typo.place-level info 萧山市']);
    // 朝阳县 is a county of 辽宁省, not of 北京市
    expect(level('北京市朝阳县开展活动。')).toEqual(['typo.place-level info 朝阳县']);
  });

  it('stays quiet on right names, names of that level elsewhere in the province, former names and quotes', () => {
    expect(level('辽宁省朝阳县、辽宁省朝阳市朝阳县、北京市朝阳区、陕西省汉中市城固县。')).toEqual([]);
    expect(level('广东省原番禺县撤县设区。')).toEqual([]);
    expect(level('更正：“河北省石家庄市正定区”应为“正定县”。')).toEqual([]);
    expect(level('正定区域内的道路。正定市场。')).toEqual([]);
  });
});
