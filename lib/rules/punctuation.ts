/**
 * 标点格式: duplicated point marks, unpaired quotes/brackets/书名号, half-width punctuation in Chinese
 * sentences and stray spaces between Chinese characters.
 *
 * All checks are single linear passes over the paragraph (no regex backtracking). AutoCorrect runs as a
 * separate pass; these rules keep to cases that are unambiguous in Chinese running text:
 *
 * - `punctuation.duplicate` (warn): two or more adjacent point marks (。，、；：？ and mixed forms such as ，。).
 *   Not reported: …… and —— (correct marks), runs made only of ！/?！ (opinion rules own ！！ and ？？？; ？！
 *   is the GB/T 15834 form for a question with exclamation).
 * - `punctuation.unpaired` (warn): an opening or closing “” ‘’ （） () 【】 [] 《》 〈〉 「」 『』 〔〕 〖〗 with no
 *   partner in the paragraph. Not reported: list markers (1） 1) 一） a) at the start of a paragraph or after
 *   punctuation/space), apostrophes (China’s), emoticons :), doubled 书名号 used as arrows (》》点击阅读原文; not one of
 *   them closing a title: 《条例》》),
 *   an opener and a closer of the same pair each left open in two heading-like lines of the draft (short, no
 *   sentence end: a title broken over lines), and an opening “ at the very start of a paragraph
 *   (or an opening “ with no ” after it in its paragraph: 他说：“…) when the draft has a paragraph that starts with
 *   “ and ends with ” (the convention for quotations that run over several paragraphs, GB/T 15834—2011 on 引号: each
 *   paragraph opens with “, only the last one closes).
 * - `punctuation.half-width` (info): a single , ; : ? ! . written after a Chinese character (or a full-width
 *   closing mark) and followed by a Chinese character, a digit (not for .), or the end of the paragraph.
 *   Decimals (3.5), times (10:30), URLs, e-mail addresses, English sentences and ... are untouched.
 * - `punctuation.cjk-space` (info): spaces between two Chinese characters (青岛 市), in running prose only (a body
 *   or digest paragraph with 。！？；). Not reported: titles and headline-like paragraphs (which separate phrases with
 *   spaces on purpose), spaces inside quotation marks or 书名号 (slogans: “好客山东 好品山东”), space-separated lists
 *   of three or more Chinese tokens (name lists), the padding of a two-character word (编  号, 王  伟) and a space
 *   after a title or byline word (省长 王凯, 本报记者 张三).
 */
import type { ParagraphRule, ParagraphSink, RuleMeta } from '../engine/rule';
import type { Paragraph } from '../engine/text/paragraph';
import {
  codeTable,
  inSpans,
  isCjkPunctCode,
  isDigitCode,
  isHanCode,
  isLatinCode,
  isSpaceCode,
  MAX_PER_PARAGRAPH,
  q,
  RangeCover,
  urlishSpans,
} from './util-text';

const SOURCE = 'GB/T 15834—2011《标点符号用法》';

export const PUNCTUATION_RULES: RuleMeta[] = [
  {
    id: 'punctuation.duplicate',
    category: 'punctuation',
    severity: 'warn',
    title: '标点重复',
    message: '标点{text}重复使用，一处只应保留一个点号。',
    source: SOURCE,
  },
  {
    id: 'punctuation.unpaired',
    category: 'punctuation',
    severity: 'warn',
    title: '标点不成对',
    message: '标点{text}在本段中缺少与之配对的另一半，引号、括号、书名号应成对使用。',
    source: SOURCE,
  },
  {
    id: 'punctuation.half-width',
    category: 'punctuation',
    severity: 'info',
    title: '中文中使用半角标点',
    message: '中文语句中的标点{text}是半角符号，应使用全角标点。',
    source: SOURCE,
  },
  {
    id: 'punctuation.cjk-space',
    category: 'punctuation',
    severity: 'info',
    title: '汉字间多余空格',
    message: '汉字之间多了空格，中文排版中汉字之间不应留空。',
    source: '中文排版惯例（W3C《中文排版需求》）',
  },
];

