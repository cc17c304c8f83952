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
import type { ParagraphRule, RuleMeta } from '../engine/rule';
import type { PlaceVariants } from './places';
import { hasPair } from './unit-keys';
import { isHanAt, MAX_PER_PARAGRAPH, q } from './util-text';

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

/** Longest quotation that is still a coined word or a name rather than speech (“智”造, “弘杨”杯). */
const SHORT_QUOTE = 8;

/** Where 《…》 book titles run in `t`: [start, end) pairs. */
function bookTitles(t: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let i = t.indexOf('《'); i >= 0; i = t.indexOf('《', i + 1)) {
    const e = t.indexOf('》', i);
    if (e < 0) break;
    out.push([i, e + 1]);
  }
  return out;
}

/** A pair's candidates split by their third character (经济 starts hundreds of variants of 经济X words). */
interface SplitCandidates {
  short: Array<[string, string]>;
  byThird: Map<number, Array<[string, string]>>;
}
const SPLIT_FROM = 8;

function splitCandidates(cands: ReadonlyArray<[string, string]>): SplitCandidates {
  const short: Array<[string, string]> = [];
  const byThird = new Map<number, Array<[string, string]>>();
  for (const c of cands) {
    if (c[0].length < 3) {
      short.push(c);
      continue;
    }
    const k = c[0].charCodeAt(2);
    const l = byThird.get(k);
    if (l) l.push(c);
    else byThird.set(k, [c]);
  }
  return { short, byThird };
}

export function createWordVariantRule(variants: WordVariants): ParagraphRule {
  // filled on first use of a long candidate list
  const splits = new Map<number, SplitCandidates>();
  const NONE: Array<[string, string]> = [];
  return {
    kind: 'paragraph',
    rules: WORD_VARIANT_RULES,
    check(p, sink) {
      const t = p.text;
      const fs = variants.firstSecond;
      const pairKeys = variants.pairKeys;
      let titles: Array<[number, number]> | undefined;
      let reported = 0;
      // the longest candidate written at i, and every right word it may stand for (one closure per paragraph)
      let i = 0;
      let v = '';
      let rights: string[] = [];
      const take = (list: ReadonlyArray<[string, string]>) => {
        for (const [x, right] of list) {
          if (x.length < v.length || !t.startsWith(x, i)) continue;
          if (x.length > v.length) rights = [];
          v = x;
          rights.push(right);
        }
      };
      for (; i + 1 < t.length && reported < MAX_PER_PARAGRAPH; i++) {
        const c0 = t.charCodeAt(i);
        const c1 = t.charCodeAt(i + 1);
        if (!(fs[c0]! & 1) || !(fs[c1]! & 2) || !hasPair(pairKeys, c0, c1)) continue;
        const key = c0 * 65536 + c1;
        const cands = variants.byPair.get(key);
        if (!cands) continue;
        v = '';
        if (cands.length < SPLIT_FROM) take(cands);
        else {
          let sp = splits.get(key);
          if (!sp) splits.set(key, (sp = splitCandidates(cands)));
          take(sp.short);
          if (i + 2 < t.length) take(sp.byThird.get(t.charCodeAt(i + 2)) ?? NONE);
        }
        if (!v) continue;
        const end = i + v.length;
        if (i > 0 && isHanAt(t, i - 1) && variants.before.get(v[0]!)?.includes(t[i - 1]!)) continue;
        if (isHanAt(t, end) && variants.after.get(v[v.length - 1]!)?.includes(t[end]!)) continue;
        titles ??= bookTitles(t);
        if (titles.some(([a, b]) => a < i && end < b)) continue;
        if (p.quotes.some((s) => s.start < i && end < s.end && s.end - s.start - 2 <= SHORT_QUOTE)) continue;
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
