import { describe, expect, it } from 'vitest';
import { PinyinTable } from '../../../lib/engine/data/tables';
import { Normalizer } from '../../../lib/engine/normalize';
import { buildIdiomIndex, createIdiomRule } from '../../../lib/rules/idioms';
import { parseWordFreq } from '../../../lib/rules/word-likelihood';
import { brief, runRules } from '../../helpers/check';
import { idiomList, pinyinTable, readProjectFile, ruleLists, seedText, similarity } from './tables-fixture';

const rule = createIdiomRule(idiomList(), pinyinTable(), { ...ruleLists().idioms, similarity: similarity() });

describe('typo.idiom-homophone / typo.idiom-near', () => {
  it.each([
    ['我们要一股作气完成任务。', '一股作气', '一鼓作气', 'typo.idiom-homophone warn'],
    ['打造世外桃园般的乡村。', '世外桃园', '世外桃源', 'typo.idiom-homophone warn'],
    ['希望大家再接再励。', '再接再励', '再接再厉', 'typo.idiom-homophone warn'],
    ['我们将一如继往地支持。', '一如继往', '一如既往', 'typo.idiom-homophone warn'],
    ['群众迫不急待地参观。', '迫不急待', '迫不及待', 'typo.idiom-homophone warn'],
    ['真可谓谈笑风声。', '谈笑风声', '谈笑风生', 'typo.idiom-homophone warn'],
    ['他不加思索地回答。', '不加思索', '不假思索', 'typo.idiom-near warn'],
    ['要防微杜惭。', '防微杜惭', '防微杜渐', 'typo.idiom-lookalike warn'],
    ['令人不寒而粟。', '不寒而粟', '不寒而栗', 'typo.idiom-lookalike warn'],
    ['附庸疯雅之举', '附庸疯雅', '附庸风雅', 'typo.idiom-homophone warn'],
    ['不要繁文褥节', '繁文褥节', '繁文缛节', 'typo.idiom-homophone warn'],
    ['乘火打劫的行为', '乘火打劫', '趁火打劫', 'typo.idiom-fuzzy warn'],
    ['争分夺秒写成增分夺秒', '增分夺秒', '争分夺秒', 'typo.idiom-fuzzy warn'],
    ['坚持事实求是的原则', '事实求是', '实事求是', 'typo.idiom-swap warn'],
    ['他们竞竞业业地工作', '竞竞业业', '兢兢业业', 'typo.idiom-near warn'],
    ['要未雨筹谋，早做准备。', '未雨筹谋', '未雨绸缪', 'typo.idiom-homophone warn'], // a two-character word of the same sound
    ['大家要披星带月地赶工。', '披星带月', '披星戴月', 'typo.idiom-homophone warn'], // a listed misspelling, removed
    ['诈骗分子老奸巨滑，手段隐蔽。', '老奸巨滑', '老奸巨猾', 'typo.idiom-homophone warn'], // removed in round 31
    ['全体队员励兵秣马，迎接汛期。', '励兵秣马', '厉兵秣马', 'typo.idiom-homophone warn'], // removed in round 31
    ['各位来宾光临，令我村蓬筚生辉。', '蓬筚生辉', '蓬荜生辉', 'typo.idiom-homophone warn'], // removed in round 31
  ])('flags %s', (body, text, idiom, head) => {
    const f = runRules(rule, body);
    expect(brief(f)).toEqual([`${head} ${text}`]);
    expect(f[0]!.suggestions).toEqual([idiom]);
    expect(f[0]!.message).toContain(idiom);
    expect(body.slice(f[0]!.start, f[0]!.end)).toBe(text);
  });

  it.each([
    '我们要一鼓作气完成任务。',
    '会议一如既往地顺利。',
    '坚持实事求是，与时俱进。',
    '勠力同心、勇毅前行。',
    '发挥承上启下的作用。',
    '在识变应变中向新向优。',
    '推进政务新媒体健康有序发展。',
    '尚方宝剑、正儿八经、骄阳似火、适得其所。',
    '专用号牌为白底黑字。',
    '他们兢兢业业地工作，湖面波光粼粼。',
    '实事求是，事实清楚。',
    '部门之间相互推诿、互相推诿都不行。', // 相互/互相: both orders are words
    '雨天路滑，请减速慢行。', // a reminder's phrase beside the idiom 天雨路滑 (allow list, round 31)
    '要未雨绸缪；这一点毋庸置疑，不能含糊其辞。',
    '调研组先后来到三个乡镇，了解所有不同类型企业的情况。', // two words each, not 先来后到 swapped (allow list)
    '自己不交物业费，还好意思投诉？', // 还 is not 不 with a radical added: no function character is a body
    '他们漂洋过海来到中国；居民不堪其扰，多次投诉。', // standard forms the idiom list lacked (round 34, CSC news)
  ])('does not flag %s', (body) => {
    expect(runRules(rule, body)).toEqual([]);
  });

  it('finds nothing in the seed, nor in it repeated', () => {
    const seed = seedText();
    expect(runRules(rule, seed)).toEqual([]);
    expect(runRules(rule, seed.replace(/\n/g, '').repeat(10))).toEqual([]);
  });

  it('names both characters of a swap or of a doubled pair', () => {
    expect(runRules(rule, '坚持事实求是')[0]!.message).toContain('“事实”应为“实事”');
    expect(runRules(rule, '竞竞业业')[0]!.message).toContain('“竞竞”应为“兢兢”');
  });

  it('honours the allow list', () => {
    const r = createIdiomRule(idiomList(), pinyinTable(), { allow: ['再接再励'] });
    expect(runRules(r, '希望大家再接再励。')).toEqual([]);
  });

  it('reports several near-misses in one paragraph at their offsets', () => {
    const body = '一股作气，再接再励';
    expect(runRules(rule, body).map((f) => [f.start, f.end])).toEqual([
      [0, 4],
      [5, 9],
    ]);
  });
});

