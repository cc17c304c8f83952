import { describe, expect, it } from 'vitest';
import { createNameRules, placeOf, titleMatches } from '../../../lib/rules/names';
import { layerNamesLists, mergeNamesLists, namesListSchema, parseNamesList } from '../../../lib/rules/names-schema';
import { brief, runRules } from '../../helpers/check';
import { pinyinTable, readProjectFile, ruleLists, seedText, similarity } from './tables-fixture';

// Made-up people of a made-up city (临江市); runRules fixes today as 2025-06-15.
const LIST = parseNamesList({
  people: [
    {
      name: '张三丰',
      titles: [
        { title: '市长', org: '临江市', from: '2023-01-05' },
        { title: '副市长', org: '临江市', from: '2019-02-01', to: '2023-01-04' },
      ],
    },
    { name: '柳青', titles: [{ title: '副市长', org: '临江市', from: '2021-03-01' }] },
    { name: '欧阳青禾', titles: [{ title: '市委书记', org: '临江市委' }] },
    { name: '洪小川', titles: [{ title: '局长', org: '临江市教育局', from: '2020-01-01', to: '2024-12-31' }] },
    { name: '宋河', titles: [{ title: '区长', org: '东湖区', from: '2026-01-01' }] },
  ],
});
const TITLES = ruleLists().titles.words;
const rule = createNameRules(LIST, pinyinTable(), { titles: TITLES });

describe('typo.leader-name (near-misses)', () => {
  it.each([
    ['张三峰主持会议。', '张三峰', '张三丰'], // 3 characters, homophone with tone: no context needed
    ['章三丰主持会议。', '章三丰', '张三丰'],
    ['张叁丰出席。', '张叁丰', '张三丰'],
    ['张三奉市长主持会议。', '张三奉', '张三丰'], // toneless homophone + a title
    ['会见了张三奉同志。', '张三奉', '张三丰'],
    ['市长张三乐主持会议。', '张三乐', '张三丰'], // one character off, not a homophone: his own title
    ['临江市张三乐出席。', '张三乐', '张三丰'], // … or his organisation
    ['副市长柳清出席。', '柳清', '柳青'], // 2 characters: homophone + his title
    ['柳情副市长出席。', '柳情', '柳青'],
    ['欧阳清禾调研。', '欧阳清禾', '欧阳青禾'],
  ])('blocks %s', (body, text, right) => {
    const f = runRules(rule, body).filter((x) => x.ruleId === 'typo.leader-name');
    expect(brief(f)).toEqual([`typo.leader-name block ${text}`]);
    expect(f[0]!.suggestions).toEqual([right]);
    expect(f[0]!.message).toContain(right);
  });

  it.each([
    '张三丰主持会议。', // the name itself
    '张三奉主持会议。', // toneless only, no title
    '张三乐主持会议。', // one character off, no title
    '局长张三乐主持会议。', // a title he never held
    '柳清出席。', // 2 characters, no title
    '柳清局长出席。', // 2 characters, a title she does not hold
    '副市长柳春出席。', // 2 characters, not a homophone
    '紧张三丰收在望。', // exact name inside other words: no near-miss, no title
    '市长张三丰和副市长柳青出席。',
  ])('does not flag %s', (body) => {
    expect(runRules(rule, body).filter((x) => x.ruleId === 'typo.leader-name')).toEqual([]);
  });

  it('raises no finding on the seed with a list loaded', () => {
    expect(runRules(rule, seedText())).toEqual([]);
  });

  it("takes a provincial head's title the person holds as context enough for a two-character homophone", () => {
    const province = createNameRules(
      parseNamesList({
        people: [{ name: '秦岭', titles: [{ title: '省委书记', org: '东山省委', from: '2023-01-01' }] }],
      }),
      pinyinTable(),
      { titles: TITLES },
    );
    const names = (body: string) => brief(runRules(province, body).filter((x) => x.ruleId === 'typo.leader-name'));
    expect(names('省委书记秦领到我市调研。')).toEqual(['typo.leader-name block 秦领']); // no place named
    expect(names('市长秦领到我市调研。')).toEqual([]); // not a provincial head's title
    expect(names('省长秦领到我市调研。')).toEqual([]); // a head's title the person does not hold
    // another tone too (an input method offers 秦玲 for qinling): every current provincial head is listed, so a
    // namesake would be another listed person, found exactly
    expect(names('省委书记秦玲到我市调研。')).toEqual(['typo.leader-name block 秦玲']);
    expect(names('秦玲省委书记出席会议。')).toEqual(['typo.leader-name block 秦玲']);
    expect(names('市长秦玲到我市调研。')).toEqual([]);
  });

  it('takes the right name written elsewhere in the draft as the evidence a weaker slip needs', () => {
    // toneless homophone, no title: alone it passes (above); with 张三丰 in the draft it is a slip
    expect(
      brief(runRules(rule, '市长张三丰出席。\n张三奉主持会议。').filter((x) => x.ruleId === 'typo.leader-name')),
    ).toEqual(['typo.leader-name block 张三奉']);
    // a two-character name needs a homophone with its tone (柳清 ~ 柳青)
    expect(
      brief(runRules(rule, '副市长柳青出席。\n柳清讲话。').filter((x) => x.ruleId === 'typo.leader-name')),
    ).toEqual(['typo.leader-name block 柳清']);
    // …not another one-character difference (柳春), nor a name no one wrote right
    expect(runRules(rule, '副市长柳青出席。\n柳春讲话。').filter((x) => x.ruleId === 'typo.leader-name')).toEqual([]);
    expect(runRules(rule, '市长柳青出席。\n欧阳清河讲话。').filter((x) => x.ruleId === 'typo.leader-name')).toEqual([]);
  });

  it('wants a two-character slip resting on that evidence where a name sits, not across two words', () => {
    const slips = (body: string) => brief(runRules(rule, body).filter((x) => x.ruleId === 'typo.leader-name'));
    // 柳清 as a word boundary's halves: 上柳|清 … (ordinary prose around the homophone)
    expect(slips('副市长柳青出席。\n要把河道上柳清理干净，做到公平柳清正。')).toEqual([]);
    expect(slips('副市长柳青出席。\n会议由柳清主持。')).toEqual(['typo.leader-name block 柳清']);
    expect(slips('副市长柳青出席。\n柳清同志讲话。')).toEqual(['typo.leader-name block 柳清']);
  });

  it('does not read the halves of two words as a real leader (李强总理强调, 社会公正 for 龚正, 吸引力 for 尹力)', () => {
    const list = parseNamesList(JSON.parse(readProjectFile('dictionaries/names.json')));
    const defaults = createNameRules(list, pinyinTable(), { titles: TITLES });
    const slips = (body: string) => brief(runRules(defaults, body).filter((x) => x.ruleId === 'typo.leader-name'));
    expect(slips('李强总理强调，要稳中求进。国务院总理李强出席。')).toEqual([]);
    expect(slips('上海市市长龚正出席。会议强调，要维护社会公正、司法公正，做到公开、公正、透明。')).toEqual([]);
    expect(slips('国家主席习近平出席。北京市委书记尹力出席。要增强吸引力、凝聚力。')).toEqual([]);
    // the same names misspelled where a name sits are still slips
    expect(slips('国务院总理李强出席。李墙指出，要稳中求进。')).toEqual(['typo.leader-name block 李墙']);
    expect(slips('上海市市长龚正出席。会议由供正主持。')).toEqual(['typo.leader-name block 供正']);
  });
});

