import type { ParagraphRule, RuleMeta } from '../engine/rule';

/** A typography library (AutoCorrect) that returns the corrected text of a paragraph. */
export interface TypographyProvider {
  name: string;
  format(text: string): string;
}

export interface TypographyEdit {
  kind: 'width' | 'spacing';
  start: number;
  end: number;
  replacement: string;
}

/**
 * Aligns the original and the corrected text. AutoCorrect only inserts or removes spaces and swaps a
 * punctuation mark for its full-width form, so a greedy walk recovers each edit with its position.
 */
export function typographyEdits(original: string, corrected: string): TypographyEdit[] {
  const edits: TypographyEdit[] = [];
  let i = 0;
  let j = 0;
  // Compared by code unit (-1 past the end): original[i] made a one-character string per Han character in code not
  // yet optimised (V8 keeps such strings for Latin-1 characters only).
  const spaceAt = (c: number) => c === 0x20 || c === 0xa0;
  const hanAt = (c: number) => (c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff);
  while (i < original.length || j < corrected.length) {
    const a = i < original.length ? original.charCodeAt(i) : -1;
    const b = j < corrected.length ? corrected.charCodeAt(j) : -1;
    if (a === b) {
      i++;
      j++;
    } else if (a === 0x3000 && spaceAt(b)) {
      // AutoCorrect makes ideographic spaces ASCII; official texts use them to align names (组　长：韩　正), which is
      // neither a punctuation nor a spacing error: keep the two texts aligned and report nothing.
      i++;
      j++;
    } else if (spaceAt(b) && !spaceAt(a)) {
      // Inserted space: underline the two characters it goes between.
      edits.push({
        kind: 'spacing',
        start: Math.max(0, i - 1),
        end: Math.min(original.length, i + 1),
        replacement: '',
      });
      j++;
    } else if (spaceAt(a) && !spaceAt(b)) {
      edits.push({ kind: 'spacing', start: i, end: i + 1, replacement: '' });
      i++;
    } else if (a >= 0 && b >= 0) {
      // A width edit swaps a mark or a letter, never a Han character: the texts no longer line up, so stop rather
      // than report every later character.
      if (hanAt(a) || hanAt(b)) break;
      edits.push({ kind: 'width', start: i, end: i + 1, replacement: corrected[j]! });
      i++;
      j++;
    } else {
      break; // lengths diverged unexpectedly: stop rather than guess
    }
  }
  // Spacing edits: fill in the corrected text of the underlined span.
  return edits.map((e) =>
    e.kind === 'spacing'
      ? { ...e, replacement: e.end - e.start === 1 ? '' : `${original[e.start]} ${original[e.end - 1]}` }
      : e,
  );
}

export const TYPOGRAPHY_RULES: RuleMeta[] = [
  {
    id: 'punctuation.half-width',
    category: 'punctuation',
    severity: 'info',
    title: '中文语境中的半角标点',
    message: '中文语句中应使用全角标点“{text}”→全角。',
    source: 'GB/T 15834-2011《标点符号用法》；AutoCorrect',
  },
  {
    id: 'punctuation.cjk-spacing',
    category: 'punctuation',
    severity: 'info',
    title: '中英文、数字之间的空格',
    message: '中文与英文、数字之间的空格不统一。',
    source: 'AutoCorrect（中文文案排版指北）',
    off: true,
  },
];

/**
 * Characters AutoCorrect leaves as they are (Han characters, Chinese punctuation): a text made only of them comes
 * back unchanged. lib/node/typography.ts gates on the same class; test/unit/cli/lazy-providers.test.ts checks it.
 */
export const INERT_CLASS =
  '\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff\\u3001-\\u3003\\u3005-\\u3011\\u3014-\\u301f\\u2014\\u2015\\u2018\\u2019\\u201c\\u201d\\u2026\\u00b7\\uff01-\\uff0f\\uff1a-\\uff20\\uff3b-\\uff40\\uff5b-\\uff65';
const ACTIVE = new RegExp(`[^${INERT_CLASS}]`);
/**
 * Characters that make AutoCorrect's result depend on more than the neighbourhood of a cut (see formatAround):
 * a path or URL at the start of a space-separated part (/), a path#anchor (#), code spans (`), dollars ($) and
 * several lines (\n, \r: lines without Chinese are formatted as English).
 */