describe('idioms and set phrases of five to eight characters', () => {
  it.each([
    ['要防患于未燃，把风险化解在萌芽状态。', '防患于未燃', '防患于未然', 'typo.idiom-homophone warn'],
    ['百尺竿头更近一步。', '百尺竿头更近一步', '百尺竿头更进一步', 'typo.idiom-homophone warn'],
    ['真是功夫不负有心仁。', '功夫不负有心仁', '功夫不负有心人', 'typo.idiom-homophone warn'],
    ['此举牵一发而动全伸。', '牵一发而动全伸', '牵一发而动全身', 'typo.idiom-homophone warn'],
    ['正所谓百尺竿头进一步。', '百尺竿头进一步', '百尺竿头更进一步', 'typo.idiom-drop warn'],
    ['要防患于于未然。', '防患于于未然', '防患于未然', 'typo.idiom-drop warn'],
    ['可谓牵一发而全动身。', '牵一发而全动身', '牵一发而动全身', 'typo.idiom-swap warn'],
  ])('flags %s', (body, text, phrase, head) => {
    const f = runRules(rule, body);
    expect(brief(f)).toEqual([`${head} ${text}`]);
    expect(f[0]!.suggestions).toEqual([phrase]);
    expect(f[0]!.message).toContain(phrase);
  });

  it.each([
    '要防患于未然，也要防患未然。',
    '百尺竿头更进一步，功夫不负有心人。',
    '放之四海而皆准，放之四海皆准。',
    '酒香也不怕巷子深。',
    '欲速则不达，欲速而不达。',
  ])('does not flag %s', (body) => {
    expect(runRules(rule, body)).toEqual([]);
  });
});

