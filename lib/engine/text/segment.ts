/** Paragraph, sentence and quotation segmentation on original text (UTF-16 offsets). */

export interface Span {
  start: number;
  end: number;
}

/** Paragraphs are separated by line breaks (\n, \r\n or \r); the break itself belongs to no paragraph. */
export function splitParagraphs(text: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) {
      out.push({ start, end: i });
      if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
      start = i + 1;
    }
  }
  out.push({ start, end: text.length });
  return out;
}

/** 1 = sentence end, 2 = closing quote (a table by code unit: this runs on every character). */
const SENTENCE_CLASS = new Uint8Array(65536);
for (const ch of '。！？!?；;…') SENTENCE_CLASS[ch.charCodeAt(0)] = 1;
for (const ch of '”」』’〞"\'') SENTENCE_CLASS[ch.charCodeAt(0)] = 2;

/** Sentence spans inside one paragraph (relative offsets). Closing quotes after the end mark stay in the sentence. */
export function splitSentences(p: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  for (let i = 0; i < p.length; i++) {
    const c = p.charCodeAt(i);
    // no end mark is an ideograph (most of the text): no table read for those
    if (c >= 0x4e00 && c <= 0x9fff) continue;
    if (SENTENCE_CLASS[c] === 1) {
      let j = i + 1;
      while (j < p.length && SENTENCE_CLASS[p.charCodeAt(j)]! > 0) j++;
      out.push({ start, end: j });
      start = j;
      i = j - 1;
    }
  }
  if (start < p.length) out.push({ start, end: p.length });
  return out;
}

const QUOTE_CLOSE = new Uint16Array(65536);
for (const [open, close] of ['“”', '「」', '『』', '‘’', '〝〞'])
  QUOTE_CLOSE[open!.charCodeAt(0)] = close!.charCodeAt(0);

/** Characters of a Weibo nickname: Han, Latin letters, digits, - and _ (4–30 bytes; at most 30 units here). */
const isNickUnit = (c: number) =>
  (c >= 0x4e00 && c <= 0x9fff) ||
  (c >= 0x30 && c <= 0x39) ||
  (c >= 0x41 && c <= 0x5a) ||
  (c >= 0x61 && c <= 0x7a) ||
  c === 0x2d ||
  c === 0x5f;
/**
 * What may follow a nickname: a colon, a space, a closing bracket or the end of the paragraph (Weibo writes a space or
 * a colon after a mention; a comma may end a run-on @人民日报发布了消息，… that is no name).
 */
const NICK_END = new Set([...'：: \u3000\t)）'].map((c) => c.charCodeAt(0)));

/**
 * End of the mention opening at p[at] === '@', or 0: a nickname of 1–30 units ended by a colon, space, bracket or
 * the paragraph's end (a run-on @人民日报发布了… is no clear mention), not an e-mail address (a letter or
 * digit before the @).
 */
function mentionEnd(p: string, at: number): number {
  const before = at > 0 ? p.charCodeAt(at - 1) : -1;
  if (before >= 0 && before < 0x80 && (isNickUnit(before) || before === 0x2e)) return 0;
  let j = at + 1;
  while (j < p.length && j - at <= 30 && isNickUnit(p.charCodeAt(j))) j++;
  if (j === at + 1 || j - at > 30) return 0;
  return j === p.length || NICK_END.has(p.charCodeAt(j)) ? j : 0;
}

/**
 * Quoted ranges in a paragraph: “…”, 「…」, 『…』, ‘…’, 〝…〞 and straight "…" pairs. An opening mark with no
 * closing mark quotes nothing (an unpaired “ must not silence the rest of the paragraph). Scans char codes only,
 * which keeps multi-megabyte paragraphs fast. The one quote semantics: rules read it as `Paragraph.quotes`.
 * A Weibo mention (回复@不服来辩：…, @某某发布 ) counts as quoted too: a user's chosen name, not the account's words.
 */
export function quotedRanges(p: string): Span[] {
  const out: Span[] = [];
  const closes: number[] = [];
  const starts: number[] = [];
  let straight = -1;
  for (let i = 0; i < p.length; i++) {
    const c = p.charCodeAt(i);
    // an ideograph opens, closes and ends nothing here (most of the text): no table read for those
    if (c >= 0x4e00 && c <= 0x9fff) continue;
    const close = QUOTE_CLOSE[c]!;
    if (close) {
      closes.push(close);
      starts.push(i);
      continue;
    }
    if (c === 0x40) {
      const e = mentionEnd(p, i);
      if (e > 0) {
        out.push({ start: i, end: e });
        i = e - 1;
      }
      continue;
    }
    if (c === 0x22) {
      if (straight < 0) straight = i;
      else {
        out.push({ start: straight, end: i + 1 });
        straight = -1;
      }
      continue;
    }
    if (closes.length && closes[closes.length - 1] === c) {
      closes.pop();
      out.push({ start: starts.pop()!, end: i + 1 });
    }
  }
  return out;
}

/** True if [start, end) lies inside one of the (sorted or unsorted) ranges. */
export function insideAny(ranges: readonly Span[], start: number, end: number): boolean {
  for (const r of ranges) if (r.start <= start && end <= r.end) return true;
  return false;
}

/** Index of the span containing offset `at` (spans sorted, non-overlapping), or -1. */
export function spanAt(spans: ReadonlyArray<Span>, at: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = spans[mid]!;
    if (at < s.start) hi = mid - 1;
    else if (at >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** 1-based line and column (columns in Unicode code points; CRLF is one break) of a UTF-16 offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) {
      if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
      line++;
      lineStart = i + 1;
    }
  }
  let column = 1;
  for (let i = lineStart; i < offset; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < offset) i++;
    column++;
  }
  return { line, column };
}