const NON_LOCAL = /[/#`$\n\r]/;
/** Where a text may be cut: after ， 。 、 ； and before a Han character (see formatAround). */
const CUT = /[，。、；](?=[\u4e00-\u9fa5])/g;
const HAN_CHAR = /[\u4e00-\u9fa5]/;
/**
 * A clause whose only characters AutoCorrect may change are ASCII letters and digits, decimal points and the points of list
 * numbers ("1.北京市…"), per cent signs after digits, and spaces, ideographic or not (see formatPlain). AutoCorrect
 * formats the parts between spaces one by one; with these characters its rules only look at adjacent pairs, which
 * a space separates anyway. No colon between
 * digits (it becomes half width).
 */
const PLAIN = /^[\u4e00-\u9fa50-9A-Za-z.% \u3000，。、；：！？（）“”《》〔〕〈〉【】「」『』—―…]*$/;
const NOT_PLAIN = /[0-9]：[0-9]|(?<![0-9])[.%]|\.(?![0-9\u4e00-\u9fa5])|%(?=[0-9A-Za-z.%])/;
const HAN_DIGIT_BOUNDARY = /[\u4e00-\u9fa5](?=[0-9A-Za-z])|[0-9A-Za-z%](?=[\u4e00-\u9fa5])/g;
const SPACE_BEFORE_MARK = /([\u4e00-\u9fa50-9A-Za-z]) +([，。、！？：；（）「」《》【】])/g;
const SPACE_AFTER_MARK = /([，。、！？：；（）「」《》【】]) +([\u4e00-\u9fa50-9A-Za-z])/g;
const SPACE_BEFORE_QUOTE = /([\u4e00-\u9fa50-9A-Za-z]) +([“”])/g;
const SPACE_AFTER_QUOTE = /([“”]) +([\u4e00-\u9fa50-9A-Za-z])/g;

/**
 * What AutoCorrect makes of a PLAIN clause holding a Han character: a space between a Han character and a number
 * or a Latin word, either way round ("2025年增长3.5%的" → "2025 年增长 3.5% 的"; a point after a
 * digit stays as it is, "1.北京市" → "1.北京市"); ideographic spaces made ASCII, then the spaces
 * next to a Chinese mark or quote removed ("韩　正，" → "韩 正，"; in this order, as its rules run); nothing else
 * (no ASCII mark to widen, no other space). The clauses of official prose AutoCorrect would most often be called
 * for: numbers, dates and aligned names.
 */
function formatPlain(clause: string): string {
  let s = clause.replace(HAN_DIGIT_BOUNDARY, '$& ');
  // a space inserted above lies between a Han character and a letter or digit, next to no mark or quote: only a
  // clause with spaces of its own has any to make ASCII or remove
  if (clause.includes(' ') || clause.includes('\u3000')) {
    s = s
      .replaceAll('\u3000', ' ')
      .replace(SPACE_BEFORE_MARK, '$1$2')
      .replace(SPACE_AFTER_MARK, '$1$2')
      .replace(SPACE_BEFORE_QUOTE, '$1$2')
      .replace(SPACE_AFTER_QUOTE, '$1$2');
  }
  return s;
}

/**
 * provider.format(text), computed without calling the library on the clauses that do not need it.
 *
 * AutoCorrect (2.16) formats each space-separated part of a text with regular expressions, then the whole text
 * with a few more. None of them can match across ， 。 、 or ； followed by a Han character (such a mark only
 * matches a negated class followed by a Latin letter or digit, or needs a space next to it), and a clause
 * starting with a Han character never matches their start anchors; so, unless a NON_LOCAL character is present,
 * the text formatted clause by clause is the text formatted whole, as long as each clause holds a Han character
 * (AutoCorrect skips text without one, the whole has one). Clauses made only of INERT characters come back
 * unchanged, PLAIN clauses are formatted here (formatPlain), and the library formats the stretch from the
 * first to the last other clause in one call (a call costs more than the characters it formats). A paragraph of
 * Han text with Chinese punctuation, numbers and aligned names never reaches it. test/unit/rules/typography-around.test.ts
 * compares the result with the library's on real prose and on random mixes.
 */
export function formatAround(text: string, provider: TypographyProvider): string {
  if (!ACTIVE.test(text)) return text;
  if (NON_LOCAL.test(text)) return provider.format(text);
  const bounds = [0];
  CUT.lastIndex = 0;
  for (let m = CUT.exec(text); m; m = CUT.exec(text)) {
    // A first clause without a Han character goes with the next one (which starts with one).
    if (bounds.length > 1 || HAN_CHAR.test(text.slice(0, m.index))) bounds.push(m.index + 1);
  }
  bounds.push(text.length);
  let first = -1;
  let last = -1;
  const active: boolean[] = [];
  for (let k = 0; k + 1 < bounds.length; k++) {
    const clause = text.slice(bounds[k], bounds[k + 1]);
    active.push(ACTIVE.test(clause));
    if (active[k] && (!PLAIN.test(clause) || NOT_PLAIN.test(clause))) {
      if (first < 0) first = k;
      last = k;
    }
  }
  // Only what changes is rebuilt: text[0, copied) is in `out`.
  let out = '';
  let copied = 0;
  for (let k = 0; k + 1 < bounds.length; k++) {
    if (k === first) {
      out += text.slice(copied, bounds[first]) + provider.format(text.slice(bounds[first], bounds[last + 1]));
      copied = bounds[last + 1]!;
      k = last;
    } else if (active[k]) {
      const clause = text.slice(bounds[k], bounds[k + 1]);
      const fixed = formatPlain(clause);
      if (fixed !== clause) {
        out += text.slice(copied, bounds[k]) + fixed;
        copied = bounds[k + 1]!;
      }
    }
  }
  return copied === 0 ? text : out + text.slice(copied);
}

/** Typography through a maintained library: half-width punctuation in Chinese, CJK–Latin spacing. */
export function createTypographyRule(provider: TypographyProvider): ParagraphRule {
  return {
    kind: 'paragraph',
    fields: ['title', 'digest', 'body', 'caption'],
    rules: TYPOGRAPHY_RULES,
    check(p, sink) {
      if (!/[\u4e00-\u9fff]/.test(p.text)) return;
      const fixed = formatAround(p.text, provider);
      if (fixed === p.text) return;
      for (const e of typographyEdits(p.text, fixed)) {
        if (e.kind === 'width') {
          sink.report({
            ruleId: 'punctuation.half-width',
            start: e.start,
            end: e.end,
            message: `中文语句中应使用全角标点：“${p.text.slice(e.start, e.end)}”应为“${e.replacement}”。`,
            suggestions: [e.replacement],
          });
        } else {
          sink.report({
            ruleId: 'punctuation.cjk-spacing',
            start: e.start,
            end: e.end,
            suggestions: e.replacement ? [e.replacement] : [],
          });
        }
      }
    },
  };
}
