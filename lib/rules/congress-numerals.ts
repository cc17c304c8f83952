import type { ParagraphRule, RuleMeta } from '../engine/rule';
import { chineseNumber } from './cn-numerals';
import { MAX_PER_PARAGRAPH, matchesOf } from './util-text';

/**
 * Ordinals of party congresses, plenary sessions and five-year plans written in Arabic digits (党的20大, 20届3中全会,
 * 中国共产党第20次全国代表大会, 14五规划): fixed political terms take Chinese numerals (党的二十大, 二十届三中全会,
 * “十四五”规划). Any number, not a list of terms.
 */
export const CONGRESS_NUMERAL_RULES: RuleMeta[] = [
  {
    id: 'formulation.congress-numerals',
    category: 'formulation',
    severity: 'warn',
    title: '届次用阿拉伯数字',
    message: '“{text}”是固定的政治术语，届次、规划序号应使用汉字数字。',
    source:
      '《出版物上数字用法》（GB/T 15835—2011）5.2.1：数字作为词素构成定型的词、词组、惯用语、缩略语等，应使用汉字数字；新华社及党和国家文件的规范写法（党的二十大、二十届三中全会、“十四五”规划）',
  },
];

const DIGITS = '[0-9０-９]';
/** Each shape and the groups (digits) to spell in Chinese. */
const SHAPES = new RegExp(
  [
    `党的(${DIGITS}{1,2})大`,
    `(${DIGITS}{1,2})届(${DIGITS})中全会`,
    `第(${DIGITS}{1,2})次全国代表大会`,
    `(?<![0-9０-９])(${DIGITS}{2})五(?=规划|时期|期间|”|"|末|初)`,
  ].join('|'),
  'g',
);
const toNumber = (digits: string) => Number(digits.replace(/[０-９]/g, (d) => String(d.charCodeAt(0) - 0xff10)));

export function createCongressNumeralRule(): ParagraphRule {
  return {
    kind: 'paragraph',
    rules: CONGRESS_NUMERAL_RULES,
    check(p, sink) {
      const t = p.text;
      // cheap gate: every shape has one of these characters
      if (!/[大会五]/.test(t) || !/[0-9０-９]/.test(t)) return;
      let n = 0;
      for (const m of matchesOf(SHAPES, t)) {
        if (n++ >= MAX_PER_PARAGRAPH) return;
        let i = 0;
        const fixed = m[0].replace(/[0-9０-９]+/g, () => {
          const g = m.slice(1).filter((x) => x !== undefined)[i++]!;
          return chineseNumber(toNumber(g));
        });
        if (fixed === m[0]) continue;
        sink.report({
          ruleId: 'formulation.congress-numerals',
          start: m.index,
          end: m.index + m[0].length,
          suggestions: [fixed],
        });
      }
    },
  };
}
