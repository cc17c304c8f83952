import type { ParagraphRule, RuleMeta } from '../engine/rule';
import { matchesOf } from './util-text';

/**
 * 密级 marks copied from a classified document (GB/T 9704-2012 §7.2.2 prints 密级 and 保密期限 as "机密★1年"):
 *
 * - 绝密★ / 机密★10年 / 秘密★长期 / 秘密 ☆ 一年 (the star in any of its usual forms, with or without spaces);
 * - a line that is only a 密级 (optionally with 份号 and 保密期限): "机密", "绝  密", "份号：000123  机密★1年";
 * - 密级：秘密 / 保密期限：10年 as labelled fields.
 *
 * Ordinary prose never matches — 商业秘密, 国家秘密, 机密文件管理, 涉密性, 涉密人员 have no star, no label and are
 * not alone on a line. A mark inside quotation marks or 《》 (a 保密宣传 article explaining the format, a film title)
 * is only a warning.
 *
 * All patterns are literal alternations with bounded gaps (linear time).
 */

const BASIS =
  '《中华人民共和国保守国家秘密法》；GB/T 9704-2012《党政机关公文格式》7.2.2；国办发〔2018〕123号（严把保密关）';

export const SECRECY_RULES: RuleMeta[] = [
  {
    id: 'secrecy.classification',
    category: 'secrecy',
    severity: 'block',
    title: '密级标志',
    message: '“{text}”是国家秘密的密级标志，涉密内容严禁在政务新媒体发布，请立即核实来源并删除。',
    source: BASIS,
  },
  {
    id: 'secrecy.restricted',
    category: 'secrecy',
    severity: 'warn',
    title: '内部密级标注',
    message: '“{text}”标注为内部或工作秘密，此类文件不宜公开发布，请核实是否已经批准公开。',
    source: BASIS,
  },
];

const SP = '[ \\t\\u00a0\\u3000]';
const LEVEL = `(?:绝${SP}{0,2}密|机${SP}{0,2}密|秘${SP}{0,2}密)`;
const TERM = `(?:\\d{1,2}${SP}{0,2}年|[０-９]{1,2}${SP}{0,2}年|[一二三四五六七八九十]{1,3}${SP}{0,2}年|长期)`;
const STAR = '[★☆✩✭✮✯✰⭐]';
const SERIAL = `份号${SP}{0,2}[：:]?${SP}{0,3}[0-9０-９]{1,8}`;

/** 机密★10年 — anywhere in a paragraph. */
const STAR_MARK = new RegExp(`${LEVEL}${SP}{0,3}${STAR}${SP}{0,3}${TERM}?`, 'g');
/** A paragraph that is nothing but a classification header. */
const HEADER_LINE = new RegExp(
  `^${SP}{0,8}(?:${SERIAL}${SP}{0,6})?(${LEVEL}(?:${SP}{0,4}${STAR}?${SP}{0,4}${TERM})?)(?:${SP}{0,6}${SERIAL})?${SP}{0,8}$`,
);
/** 密级：秘密 / 密级：内部 */
const LEVEL_LABEL = new RegExp(
  `密${SP}{0,2}级${SP}{0,2}[：:]${SP}{0,3}(绝密|机密|秘密|内部资料|内部使用|内部|工作秘密|限内部|公开|非密|无|不涉密)(${SP}{0,3}${STAR}${SP}{0,3}${TERM}?)?`,
  'g',
);
/** 保密期限：10年 / 保密期限：长期 */
const TERM_LABEL = new RegExp(`保密期限${SP}{0,2}[：:]${SP}{0,3}${TERM}`, 'g');

const PUBLIC_VALUES = new Set(['公开', '非密', '无', '不涉密']);
const CLASSIFIED = new Set(['绝密', '机密', '秘密']);

const OPEN_QUOTE: Record<string, string> = { '“': '”', '「': '」', '『': '』', '‘': '’', '《': '》', '"': '"' };
const LOOK = 40;

/**
 * True if [start, end) sits inside quotation marks or 《》 that open at most 40 characters before it and close at
 * most 40 characters after it (a local, bounded check; a quoted mark is an example or a title, not a header).
 */
function quotedNear(text: string, start: number, end: number): boolean {
  for (let i = start - 1; i >= 0 && start - i <= LOOK; i--) {
    const close = OPEN_QUOTE[text[i]!];
    if (!close) continue;
    // no closing mark between the opening one and the span
    if (text.slice(i + 1, start).includes(close) && close !== '"') continue;
    const after = text.slice(end, end + LOOK);
    if (after.includes(close)) return true;
  }
  return false;
}

/** At most this many findings per paragraph: a paragraph full of marks needs no more underlines. */
const MAX_FINDINGS = 200;

export function createSecrecyMarksRule(): ParagraphRule {
  return {
    kind: 'paragraph',
    rules: SECRECY_RULES,
    check(p, sink) {
      const text = p.text;
      if (!text.includes('密')) return;
      // spans already reported (labels first, then star marks): a bitmap keeps the overlap test O(span)
      let taken: Uint8Array | undefined;
      let count = 0;
      const emit = (ruleId: string, s: number, e: number) => {
        if (count >= MAX_FINDINGS) return;
        // trim spaces at the edges of the span
        while (s < e && /\s|\u3000/.test(text[s]!)) s++;
        while (e > s && /\s|\u3000/.test(text[e - 1]!)) e--;
        if (e <= s) return;
        taken ??= new Uint8Array(text.length);
        for (let k = s; k < e; k++) if (taken[k]) return;
        taken.fill(1, s, e);
        count++;
        const severity = ruleId === 'secrecy.classification' ? 'warn' : 'info';
        if (quotedNear(text, s, e)) sink.report({ ruleId, start: s, end: e, severity });
        else sink.report({ ruleId, start: s, end: e });
      };

      if (text.length <= 60) {
        const h = HEADER_LINE.exec(text);
        if (h) {
          emit('secrecy.classification', 0, text.length);
          return;
        }
      }
      for (const m of matchesOf(LEVEL_LABEL, text)) {
        if (count >= MAX_FINDINGS) break;
        const value = m[1]!;
        if (PUBLIC_VALUES.has(value)) continue;
        emit(CLASSIFIED.has(value) ? 'secrecy.classification' : 'secrecy.restricted', m.index, m.index + m[0].length);
      }
      for (const m of matchesOf(STAR_MARK, text)) {
        if (count >= MAX_FINDINGS) break;
        emit('secrecy.classification', m.index, m.index + m[0].length);
      }
      for (const m of matchesOf(TERM_LABEL, text)) {
        if (count >= MAX_FINDINGS) break;
        emit('secrecy.classification', m.index, m.index + m[0].length);
      }
    },
  };
}
