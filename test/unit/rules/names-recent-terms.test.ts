import { describe, expect, it } from 'vitest';
import { createNameRules } from '../../../lib/rules/names';
import { parseNamesList } from '../../../lib/rules/names-schema';
import { brief, runRules } from '../../helpers/check';
import { pinyinTable, readProjectFile, ruleLists } from './tables-fixture';

// Leaders of the previous term added in round 28 (dictionaries/names.json, README “领导人名单”): the 19th Politburo
// (2017-10-25 to 2022-10-23) and provincial party secretaries and governors in office from 2017-10-25 onward.
const list = parseNamesList(JSON.parse(readProjectFile('dictionaries/names.json')));
const rules = createNameRules(list, pinyinTable(), { titles: ruleLists().titles.words });
const at = (body: string, today = '2026-12-04') => brief(runRules(rules, body, { today }));
const member = (name: string) =>
  list.people.find((p) => p.name === name)?.titles.filter((t) => t.title === '中共中央政治局委员') ?? [];

describe('leaders of recent terms in the built-in list', () => {
  it.each([
    '王晨',
    '刘鹤',
    '许其亮',
    '孙春兰',
    '杨洁篪',
    '杨晓渡',
    '陈希',
    '郭声琨',
    '胡春华',
    '丁薛祥',
    '李强',
    '李希',
    '蔡奇',
  ])('lists %s as a 19th-term Politburo member, 2017-10-25 to 2022-10-23', (name) => {
    expect(member(name)).toContainEqual({
      title: '中共中央政治局委员',
      org: '中共中央',
      from: '2017-10-25',
      to: '2022-10-23',
    });
  });

  it.each(['陈敏尔', '李鸿忠', '黄坤明'])('lists %s, re-elected in 2022, as a member from 2017-10-25', (name) => {
    expect(member(name)).toEqual([{ title: '中共中央政治局委员', org: '中共中央', from: '2017-10-25' }]);
  });

  it('lists sources for every person', () => {
    for (const p of list.people) expect(p.sources?.length, p.name).toBeGreaterThan(0);
  });

  it.each([
    ['湖南省委书记杜家豪主持会议。', '2018-06-01', '杜家豪'], // a former Hunan secretary's name as inspection bulletins list it
    ['中共中央政治局委员、国务院副总理刘赫出席。', '2020-05-01', '刘赫'],
    ['国务院副总理孙春岚出席。', '2020-05-01', '孙春岚'],
    ['全国人大常委会副委员长王辰出席。', '2019-05-01', '王辰'],
    ['国家监察委员会主任杨晓度出席。', '2019-05-01', '杨晓度'],
    ['中央军委副主席许其良出席。', '2019-05-01', '许其良'],
    ['江西省委书记鹿新社出席。', '2017-12-01', '鹿新社'],
    ['云南省委书记阮成法出席。', '2021-01-01', '阮成法'],
  ])('finds a misspelt name next to a title held then: %s', (body, today, text) => {
    expect(at(body, today)).toContain(`typo.leader-name block ${text}`);
  });

  it.each([
    ['湖南省委书记杜家毫主持会议。', '2018-06-01'],
    ['中共中央政治局委员、国务院副总理刘鹤出席。', '2020-05-01'],
    ['中共中央政治局委员、天津市委书记李鸿忠出席。', '2019-05-01'],
    ['吉林省委书记巴音朝鲁出席。', '2019-01-01'],
    ['福建省委书记尤权出席。', '2017-05-01'],
    ['中央外办主任杨洁篪出席。', '2020-05-01'],
    ['县委书记陈希主持会议。', '2019-05-01'], // common names under a local title: namesakes
    ['区长王晨主持会议；局长刘奇讲话；处长王东明汇报。', '2019-05-01'],
  ])('accepts the right name and post at the time: %s', (body, today) => {
    expect(at(body, today)).toEqual([]);
  });

  it('lists 陈全国 as a Politburo member; 委员会 after a name-like window is a body, not that title (全国委员会)', () => {
    expect(member('陈全国')).toHaveLength(1);
    expect(at('中国人民政治协商会议全国委员会的会议。', '2019-05-01')).toEqual([]);
    expect(at('政治协商会议第五届全国委员会，对于进一步')).toEqual([]);
  });

  it('leaves 王国生 out: 全国生态 would read as a look-alike of the name when the draft names him', () => {
    expect(list.people.some((p) => p.name === '王国生')).toBe(false);
  });

  it('marks posts of the previous term as former today', () => {
    expect(at('湖南省委书记杜家毫主持会议。')).toEqual(['formulation.leader-former-title warn 省委书记杜家毫']);
    expect(at('国务院副总理胡春华出席。')).toEqual(['formulation.leader-former-title warn 国务院副总理胡春华']);
    expect(at('中央外办主任杨洁篪出席。')).toEqual(['formulation.leader-former-title warn 中央外办主任杨洁篪']);
  });
});
