/**
 * 常用词别字 — a common word of official prose written with one sound-alike or look-alike character: 拔付 for 拨付,
 * 弘杨 for 弘扬, 消防拴 for 消防栓.
 *
 * Word lists of known wrong forms (typos-extra.tsv) catch only the strings they list. This rule reads a generated
 * table (dictionaries/data/word-variants.txt, scripts/build-word-variants.ts) of every one-character slip of the
 * common words of official prose that is no real word, no part of one, no name and never seen in real clean
 * prose — checked at build time, like the place-name variants (same format, same parser).
 * At run time a variant is skipped where it is not one word of the text:
 * - the character before it makes a word with its first character (选拔付出 is not 拨付), or its last character
 *   makes one with the character after it (guard lines of the table);
 * - it sits inside a book title 《…》 or a short quotation (“X”: a coined pun or a name, written so on purpose).
 * Severity `warn`; the rule runs in the background (library) pass with its table.
 */
import { derivedInput, keptMemo } from '../engine/data/store';
import type { ParagraphRule, RuleMeta } from '../engine/rule';
import { PairCache } from './pair-cache';
import type { PlaceVariants } from './places';
import { addUnits, hasPair, hasUnits, unitKeys, unitsHash } from './unit-keys';
import {
  arrayOfUnits,
  bookTitles,
  inBookTitle,
  inShortQuote,
  isHanAt,
  MAX_PER_PARAGRAPH,
  q,
  unitBuffer,
} from './util-text';
import type { WordFreq } from './word-likelihood';

export const WORD_VARIANT_RULES: RuleMeta[] = [
  {
    id: 'typo.word-variant',
    category: 'typo',
    severity: 'warn',
    title: '常用词疑有别字',
    message: '{text}疑为常用词写错（同音或形近字）。',
    source: '政府网站与政务新媒体检查指标（错别字）；词表由 jieba 词典与真实政务文本中的常用词生成',
    note: '按读音（同音、不计声调；三字以上词另含平翘舌、前后鼻音、n/l 混淆）和字形生成的错写，已排除真实词语、地名、人名和真实文本中出现过的写法。',
  },
];

/** The word-variant table: the place table's format and parser (lib/rules/places.ts parsePlaceVariants). */
export type WordVariants = PlaceVariants;

/**
 * A pair's candidates by their text (经济 starts hundreds of variants of 经济X words): by the third code unit, the
 * lengths (three or more, longest first) of the variants that have it there; whether the pair itself is a variant;
 * and, made on the first lookup that needs them (rightsOf), each variant's right words in table order and the pair's
 * own. At a place the longest variant written there is a lookup per such length instead of a comparison per
 * candidate, and most places need no slice at all. Most pairs indexed are never looked up past the bits of their
 * third units, so the variants themselves are decoded and grouped only for the few that are; the lengths by third
 * unit, which take a pass over every variant of the pair (≈ 300 new pairs and 7 ms per 20,000-character article after
 * the first of a CLI run), are kept between CLI runs (store.ts keptMemo).
 */
interface PairIndex {
  key: number;
  /** Third code unit → lengths (≥ 3, longest first) of the variants with that third unit. */
  longer: Map<number, number[]>;
  /** Whether the pair itself is a variant. */
  hasTwo: boolean;
  rights: Map<string, string[]> | undefined;
  /** The right words of the variant that is the pair itself (with `rights`). */
  two: string[] | undefined;
}

function indexCandidates(key: number, cands: ReadonlyArray<[string, string]>): PairIndex {
  const longer = new Map<number, number[]>();
  let hasTwo = false;
  // (indexed loops and forEach here and in encodeIndex: each pair met for the first time is indexed during a check,
  // in code not yet optimised, where for-of and destructuring allocate per element)
  for (let k = 0; k < cands.length; k++) {
    const x = cands[k]![0];
    if (x.length === 2) {
      hasTwo = true;
      continue;
    }
    const third = x.charCodeAt(2);
    const lengths = longer.get(third);
    if (!lengths) longer.set(third, [x.length]);
    else if (!lengths.includes(x.length)) lengths.push(x.length);
  }
  longer.forEach((lengths) => {
    lengths.sort((a, b) => b - a);
  });
  return { key, longer, hasTwo, rights: undefined, two: undefined };
}

/** An index as kept: whether the pair is a variant, then per third unit: the unit, how many lengths, the lengths. */
function encodeIndex(entry: PairIndex): Uint16Array {
  const out = [entry.hasTwo ? 1 : 0];
  entry.longer.forEach((lengths, third) => {
    out.push(third, lengths.length);
    for (let k = 0; k < lengths.length; k++) out.push(lengths[k]!);
  });
  return Uint16Array.from(out);
}

