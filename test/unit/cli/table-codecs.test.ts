import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { serialize } from 'node:v8';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { derivedInput, listInput, setTableStore } from '../../../lib/engine/data/store';
import { dataLines, PinyinTable, parseIdioms, pinyinTableOf, ShapeTable } from '../../../lib/engine/data/tables';
import { inputOf, textOf } from '../../../lib/engine/data/text-source';
import { protectedMatcher } from '../../../lib/engine/dictionary/near';
import { NearMatcher } from '../../../lib/engine/near/matcher';
import { CharSimilarity } from '../../../lib/engine/near/similar';
import { nearMatcherFromIndex, nearMatcherIndex } from '../../../lib/engine/near/stored';
import { loadBuiltinTables } from '../../../lib/node/builtin';
import { pack, unpack } from '../../../lib/node/raw-pack';
import { installTableCodecs, TABLE_CODECS } from '../../../lib/node/table-codecs';
import { buildSlipIndex, createCollocationSlipRule } from '../../../lib/rules/collocation-slips';
import { parseCoreLists } from '../../../lib/rules/core-lists';
import { buildIdiomSoundTables, type IdiomSoundTables, quadKeys } from '../../../lib/rules/idiom-sound';
import { buildIdiomIndex, type IdiomIndex } from '../../../lib/rules/idioms';
import type { NameSounds } from '../../../lib/rules/names';
import {
  type PlaceIndex,
  type PlaceVariants,
  parseDivisions,
  parsePlaceVariants,
  placeIndex,
} from '../../../lib/rules/places';
import { parseReplyTone, type ReplyToneLexicons } from '../../../lib/rules/reply-tone-schema';
import { loadSourceList } from '../../../lib/rules/source-schema';
import { createToneModel } from '../../../lib/rules/tone-model';
import { hasPair } from '../../../lib/rules/unit-keys';
import { parseWordFreq, type WordFreq } from '../../../lib/rules/word-likelihood';
import { runRules } from '../../helpers/check';

// The CLI's table codecs (lib/node/table-codecs.ts) on the shipped data: what a stored table decodes to answers
// every lookup as the table built from the text does, and bytes of another shape are refused (then rebuilt).
const data = loadBuiltinTables();
const text = (f: string) => readFileSync(join(import.meta.dirname, '../../../dictionaries/data', f), 'utf8');
function roundTrip<T>(kind: string, table: T): T {
  const codec = TABLE_CODECS[kind]!;
  return codec.decode(codec.encode(table as never)) as T;
}
const bytes = (v: ArrayBufferView) => Buffer.from(v.buffer, v.byteOffset, v.byteLength);
/** Every field equal; typed arrays compared as bytes (toEqual walks millions of elements one by one). */
function expectSameFields<T extends object>(stored: T, built: T): void {
  expect(Object.keys(stored).sort()).toEqual(Object.keys(built).sort());
  for (const [k, v] of Object.entries(built)) {
    const got = stored[k as keyof T];
    if (ArrayBuffer.isView(v)) expect(bytes(got as ArrayBufferView).equals(bytes(v)), k).toBe(true);
    else if (v instanceof Set) {
      // a stored index answers `has` (its Set is made on the first lookup)
      const has = got as Pick<ReadonlySet<string>, 'has'>;
      for (const w of v) if (!has.has(w)) expect(w, k).toBe('in the stored set');
      for (const w of ['', '不是成语', '中华人民']) expect(has.has(w), `${k} ${w}`).toBe(v.has(w));
    } else expect(got, k).toEqual(v);
  }
}
const corpusSample = readFileSync(
  join(
    import.meta.dirname,
    '../../eval/corpus',
    readdirSync(join(import.meta.dirname, '../../eval/corpus'))
      .filter((f) => f.endsWith('.txt'))
      .sort()[0]!,
  ),
  'utf8',
).slice(0, 5000);
const probes = [...'中华人民共和国长江重庆行银乐𠀀a', '', '中华', '\ud800'];

