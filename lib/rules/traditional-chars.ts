/**
 * 繁体字混入 — a traditional character in simplified text (缴纳个人所得稅, 人身和財产损失, 通知後二十四小时内): left by
 * copying from a traditional source or by an input method switched to traditional output. The law asks for the
 * standard characters (规范汉字) in public text, traditional ones only for relics, calligraphy and the like.
 *
 * A character is traditional when the engine's 简繁 folding (opencc's t→cn table, dictionaries/data/t2s.txt) changes
 * it to another Han character, and it is no standard character of its own (EXEMPT: 乾坤, 蒜薹, 於 as a surname).
 * The paragraph must be simplified text: at least SIMPLIFIED_PER_TRADITIONAL characters that only simplified text
 * has (们, 这, 国 …) for each traditional one. A text written in traditional throughout (a quotation from Taiwan, an old
 * document reprinted), the characters inside book titles and quotations and the third of three characters starting with a
 * common surname (a given name may keep its traditional character: 梁靖崑) are left alone.
 */

import type { ParagraphRule, RuleMeta } from '../engine/rule';
import { bookTitles, inBookTitle, isHanCode, MAX_PER_PARAGRAPH } from './util-text';
import { SURNAMES } from './word-likelihood';

export const TRADITIONAL_CHAR_RULES: RuleMeta[] = [
  {
    id: 'typo.traditional-char',
    category: 'typo',
    severity: 'warn',
    title: '繁体字混入',
    message: '“{text}”是繁体字，应写作规范汉字。',
    source:
      '《中华人民共和国国家通用语言文字法》第三条、第十七条；《通用规范汉字表》（国务院2013年公布）；繁简对照取自 OpenCC（Apache-2.0）',
    note: '简体文稿中夹杂的繁体字（多为从繁体来源复制或输入法切换所致）。通篇繁体的段落、书名号和引号内不提示；乾坤、蒜薹等规范字不提示。',
  },
];

/**
 * Characters the folding changes that are standard characters too: the 21 of them in the 通用规范汉字表 (2013, as
 * Unihan's kTGH lists its 8,105 characters; 乾坤, 於 as a surname, 蒜薹, 昇 in names, 祕鲁), and 拚 (拚命, 拚搏: written
 * so in the work reports up to the 1990s). Checked against Unihan 15 with the t2s table of round 37.
 */
const EXEMPT = '乾剋劄吒夥徵扞於昇氾祕脩苧蒐薳薹袷谿釐陞麽拚';
/** Simplified-only characters a paragraph needs for each traditional one to be read as simplified text. */
const SIMPLIFIED_PER_TRADITIONAL = 3;

/** `fold` maps a code unit to its simplified form (the engine normalizer's map). */
export function createTraditionalCharRule(fold: ArrayLike<number>): ParagraphRule {
  /** Per code unit: 1 a traditional character, 2 a character only simplified text has (made on first use). */
  let kinds: Uint8Array | undefined;
  const kindsOf = (): Uint8Array => {
    if (kinds) return kinds;
    kinds = new Uint8Array(65536);
    for (let c = 0x3400; c <= 0x9fff; c++) {
      const s = fold[c]!;
      if (s !== c && isHanCode(s)) {
        kinds[c] = 1;
        if (kinds[s] !== 1) kinds[s] = 2;
      }
    }
    for (const ch of EXEMPT) kinds[ch.charCodeAt(0)] = 0;
    return kinds;
  };
  return {
    kind: 'paragraph',
    rules: TRADITIONAL_CHAR_RULES,
    check(p, sink) {
      const t = p.text;
      const k = kindsOf();
      let traditional = 0;
      let simplified = 0;
      for (let i = 0; i < t.length; i++) {
        const kind = k[t.charCodeAt(i)];
        if (kind === 1) traditional++;
        else if (kind === 2) simplified++;
      }
      if (!traditional || simplified < SIMPLIFIED_PER_TRADITIONAL * traditional) return;
      const titles = bookTitles(t);
      let n = 0;
      for (let i = 0; i < t.length && n < MAX_PER_PARAGRAPH; i++) {
        const c = t.charCodeAt(i);
        if (k[c] !== 1 || inBookTitle(titles, i, i + 1) || p.isQuoted(i, i + 1)) continue;
        // a given name may keep its traditional character (梁靖崑)
        if (SURNAMES.has(t.charCodeAt(i - 2)) && isHanCode(t.charCodeAt(i - 1))) continue;
        const right = String.fromCharCode(fold[c]!);
        sink.report({
          ruleId: 'typo.traditional-char',
          start: i,
          end: i + 1,
          suggestions: [right],
          message: `“${t[i]}”是繁体字，应写作规范汉字“${right}”。`,
        });
        n++;
      }
    },
  };
}
