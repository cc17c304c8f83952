/**
 * Both spelling providers — native Hunspell (nodehun, the CLI) and nspell (pure JS, the extension) — must give the
 * same answer for every word, over the same dictionary-en aff/dic. nspell lacks three Hunspell behaviours that
 * dictionary-en relies on (default BREAK at hyphens, exact-only matching of mixed-case words, hidden ALL-CAPS
 * homonyms of mixed-case words); lib/spelling/nspell-provider.ts supplies them, and this test holds both to it.
 */
import { describe, expect, it } from 'vitest';
import { createNodehunProvider, loadDictionaryEn } from '../../lib/node/spelling-nodehun';
import { capType, createNspellProvider } from '../../lib/spelling/nspell-provider';
import {
  ALL_WORDS,
  APOSTROPHES,
  CAPITALISED,
  COMMON,
  HYPHENATED,
  MISSPELLED,
  OTHER,
  VARIANTS,
  wordsOf,
} from './spelling-words';

const dictionary = loadDictionaryEn();
const USER_WORDS = ['Weibo', 'WeChat', 'Laixi', 'Huangpu'];
const hunspell = createNodehunProvider(USER_WORDS, dictionary);
const js = createNspellProvider(dictionary, USER_WORDS);

function disagreements(words: readonly string[]): string[] {
  return words.filter((w) => hunspell.correct(w) !== js.correct(w)).map((w) => `${w}: nodehun ${hunspell.correct(w)}`);
}

describe('spelling providers agree', () => {
  it('on at least 300 words', () => {
    expect(ALL_WORDS.length).toBeGreaterThanOrEqual(300);
    expect(disagreements(ALL_WORDS)).toEqual([]);
  });

  it.each([
    ['common and government English', COMMON],
    ['misspellings', MISSPELLED],
    ['UK/US variants', VARIANTS],
    ['capitalised words', CAPITALISED],
    ['apostrophes', APOSTROPHES],
    ['all caps, ordinals, compounds', OTHER],
    ['hyphenated words (Hunspell BREAK)', HYPHENATED],
  ])('on %s', (_name, list) => {
    expect(disagreements(wordsOf(list))).toEqual([]);
  });

  it('on case variants of user words and mixed-case dictionary words', () => {
    const words = [
      'weibo',
      'WEIBO',
      'Wechat',
      'WECHAT',
      'wechat',
      'McAllen',
      'MCALLEN',
      'Mcallen',
      'kWh',
      'KWH',
      'ADs',
      'POWer',
      'GitHub',
      'GITHUB',
      'Github',
    ];
    expect(disagreements(words)).toEqual([]);
  });

  it('on plain facts', () => {
    for (const p of [hunspell, js]) {
      expect(p.correct('government')).toBe(true);
      expect(p.correct('Government')).toBe(true);
      expect(p.correct('goverment')).toBe(false);
      expect(p.correct('colour')).toBe(false); // en_US
      expect(p.correct('well-known')).toBe(true);
      expect(p.correct('well-knwon')).toBe(false);
      expect(p.correct('China’s')).toBe(true);
      expect(p.correct('Weibo')).toBe(true);
      expect(p.suggest('goverment')).toContain('government');
    }
  });

  it('classifies capitalisation like Hunspell', () => {
    expect(capType('word')).toBe('none');
    expect(capType('Word')).toBe('init');
    expect(capType('WORD')).toBe('all');
    expect(capType("O'NEIL")).toBe('all');
    expect(capType('WeChat')).toBe('mixed');
    expect(capType('iPhone')).toBe('mixed');
    expect(capType('1st')).toBe('none');
  });
});
