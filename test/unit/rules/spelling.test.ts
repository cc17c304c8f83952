import { describe, expect, it } from 'vitest';
import { loadDictionaryEn } from '../../../lib/node/spelling-nodehun';
import {
  americanForms,
  createSpellingRule,
  extractWords,
  isPinyin,
  oneEdit,
  type SpellingProvider,
} from '../../../lib/rules/spelling';
import { createNspellProvider } from '../../../lib/spelling/nspell-provider';
import { brief, runRules } from '../../helpers/check';
import { seedText } from './tables-fixture';

/** A provider over a fixed word list, to test the rule's own logic. */
function fake(words: string[]): SpellingProvider & { asked: string[] } {
  const known = new Set(words);
  const asked: string[] = [];
  return {
    asked,
    correct(w) {
      asked.push(w);
      return known.has(w) || known.has(w.toLowerCase());
    },
    suggest: (w) => ['one', 'two', 'three', 'four'].map((s) => s + w.length),
  };
}

const words = (text: string) => extractWords(text).map((w) => w.word);

describe('extractWords', () => {
  it.each([
    ['The government of Qingdao', ['The', 'government']],
    ['访问www.qingdao.gov.cn了解详情', []],
    ['发邮件至abc@qd.gov.cn咨询', []],
    ['https://example.com/path?x=1 and more', ['and', 'more']],
    ['GDP APEC WTO grew', ['grew']],
    ['5G COVID-19 H1N1 3rd Covid19', []],
    ['WeChat iPhone eBay McDonald PowerPoint', []],
    ["China's students’ don't", ["China's", 'students', "don't"]],
    ['well-known state-of-the-art', ['well', 'known', 'state', 'the', 'art']],
    ['e.g. U.S. etc. Mr.', ['etc']],
    ['café Zürich naïve', []],
    ['Xi’an Shandong Zhang Wei visited', ['visited']],
    ['ab cd efg', ['efg']],
    // a Weibo topic's marks (round 32); # inside a token is code
    ['#Beautifull Wuyuan# page#section', ['Beautifull']],
  ])('%s', (text, expected) => {
    expect(words(text)).toEqual(expected);
  });

  it('keeps offsets true to the text', () => {
    const text = '“Welcome to Qingdao,” said the Goverment’s notice (see www.x.cn).';
    for (const w of extractWords(text)) expect(text.slice(w.start, w.end)).toBe(w.word);
  });

  it('skips capitalised pinyin unless told otherwise', () => {
    expect(isPinyin('qingdao')).toBe(true);
    expect(isPinyin('xian')).toBe(true);
    expect(isPinyin('government')).toBe(false);
    expect(extractWords('Laoshan Huangdao', false).map((w) => w.word)).toEqual(['Laoshan', 'Huangdao']);
    expect(words('laoshan')).toEqual(['laoshan']); // lower case: not a name
  });

  it('does not hang on long tokens', () => {
    expect(extractWords(`${'a.'.repeat(100_000)}x`)).toEqual([]);
    expect(extractWords('x'.repeat(300))).toEqual([]);
  });
});

