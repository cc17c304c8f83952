/**
 * English spelling in Node (the CLI): native Hunspell through nodehun, with the en_US dictionary of the
 * dictionary-en package read from node_modules. Same dictionary as the browser's nspell provider.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { SpellingProvider } from '../rules/spelling';

const require = createRequire(import.meta.url);

/** The aff/dic files of dictionary-en (its package exports only index.js, so they are found next to it). */
export function loadDictionaryEn(): { aff: Buffer; dic: Buffer } {
  const dir = dirname(require.resolve('dictionary-en'));
  return { aff: readFileSync(join(dir, 'index.aff')), dic: readFileSync(join(dir, 'index.dic')) };
}

type NodehunClass = typeof import('nodehun').Nodehun;

export function createNodehunProvider(
  words: readonly string[] = [],
  dictionary: { aff: Buffer; dic: Buffer } = loadDictionaryEn(),
): SpellingProvider {
  const { Nodehun } = require('nodehun') as { Nodehun: NodehunClass };
  const hun = new Nodehun(dictionary.aff, dictionary.dic);
  for (const w of words) if (w.trim()) hun.addSync(w.trim());
  return {
    correct: (word) => hun.spellSync(word),
    suggest: (word) => hun.suggestSync(word) ?? [],
  };
}

/**
 * Hunspell loaded the first time a word is looked up: the spelling rule only asks about Latin words, so a draft
 * without any never loads the native addon or the en_US dictionary.
 */
export function lazyNodehunProvider(
  words: readonly string[] = [],
  load: () => SpellingProvider = () => createNodehunProvider(words),
): SpellingProvider & { readonly loaded: boolean } {
  let real: SpellingProvider | undefined;
  return {
    correct: (word) => (real ??= load()).correct(word),
    suggest: (word) => (real ??= load()).suggest(word),
    get loaded() {
      return real !== undefined;
    },
  };
}
