import { describe, expect, it } from 'vitest';
import { publishEndpoint } from '../../../lib/backstop/endpoints';

describe('publish endpoints the page backstop watches', () => {
  const base = 'https://weibo.com/';
  it.each([
    ['https://mp.weixin.qq.com/cgi-bin/masssend?t=ajax-response&token=1', 'https://mp.weixin.qq.com/cgi-bin/masssend'],
    ['https://mp.weixin.qq.com/cgi-bin/masssend?action=time_send', 'https://mp.weixin.qq.com/cgi-bin/masssend'],
    ['/ajax/statuses/update', 'https://weibo.com/ajax/statuses/update'],
    ['https://www.weibo.com/ajax/statuses/repost?is_fast=1', 'https://www.weibo.com/ajax/statuses/repost'],
    ['https://weibo.com/ajax/statuses/normal_repost', 'https://weibo.com/ajax/statuses/normal_repost'],
    [
      'https://card.weibo.com/article/v5/aj/editor/draft/publish?uid=1',
      'https://card.weibo.com/article/v5/aj/editor/draft/publish',
    ],
    ['https://m.weibo.cn/api/statuses/update', 'https://m.weibo.cn/api/statuses/update'],
  ])('%s is a publish request (reported without its query)', (url, want) => {
    expect(publishEndpoint(url, base)).toBe(want);
  });

  it.each([
    'https://mp.weixin.qq.com/cgi-bin/operate_appmsg?sub=create',
    '/ajax/statuses/mymblog',
    'https://card.weibo.com/article/v5/aj/editor/draft/save',
    'https://evil.example/ajax/statuses/update',
    'https://weibo.com.evil.example/ajax/statuses/update',
    'not a url ::',
  ])('%s is not', (url) => {
    expect(publishEndpoint(url, base)).toBeUndefined();
  });
});
