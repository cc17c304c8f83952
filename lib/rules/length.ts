import type { LengthLimits } from '../engine/config';
import type { DocumentCandidate, DocumentRule, RuleMeta } from '../engine/rule';
import type { Draft, Field } from '../engine/types';

/**
 * Platform length limits (configurable, lib/engine/config.ts `LengthLimits`):
 *
 *   WeChat (platform "wechat"):               title > 64, author > 8, digest > 120          → warn
 *   Weibo headline article ("weibo-article"):  title > 32, digest (导语) > 44                  → warn
 *   Weibo post ("weibo"):                      body > 2000 → warn; body > 140 → info (folded under 全文)
 *
 * Counting assumption: one character = one Unicode code point (a CJK character, a letter, a digit, a space,
 * an emoji outside the BMP all count 1), and a CRLF line break counts as one character. The WeChat editor
 * counts this way. Weibo's publisher counts a half-width character as half (two ASCII letters = 1 字) and a link
 * as a fixed length; code points over-count mixed Latin text, so the Weibo figures err on the side of warning.
 *
 * The span is the overflowing part (from the first character past the limit to the end of the field), which is
 * what the editor has to cut; the message states the limit and the current count.
 */

export const LENGTH_RULES: RuleMeta[] = [
  {
    id: 'length.wechat-title',
    category: 'length',
    severity: 'warn',
    title: '微信标题超长',
    message: '微信公众号文章标题超出字数上限，超出部分无法保存或会被截断。',
    source: '微信公众平台图文编辑器字数限制（标题64字）',
  },
  {
    id: 'length.wechat-author',
    category: 'length',
    severity: 'warn',
    title: '微信作者超长',
    message: '微信公众号文章作者超出字数上限。',
    source: '微信公众平台图文编辑器字数限制（作者8字）',
  },
  {
    id: 'length.wechat-digest',
    category: 'length',
    severity: 'warn',
    title: '微信摘要超长',
    message: '微信公众号文章摘要超出字数上限。',
    source: '微信公众平台图文编辑器字数限制（摘要120字）',
  },
  {
    id: 'length.weibo-article-title',
    category: 'length',
    severity: 'warn',
    title: '微博头条文章标题超长',
    message: '微博头条文章标题超出字数上限。',
    source: '新浪微博头条文章编辑器字数限制（标题32字）',
  },
  {
    id: 'length.weibo-article-digest',
    category: 'length',
    severity: 'warn',
    title: '微博头条文章导语超长',
    message: '微博头条文章导语超出字数上限。',
    source: '新浪微博头条文章编辑器字数限制（导语44字）',
  },
  {
    id: 'length.weibo-post',
    category: 'length',
    severity: 'warn',
    title: '微博正文超长',
    message: '微博正文超出字数上限，无法发布。',
    source: '新浪微博发布器字数限制（2000字）',
  },
  {
    id: 'length.weibo-folded',
    category: 'length',
    severity: 'info',
    title: '微博正文将被折叠',
    message: '微博正文超过140字，超出部分会折叠在“全文”后，重要信息宜放在前140字内。',
    source: '新浪微博信息流展示规则（超过140字折叠）',
  },
];

/** Code points, with CRLF counted once. */
export function countChars(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    } else if (c === 13 && s.charCodeAt(i + 1) === 10) i++;
    n++;
  }
  return n;
}

/** UTF-16 offset just after the first `limit` characters (as counted by countChars). */
export function offsetAfterChars(s: string, limit: number): number {
  let n = 0;
  let i = 0;
  while (i < s.length && n < limit) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      i += d >= 0xdc00 && d <= 0xdfff ? 2 : 1;
    } else if (c === 13 && s.charCodeAt(i + 1) === 10) i += 2;
    else i++;
    n++;
  }
  return i;
}

interface Check {
  ruleId: string;
  field: Field;
  limit: keyof LengthLimits;
  label: string;
  /** Extra clause at the end of the message. */
  consequence: string;
}

const CHECKS: Record<string, Check[]> = {
  wechat: [
    {
      ruleId: 'length.wechat-title',
      field: 'title',
      limit: 'wechatTitle',
      label: '微信公众号文章标题',
      consequence: '超出部分无法保存',
    },
    {
      ruleId: 'length.wechat-author',
      field: 'author',
      limit: 'wechatAuthor',
      label: '微信公众号文章作者',
      consequence: '超出部分无法保存',
    },
    {
      ruleId: 'length.wechat-digest',
      field: 'digest',
      limit: 'wechatDigest',
      label: '微信公众号文章摘要',
      consequence: '超出部分无法保存',
    },
  ],
  'weibo-article': [
    {
      ruleId: 'length.weibo-article-title',
      field: 'title',
      limit: 'weiboArticleTitle',
      label: '微博头条文章标题',
      consequence: '超出部分无法保存',
    },
    {
      ruleId: 'length.weibo-article-digest',
      field: 'digest',
      limit: 'weiboArticleDigest',
      label: '微博头条文章导语',
      consequence: '超出部分无法保存',
    },
  ],
  weibo: [
    { ruleId: 'length.weibo-post', field: 'body', limit: 'weiboPost', label: '微博正文', consequence: '无法发布' },
    {
      ruleId: 'length.weibo-folded',
      field: 'body',
      limit: 'weiboFolded',
      label: '微博正文',
      consequence: '超出部分会折叠在“全文”后，重要信息宜放在前面',
    },
  ],
};

export function createLengthRule(limits: LengthLimits): DocumentRule {
  return {
    kind: 'document',
    rules: LENGTH_RULES,
    check({ draft }: { draft: Draft }, report: (c: DocumentCandidate) => void) {
      for (const c of CHECKS[draft.platform] ?? []) {
        const value = draft[c.field];
        if (typeof value !== 'string' || !value) continue;
        const limit = limits[c.limit];
        const count = countChars(value);
        if (count <= limit) continue;
        const start = offsetAfterChars(value, limit);
        report({
          ruleId: c.ruleId,
          field: c.field,
          start,
          end: value.length,
          message: `${c.label}限${limit}字，当前${count}字，超出${count - limit}字，${c.consequence}。`,
        });
      }
    },
  };
}
