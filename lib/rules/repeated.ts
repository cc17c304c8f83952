/**
 * 重复字词 — a word or a character typed twice, usually left over from editing (推进推进高质量发展, 总书书记,
 * 乡村振振兴). Judged with the word table of typo.unlikely-word (jieba's counts, CC-CEDICT and the idioms):
 *
 * - `typo.repeated-word`: a word of two to four characters of the table (count ≥ MIN_WORD_FREQ) written twice in a
 *   row. Not a numeral-measure pair or an adverb's doubling (一步一步, 很多很多, 好的好的), and not when the doubled
 *   form is a word itself. A verb that is often doubled on purpose (研究研究, 商量商量: TENTATIVE) is a hint only.
 * - `typo.repeated-char`: a character typed twice inside a word (书 in 总书书记, 振 in 乡村振振兴): one of the two
 *   copies dropped, the characters around make a common word of three or four characters across it, and the doubled
 *   pair is no word and no part of one, nor two words meeting (人民 + 民主, 学生 + 生活, 教育部 + 部长); or the second
 *   copy stands alone between two common words (教育强国国建设: 强国 + 国 + 建设); or, at the start or after
 *   punctuation, the first character of a common word typed twice (农农业强国建设); a set phrase of four with a
 *   character typed twice inside it (语重重心长) or its last one before punctuation (以弱胜强强，). 的的 is particles.ts's.
 *
 * Quiet inside book titles and short quotations (a slogan or a chant quoted: “加油加油”).
 */

import type { ParagraphRule, RuleMeta } from '../engine/rule';
import { bookTitles, inBookTitle, inShortQuote, isHanCode, MAX_PER_PARAGRAPH, q, unitBuffer } from './util-text';
import { FUNCTION_FREQ, type WordFreq } from './word-likelihood';

/** A period named by its determiner (上一年度, 本季度, 该月度): the same period word may start the next word. */
const PERIOD_BEFORE = /(?:上一|本|该|每|上|下|全|半|当|同)(?:年度|季度|月度)$/;

export const REPEATED_RULES: RuleMeta[] = [
  {
    id: 'typo.repeated-word',
    category: 'typo',
    severity: 'warn',
    title: '词语重复',
    message: '{text}中词语重复，疑为编辑时多留了一遍，请核对。',
    source:
      '政府网站与政务新媒体检查指标（错别字）；《图书质量管理规定》附件“图书编校差错计算方法”（多字、漏字计为文字差错）',
    note: '同一个词连写两遍时提示；“一步一步”“很多很多”等有意叠用不提示；“研究研究”“商量商量”等动词叠用只作建议。',
  },
  {
    id: 'typo.repeated-char',
    category: 'typo',
    severity: 'warn',
    title: '多字（重复）',
    message: '{text}中有字重复，疑为多打了一个字，请核对。',
    source:
      '政府网站与政务新媒体检查指标（错别字）；《图书质量管理规定》附件“图书编校差错计算方法”（多字、漏字计为文字差错）',
    note: '去掉一个重复字后前后组成常用词、而两个重复字本身不成词时提示；“人民民主”“学生生活”是两个词相连，不提示。',
  },
];

/** The word written twice must be this common (jieba's count). */
const MIN_WORD_FREQ = 20;
const LN_MIN = Math.log(MIN_WORD_FREQ);
/** 站: a stop of a line named after a station (地铁2号线火车站站). */
const STATION = 0x7ad9;
/** The last character of a body's or a place's name (宗教局局长, 辽阳镇镇长): the first copy ends a name. */
const BODY_END = new Set(
  [...'省市县区州镇乡村旗盟局厅委办处科室所站队院会部署司馆组团校园场厂社'].map((c) => c.charCodeAt(0)),
);
/** A character seen alone this often is a word of its own before a word starting with it. */
const ALONE_FREQ = 3000;
/**
 * Verbs that take their object right after them, after a word ending in the same character (工作作交流发言,
 * 动作做示范): no orphan copy.
 */
