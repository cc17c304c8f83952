import { browserLanguages } from '../../lib/background/ui-language';
import { type PageKey, setLocale, t } from '../../lib/i18n/all';
import { type LocalePref, resolveLocale } from '../../lib/i18n/resolve';
import { ConfigStore } from '../../lib/store/settings-store';

let titleKey: PageKey | undefined;

/** Applies a stored language choice to this extension page (document language, title, every t() call). */
export function applyLocalePref(pref: LocalePref | undefined): void {
  const locale = resolveLocale(pref, browserLanguages());
  setLocale(locale);
  document.documentElement.lang = locale === 'en' ? 'en' : 'zh-CN';
  if (titleKey) document.title = t(titleKey);
}

/**
 * Reads the language setting before an extension page first renders. Settings that cannot be read leave the
 * browser's language in charge (the page itself shows the read error).
 */
export async function initPageLocale(title?: PageKey): Promise<void> {
  titleKey = title;
  let pref: LocalePref | undefined;
  try {
    pref = (await new ConfigStore().getSettings()).settings.locale;
  } catch {
    pref = undefined;
  }
  applyLocalePref(pref);
}
