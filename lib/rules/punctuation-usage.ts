import type { ParagraphRule, RuleMeta } from '../engine/rule';
import { MAX_PER_PARAGRAPH, matchesOf } from './util-text';

/**
 * 标点用法 (library pass): misuses GB/T 15834—2011 names, each in a shape with one reading only.
 *
 * - `punctuation.approx-number` (info): two adjacent numerals giving an estimate, split by a 顿号 (三、四天, 七、八十人 →
 *   三四天, 七八十人; 4.5.3.5: 相邻或相近两数字连用表示概数通常不用顿号). Not a list of three or more (一、二、三等奖),
 *   nor ordinals (第三、四季度), nor numerals that do not follow each other (一、三、五), nor grades, months or floors
 *   (三、四年级, 五、六月份: two of them, not an estimate).
 * - `punctuation.serial-mark` (warn): a 顿号 after a serial number in brackets ((一)、, （1）、 → （一）, （1）; 4.5.3.4
 *   and 公文 practice: a bracketed number takes no further mark), and a Chinese-numeral serial closed by a dot (一. →
 *   一、).
 * - `punctuation.ellipsis-deng` (warn): 省略号 together with 等 or 等等 (……等, 等等……; 4.11.3.3: 不宜与“等”“等等”同用).
 *
 * Measured and dropped (2026-12-07): a 顿号 before 和/及 joining a list's last item (A、B、和C) — most hits were words
 * that start with the conjunction's character (和衷共济, 和平共处, 和静县, 及时).
 */
const SOURCE = 'GB/T 15834—2011《标点符号用法》';

export const PUNCTUATION_USAGE_RULES: RuleMeta[] = [
  {
    id: 'punctuation.approx-number',
    category: 'punctuation',
    // a hint: the standard says 通常不用, and reports before it (1955, 1983) write 四、五十年 throughout
    severity: 'info',
    title: '概数中间用了顿号',
    message: '“{text}”是相邻两数连用表示的概数，中间不用顿号。',
    source: `${SOURCE} 4.5.3.5`,
  },
  {
    id: 'punctuation.serial-mark',
    category: 'punctuation',
    severity: 'warn',
    title: '序号后的标点不当',
    message: '“{text}”：带括号的序号后不再加顿号，汉字序号后用顿号而不用圆点。',
    source: `${SOURCE} 4.5.3.4；《党政机关公文格式》（GB/T 9704—2012）7.3.3 结构层次序数`,
  },
  {
    id: 'punctuation.ellipsis-deng',
    category: 'punctuation',
    severity: 'warn',
    title: '省略号与“等”同用',
    message: '“{text}”中省略号与“等”“等等”意思重复，二者只用其一。',
    source: `${SOURCE} 4.11.3.3`,
  },
];

const NUMERALS = '一二三四五六七八九';
/** 三、四天, 七、八十人, 五、六个: two numerals one apart, then a unit, a measure word or a tens/hundreds digit. */
const APPROX = new RegExp(
  `(?<![第${NUMERALS}十百千、])([${NUMERALS}])、([${NUMERALS}])(?=十|百|千|万|亿|成|倍|[个天人名岁次位户家辆台份周遍米里斤吨元件]|年(?!级)|小时|分钟|公里|公斤)`,
  'g',
);
/** （一）、 (1)、 （1）、 and 一. at a paragraph's or sentence's start. */
const SERIAL =
  /[（(](?:[一二三四五六七八九十]{1,3}|[0-9]{1,2})[）)]、|(?<=^|[。！？；\n\s])[一二三四五六七八九十]{1,3}[.．](?=[\u4e00-\u9fff])/g;
/** ……等 (not the verb: ……等了很久), 等…… */
const ELLIPSIS_DENG = /……等等?(?![了着过待候到])|等等?……/g;

export function createPunctuationUsageRule(): ParagraphRule {
  return {
    kind: 'paragraph',
    rules: PUNCTUATION_USAGE_RULES,
    check(p, sink) {
      const t = p.text;
      let n = 0;
      const report = (ruleId: string, start: number, end: number, fix: string) => {
        if (n++ >= MAX_PER_PARAGRAPH) return;
        sink.report({ ruleId, start, end, suggestions: [fix] });
      };
      if (t.includes('、')) {
        for (const m of matchesOf(APPROX, t)) {
          // the two numerals follow each other (三、四; not 一、三), and no list goes on after them (一、二、三)
          if (NUMERALS.indexOf(m[2]!) - NUMERALS.indexOf(m[1]!) !== 1) continue;
          report('punctuation.approx-number', m.index, m.index + 3, m[1]! + m[2]!);
        }
      }
      if (/[、.．]/.test(t)) {
        for (const m of matchesOf(SERIAL, t)) {
          const s = m[0];
          const fix = s.endsWith('、') ? s.slice(0, -1) : `${s.slice(0, -1)}、`;
          report('punctuation.serial-mark', m.index, m.index + s.length, fix);
        }
      }
      if (t.includes('……')) {
        for (const m of matchesOf(ELLIPSIS_DENG, t)) {
          const s = m[0];
          report('punctuation.ellipsis-deng', m.index, m.index + s.length, s.replace(/……/, ''));
        }
      }
    },
  };
}
