import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildAutomaton, HitBuffer, SYM_SKIP } from '../../../lib/engine/matcher/automaton';
import { deserializeAutomaton, serializeAutomaton } from '../../../lib/engine/matcher/serialize';

function naive(patterns: string[], text: string): string[] {
  const out: string[] = [];
  patterns.forEach((p, id) => {
    if (!p) return;
    for (let i = 0; i + p.length <= text.length; i++) if (text.startsWith(p, i)) out.push(`${id}:${i}:${i + p.length}`);
  });
  return out.sort();
}

/** The hits of scanHits as sorted "pattern:start:end" strings. */
function hitsOf(out: HitBuffer): string[] {
  const r: string[] = [];
  for (let h = 0; h < out.count; h++) r.push(`${out.pattern(h)}:${out.start(h)}:${out.end(h)}`);
  return r.sort();
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

  it('scanHits writes the same hits as a naive search into a reused buffer (random dictionaries and texts)', () => {
    const out = new HitBuffer(1); // starts too small: every scan with more than one hit grows it
    fc.assert(
      fc.property(
        fc.array(word, { minLength: 1, maxLength: 40 }),
        fc.string({ unit: alphabet, maxLength: 120 }),
        (pats, text) => {
          const a = buildAutomaton(pats);
          const n = a.scanHits(text, a.symbolTable(), out);
          expect(n).toBe(out.count);
          expect(hitsOf(out)).toEqual(naive(pats, text));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('scanHits reports hits in the order of their end and clears the buffer first', () => {
    const a = buildAutomaton(['中华', '中华人民', '人民', '国']);
    const out = new HitBuffer();
    a.scanHits('中华人民共和国', a.symbolTable(), out);
    const ends = Array.from({ length: out.count }, (_, h) => out.end(h));
    expect(ends).toEqual([...ends].sort((x, y) => x - y));
    expect(out.count).toBe(4);
    expect(a.scanHits('人民', a.symbolTable(), out)).toBe(1);
    expect(hitsOf(out)).toEqual(['2:0:2']);
    expect(a.scanHits('没有', a.symbolTable(), out)).toBe(0);
    expect(out.count).toBe(0);
  });

  it('scanHits steps over skipped units and emoji pairs like scan', () => {
    const a = buildAutomaton(['北朝鲜']);
    const table = a.symbolTable();
    const cls = new Uint8Array(65536);
    table['*'.charCodeAt(0)] = SYM_SKIP;
    table[0xd83d] = SYM_SKIP;
    cls[0xd83d] = 8;
    const out = new HitBuffer();
    const text = '说北*朝\u{1F600}鲜了';
    a.scanHits(text, table, out, cls, 8);
    expect(hitsOf(out)).toEqual(['0:1:7']);
    const viaScan: string[] = [];
    a.scan(text, table, (p, s, e) => viaScan.push(`${p}:${s}:${e}`), cls, 8);
    expect(viaScan).toEqual(hitsOf(out));
  });

  it('states with many outputs (own and along the suffix chain) report them all, also after a round trip', () => {
    // A tiny alphabet makes long suffix chains: aaaa ends aaaa, aaa, aa, a at once.
    const tiny = fc.constantFrom('a', 'b', '中');
    const out = new HitBuffer(1);
    fc.assert(
      fc.property(
        fc.array(fc.string({ unit: tiny, minLength: 1, maxLength: 8 }), { minLength: 1, maxLength: 30 }),
        fc.string({ unit: tiny, maxLength: 200 }),
        fc.boolean(),
        (pats, text, roundTrip) => {
          let a = buildAutomaton(pats);
          if (roundTrip) a = deserializeAutomaton(serializeAutomaton(a));
          a.scanHits(text, a.symbolTable(), out);
          expect(hitsOf(out)).toEqual(naive(pats, text));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('match starts across skipped units are the naive ones of the text without them', () => {
    const unit = fc.constantFrom('a', 'b', '中', '*');
    const out = new HitBuffer();
    fc.assert(
      fc.property(
        fc.array(fc.string({ unit: fc.constantFrom('a', 'b', '中'), minLength: 1, maxLength: 6 }), {
          minLength: 1,
          maxLength: 20,
        }),
        fc.string({ unit, maxLength: 150 }),
        (pats, text) => {
          const a = buildAutomaton(pats);
          const table = a.symbolTable();
          table['*'.charCodeAt(0)] = SYM_SKIP;
          a.scanHits(text, table, out);
          // Positions of the kept units in `text`: a hit [s, e) of the stripped text is [at[s], at[e - 1] + 1).
          const at: number[] = [];
          for (let i = 0; i < text.length; i++) if (text[i] !== '*') at.push(i);
          const expected = naive(pats, text.replaceAll('*', '')).map((h) => {
            const [p, s, e] = h.split(':').map(Number) as [number, number, number];
            return `${p}:${at[s]}:${at[e - 1]! + 1}`;
          });
          expect(hitsOf(out)).toEqual(expected.sort());
        },
      ),
      { numRuns: 200 },
    );
  });

  it('reports every id of a pattern given twice', () => {
    expect(scanAll(['人民', '人民', '民'], '人民')).toEqual(['0:0:2', '1:0:2', '2:1:2']);
  });

  it('a scan started from inside another scan callback does not disturb the outer one', () => {
    const a = buildAutomaton(['人民', '民']);
    const table = a.symbolTable();
    const outer: string[] = [];
    const inner: string[] = [];
    a.scan('人民人民', table, (p, s, e) => {
      outer.push(`${p}:${s}:${e}`);
      a.scan('民', table, (q, x, y) => inner.push(`${q}:${x}:${y}`));
    });
    expect(outer.sort()).toEqual(naive(['人民', '民'], '人民人民'));
    expect(inner).toEqual(Array(4).fill('1:0:1'));
  });

  it('builds dense automata over a large alphabet correctly (thousands of words sharing prefixes)', () => {
    // 1,500 distinct Han characters and 6,000 words of 2–4 of them drawn with a skew, like real vocabulary.
    let seed = 7;
    const rand = () => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return seed / 4294967296;
    };
    const chars = Array.from({ length: 1500 }, (_, i) => String.fromCharCode(0x4e00 + i * 7));
    const pick = () => chars[Math.floor(rand() ** 3 * chars.length)]!;
    const pats = Array.from({ length: 6000 }, () => {
      let w = '';
      for (let n = 2 + Math.floor(rand() * 3); n > 0; n--) w += pick();
      return w;
    });
    let text = '';
    for (let i = 0; i < 3000; i++) text += rand() < 0.3 ? pats[Math.floor(rand() * pats.length)] : pick();
    const a = deserializeAutomaton(serializeAutomaton(buildAutomaton(pats)));
    const out = new HitBuffer();
    a.scanHits(text, a.symbolTable(), out);
    expect(out.count).toBeGreaterThan(1000);
    expect(hitsOf(out)).toEqual(naive(pats, text));
  });
});
