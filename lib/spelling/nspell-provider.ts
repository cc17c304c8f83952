/**
 * English spelling in pure JavaScript (runs in the extension): nspell over the same Hunspell en_US aff/dic
 * that the Node CLI gives nodehun (dictionary-en). The host loads the two files and passes their text.
 *
 * nspell differs from Hunspell in three places that matter for dictionary-en; this provider closes each gap so
 * both providers answer alike (test/unit/spelling-agreement.test.ts):
 * 1. BREAK: without a BREAK line in the .aff, Hunspell splits words at hyphens (default table "-", "^-", "-$")
 *    and accepts "well-known" when every part is known; nspell has no BREAK support → parts are checked here.
 * 2. Mixed case (HUHCAP "iPhone", HUHINITCAP "McAllen", "ADs"): Hunspell checks such a word only as written;
 *    nspell also tries it in lower case and so accepts "ADs", "POWer" → only the exact form is accepted here.
 * 3. All caps of mixed-case words: Hunspell adds a hidden upper-case homonym for every mixed-case dictionary
 *    word and user word, so "MCALLEN", "KWH", "WECHAT" pass; nspell does not → those homonyms are added here.
 */
import nspell from 'nspell';
import type { SpellingProvider } from '../rules/spelling';

export interface HunspellDictionary {
  aff: string | Uint8Array;
  dic: string | Uint8Array;
}

/** Hunspell's ICONV in dictionary-en maps ’ to ' (nspell reads ICONV too; normalising first costs nothing). */
const normalize = (w: string) => w.replace(/\u2019/g, "'");

type CapType = 'none' | 'init' | 'all' | 'mixed';

/** Hunspell's get_captype: letters with case decide; apostrophes and digits are neutral. */
export function capType(w: string): CapType {
  let upper = 0;
  let cased = 0;
  for (const ch of w) {
    const lo = ch.toLowerCase();
    const up = ch.toUpperCase();
    if (lo === up) continue;
    cased++;
    if (ch === up) upper++;
  }
  if (upper === 0) return 'none';
  const first = w.charAt(0);
  const firstUpper = first !== first.toLowerCase();
  if (upper === 1 && firstUpper) return 'init';
  if (upper === cased) return 'all';
  return 'mixed';
}

export function createNspellProvider(dictionary: HunspellDictionary, words: readonly string[] = []): SpellingProvider {
  const aff = typeof dictionary.aff === 'string' ? dictionary.aff : new TextDecoder().decode(dictionary.aff);
  const dic = typeof dictionary.dic === 'string' ? dictionary.dic : new TextDecoder().decode(dictionary.dic);
  const spell = nspell(aff, dic);
  // Hidden upper-case homonyms of mixed-case stems (3.), modelled after the stem so they take its affixes.
  for (const line of dic.split('\n')) {
    const stem = line.split('/')[0]!.trim();
    if (stem && capType(stem) === 'mixed') spell.add(stem.toUpperCase(), stem);
  }
  for (const raw of words) {
    const w = raw.trim();
    if (!w) continue;
    spell.add(w);
    if (capType(w) === 'mixed') spell.add(w.toUpperCase(), w);
  }
  // nspell keeps every known form in `data`; used only to check mixed-case words as written (2.).
  const data = (spell as unknown as { data?: Record<string, unknown> }).data;

  const known = (w: string): boolean => {
    if (capType(w) === 'mixed' && data) return data[w] !== undefined && spell.correct(w);
    return spell.correct(w);
  };
  const correct = (word: string): boolean => {
    const w = normalize(word);
    if (known(w)) return true;
    if (!w.includes('-')) return false;
    const parts = w.split('-').filter(Boolean);
    return parts.length > 0 && parts.every(known);
  };
  return {
    correct,
    suggest: (word) => spell.suggest(normalize(word)),
  };
}
