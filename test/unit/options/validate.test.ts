import { describe, expect, it } from 'vitest';
import { generateKeyPair } from '../../../lib/dict/bundle';
import {
  checkName,
  checkNamesText,
  checkPin,
  checkSubscriptionForm,
  DEFAULT_LENGTH_LIMITS,
  NAMES_EXAMPLE,
  parseDomains,
  parseLengthLimits,
  parseList,
  parseSpellingWords,
} from '../../../lib/options/validate';

describe('list fields', () => {
  it('parseList splits on lines, commas and 、 and drops duplicates', () => {
    expect(parseList('新华社\n人民日报，新华社、 央视新闻 \n\n')).toEqual(['新华社', '人民日报', '央视新闻']);
  });

  it('parseDomains accepts host names and URLs, rejects the rest', () => {
    expect(
      parseDomains('www.Example.gov.cn\nhttps://data.example.gov.cn/path?q=1\n*.example.org.cn\nexample.gov.cn.'),
    ).toEqual({
      ok: true,
      value: ['www.example.gov.cn', 'data.example.gov.cn', '*.example.org.cn', 'example.gov.cn'],
    });
    const bad = parseDomains('localhost\n不是域名\nok.gov.cn');
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.error).toBe('不是有效的域名：localhost、不是域名（例如 www.gov.cn）');
  });

  it('parseSpellingWords accepts English words only', () => {
    expect(parseSpellingWords("Qingdao WeChat\nXi'an")).toEqual({ ok: true, value: ['Qingdao', 'WeChat', "Xi'an"] });
    expect(parseSpellingWords('青岛').ok).toBe(false);
  });
});

describe('subscription form', () => {
  it('accepts an https URL (http only on loopback), a P-256 public key (PEM or base64) and 1–168 hours', async () => {
    const keys = await generateKeyPair();
    const ok = await checkSubscriptionForm({
      url: ' https://dict.example.gov.cn/b.json ',
      publicKey: keys.publicKeyPem,
      intervalHours: '6',
    });
    expect(ok).toEqual({
      ok: true,
      value: { url: 'https://dict.example.gov.cn/b.json', publicKey: keys.publicKeyPem.trim(), intervalHours: 6 },
      keyId: keys.keyId,
    });
    const b64 = await checkSubscriptionForm({
      url: 'http://127.0.0.1:8080/b.json',
      publicKey: keys.publicKeyBase64,
      intervalHours: '168',
    });
    expect(b64.ok).toBe(true);
    for (const url of ['http://localhost/b.json', 'http://[::1]:9000/b.json']) {
      expect((await checkSubscriptionForm({ url, publicKey: keys.publicKeyBase64, intervalHours: '6' })).ok).toBe(true);
    }
  });

  it('refuses plain http to another host', async () => {
    const keys = await generateKeyPair();
    const r = await checkSubscriptionForm({
      url: 'http://dict.example.gov.cn/b.json',
      publicKey: keys.publicKeyBase64,
      intervalHours: '6',
    });
    expect(r.ok || r.errors).toEqual({ url: expect.stringContaining('须使用 https://') });
  });

  it('reports each bad field', async () => {
    const r = await checkSubscriptionForm({ url: 'ftp://x', publicKey: 'not a key', intervalHours: '0' });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.url).toContain('https://');
    expect(r.errors.publicKey).toContain('公钥格式无效');
    expect(r.errors.intervalHours).toBe('检查间隔须为 1–168 小时');
    const empty = await checkSubscriptionForm({ url: '', publicKey: '', intervalHours: '6' });
    expect(empty.ok || empty.errors).toEqual({ url: '请填写词库包地址', publicKey: '请填写公钥（PEM 或 base64）' });
  });
});

describe('other fields', () => {
  it('parseLengthLimits: blank = default, integers only', () => {
    expect(parseLengthLimits({ wechatTitle: '30', weiboPost: '' })).toEqual({ ok: true, value: { wechatTitle: 30 } });
    const bad = parseLengthLimits({ wechatTitle: '3.5', weiboFolded: '0' });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(Object.keys(bad.errors)).toEqual(['wechatTitle', 'weiboFolded']);
    expect(DEFAULT_LENGTH_LIMITS.wechatTitle).toBe(64);
  });

  it('checkNamesText validates with parseNamesList', () => {
    expect(checkNamesText('  ')).toEqual({ ok: true, value: undefined });
    const ex = checkNamesText(NAMES_EXAMPLE);
    expect(ex.ok && ex.value?.people[0]?.name).toBe('张三丰');
    const syntax = checkNamesText('{"people": []\n\n x}');
    expect(syntax.ok).toBe(false);
    if (!syntax.ok) expect(syntax.error).toBe("JSON 格式错误（第 3 行）：Expected ',' or '}' after property value");
    const unexpected = checkNamesText('{\n  "people": [\n  }');
    expect(unexpected.ok || unexpected.error).toBe("JSON 格式错误：Unexpected token '}'");
    const bad = checkNamesText('{"people":[{"name":"Zhang","titles":[{"title":"市长","from":"2023-13-01"}]}]}');
    expect(bad.ok).toBe(false);
    if (!bad.ok) {
      expect(bad.error).toContain('people[0].name：姓名应为 2–8 个汉字');
      expect(bad.error).toContain('people[0].titles[0].from：日期格式应为 YYYY-MM-DD');
    }
  });

  it('checkPin and checkName', () => {
    expect(checkPin('123')).toBe('PIN 须为 6–12 位数字');
    expect(checkPin('12 3456')).toBe('PIN 须为 6–12 位数字');
    expect(checkPin('123456', '123457')).toBe('两次输入的 PIN 不一致');
    expect(checkPin('123456', '123456')).toBeUndefined();
    expect(checkPin('1234', '1234')).toBe('PIN 须为 6–12 位数字');
    expect(checkPin('12345a')).toBe('PIN 须为 6–12 位数字');
    expect(checkName(' ', '审核人姓名')).toBe('请填写审核人姓名');
    expect(checkName('甲'.repeat(41), '审核人姓名')).toBe('审核人姓名最多 40 个字');
  });
});
