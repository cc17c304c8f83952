import { describe, expect, it } from 'vitest';
import { createNameRules } from '../../../lib/rules/names';
import { parseNamesList } from '../../../lib/rules/names-schema';
import { brief, runRules } from '../../helpers/check';
import { pinyinTable, readProjectFile, ruleLists } from './tables-fixture';

// Governors (省长, 自治区主席, 直辖市市长) and party secretaries in office from 2017-10-25 onward, added in round 29
// (dictionaries/names.json, README “领导人名单”).
const list = parseNamesList(JSON.parse(readProjectFile('dictionaries/names.json')));
const rules = createNameRules(list, pinyinTable(), { titles: ruleLists().titles.words });
const at = (body: string, today = '2026-12-04') => brief(runRules(rules, body, { today }));
const post = (name: string, org: string) =>
  list.people.find((p) => p.name === name)?.titles.filter((t) => t.org === org);

describe('provincial governors and secretaries of recent terms', () => {
  it.each([
    ['唐良智', '重庆市', '市长', '2018-01-02', '2021-12-30'],
    ['廖国勋', '天津市', '市长', undefined, '2022-04-27'],
    ['布小林', '内蒙古自治区', '自治区主席', '2016-03-30', '2021-08-05'],
    ['王文涛', '黑龙江省', '省长', '2018-03-26', '2021-02-02'],
    ['陆昊', '黑龙江省', '省长', '2013-03-25', '2018-03-26'],
    ['唐仁健', '甘肃省', '省长', '2017-04-11', '2020-12-03'],
    ['齐扎拉', '西藏自治区', '自治区主席', '2017-01-15', '2021-10-08'],
    ['雪克来提·扎克尔', '新疆维吾尔自治区', '自治区主席', undefined, '2021-09-30'],
    ['林铎', '甘肃省委', '省委书记', '2017-04-01', '2021-03-31'],
    ['刘赐贵', '海南省委', '省委书记', '2017-04-01', '2020-12-01'],
    ['李锦斌', '安徽省委', '省委书记', undefined, '2021-09-30'],
    ['郑栅洁', '安徽省委', '省委书记', '2021-09-30', '2023-03-14'],
    ['吴政隆', '江苏省', '省长', '2017-05-31', '2021-10-19'],
    ['张国清', '天津市', '市长', '2018-01-02', '2020-09-01'],
    ['尹弘', '河南省', '省长', '2019-12-06', '2021-04-02'],
  ])('lists %s with the post in %s', (name, org, title, from, to) => {
    const t: Record<string, string> = { title, org };
    if (from) t.from = from;
    if (to) t.to = to;
    expect(post(name, org)).toEqual([t]);
  });

  it('fills start dates of governors now in office from the dated appointment', () => {
    expect(post('王正谱', '河北省')?.[0]?.from).toBe('2021-10-21');
    expect(post('胡衡华', '重庆市')?.[0]?.from).toBe('2021-12-30');
    expect(post('赵龙', '福建省')?.[0]?.from).toBe('2021-10-22');
    expect(post('殷勇', '北京市')?.[0]?.from).toBe('2022-10-28');
  });

  it.each([
    ['重庆市市长唐良志出席会议。', '2019-05-01', '唐良志'],
    ['甘肃省省长唐仁建出席。', '2018-05-01', '唐仁建'],
    ['黑龙江省省长王文韬主持会议。', '2019-05-01', '王文韬'],
    ['海南省委书记刘赐桂主持会议。', '2018-06-01', '刘赐桂'],
    ['安徽省委书记李锦彬主持会议。', '2019-05-01', '李锦彬'],
  ])('finds a misspelt name next to a title held then: %s', (body, today, text) => {
    expect(at(body, today)).toContain(`typo.leader-name block ${text}`);
  });

  it.each([
    ['重庆市市长唐良智出席会议。', '2019-05-01'],
    ['海南省委书记刘赐贵主持会议。', '2018-06-01'],
    ['内蒙古自治区主席布小林出席。', '2019-05-01'],
    ['西藏自治区主席齐扎拉出席。', '2019-05-01'],
    ['甘肃省委书记林铎、省长唐仁健出席。', '2019-05-01'],
    ['浙江省省长郑栅洁出席。', '2021-03-01'],
    ['福建省省长王宁出席。', '2021-03-01'],
  ])('accepts the right name and post at the time: %s', (body, today) => {
    expect(at(body, today)).toEqual([]);
  });

  it('marks the posts as former today', () => {
    expect(at('重庆市市长唐良智出席会议。')).toEqual(['formulation.leader-former-title warn 市长唐良智']);
    expect(at('海南省委书记刘赐贵主持会议。')).toEqual(['formulation.leader-former-title warn 省委书记刘赐贵']);
  });

  it('suggests the post the person holds today in the place named', () => {
    const f = runRules(rules, '河南省长刘宁主持召开防汛工作会议。', { today: '2025-07-08' });
    expect(brief(f)).toEqual(['typo.leader-title block 河南省长刘宁']);
    expect(f[0]!.suggestions).toEqual(['河南省委书记刘宁']);
    expect(f[0]!.message).toContain('现任河南省委书记');
  });
});
