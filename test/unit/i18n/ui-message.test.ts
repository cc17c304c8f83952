import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { verifyBundle } from '../../../lib/dict/bundle';
import { auditActorText, auditSummaryText } from '../../../lib/history/labels';
import { setLocale } from '../../../lib/i18n/all';
import { messagesZh } from '../../../lib/i18n/messages-zh';
import {
  chineseText,
  type MessageCode,
  messageText,
  msg,
  readUiMessage,
  storedText,
  type UiMessage,
} from '../../../lib/i18n/ui-message';
import { bundleUrlIssue } from '../../../lib/settings/bundle-url';
import { openStore } from '../../../lib/store/db';
import { RecordStore } from '../../../lib/store/records';
import { teamUrlIssue } from '../../../lib/team/server-url';

const HAN = /\p{Script=Han}/u;
const CODES = Object.keys(messagesZh) as MessageCode[];
/** Parameters that are data, not UI text (Latin on purpose, so any Chinese left in English is the catalogue's). */
const sample = (code: MessageCode): UiMessage => {
  const names = [...messagesZh[code].matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
  return msg(code, Object.fromEntries(names.map((n, i) => [n, `P${i}`])));
};

afterEach(() => setLocale('zh_CN'));

describe('coded messages', () => {
  it.each(CODES)('%s renders in Chinese and in English with every parameter filled', (code) => {
    const m = sample(code);
    const zh = messageText(m, 'zh_CN');
    const en = messageText(m, 'en');
    for (const text of [zh, en]) expect(text).not.toMatch(/\{\w+\}/);
    for (const p of Object.values(m.params ?? {})) {
      expect(zh).toContain(p);
      expect(en).toContain(p);
    }
    // English is English; a message that is only its parameter ({error}, {terms}) is the same in both.
    expect(en).not.toMatch(HAN);
    if (/^\{\w+\}$/.test(messagesZh[code])) expect(en).toBe('P0');
    else expect(en).not.toBe(zh);
  });

  it('renders a message inside a parameter in the same language', () => {
    const m = msg('subscription.failed', {
      reason: msg('subscription.http', { status: 503, statusText: ' Service Unavailable' }),
      fallback: msg('subscription.keeps-version', { version: '2025.1' }),
    });
    expect(chineseText(m)).toBe('词库订阅更新失败：服务器返回 HTTP 503 Service Unavailable。继续使用当前版本 2025.1。');
    expect(messageText(m, 'en')).toBe(
      'Dictionary subscription update failed: The server answered HTTP 503 Service Unavailable. The current version 2025.1 stays in use.',
    );
    setLocale('en');
    expect(messageText(m)).toBe(messageText(m, 'en'));
  });

  it('reads stored messages strictly and falls back to the stored text', () => {
    const good = msg('team.not-member', { name: 'rev1', db: 'unit1' });
    expect(readUiMessage(JSON.parse(JSON.stringify(good)))).toEqual(good);
    for (const bad of [
      undefined,
      'team.not-member',
      { code: 'no.such-code' },
      { code: 'team.not-member', params: { name: { code: 'nope' } } },
      { code: 'team.not-member', params: { name: () => 1 } },
      { code: 'team.not-member', params: { n: Number.NaN } },
      { code: 'team.not-member', params: [1] },
      { code: 'toString' },
    ]) {
      expect(readUiMessage(bad)).toBeUndefined();
      expect(storedText(bad, '旧记录的摘要')).toBe('旧记录的摘要');
    }
    setLocale('en');
    expect(storedText(good, 'rev1 不是团队数据库 unit1 的成员')).toBe(
      'rev1 is not a member of the team database unit1',
    );
    // A message that does not say what the stored text says (an edited import) is not shown.
    expect(storedText(good, '管理员解锁设置')).toBe('管理员解锁设置');
  });

  it('gives URL and bundle problems a code whose Chinese text is what the CLI and the form always said', async () => {
    expect(bundleUrlIssue('http://dict.example.gov.cn/b.json')).toEqual({ code: 'bundle-url.http' });
    expect(bundleUrlIssue('ftp://x.example/b.json')).toEqual({
      code: 'bundle-url.protocol',
      params: { protocol: 'ftp:' },
    });
    expect(bundleUrlIssue('https://dict.example.gov.cn/b.json')).toBeUndefined();
    expect(teamUrlIssue('https://admin:pw@couch.example.gov.cn')).toEqual({ code: 'team.url-credentials' });
    const r = await verifyBundle('{"format":2,"payload":"{}"}', '');
    expect(r).toEqual({
      ok: false,
      error: '不是有效的词库包（不支持的格式版本：2）',
      problem: { code: 'bundle.format', params: { format: '2' } },
    });
    if (!r.ok)
      expect(messageText(r.problem, 'en')).toBe('Not a valid dictionary bundle (unsupported format version: 2)');
  });
});

describe('audit-log summaries as shown', () => {
  it('shows a new record from its code in the UI language and an old record as stored', async () => {
    const records = new RecordStore(openStore(`pg-ui-message-${Date.now()}`));
    await records.addSignoff({
      hash: 'a'.repeat(64),
      draftKey: 'wechat:1',
      platform: 'wechat',
      title: '',
      reviewer: '张审核',
      reviewerId: 'r1',
      level: 2,
      decision: 'reject',
      checklist: { politics: true, law: true, policy: true, secrecy: true, text: true },
      comment: '请改',
      verified: true,
    });
    await records.addAudit({ action: 'admin', actor: '管理员', summary: '旧版本写的摘要' });
    const all = (await records.auditFor()).records;
    const signoff = all.find((a) => a.action === 'signoff');
    const old = all.find((a) => a.action === 'admin');
    expect(signoff!.summary).toBe('张审核（复审）退回《无标题》');
    expect(auditSummaryText(signoff!)).toBe('张审核（复审）退回《无标题》');
    expect(auditSummaryText(old!)).toBe('旧版本写的摘要');
    setLocale('en');
    expect(auditSummaryText(signoff!)).toBe('张审核 (second review) sent back “Untitled”');
    expect(auditSummaryText(old!)).toBe('旧版本写的摘要');
    expect(auditActorText('管理员')).toBe('Admin');
    expect(auditActorText('系统')).toBe('System');
    expect(auditActorText('张审核')).toBe('张审核');
  });
});
