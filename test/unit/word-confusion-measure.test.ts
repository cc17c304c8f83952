import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { pinyinTableOf, shapeTableOf } from '../../lib/engine/data/tables';
import { CharSimilarity } from '../../lib/engine/near/similar';
import { parseWordFreq, WordConfusion } from '../../scripts/word-confusion';

// The measured (unshipped) word-level 别字 search of scripts/measure-word-confusion.ts, on a small word list with
// jieba-like frequencies, so the figures in test/eval/results/2026-12-04-word-confusion.md rest on tested code.
const read = (f: string) => readFileSync(`dictionaries/data/${f}`, 'utf8');
const sim = new CharSimilarity(pinyinTableOf(read('pinyin.txt')), shapeTableOf(read('shapes.txt')));
const freq = parseWordFreq(
  [
    '# word frequency',
    '防汛 232',
    '工作 60000',
    '做好 9000',
    '各地 8000',
    '讯息 300',
    '以防 900',
    '座谈会 1114',
    '召开 7000',
    '各 30000',
    '地 90000',
    '要 100000',
    '做 20000',
    '好 50000',
    '防 3000',
    '讯 500',
    '汛 200',
    '工 5000',
    '作 20000',
    '以 80000',
    '息 2000',
    '坐 4000',
    '座 6000',
    '谈 3000',
    '会 90000',
    '召 500',
    '开 30000',
  ].join('\n'),
);
const wc = new WordConfusion(freq, sim, { minTarget: 100, margin: 4, soundLevel: 2, context: 4 });

describe('word-level 别字 search (measurement prototype)', () => {
  it('parses word<SPACE>frequency lines and skips comments and bad counts', () => {
    expect(parseWordFreq('# c\n防汛 232\n坏行 x\n\n').get('防汛')).toBe(232);
    expect(parseWordFreq('坏行 x').size).toBe(0);
  });

  it('finds a non-word one sound-alike away from a common word, with the word as the correction', () => {
    const hits = wc.scan('各地要做好防讯工作。');
    expect(hits.map((h) => [h.wrong, h.right])).toEqual([['防讯', '防汛']]);
    expect('各地要做好防讯工作。'.slice(hits[0]!.start, hits[0]!.end)).toBe('防讯');
    expect(wc.scan('召开坐谈会。').map((h) => h.right)).toEqual(['座谈会']);
  });

  it('stays quiet on the correct word and where the character forms a word with its neighbour (以防讯息)', () => {
    expect(wc.scan('各地要做好防汛工作。')).toEqual([]);
    expect(wc.scan('以防讯息')).toEqual([]);
  });

  it('lets the caller veto windows (inside a listed name)', () => {
    expect(wc.scan('各地要做好防讯工作。', () => true)).toEqual([]);
  });
});
