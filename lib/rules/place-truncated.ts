/**
 * 地名缺字 — a city or a county named by one character after a verb of going (调研组赴金市开展调研: 金昌市 or 金华市
 * with a character dropped; 赴肥县: 肥东县 or 肥西县). No city of China has a one-character name, and a one-character
 * county (丰县, 歙县) is in the division table, so one character and 市 or 县 right after 赴, 前往, 抵达, 来到 or 到, or
 * standing alone (after punctuation or at the start) before a body of its own (来源：金市人民政府), is a truncated name when it is no division, the two are no word (超市, 夜市, 股市 are) and the character is part of the
 * name of some city (or county) of the table; the places that hold it are the suggestions.
 *
 * Not reported: a determiner, number or direction before the suffix (赴本市, 到各市, 赴邻县, 到南市区 …), the suffix
 * starting a word (市场, 市民, 市委, 县城, 县委 …), and a character no such name holds.
 */
import type { ParagraphRule, RuleMeta } from '../engine/rule';
import { BODY_AFTER, type Division } from './places';
import { isHanCode, MAX_PER_PARAGRAPH, q } from './util-text';
import type { WordFreq } from './word-likelihood';

export const PLACE_TRUNCATED_RULES: RuleMeta[] = [
  {
    id: 'typo.place-truncated',
    category: 'typo',
    severity: 'warn',
    title: '城市或县名称疑缺字',
    message: '{text}疑为城市或县名称缺字。',
    source:
      '国家统计局2023年统计用区划代码（GB/T 2260 县级以上行政区划：没有一个字的城市名称）；政府网站与政务新媒体检查指标（严重表述错误）',
  },
];

/** Verbs of going right before the name. */
const GOING = /(?:赴|前往|抵达|来到|到)$/;
/** Characters before 市 that make no name: determiners, numbers, directions, levels. */
const NOT_NAME = new Set(
  '本该全各我外邻省市县区城乡州同此其每这那某一二三四五六七八九十两几新老大小中东南西北上下内'.split(''),
);
/** Characters after the suffix that start a word with it (市场, 市民, 县城 …): it is no suffix there. */
const WORD_AFTER: Record<string, Set<string>> = {
  市: new Set('场民委政级区长里内中县属直辖容貌面值价况井郊'.split('')),
  县: new Set('城委政级区长里内域乡镇属直志治份令官丞衙府党团'.split('')),
};
const SUFFIXES = ['市', '县'] as const;
/** Prepositions and verbs that stand before a body (经县人民政府同意, 报市人民政府批准, 由县公安局): no name. */
const BEFORE_BODY = new Set('经由在按据向对为与和及请报从自往至给跟被把将以凭依照受令呈送交'.split(''));
/** Most cities suggested. */
const MAX_SUGGESTIONS = 4;

export function createPlaceTruncatedRule(divisions: readonly Division[], words?: WordFreq): ParagraphRule {
  // cities (names ending in 市) and counties (县) by each character of their name without the suffix
  const byChar: Record<string, Map<string, string[]>> = { 市: new Map(), 县: new Map() };
  const names = new Set(divisions.map((d) => d.name));
  for (const d of divisions) {
    const suffix = d.name.slice(-1);
    const index = byChar[suffix];
    if (!index || (suffix === '县' && d.name.endsWith('自治县'))) continue;
    const core = d.name.slice(0, -1);
    if (core.length < 2) continue;
    for (const c of new Set(core)) {
      const l = index.get(c) ?? [];
      if (!l.includes(d.name)) l.push(d.name);
      index.set(c, l);
    }
  }
  return {
    kind: 'paragraph',
    rules: PLACE_TRUNCATED_RULES,
    check(p, sink) {
      const t = p.text;
      let reported = 0;
      for (const suffix of SUFFIXES) {
        const unit = suffix.charCodeAt(0);
        for (let j = t.indexOf(suffix, 1); j >= 0 && reported < MAX_PER_PARAGRAPH; j = t.indexOf(suffix, j + 1)) {
          const x = t[j - 1]!;
          if (!isHanCode(x.charCodeAt(0)) || NOT_NAME.has(x) || WORD_AFTER[suffix]!.has(t[j + 1] ?? '')) continue;
          // after a verb of going, or alone before its own body (来源：金市人民政府, 【山县融媒体中心】)
          const alone = (j < 2 || !isHanCode(t.charCodeAt(j - 2))) && !BEFORE_BODY.has(x);
          if (!GOING.test(t.slice(Math.max(0, j - 3), j - 1)) && !(alone && BODY_AFTER.test(t.slice(j + 1, j + 9))))
            continue;
          const places = byChar[suffix]!.get(x);
          if (!places || names.has(x + suffix)) continue;
          if (words?.count([x.charCodeAt(0), unit], 0, 2) !== undefined) continue; // 超市, 夜市: a word
          const shown = places.slice(0, MAX_SUGGESTIONS);
          sink.report({
            ruleId: 'typo.place-truncated',
            start: j - 1,
            end: j + 1,
            suggestions: shown,
            message: `${q(x + suffix)}疑为${suffix === '市' ? '城市' : '县'}名称缺字（如${shown.join('、')}），请核对。`,
          });
          reported++;
        }
      }
    },
  };
}
