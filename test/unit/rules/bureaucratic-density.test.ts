import { describe, expect, it } from 'vitest';
import { BUREAUCRATIC_DEFAULTS, createBureaucraticRules, phraseKey } from '../../../lib/rules/bureaucratic-density';
import { brief, runRules } from '../../helpers/check';
import { readProjectFile, seedText } from './tables-fixture';

/** Own fixture list (the shipped terms are tested below through dictionaries/bureaucratic.json). */
const PHRASES = [
  '高度重视',
  '狠抓落实',
  '进一步加强',
  '切实做好',
  '认真贯彻落实',
  '多措并举',
  '形成合力',
  '落到实处',
  '取得显著成效',
  '以…为抓手',
  '在…的正确领导下',
];
const rule = createBureaucraticRules(PHRASES);
/** n Chinese characters with a comma every 30, so only the sentence length (not a run-on clause) matters. */
const han = (n: number) => Array.from({ length: n }, (_, i) => (i > 0 && i % 30 === 0 ? '，政' : '政')).join('');

describe('bureaucratic.density', () => {
  it('flags a paragraph with three stock phrases, spanning first to last', () => {
    const body = '我市高度重视安全生产，多措并举，狠抓落实，确保各项工作落到实处。';
    const f = runRules(rule, body).filter((x) => x.ruleId === 'bureaucratic.density');
    expect(f).toHaveLength(1);
    expect(f[0]!.severity).toBe('warn');
    expect(f[0]!.text).toBe('高度重视安全生产，多措并举，狠抓落实，确保各项工作落到实处');
    expect(f[0]!.message).toContain('4处套话');
    expect(f[0]!.message).toContain('大白话');
  });

  it.each([
    ['两处不算密集', '我市高度重视安全生产，多措并举，及时排查隐患。'],
    ['每段分开计算', '我市高度重视安全生产，多措并举。\n狠抓落实，确保工作落到实处。'],
    ['书名号里的文件名不算', '转发《关于进一步加强和切实做好安全生产工作的通知》，请认真贯彻落实。'],
    ['引语不算', '文件要求“高度重视、多措并举、狠抓落实”，我们已经排查了32处隐患。'],
    ['普通表述', '今年全市新建公园12个，改造老旧小区86个，惠及居民3.2万户。'],
    ['官员讲话里的三处', '省委书记出席大会并讲话，号召全省上下多措并举、狠抓落实，确保工作落到实处。'],
  ])('does not flag: %s', (_name, body) => {
    expect(runRules(rule, body).filter((x) => x.ruleId === 'bureaucratic.density')).toEqual([]);
  });

  it('takes a fourth phrase after a named official’s speech, and none more after 会议强调', () => {
    const density = (body: string) => runRules(rule, body).filter((x) => x.ruleId === 'bureaucratic.density');
    expect(
      density('省委书记出席大会并讲话，号召全省上下高度重视、多措并举、狠抓落实，确保工作落到实处。'),
    ).toHaveLength(1);
    expect(density('会议强调，要多措并举、狠抓落实，确保工作落到实处。')).toHaveLength(1);
  });

  it('matches phrases with an ellipsis by their longest literal part', () => {
    expect(phraseKey('以…为抓手')).toBe('为抓手');
    expect(phraseKey('在…的正确领导下')).toBe('的正确领导下');
    expect(phraseKey('高度重视')).toBe('高度重视');
    const body = '在市委的正确领导下，以项目建设为抓手，高度重视民生。';
    expect(brief(runRules(rule, body))).toEqual(['bureaucratic.density warn 的正确领导下，以项目建设为抓手，高度重视']);
  });

  it('counts overlapping phrases once (leftmost, longest)', () => {
    const r = createBureaucraticRules(['进一步加强', '加强', '落实', '狠抓落实']);
    const f = runRules(r, '进一步加强管理，狠抓落实。');
    expect(f).toEqual([]);
  });

  it('honours perParagraph and per100Chars', () => {
    const body = `我市高度重视安全生产，多措并举。${han(100)}；${han(100)}。`;
    const run = (o: object) => runRules(createBureaucraticRules(PHRASES, { longClause: 0, ...o }), body);
    expect(brief(run({ perParagraph: 2, per100Chars: 0 }))).toEqual([
      'bureaucratic.density warn 高度重视安全生产，多措并举',
    ]);
    // by default a paragraph also needs four phrases per 100 Chinese characters: two in 200 is ordinary prose,
    // two in a short sentence is dense
    expect(run({ perParagraph: 2 })).toEqual([]);
    const short = createBureaucraticRules(PHRASES, { longClause: 0, perParagraph: 2 });
    expect(brief(runRules(short, '我市高度重视安全生产，多措并举。'))).toEqual([
      'bureaucratic.density warn 高度重视安全生产，多措并举',
    ]);
    expect(run({ perParagraph: 2, per100Chars: 2 })).toEqual([]);
    expect(run({ perParagraph: 2, per100Chars: 0.5 })).toHaveLength(1);
    expect(run({ perParagraph: 3 })).toEqual([]);
  });

  it('applies to body and digest, not titles', () => {
    const text = '高度重视，多措并举，狠抓落实。';
    expect(runRules(rule, { title: text })).toEqual([]);
    expect(runRules(rule, { digest: text })).toHaveLength(1);
  });

  it('works with the shipped phrase list and never blocks on the seed', () => {
    const dict = JSON.parse(readProjectFile('dictionaries/bureaucratic.json')) as {
      entries: Array<{ terms: string[] }>;
    };
    const shipped = createBureaucraticRules(dict.entries.flatMap((e) => e.terms));
    const f = runRules(shipped, seedText());
    expect(f.some((x) => x.severity === 'block')).toBe(false);
    expect(f.filter((x) => x.ruleId === 'bureaucratic.density')).toEqual([]);
    expect(runRules(shipped, '各级各部门要高度重视，切实做好防汛工作，确保责任落到实处。')).toHaveLength(1);
  });
});

