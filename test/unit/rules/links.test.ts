import { describe, expect, it } from 'vitest';
import linksJson from '../../../dictionaries/links.json';
import type { ParagraphRule } from '../../../lib/engine/rule';
import type { Draft } from '../../../lib/engine/types';
import { createLinkMatcher, createLinkRules, findUrls, linkSignals, parseLink } from '../../../lib/rules/links';
import { linkListsSchema, loadLinkLists, mergeLinkLists } from '../../../lib/rules/links-schema';
import { brief, runRules } from '../../helpers/check';
import { seedText } from './tables-fixture';

const lists = loadLinkLists(linksJson);
const rules = createLinkRules(lists);
const matcher = createLinkMatcher(lists);
const check = (draft: string | Partial<Draft>) => runRules(rules, draft);
const urls = (text: string) => findUrls(text, matcher.tlds).map((u) => u.text);

describe('findUrls', () => {
  it.each([
    ['详见www.gov.cn。', ['www.gov.cn']],
    ['详见 www.gov.cn.', ['www.gov.cn']],
    [
      '网址：https://www.gov.cn/zhengce/content/2019-04/18/content_5384134.htm，请查阅',
      ['https://www.gov.cn/zhengce/content/2019-04/18/content_5384134.htm'],
    ],
    ['（www.qingdao.gov.cn）', ['www.qingdao.gov.cn']],
    ['(see https://example.com/a_(b))', ['https://example.com/a_(b)']],
    ['(见 example.com/x)', ['example.com/x']],
    ['短链t.cn/AbCd，', ['t.cn/AbCd']],
    ['淘宝链接taobao.com/item?id=1！', ['taobao.com/item?id=1']],
    ['mp.weixin.qq.com/s/AbC_d-1', ['mp.weixin.qq.com/s/AbC_d-1']],
    ['HTTPS://WWW.GOV.CN/', ['HTTPS://WWW.GOV.CN/']],
    ['http://192.168.1.1:8080/a', ['http://192.168.1.1:8080/a']],
    ['a.com 和 b.cn', ['a.com', 'b.cn']],
    ['链接：https://www.gov.cn/“', ['https://www.gov.cn/']],
  ])('%s', (text, expected) => {
    expect(urls(text)).toEqual(expected);
  });

  it.each([
    ['联系邮箱：zhang.san@qq.com'],
    ['邮箱 service@qingdao.gov.cn'],
    ['mailto:someone@example.com'],
    ['ASP.NET 与 Node.js'],
    ['版本1.2.3，增长3.5%'],
    ['文件名 report.pdf'],
    ['金宏网'],
    ['www.'],
  ])('no URL in %s', (text) => {
    expect(urls(text)).toEqual([]);
  });

  it('ends a URL at the first non-ASCII character', () => {
    expect(urls('https://baike.baidu.com/item/青岛')).toEqual(['https://baike.baidu.com/item/']);
  });

  it('parses hosts with the WHATWG URL parser', () => {
    expect(parseLink('WWW.GOV.CN/a')?.hostname).toBe('www.gov.cn');
    expect(parseLink('javascript:alert(1)')).toBeNull();
    expect(parseLink('mailto:a@b.cn')).toBeNull();
    expect(parseLink('//www.gov.cn/x')?.hostname).toBe('www.gov.cn');
  });
});