/** Signal: a paragraph opens with “ and closes with ” (the last paragraph of a multi-paragraph quotation). */
export const SIGNAL_QUOTE_PARAGRAPH = 'punctuation.quote-paragraph';
/** A heading line ends with an open mark / starts with its close mark (signal name + the mark). */
const SIGNAL_HEADING_OPEN = 'punctuation.heading-open:';
const SIGNAL_HEADING_CLOSE = 'punctuation.heading-close:';
/** A heading (document title, date line) is short and has no sentence-ending mark. */
const HEADING_MAX = 60;
const SENTENCE_END = /[。！？；!?;]/;

// ---- duplicate --------------------------------------------------------------------------------------

/** Point marks taking part in duplicate runs, with their full-width form. */
const POINT: Record<string, string> = {
  '。': '。',
  '，': '，',
  '、': '、',
  '；': '；',
  '：': '：',
  '？': '？',
  '！': '！',
  ',': '，',
  ';': '；',
  '?': '？',
  '!': '！',
  // a full stop typed in both widths (会议结束.。); a run of . alone (an ellipsis ..., a decimal) is none
  '.': '。',
};
const POINT_CODE = codeTable(POINT);
const HALF_POINT = new Set([',', ';', '?', '!', '.']);
/** Strongest mark first: the usual one to keep. */
const STRENGTH = ['。', '？', '！', '；', '：', '，', '、'];

function checkDuplicates(p: Paragraph, sink: ParagraphSink, urls: Array<{ start: number; end: number }>): void {
  const t = p.text;
  const n = t.length;
  let reported = 0;
  let i = 0;
  while (i < n) {
    const c = t.charCodeAt(i);
    // no point is an ideograph (most of the text): no table read for those
    if ((c >= 0x4e00 && c <= 0x9fff) || !POINT_CODE[c]) {
      i++;
      continue;
    }
    let j = i + 1;
    // a space between two marks does not part them (会议结束。 。下一步)
    while (j < n) {
      if (POINT_CODE[t.charCodeAt(j)]) j++;
      else if ((t[j] === ' ' || t[j] === '\u3000') && j + 1 < n && POINT_CODE[t.charCodeAt(j + 1)]) j += 2;
      else break;
    }
    let len = 0;
    for (let k = i; k < j; k++) if (POINT_CODE[t.charCodeAt(k)]) len++;
    if (len >= 2 && !inSpans(urls, i)) {
      let excl = 0;
      let ques = 0;
      let half = 0;
      for (let k = i; k < j; k++) {
        const f = POINT[t[k]!];
        if (!f) continue; // a space between marks
        if (f === '！') excl++;
        else if (f === '？') ques++;
        if (HALF_POINT.has(t[k]!)) half++;
      }
      const onlyMarks = excl + ques === len;
      let dots = 0;
      for (let k = i; k < j; k++) if (t[k] === '.') dots++;
      // ！！ / ！！！ and ？？？ belong to the opinion rules; ？！ ！？ are correct; ... is an ellipsis, not a duplicate.
      const skip = (onlyMarks && !(ques === 2 && len === 2)) || dots === len || (dots > 0 && half === len);
      // A run of half-width marks only counts in Chinese text.
      const chinese = half < len || (i > 0 && isHanCode(t.charCodeAt(i - 1)));
      if (!skip && chinese && reported < MAX_PER_PARAGRAPH) {
        const distinct = new Set<string>();
        for (let k = i; k < j; k++) if (POINT[t[k]!]) distinct.add(POINT[t[k]!]!);
        const suggestions = STRENGTH.filter((m) => distinct.has(m));
        if (distinct.size === 1 && distinct.has('。') && len >= 3) suggestions.push('……');
        sink.report({
          ruleId: 'punctuation.duplicate',
          start: i,
          end: j,
          suggestions,
          message:
            distinct.size === 1
              ? `标点${q(t.slice(i, j))}重复使用，一处只应保留一个${q(suggestions[0]!)}。`
              : `标点${q(t.slice(i, j))}连用，一处只应保留一个点号。`,
        });
        reported++;
      }
    }
    i = j;
  }
  // A quotation that ends its own sentence and a full stop again after the closing mark (他说：“要抓好落实。”。): one of
  // the two goes (GB/T 15834—2011《标点符号用法》: the quoted sentence's own end mark stays inside)
  for (let k = t.indexOf('。', 2); k >= 0 && reported < MAX_PER_PARAGRAPH; k = t.indexOf('。', k + 1)) {
    if (!CLOSE_QUOTE.has(t[k - 1]!) || !'。！？'.includes(t[k - 2]!)) continue;
    sink.report({
      ruleId: 'punctuation.duplicate',
      start: k - 2,
      end: k + 1,
      suggestions: [t.slice(k - 2, k)],
      message: `标点${q(t.slice(k - 2, k + 1))}重复：引语已用${q(t[k - 2]!)}结束，引号后不再加句号。`,
    });
    reported++;
  }
}
const CLOSE_QUOTE = new Set(['”', '’', '」', '』']);

