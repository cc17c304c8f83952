/**
 * A division named with the wrong level right after its own province or city: 郑州市金水县 (金水区), 陕西省汉中县
 * (汉中市). The stem is right and the suffix says another level; that is a slip only where the province or city named
 * just before has a division of that stem with another suffix and none with this one (辽宁省朝阳县 is right: 朝阳县
 * is in 辽宁省 beside 朝阳市). A former name (原番禺县, 撤县设区前的…) is history, not a slip.
 *
 * Counties become cities and districts, and cities become districts, every year (广西壮族自治区平果县 in a 2018
 * text is 平果市 since 2019): a name one of those steps behind the current one (县 for 市 or 区, 市 for 区) may be
 * an older text's name and is only a note; the other way round (区 or 市 for a 县, 区 for a 市) is a slip.
 */
import type { ParagraphRule, RuleMeta } from '../engine/rule';
import type { Division } from './places';
import { MAX_PER_PARAGRAPH, q } from './util-text';

export const PLACE_LEVEL_RULES: RuleMeta[] = [
  {
    id: 'typo.place-level',
    category: 'typo',
    severity: 'warn',
    title: '行政区划级别疑似写错',
    message: '{text}与前面的省、市不符：该地是{suggestion}。',
    source:
      '国家统计局2023年统计用区划代码（GB/T 2260 县级以上行政区划）；政府网站与政务新媒体检查指标（严重表述错误）',
  },
];

/** One-character level suffixes that are swapped for one another (自治县, 地区 … are left alone). */
const LEVELS = '区县市旗';
/** Before the written name: it is a former name (原番禺县). */
const FORMER = '原旧前';

interface Wrong {
  /** Full and short names of the province or city the written name must follow. */
  parents: readonly string[];
  /** The right names (one stem may be two divisions: 朝阳市 and 朝阳县 of 辽宁省). */
  right: string[];
}

export function createPlaceLevelRule(divisions: readonly Division[]): ParagraphRule {
  const byCode = new Map(divisions.map((d) => [d.code, d.name]));
  /** The province and, for a county, the prefecture above a division (codes: PP0000, PPCC00, PPCCXX). */
  const ancestors = (code: string): string[] => {
    const out: string[] = [];
    if (code.endsWith('0000')) return out;
    const province = byCode.get(`${code.slice(0, 2)}0000`);
    if (!code.endsWith('00')) {
      const city = byCode.get(`${code.slice(0, 4)}00`);
      if (city) out.push(city);
    }
    if (province) out.push(province);
    return out;
  };
  /** Every division under each province or city (by name), for "is stem + this suffix there at all". */
  const under = new Map<string, Set<string>>();
  for (const d of divisions)
    for (const a of ancestors(d.code)) (under.get(a) ?? under.set(a, new Set()).get(a)!).add(d.name);
  /** Written name (stem + another suffix) → the parents it is a slip under, and the right names. */
  const wrong = new Map<string, Map<string, string[]>>();
  for (const d of divisions) {
    const suffix = d.name[d.name.length - 1]!;
    if (!LEVELS.includes(suffix) || /(?:自治|地区|林区|新区)/.test(d.name.slice(-3))) continue;
    const stem = d.name.slice(0, -1);
    if (stem.length < 2) continue;
    for (const other of LEVELS) {
      if (other === suffix) continue;
      const written = stem + other;
      for (const parent of ancestors(d.code)) {
        if (under.get(parent)?.has(written)) continue;
        const byParent = wrong.get(written) ?? wrong.set(written, new Map()).get(written)!;
        const right = byParent.get(parent) ?? byParent.set(parent, []).get(parent)!;
        if (!right.includes(d.name)) right.push(d.name);
      }
    }
  }
  /** Parent names as written before the slip: full, and the stem of two characters or more (陕西 for 陕西省). */
  const parentForms = (parent: string): string[] => {
    const stem = parent.replace(/(?:维吾尔|壮族|回族)?自治区$|[省市]$/, '');
    return stem.length >= 2 && stem !== parent ? [parent, stem] : [parent];
  };
  const lookup = new Map<string, Wrong[]>();
  for (const [written, byParent] of wrong) {
    lookup.set(
      written,
      [...byParent].map(([parent, right]) => ({ parents: parentForms(parent), right })),
    );
  }
  const levelChar = new Uint8Array(65536);
  for (const c of LEVELS) levelChar[c.charCodeAt(0)] = 1;

  return {
    kind: 'paragraph',
    rules: PLACE_LEVEL_RULES,
    check(p, sink) {
      const t = p.text;
      let n = 0;
      for (let e = 2; e < t.length; e++) {
        if (!levelChar[t.charCodeAt(e)]) continue;
        for (let len = 3; len <= 6 && e - len + 1 >= 0; len++) {
          const s = e - len + 1;
          const cands = lookup.get(t.slice(s, e + 1));
          if (!cands) continue;
          if (FORMER.includes(t[s - 1] ?? '') || p.isQuoted(s, e + 1)) break;
          const hit = cands.find((c) => c.parents.some((pn) => s >= pn.length && t.startsWith(pn, s - pn.length)));
          if (!hit) break;
          const written = t[e]!;
          const former = hit.right.some((r) => (written === '县' && r.endsWith('市')) || r.endsWith('区'));
          sink.report({
            ruleId: 'typo.place-level',
            start: s,
            end: e + 1,
            ...(former ? { severity: 'info' as const } : {}),
            suggestions: hit.right,
            message: `${q(t.slice(s, e + 1))}与前面的省、市不符：该地是${hit.right.map(q).join('或')}${former ? '（若是旧称，请核对是否应写现名）' : ''}。`,
          });
          if (++n >= MAX_PER_PARAGRAPH) return;
          break;
        }
      }
    },
  };
}
