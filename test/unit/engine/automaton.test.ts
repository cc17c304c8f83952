import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildAutomaton, SYM_SKIP } from '../../../lib/engine/matcher/automaton';
import { deserializeAutomaton, serializeAutomaton } from '../../../lib/engine/matcher/serialize';

function naive(patterns: string[], text: string): string[] {
  const out: string[] = [];
  patterns.forEach((p, id) => {
    if (!p) return;
    for (let i = 0; i + p.length <= text.length; i++) if (text.startsWith(p, i)) out.push(`${id}:${i}:${i + p.length}`);
  });
  return out.sort();
}

function scanAll(patterns: string[], text: string, roundTrip = false): string[] {
  let a = buildAutomaton(patterns);
  if (roundTrip) a = deserializeAutomaton(serializeAutomaton(a));
  const out: string[] = [];
  a.scan(text, a.symbolTable(), (p, s, e) => out.push(`${p}:${s}:${e}`));
  return out.sort();
}

const alphabet = fc.constantFrom(...'中华人民共和国大陆架我靠近了望远最高法院ab'.split(''));
const word = fc.string({ unit: alphabet, minLength: 1, maxLength: 5 });

describe('Aho–Corasick double-array automaton', () => {
  it('reports exactly the occurrences a naive search finds (random dictionaries and texts)', () => {
    fc.assert(
      fc.property(
        fc.array(word, { minLength: 1, maxLength: 40 }),
        fc.string({ unit: alphabet, maxLength: 120 }),
        (pats, text) => {
          expect(scanAll(pats, text)).toEqual(naive(pats, text));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('gives the same results after serialize → deserialize', () => {
    fc.assert(
      fc.property(
        fc.array(word, { minLength: 1, maxLength: 40 }),
        fc.string({ unit: alphabet, maxLength: 120 }),
        (pats, text) => {
          expect(scanAll(pats, text, true)).toEqual(naive(pats, text));
        },
      ),
      { numRuns: 100 },
    );
  });

  it('handles many CJK patterns with shared prefixes and suffixes', () => {
    const pats = ['中华', '中华人民', '中华人民共和国', '人民', '民共', '共和国', '和国', '国'];
    const text = '中华人民共和国成立，人民共和。';
    expect(scanAll(pats, text)).toEqual(naive(pats, text));
  });

  it('steps over units marked SYM_SKIP and reports the original span', () => {
    const a = buildAutomaton(['北朝鲜']);
    const table = a.symbolTable();
    table['*'.charCodeAt(0)] = SYM_SKIP;
    const hits: Array<[number, number]> = [];
    a.scan('说北*朝*鲜了', table, (_p, s, e) => hits.push([s, e]));
    expect(hits).toEqual([[1, 6]]);
  });

  it('refuses the serialized form of something else', () => {
    expect(() => deserializeAutomaton(new ArrayBuffer(64))).toThrow(/not a Publish Guard automaton/);
    const buf = serializeAutomaton(buildAutomaton(['测试']));
    expect(() => deserializeAutomaton(buf.slice(0, 40))).toThrow(/truncated/);
  });

  it('ignores empty patterns and never matches them', () => {
    expect(scanAll(['', '国'], '中国')).toEqual(['1:1:2']);
  });
});
