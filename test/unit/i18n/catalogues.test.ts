import { describe, expect, it } from 'vitest';
import { en } from '../../../lib/i18n/en';
import { messagesEn } from '../../../lib/i18n/messages-en';
import { messagesZh } from '../../../lib/i18n/messages-zh';
import { pagesEn } from '../../../lib/i18n/pages-en';
import { pagesZh } from '../../../lib/i18n/pages-zh';
import { zh } from '../../../lib/i18n/zh';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const HAN = /\p{Script=Han}/u;

describe.each([
  { name: 'overlay (zh.ts / en.ts)', chinese: zh as Record<string, string>, english: en as Record<string, string> },
  {
    name: 'extension pages (pages-zh.ts / pages-en.ts)',
    chinese: pagesZh as Record<string, string>,
    english: pagesEn as Record<string, string>,
  },
  {
    name: 'coded messages (messages-zh.ts / messages-en.ts)',
    chinese: messagesZh as Record<string, string>,
    english: messagesEn as Record<string, string>,
  },
])('UI catalogue: $name', ({ chinese, english }) => {
  it('has the same keys in Chinese and English', () => {
    expect(Object.keys(english).sort()).toEqual(Object.keys(chinese).sort());
  });

  it('has no empty string in either language', () => {
    for (const table of [chinese, english]) {
      const empty = Object.entries(table).filter(([, v]) => v.trim() === '');
      expect(empty).toEqual([]);
    }
  });

  it('fills the same {placeholders} in both languages', () => {
    const differing = Object.keys(chinese).filter(
      (k) => placeholders(chinese[k]!).join() !== placeholders(english[k] ?? '').join(),
    );
    expect(differing).toEqual([]);
  });

  it('has English strings that are English (Chinese appears only as quoted data)', () => {
    // Allowed: example terms and Chinese names of data the English UI quotes (e.g. “大陆架”, 禁止发布/需注意/建议).
    const QUOTED = /“[^”]*”|禁止发布\/需注意\/建议|管理员|人民检察院/g;
    const chinesePlain = Object.entries(english).filter(([, v]) => HAN.test(v.replace(QUOTED, '')));
    expect(chinesePlain).toEqual([]);
  });
});

it('gives a key present in both the overlay and the page table the same text', () => {
  const overlay = { zh: zh as Record<string, string>, en: en as Record<string, string> };
  const shared = Object.keys(pagesZh).filter((k) => k in overlay.zh);
  expect(shared).toContain('cancel');
  for (const k of shared) {
    expect(pagesZh[k as keyof typeof pagesZh]).toBe(overlay.zh[k]);
    expect(pagesEn[k as keyof typeof pagesEn]).toBe(overlay.en[k]);
  }
});
