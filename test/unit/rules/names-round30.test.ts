import { describe, expect, it } from 'vitest';
import { createNameRules } from '../../../lib/rules/names';
import { parseNamesList } from '../../../lib/rules/names-schema';
import { brief, runRules } from '../../helpers/check';
import { pinyinTable, readProjectFile, ruleLists } from './tables-fixture';

// Round 30 (dictionaries/names.json, README “领导人名单”): governors and secretaries of 2017-10-25 onward whose dates
// were found this round, the 13th-term state councillors and 14th-term NPC/CPPCC vice chairs among them.
const list = parseNamesList(JSON.parse(readProjectFile('dictionaries/names.json')));
const rules = createNameRules(list, pinyinTable(), { titles: ruleLists().titles.words });
const at = (body: string, today = '2026-12-04') => brief(runRules(rules, body, { today }));
const post = (name: string, org: string) =>
  list.people.find((p) => p.name === name)?.titles.filter((t) => t.org === org);

describe('leaders of recent terms added in round 30', () => {
  it.each([
    ['王晓东', '湖北省', '省长', '2016-09-14', '2021-05-07'],
    ['陈武', '广西壮族自治区', '自治区主席', '2013-03-28', '2020-10-19'],
    ['咸辉', '宁夏回族自治区', '自治区主席', '2016-07-03', '2022-05-09'],
    ['李国英', '安徽省', '省长', '2016-09-01', '2021-02-01'],
    ['陈润儿', '宁夏回族自治区党委', '自治区党委书记', undefined, '2022-03-29'],
    ['陈润儿', '河南省', '省长', undefined, '2019-12-06'],
    ['陈求发', '辽宁省', '省长', undefined, '2017-10-30'],
    ['张国清', '重庆市', '市长', undefined, '2018-01-02'],
    ['刘国中', '吉林省', '省长', undefined, '2018-01-02'],
    ['刘国中', '陕西省', '省长', '2018-01-04', '2020-08-02'],
    ['刘国中', '陕西省委', '省委书记', '2020-07-31', '2022-11-27'],
    ['信长星', '青海省', '省长', '2020-08-01', '2022-03-31'],
    ['信长星', '青海省委', '省委书记', '2022-03-29', '2023-01-03'],
    ['刘宁', '青海省', '省长', undefined, '2020-08-01'],
  ])('lists %s with the post in %s', (name, org, title, from, to) => {
    const t: Record<string, string> = { title, org };
    if (from) t.from = from;
    if (to) t.to = to;
    expect(post(name, org)).toEqual([t]);
  });

  it('fills start dates from the same decisions', () => {
    expect(post('王清宪', '安徽省')?.[0]?.from).toBe('2021-02-01');
    expect(post('陈刚', '青海省委')?.[0]?.from).toBe('2023-01-03');
    expect(post('梁言顺', '宁夏回族自治区党委')?.[0]?.from).toBe('2022-03-29');
  });

  it('lists the 13th-term state councillors from 2018-03-19 to 2023-03-12', () => {
    for (const name of ['魏凤和', '王毅', '肖捷', '赵克志']) {
      expect(post(name, '国务院')?.find((t) => t.title === '国务委员')).toEqual({
        title: '国务委员',
        org: '国务院',
        from: '2018-03-19',
        to: '2023-03-12',
      });
    }
  });

  it('lists the 14th-term vice chairs among them from 2023-03-10', () => {
    expect(post('肖捷', '全国人大常委会')).toEqual([
      { title: '全国人大常委会副委员长', org: '全国人大常委会', from: '2023-03-10' },
    ]);
    expect(post('雪克来提·扎克尔', '全国人大常委会')?.[0]?.from).toBe('2023-03-10');
    for (const name of ['陈武', '咸辉']) {
      expect(post(name, '全国政协')).toEqual([{ title: '全国政协副主席', org: '全国政协', from: '2023-03-10' }]);
    }
  });

  it.each([
    ['湖北省省长王晓冬出席会议。', '2019-05-01', '王晓冬'],
    ['安徽省省长李国应主持会议。', '2019-05-01', '李国应'],
    ['广西壮族自治区主席陈午出席。', '2019-05-01', '陈午'],
    ['国务委员魏风和会见外宾。', '2019-05-01', '魏风和'],
  ])('finds a misspelt name next to a title held then: %s', (body, today, text) => {
    expect(at(body, today)).toContain(`typo.leader-name block ${text}`);
  });

  it.each([
    ['湖北省省长王晓东出席会议。', '2019-05-01'],
    ['安徽省省长李国英主持会议。', '2019-05-01'],
    ['宁夏回族自治区主席咸辉出席。', '2019-05-01'],
    ['国务委员肖捷出席。', '2019-05-01'],
    ['全国政协副主席陈武出席。', '2024-05-01'],
  ])('accepts the right name and post at the time: %s', (body, today) => {
    expect(at(body, today)).toEqual([]);
  });

  it('leaves out 王建军 and 王勇: common names, whose namesakes at local posts would read as holding wrong posts', () => {
    expect(list.people.some((p) => p.name === '王建军' || p.name === '王勇')).toBe(false);
  });

  it('marks the posts as former today', () => {
    expect(at('湖北省省长王晓东出席会议。')).toEqual(['formulation.leader-former-title warn 省长王晓东']);
    expect(at('国务委员魏凤和会见外宾。')).toEqual(['formulation.leader-former-title warn 国务委员魏凤和']);
  });
});

describe('a grassroots post is nobody on the list (round 33)', () => {
  it('reads no leader into a village head one character off (村委会主任王德明 beside 王东明, who chaired 四川省人大常委会)', () => {
    expect(at('他和村党支部书记、村委会主任王德明一起，跑农科院。', '2025-10-16')).toEqual([]);
    expect(at('社区主任王德明介绍情况。', '2025-10-16')).toEqual([]);
    // the post itself still counts: 省人大常委会主任 is one 王东明 held
    expect(at('省人大常委会主任王东鸣主持会议。', '2025-10-16')).toEqual(['typo.leader-name block 王东鸣']);
  });

  it('takes the national body the person leads named in the paragraph as the title a look-alike where a name sits needs', () => {
    const body =
      '3月4日下午，全国政协十四届三次会议在人民大会堂开幕。王虎宁代表政协第十四届全国委员会常务委员会向大会报告工作。';
    expect(at(body, '2025-03-04')).toEqual(['typo.leader-name block 王虎宁']);
    // a name slot's verb is needed: not a pupil of the same name
    expect(at('全国政协召开会议。王虎宁同学参加比赛。', '2025-03-04')).toEqual([]);
  });
});
