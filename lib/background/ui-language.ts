import { browser } from 'wxt/browser';

/** The browser's UI language, then its preferred languages (extension pages and the background). */
export function browserLanguages(): string[] {
  const out: string[] = [];
  try {
    const ui = browser.i18n?.getUILanguage?.();
    if (ui) out.push(ui);
  } catch {
    // No i18n API here: the navigator's languages decide.
  }
  if (typeof navigator !== 'undefined') out.push(...(navigator.languages ?? []), navigator.language);
  return out.filter(Boolean);
}
