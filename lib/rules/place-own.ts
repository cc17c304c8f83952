/**
 * 本地地名写成形近、音近的另一个地名 — the account's own county or city written one look-alike or sound-alike
 * character off, as another real place's stem with a level it does not have: 泌阳县人民政府's draft writing 沁阳县
 * (沁阳 is a city, 沁阳市; there is no 沁阳县). The place-name rules leave it alone: 沁阳 is a real stem, so it is no
 * misspelling of a name, and 沁阳县 follows no province that would show the level wrong.
 *
 * The account's own divisions are those whose stem (two to four characters) the author line names (泌阳县人民政府,
 * 酉阳规自局, 婺源文旅: a stem with one division only, or the full name written). A slip is a window of the stem's length right before
 * the own division's level character (县, 市, 区, 旗) that differs from the stem in one character, by a look-alike or a
 * same-reading one (tones aside), where the window is another division's stem and the window with that level is no
 * division at all. Two real places that merely look alike (彬州市 and 郴州市) are never reported: the written one must
 * not exist.
 */
import type { CharSimilarity } from '../engine/near/similar';
import { SOUND_TONELESS } from '../engine/near/similar';
import type { DocumentRule, RuleMeta } from '../engine/rule';
import type { Field } from '../engine/types';
import type { Division } from './places';
import { q } from './util-text';

export const PLACE_OWN_RULES: RuleMeta[] = [
  {
    id: 'typo.place-own',
    category: 'typo',
    severity: 'warn',
    title: '本地地名疑似写错',
    message: '{text}疑为{suggestion}之误：没有这个地方，稿件的发布单位是{suggestion}。',
    source:
      '国家统计局2023年统计用区划代码（GB/T 2260 县级以上行政区划）；政府网站与政务新媒体检查指标（严重表述错误：地名错误）',
    note: '发布单位（作者栏）或稿件中写明的本地县、市名称，在稿件别处错成形近或同音的另一个地名、且该地名配这一级别并不存在时提示（泌阳县 → 沁阳县：沁阳是市）。',
  },
];

/** Level characters a county-level or prefecture-level name ends with, and that another stem may lack. */
const LEVELS = '县市区旗';
const FIELDS: readonly Field[] = ['title', 'digest', 'body', 'caption'];
const HAN = /^[\u4e00-\u9fff]+$/;

export function createPlaceOwnRule(divisions: readonly Division[], sim: CharSimilarity): DocumentRule {
  /** Every division name, and the county- and prefecture-level ones by stem (泌阳 → 泌阳县); built at first use. */
  let index: { names: Set<string>; stems: Map<string, string[]> } | undefined;
  const build = () => {
    const names = new Set<string>();
    const stems = new Map<string, string[]>();
    for (const d of divisions) {
      names.add(d.name);
      const level = d.name[d.name.length - 1]!;
      if (!LEVELS.includes(level) || d.name.length < 3 || /(?:自治|地区|林区|新区)/.test(d.name.slice(-3))) continue;
      const stem = d.name.slice(0, -1);
      if (!HAN.test(stem)) continue;
      (stems.get(stem) ?? stems.set(stem, []).get(stem)!).push(d.name);
    }
    return { names, stems };
  };
  /** The own divisions (full names) the author line names by stem (泌阳县人民政府, 酉阳规自局, 婺源文旅). */
  const ownOf = (author: string): string[] => {
    index ??= build();
    const own: string[] = [];
    for (let i = 0; i + 2 <= author.length; i++) {
      for (let n = 2; n <= 4 && i + n <= author.length; n++) {
        const full = index.stems.get(author.slice(i, i + n));
        if (!full) continue;
        // 泌阳县人民政府 names 泌阳县; 酉阳规自局 names 酉阳's only division
        const named = full.filter((x) => author.startsWith(x, i));
        for (const x of named.length ? named : full.length === 1 ? full : []) if (!own.includes(x)) own.push(x);
      }
    }
    return own;
  };
  return {
    kind: 'document',
    rules: PLACE_OWN_RULES,
    check({ draft }, report) {
      const author = draft.author ?? '';
      if (author.length < 2) return;
      const texts = FIELDS.map((f) => draft[f] ?? '');
      const own = ownOf(author);
      if (!own.length) return;
      const ix = index!;
      FIELDS.forEach((field, k) => {
        const t = texts[k]!;
        for (const right of own) {
          const level = right[right.length - 1]!;
          const stem = right.slice(0, -1);
          const L = stem.length;
          for (let at = t.indexOf(level, L); at >= 0; at = t.indexOf(level, at + 1)) {
            const w = t.slice(at - L, at);
            if (w === stem || !ix.stems.has(w) || ix.names.has(w + level)) continue;
            let diff = -1;
            for (let i = 0; i < L; i++) {
              if (w[i] === stem[i]) continue;
              if (diff >= 0) {
                diff = -2;
                break;
              }
              diff = i;
            }
            if (diff < 0) continue;
            const a = stem[diff]!;
            const b = w[diff]!;
            if (!sim.shape(a, b) && sim.sound(a, b) < SOUND_TONELESS) continue;
            report({
              ruleId: 'typo.place-own',
              field,
              start: at - L,
              end: at + 1,
              suggestions: [right],
              message: `${q(w + level)}疑为${q(right)}之误：没有${q(w + level)}（${ix.stems.get(w)!.join('、')}），稿件的发布单位是${right}。`,
            });
          }
        }
      });
    },
  };
}