const LIGHT_VERBS = new Set([...'作做搞抓促'].map((c) => c.charCodeAt(0)));
/** A two-character word whose first character is typed twice (中中央) must be this common. */
const LN_LEAD2 = Math.log(1000);
/** First characters of doublings that are on purpose: 一步一步, 很多很多, 好的好的, 越来越 is no doubling anyway. */
const ON_PURPOSE_FIRST = new Set([...'一很太好多真非最更又也边有没不是对行'].map((c) => c.charCodeAt(0)));
/** Verbs often doubled on purpose in speech (V-V: try, a little): a hint only. */
const TENTATIVE = new Set(
  '研究 讨论 商量 学习 休息 考虑 活动 锻炼 表示 意思 打听 琢磨 收拾 整理 准备 了解 体验 交流 比较 检查 介绍 放松 热闹 高兴 凉快 暖和 认识 联系 沟通 分析 总结 思考 练习 帮助 关心 照顾 感受 尝试 参观 熟悉 适应 调整 打扫 清理 溜达 散步 聊聊 看看 说说 想想 走走 转转 逛逛 试试 问问 等等 听听 品尝 欣赏 享受 体会 打扮 梳理 反思 请教 复习 温习 比划 切磋 唠唠 操心 安慰 鼓励 表扬 批评 教育 提醒 宣传 整顿 修理 打理 见识 开心 乐呵 舒服 轻松'.split(
    ' ',
  ),
);
/** Numerals before a measure word doubled on purpose (一件件, 一个个). */
const NUMERALS = new Set([...'一二两三四五六七八九十几每'].map((c) => c.charCodeAt(0)));
/** Pronouns doubled to stand for any (什么什么的, 这样这样): speech, not a slip. */
const ANY_WORD = new Set('什么 怎么 这样 那样 这个 那个 哪个 多少 谁谁 某某 如何'.split(' '));
/** 的的 is particles.ts's (typo.de-doubled). */
const DE = 0x7684;

