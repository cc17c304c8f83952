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

const isSpace = (c: string | undefined) => c === ' ' || c === '\u00a0';
const HAN = /[\u3400-\u9fff\uf900-\ufaff]/;

/**
 * Aligns the original and the corrected text. AutoCorrect only inserts or removes spaces and swaps a
 * punctuation mark for its full-width form, so a greedy walk recovers each edit with its position.
 */
export function typographyEdits(original: string, corrected: string): TypographyEdit[] {
  const edits: TypographyEdit[] = [];
  let i = 0;
  let j = 0;
  while (i < original.length || j < corrected.length) {
    const a = original[i];
    const b = corrected[j];
    if (a === b) {
      i++;
      j++;
    } else if (a === '\u3000' && isSpace(b)) {
      // AutoCorrect makes ideographic spaces ASCII; official texts use them to align names (组　长：韩　正), which is
      // neither a punctuation nor a spacing error: keep the two texts aligned and report nothing.
      i++;
      j++;
    } else if (isSpace(b) && !isSpace(a)) {
      // Inserted space: underline the two characters it goes between.
      edits.push({
        kind: 'spacing',
        start: Math.max(0, i - 1),
        end: Math.min(original.length, i + 1),
        replacement: '',
      });
      j++;
    } else if (isSpace(a) && !isSpace(b)) {
      edits.push({ kind: 'spacing', start: i, end: i + 1, replacement: '' });
      i++;
    } else if (a !== undefined && b !== undefined) {
      // A width edit swaps a mark or a letter, never a Han character: the texts no longer line up, so stop rather
      // than report every later character.
      if (HAN.test(a) || HAN.test(b)) break;
      edits.push({ kind: 'width', start: i, end: i + 1, replacement: b });
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

/** Typography through a maintained library: half-width punctuation in Chinese, CJK–Latin spacing. */
export function createTypographyRule(provider: TypographyProvider): ParagraphRule {
  return {
    kind: 'paragraph',
    fields: ['title', 'digest', 'body', 'caption'],
    rules: TYPOGRAPHY_RULES,
    check(p, sink) {
      if (!/[\u4e00-\u9fff]/.test(p.text)) return;
      const fixed = provider.format(p.text);
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