// ---- unpaired ---------------------------------------------------------------------------------------

const OPEN_TO_CLOSE: Record<string, string> = {
  '“': '”',
  '‘': '’',
  '（': '）',
  '(': ')',
  '【': '】',
  '[': ']',
  '《': '》',
  '〈': '〉',
  '「': '」',
  '『': '』',
  '〔': '〕',
  '〖': '〗',
};
const CLOSE_TO_OPEN: Record<string, string> = Object.fromEntries(Object.entries(OPEN_TO_CLOSE).map(([o, c]) => [c, o]));
// （…) and (…）: brackets of mixed width still pair (the half-width one is reported as such); both widths share the
// full-width opener's stack
CLOSE_TO_OPEN[')'] = '（';
// The same as Maps for the report of an unpaired mark: a record read there (rare, each time another mark) made V8
// deoptimise checkUnpaired ("wrong name") and compile it again, ≈ 30–40 ms of compiling twice during a warm-up.
const OPEN_PARTNER = new Map(Object.entries(OPEN_TO_CLOSE));
const CLOSE_PARTNER = new Map(Object.entries(CLOSE_TO_OPEN));
const OPEN_CODE = codeTable(OPEN_TO_CLOSE);
const CLOSE_CODE = codeTable(CLOSE_TO_OPEN);
const KIND_NAME: Record<string, string> = {
  '“': '引号',
  '‘': '引号',
  '（': '括号',
  '(': '括号',
  '【': '括号',
  '[': '括号',
  '《': '书名号',
  '〈': '书名号',
  '「': '引号',
  '『': '引号',
  '〔': '括号',
  '〖': '括号',
};
const KIND_OF = new Map(Object.entries(KIND_NAME));
const CN_NUMERALS = '一二三四五六七八九十百〇零';

/** Enumerator before a closing bracket that is a list marker: 1） 12) 一） 十二) a) iv) at a boundary. */
function isListMarker(t: string, close: number): boolean {
  const ch = t[close]!;
  if (ch !== ')' && ch !== '）') return false;
  let k = close - 1;
  if (k < 0) return false;
  const c = t.charCodeAt(k);
  let kind: 'digit' | 'cn' | 'latin';
  if (isDigitCode(c)) kind = 'digit';
  else if (CN_NUMERALS.includes(t[k]!)) kind = 'cn';
  else if (isLatinCode(c)) kind = 'latin';
  else return false;
  let count = 0;
  while (k >= 0 && count < 4) {
    const d = t.charCodeAt(k);
    const same = kind === 'digit' ? isDigitCode(d) : kind === 'cn' ? CN_NUMERALS.includes(t[k]!) : isLatinCode(d);
    if (!same) break;
    k--;
    count++;
  }
  if (count > 3) return false;
  if (kind === 'latin' && count > 1 && !/^[ivxIVX]+$/.test(t.slice(k + 1, close))) return false;
  if (k < 0) return true;
  const b = t.charCodeAt(k);
  return isSpaceCode(b) || isCjkPunctCode(b) || b === 0x2c || b === 0x3b || b === 0x3a || b === 0x2e;
}