describe('bureaucratic.long-sentence', () => {
  it('uses a default of 150 Chinese characters', () => {
    expect(BUREAUCRATIC_DEFAULTS.longSentence).toBe(150);
    expect(runRules(rule, `${han(150)}。`)).toEqual([]);
    const f = runRules(rule, `短句。  ${han(151)}。后面的短句。`);
    expect(brief(f)).toEqual([`bureaucratic.long-sentence info ${han(151)}。`]);
    expect(f[0]!.message).toContain('151个汉字');
  });

  it('counts only Chinese characters and splits at 。！？；', () => {
    expect(runRules(rule, `${han(100)}，ABCDEFGHIJ 1234567890 ${han(50)}。`)).toEqual([]);
    expect(runRules(rule, `${han(100)}；${han(100)}。`)).toEqual([]);
  });

  it('uses 100 in a WeChat or Weibo post, read on a phone', () => {
    expect(BUREAUCRATIC_DEFAULTS.longSentencePost).toBe(100);
    for (const platform of ['wechat', 'weibo'] as const) {
      expect(runRules(rule, { platform, body: `${han(100)}。` })).toEqual([]);
      expect(brief(runRules(rule, { platform, body: `${han(101)}。` }))).toEqual([
        `bureaucratic.long-sentence info ${han(101)}。`,
      ]);
    }
    expect(runRules(rule, { platform: 'generic', body: `${han(120)}。` })).toEqual([]);
    expect(
      runRules(createBureaucraticRules([], { longSentence: 0 }), { platform: 'wechat', body: `${han(500)}。` }),
    ).toEqual([]);
  });

  it('is configurable and can be turned off', () => {
    expect(runRules(createBureaucraticRules([], { longSentence: 20 }), `${han(21)}。`)).toHaveLength(1);
    expect(runRules(createBureaucraticRules([], { longSentence: 0 }), `${han(500)}。`)).toEqual([]);
  });

  it('fires once on the seed (its 190-character sentence)', () => {
    const f = runRules(rule, seedText());
    expect(f.map((x) => x.ruleId)).toEqual(['bureaucratic.long-sentence']);
    expect(f[0]!.text.startsWith('以习近平新时代中国特色社会主义思想为指导')).toBe(true);
    expect(f[0]!.message).toContain('190个汉字');
  });
});

describe('run-on sentences (added after the evaluation run)', () => {
  it('reports a sentence with a very long clause and no pause, even under the length limit', async () => {
    const { createBureaucraticRules } = await import('../../../lib/rules/bureaucratic-density');
    const { runRules } = await import('../../helpers/check');
    const rule = createBureaucraticRules(['高度重视']);
    const runOn =
      '下半年，我局将围绕危险化学品、建筑施工、城镇燃气等重点行业领域继续开展执法检查并在主汛期到来前完成全市1200处应急避难场所的标识设置、物资储备和开放条件核查工作以确保一旦发生险情能够及时转移安置受威胁群众并最大限度减少人员伤亡和财产损失。';
    expect(runRules(rule, runOn).map((f) => f.ruleId)).toEqual(['bureaucratic.long-sentence']);
    const normal = '下半年，我局将围绕重点行业领域继续开展执法检查，在主汛期到来前完成应急避难场所核查，确保群众安全。';
    expect(runRules(rule, normal)).toEqual([]);
  });
});