describe('a set phrase with one character written as a common word (pairCount)', () => {
  const table = parseWordFreq(readProjectFile('dictionaries/data/word-freq.txt'));
  const u = new Uint16Array(2);
  const pairCount = (a: string, b: string) => {
    u[0] = a.charCodeAt(0);
    u[1] = b.charCodeAt(0);
    return table.count(u, 0, 2);
  };
  const withWords = createIdiomRule(idiomList(), pinyinTable(), {
    ...ruleLists().idioms,
    similarity: similarity(),
    pairCount,
  });

  it('flags 防范于未然 (防范 a common word, 防患 a rare one) and 拆东西补西墙', () => {
    expect(brief(runRules(withWords, '要防范于未然，把风险化解在萌芽状态。'))).toEqual([
      'typo.idiom-word warn 防范于未然',
    ]);
    expect(brief(runRules(withWords, '拆东西补西墙的办法不可取。'))).toEqual(['typo.idiom-word warn 拆东西补西墙']);
    // without the word counts, no such finding
    expect(runRules(rule, '要防范于未然。')).toEqual([]);
  });

  it.each([
    '审批不见面、办事不求人。', // 万事 is a word of its own: a slogan, not a slip of 万事不求人
    '收支各为一千三百六十九亿元。', // a number, not 三百六十行
    '一根绳上的蚂蚱，一条绳上的蚂蚱。', // listed variants
  ])('does not flag %s', (body) => {
    expect(runRules(withWords, body)).toEqual([]);
  });
});

describe('index and guards (own idiom list)', () => {
  // 甲 jia3, 乙 yi3, 丙 bing3, 丁 ding1, 戊 wu4, 午 wu3, 钾 jia3
  const py = new PinyinTable('jia3 甲钾\nyi3 乙\nbing3 丙\nding1 丁\nwu4 戊\nwu3 午\n');
  const own = createIdiomRule(['甲乙丙丁', '乙丙丁戊'], py, {});

  it('flags a homophone at any position', () => {
    expect(brief(runRules(own, '钾乙丙丁'))).toEqual(['typo.idiom-homophone warn 钾乙丙丁']);
    expect(brief(runRules(own, '乙丙丁午'))).toEqual(['typo.idiom-near warn 乙丙丁午']);
  });

  it('skips a window overlapping an exact idiom', () => {
    expect(runRules(own, '甲乙丙丁午')).toEqual([]);
    expect(runRules(own, '乙丙丁午。甲乙丙丁').map((f) => f.text)).toEqual(['乙丙丁午']);
  });

  it('keys distinguish positions: each idiom occupies one slot per left-out position', () => {
    const idx = buildIdiomIndex(['甲乙丙丁', '乙丙丁戊']);
    expect(idx.idioms).toEqual(['甲乙丙丁', '乙丙丁戊']);
    expect(Array.from(idx.slots).filter((x) => x !== 0)).toHaveLength(8);
    // 乙丙丁 is the tail of the first idiom and the head of the second: different positions, no mix-up.
    expect(brief(runRules(createIdiomRule(['甲乙丙丁', '乙丙丁戊'], pinyinTable(), {}), '乙丙丁戊'))).toEqual([]);
  });

  it('ignores entries that are not four Han characters', () => {
    expect(buildIdiomIndex(['甲乙丙', 'abcd', '甲乙丙丁戊', '甲乙丙丁']).idioms).toEqual(['甲乙丙丁']);
  });

  it('ships a supplement of standard forms and set phrases (rule-data.json), four to twelve characters', () => {
    const { supplement } = ruleLists().idioms;
    expect(supplement).toContain('尚方宝剑');
    expect(supplement).toContain('防患于未然');
    expect(supplement.every((w) => /^\p{Script=Han}{4,12}$/u.test(w))).toBe(true);
    // without it a standard form reads as a slip of a variant in the list
    const plain = createIdiomRule(idiomList(), pinyinTable(), {});
    expect(brief(runRules(plain, '尚方宝剑'))).toEqual(['typo.idiom-homophone warn 尚方宝剑']);
    expect(runRules(rule, '尚方宝剑')).toEqual([]);
  });
});

describe('traditional characters', () => {
  it('a window that folds to the idiom through the engine normalisation is no slip (一視同仁, 顯而易見)', () => {
    const n = new Normalizer({ t2s: '視视顯显見见' });
    const folded = createIdiomRule(idiomList(), pinyinTable(), {
      ...ruleLists().idioms,
      similarity: similarity(),
      fold: (s) => n.normalize(s),
    });
    const text = '对私营工商业一視同仁，显而易見。';
    expect(runRules(rule, text).length).toBeGreaterThan(0); // without folding: read as slips
    expect(runRules(folded, text)).toEqual([]);
    expect(brief(runRules(folded, '一视同人。'))).toEqual(['typo.idiom-homophone warn 一视同人']);
  });
});
