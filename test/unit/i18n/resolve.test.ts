import { describe, expect, it } from 'vitest';
import { getLocale, onLocaleChange, setLocale, t } from '../../../lib/i18n/all';
import { resolveLocale } from '../../../lib/i18n/resolve';

describe('resolveLocale', () => {
  it('keeps an explicit choice whatever the browser says', () => {
    expect(resolveLocale('zh_CN', ['en-US'])).toBe('zh_CN');
    expect(resolveLocale('en', ['zh-CN'])).toBe('en');
  });

  it('follows the browser: Chinese when any of its languages is Chinese', () => {
    expect(resolveLocale('auto', ['zh-CN'])).toBe('zh_CN');
    expect(resolveLocale('auto', ['zh_TW'])).toBe('zh_CN');
    expect(resolveLocale('auto', ['en-US', 'zh-Hans-CN'])).toBe('zh_CN');
    expect(resolveLocale('auto', ['ZH'])).toBe('zh_CN');
  });

  it('follows the browser: English only when it is clearly not Chinese', () => {
    expect(resolveLocale('auto', ['en-US', 'en'])).toBe('en');
    expect(resolveLocale('auto', ['de-DE'])).toBe('en');
    // "zha" (Zhuang) is not Chinese.
    expect(resolveLocale('auto', ['zha'])).toBe('en');
  });

  it('chooses Chinese when the browser names no language', () => {
    expect(resolveLocale('auto', [])).toBe('zh_CN');
    expect(resolveLocale('auto', [undefined, ' '])).toBe('zh_CN');
    expect(resolveLocale(undefined, [])).toBe('zh_CN');
  });
});

describe('t and the current locale', () => {
  it('switches every string and tells listeners', () => {
    const seen: string[] = [];
    const off = onLocaleChange((l) => seen.push(l));
    setLocale('en');
    expect(t('navDictionaries')).toBe('Dictionaries');
    expect(t('authReason', { n: 10 })).toBe('Reason for the override (at least 10 characters)');
    setLocale('zh_CN');
    expect(t('navDictionaries')).toBe('词库');
    expect(t('authReason', { n: 10 })).toBe('放行理由（至少 10 个字）');
    off();
    setLocale('en');
    setLocale('zh_CN');
    expect(seen).toEqual(['en', 'zh_CN']);
    expect(getLocale()).toBe('zh_CN');
  });
});