describe('table codecs', () => {
  it('pinyin: the same readings for every character of the table, and for strings that are not one character', () => {
    const built = new PinyinTable(textOf(data.pinyin!));
    const stored = roundTrip('pinyin', built);
    expect(stored).toBeInstanceOf(PinyinTable);
    expect(stored.size).toBe(built.size);
    expect(stored.bySyllable).toEqual(built.bySyllable);
    const chars = new Set([...built.bySyllable.values()].join(''));
    expect(chars.size).toBeGreaterThan(5000);
    for (const ch of [...chars, ...probes]) expect(stored.readings(ch)).toEqual(built.readings(ch));
  });

  it('look-alikes: the same for every code unit', () => {
    const built = new ShapeTable(text('shapes.txt'));
    const stored = roundTrip('shapes', built);
    expect(stored).toBeInstanceOf(ShapeTable);
    expect(stored.size).toBe(built.size);
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      if (stored.similar(ch) !== built.similar(ch)) expect(stored.similar(ch)).toBe(built.similar(ch));
    }
    // likeUnits (by code unit) answers as like (by string), for every listed pair, its reverse, and others
    const units = [...new Set([...text('shapes.txt')].filter((c) => c.length === 1 && c > '\u2e00').join(''))];
    const sample = [...units.slice(0, 400), '一', '\ud840', '\udc00', 'a'];
    for (const table of [built, stored])
      for (const a of sample)
        for (const b of [...table.similar(a), ...sample.slice(0, 40), a]) {
          const got = table.likeUnits(a.charCodeAt(0), b.charCodeAt(0));
          if (got !== table.like(a, b)) expect(`${a} ${b} ${got}`).toBe(`${a} ${b} ${table.like(a, b)}`);
        }
  });

  it('place variants: the same candidates for every pair key, none for others', () => {
    const built = parsePlaceVariants(text('place-variants.txt'));
    const stored = roundTrip<PlaceVariants>('place-variants', built);
    expect(built.byPair.size).toBeGreaterThan(1000);
    for (const [k, v] of built.byPair) expect(stored.byPair.get(k)).toEqual(v);
    expect(stored.byPair.get(-1)).toBeUndefined();
    expect(stored.rightByPair).toEqual(built.rightByPair);
    // the stored pair set keeps only its Bloom bits: every listed pair still passes, byPair answers the rest
    expect(stored.pairKeys.slots.length).toBe(0);
    expect(stored.pairKeys.bloom).toEqual(built.pairKeys.bloom);
    for (const k of built.byPair.keys()) expect(hasPair(stored.pairKeys, Math.floor(k / 65536), k % 65536)).toBe(true);
    let through = 0;
    for (let c = 0x4e00; c < 0x4e00 + 20000; c += 7) if (hasPair(stored.pairKeys, c, c + 3)) through++;
    expect(through).toBeLessThan(20000 / 7 / 5);
  });

  it('word variants (in the place table format): the same candidates and guards', () => {
    const built = parsePlaceVariants(text('word-variants.txt'));
    const stored = roundTrip<PlaceVariants>('word-variants', built);
    expect(built.byPair.size).toBeGreaterThan(1000);
    // every 16th key: the table is ten times the place table's size, and the codec is the same
    let i = 0;
    for (const [k, v] of built.byPair) if (i++ % 16 === 0) expect(stored.byPair.get(k)).toEqual(v);
    for (const side of ['before', 'after'] as const) {
      expect(built[side].size).toBeGreaterThan(100);
      for (const [k, v] of built[side]) expect(stored[side].get(k)).toBe(v);
      expect(stored[side].get('a')).toBeUndefined();
      expect(stored[side].get('中国')).toBeUndefined();
    }
  });

  it('word counts: the same counts for words, parts and non-words; a damaged record is refused', () => {
    const built = parseWordFreq(text('word-freq.txt'));
    const stored = roundTrip<WordFreq>('word-freq', built);
    expect(stored.logTotal).toBe(built.logTotal);
    for (const w of ['的', '建设', '实事求是', '警营', '健设', '科创板', '中华人民'])
      expect(stored.countOf(w)).toBe(built.countOf(w));
    expect(stored.countOf('建设')).toBeGreaterThan(0);
    expect(stored.pairs()).toEqual(built.pairs());
    expect(stored.bloom).toEqual(built.bloom);
    const u = (w: string) => [w.charCodeAt(0), w.charCodeAt(1)] as const;
    expect(stored.innerPair(...u('建设'))).toBe(true);
    expect(stored.innerPair(...u('健设'))).toBe(false);
    expect(() => TABLE_CODECS['word-freq']!.decode(pack({ slots: new Uint32Array(9), logTotal: 1 }) as never)).toThrow(
      /word counts/,
    );
    // Bloom bits of another size than the records'
    const badBloom = { slots: new Uint32Array(6), logTotal: 1, pairs: built.pairs(), bloom: new Uint32Array(3) };
    expect(() => TABLE_CODECS['word-freq']!.decode(pack(badBloom) as never)).toThrow(/word counts/);
  });

  it('idiom index (half-idiom buckets included), idiom list, source list and core lists come back equal', () => {
    const list = parseIdioms(data.idioms!);
    expect(roundTrip('idioms', list)).toEqual(list);
    const index = buildIdiomIndex(list);
    expectSameFields(roundTrip<IdiomIndex>('idiom-index', index), index);
    const sources = loadSourceList(data.sources);
    expect(roundTrip('source-list', sources)).toEqual(sources);
    const lists = parseCoreLists(data);
    expect(roundTrip('core-lists', lists)).toEqual(lists);
  });

  it('idiom sound index: the same arrays and idioms, and the Bloom bits of its keys stored with it', () => {
    const built = buildIdiomSoundTables(parseIdioms(data.idioms!), new PinyinTable(textOf(data.pinyin!)));
    const stored = roundTrip<IdiomSoundTables>('idiom-sound', built);
    expectSameFields(stored, built);
    expect(bytes(stored.quads!).equals(bytes(quadKeys(built.keys)))).toBe(true);
    expect(built.keys.length).toBeGreaterThan(built.list.length);
    const bad = { ...built, ids: built.ids.map(() => built.list.length) };
    expect(() => TABLE_CODECS['idiom-sound']!.decode(TABLE_CODECS['idiom-sound']!.encode(bad as never))).toThrow();
  });

  it('leader-name sounds: the same units for every character, answered without a Set', () => {
    const units = (x: Iterable<number>) => [...x].sort((a, b) => a - b);
    const built = new Map<number, NameSounds>([
      [0x5f20, { tonal: new Set([0x5f20, 0x7ae0]), toneless: new Set([0x5f20, 0x7ae0, 0x638c, 0x957f]) }],
      [0x4e09, { tonal: new Set([0x4e09]), toneless: new Set([0x4e09, 0x4f1e]) }],
    ]);
    const stored = roundTrip<Map<number, NameSounds>>('name-sounds', built);
    expect([...stored.keys()]).toEqual([...built.keys()]);
    for (const [k, v] of built) {
      const got = stored.get(k)!;
      expect(units(got.tonal)).toEqual(units(v.tonal));
      expect(units(got.toneless)).toEqual(units(v.toneless));
      for (let c = 0x4e00; c < 0xa000; c++) {
        if (got.toneless.has(c) !== v.toneless.has(c) || got.tonal.has(c) !== v.tonal.has(c))
          expect([c, got.toneless.has(c), got.tonal.has(c)]).toEqual([c, v.toneless.has(c), v.tonal.has(c)]);
      }
    }
  });

  it('place index: the same names, lookups and parents for every name of the shipped divisions', () => {
    const others = ['福冈县', '新竹县'];
    const built = placeIndex(parseDivisions(text('divisions.txt')), others);
    const stored = roundTrip<PlaceIndex>('place-index', built);
    expect(built.names.length).toBeGreaterThan(3000);
    expect(stored.names).toEqual(built.names);
    expect(Array.from(stored.baseLen)).toEqual(Array.from(built.baseLen));
    expect(Array.from(stored.longIds)).toEqual(Array.from(built.longIds));
    expect(bytes(stored.suffixChar).equals(bytes(built.suffixChar))).toBe(true);
    for (const n of [...built.names, '不是地名', '']) {
      expect(stored.id.get(n)).toBe(built.id.get(n));
      expect(stored.real.has(n)).toBe(built.real.has(n));
      expect(stored.parents.get(n)).toEqual(built.parents.get(n));
    }
    for (const [k, v] of built.short as Map<number, number[]>) expect(stored.short.get(k)).toEqual(v);
    expect(stored.short.get(-1)).toBeUndefined();
  });

  it('divisions and reply-tone lists come back equal', () => {
    const divisions = parseDivisions(text('divisions.txt'));
    expect(roundTrip('divisions', divisions)).toEqual(divisions);
    const tone = parseReplyTone(data.replyTone);
    expect(roundTrip('reply-tone', tone)).toEqual(tone);
  });

  it('reply-tone lists: the models read their weights on first use and score as the built ones', () => {
    const tone = parseReplyTone(data.replyTone);
    const stored = roundTrip<ReplyToneLexicons>('reply-tone', tone);
    expect(typeof Object.getOwnPropertyDescriptor(stored.voiceModel!, 'weights')?.get).toBe('function');
    for (const k of ['toneModel', 'voiceModel', 'salesModel'] as const) {
      const built = createToneModel(tone[k]!);
      const read = createToneModel(stored[k]!);
      for (const s of [
        '你自己去查，别烦我。',
        '简直太离谱了，真是丢人！',
        '会议强调，要切实做好各项工作。',
        '本店烤鸭只要68元。',
      ])
        expect(read.score(s), `${k} ${s}`).toBe(built.score(s));
    }
    const { toneModel: _t, voiceModel: _v, salesModel: _s, ...noModels } = tone;
    expect(roundTrip('reply-tone', noModels)).toEqual(noModels);
    const codec = TABLE_CODECS['reply-tone']!;
    const unpacked = unpack(codec.encode(tone as never)) as { lists: Record<string, unknown>; weights: unknown };
    expect(() => codec.decode(pack({ ...unpacked, weights: {} }))).toThrow();
  });

  it('near-miss matcher: made again from its index, it finds the same windows as the one built', () => {
    const sim = new CharSimilarity(new PinyinTable(textOf(data.pinyin!)), new ShapeTable(text('shapes.txt')));
    const terms = ['政府', '审计署', '中华人民共和国', '全面从严治党', '人民代表大会常务委员会'];
    const built = protectedMatcher(terms, sim);
    const stored = roundTrip<NearMatcher>('near-matcher', built);
    expect(stored).toBeInstanceOf(NearMatcher);
    // every field the constructor sets (a field added there must be added to fromIndex too)
    expect(Object.keys(stored).sort()).toEqual(Object.keys(built).sort());
    expect(stored.terms).toEqual(terms);
    const texts = [
      '区攻府办公室、审计暑和中华人民共合国，全面从严治档，人民代表大会长务委员会。',
      '中华人民大和国的正府',
      corpusSample,
    ];
    for (const t of texts) expect(stored.scan(t)).toEqual(built.scan(t));
    expect(built.scan(texts[0]!).length).toBeGreaterThan(3);
    const index = nearMatcherIndex(built);
    expect(() => nearMatcherFromIndex(terms.slice(0, 2), index)).toThrow();
    expect(() => nearMatcherFromIndex(terms, { ...index, refStart: index.refStart.slice(1) })).toThrow();
  });

  it('idiom index and idiom sound tables of one list share its split and Set, and still answer alone', () => {
    const a = ['甲乙丙丁', '乙丙丁戊', '丙丁戊己'];
    const b = ['子丑寅卯', '丑寅卯辰'];
    const pinyin = new PinyinTable(
      'jia3 甲\nyi3 乙\nbing3 丙\nding1 丁\nwu4 戊\nji3 己\nzi3 子\nchou3 丑\nyin2 寅\nmao3 卯\nchen2 辰\n',
    );
    const indexA = roundTrip<IdiomIndex>('idiom-index', buildIdiomIndex(a));
    const soundA = roundTrip<IdiomSoundTables>('idiom-sound', buildIdiomSoundTables(a, pinyin));
    const indexB = roundTrip<IdiomIndex>('idiom-index', buildIdiomIndex(b));
    // lists of another text in between: each still answers for its own list
    expect(indexB.exact.has('子丑寅卯')).toBe(true);
    expect(indexA.exact.has('子丑寅卯')).toBe(false);
    expect(soundA.exact.has('乙丙丁戊')).toBe(true);
    expect(indexA.exact.has('丙丁戊己')).toBe(true);
    expect(indexB.idioms).toEqual(b);
    expect(indexA.idioms).toEqual(a);
    expect(soundA.list).toEqual(a);
    // one split of list a serves both tables once both ask after each other
    const indexA2 = roundTrip<IdiomIndex>('idiom-index', buildIdiomIndex(a));
    const soundA2 = roundTrip<IdiomSoundTables>('idiom-sound', buildIdiomSoundTables(a, pinyin));
    expect(indexA2.idioms).toBe(soundA2.list);
  });

  it('a stored idiom list, its set and its items answer as the list split, without splitting it', () => {
    const list = parseIdioms(data.idioms!);
    const stored = roundTrip<string[]>('idioms', list);
    expect(Array.isArray(stored)).toBe(true);
    expect(stored.length).toBe(list.length);
    expect([...stored]).toEqual(list);
    expect(stored[123]).toBe(list[123]);
    const sound = roundTrip<IdiomSoundTables>(
      'idiom-sound',
      buildIdiomSoundTables(list, new PinyinTable(textOf(data.pinyin!))),
    );
    const built = new Set(list);
    for (let n = 0; n < list.length; n++) {
      expect(sound.item!(n) === list[n]).toBe(true);
      const w = list[n]!;
      // the idiom, and the same with each character moved one code unit (mostly not idioms)
      for (const x of [
        w,
        ...[0, 1, 2, 3].map((k) => w.slice(0, k) + String.fromCharCode(w.charCodeAt(k) + 1) + w.slice(k + 1)),
      ])
        if (sound.exact.has(x) !== built.has(x)) expect([x, sound.exact.has(x)]).toEqual([x, built.has(x)]);
    }
    for (const x of ['', '一', '一丁不', '一丁不识一', `${list[0]!.slice(0, 3)}\u0000`])
      expect(sound.exact.has(x)).toBe(false);
  });

  it('collocation slip index: the same arrays, and a rule made with it finds what one made without does', () => {
    const slipText = textOf(data.collocationSlips!);
    const built = buildSlipIndex(dataLines(slipText));
    const stored = roundTrip('collocation-slips', built);
    expectSameFields(stored, built);
    expect(built.more.length).toBeGreaterThan(0);
    const text = `${corpusSample}环境保护和生太建设明显加强。技术创心和科技成果转化的步伐加快。国有企也改革和脱困取得重要进展。`;
    const words = parseWordFreq(textOf(data.wordFreq!));
    const plain = runRules(createCollocationSlipRule(words, slipText), text);
    expect(plain.length).toBeGreaterThanOrEqual(3);
    // with a store installed: made and kept under the reference's id, then read back (the text never read)
    let reads = 0;
    const ref = (id: string) => ({
      id,
      text: () => {
        reads++;
        return slipText;
      },
    });
    const kept = new Map<string, Uint8Array>();
    installTableCodecs();
    setTableStore({
      get: (kind, input) => kept.get(`${kind}\u0000${input}`),
      set: (kind, input, bytes) => void kept.set(`${kind}\u0000${input}`, bytes),
    });
    let rule: ReturnType<typeof createCollocationSlipRule>;
    try {
      createCollocationSlipRule(words, ref('slips-1')); // builds the index and stores it
      expect([...kept.keys()]).toEqual([`collocation-slips\u0000${inputOf(ref('slips-1'))}`]);
      createCollocationSlipRule(words, 'another table'); // (the rule shares one table per text: another one first)
      reads = 0;
      rule = createCollocationSlipRule(words, ref('slips-1')); // reads it back
      expect(reads).toBe(0);
    } finally {
      setTableStore(undefined);
    }
    expect(runRules(rule, text)).toEqual(plain);
    expect(reads).toBe(1); // the text is read once a slip is met
  });

  it('refuses bytes of another shape', () => {
    for (const [kind, codec] of Object.entries(TABLE_CODECS)) {
      for (const foreign of [{}, { byChar: new Map() }, [1, 2], 'text', null]) {
        expect(() => codec.decode(serialize(foreign)), `${kind} ${JSON.stringify(foreign)}`).toThrow();
      }
    }
    const places = placeIndex(parseDivisions('110000\t北京市\n110100\t北京城区\n'), []);
    const badShort = { ...places, short: new Map([[1, [5]]]) };
    expect(() => TABLE_CODECS['place-index']!.decode(TABLE_CODECS['place-index']!.encode(badShort as never))).toThrow();
    const slips = buildSlipIndex(['一个\t一伞 义个\t一个\t中国']);
    for (const bad of [
      { ...slips, rows: slips.rows.slice(1) },
      { ...slips, keys: new Int32Array(slips.keys) },
      { ...slips, more: Uint32Array.from([1]) },
    ])
      expect(() => TABLE_CODECS['collocation-slips']!.decode(pack(bad))).toThrow();
    const index = buildIdiomIndex(['甲乙丙丁', '乙丙丁戊']);
    const short = { ...index, halfIds: index.halfIds.slice(1) };
    expect(() => TABLE_CODECS['idiom-index']!.decode(TABLE_CODECS['idiom-index']!.encode(short as never))).toThrow();
  });
});

