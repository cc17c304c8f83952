import { describe, expect, it } from 'vitest';
import { lengthLimitsSchema } from '../../../lib/engine/config';
import type { Draft } from '../../../lib/engine/types';
import { countChars, createLengthRule, offsetAfterChars } from '../../../lib/rules/length';
import { brief, runRules } from '../../helpers/check';

const defaults = lengthLimitsSchema.parse({});
const rule = createLengthRule(defaults);
const check = (draft: Partial<Draft>) => runRules(rule, draft);
const han = (n: number) => '政'.repeat(n);

describe('counting', () => {
  it('counts code points, with CRLF as one', () => {
    expect(countChars('政务')).toBe(2);
    expect(countChars('a b')).toBe(3);
    expect(countChars('😀😀')).toBe(2);
    expect(countChars('a\r\nb')).toBe(3);
    expect(countChars('a\nb')).toBe(3);
  });

  it('finds the UTF-16 offset after n characters', () => {
    expect(offsetAfterChars('😀😀😀', 2)).toBe(4);
    expect(offsetAfterChars('ab', 5)).toBe(2);
    expect(offsetAfterChars('a\r\nb', 2)).toBe(3);
  });
});

describe('length limits: should flag', () => {
  it.each<[Partial<Draft>, string, string]>([
    [{ platform: 'wechat', title: han(65) }, 'length.wechat-title warn', 'title'],
    [{ platform: 'wechat', author: '青岛市人民政府办公厅' }, 'length.wechat-author warn', 'author'],
    [{ platform: 'wechat', digest: han(121) }, 'length.wechat-digest warn', 'digest'],
    [{ platform: 'weibo-article', title: han(33) }, 'length.weibo-article-title warn', 'title'],
    [{ platform: 'weibo-article', digest: han(45) }, 'length.weibo-article-digest warn', 'digest'],
    [{ platform: 'weibo', body: han(141) }, 'length.weibo-folded info', 'body'],
  ])('%o', (draft, expected, field) => {
    const f = check(draft);
    expect(f).toHaveLength(1);
    expect(`${f[0]!.ruleId} ${f[0]!.severity}`).toBe(expected);
    expect(f[0]!.field).toBe(field);
    expect(f[0]!.category).toBe('length');
  });

  it('underlines the overflowing part and states the limit and the count', () => {
    const title = han(64) + '超出了';
    const [f] = check({ platform: 'wechat', title });
    expect(f!.start).toBe(64);
    expect(f!.end).toBe(67);
    expect(f!.text).toBe('超出了');
    expect(f!.message).toContain('64');
    expect(f!.message).toContain('67');
  });

  it('counts an emoji as one character and keeps UTF-16 offsets', () => {
    const title = '😀'.repeat(65);
    const [f] = check({ platform: 'wechat', title });
    expect(f!.start).toBe(128);
    expect(f!.text).toBe('😀');
    expect(f!.message).toContain('65');
  });

  it('reports a Weibo post over 2000 as a warning and as folded', () => {
    const f = check({ platform: 'weibo', body: han(2001) });
    expect(brief(f).map((x) => x.split(' ').slice(0, 2).join(' '))).toEqual([
      'length.weibo-folded info',
      'length.weibo-post warn',
    ]);
    const post = f.find((x) => x.ruleId === 'length.weibo-post')!;
    expect(post.start).toBe(2000);
    expect(post.message).toContain('2000');
    expect(post.message).toContain('2001');
  });
});

describe('length limits: should not flag', () => {
  it.each<[Partial<Draft>]>([
    [{ platform: 'wechat', title: han(64), author: han(8), digest: han(120), body: han(5000) }],
    [{ platform: 'wechat', title: '😀'.repeat(64) }],
    [{ platform: 'weibo-article', title: han(32), digest: han(44), body: han(5000) }],
    [{ platform: 'weibo', body: han(140) }],
    [{ platform: 'weibo', title: han(100), body: '短' }],
    [{ platform: 'generic', title: han(500), author: han(50), digest: han(500), body: han(10000) }],
    [{ platform: 'weibo-article', author: han(50) }],
  ])('%o', (draft) => {
    expect(check(draft)).toEqual([]);
  });
});

describe('configurable limits', () => {
  it('uses the limits it is given', () => {
    const custom = createLengthRule(lengthLimitsSchema.parse({ wechatTitle: 10, weiboFolded: 5 }));
    expect(runRules(custom, { platform: 'wechat', title: han(11) }).map((f) => f.ruleId)).toEqual([
      'length.wechat-title',
    ]);
    expect(runRules(custom, { platform: 'weibo', body: han(6) }).map((f) => f.ruleId)).toEqual(['length.weibo-folded']);
  });

  it('finishes on a 5 MB Weibo post', () => {
    expect(check({ platform: 'weibo', body: '1'.repeat(5_000_000) })).toHaveLength(2);
    expect(check({ platform: 'weibo', body: '2024年'.repeat(1_000_000) })).toHaveLength(2);
  });
});
