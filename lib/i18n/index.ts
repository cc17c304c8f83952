import type { PageKey } from './pages-zh';
import { zh } from './zh';

export type Locale = 'zh_CN' | 'en';
/** Strings of the in-page overlay (zh.ts / en.ts). */
export type MessageKey = keyof typeof zh;
/** Every UI string: the overlay's and the extension pages' (pages-zh.ts / pages-en.ts). */
export type UiKey = MessageKey | PageKey;

/**
 * Chinese overlay strings are built in; other tables are registered where they are needed (extension pages and
 * the background import ./all; the content script gets the English table inside its engine bundle, which keeps
 * the in-page script small).
 */
const tables: Partial<Record<Locale, Partial<Record<UiKey, string>>>> = { zh_CN: { ...zh } };
let current: Locale = 'zh_CN';
const listeners = new Set<(locale: Locale) => void>();

export function registerStrings(locale: Locale, table: Partial<Record<UiKey, string>>): void {
  tables[locale] = { ...tables[locale], ...table };
}

/** UI language: Chinese first; English available (设置 → 其他设置 → 界面语言). */
export function setLocale(locale: Locale): void {
  if (locale === current) return;
  current = locale;
  for (const l of listeners) l(locale);
}

export function getLocale(): Locale {
  return current;
}

/** Calls `listener` whenever the UI language changes; returns the unsubscribe function. */
export function onLocaleChange(listener: (locale: Locale) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Looks up a UI string and fills {name} placeholders. A string missing in a language falls back to Chinese. */
export function t(key: UiKey, params?: Record<string, string | number>): string {
  let s = tables[current]?.[key] ?? tables.zh_CN?.[key] ?? key;
  if (params) for (const [k, v] of Object.entries(params)) s = s.replaceAll(`{${k}}`, String(v));
  return s;
}

/** Picks the label of the current language from a {zh, en} pair (category, severity and status labels). */
export function pick(label: { zh: string; en: string }): string {
  return current === 'en' ? label.en : label.zh;
}