function firstNonSpace(t: string): number {
  let i = 0;
  while (i < t.length && isSpaceCode(t.charCodeAt(i))) i++;
  return i;
}

function lastNonSpace(t: string): number {
  let i = t.length - 1;
  while (i >= 0 && isSpaceCode(t.charCodeAt(i))) i--;
  return i;
}

function checkUnpaired(p: Paragraph, sink: ParagraphSink, urls: Array<{ start: number; end: number }>): void {
  const t = p.text;
  const n = t.length;
  const stacks = new Map<string, number[]>();
  const orphans: number[] = [];
  const head = firstNonSpace(t);
  const tail = lastNonSpace(t);
  for (let i = 0; i < n; i++) {
    const code = t.charCodeAt(i);
    // no bracket is an ideograph (most of the text): no read of the two tables for those
    if ((code >= 0x4e00 && code <= 0x9fff) || (!OPEN_CODE[code] && !CLOSE_CODE[code])) continue;
    const ch = t[i]!;
    if (OPEN_CODE[code]) {
      if ((ch === '(' || ch === '[') && inSpans(urls, i)) continue;
      const key = ch === '(' ? '（' : ch;
      let s = stacks.get(key);
      if (!s) stacks.set(key, (s = []));
      s.push(i);
      continue;
    }
    const open = CLOSE_TO_OPEN[ch];
    if (!open) continue;
    if ((ch === ')' || ch === ']') && inSpans(urls, i)) continue;
    const s = stacks.get(open);
    if (s?.length) {
      const at = s.pop()!;
      if (ch === '”' && at === head && i === tail) sink.signal(SIGNAL_QUOTE_PARAGRAPH);
      continue;
    }
    // Closing mark without an opener: exceptions.
    if (ch === '’' && i > 0 && isLatinCode(t.charCodeAt(i - 1))) continue; // apostrophe: China’s, students’
    if (ch === ')' && i > 0 && ':;-^'.includes(t[i - 1]!)) continue; // emoticon :)
    if (isListMarker(t, i)) continue;
    if (orphans.length < MAX_PER_PARAGRAPH) orphans.push(i); // in position order: the first ones are enough
  }
  for (const [open, s] of stacks) {
    for (const at of s.length > MAX_PER_PARAGRAPH ? s.slice(0, MAX_PER_PARAGRAPH) : s) {
      if (open === '‘' && at + 1 < n && (isDigitCode(t.charCodeAt(at + 1)) || isLatinCode(t.charCodeAt(at + 1)))) {
        // ‘90s / ‘em — an apostrophe typed as an opening quote.
        if (at === 0 || !isHanCode(t.charCodeAt(at - 1))) continue;
      }
      orphans.push(at);
    }
  }
  orphans.sort((a, b) => a - b);
  // A title broken over two lines (《国务院关于印发… ¶ …方案》的通知, pasted from a document header) pairs across the
  // lines: in heading-like paragraphs an orphan opener waits for an orphan closer of the same pair in another heading
  // line of the draft, and the other way round.
  const heading = n <= HEADING_MAX && !SENTENCE_END.test(t);
  // 》》点击阅读原文 / 详见《《: doubled 书名号 used as arrows, both left open; one of them paired is a mark typed twice
  // (学习《条例》》精神, round 31)
  const orphanAt = new Set(orphans);
  const decorative = (at: number) => {
    const ch = t[at]!;
    if (ch !== '》' && ch !== '《') return false;
    return (t[at - 1] === ch && orphanAt.has(at - 1)) || (t[at + 1] === ch && orphanAt.has(at + 1));
  };
  let reported = 0;
  for (const at of orphans) {
    if (reported >= MAX_PER_PARAGRAPH) break;
    if (decorative(at)) continue;
    const ch = t[at]!;
    const isOpen = OPEN_PARTNER.has(ch);
    const partner = isOpen ? OPEN_PARTNER.get(ch)! : CLOSE_PARTNER.get(ch)!;
    const kind = KIND_OF.get(isOpen ? ch : partner)!;
    sink.report({
      ruleId: 'punctuation.unpaired',
      start: at,
      end: at + 1,
      message: `${kind}${q(ch)}在本段中没有对应的${q(partner)}，成对标点应成对使用。`,
      suggestions: [],
      // A paragraph that opens a quotation continued in later paragraphs (“… ¶ “… ¶ “…”) is conventional.
      // So is the first of them, whose quotation opens after its speaker (他说：“… ¶ “…”): a “ with no ” after it.
      requires:
        ch === '“' && (at === head || t.indexOf('”', at) < 0)
          ? [{ signal: SIGNAL_QUOTE_PARAGRAPH, present: false }]
          : heading
            ? [
                {
                  signal: (isOpen ? SIGNAL_HEADING_CLOSE : SIGNAL_HEADING_OPEN) + (isOpen ? ch : partner),
                  present: false,
                },
              ]
            : undefined,
    });
    if (heading) sink.signal((isOpen ? SIGNAL_HEADING_OPEN : SIGNAL_HEADING_CLOSE) + (isOpen ? ch : partner));
    reported++;
  }
}