describe('spelling.misspelled (rule logic)', () => {
  it('reads a capitalised pinyin word one letter off a city as its slip, not a known place or a name (round 31)', () => {
    const places = () => ({
      targets: ['hangzhou', 'shenzhen', 'xian'],
      known: ['hangzhou', 'shenzhen', 'xian', 'changshan'],
    });
    const rule = createSpellingRule(fake(['welcome', 'to', 'and']), { places });
    const f = runRules(rule, 'Welcome to Hangzou and Shenzen');
    expect(brief(f)).toEqual(['spelling.misspelled warn Hangzou', 'spelling.misspelled warn Shenzen']);
    expect(f.map((x) => x.suggestions)).toEqual([['Hangzhou'], ['Shenzhen']]);
    expect(runRules(rule, 'Welcome to Hangzhou, Xi’an and Changshan, Zhang Wei')).toEqual([]);
  });

  it('reports unknown words with at most three suggestions', () => {
    const p = fake(['the', 'government']);
    const f = runRules(createSpellingRule(p), 'The goverment announced');
    expect(brief(f)).toEqual(['spelling.misspelled info goverment', 'spelling.misspelled info announced']);
    expect(f[0]!.suggestions).toEqual(['one9', 'two9', 'three9']);
    expect(f[0]!.message).toContain('goverment');
  });

  it('warns when the first suggestion is one edit away in a word of five letters or more', () => {
    const known = new Set(['the', 'government', 'welcome', 'marathon', 'form', 'from']);
    const p = {
      correct: (w: string) => known.has(w.toLowerCase()),
      suggest: (w: string) =>
        ({ goverment: ['government'], welcom: ['welcome'], mraathon: ['marathon'], frmo: ['from'], zorbax: ['zebra'] })[
          w.toLowerCase()
        ] ?? [],
    };
    const f = runRules(createSpellingRule(p), 'The Goverment. Welcom to the Mraathon frmo zorbax');
    expect(brief(f)).toEqual([
      'spelling.misspelled warn Goverment', // a letter dropped
      'spelling.misspelled warn Welcom',
      'spelling.misspelled warn Mraathon', // two letters swapped
      'spelling.misspelled info frmo', // four letters: often an abbreviation or a name
      'spelling.misspelled info zorbax', // the suggestion is further off: a name or a term as likely
    ]);
    expect(oneEdit('marthon', 'Marathon')).toBe(true);
    expect(oneEdit('internationl', 'international')).toBe(true);
    expect(oneEdit('colour', 'color')).toBe(true);
    expect(oneEdit('abc', 'abc')).toBe(false);
    expect(oneEdit('zorbax', 'zebra')).toBe(false);
    expect(oneEdit('abc', undefined)).toBe(false);
  });

  it('passes user words case-insensitively', () => {
    const p = fake(['the']);
    const r = createSpellingRule(p, { words: ['weibo', 'LAOSHAN'] });
    expect(runRules(r, 'the Weibo WEIBO weibo laoshan')).toEqual([]);
  });

  it('accepts British spellings the dictionary knows in American form', () => {
    const p = fake(['color', 'center', 'organization', 'traveled', 'program', 'license', 'analyze', 'catalog']);
    const text = 'colour centre organisation travelled programme licence analyse catalogue';
    expect(runRules(createSpellingRule(p), text)).toEqual([]);
    expect(runRules(createSpellingRule(p, { british: false }), text)).toHaveLength(8);
    expect(americanForms('Colours')).toContain('Colors');
    expect(americanForms('organisations')).toContain('organizations');
  });

  it('asks the provider once per word', () => {
    const p = fake(['the']);
    const r = createSpellingRule(p);
    runRules(r, 'the the the');
    expect(p.asked).toEqual(['the']);
  });

  it('checks titles and digests too', () => {
    const p = fake([]);
    expect(runRules(createSpellingRule(p), { title: 'Goverment', digest: 'Goverment' })).toHaveLength(2);
  });
});

describe('spelling.misspelled with the nspell provider (dictionary-en)', () => {
  const provider = createNspellProvider(loadDictionaryEn(), ['Laixi']);
  const rule = createSpellingRule(provider, { words: ['Weibo'] });

  it.each([
    ['The goverment of Qingdao recieved visitors.', ['goverment', 'recieved']],
    ['Welcome to the Olympic Sailing Centre in Qingdao!', []],
    ['Follow us on WeChat and Weibo.', []],
    ['Laixi and Jiaozhou are county-level cities.', []],
    ['GDP grew 5.4% in Q1; see www.qingdao.gov.cn.', []],
    ['Teh Mayor adressed the confrence.', ['Teh', 'adressed', 'confrence']],
  ])('%s', (text, expected) => {
    const f = runRules(rule, text);
    expect(f.map((x) => x.text)).toEqual(expected);
    for (const x of f) expect(x.suggestions.length).toBeLessThanOrEqual(3);
  });

  it('suggests the right word', () => {
    const f = runRules(rule, 'goverment');
    expect(f[0]!.suggestions).toContain('government');
  });

  it('finds nothing in the seed', () => {
    expect(runRules(rule, seedText())).toEqual([]);
  });
});