export function createRepeatedRule(table: WordFreq): ParagraphRule {
  const unitsOf = unitBuffer();
  return {
    kind: 'paragraph',
    rules: REPEATED_RULES,
    check(p, sink) {
      const t = p.text;
      const n = t.length;
      let u: Uint16Array | undefined;
      let titles: Array<[number, number]> | undefined;
      let reported = 0;
      // [s, e) is a word of the table (count ≥ MIN_WORD_FREQ when `common`)
      const word = (s: number, e: number, common: boolean): boolean => {
        if (s < 0 || e > n || e - s < 2 || e - s > 4) return false;
        for (let k = s; k < e; k++) if (!isHanCode(u![k]!)) return false;
        return common ? table.atLeast(u!, s, e, LN_MIN) : table.has(u!, s, e);
      };
      // a set phrase of four (以弱胜强, 语重心长): a word of the table that is no two words of it (这种情况, 我们深感 are)
      const setPhraseOf = (w: ArrayLike<number>): boolean =>
        table.has(w, 0, 4) && !(table.has(w, 0, 2) && table.has(w, 2, 4));
      const setPhrase = (s: number): boolean => {
        for (let k = s; k < s + 4; k++) if (!isHanCode(u![k]!)) return false;
        return setPhraseOf(u!.subarray(s, s + 4));
      };
      const common2 = (s: number): boolean =>
        s + 2 <= n && isHanCode(u![s]!) && isHanCode(u![s + 1]!) && table.atLeast(u!, s, s + 2, LN_LEAD2);
      // a book title, a short quotation or a topic tag (#机车机车梦#): a name, written so on purpose
      const quiet = (s: number, e: number): boolean => {
        titles ??= bookTitles(t);
        return inBookTitle(titles, s, e) || inShortQuote(p.quotes, s, e) || inTopicTag(t, s, e);
      };
      // c c at i, at the start or after punctuation (inside a text the first copy may end a word or a name the table
      // lacks: 学习习近平, 宗教局局长, 海控控股): the second copy starts a common word (农业, 交通强国) and the pair is no
      // word and inside none (人人民主 has 人人); returns that word's length
      const leadDoubled = (i: number): number => {
        for (let l = 4; l >= 2; l--) {
          // a word of two characters only when very common (交交通 → 交通, 中中央 → 中央)
          if (l === 2 ? !common2(i + 1) : !word(i + 1, i + 1 + l, true)) continue;
          for (let s = Math.max(0, i - 2); s <= i; s++) {
            for (let e = Math.max(s + 2, i + 2); e <= Math.min(n, s + 4); e++) if (word(s, e, false)) return 0;
          }
          const c = u![i]!;
          if (NUMERALS.has(c) || ON_PURPOSE_FIRST.has(c) || BODY_END.has(c)) return 0;
          // a character that stands alone often (和, 使, 被) is a word of its own before the word (互利和和平共处)
          const alone = table.unit(c);
          if (alone !== undefined && alone >= ALONE_FREQ) return 0;
          return l;
        }
        return 0;
      };
      // c c at i, the second copy starting a set phrase of four (感感同身受): no frequent character of its own, which
      // may stand before the phrase as a word (和和平共处 is 和 + 和平共处)
      const leadPhrase = (i: number): boolean => {
        const c = u![i]!;
        if (NUMERALS.has(c) || ON_PURPOSE_FIRST.has(c) || !setPhrase(i + 1)) return false;
        const alone = table.unit(c);
        return (alone === undefined || alone < FUNCTION_FREQ) && !quiet(i, i + 5);
      };
      // the span [s, e) with the copy at `copy` (a character typed twice) dropped as the suggestion
      const reportChar = (s: number, e: number, copy: number) => {
        sink.report({
          ruleId: 'typo.repeated-char',
          fallback: true,
          start: s,
          end: e,
          suggestions: [t.slice(s, copy) + t.slice(copy + 1, e)],
          message: `${q(t.slice(s, e))}中“${t[copy]}”字重复，疑为多打了一个字，请核对。`,
        });
        reported++;
      };
      const reportLead = (i: number) => reportChar(i, i + 1 + leadDoubled(i), i);
      for (let i = 0; i + 1 < n && reported < MAX_PER_PARAGRAPH; i++) {
        // a cheap test first (nextDoubled): the next place where a doubled word or character repeats the unit one
        // to four units later
        const at = nextDoubled(t, i);
        if (at < 0) break;
        i = Math.floor(at / 8);
        const k = at % 8;
        const c = t.charCodeAt(i);
        u ??= unitsOf(t);
        if (k >= 2) {
          if (!word(i, i + k, true) || ON_PURPOSE_FIRST.has(c) || u[i + 1] === c) continue;
          if (ANY_WORD.has(t.slice(i, i + k))) continue;
          // a name ending in the word, written with letters or digits (PPP项目 + 项目常务经理, 5G基站 + 基站…)
          if (i > 0 && /[A-Za-z0-9Ａ-Ｚａ-ｚ０-９]/.test(t[i - 1]!)) continue;
          // the doubled form a word of its own (谢谢谢谢 is not reached: 谢谢 doubles a character)
          if (word(i, i + 2 * k, false)) continue;
          // part of a longer run (推进推进推进): the first pair only
          if (i >= k && t.startsWith(t.slice(i, i + k), i - k)) continue;
          // a period after its determiner, then a word starting with it (上一年度年度报告, 本季度季度考核)
          if (PERIOD_BEFORE.test(t.slice(Math.max(0, i - 2), i + k)) && word(i + k, i + k + 4, false)) continue;
          if (quiet(i, i + 2 * k)) continue;
          const w = t.slice(i, i + k);
          sink.report({
            ruleId: 'typo.repeated-word',
            fallback: true,
            start: i,
            end: i + 2 * k,
            severity: TENTATIVE.has(w) ? 'info' : 'warn',
            suggestions: [w],
            message: `${q(t.slice(i, i + 2 * k))}中${q(w)}重复，疑为编辑时多留了一遍，请核对（如为有意叠用可忽略）。`,
          });
          reported++;
          i += 2 * k - 1;
          continue;
        }
        // k === 1: the character c at i and i + 1
        // (站站: a metro stop named after a station, 火车站站, 汽车北站站)
        if (c === DE || c === STATION) continue;
        if (i + 2 >= n || !isHanCode(u[i + 2]!)) {
          // before punctuation or the end: the last character of a set phrase of four typed twice (以弱胜强强，)
          // (not a particle after a phrase ending in it: 没完没了了)
          const alone = table.unit(c);
          if (i >= 3 && (alone === undefined || alone < FUNCTION_FREQ) && setPhrase(i - 3) && !quiet(i - 3, i + 2)) {
            let han = true;
            for (let k2 = i - 3; k2 < i; k2++) han &&= u[k2] !== c;
            if (han) {
              reportChar(i - 3, i + 2, i + 1);
              i += 1;
            }
          }
          continue;
        }
        if (i === 0 || !isHanCode(u[i - 1]!)) {
          // at the start of a text or after punctuation: the first character of a word typed twice (交交通强国)
          if (leadDoubled(i) && !quiet(i, i + 5)) reportLead(i);
          else if (leadPhrase(i)) {
            reportChar(i, i + 5, i);
            i += 1;
          }
          continue;
        }
        // an AABB doubling (条条块块, 方方面面, 干干净净), or a measure word doubled after a numeral (一件件, 一个个)
        if ((i >= 2 && u[i - 2] === u[i - 1]) || (i + 3 < n && u[i + 2] === u[i + 3])) continue;
        if (NUMERALS.has(u[i - 1]!)) continue;
        // with one copy dropped, a common word of three characters or a word of four (an idiom: 语重心长) runs across
        // it (总书记, 乡村振兴, 玉树临临风)
        let across = false;
        // …and a set phrase of four across it is one even where the pair is a word (语重重心长, 低三下下四)
        let phrase = false;
        const a1 = u[i - 1]!;
        const a2 = i >= 2 ? u[i - 2]! : 0;
        const b1 = u[i + 2]!;
        const b2 = i + 3 < n ? u[i + 3]! : 0;
        for (const cand of [
          [a1, c, b1],
          [a2, a1, c, b1],
          [a1, c, b1, b2],
        ]) {
          if (cand.some((x) => !x || !isHanCode(x))) continue;
          if (cand.length === 4 ? table.has(cand, 0, 4) : table.atLeast(cand, 0, 3, LN_MIN)) {
            across = true;
            phrase = cand.length === 4 && setPhraseOf(cand);
            break;
          }
        }
        // the pair is a word or inside one (天天, 实实在在, 是是非非)
        let inWord = false;
        for (let s = Math.max(0, i - 2); s <= i && !inWord; s++) {
          for (let e = Math.max(s + 2, i + 2); e <= Math.min(n, s + 4); e++) if (word(s, e, false)) inWord = true;
        }
        if (inWord && !phrase) continue;
        // two words meeting at the pair: one ends with the first copy, one starts with the second (人民 + 民主,
        // 教育部 + 部长)
        let endsHere = false;
        let startsHere = false;
        for (let l = 2; l <= 4; l++) {
          endsHere ||= word(i + 1 - l, i + 1, false);
          startsHere ||= word(i + 1, i + 1 + l, false);
        }
        if (endsHere && startsHere) continue;
        // or the second copy stands alone between a common word ending with the first and a common word after it
        // (教育强国国建设: 强国 + 国 + 建设), and is neither a frequent character of its own nor a light verb (作交流).
        // Not the first copy between a word and the word the second starts: the word before is often a name or a
        // compound the table lacks (辽阳镇镇长, 宗教局局长, 居住国国籍)
        let orphan = false;
        const alone = table.unit(c);
        if (
          !across &&
          endsHere &&
          !startsHere &&
          (alone === undefined || alone < FUNCTION_FREQ) &&
          !LIGHT_VERBS.has(c)
        ) {
          let before = false;
          let after = false;
          for (let l = 2; l <= 4; l++) {
            before ||= word(i + 1 - l, i + 1, true);
            after ||= word(i + 2, i + 2 + l, true);
          }
          orphan = before && after;
        }
        // or a set phrase of four starts at the second copy and the first ends no word (大家感感同身受): the first
        // character of the phrase typed twice, as at the start of a text (农农业强国)
        if (!across && !orphan && !endsHere && leadPhrase(i)) {
          reportChar(i, i + 5, i);
          i += 1;
          continue;
        }
        if ((!across && !orphan) || quiet(i - 1, i + 3)) continue;
        // the pair with the characters that show the slip: a c c b (across), a c c (the second copy alone)
        reportChar(i - 1, across ? i + 3 : i + 2, i + 1);
        i += 1;
      }
    },
  };
}

