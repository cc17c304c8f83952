import { zh } from './zh';

export type Locale = 'zh_CN' | 'en';
export type MessageKey = keyof typeof zh;

/**
 * Chinese is built in; other tables are registered where they are needed (extension pages import ./all; the content
 * script gets the English table inside its engine bundle, which keeps the in-page script small).
 */
const tables: Partial<Record<Locale, Partial<Record<MessageKey, string>>>> = { zh_CN: zh };
let current: Locale = 'zh_CN';

export function registerStrings(locale: Locale, table: Partial<Record<MessageKey, string>>): void {
  tables[locale] = table;
}

/** UI language: Chinese first; English available (Settings → 界面语言). */
export function setLocale(locale: Locale): void {
  current = locale;
}

export function getLocale(): Locale {
  return current;
}

/** Looks up a UI string and fills {name} placeholders. */
export function t(key: MessageKey, params?: Record<string, string | number>): string {
  let s = tables[current]?.[key] ?? zh[key] ?? key;
  if (params) for (const [k, v] of Object.entries(params)) s = s.replaceAll(`{${k}}`, String(v));
  return s;
}
