/**
 * 法律名称写错 — a national law cited in book-title marks with one character wrong: 《中华人民共和国义物教育法》,
 * 《中华人民共和国民法点》, 《未成年人保户法》. 普法 posts and notices cite laws constantly, and a law's name is a fact:
 * the list (rule-data.json `laws`) holds the short names of the laws in force; a title is read with or without the
 * 中华人民共和国 before it and without a trailing （草案） or （2018年修正）.
 *
 * A title is reported when it is no listed law but one character away from exactly one: one replaced (any character,
 * in a name of four or more, or in 民法典), dropped or added, where the listed law ends in 法 or 法典 and the title keeps at least
 * three characters. Titles of other things (a book, a foreign law one edit from none) are left alone. Since round 37 the
 * State Council's administrative regulations too (`laws.regulations`: 《工伤保险条列》 → 工伤保险条例, 《中华人民共和国道路
 * 交通安全法实施条列》), where the title has six characters or more or ends as the regulation does.
 * Severity `warn`.
 */
import type { ParagraphRule, RuleMeta } from '../engine/rule';
import { bookTitles, MAX_PER_PARAGRAPH, q } from './util-text';

export const LAW_NAME_RULES: RuleMeta[] = [
  {
    id: 'typo.law-name',
    category: 'typo',
    severity: 'warn',
    title: '法律名称写错',
    message: '{text}疑为{suggestion}之误。',
    source:
      '全国人大常委会公布的现行法律名称（见 dictionaries/rule-data.json laws）；政府网站与政务新媒体检查指标（错别字）',
    note: '书名号内的法律名称与一部现行法律只差一个字（错字、漏字、多字）时提示；2025 年 4 月以后新制定或更名的法律未收入名单。',
  },
];

const PREFIX = '中华人民共和国';
/** A trailing parenthesis: （草案）, （2018年修正）, （试行）. */
const TRAILER = /[（(][^（）()]*[）)]$/;

export function createLawNameRule(laws: readonly string[], regulations: readonly string[] = []): ParagraphRule {
  const known = new Set([...laws, ...regulations]);
  const regulation = new Set(regulations);
  const byLength = new Map<number, string[]>();
  for (const l of [...laws.filter((x) => /法典?$/.test(x)), ...regulations])
    (byLength.get(l.length) ?? byLength.set(l.length, []).get(l.length)!).push(l);
  /** The one listed law or regulation one edit from `core`, if exactly one. */
  const near = (core: string): string | undefined => {
    const hits = new Set<string>();
    for (const len of [core.length - 1, core.length, core.length + 1]) {
      for (const law of byLength.get(len) ?? []) if (oneEdit(core, law)) hits.add(law);
    }
    return hits.size === 1 ? [...hits][0] : undefined;
  };
  return {
    kind: 'paragraph',
    rules: LAW_NAME_RULES,
    check(p, sink) {
      const t = p.text;
      if (!t.includes('《') || !laws.length) return;
      let n = 0;
      for (const [open, close] of bookTitles(t)) {
        const start = open + 1;
        let title = t.slice(start, close - 1);
        title = title.replace(TRAILER, '');
        const prefixed = title.startsWith(PREFIX);
        const core = prefixed ? title.slice(PREFIX.length) : title;
        if (core.length < 3 || known.has(core) || !/^[\u4e00-\u9fff]+$/.test(core)) continue;
        // a title that does not end like a law needs the prefix (《中华人民共和国义务教育发》); a regulation's, a name of
        // six characters or more, or its last two characters (《工伤保险条列》, 《信访条理》 are no other title one
        // would cite: a local regulation or a book has a longer name)
        const law = near(core);
        if (!law) continue;
        if (regulation.has(law) ? core.length < 6 && !core.endsWith(law.slice(-2)) : !/法典?$/.test(core) && !prefixed)
          continue;
        // a character before a regulation's name is a local one's (《市物业管理条例》: the city's own)
        if (regulation.has(law) && core.length === law.length + 1 && core.endsWith(law)) continue;
        if (n++ >= MAX_PER_PARAGRAPH) return;
        const right = (prefixed ? PREFIX : '') + law;
        sink.report({
          ruleId: 'typo.law-name',
          start,
          end: start + title.length,
          suggestions: [right],
          message: `${q(title)}疑为${q(right)}之误：现行${regulation.has(law) ? '行政法规' : '法律'}中没有${q(title)}。`,
        });
      }
    },
  };
}

/** Whether a and b differ by one replaced (b at least four long, or a 法典), dropped or added character. */
function oneEdit(a: string, b: string): boolean {
  if (a === b) return false;
  if (a.length === b.length) {
    // three-character names are one edit from each other too often (计划法, 计量法): only 民法典's
    if (b.length < 4 && !b.endsWith('法典')) return false;
    let diff = 0;
    for (let i = 0; i < a.length; i++) if (a[i] !== b[i] && ++diff > 1) return false;
    return diff === 1;
  }
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  if (long.length - short.length !== 1) return false;
  let i = 0;
  while (i < short.length && short[i] === long[i]) i++;
  return short.slice(i) === long.slice(i + 1);
}
