/** Minimal typings for nspell 2.x (the package ships none). */
declare module 'nspell' {
  interface NSpellDictionary {
    aff: string | Uint8Array;
    dic?: string | Uint8Array;
  }
  interface NSpell {
    correct(word: string): boolean;
    suggest(word: string): string[];
    spell(word: string): { correct: boolean; forbidden: boolean; warn: boolean };
    add(word: string, model?: string): NSpell;
    remove(word: string): NSpell;
    wordCharacters(): string | undefined;
    dictionary(dic: string | Uint8Array): NSpell;
    personal(dic: string | Uint8Array): NSpell;
  }
  interface NSpellConstructor {
    new (dictionary: NSpellDictionary | NSpellDictionary[]): NSpell;
    new (aff: string | Uint8Array, dic?: string | Uint8Array): NSpell;
    (dictionary: NSpellDictionary | NSpellDictionary[]): NSpell;
    (aff: string | Uint8Array, dic?: string | Uint8Array): NSpell;
  }
  const nspell: NSpellConstructor;
  export default nspell;
}
