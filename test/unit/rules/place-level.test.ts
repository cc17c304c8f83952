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

describe('typo.place-parent: a division right after a province or city it does not belong to', () => {
  it('warns, naming where the place is', () => {
    expect(level('安徽省南京市中级人民法院判决如下。')).toEqual(['typo.place-parent warn 安徽省南京市']);
    expect(level('广东杭州市召开会议。')).toEqual(['typo.place-parent warn 广东杭州市']);
    expect(level('郑州市鼓楼区开展活动。')).toEqual(['typo.place-parent warn 郑州市鼓楼区']);
    expect(runRules(rule, '安徽省南京市')[0]!.message).toContain('江苏省');
  });

  it('stays quiet on the right parents, a county under its province, generic district names and former names', () => {
    expect(
      level('江苏省南京市鼓楼区、福建省福州市鼓楼区、河南省开封市鼓楼区、江苏省沛县、内蒙古自治区呼和浩特市。'),
    ).toEqual([]);
    expect(level('山西省长治市城区、四川省重庆市（今重庆市）、原安徽省南京市。')).toEqual([]);
  });
});

describe('typo.place-people: an autonomous division named with another people', () => {
  it('warns with the right name', () => {
    expect(level('河南省郑州市管城汉族区人民法院作出决定。')).toEqual(['typo.place-people warn 管城汉族区']);
    expect(runRules(rule, '管城汉族区')[0]!.suggestions).toEqual(['管城回族区']);
  });

  it('stays quiet on the right names and on peoples in other words', () => {
    expect(level('郑州市管城回族区、湖北省恩施土家族苗族自治州、云南省大理白族自治州、广西壮族自治区。')).toEqual([]);
    expect(level('管城回族群众和汉族群众共同参加活动。')).toEqual([]);
  });
});
