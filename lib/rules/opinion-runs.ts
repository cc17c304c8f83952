/**
 * 个人观点与情绪 — exclamation and question-mark runs (！！, ！！！, ？？？) outside quotation marks.
 *
 * - `opinion.exclamation-double` (info): exactly two exclamation marks (！！, !!, ！!).
 * - `opinion.exclamation-run` (warn): three or more exclamation marks.
 * - `opinion.question-run` (info): three or more question marks (？？ is a plain duplicate, see punctuation).
 * Runs inside “…” (quoted speech) are not reported. Runs mixing ？ and ！ count their exclamation marks only
 * when those are adjacent (？！！ has a double exclamation).
 */
import type { ParagraphRule, RuleMeta } from '../engine/rule';
import { MAX_PER_PARAGRAPH, RangeCover } from './util-text';

const SOURCE = '国办发〔2018〕123号：不得擅自发布代表个人观点、意见及情绪的言论';

export const OPINION_RUN_RULES: RuleMeta[] = [
  {
    id: 'opinion.exclamation-double',
    category: 'opinion',
    severity: 'info',
    title: '连用叹号',
    message: '连用叹号{text}情绪色彩较强，政务信息宜用一个叹号或句号。',
    suggestions: ['！', '。'],
    source: SOURCE,
  },
  {
    id: 'opinion.exclamation-run',
    category: 'opinion',
    severity: 'warn',
    title: '多个叹号连用',
    message: '多个叹号{text}连用带有明显个人情绪，不符合政务信息平实、庄重的要求。',
    suggestions: ['！', '。'],
    source: SOURCE,
  },
  {
    id: 'opinion.question-run',
    category: 'opinion',
    severity: 'info',
    title: '多个问号连用',
    message: '多个问号{text}连用带有情绪色彩，政务信息宜只用一个问号。',
    suggestions: ['？'],
    source: SOURCE,
  },
];

const isExcl = (c: number) => c === 0xff01 || c === 0x21; // ！ !
const isQues = (c: number) => c === 0xff1f || c === 0x3f; // ？ ?

export function createOpinionRunRules(): ParagraphRule {
  return {
    kind: 'paragraph',
    rules: OPINION_RUN_RULES,
    check(p, sink) {
      const t = p.text;
      const n = t.length;
      let quoted: RangeCover | undefined; // computed on the first run only
      let reported = 0;
      let i = 0;
      while (i < n && reported < MAX_PER_PARAGRAPH) {
        const ch = t.charCodeAt(i);
        const test = isExcl(ch) ? isExcl : isQues(ch) ? isQues : undefined;
        if (!test) {
          i++;
          continue;
        }
        let j = i + 1;
        while (j < n && test(t.charCodeAt(j))) j++;
        const len = j - i;
        const ruleId =
          test === isExcl
            ? len >= 3
              ? 'opinion.exclamation-run'
              : len === 2
                ? 'opinion.exclamation-double'
                : ''
            : len >= 3
              ? 'opinion.question-run'
              : '';
        if (ruleId && !(quoted ??= new RangeCover(p.quotes)).covers(i, j)) {
          sink.report({ ruleId, start: i, end: j });
          reported++;
        }
        i = j;
      }
    },
  };
}
