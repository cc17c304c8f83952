import { describe, expect, it } from 'vitest';
import sourcesJson from '../../../dictionaries/sources.json';
import type { Draft } from '../../../lib/engine/types';
import {
  createSourceMatcher,
  createSourceRules,
  findSourceNames,
  normalizeSourceName,
} from '../../../lib/rules/source';
import { loadSourceList, mergeSourceList, sourceListSchema } from '../../../lib/rules/source-schema';
import { brief, runRules } from '../../helpers/check';
import { seedText } from './tables-fixture';

const list = loadSourceList(sourcesJson);
const rules = createSourceRules(list);
const check = (draft: string | Partial<Draft>) => runRules(rules, draft);
const approved = createSourceMatcher(list);

describe('approved sources', () => {
  it.each([
    '新华社',
    '新华网',
    '人民日报',
    '人民网',
    '人民日报客户端',
    '中央广播电视总台',
    '央视新闻',
    '央视新闻客户端',
    '央视网',
    '光明日报',
    '经济日报',
    '求是',
    '中国政府网',
    '学习强国',
    '共产党员网',
    '中国新闻网',
    '“新华社”微信公众号',
    '中国政府网（www.gov.cn）',
    '青岛市人民政府',
    '青岛市人民政府网',
    '青岛市人民政府办公厅',
    '山东省卫生健康委员会',
    '青岛市市场监督管理局',
    '市南区人民政府',
    '中共青岛市委',
    '中共青岛市委宣传部',
    '青岛市委宣传部',
    '市南区融媒体中心',
    '国家卫生健康委',
    '国家统计局',
    '国务院新闻办公室',
    '中央纪委国家监委网站',
    '教育部',
    '青岛发布',
    '大众日报',
    '本网',
    '原创',
    '综合新华社',
  ])('%s', (name) => {
    expect(approved(name)).toEqual({ approved: true });
  });

  it.each([
    ['青岛日报', 'local-outlet'],
    ['某某商会通讯', 'unlisted'],
    ['某某科技有限公司', 'commercial'],
    ['青岛某某文化传播公司', 'commercial'],
    ['某某生活百家号', 'self-media'],
    ['某某头条号', 'self-media'],
    ['搜狐号某某', 'self-media'],
    ['网络', 'unspecified'],
    ['网友', 'unspecified'],
    ['某某公众号', 'unlisted'],
    ['国家电网', 'unlisted'],
    ['Xinhua', 'unlisted'],
  ])('%s is not approved (%s)', (name, reason) => {
    expect(approved(name)).toEqual({ approved: false, reason });
  });

  it('keeps an approved owner’s self-media account approved', () => {
    expect(approved('人民日报百家号')).toEqual({ approved: true });
  });

  it('normalises names', () => {
    expect(normalizeSourceName(' “青岛发布” 微信公众号 ')).toBe('青岛发布微信公众号');
    expect(normalizeSourceName('中国政府网（www.gov.cn）')).toBe('中国政府网');
    expect(normalizeSourceName('综合新华社')).toBe('新华社');
  });
});

describe('source lines', () => {
  it.each([
    ['来源：新华社', ['新华社']],
    ['来源:人民网', ['人民网']],
    ['编辑：张三 来源：新华社 作者：李四', ['新华社']],
    ['（来源：央视新闻）', ['央视新闻']],
    ['【来源：中国政府网】', ['中国政府网']],
    ['本文来源：新华社、人民日报', ['新华社', '人民日报']],
    ['文章来源：青岛市人民政府网', ['青岛市人民政府网']],
    ['稿源：大众日报', ['大众日报']],
    ['转自“青岛发布”微信公众号', ['“青岛发布”微信公众号']],
    ['本文转载自人民日报客户端', ['人民日报客户端']],
    ['来源：新华社记者张三', ['新华社']],
    ['图片来源：网络', ['网络']],
    ['（来源：平安泉州）#防溺水#', ['平安泉州']], // the bracket that opened the label closes the name
    ['（来源：人民日报（海外版））', ['人民日报（海外版）']],
    ['来源：滨河发布 #文明城市#', ['滨河发布']],
  ])('%s', (text, names) => {
    expect(findSourceNames(text).names.map((n) => text.slice(n.start, n.end))).toEqual(names);
  });

  it.each([
    ['数据来源：国家统计局'],
    ['资金来源：财政拨款'],
    ['主要收入来源于务工'],
    ['他来自农村'],
    ['欢迎转载，请注明出处'],
  ])('no source line in %s', (text) => {
    expect(findSourceNames(text).names).toEqual([]);
  });
});

