/**
 * 固定搭配中的别字 — a common word of official prose written with one character swapped for a sound-alike or
 * look-alike that is a common word of its own (大中城是基础设施 for 城市, 切是加以解决 for 切实, 挪用项目资进 for 资金),
 * judged by the words the right one is written next to in real official prose.
 *
 * Such a slip is two single-character words meeting, so the word tables cannot list it and the word-likelihood rule
 * weighs it too weakly (both characters are frequent alone). The generated table (collocation-slips-data.ts,
 * scripts/build-collocation-slips.ts) lists, for about 1,500 common words, the slips that are no word and never
 * occur in the even-year government work reports or the gov.cn texts, with the words seen right before and right
 * after the word there. A slip is reported when one of those collocates stands right next to it: 大中 + 城是,
 * 城是 + 基础. A slip those texts do write, at most three times (稳是 in 稳是大局), is listed apart and read as strictly
 * as a function character, never by a collocate seen right next to it there (长期 + 稳是 → 稳定). Measured on text the table was not made from (the odd-year work reports, the public spelling-correction
 * sets' correct sentences and every eval set): see test/eval/results/2026-12-06-round26.md. The finding is a
 * fallback: a listed rule's finding on the same text wins.
 */

import type { ParagraphRule, RuleMeta } from '../engine/rule';
import { entryOf, listedSlips, type Slip, writtenSlips } from './collocation-table';
import { bookTitles, inBookTitle, inShortQuote, isHanCode, MAX_PER_PARAGRAPH, q, unitBuffer } from './util-text';
import { FUNCTION_FREQ, SURNAMES, type WordFreq } from './word-likelihood';

export const COLLOCATION_SLIP_RULES: RuleMeta[] = [
  {
    id: 'typo.collocation',
    category: 'typo',
    severity: 'warn',
    title: '固定搭配中的别字',
    message: '{text}疑有别字，请核对。',
    source:
      '政府网站与政务新媒体检查指标（错别字）；搭配取自历年政府工作报告（偶数年，公有领域），词频取自 jieba 词典（MIT）',
    note: '常用词的一个字被写成读音相同（不计声调）或字形相近的另一个常用字、两个字各自成词时，按政府工作报告中这个词前后常见的搭配判断（大中城是基础设施 → 城市）。书名号和短引号内不提示。',
  },
];

/**
 * The rule, with the word table: a slip's character that makes a word with its other neighbour belongs to that word
 * (布局有, 安全提供: 局 and 提 are 布局's and 提供's), and a surname after 老 or 小 starts a name (老郭家).
 */
export function createCollocationSlipRule(words: WordFreq): ParagraphRule {
  /** The slip's first character ends a word begun before it, or its second starts one (布局有, 家长群中, 安全提供). */
  const partOfWord = (u: Uint16Array, i: number, n: number): boolean =>
    (i > 0 && words.has(u, i - 1, i + 1)) ||
    (i > 1 && words.has(u, i - 2, i + 1)) ||
    (i + 3 <= n && words.has(u, i + 1, i + 3)) ||
    (i + 4 <= n && words.has(u, i + 1, i + 4));
  const unitsOf = unitBuffer();
  return {
    kind: 'paragraph',
    rules: COLLOCATION_SLIP_RULES,
    check(p, sink) {
      const t = p.text;
      let reported = 0;
      let titles: Array<[number, number]> | undefined;
      let u: Uint16Array | undefined;
      for (let i = 0; i + 1 < t.length && reported < MAX_PER_PARAGRAPH; i++) {
        const a = t.charCodeAt(i);
        if (!isHanCode(a)) continue;
        const k = (a * 65536 + t.charCodeAt(i + 1)) >>> 0;
        const list = listedSlips(k);
        const written = writtenSlips(k);
        if (!list.length && !written) continue;
        const before = i >= 2 && isHanCode(t.charCodeAt(i - 2)) ? t.slice(i - 2, i) : '';
        const after = i + 4 <= t.length && isHanCode(t.charCodeAt(i + 3)) ? t.slice(i + 2, i + 4) : '';
        u ??= unitsOf(t);
        // a function character written in (愿以, 城是) reads as a word of its own more easily: both collocates, or a
        // strong one, then
        const both = (words.unit(a) ?? 0) >= FUNCTION_FREQ || (words.unit(u[i + 1]!) ?? 0) >= FUNCTION_FREQ;
        const strict = (s: Slip, b: string, f: string) =>
          (b && s.before.has(b) && f && s.after.has(f)) || s.strongBefore.has(b) || s.strongAfter.has(f);
        let hit = list.find((s) =>
          both ? strict(s, before, after) : (before && s.before.has(before)) || (after && s.after.has(after)),
        );
        // a slip the corpus writes itself: as strictly as a function character, never by a collocate seen next to it
        if (!hit && written)
          for (const g of written) {
            const s = entryOf(g.row);
            if (strict(s, g.badBefore.includes(before) ? '' : before, g.badAfter.includes(after) ? '' : after)) {
              hit = s;
              break;
            }
          }
        if (!hit) continue;
        if (partOfWord(u, i, t.length)) continue;
        if (SURNAMES.has(a) && (t[i - 1] === '老' || t[i - 1] === '小')) continue;
        titles ??= bookTitles(t);
        if (inBookTitle(titles, i, i + 2) || inShortQuote(p.quotes, i, i + 2)) continue;
        sink.report({
          ruleId: 'typo.collocation',
          start: i,
          end: i + 2,
          suggestions: [hit.right],
          message: `${q(t.slice(i, i + 2))}疑为${q(hit.right)}之误（同音或形近字），请核对。`,
          fallback: true,
        });
        reported++;
        i++;
      }
    },
  };
}
