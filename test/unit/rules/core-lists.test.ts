import { describe, expect, it } from 'vitest';
import { loadBuiltinData } from '../../../lib/node/builtin';
import { parseCoreLists } from '../../../lib/rules/core-lists';
import { createEngine } from '../../../lib/rules/create';
import { createCoreEngine } from '../../../lib/rules/create-core';

/**
 * The content script builds its core checker from lists the background validated (engine bundle), without the
 * schemas; the background, the CLI and the tests validate while building. Both must give the same findings.
 */
describe('core rule lists', () => {
  const data = loadBuiltinData();
  const draft = {
    platform: 'wechat' as const,
    title: '关于习近评同志调研的报道',
    body: '详见 https://item.taobao.com/item.htm?id=1&utm_source=x 。联系人手机13912345678，身份证号11010519491231002X。',
  };

  it('give the same findings from the validated bundle (after the JSON trip) as from the raw data', () => {
    const wire = JSON.parse(JSON.stringify(parseCoreLists(data)));
    const fromBundle = createCoreEngine(data, wire).checker.check(draft, { today: '2025-06-15' });
    const fromData = createEngine(data, {}, { passes: 'core' }).checker.check(draft, { today: '2025-06-15' });
    expect(fromBundle).toEqual(fromData);
    const categories = new Set(fromData.map((f) => f.category));
    for (const c of ['link', 'privacy', 'typo']) expect(categories, c).toContain(c);
  });

  it('apply the defaults (length limits, empty word lists)', () => {
    const lists = parseCoreLists({});
    expect(lists.lengthLimits.wechatTitle).toBe(64);
    expect(lists.ruleData.titles.words).toEqual([]);
    expect(lists.links).toBeUndefined();
    expect(parseCoreLists({ lengthLimits: { weiboPost: 500 } }).lengthLimits.weiboPost).toBe(500);
  });

  it('reject a bad table, naming the field', () => {
    expect(() => parseCoreLists({ links: { approved: ['not a domain'] } })).toThrow(/approved/);
    expect(() => parseCoreLists({ lengthLimits: { weiboPost: -1 } })).toThrow(/weiboPost/);
    expect(() => parseCoreLists({ ruleData: { titles: { words: [''] } } })).toThrow(/titles/);
    expect(() => parseCoreLists({ pinyin: data.pinyin, names: { people: [{ name: 'x' }] } })).toThrow(/name/);
  });

  it('read the names list only with a pinyin table (as the names rule needs one)', () => {
    expect(parseCoreLists({ names: { people: [{ name: 'x' }] } }).names).toBeUndefined();
    expect(parseCoreLists({ pinyin: data.pinyin, names: data.names }).names?.people.length).toBeGreaterThan(0);
  });
});