function decodeIndex(key: number, kept: Uint16Array): PairIndex {
  const longer = new Map<number, number[]>();
  for (let k = 1; k + 1 < kept.length; ) {
    const n = kept[k + 1]!;
    longer.set(kept[k]!, arrayOfUnits(kept.subarray(k + 2, k + 2 + n)));
    k += 2 + n;
  }
  return { key, longer, hasTwo: kept[0] === 1, rights: undefined, two: undefined };
}

/** The pair's variants with their right words in table order (made on first use). */
function rightsOf(entry: PairIndex, variants: WordVariants): Map<string, string[]> {
  if (entry.rights) return entry.rights;
  const rights = new Map<string, string[]>();
  const cands = variants.byPair.get(entry.key) ?? [];
  // an indexed loop, no destructuring: both allocate per candidate in code not yet optimised
  for (let k = 0; k < cands.length; k++) {
    const x = cands[k]![0];
    const right = cands[k]![1];
    const l = rights.get(x);
    if (l) l.push(right);
    else rights.set(x, [right]);
    if (x.length === 2) entry.two = rights.get(x);
  }
  entry.rights = rights;
  return rights;
}

/**
 * `words` (the word table, when the host has it): a variant whose first character makes a word of the table with the
 * character before it is no variant (圩堤线长 is 圩堤 + 线长, not 底线), as the table's guard lines say for common
 * words only.
 */
export function createWordVariantRule(variants: WordVariants, words?: WordFreq): ParagraphRule {
  const unitsOf = unitBuffer();
  // Bits of the first three units of the variants of three units or more, and of the pairs that are a variant
  // themselves, of every pair indexed so far (a pair is indexed on its first lookup, before its bits are asked):
  // most places with a listed pair (a few thousand in an article) are dismissed without reading its index.
  const triples = unitKeys();
  const twos = unitKeys();
  const kept = keptMemo('word-variant.index', () => derivedInput(variants));
  const byPair = new PairCache<PairIndex>((key) => {
    const stored = kept?.get(key);
    let entry: PairIndex;
    if (stored) entry = decodeIndex(key, stored);
    else {
      const cands = variants.byPair.get(key);
      if (!cands) return undefined;
      entry = indexCandidates(key, cands);
      kept?.set(key, encodeIndex(entry));
    }
    const c0 = Math.floor(key / 65536);
    const c1 = key % 65536;
    entry.longer.forEach((_, third) => {
      addUnits(triples, unitsHash(c0, c1, third));
    });
    if (entry.hasTwo) addUnits(twos, unitsHash(c0, c1));
    return entry;
  });
  return {
    kind: 'paragraph',
    rules: WORD_VARIANT_RULES,
    check(p, sink) {
      const t = p.text;
      const fs = variants.firstSecond;
      const pairKeys = variants.pairKeys;
      let titles: Array<[number, number]> | undefined;
      let u: Uint16Array | undefined;
      let reported = 0;
      for (let i = 0; i + 1 < t.length && reported < MAX_PER_PARAGRAPH; i++) {
        const c0 = t.charCodeAt(i);
        const c1 = t.charCodeAt(i + 1);
        if (!(fs[c0]! & 1) || !(fs[c1]! & 2) || !hasPair(pairKeys, c0, c1)) continue;
        const entry = byPair.get(c0, c1);
        if (!entry) continue;
        const c2 = i + 2 < t.length ? t.charCodeAt(i + 2) : -1;
        const longer = c2 >= 0 && hasUnits(triples, unitsHash(c0, c1, c2));
        if (!longer && !hasUnits(twos, unitsHash(c0, c1))) continue;
        // the longest candidate written at i, and every right word it may stand for
        let v = '';
        let found: string[] | undefined;
        const lengths = longer ? entry.longer.get(c2) : undefined;
        if (lengths) {
          for (const n of lengths) {
            if (i + n > t.length) continue;
            const x = t.slice(i, i + n);
            found = rightsOf(entry, variants).get(x);
            if (found) {
              v = x;
              break;
            }
          }
        }
        if (!v && entry.hasTwo) {
          rightsOf(entry, variants);
          found = entry.two;
          v = t.slice(i, i + 2);
        }
        if (!v) continue;
        const end = i + v.length;
        if (i > 0 && isHanAt(t, i - 1) && variants.before.get(v[0]!)?.includes(t[i - 1]!)) continue;
        if (words && i > 0 && isHanAt(t, i - 1) && words.has((u ??= unitsOf(t)), i - 1, i + 1)) continue;
        if (isHanAt(t, end) && variants.after.get(v[v.length - 1]!)?.includes(t[end]!)) continue;
        titles ??= bookTitles(t);
        if (inBookTitle(titles, i, end)) continue;
        if (inShortQuote(p.quotes, i, end)) continue;
        const rights = [...found!];
        const fixed = rights.join('/');
        sink.report({
          ruleId: 'typo.word-variant',
          start: i,
          end,
          suggestions: rights,
          message: `${q(v)}疑为${q(fixed)}之误（同音或形近字），请核对。`,
        });
        reported++;
        i = end - 1;
      }
    },
  };
}
