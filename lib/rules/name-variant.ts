/**
 * 人名前后不一致 — a person the draft introduces with a title (县委书记杨光辉主持会议) written later with one character
 * slipped (杨光晖指出): the leaders' list only knows national and provincial leaders, but a county account's drafts name
 * its own officials in every paragraph, and the draft itself shows which spelling is meant.
 *
 * Introduced names: three Han characters right after a title word (rule-data.json `titles`: 书记, 县长, 局长 …) whose
 * first is a common surname. A slip is another window of three that keeps the surname and one of the two given
 * characters, and has the other replaced by a same-reading (tones aside) or look-alike character, where
 * - the window stands where a name stands: after a title or a boundary (start, punctuation), and before a verb of
 *   speech or action (指出, 强调, 表示, 主持, 说 …), a title, 同志 or punctuation;
 * - the window is no word of the word table and no introduced name itself, and is not written more often than the name.
 * Severity `warn`.
 */
import type { CharSimilarity } from '../engine/near/similar';
import { SOUND_TONELESS } from '../engine/near/similar';
import type { DocumentRule, RuleMeta } from '../engine/rule';
import type { Field } from '../engine/types';
import { isHanAt, q } from './util-text';
import { SURNAMES, type WordFreq } from './word-likelihood';

export const NAME_VARIANT_RULES: RuleMeta[] = [
  {
    id: 'typo.name-variant',
    category: 'typo',
    severity: 'warn',
    title: '人名前后不一致',
    message: '{text}疑为{suggestion}之误：文中另处写作{suggestion}。',
    source: '政府网站与政务新媒体检查指标（错别字：人名错误）',
    note: '稿件在职务后写出的人名（县委书记杨光辉），在别处错成一个同音或形近字（杨光晖）时提示。',
  },
];

const FIELDS: readonly Field[] = ['title', 'digest', 'body', 'caption'];
/** What may follow a name: verbs of speech and action, 同志, a title's first character is checked apart. */
const AFTER =
  /^(?:指出|强调|表示|要求|介绍|说|主持|讲话|出席|参加|带队|率队|一行|同志|在|对|就|代表|宣读|作|做|传达|通报|调研|察看|检查|深入|走访|看望|慰问|听取|提出|希望|回答|答复|等|和|与|、|，|。|：|；|！|？|\s|$)/;
/** A three-character string jieba counts this often is a word, not a name (杨光辉 counts 7). */
const MAX_NAME_COUNT = 100;
const STOP = '，。；：！？、（）()“”‘’《》\n ';

export function createNameVariantRule(
  titles: readonly string[],
  sim: CharSimilarity,
  words?: WordFreq,
  /** The leaders' names (names.json), read on the first candidate: a leader's name is never another's slip. */
  leaders: () => ReadonlySet<string> = () => new Set(),
): DocumentRule {
  const sorted = [...titles].filter((t) => t.length >= 2).sort((a, b) => b.length - a.length);
  const titleEndingAt = (t: string, end: number) => sorted.find((w) => t.startsWith(w, end - w.length));
  const titleStartingAt = (t: string, at: number) => sorted.some((w) => t.startsWith(w, at));
  const alike = (a: string, b: string) => sim.shape(a, b) || sim.sound(a, b) >= SOUND_TONELESS;
  return {
    kind: 'document',
    rules: NAME_VARIANT_RULES,
    check({ draft }, report) {
      const texts = FIELDS.map((f) => draft[f] ?? '');
      // names right after a title
      const names = new Map<string, number>();
      for (const t of texts) {
        for (let i = 2; i + 3 <= t.length; i++) {
          if (!SURNAMES.has(t.charCodeAt(i)) || !titleEndingAt(t, i)) continue;
          if (!isHanAt(t, i + 1) || !isHanAt(t, i + 2)) continue;
          const name = t.slice(i, i + 3);
          // a common word after a title is no name (书记 + 王家坪村); a well-known name may be in the table
          if ((words?.countOf(name) ?? 0) >= MAX_NAME_COUNT) continue;
          names.set(name, 0);
        }
      }
      if (!names.size) return;
      for (const t of texts) for (const n of names.keys()) names.set(n, names.get(n)! + count(t, n));
      const list = [...names.keys()];
      FIELDS.forEach((field, k) => {
        const t = texts[k]!;
        for (let i = 0; i + 3 <= t.length; i++) {
          const c = t.charCodeAt(i);
          if (!SURNAMES.has(c)) continue;
          const w = t.slice(i, i + 3);
          if (names.has(w) || !isHanAt(t, i + 1) || !isHanAt(t, i + 2)) continue;
          const right = list.filter((n) => {
            if (n[0] !== w[0]) return false;
            const d1 = n[1] !== w[1];
            const d2 = n[2] !== w[2];
            if (d1 === d2) return false;
            return d1 ? alike(n[1]!, w[1]!) : alike(n[2]!, w[2]!);
          });
          if (right.length !== 1) continue;
          const name = right[0]!;
          // where a name stands
          const before = i === 0 || STOP.includes(t[i - 1]!) || !!titleEndingAt(t, i);
          const after = AFTER.test(t.slice(i + 3, i + 5)) || titleStartingAt(t, i + 3);
          if (!before || !after) continue;
          if (words?.countOf(w) !== undefined || leaders().has(w)) continue;
          const written = texts.reduce((s, x) => s + count(x, w), 0);
          if (written > names.get(name)!) continue;
          report({
            ruleId: 'typo.name-variant',
            field,
            start: i,
            end: i + 3,
            suggestions: [name],
            message: `${q(w)}疑为${q(name)}之误：文中另处写作${q(name)}。`,
          });
        }
      });
    },
  };
}

function count(t: string, w: string): number {
  let n = 0;
  for (let i = t.indexOf(w); i >= 0; i = t.indexOf(w, i + 1)) n++;
  return n;
}
