/** Public contract shapes (docs/contract.md). Change only by adding optional fields. */

export const PLATFORMS = ['wechat', 'weibo', 'weibo-article', 'generic'] as const;
export type Platform = (typeof PLATFORMS)[number];

export const FIELDS = ['title', 'author', 'digest', 'body', 'sourceUrl', 'caption'] as const;
export type Field = (typeof FIELDS)[number];

export const SEVERITIES = ['block', 'warn', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const CATEGORIES = [
  'sensitive',
  'formulation',
  'typo',
  'punctuation',
  'bureaucratic',
  'opinion',
  'link',
  'advertising',
  'privacy',
  'secrecy',
  'source',
  'timeliness',
  'length',
  'spelling',
] as const;
export type Category = (typeof CATEGORIES)[number];

export interface DraftLink {
  href: string;
  text?: string;
  start: number;
  end: number;
}

/** An image or media item of a draft (by source; not checked as text, but part of the signed-off hash). */
export interface DraftImage {
  src: string;
  alt?: string;
}

export interface Draft {
  platform: Platform;
  title?: string;
  author?: string;
  digest?: string;
  body: string;
  sourceUrl?: string;
  links?: DraftLink[];
  /** Text published with the post outside the body: card.weibo.com 配文, WeChat 小绿书 share text. Checked as text. */
  caption?: string;
  /** Cover image source (WeChat 封面, card.weibo.com 封面). */
  cover?: string;
  /** Images and media in the body or attached to the post, by source. */
  images?: DraftImage[];
}

export interface Finding {
  ruleId: string;
  category: Category;
  severity: Severity;
  field: Field;
  start: number;
  end: number;
  text: string;
  message: string;
  suggestions: string[];
  source?: string;
  url?: string;
}

/** A finding with the extra, non-contract data the extension needs (never printed by the CLI). */
export interface RichFinding extends Finding {
  /** Stable across unrelated edits: rule + matched text + surrounding text. */
  fingerprint: string;
  /** Short explanation of the rule (dictionary note). */
  note?: string;
}

export const SEVERITY_RANK: Record<Severity, number> = { block: 3, warn: 2, info: 1 };

export const CATEGORY_LABELS: Record<Category, { zh: string; en: string }> = {
  sensitive: { zh: '敏感词', en: 'Sensitive words' },
  formulation: { zh: '规范表述', en: 'Official wording' },
  typo: { zh: '错别字', en: 'Typos' },
  punctuation: { zh: '标点格式', en: 'Punctuation' },
  bureaucratic: { zh: '官腔套话', en: 'Bureaucratic phrasing' },
  opinion: { zh: '个人观点与情绪', en: 'Opinion and emotion' },
  link: { zh: '链接', en: 'Links' },
  advertising: { zh: '商业广告', en: 'Advertising' },
  privacy: { zh: '个人信息', en: 'Personal data' },
  secrecy: { zh: '涉密标识', en: 'Secrecy marks' },
  source: { zh: '转载来源', en: 'Repost source' },
  timeliness: { zh: '时效', en: 'Timeliness' },
  length: { zh: '字数限制', en: 'Length limits' },
  spelling: { zh: '英文拼写', en: 'English spelling' },
};

export const SEVERITY_LABELS: Record<Severity, { zh: string; en: string }> = {
  block: { zh: '禁止发布', en: 'Block' },
  warn: { zh: '需注意', en: 'Warning' },
  info: { zh: '建议', en: 'Advice' },
};