// ---- half-width -------------------------------------------------------------------------------------

const HALF_TO_FULL: Record<string, string> = { ',': '，', ';': '；', ':': '：', '?': '？', '!': '！', '.': '。' };
const HALF_NAME: Record<string, string> = {
  ',': '逗号',
  ';': '分号',
  ':': '冒号',
  '?': '问号',
  '!': '叹号',
  '.': '句号',
};
const FULL_CLOSERS = new Set(['”', '’', '）', '》', '」', '』', '】', '〕', '〉', '〗']);
const HALF_CODE = codeTable(HALF_TO_FULL);

function checkHalfWidth(p: Paragraph, sink: ParagraphSink, urls: Array<{ start: number; end: number }>): void {
  const t = p.text;
  const n = t.length;
  let reported = 0;
  for (let i = 1; i < n && reported < MAX_PER_PARAGRAPH; i++) {
    const u = t.charCodeAt(i);
    if (u >= 0x80 || !HALF_CODE[u]) continue; // every half-width point is ASCII
    const ch = t[i]!;
    const full = HALF_TO_FULL[ch]!;
    const prev = t[i - 1]!;
    const next = i + 1 < n ? t[i + 1]! : '';
    // Runs such as ..., ?!, !! and ,, are ellipses or handled by the duplicate/opinion rules.
    if (HALF_TO_FULL[prev] || (next && HALF_TO_FULL[next])) continue;
    const pc = prev.charCodeAt(0);
    if (!isHanCode(pc) && !FULL_CLOSERS.has(prev)) continue;
    let j = i + 1;
    while (j < n && isSpaceCode(t.charCodeAt(j))) j++;
    let end = i + 1;
    if (j < n) {
      const c = t.charCodeAt(j);
      const ok = isHanCode(c) || (isCjkPunctCode(c) && c !== 0x2026 && c !== 0x2014) || (ch !== '.' && isDigitCode(c));
      if (!ok) continue;
      if (ch === '.' && !isHanCode(pc)) continue;
      end = j; // "注意: 请" → "注意：请"
    }
    if (inSpans(urls, i)) continue;
    sink.report({
      ruleId: 'punctuation.half-width',
      start: i,
      end,
      suggestions: [full],
      message: `中文语句中应使用全角${HALF_NAME[ch]}${q(full)}，不应使用半角${q(ch)}。`,
    });
    reported++;
  }
}

// ---- spaces between Han characters -------------------------------------------------------------------

/** A gap after one of these (省长 王凯, 本报记者 张三) separates a title or byline from a name: conventional. */
const BYLINE_END = '长 记者 通讯员 摄影 摄 编辑 责编 作者 主席 书记 主任 委员 代表 来源 文 图'.split(' ');
const SENTENCE_MARKS = /[。！？；]/;