describe('source.not-approved (warn)', () => {
  it.each([
    ['来源：某某科技有限公司', '某某科技有限公司'],
    ['编辑：张三 来源：某某生活百家号', '某某生活百家号'],
    ['来源：网络', '网络'],
    ['图片来源：网络', '网络'],
    ['转载自某某头条号', '某某头条号'],
    ['摘自某某公众号', '某某公众号'],
    ['▲图片来源：网络', '网络'],
  ])('%s', (body, span) => {
    const f = check(body);
    expect(brief(f)).toEqual([`source.not-approved warn ${span}`]);
    expect(body.slice(f[0]!.start, f[0]!.end)).toBe(span);
    expect(f[0]!.message).toContain(span);
    expect(f[0]!.category).toBe('source');
  });

  it('checks every source of a list and reports only the unapproved one', () => {
    expect(brief(check('本文来源：新华社、某某头条号'))).toEqual(['source.not-approved warn 某某头条号']);
  });

  it.each([
    ['图片来源于网络，如有侵权请联系删除。', '网络'],
    ['部分图片来自互联网，版权归原作者所有。', '互联网'],
    ['（图源：网络）', '网络'],
  ])('reports material said to come from the internet: %s', (body, name) => {
    expect(brief(check(body))).toEqual([`source.not-approved warn ${name}`]);
  });

  it.each([
    ['本次评选结果来自网络投票和现场投票。'],
    ['来源：新华社'],
    ['来源：人民日报客户端 作者：张三'],
    ['转自“青岛发布”微信公众号'],
    ['来源：中共青岛市委宣传部'],
    ['来源：本网'],
    ['数据来源：某某咨询公司'],
    ['本文摘自《习近平谈治国理政》第四卷'],
    ['▲图片来源：新华社'],
  ])('passes %s', (body) => {
    expect(check(body)).toEqual([]);
  });

  it('takes government accounts as approved and local media as advice', () => {
    for (const name of [
      '滨河交警',
      '平安滨河',
      '滨河发布',
      '滨河融媒',
      '滨河市场监管',
      '滨河政府网',
      // central bodies' regional offices and the customs districts
      '海关总署广东分署',
      '青岛海关',
      '国家统计局天津调查总队',
      '中国人民银行山东省分行',
    ])
      expect(check(`来源：${name}`), name).toEqual([]);
    expect(brief(check('来源：滨河日报'))).toEqual(['source.local-outlet info 滨河日报']);
    expect(brief(check('来源：滨河广播电视台'))).toEqual(['source.local-outlet info 滨河广播电视台']);
    expect(brief(check('来源：滨河科技公司发布'))).toEqual(['source.not-approved warn 滨河科技公司发布']);
    expect(brief(check('来源：滨河海关代理公司'))).toEqual(['source.not-approved warn 滨河海关代理公司']);
  });

  it('accepts the admin’s designated sources', () => {
    const local = mergeSourceList(list, { designated: ['青岛日报', '青岛新闻网'] });
    expect(runRules(createSourceRules(local), '来源：青岛日报')).toEqual([]);
    expect(runRules(createSourceRules(local), '来源：青岛新闻网')).toEqual([]);
  });
});