/**
 * The first position i ≥ from (i + 1 < t.length) of a Han unit whose next d units (d = 1…4, the least) are written
 * again right after them, as i · 8 + d; -1 if none. A function of its own, small: V8 optimises this loop, which
 * visits every character, within a CLI run's first article, where inside the rule's large check it ran unoptimised
 * for several articles (≈ 5 ms per 20,000 characters, against ≈ 0.4 ms optimised).
 */
function nextDoubled(t: string, from: number): number {
  const n = t.length;
  for (let i = from; i + 1 < n; i++) {
    const c = t.charCodeAt(i);
    if (!isHanCode(c)) continue;
    for (let d = 1; d <= 4 && i + 2 * d <= n; d++) {
      if (t.charCodeAt(i + d) === c && t.startsWith(t.slice(i, i + d), i + d)) return i * 8 + d;
    }
  }
  return -1;
}

/** Whether [s, e) lies inside a topic tag #…# (at most 30 characters, on one line). */
function inTopicTag(t: string, s: number, e: number): boolean {
  const open = t.lastIndexOf('#', s);
  if (open < 0 || s - open > 30) return false;
  const close = t.indexOf('#', e);
  if (close < 0 || close - open > 32) return false;
  const inside = t.slice(open + 1, close);
  return !/[\n#]/.test(inside);
}