describe('typo.leader-name (a chain of posts before the name)', () => {
  const chained = createNameRules(
    parseNamesList({ people: [{ name: '柳青', titles: [{ title: '副市长', org: '临江市', from: '2021-03-01' }] }] }),
    pinyinTable(),
    { titles: TITLES },
  );
  const slips = (body: string) => brief(runRules(chained, body).filter((x) => x.ruleId === 'typo.leader-name'));

  it('takes a post earlier in a 、 chain as the title next to the name (副市长、市公安局局长柳清)', () => {
    expect(slips('临江市副市长、市公安局局长柳清出席。')).toEqual(['typo.leader-name block 柳清']);
    expect(slips('市政府党组成员、副市长、市公安局局长柳清出席。')).toEqual(['typo.leader-name block 柳清']);
  });

  it('does not reach past other punctuation or a post the person never held', () => {
    expect(slips('临江市副市长。市公安局局长柳清出席。')).toEqual([]);
    expect(slips('市政协副主席、市公安局局长柳清出席。')).toEqual([]);
  });
});

describe('typo.leader-title', () => {
  it.each([
    ['局长张三丰出席。', '局长张三丰', ['市长张三丰']],
    ['张三丰局长出席。', '张三丰局长', ['张三丰市长']],
    ['市长柳青出席。', '市长柳青', ['副市长柳青']], // 市长 is not 副市长
    ['区长宋河出席。', '区长宋河', []], // the post starts in 2026
  ])('warns on %s', (body, text, suggestions) => {
    const f = runRules(rule, body);
    expect(brief(f)).toEqual([`typo.leader-title block ${text}`]);
    expect(f[0]!.suggestions).toEqual(suggestions);
  });

  it.each([
    '市长张三丰出席。',
    '临江市市长张三丰出席。',
    '张三丰市长出席。',
    '张三丰同志出席。',
    '张三丰出席。',
    '常务副市长柳青出席。', // a longer form of her title
    '市委书记欧阳青禾调研。',
    '书记欧阳青禾调研。', // a shorter form that keeps no 副
  ])('accepts %s', (body) => {
    expect(runRules(rule, body)).toEqual([]);
  });
});