describe('link classification in text', () => {
  it.each([
    [
      '点击https://item.taobao.com/item.htm?id=123购买',
      'link.commercial block https://item.taobao.com/item.htm?id=123',
    ],
    ['详情见 m.tb.cn/h.abc', 'link.commercial block m.tb.cn/h.abc'],
    ['京东 u.jd.com/AbCd', 'link.commercial block u.jd.com/AbCd'],
    ['3.cn/xyz', 'link.commercial block 3.cn/xyz'],
    [
      'https://mobile.yangkeduo.com/goods.html?goods_id=1',
      'link.commercial block https://mobile.yangkeduo.com/goods.html?goods_id=1',
    ],
    ['http://s.click.taobao.com/t?e=1', 'link.commercial block http://s.click.taobao.com/t?e=1'],
    ['短链t.cn/AbCd，', 'link.short warn t.cn/AbCd'],
    ['https://bit.ly/3abc', 'link.short warn https://bit.ly/3abc'],
    ['dwz.cn/xyz', 'link.short warn dwz.cn/xyz'],
    ['原文：mp.weixin.qq.com/s/xyz', 'link.wechat-article info mp.weixin.qq.com/s/xyz'],
    [
      'https://mp.weixin.qq.com/s?__biz=MzA&mid=1&idx=1&sn=abc#wechat_redirect',
      'link.wechat-article info https://mp.weixin.qq.com/s?__biz=MzA&mid=1&idx=1&sn=abc#wechat_redirect',
    ],
    ['见example.com/x', 'link.unknown-domain warn example.com/x'],
    ['www.abc.xyz', 'link.unknown-domain warn www.abc.xyz'],
    ['https://www.gov.cn.evil.com/', 'link.unknown-domain warn https://www.gov.cn.evil.com/'],
    ['https://notgov.cn/', 'link.unknown-domain warn https://notgov.cn/'],
  ])('%s', (body, expected) => {
    const f = check(body);
    expect(brief(f)).toEqual([expected]);
    expect(body.slice(f[0]!.start, f[0]!.end)).toBe(f[0]!.text);
    expect(f[0]!.url).toBe(f[0]!.text);
    expect(f[0]!.category).toBe('link');
  });

  it.each([
    ['详见www.gov.cn。'],
    ['https://www.qingdao.gov.cn/n172/index.html'],
    ['http://www.12371.cn/2024/01/01/ARTI1.shtml'],
    ['https://www.news.cn/politics/2024-01/01/c_1.htm'],
    ['http://www.xinhuanet.com/'],
    ['http://politics.people.com.cn/n1/2024/0101/c1001-1.html'],
    ['https://news.cctv.com/2024/01/01/ARTI.shtml'],
    ['https://www.gmw.cn/'],
    ['http://www.qstheory.cn/'],
    ['https://www.chinadaily.com.cn/'],
    ['www.chinanews.com.cn/gn/2024/01-01/1.shtml'],
    ['联系邮箱：zhang.san@qq.com'],
  ])('passes %s', (body) => {
    expect(check(body)).toEqual([]);
  });

  it('reports tracking parameters separately, once per URL', () => {
    const body = '访问 https://www.qingdao.gov.cn/a.html?utm_source=wx&utm_medium=share。';
    const f = check(body);
    expect(brief(f)).toEqual(['link.tracking info https://www.qingdao.gov.cn/a.html?utm_source=wx&utm_medium=share']);
    expect(f[0]!.message).toContain('utm_source');
  });

  it('reports a commercial URL with tracking twice (two classifications)', () => {
    const f = check('https://item.taobao.com/item.htm?id=1&spm=a1z10');
    expect(f.map((x) => x.ruleId)).toEqual(['link.commercial', 'link.tracking']);
  });

  it('knows WeChat share parameters', () => {
    const f = check('https://mp.weixin.qq.com/s/abc?from=singlemessage&isappinstalled=0');
    expect(f.map((x) => x.ruleId).sort()).toEqual(['link.tracking', 'link.wechat-article']);
    expect(check('https://mp.weixin.qq.com/s/abc?from=profile').map((x) => x.ruleId)).toEqual(['link.wechat-article']);
  });

  it('signals commercial for an e-commerce URL in the text', () => {
    const signal: ParagraphRule = {
      kind: 'paragraph',
      rules: [{ id: 'advertising.probe', category: 'advertising', severity: 'warn', message: 'x' }],
      check(p, sink) {
        if (p.text.includes('最'))
          sink.report({
            ruleId: 'advertising.probe',
            start: 0,
            end: 1,
            requires: [{ signal: 'commercial', present: true }],
          });
      },
    };
    expect(runRules([...rules, signal], '最好\n见taobao.com/x').map((f) => f.ruleId)).toContain('advertising.probe');
    expect(runRules([...rules, signal], '最好\n见www.gov.cn').map((f) => f.ruleId)).not.toContain('advertising.probe');
  });
});

