import { en } from './en';
import { zh } from './zh';

export type Locale = 'zh_CN' | 'en';
export type MessageKey = keyof typeof zh;

const tables: Record<Locale, Record<MessageKey, string>> = { zh_CN: zh, en };
let current: Locale = 'zh_CN';

/** UI language: Chinese first; English available (Settings → 界面语言). */
export function setLocale(locale: Locale): void {
  current = locale;
}

export function getLocale(): Locale {
  return current;
}

/** Looks up a UI string and fills {name} placeholders. */
export function t(key: MessageKey, params?: Record<string, string | number>): string {
  let s = tables[current][key] ?? zh[key] ?? key;
  if (params) for (const [k, v] of Object.entries(params)) s = s.replaceAll(`{${k}}`, String(v));
  return s;
}