describe('formulation.leader-former-title', () => {
  it.each([
    ['副市长张三丰出席。', '副市长张三丰'],
    ['张三丰副市长出席。', '张三丰副市长'],
    ['局长洪小川出席。', '局长洪小川'],
  ])('warns on %s', (body, text) => {
    const f = runRules(rule, body);
    expect(brief(f)).toEqual([`formulation.leader-former-title warn ${text}`]);
    expect(f[0]!.message).toMatch(/已不再担任/);
  });

  it('suggests 原 and the current title', () => {
    const f = runRules(rule, '副市长张三丰出席。');
    expect(f[0]!.suggestions).toEqual(['原副市长张三丰', '市长张三丰']);
  });

  it.each([
    '原副市长张三丰出席。',
    '时任副市长张三丰出席。',
    '前副市长张三丰出席。',
    '曾任副市长张三丰介绍。',
    '临江市原副市长张三丰出席。',
    '原临江市副市长张三丰出席。',
    '原局长洪小川出席。',
  ])('accepts %s', (body) => {
    expect(runRules(rule, body)).toEqual([]);
  });

  it('depends on today', () => {
    expect(runRules(rule, '局长洪小川出席。', { today: '2024-06-01' })).toEqual([]);
    expect(runRules(rule, '副市长张三丰出席。', { today: '2022-06-01' })).toEqual([]);
    expect(brief(runRules(rule, '市长张三丰出席。', { today: '2022-06-01' }))).toEqual([
      'typo.leader-title block 市长张三丰',
    ]);
  });
});

