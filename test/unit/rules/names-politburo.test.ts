import { describe, expect, it } from 'vitest';
import { createNameRules } from '../../../lib/rules/names';
import { parseNamesList } from '../../../lib/rules/names-schema';
import { brief, runRules } from '../../helpers/check';
import { pinyinTable, readProjectFile, ruleLists } from './tables-fixture';

// The 20th Politburo members added in 2026-12 (dictionaries/names.json, README “领导人名单”).
const list = parseNamesList(JSON.parse(readProjectFile('dictionaries/names.json')));
const rules = createNameRules(list, pinyinTable(), { titles: ruleLists().titles.words });
const at = (body: string, today = '2026-12-04') => brief(runRules(rules, body, { today }));

describe('20th Politburo members in the built-in list', () => {
  // members since the 20th term only; re-elected 19th-term members (黄坤明, 陈敏尔, 李鸿忠) are members from
  // 2017-10-25 (names-recent-terms.test.ts)
  it.each(['王毅', '李书磊', '陈文清', '张又侠', '何卫东', '石泰峰', '李干杰'])(
    'lists %s as a member from 2022-10-23',
    (name) => {
      const person = list.people.find((p) => p.name === name);
      const member = person?.titles.find((t) => t.title === '中共中央政治局委员');
      expect(member?.from).toBe('2022-10-23');
      expect(person?.sources?.length).toBeGreaterThan(0);
    },
  );

  it.each([
    ['中共中央政治局委员陈文青出席会议。', '陈文青'],
    ['中共中央政治局委员李书垒出席会议。', '李书垒'],
    ['外交部部长王奕会见来访的外宾。', '王奕'],
    ['中共中央政治局委员、中央外办主任、外交部部长王奕会见外宾。', '王奕'],
  ])('finds a sound-alike next to the title: %s', (body, text) => {
    expect(at(body)).toContain(`typo.leader-name block ${text}`);
  });

  it('finds a truncated name after a national title its holder holds today, where the name ends (政治局常委王沪看望)', () => {
    expect(at('中共中央政治局常委王沪看望参加会议的委员。')).toContain('typo.leader-name block 王沪');
    expect(at('中共中央政治局常委王沪宁看望参加会议的委员。')).toEqual([]);
    expect(at('市委书记王沪看望困难群众。')).toEqual([]); // a local title: a namesake's name
  });

  it('takes the title before an enumeration of names as the title of each (国务委员吴政隆、谌贻琴)', () => {
    expect(at('国务委员吴震隆、湛贻琴出席会议。', '2025-08-08')).toEqual([
      'typo.leader-name block 吴震隆',
      'typo.leader-name block 湛贻琴',
    ]);
    expect(at('国务委员王小洪、谌贻琴出席会议。', '2025-08-08')).toEqual([]);
  });

  it('lists the heads of the two supreme organs and the national supervisory commission (2023-03-11)', () => {
    expect(at('最高人民检察院检察长应永强调依法从严惩治电信网络诈骗。', '2025-12-10')).toContain(
      'typo.leader-name block 应永',
    );
    expect(at('国家监察委员会主任刘金果出席。', '2025-12-10')).toContain('typo.leader-name block 刘金果');
    // 张军 is a common name: a local title beside it is a namesake's, not a wrong post
    expect(at('县公安局局长张军介绍了案件情况；区长张军主持会议。', '2025-12-10')).toEqual([]);
  });

  it('finds a character typed twice in a name, not the first, beside a title or 同志', () => {
    expect(at('中共中央政治局常委王沪宁宁出席会议。')).toContain('typo.leader-name block 王沪宁宁');
    expect(at('王沪宁宁全国政协主席出席会议。')).toContain('typo.leader-name block 王沪宁宁');
    expect(at('王沪沪宁同志出席会议。')).toContain('typo.leader-name block 王沪沪宁');
    // no title or 同志 beside it; a doubled first character ends another word (学习习近平 reads so)
    expect(at('王沪宁宁静地坐着。')).toEqual([]);
    expect(at('会上传达学习王王沪宁同志的讲话。')).not.toContain('typo.leader-name block 王王沪宁');
  });

  it.each([
    ['毅王中共中央政治局委员出席会议。', '毅王'], // two characters reversed before a national title held
    ['龙赵省长出席会议。', '龙赵'], // …before a provincial head's title held today (赵龙, 福建)
    ['会议由陈清文主持，他现任中共中央政治局委员。', '陈清文'], // the sentence says the post
    ['会议由琛文清主持，他现任中共中央政治局委员。', '琛文清'],
  ])('finds a reversed or misspelt name the context places: %s', (body, text) => {
    expect(at(body)).toContain(`typo.leader-name block ${text}`);
  });

  it.each(['坚毅王部长出席会议。', '要加强黄河流域生态保护。', '舞龙赵省长出席。'])(
    'leaves reversals without that context alone: %s',
    (body) => {
      expect(at(body)).toEqual([]);
    },
  );

  it('warns only on a swap or a sound-alike (tones aside) of a three-character name before a leader verb', () => {
    // a namesake may hold that name: a warning, not a block
    expect(at('会议由陈清文主持。')).toEqual(['typo.leader-name warn 陈清文']);
    expect(at('吴杰英出席会议并讲话。')).toEqual(['typo.leader-name warn 吴杰英']);
    expect(at('沈消明出席会议并讲话。')).toEqual(['typo.leader-name warn 沈消明']);
    // a swap holding another leader's name (王宁) that would leave a stray character before the verb
    expect(at('王宁沪出席会议并讲话。')).toEqual(['typo.leader-name warn 王宁沪']);
    expect(at('王宁出席会议并讲话。')).toEqual([]);
    // not where a name does not sit (before no verb of a leader, or run on from a word)
    expect(at('吴杰英的作品展出。')).toEqual([]);
    expect(at('表彰陈清文明家庭出席代表。')).toEqual([]);
  });

  it.each([
    '中共中央政治局委员陈文清出席会议。',
    '中共中央政治局委员李书磊出席会议。',
    '中共中央政治局委员王毅出席会议。',
  ])('accepts the right name with the title: %s', (body) => {
    expect(at(body)).toEqual([]);
  });

  it.each([
    '今年的水质比往年清澈，陈文清同志的报告写得很清楚。',
    '他为人刚毅果敢，做事有毅力。',
    '书磊落落，文清字正。',
    '县教育局局长王毅主持会议。', // a namesake under a local title
    '村党支部书记陈文清介绍情况。',
    '认真学习中共中央政治局常委的讲话精神。', // 学习: neither character is 李希's (学 only looks like 李)
  ])('raises nothing on ordinary prose: %s', (body) => {
    expect(at(body)).toEqual([]);
  });

  it('dates the end of a post only from the announcement: 何卫东 until 2025-10-17, 张又侠 until 2026-01-24', () => {
    expect(at('中央军委副主席何卫东出席。', '2024-06-01')).toEqual([]);
    expect(at('中央军委副主席何卫东出席。')).toEqual(['formulation.leader-former-title warn 中央军委副主席何卫东']);
    expect(at('中央军委副主席张又侠出席。', '2025-12-01')).toEqual([]);
    expect(at('中央军委副主席张又侠出席。')).toEqual(['formulation.leader-former-title warn 中央军委副主席张又侠']);
  });
});
