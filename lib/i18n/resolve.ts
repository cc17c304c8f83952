import type { Locale } from './index';

/** The stored language choice: follow the browser, or a fixed language. */
export type LocalePref = 'auto' | Locale;

/**
 * The UI language for a stored choice and the browser's languages (UI language first, then the preferred
 * content languages). Users are Chinese government staff: Chinese unless the browser is clearly not Chinese —
 * it names at least one language and none of them is Chinese.
 */
export function resolveLocale(pref: LocalePref | undefined, languages: readonly (string | undefined)[]): Locale {
  if (pref === 'zh_CN' || pref === 'en') return pref;
  const known = languages.filter((l): l is string => typeof l === 'string' && l.trim() !== '');
  if (known.length === 0) return 'zh_CN';
  return known.some((l) => /^zh(?:[-_]|$)/i.test(l.trim())) ? 'zh_CN' : 'en';
}
