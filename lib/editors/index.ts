import type { EditorAdapter } from './types';
import { wechatAdapter } from './wechat';
import { weiboAdapter } from './weibo';
import { weiboArticleAdapter } from './weibo-article';
import { weiboMobileAdapter } from './weibo-mobile';

/**
 * Every editor adapter, most specific first:
 * - wechat: mp.weixin.qq.com/cgi-bin/appmsg?t=media/appmsg_edit… (the article editor, both eras; not the
 *   other appmsg list/preview pages)
 * - weibo: weibo.com and www.weibo.com (home, profile, groups, modal, forward composers)
 * - weibo-article: card.weibo.com/article/v<N>/editor (头条文章)
 * - weibo-mobile: m.weibo.cn/compose…
 */
export const ADAPTERS: EditorAdapter[] = [wechatAdapter, weiboArticleAdapter, weiboMobileAdapter, weiboAdapter];

/** The adapter for the page at this URL, if any (the adapter e2e test drives every adapter through it). */
export function adapterFor(url: URL): EditorAdapter | undefined {
  return ADAPTERS.find((a) => a.matches(url));
}

export type { DraftReading, EditorAdapter, EditorInstance, FieldReading, PublishControl, TextTarget } from './types';