function checkCjkSpace(p: Paragraph, sink: ParagraphSink): void {
  const t = p.text;
  const n = t.length;
  // Headlines, bylines and slogans use spaces between phrases on purpose; only running prose is checked.
  if (p.field === 'title' || !SENTENCE_MARKS.test(t)) return;
  // Gaps: [start, end) runs of spaces with a Han character on both sides.
  const gaps: Array<{ start: number; end: number; chained: boolean }> = [];
  let i = 0;
  while (i < n) {
    if (!isSpaceCode(t.charCodeAt(i))) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < n && isSpaceCode(t.charCodeAt(j))) j++;
    if (i > 0 && j < n && isHanCode(t.charCodeAt(i - 1)) && isHanCode(t.charCodeAt(j))) {
      const prev = gaps[gaps.length - 1];
      if (prev) {
        // Chained if only Han characters lie between the previous gap and this one (张三 李四 王五).
        let onlyHan = true;
        for (let k = prev.end; k < i && onlyHan; k++) onlyHan = isHanCode(t.charCodeAt(k));
        if (onlyHan) {
          prev.chained = true;
          gaps.push({ start: i, end: j, chained: true });
          i = j;
          continue;
        }
      }
      gaps.push({ start: i, end: j, chained: false });
    }
    i = j;
  }
  if (!gaps.length) return;
  // Slogans in quotation marks (“好客山东 好品山东”) keep their spaces; document titles in 书名号 do not
  // (《滨河市 公共数据管理办法》 is a typing slip).
  const protectedRanges = new RangeCover(p.quotes);
  let reported = 0;
  for (const g of gaps) {
    if (g.chained || reported >= MAX_PER_PARAGRAPH) continue;
    if (protectedRanges.covers(g.start, g.end)) continue;
    // Padding of a two-character word to the width of three (编  号：, 王  伟): one Han character on each side.
    const leftRun = !isHanCode(t.charCodeAt(g.start - 2));
    const rightRun = g.end + 1 >= n || !isHanCode(t.charCodeAt(g.end + 1));
    if (leftRun && rightRun) continue;
    if (BYLINE_END.some((w) => t.endsWith(w, g.start))) continue;
    const start = g.start - 1;
    const end = g.end + 1;
    sink.report({
      ruleId: 'punctuation.cjk-space',
      start,
      end,
      suggestions: [t[start]! + t[g.end]!],
    });
    reported++;
  }
}

export interface PunctuationOptions {
  /** Turn off single checks (all on by default). */
  duplicate?: boolean;
  unpaired?: boolean;
  halfWidth?: boolean;
  cjkSpace?: boolean;
}

/**
 * The core pass's punctuation rules: createPunctuationRules({ halfWidth: false }) (half-width points are AutoCorrect's
 * job, library pass), the same checks in the same order, written out so the content script does not carry the
 * half-width check it never runs.
 */
export function createCorePunctuationRules(): ParagraphRule {
  return {
    kind: 'paragraph',
    rules: PUNCTUATION_RULES,
    check(p, sink) {
      const urls = urlishSpans(p.text);
      checkDuplicates(p, sink, urls);
      checkUnpaired(p, sink, urls);
      checkCjkSpace(p, sink);
    },
  };
}

/** The punctuation rules as one paragraph rule. */
export function createPunctuationRules(options: PunctuationOptions = {}): ParagraphRule {
  return {
    kind: 'paragraph',
    rules: PUNCTUATION_RULES,
    check(p, sink) {
      const urls = urlishSpans(p.text);
      if (options.duplicate !== false) checkDuplicates(p, sink, urls);
      if (options.unpaired !== false) checkUnpaired(p, sink, urls);
      if (options.halfWidth !== false) checkHalfWidth(p, sink, urls);
      if (options.cjkSpace !== false) checkCjkSpace(p, sink);
    },
  };
}
