import { describe, expect, it } from 'vitest';
import { auditSummary, diffRules, diffSettings, ruleKeyLabel } from '../../../lib/options/diff';
import { DEFAULT_SETTINGS, type PinHash, type Settings } from '../../../lib/settings/schema';

const base = (): Settings => structuredClone(DEFAULT_SETTINGS);
const PIN_A: PinHash = { algorithm: 'PBKDF2-SHA256', iterations: 210_000, salt: 'c2FsdEE=', hash: 'aGFzaEE=' };
const PIN_B: PinHash = { ...PIN_A, salt: 'c2FsdEI=', hash: 'aGFzaEI=' };
const names = {
  rule: (id: string) => (id === 'sensitive.wasai' ? '哇噻' : undefined),
  dictionary: (id: string) => (id === 'typo' ? '错别字' : undefined),
};

describe('diffSettings', () => {
  it('reports nothing for equal settings', () => {
    expect(diffSettings(base(), base())).toEqual({ lines: [], keys: [], affectsChecking: false });
  });

  it('describes rule changes per rule and per category, with titles', () => {
    const a = base();
    const b = { ...base(), rules: { 'sensitive.wasai': 'off' as const, typo: 'info' as const } };
    const d = diffSettings(a, b, names);
    expect(d.lines).toEqual(['规则“哇噻”（sensitive.wasai）：默认 → 关闭', '类别“错别字”：默认 → 建议']);
    expect(d.keys).toEqual(['rules']);
    expect(d.affectsChecking).toBe(true);
    expect(diffRules({ typo: 'info' }, {})).toEqual(['类别“错别字”：建议 → 默认']);
    expect(ruleKeyLabel('link.short-url')).toBe('规则 link.short-url');
  });

  it('describes gate, levels, built-in dictionaries, lists and limits', () => {
    const b: Settings = {
      ...base(),
      gateMode: 'warn',
      requiredLevels: 2,
      builtinEnabled: { typo: false },
      extraDomains: ['www.example.gov.cn'],
      spellingWords: ['Qingdao', 'WeChat'],
      lengthLimits: { wechatTitle: 30 },
    };
    const d = diffSettings(base(), b, names);
    expect(d.lines).toEqual(
      expect.arrayContaining([
        '发布拦截方式：拦截 → 仅提醒',
        '先审后发签发级数：初审（先审后发） → 初审 + 复审',
        '停用内置词库《错别字》',
        '认可的链接域名：新增 www.example.gov.cn',
        '英文拼写词表：删除 Weibo',
        '字数限制（微信公众号标题）：默认 → 30 字',
      ]),
    );
    expect(d.affectsChecking).toBe(true);
  });

  it('reports reviewer PIN changes without any secret', () => {
    const a: Settings = { ...base(), reviewers: [{ id: 'r1', name: '张三', level: 1 }] };
    const add: Settings = { ...a, reviewers: [...a.reviewers, { id: 'r2', name: '李四', level: 2, pin: PIN_A }] };
    expect(diffSettings(a, add).lines).toEqual(['新增审核人“李四”（复审，已设置 PIN）']);
    const set: Settings = { ...a, reviewers: [{ id: 'r1', name: '张三', level: 1, pin: PIN_A }] };
    expect(diffSettings(a, set).lines).toEqual(['审核人“张三”设置了 PIN']);
    const changed: Settings = { ...a, reviewers: [{ id: 'r1', name: '张三', level: 3, pin: PIN_B }] };
    expect(diffSettings(set, changed).lines).toEqual(['审核人“张三”级别：初审 → 终审', '审核人“张三”的 PIN 已修改']);
    expect(diffSettings(set, a).lines).toEqual(['审核人“张三”的 PIN 已移除']);
    expect(diffSettings(a, base()).lines).toEqual(['删除审核人“张三”（初审）']);
    const all = JSON.stringify([diffSettings(a, add), diffSettings(set, changed)]);
    expect(all).not.toContain(PIN_A.hash);
    expect(all).not.toContain(PIN_B.salt);
    // Reviewers do not change what the checker reports.
    expect(diffSettings(a, add).affectsChecking).toBe(false);
  });

  it('ignores subscription status fields written by the background', () => {
    const sub = { url: 'https://dict.example.gov.cn/b.json', publicKey: 'KEY', intervalHours: 6 };
    const a: Settings = { ...base(), subscription: sub };
    const b: Settings = {
      ...base(),
      subscription: { ...sub, etag: '"1"', lastChecked: '2025-06-15T00:00:00Z', activeVersion: '1' },
    };
    expect(diffSettings(a, b)).toEqual({ lines: [], keys: [], affectsChecking: false });
    expect(diffSettings(base(), a).lines).toEqual([
      '设置词库订阅：https://dict.example.gov.cn/b.json，每 6 小时检查一次',
    ]);
    expect(diffSettings(a, { ...a, subscription: { ...sub, publicKey: 'OTHER', intervalHours: 12 } }).lines).toEqual([
      '词库订阅公钥已修改',
      '词库订阅检查间隔：6 小时 → 12 小时',
    ]);
    expect(diffSettings(a, base()).lines).toEqual(['取消词库订阅（https://dict.example.gov.cn/b.json）']);
  });

  it('describes profiles: added, changed, removed', () => {
    const p = { id: 'p1', name: '宣传部', accounts: ['某市发布'], rules: {} };
    const a: Settings = { ...base(), profiles: [p] };
    expect(diffSettings(base(), a).lines).toEqual(['新增账号配置“宣传部”（适用账号：某市发布）']);
    const b: Settings = {
      ...base(),
      profiles: [{ ...p, accounts: ['某市发布', '某市卫健委'], rules: { bureaucratic: 'off' }, gateMode: 'warn' }],
    };
    expect(diffSettings(a, b).lines).toEqual([
      '账号配置“宣传部”适用账号：新增 某市卫健委',
      '账号配置“宣传部”：类别“官腔套话”：默认 → 关闭',
      '账号配置“宣传部”拦截方式：沿用默认 → 仅提醒',
    ]);
    expect(diffSettings(b, base()).lines).toEqual(['删除账号配置“宣传部”']);
    expect(diffSettings(a, b).affectsChecking).toBe(true);
  });

  it('describes operator, locale and names', () => {
    const b: Settings = {
      ...base(),
      operator: '王五',
      locale: 'en',
      names: { people: [{ name: '张三丰', titles: [] }] },
    };
    const d = diffSettings(base(), b);
    expect(d.lines).toEqual(
      expect.arrayContaining([
        '操作人：（未填写） → 王五',
        '界面语言：跟随浏览器 → English',
        '领导人名单已更新（1 人）',
      ]),
    );
    expect(diffSettings(b, { ...b, names: undefined }).lines).toEqual(['领导人名单：恢复为内置名单']);
    expect(diffSettings(base(), { ...base(), operator: '王五' }).affectsChecking).toBe(false);
  });
});

describe('auditSummary', () => {
  it('joins short lists and shortens long ones', () => {
    expect(auditSummary(['a', 'b'])).toBe('a；b');
    expect(auditSummary(['1', '2', '3', '4'], 2)).toBe('1；2；等 4 项修改');
  });
});