describe('derivedInput (store key of a table derived from other tables)', () => {
  it('names each table by the text it was built from, and gives no key for a table of unknown origin', () => {
    const pinyin = pinyinTableOf(data.pinyin!);
    const other = pinyinTableOf(`${data.pinyin!}\n`);
    expect(derivedInput('张三', pinyin)).toBeDefined();
    expect(derivedInput('张三', pinyin)).toBe(derivedInput('张三', pinyinTableOf(data.pinyin!)));
    expect(derivedInput('张三', pinyin)).not.toBe(derivedInput('张三', other));
    expect(derivedInput('张三', pinyin)).not.toBe(derivedInput('张四', pinyin));
    expect(derivedInput('张三', undefined)).not.toBe(derivedInput('张三', ''));
    expect(derivedInput('张三', new PinyinTable(textOf(data.pinyin!)))).toBeUndefined();
  });
});

describe('listInput (store key of a list)', () => {
  it('tells any two different lists apart, separators and empty items included', () => {
    const item = fc.array(fc.constantFrom('a', '\u0000', '1', ':', 'L'), { maxLength: 3 }).map((xs) => xs.join(''));
    fc.assert(
      fc.property(fc.array(item, { maxLength: 4 }), fc.array(item, { maxLength: 4 }), (a, b) => {
        expect(listInput(a) === listInput(b)).toBe(JSON.stringify(a) === JSON.stringify(b));
      }),
      { numRuns: 2000 },
    );
  });
});
