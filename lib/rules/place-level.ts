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

/** Full and short names of a province or city as written before one of its divisions (陕西省, 陕西). */
function parentForms(parent: string): string[] {
  const stem = parent.replace(/(?:维吾尔|壮族|回族)?自治区$|[省市]$/, '');
  return stem.length >= 2 && stem !== parent ? [parent, stem] : [parent];
}

export function createPlaceLevelRule(divisions: readonly Division[]): ParagraphRule {
  // Two small indexes, built in a few ms; everything else is worked out at the few places a level suffix follows
  // a province's or city's name.
  const byCode = new Map(divisions.map((d) => [d.code, d.name]));
  const codesByName = new Map<string, string[]>();
  /** Divisions ending in one of LEVELS by their stem (朝阳 → 朝阳区, 朝阳市, 朝阳县). */
  const byStem = new Map<string, Division[]>();
  for (const d of divisions) {
    (codesByName.get(d.name) ?? codesByName.set(d.name, []).get(d.name)!).push(d.code);
    const suffix = d.name[d.name.length - 1]!;
    if (!LEVELS.includes(suffix) || /(?:自治|地区|林区|新区)/.test(d.name.slice(-3)) || d.name.length < 3) continue;
    const stem = d.name.slice(0, -1);
    (byStem.get(stem) ?? byStem.set(stem, []).get(stem)!).push(d);
  }
  /** The prefecture (for a county) and the province above a division, as [code prefix, name]. */
  const ancestors = (code: string): Array<[string, string]> => {
    const out: Array<[string, string]> = [];
    if (code.endsWith('0000')) return out;
    if (!code.endsWith('00')) {
      const city = byCode.get(`${code.slice(0, 4)}00`);
      if (city) out.push([code.slice(0, 4), city]);
    }
    const province = byCode.get(`${code.slice(0, 2)}0000`);
    if (province) out.push([code.slice(0, 2), province]);
    return out;
  };
  /** The right names of `written` after the text up to `s`, or undefined when it is no slip there. */
  const slipOf = (t: string, s: number, written: string): string[] | undefined => {
    const cands = byStem.get(written.slice(0, -1));
    if (!cands) return undefined;
    const right: string[] = [];
    for (const d of cands) {
      if (d.name === written) continue;
      for (const [prefix, parent] of ancestors(d.code)) {
        if (!parentForms(parent).some((pn) => s >= pn.length && t.startsWith(pn, s - pn.length))) continue;
        // that level of the stem exists in the same province or city (辽宁省朝阳县 beside 朝阳市)
        if (codesByName.get(written)?.some((c) => c.startsWith(prefix))) return undefined;
        if (!right.includes(d.name)) right.push(d.name);
      }
    }
    return right.length ? right : undefined;
  };
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
          const right = slipOf(t, s, t.slice(s, e + 1));
          if (!right) continue;
          if (FORMER.includes(t[s - 1] ?? '') || p.isQuoted(s, e + 1)) break;
          const written = t[e]!;
          const former = right.some((r) => (written === '县' && r.endsWith('市')) || r.endsWith('区'));
          sink.report({
            ruleId: 'typo.place-level',
            start: s,
            end: e + 1,
            ...(former ? { severity: 'info' as const } : {}),
            suggestions: right,
            message: `${q(t.slice(s, e + 1))}与前面的省、市不符：该地是${right.map(q).join('或')}${former ? '（若是旧称，请核对是否应写现名）' : ''}。`,
          });
          if (++n >= MAX_PER_PARAGRAPH) return;
          break;
        }
      }
    },
  };
}