describe('hyperlinks (draft.links) and 原文链接 (sourceUrl)', () => {
  it('reports a hyperlink at its visible text with the href as url', () => {
    const body = '欢迎点击这里了解详情';
    const f = check({ body, links: [{ href: 'https://detail.tmall.com/item.htm?id=1', start: 2, end: 6 }] });
    expect(brief(f)).toEqual(['link.commercial block 点击这里']);
    expect(f[0]!).toMatchObject({ field: 'body', start: 2, end: 6, url: 'https://detail.tmall.com/item.htm?id=1' });
    expect(f[0]!.message).toContain('detail.tmall.com');
  });

  it('reports the sourceUrl field with offsets into that string', () => {
    const sourceUrl = ' https://mp.weixin.qq.com/s/abc?from=singlemessage ';
    const f = check({ body: '正文', sourceUrl });
    expect(f.map((x) => [x.ruleId, x.field, x.start, x.end])).toEqual([
      ['link.tracking', 'sourceUrl', 1, sourceUrl.length - 1],
      ['link.wechat-article', 'sourceUrl', 1, sourceUrl.length - 1],
    ]);
    expect(f[0]!.text).toBe(sourceUrl.trim());
  });

  it('passes approved hyperlinks and ignores non-web ones', () => {
    const body = '详见中国政府网，联系我们';
    expect(
      check({
        body,
        links: [
          { href: 'https://www.gov.cn/', start: 2, end: 7 },
          { href: 'mailto:a@b.cn', start: 8, end: 12 },
          { href: 'javascript:void(0)', start: 8, end: 12 },
        ],
      }),
    ).toEqual([]);
  });

  it('ignores hyperlinks with offsets outside the body', () => {
    expect(check({ body: '短', links: [{ href: 'https://t.cn/x', start: 0, end: 9 }] })).toEqual([]);
  });

  it('reports a URL that is both visible text and hyperlink once per classification', () => {
    const body = '见t.cn/AbCd';
    const f = check({ body, links: [{ href: 'http://t.cn/AbCd', start: 1, end: 10 }] });
    expect(brief(f)).toEqual(['link.short warn t.cn/AbCd']);
  });

  it('signals commercial for e-commerce hyperlinks and sourceUrl', () => {
    expect(
      linkSignals(
        { platform: 'wechat', body: '买', links: [{ href: 'https://u.jd.com/x', start: 0, end: 1 }] },
        matcher,
      ),
    ).toEqual(['commercial']);
    expect(linkSignals({ platform: 'wechat', body: '', sourceUrl: 'https://m.tb.cn/h.x' }, matcher)).toEqual([
      'commercial',
    ]);
    expect(linkSignals({ platform: 'wechat', body: '', sourceUrl: 'https://www.gov.cn/' }, matcher)).toEqual([]);
  });
});

describe('link lists', () => {
  it('validates the shipped data file', () => {
    expect(lists.approved).toContain('gov.cn');
    expect(lists.commercial).toContain('taobao.com');
    expect(lists.short).toContain('t.cn');
  });

  it('rejects bad entries with a readable message', () => {
    const r = linkListsSchema.safeParse({ approved: ['not a domain'] });
    expect(r.success).toBe(false);
    expect(linkListsSchema.safeParse({ trackingParams: ['a b'] }).success).toBe(false);
    expect(linkListsSchema.safeParse({ unknownKey: [] }).success).toBe(false);
  });

  it('merges admin additions (local approved sites)', () => {
    const merged = mergeLinkLists(lists, { localApproved: ['Qingdaonews.com'] });
    expect(merged.localApproved).toEqual(['qingdaonews.com']);
    expect(merged.approved).toEqual(lists.approved);
    const r = runRules(createLinkRules(merged), 'www.qingdaonews.com/a');
    expect(r).toEqual([]);
    expect(check('www.qingdaonews.com/a').map((f) => f.ruleId)).toEqual(['link.unknown-domain']);
  });
});

describe('founding notice and adversarial input', () => {
  it('finds nothing in the founding notice', () => {
    expect(check(seedText())).toEqual([]);
  });

  it('finishes on 5 MB of "www." repeats', () => {
    expect(check('www.'.repeat(1_250_000))).toEqual([]);
  });

  it('finishes on 5 MB of digits and of "2024年"', () => {
    expect(check('1'.repeat(5_000_000))).toEqual([]);
    expect(check('2024年'.repeat(1_000_000))).toEqual([]);
  });

  it('finishes on 5 MB of short domains and caps the findings', () => {
    const f = check('a.com/ '.repeat(800_000));
    expect(f.length).toBe(500);
  });

  it('finishes on URLs with long runs of closing brackets', () => {
    const f = check(`a.com/${')'.repeat(1000)} `.repeat(5000));
    expect(f.length).toBeLessThanOrEqual(500);
  });
});