describe('names list', () => {
  it('ships a default list of national and provincial leaders with an as-of date and sources', () => {
    const list = parseNamesList(JSON.parse(readProjectFile('dictionaries/names.json')));
    expect(list.people.length).toBeGreaterThan(50);
    expect(list.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(list.people.every((p) => (p.sources ?? []).length > 0)).toBe(true);
    const defaults = createNameRules(list, pinyinTable(), { titles: TITLES });
    expect(runRules(defaults, '副市长张三峰出席。')).toEqual([]);
    expect(brief(runRules(defaults, '习近评总书记发表重要讲话。'))).toEqual(['typo.leader-name block 习近评']);
    // the top leader's name: a toneless sound-alike or a look-alike is a slip anywhere (no namesake is that close)
    expect(brief(runRules(defaults, '习近凭在会上强调。'))).toEqual(['typo.leader-name block 习近凭']);
    // a national leader's same-tone two-character homophone in a list of names, when the draft names a national
    // leader right
    expect(brief(runRules(defaults, '国家主席习近平会见外宾。会谈后，蔡齐、王毅等出席。'))).toEqual([
      'typo.leader-name block 蔡齐',
    ]);
    expect(runRules(defaults, '会谈后，蔡齐、张伟等出席。')).toEqual([]);
    // 王毅 is a listed Politburo member (since 2026-12): written right, he is the evidence the homophone needs
    expect(brief(runRules(defaults, '会谈后，蔡齐、王毅等出席。'))).toEqual(['typo.leader-name block 蔡齐']);
    const withShapes = createNameRules(list, pinyinTable(), { titles: TITLES, similarity: similarity() });
    expect(brief(runRules(withShapes, '习近半在会上强调。'))).toEqual(['typo.leader-name block 习近半']);
  });

  it('merges a unit list over the built-in one (same name: the unit record wins)', () => {
    const base = parseNamesList({ people: [{ name: '张三丰', titles: [{ title: '副市长' }] }, { name: '柳青' }] });
    const own = parseNamesList({ people: [{ name: '张三丰', titles: [{ title: '市长' }] }] });
    const merged = mergeNamesLists(base, own);
    expect(merged.people.map((p) => `${p.name}:${p.titles.map((t) => t.title).join()}`)).toEqual([
      '柳青:',
      '张三丰:市长',
    ]);
    expect(mergeNamesLists(base, undefined)).toBe(base);
  });

  it('a wrong provincial post blocks while the list is fresh, and warns with the list date once it is a year old', () => {
    const list = parseNamesList(JSON.parse(readProjectFile('dictionaries/names.json')));
    const rules = createNameRules(list, pinyinTable(), { titles: TITLES });
    // 沈晓明 (湖南省委书记) has no dated report after the list's own as-of date
    const body = '浙江省委书记沈晓明调研。';
    const within = runRules(rules, body, { today: '2025-06-15' }).filter((f) => f.ruleId === 'typo.leader-title');
    expect(brief(within)).toEqual(['typo.leader-title block 浙江省委书记沈晓明']);
    const later = runRules(rules, body, { today: '2026-12-04' }).filter((f) => f.ruleId === 'typo.leader-title');
    expect(brief(later)).toEqual(['typo.leader-title warn 浙江省委书记沈晓明']);
    expect(later[0]!.message).toContain(`名单核对截至${list.asOf}`);
    // a national post is stable for a term: still a block
    expect(brief(runRules(rules, '国务院总理丁薛祥出席。', { today: '2026-12-04' }))).toEqual([
      'typo.leader-title block 国务院总理丁薛祥',
    ]);
  });

  it('knows the 2025 change of Inner Mongolia chairman, dated: 王莉霞 until 2025-08-22, 包钢 acting from 2025-10-13', () => {
    const list = parseNamesList(JSON.parse(readProjectFile('dictionaries/names.json')));
    const rules = createNameRules(list, pinyinTable(), { titles: TITLES });
    const at = (body: string, today: string) => brief(runRules(rules, body, { today }));
    // correct when written before the change: no finding
    expect(at('内蒙古自治区主席王莉霞出席。', '2025-06-01')).toEqual([]);
    expect(at('内蒙古自治区主席王莉霞出席。', '2026-01-10')).toEqual([
      'formulation.leader-former-title warn 自治区主席王莉霞',
    ]);
    expect(at('内蒙古自治区主席包钢出席。', '2026-01-10')).toEqual([]);
  });

  it('a person checked recently (person-level asOf) is not softened by the age of the whole list', () => {
    const list = parseNamesList(JSON.parse(readProjectFile('dictionaries/names.json')));
    const rules = createNameRules(list, pinyinTable(), { titles: TITLES });
    // 梁惠玲 is confirmed as Heilongjiang governor on 2026-03-07, within a year of 2026-12-04: still a block
    expect(brief(runRules(rules, '吉林省省长梁惠玲调研。', { today: '2026-12-04' }))).toEqual([
      'typo.leader-title block 吉林省省长梁惠玲',
    ]);
  });

  it('a slip confirmed by a title in one place is reported where it is written again without one', () => {
    const list = parseNamesList(JSON.parse(readProjectFile('dictionaries/names.json')));
    const rules = createNameRules(list, pinyinTable(), { titles: TITLES });
    const slips = (draft: { title?: string; body: string }) =>
      runRules(rules, draft, { today: '2026-03-07' })
        .filter((f) => f.ruleId === 'typo.leader-name')
        .map((f) => `${f.field} ${f.text}`);
    expect(slips({ body: '王沪总书记看望委员。' })).toEqual([]); // not a post of his: no slip
    expect(slips({ title: '丁祥薛参加联组会', body: '丁祥薛副总理看望委员。' })).toEqual([
      'title 丁祥薛',
      'body 丁祥薛',
    ]);
    // without a title anywhere the swapped form alone is not taken for the leader's name: a warning before a
    // leader's verb only
    const severities = (draft: { title?: string; body: string }) =>
      runRules(rules, draft, { today: '2026-03-07' })
        .filter((f) => f.ruleId === 'typo.leader-name')
        .map((f) => `${f.field} ${f.severity}`);
    expect(severities({ title: '丁祥薛参加联组会', body: '丁祥薛看望委员。' })).toEqual(['title warn', 'body warn']);
    expect(slips({ body: '他们向丁祥薛的家乡寄去贺信。' })).toEqual([]);
  });

  it('a provincial head written without the surname before a title held today is a warning (振鹤省长)', () => {
    const list = parseNamesList(JSON.parse(readProjectFile('dictionaries/names.json')));
    const rules = createNameRules(list, pinyinTable(), { titles: TITLES });
    const names = (body: string) =>
      brief(runRules(rules, body, { today: '2026-12-04' }).filter((f) => f.ruleId === 'typo.leader-name'));
    expect(names('振鹤省长出席会议并讲话。')).toEqual(['typo.leader-name warn 振鹤']);
    expect(names('湖北省委书记王忠林、振鹤省长出席。')).toEqual(['typo.leader-name warn 振鹤']);
    // where a name sits, with the post said after it
    expect(names('会议由振鹤主持，他现任省长。')).toEqual(['typo.leader-name warn 振鹤']);
    // not a title of his, a title of someone who no longer holds it, or a name not starting there
    expect(names('振鹤市长出席会议。')).toEqual([]);
    expect(names('勤俭省委书记出席会议。')).toEqual([]);
    expect(names('会议由振鹤主持。')).toEqual([]);
  });

  it('an appointment names the post a few characters after 任/为 (决定刘杰任浙江省副省长、代理省长)', () => {
    const list = parseNamesList(JSON.parse(readProjectFile('dictionaries/names.json')));
    const rules = createNameRules(list, pinyinTable(), { titles: TITLES });
    const names = (body: string) =>
      brief(runRules(rules, body, { today: '2025-01-10' }).filter((f) => f.ruleId === 'typo.leader-name'));
    expect(names('会议决定刘杰任浙江省副省长、代理省长。')).toEqual(['typo.leader-name block 刘杰']);
    // a common name appointed to a local post, or a provincial post of another place, is someone else
    expect(names('会议决定刘杰任县教育局局长。')).toEqual([]);
    expect(names('刘杰任某县副县长。')).toEqual([]);
    // the clause ends before the post
    expect(names('浙江省会议决定刘杰任职，省长出席。')).toEqual([]);
    // a truncated name appointed to a post its full name's holder holds, in that holder's province (李殿勋)
    expect(names('湖北省人大常委会决定任命李殿为副省长、代理省长。')).toEqual(['typo.leader-name block 李殿']);
    expect(names('会议决定任命李殿为副省长。')).toEqual([]); // no province of his named
    expect(names('湖北省某县决定任命李殿为县教育局副局长。')).toEqual([]); // not a post of his
  });

  it("dates each merged person by their own list, so the built-in list's age never softens a unit record", () => {
    const base = parseNamesList({
      asOf: '2020-01-01',
      people: [{ name: '柳青', titles: [{ title: '副市长', org: '临江市' }] }],
    });
    const own = parseNamesList({ people: [{ name: '张三丰', titles: [{ title: '市长', org: '临江市' }] }] });
    const merged = mergeNamesLists(base, own);
    expect(merged.people.map((p) => `${p.name}:${p.asOf ?? '-'}`)).toEqual(['柳青:2020-01-01', '张三丰:-']);
    const rules = createNameRules(merged, pinyinTable(), { titles: TITLES });
    const sev = (body: string) =>
      runRules(rules, body, { today: '2026-12-04' })
        .filter((f) => f.ruleId === 'typo.leader-title')
        .map((f) => f.severity);
    expect(sev('市长柳青出席。')).toEqual(['warn']);
    expect(sev('副市长张三丰出席。')).toEqual(['block']);
  });

  it.each([
    [{ people: [{ name: 'Zhang', titles: [] }] }],
    [{ people: [{ name: '张三丰', titles: [{ title: '市长', from: '2023-1-5' }] }] }],
    [{ people: [{ name: '张三丰', titles: [{ title: '市长', from: '2023-02-01', to: '2023-01-01' }] }] }],
    [{ people: [{ name: '张三丰', titles: [{ title: '' }] }] }],
    [{}],
  ])('rejects an invalid list %#', (data) => {
    expect(namesListSchema.safeParse(data).success).toBe(false);
  });

  it('fills in missing titles', () => {
    expect(parseNamesList({ people: [{ name: '张三丰' }] }).people[0]!.titles).toEqual([]);
  });

  it('matches titles keeping 副', () => {
    expect(titleMatches('市委书记', '书记')).toBe(true);
    expect(titleMatches('副市长', '常务副市长')).toBe(true);
    expect(titleMatches('常务副市长', '副市长')).toBe(true);
    expect(titleMatches('副市长', '市长')).toBe(false);
    expect(titleMatches('市长', '副市长')).toBe(false);
    expect(titleMatches('局长', '市长')).toBe(false);
    expect(TITLES).toContain('副市长');
  });

  it('takes extra title words', () => {
    const r = createNameRules(LIST, pinyinTable(), { titles: [...TITLES, '首席代表'] });
    expect(brief(runRules(r, '首席代表张三丰出席。'))).toEqual(['typo.leader-title block 首席代表张三丰']);
  });
});

describe("a provincial-level leader's two-character name under a local title", () => {
  const high = createNameRules(
    parseNamesList({ people: [{ name: '龚正', titles: [{ title: '市长', org: '上海市' }] }] }),
    pinyinTable(),
    { titles: TITLES },
  );
  const names = (body: string) => brief(runRules(high, body).filter((x) => x.ruleId === 'typo.leader-name'));
  it('takes the place before the title or named in the paragraph as the organisation', () => {
    expect(names('上海市长龚政出席。')).toEqual(['typo.leader-name block 龚政']);
    expect(names('上海市委书记陈吉宁、市长龚政出席大会。')).toEqual(['typo.leader-name block 龚政']);
  });
  it("needs that place: 市长 alone is any city's", () => {
    expect(names('市长龚政出席。')).toEqual([]);
    expect(names('临江市委书记王某、市长龚政出席。')).toEqual([]);
  });
});

describe('national leaders: a name in a list, a dropped surname, a wrong post', () => {
  const people = parseNamesList({
    people: [
      { name: '王建国', titles: [{ title: '国务院总理', org: '国务院', from: '2020-01-01' }] },
      { name: '李振华', titles: [{ title: '国务院副总理', org: '国务院', from: '2020-01-01' }] },
      { name: '赵敏', titles: [{ title: '国务院副总理', org: '国务院', from: '2020-01-01' }] },
      { name: '孙文涛', titles: [{ title: '国务院总理', org: '国务院', to: '2019-12-31' }] },
    ],
  });
  const r = createNameRules(people, pinyinTable(), { titles: TITLES, similarity: similarity() });

  it.each([
    ['国务院领导：王建国、李振华、赵珉。', '赵珉', '赵敏'], // two characters, homophone, no title: a list with listed names
    ['出席的有王建国、李振桦、赵敏。', '李振桦', '李振华'],
    ['会议由王建国、李振桦主持。', '李振桦', '李振华'], // three characters: one listed name beside it is enough
  ])('blocks a misspelt name in a list of listed names: %s', (body, text, right) => {
    const f = runRules(r, body).filter((x) => x.ruleId === 'typo.leader-name');
    expect(brief(f)).toEqual([`typo.leader-name block ${text}`]);
    expect(f[0]!.suggestions).toEqual([right]);
  });

  it.each([
    '获奖的有张伟、赵珉。', // no listed name beside it
    '获奖的有赵敏、王珉、刘洋。', // one listed name only: a namesake among ordinary names
    '李振荣、刘洋出席。',
    '出席的有王建国、李振荣、赵敏。', // in a list, only a sound- or look-alike counts (李振荣 is another person)
  ])('leaves lists without listed leaders alone: %s', (body) => {
    expect(runRules(r, body).filter((x) => x.ruleId === 'typo.leader-name')).toEqual([]);
  });

  it('blocks a given name without the surname before a national title held today', () => {
    const f = runRules(r, '他说，建国总理强调要稳增长。');
    expect(brief(f)).toEqual(['typo.leader-name block 建国']);
    expect(f[0]!.message).toContain('缺少“王”字');
    expect(f[0]!.suggestions).toEqual(['王建国']);
    expect(runRules(r, '王建国总理强调要稳增长。')).toEqual([]);
    expect(runRules(r, '文涛总理曾指出。').filter((x) => x.ruleId === 'typo.leader-name')).toEqual([]); // a former post
    expect(runRules(r, '建国书记出席。').filter((x) => x.ruleId === 'typo.leader-name')).toEqual([]); // not national
  });

  it('blocks a wrong national post of a listed leader as typo.leader-title', () => {
    expect(brief(runRules(r, '国务院总理李振华出席。'))).toEqual(['typo.leader-title block 国务院总理李振华']);
    expect(runRules(r, '国务院副总理李振华出席。')).toEqual([]);
  });
});

describe('swapped, truncated and look-alike names; the place before a title', () => {
  const people = parseNamesList({
    people: [
      { name: '欧阳青禾', titles: [{ title: '市委书记', org: '临江市委' }] },
      { name: '李振华', titles: [{ title: '省委书记', org: '江南省委', from: '2021-01-01' }] },
      { name: '王建国', titles: [{ title: '省长', org: '江北省', from: '2020-01-01' }] },
    ],
  });
  const r = createNameRules(people, pinyinTable(), { titles: TITLES, similarity: similarity() });

  it.each([
    ['省委书记李华振出席。', '李华振', '顺序颠倒'],
    ['李振书记出席。', '李振', '缺少“华”字'],
    ['李华书记出席。', '李华', '缺少“振”字'],
    ['省长王建囯出席。', '王建囯', '王建国'],
  ])('blocks %s', (body, text, detail) => {
    const f = runRules(r, body).filter((x) => x.ruleId === 'typo.leader-name');
    expect(brief(f)).toEqual([`typo.leader-name block ${text}`]);
    expect(f[0]!.message).toContain(detail);
  });

  it.each([
    '振华书记出席。', // the given name with a title: a customary form
    '李振华书记出席。',
    '华振出席。', // a swap without a title or 同志
    '李振同学获奖。', // a fragment without a title
  ])('does not flag %s', (body) => {
    expect(runRules(r, body).filter((x) => x.ruleId === 'typo.leader-name')).toEqual([]);
  });

  it('compares the place before a title with the listed organisation (a provincial leader: typo/block)', () => {
    expect(brief(runRules(r, '江北省委书记李振华出席。'))).toEqual(['typo.leader-title block 江北省委书记李振华']);
    expect(runRules(r, '江南省委书记李振华出席。')).toEqual([]);
    expect(brief(runRules(r, '江南省省长王建国出席。'))).toEqual(['typo.leader-title block 江南省省长王建国']);
    expect(runRules(r, '江北省省长王建国出席。')).toEqual([]);
    expect(placeOf('江苏省委')).toBe('江苏');
    expect(placeOf('内蒙古自治区党委')).toBe('内蒙古');
  });
});

describe('a swapped name that contains another listed name', () => {
  const people = parseNamesList({
    people: [
      { name: '王沪宁', titles: [{ title: '全国政协主席', org: '全国政协', from: '2023-03-10' }] },
      { name: '王宁', titles: [{ title: '省委书记', org: '云南省委', from: '2021-10-01' }] },
    ],
  });
  const r = createNameRules(people, pinyinTable(), { titles: TITLES, similarity: similarity() });

  it.each(['王宁沪全国政协主席出席会议。', '全国政协主席王宁沪出席会议。'])(
    'reports the swap next to the post its own person holds: %s',
    (body) => {
      const f = runRules(r, body);
      expect(brief(f)).toEqual(['typo.leader-name block 王宁沪']);
      expect(f[0]!.suggestions).toEqual(['王沪宁']);
    },
  );

  it('keeps the wrong-post check for the shorter name itself', () => {
    expect(brief(runRules(r, '全国政协主席王宁出席会议。'))).toEqual(['typo.leader-title block 全国政协主席王宁']);
    expect(runRules(r, '云南省委书记王宁出席。')).toEqual([]);
  });
});

describe('a provincial leader named with the wrong post in the province where he holds another', () => {
  const people = parseNamesList({
    people: [
      { name: '刘宁', titles: [{ title: '省委书记', org: '河南省委', from: '2024-12-31' }] },
      { name: '王凯', titles: [{ title: '省长', org: '河南省', from: '2021-04-01' }] },
    ],
  });
  const r = createNameRules(people, pinyinTable(), { titles: TITLES, similarity: similarity() });

  it('blocks 河南省长刘宁 (刘宁 is 河南省委书记), not a namesake under a local title', () => {
    expect(brief(runRules(r, '河南省长刘宁主持召开会议。'))).toEqual(['typo.leader-title block 省长刘宁']);
    expect(runRules(r, '河南省委书记刘宁出席。')).toEqual([]);
    expect(runRules(r, '某局局长刘宁出席。')).toEqual([]);
  });

  it('blocks a two-character name one character away from the holder of the post and place before it', () => {
    const f = runRules(r, '河南省委书记刘宇在郑州会见企业家。');
    expect(brief(f)).toEqual(['typo.leader-name block 刘宇']);
    expect(f[0]!.suggestions).toEqual(['刘宁']);
    expect(runRules(r, '省委书记刘宇出席。')).toEqual([]); // no place: a namesake's post
    expect(runRules(r, '河南省某局局长刘宇出席。')).toEqual([]);
    expect(runRules(r, '在河南省委的正确领导下。')).toEqual([]); // an organisation before, not a title
  });
});

describe('leaders lists in layers (built-in, a subscribed bundle, the unit)', () => {
  const builtin = { asOf: '2024-12-31', people: [{ name: '王建国', titles: [{ title: '省长', org: '江北省' }] }] };
  const bundle = {
    asOf: '2026-11-30',
    people: [{ name: '王建国', titles: [{ title: '省委书记', org: '江北省委', from: '2026-01-20' }] }],
  };
  const unit = { asOf: '2026-12-01', people: [{ name: '赵敏', titles: [{ title: '市长', org: '临江市' }] }] };

  it('merges each layer over the ones before; the bundle corrects a built-in record', () => {
    const l = layerNamesLists(builtin, bundle, unit)!;
    expect(l.people.map((p) => p.name).sort()).toEqual(['王建国', '赵敏']);
    expect(l.people.find((p) => p.name === '王建国')!.titles[0]!.title).toBe('省委书记');
    expect(l.people.find((p) => p.name === '王建国')!.asOf).toBe('2026-11-30');
  });

  it('skips absent layers and leaves an invalid one out', () => {
    expect(layerNamesLists(builtin, undefined, undefined)!.people).toHaveLength(1);
    const l = layerNamesLists(builtin, { asOf: 'soon', people: 3 }, unit)!;
    expect(l.people.map((p) => p.name).sort()).toEqual(['王建国', '赵敏']);
    expect(layerNamesLists(undefined, { people: 'x' })).toBeUndefined();
  });
});

describe('a national leader named next to the body he leads', () => {
  const people = parseNamesList({
    people: [
      {
        name: '李振',
        titles: [
          { title: '中央纪委书记', org: '中央纪委', from: '2022-10-23' },
          { title: '中共中央政治局常委', org: '中共中央', from: '2022-10-23' },
        ],
      },
    ],
  });
  const r = createNameRules(people, pinyinTable(), { titles: TITLES, similarity: similarity() });
  const leader = (body: string) => brief(runRules(r, body).filter((f) => f.ruleId === 'typo.leader-name'));

  it('blocks a same-tone homophone of a two-character name with the body within a few characters', () => {
    expect(leader('全会由中央纪委常委会主持，李震代表中央纪委常委会作工作报告。')).toEqual([
      'typo.leader-name block 李震',
    ]);
  });

  it('not with 中共中央 (every Standing Committee member shares it), after 同学, or with the body far away', () => {
    expect(leader('李震认真学习中共中央文件精神。')).toEqual([]);
    expect(leader('李震同学在中央纪委展览馆参观。')).toEqual([]);
    expect(leader('李震昨天去了图书馆，借了很多书，然后回家写作业，第二天又去中央纪委参观。')).toEqual([]);
  });
});

describe('a reversed two-character name; the post said later in the sentence', () => {
  const people = parseNamesList({
    people: [
      { name: '赵敏', titles: [{ title: '国务院副总理', org: '国务院', from: '2020-01-01' }] },
      { name: '秦岭', titles: [{ title: '省长', org: '东山省', from: '2023-01-01' }] },
      { name: '龚正', titles: [{ title: '市长', org: '上海市' }] },
      { name: '柳青', titles: [{ title: '副市长', org: '临江市', from: '2021-03-01' }] },
      { name: '李振华', titles: [{ title: '省委书记', org: '江南省委', from: '2021-01-01' }] },
    ],
  });
  const r = createNameRules(people, pinyinTable(), { titles: TITLES, similarity: similarity() });
  const leader = (body: string) => brief(runRules(r, body).filter((f) => f.ruleId === 'typo.leader-name'));

  it.each([
    ['敏赵国务院副总理出席会议。', '敏赵'], // a national title the person holds
    ['国务院副总理敏赵出席会议。', '敏赵'],
    ['岭秦省长出席会议。', '岭秦'], // a provincial head's title held today: no place needed
    ['上海市长正龚出席。', '正龚'], // a local title with its place
    ['青柳副市长出席。', '青柳'], // a unit's own (local) leader: the title the person holds
  ])('blocks a reversed two-character name beside a title the person holds: %s', (body, text) => {
    const f = runRules(r, body).filter((x) => x.ruleId === 'typo.leader-name');
    expect(brief(f)).toEqual([`typo.leader-name block ${text}`]);
    expect(f[0]!.message).toContain('顺序颠倒');
  });

  it.each([
    '正龚市长出席。', // 市长 is any city's: the place must be named
    '敏赵出席会议。', // no title, no evidence
    '会议由敏赵主持。',
    '聪敏赵副总理出席会议。', // runs on from the word before (赵副总理 is the customary form)
    '青柳局长出席。', // a title the person does not hold
  ])('leaves %s alone', (body) => {
    expect(leader(body)).toEqual([]);
  });

  it('blocks a reversal where a name sits when the draft writes the name right elsewhere', () => {
    expect(leader('国务院副总理赵敏出席。会议由敏赵主持。')).toEqual(['typo.leader-name block 敏赵']);
    expect(leader('省委书记李振华出席。李华振指出，要抓好落实。')).toEqual(['typo.leader-name block 李华振']);
  });

  it.each([
    ['会议由李华振主持，他现任省委书记。', '李华振'], // a swap
    ['会议由李振桦主持，他现任江南省委书记。', '李振桦'], // a toneless homophone, the organisation before the title
    ['会议由敏赵主持，他现任国务院副总理。', '敏赵'], // two characters: a national title
    ['会议由赵珉主持，他现任国务院副总理。', '赵珉'],
    ['会议由岭秦主持，他现任省长。', '岭秦'], // …or a provincial head's title held today
  ])('takes the post the sentence says the name holds: %s', (body, text) => {
    expect(leader(body)).toEqual([`typo.leader-name block ${text}`]);
  });

  it.each([
    '会议由赵珉主持，国务院副总理赵敏出席。', // the title of another name, not said of this one
    '会议由正龚主持，他现任市长。', // a local title without its place
    '李华振同学获奖，他是班长。',
  ])('does not take a title that is not said of the name: %s', (body) => {
    expect(leader(body)).toEqual([]);
  });

  it.each([
    '会议由李华振主持，他现任县委书记。', // a post the person never held
    '会议由李华振主持。他说，这是省委书记交给的任务。', // another sentence
  ])(
    'without the post said, a swap of a provincial leader where a name sits before a verb is a warning: %s',
    (body) => {
      expect(leader(body)).toEqual(['typo.leader-name warn 李华振']);
    },
  );
});
