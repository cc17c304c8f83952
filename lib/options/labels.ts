import type { LengthLimits, RuleSetting } from '../engine/config';
import type { GateMode } from '../messaging/protocol';

/** Chinese labels shared by the options page and its audit summaries. */

export const GATE_MODE_LABELS: Record<GateMode, string> = {
  block: '拦截',
  warn: '仅提醒',
  off: '关闭',
};

export const GATE_MODE_HELP: Record<GateMode, string> = {
  block: '有“禁止发布”问题或未按要求签发时拦截发布（审核人可记录理由后放行）',
  warn: '只提醒，确认后仍可发布',
  off: '不拦截发布，只在编辑器中标注问题',
};

export const REVIEW_LEVEL_LABELS: Record<number, string> = { 1: '初审', 2: '复审', 3: '终审' };

/** What each "required levels" value means. */
export const REQUIRED_LEVELS_LABELS: Record<number, string> = {
  0: '不要求签发',
  1: '初审（先审后发）',
  2: '初审 + 复审',
  3: '初审 + 复审 + 终审',
};

export const RULE_SETTING_LABELS: Record<RuleSetting | 'default', string> = {
  default: '默认',
  off: '关闭',
  block: '禁止发布',
  warn: '需注意',
  info: '建议',
};

export const LENGTH_LIMIT_LABELS: Record<keyof LengthLimits, string> = {
  wechatTitle: '微信公众号标题',
  wechatAuthor: '微信公众号作者',
  wechatDigest: '微信公众号摘要',
  weiboArticleTitle: '微博头条文章标题',
  weiboArticleDigest: '微博头条文章导语',
  weiboPost: '微博正文',
  weiboFolded: '微博正文折叠阈值',
};

export const LOCALE_LABELS = { auto: '跟随浏览器', zh_CN: '中文', en: 'English' } as const;

export const ORIGIN_LABELS = { builtin: '内置', custom: '自定义', subscription: '订阅' } as const;
export type DictOrigin = keyof typeof ORIGIN_LABELS;

/** "默认" for an unset value. */
export function ruleSettingLabel(v: RuleSetting | undefined): string {
  return RULE_SETTING_LABELS[v ?? 'default'];
}
