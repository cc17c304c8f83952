import type { ParagraphRule, RuleMeta } from '../engine/rule';

/**
 * 港澳台 listed as countries. 新华社《新闻报道中的禁用词》（2015）第四类第1条: 香港、澳门、台湾不得称“国家”;
 * listed together with countries they take 「（国家）和地区」. Fires on an enumeration that contains
 * 香港/澳门/台湾 and closes with “…等N个国家” (等20多个国家 too) within one clause, unless 地区 is already said.
 * A block since round 22: it denies the one-China principle and 一国两制, a 严重表述错误 however it came about; the
 * independent authors of the later evaluation sets (Q, R) rated it so.
 */
export const REGION_RULES: RuleMeta[] = [
  {
    id: 'formulation.hk-mo-tw-country',
    category: 'formulation',
    severity: 'block',
    title: '港澳台与国家并列',
    message: '香港、澳门、台湾不是国家，与国家并列时应称“国家和地区”。',
    source: '新华社《新闻报道中的禁用词》（第一批，2015年11月）四、涉及我领土、主权和港澳台第1条',
  },
];

// Bounded, backtracking-safe: one alternation, a lazy run of at most 24 characters with no sentence end.
const LISTED_AS_COUNTRIES =
  /(港澳台|港澳|香港|澳门|台湾)[^。；！？!?\n]{0,24}?等\s{0,2}(?:\d{1,4}|[一二三四五六七八九十百两几多]{1,4})?\s{0,2}[多余几]?\s{0,2}个?\s{0,2}国家/g;
const REGION_AFTER = /^(?:和|与|及|或|、|（|\()?\s{0,2}地区/;

export function createRegionRule(): ParagraphRule {
  return {
    kind: 'paragraph',
    rules: REGION_RULES,
    check(p, sink) {
      const text = p.text;
      if (!/香港|澳门|台湾|港澳/.test(text) || !text.includes('国家')) return;
      LISTED_AS_COUNTRIES.lastIndex = 0;
      for (let m = LISTED_AS_COUNTRIES.exec(text); m; m = LISTED_AS_COUNTRIES.exec(text)) {
        const start = m.index;
        const end = start + m[0].length;
        if (m[0].includes('地区') || REGION_AFTER.test(text.slice(end, end + 6))) continue;
        sink.report({ ruleId: 'formulation.hk-mo-tw-country', start, end, suggestions: [`${m[0]}和地区`] });
      }
    },
  };
}