describe('source.missing (info)', () => {
  it.each([
    ['原标题：《关于开展安全检查的通知》\n正文内容。', '原标题：'],
    ['据新华社报道，全国……', '据新华社报道'],
    ['据央视新闻消息，……', '据央视新闻消息'],
    ['本文转载，仅供学习。', '本文转载'],
  ])('%s', (body, span) => {
    expect(brief(check(body))).toEqual([`source.missing info ${span}`]);
  });

  it('reports once per draft', () => {
    expect(check('据新华社报道，甲。\n据人民日报报道，乙。\n原标题：丙')).toHaveLength(1);
  });

  it('is satisfied by a source line anywhere in the draft', () => {
    expect(check('原标题：《关于开展安全检查的通知》\n正文内容。\n来源：新华社')).toEqual([]);
    expect(check({ title: '据新华社报道', body: '正文\n（来源：新华网）' })).toEqual([]);
  });

  it('is satisfied by a news agency dateline', () => {
    expect(check('新华社北京3月1日电（记者张三）据新华社报道，……')).toEqual([]);
  });

  it.each([
    ['据了解，全市共……'],
    ['据统计，全年……'],
    ['欢迎转载，请注明出处。'],
    ['未经授权，不得转载。'],
    ['原则上只转载党委和政府网站的信息。'],
  ])('not a repost: %s', (body) => {
    expect(check(body)).toEqual([]);
  });
});

describe('source list data', () => {
  it('validates the shipped data file', () => {
    expect(Object.values(list.approved).flat()).toContain('新华社');
    expect(list.designated).toEqual([]);
  });

  it('rejects invalid patterns and unknown keys', () => {
    expect(sourceListSchema().safeParse({ governmentPatterns: ['(unclosed'] }).success).toBe(false);
    expect(sourceListSchema().safeParse({ other: [] }).success).toBe(false);
    expect(sourceListSchema().safeParse({ designated: [''] }).success).toBe(false);
  });
});

describe('founding notice and adversarial input', () => {
  it('finds nothing in the founding notice', () => {
    expect(check(seedText())).toEqual([]);
  });

  it('finishes on 5 MB inputs', () => {
    expect(check('1'.repeat(5_000_000))).toEqual([]);
    expect(check('www.'.repeat(1_250_000))).toEqual([]);
    expect(check('2024年'.repeat(1_000_000))).toEqual([]);
    expect(check('来源：'.repeat(1_700_000)).length).toBeLessThanOrEqual(100);
    expect(check(` 来源：${'某'.repeat(50)}`.repeat(90_000)).length).toBeLessThanOrEqual(100);
    expect(check(`据${'某'.repeat(5_000_000)}`)).toEqual([]);
  });
});

describe('repost markers (added after the evaluation run)', () => {
  it('a 【转载】 label without a source line is a repost without a source', async () => {
    const { createSourceRules } = await import('../../../lib/rules/source');
    const { loadSourceList } = await import('../../../lib/rules/source-schema');
    const { readFileSync } = await import('node:fs');
    const { runRules } = await import('../../helpers/check');
    const rules = createSourceRules(loadSourceList(JSON.parse(readFileSync('dictionaries/sources.json', 'utf8'))));
    const f = runRules(rules, '【转载】国务院常务会议部署防汛抗旱工作\n会议指出，今年以来全国降水时空分布不均。');
    expect(f.map((x) => `${x.ruleId}:${x.text}`)).toEqual(['source.missing:【转载】']);
    expect(runRules(rules, '【转载】国务院常务会议部署防汛抗旱工作\n来源：中国政府网')).toEqual([]);
  });

  it('marks the first sign of each field (the title and the body both say 【转载】)', async () => {
    const { createSourceRules } = await import('../../../lib/rules/source');
    const { loadSourceList } = await import('../../../lib/rules/source-schema');
    const { readFileSync } = await import('node:fs');
    const rules = createSourceRules(loadSourceList(JSON.parse(readFileSync('dictionaries/sources.json', 'utf8'))));
    const { runRules } = await import('../../helpers/check');
    const f = runRules(rules, {
      platform: 'wechat',
      title: '【转载】医保家庭共济怎么用',
      body: '【转载】职工医保个人账户可以家庭共济。',
    });
    expect(f.map((x) => `${x.ruleId}:${x.field}:${x.start}`)).toEqual([
      'source.missing:title:0',
      'source.missing:body:0',
    ]);
  });
});
