import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PUBLISH_ENDPOINTS } from '../../../lib/backstop/endpoints';
import { CONTENT_SCRIPT_MATCHES, EDITOR_HOSTS, EDITOR_MATCH_PATTERNS } from '../../../lib/editors/hosts';
import { ADAPTERS } from '../../../lib/editors/index';

const root = join(import.meta.dirname, '../../..');
const read = (p: string) => readFileSync(join(root, p), 'utf8');

/** Every host a match pattern covers (https://host/…). */
const hostOf = (pattern: string) => new URL(pattern.replace('*', 'x')).hostname;

describe('one source for the editor hosts', () => {
  it('content-script groups cover exactly the editor hosts', () => {
    const hosts = new Set(Object.values(CONTENT_SCRIPT_MATCHES).flat().map(hostOf));
    expect([...hosts].sort()).toEqual([...EDITOR_HOSTS].sort());
    expect(EDITOR_MATCH_PATTERNS).toEqual(EDITOR_HOSTS.map((h) => `https://${h}/*`));
  });

  it('the manifest, the content entrypoints and the background take the hosts from lib/editors/hosts.ts', () => {
    expect(read('wxt.config.ts')).toMatch(/host_permissions: \[\.\.\.EDITOR_MATCH_PATTERNS\]/);
    expect(read('entrypoints/wechat.content/index.ts')).toContain('CONTENT_SCRIPT_MATCHES.wechat');
    expect(read('entrypoints/weibo.content/index.ts')).toContain('CONTENT_SCRIPT_MATCHES.weibo');
    const bg = read('lib/background/main.ts');
    expect(bg).toContain('EDITOR_MATCH_PATTERNS');
    expect(bg).not.toMatch(/https:\/\/(mp\.weixin|weibo\.com|card\.weibo|m\.weibo)/);
  });

  it('every adapter matches only editor hosts, and each editor host has an adapter', () => {
    const samples = [
      'https://mp.weixin.qq.com/cgi-bin/appmsg?t=media/appmsg_edit_v2&action=edit',
      'https://weibo.com/',
      'https://www.weibo.com/u/123',
      'https://card.weibo.com/article/v5/editor#/draft/1',
      'https://card.weibo.com/article/v3/editor#/draft/create',
      'https://m.weibo.cn/compose/',
      // Look-alike hosts must never match.
      'https://mp.weixin.qq.com.evil.example/cgi-bin/appmsg?t=media/appmsg_edit',
      'https://weibo.com.example.org/',
      'https://notweibo.com/',
    ];
    for (const u of samples) {
      const url = new URL(u);
      for (const a of ADAPTERS) {
        if (a.matches(url)) expect(EDITOR_HOSTS, `${a.id} on ${u}`).toContain(url.hostname);
      }
    }
    for (const host of EDITOR_HOSTS) {
      const hit = samples.some((u) => new URL(u).hostname === host && ADAPTERS.some((a) => a.matches(new URL(u))));
      expect(hit, host).toBe(true);
    }
  });

  it('the page backstop watches publish endpoints on editor hosts only', () => {
    for (const e of PUBLISH_ENDPOINTS) {
      expect(
        EDITOR_HOSTS.some((h) => e.host.test(h)),
        String(e.host),
      ).toBe(true);
    }
  });
});
