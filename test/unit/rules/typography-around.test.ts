import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadAutoCorrectSync } from '../../../lib/node/typography';
import { formatAround, type TypographyProvider } from '../../../lib/rules/typography';

const root = join(import.meta.dirname, '../../..');
const corpusDir = join(root, 'test/eval/corpus');

/** A provider that records what it is asked to format. */
function recording(inner: TypographyProvider) {
  const sent: string[] = [];
  return {
    sent,
    provider: {
      name: 'recording',
      format(t: string) {
        sent.push(t);
        return inner.format(t);
      },
    } as TypographyProvider,
  };
}

/** Deterministic pseudo-random numbers (mulberry32), so a failure names a reproducible string. */
function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('formatAround (AutoCorrect on the clauses that need it)', () => {
  const ac = loadAutoCorrectSync();

  it('gives the same text as formatting the whole, on real official prose', () => {
    const paragraphs = readdirSync(corpusDir)
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .flatMap((f) => readFileSync(join(corpusDir, f), 'utf8').split('\n'))
      .filter((p) => /[\u4e00-\u9fff]/.test(p));
    expect(paragraphs.length).toBeGreaterThan(1000);
    for (const p of paragraphs) expect(formatAround(p, ac), p).toBe(ac.format(p));
  });

  it('gives the same text as formatting the whole, on random mixes of Han, Latin, digits, spaces and marks', () => {
    // Weighted towards the cut marks and the characters AutoCorrect's rules look at around them.
    const pieces = [
      ...'中文国家年月日的是',
      ...'，，。。、；：！？（）“”《》【】',
      ...'aZx1９Ａ ,.:;!?()[]-+|%@&*_~\'"',
      '\u3000',
      'Rust',
      '2025',
      '10:00',
      'www.gov.cn',
    ];
    const next = rng(14);
    let mixed = 0;
    for (let n = 0; n < 4000; n++) {
      let s = '';
      const len = 2 + Math.floor(next() * 24);
      for (let i = 0; i < len; i++) s += pieces[Math.floor(next() * pieces.length)]!;
      if (!/[\u4e00-\u9fff]/.test(s)) continue;
      if (ac.format(s) !== s) mixed++;
      expect(formatAround(s, ac), JSON.stringify(s)).toBe(ac.format(s));
    }
    expect(mixed).toBeGreaterThan(1000);
  });

  it('never sends Han text with Chinese punctuation, numbers or aligned names; one call for the other clauses', () => {
    const r = recording(ac);
    for (const plain of [
      '会议强调，要坚持以人民为中心的发展思想；各地区、各部门要抓好落实。',
      '2025年全市生产总值增长5.2%，其中第三产业增长6.1%，国办发〔2025〕3号。',
      '组\u3000\u3000长：韩\u3000正，“副组长”：李\u3000强。',
      '甲1.北京市大力推进改革，2.天津市搭建平台。',
      '5G基站和GDP增长，X光机。',
      '第一章 总  则，国 务 院 工 作 规 则',
    ]) {
      expect(formatAround(plain, r.provider), plain).toBe(ac.format(plain));
    }
    expect(r.sent).toEqual([]);

    const text =
      '会议强调，要坚持以人民为中心的发展思想，推进“互联网+政务服务”，完成3项任务，会议结束.各部门要抓好落实。';
    expect(formatAround(text, r.provider)).toBe(ac.format(text));
    // (from the first clause with a mark AutoCorrect may space or widen to the last one)
    expect(r.sent).toEqual(['推进“互联网+政务服务”，完成3项任务，会议结束.各部门要抓好落实。']);
  });

  it('spaces numbers, Latin words, spaces and aligned names as AutoCorrect does, on random mixes of those', () => {
    const pieces = [
      ...'中年月日〇々1234567890aZx，，。、；：！？（）“”《》〔〕【】「」—…',
      'GDP',
      '5G',
      ' ',
      '  ',
      '2025',
      '3.5',
      '5%',
      '%',
      '.',
      '\u3000',
    ];
    const next = rng(15);
    let changed = 0;
    for (let n = 0; n < 4000; n++) {
      let s = '';
      const len = 2 + Math.floor(next() * 24);
      for (let i = 0; i < len; i++) s += pieces[Math.floor(next() * pieces.length)]!;
      if (!/[\u4e00-\u9fff]/.test(s)) continue;
      if (ac.format(s) !== s) changed++;
      expect(formatAround(s, ac), JSON.stringify(s)).toBe(ac.format(s));
    }
    expect(changed).toBeGreaterThan(1000);
  });

  it('formats the whole text when a path, an anchor, code or a second line makes the result non-local', () => {
    for (const text of [
      '详见www.gov.cn/zwgk，中文Rust',
      '标签a#中文，中文Rust',
      '代码`x`，中文Rust',
      '第一行，中文\nRust',
    ]) {
      const r = recording(ac);
      expect(formatAround(text, r.provider)).toBe(ac.format(text));
      expect(r.sent).toEqual([text]);
    }
  });
});
