import { spanAt } from '../engine/text/segment';
/** Small character helpers shared by the punctuation, opinion, idiom, name and spelling rules (pure, no I/O). */

/** True for a CJK unified ideograph code unit (BMP: Ext A, URO, compatibility ideographs) or 〇. */
export function isHanCode(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff) || c === 0x3007;
}

export function isHanAt(text: string, i: number): boolean {
  return i >= 0 && i < text.length && isHanCode(text.charCodeAt(i));
}

export function isDigitCode(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0xff10 && c <= 0xff19);
}

export function isLatinCode(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

export function isUpperCode(c: number): boolean {
  return c >= 0x41 && c <= 0x5a;
}

export function isLowerCode(c: number): boolean {
  return c >= 0x61 && c <= 0x7a;
}

/** Horizontal white space: ASCII space, tab, NBSP, ideographic space, the U+2000 spaces. */
export function isSpaceCode(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0xa0 || c === 0x3000 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f;
}

/** Full-width (CJK) punctuation: CJK symbols block, full-width forms, curly quotes, ellipsis, dashes, middle dot. */
export function isCjkPunctCode(c: number): boolean {
  return (
    (c >= 0x3001 && c <= 0x3003) ||
    (c >= 0x3008 && c <= 0x3011) ||
    (c >= 0x3014 && c <= 0x301f) ||
    c === 0xff01 ||
    c === 0xff08 ||
    c === 0xff09 ||
    c === 0xff0c ||
    c === 0xff0e ||
    c === 0xff1a ||
    c === 0xff1b ||
    c === 0xff1f ||
    (c >= 0x2018 && c <= 0x201d) ||
    c === 0x2026 ||
    c === 0x2014 ||
    c === 0x00b7
  );
}

/**
 * Spans of URL-like and e-mail-like tokens (http://…, www.…, name@host.tld, host.tld/path) in a paragraph,
 * found with a single linear pass: a token is a maximal run of non-space ASCII characters.
 */
const URLISH = /:\/\/|^www\.|@[A-Za-z0-9-]+\.[A-Za-z]|[A-Za-z0-9-]\.[A-Za-z]{2,}\//;

export function urlishSpans(text: string): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c <= 0x20 || c >= 0x7f) {
      i++;
      continue;
    }
    let j = i;
    // Every URL-ish token holds a "." or a ":" (plain numbers and words are most tokens: no slice for them).
    let marked = false;
    while (j < n) {
      const d = text.charCodeAt(j);
      if (d <= 0x20 || d >= 0x7f) break;
      if (d === 0x2e || d === 0x3a) marked = true;
      j++;
    }
    if (marked && URLISH.test(text.slice(i, j))) out.push({ start: i, end: j });
    i = j;
  }
  return out;
}

/** True if offset `at` lies inside one of the sorted, non-overlapping spans. */
export function inSpans(spans: ReadonlyArray<{ start: number; end: number }>, at: number): boolean {
  return spanAt(spans, at) >= 0;
}

/** Quotes a fragment for a Chinese message. */
export function q(s: string): string {
  return /[“”]/.test(s) ? `「${s}」` : `“${s}”`;
}

/** Upper bound of findings one rule id reports in one paragraph (keeps pathological input cheap). */
export const MAX_PER_PARAGRAPH = 200;

/**
 * A text's code units, copied into one buffer that the next call reuses (grown as needed): for rules that read a
 * paragraph or a line as code units many times. The view is valid until the next call.
 */
export function unitBuffer(): (text: string) => Uint16Array {
  let buf = new Uint16Array(1024);
  return (text) => {
    if (buf.length < text.length) buf = new Uint16Array(Math.max(text.length, 2 * buf.length));
    for (let k = 0; k < text.length; k++) buf[k] = text.charCodeAt(k);
    return buf;
  };
}

/**
 * The units of a typed array as a plain array (Array.from(units) without the iterator: Array.from walks a typed
 * array through its iterator, one result object per unit in code not yet optimised, the first articles of a CLI run).
 */
export function arrayOfUnits(units: ArrayLike<number>): number[] {
  // made at its length (no regrowth while filled), every element set
  const out = new Array<number>(units.length);
  for (let k = 0; k < units.length; k++) out[k] = units[k]!;
  return out;
}

/**
 * Answers "is [start, end) inside one of these ranges?" for queries in non-decreasing `start` order in
 * amortised O(1) (ranges may nest; Paragraph.isQuoted scans all ranges per call).
 */
export class RangeCover {
  private readonly ranges: Array<{ start: number; end: number }>;
  private i = 0;
  private maxEnd = -1;

  constructor(ranges: ReadonlyArray<{ start: number; end: number }>) {
    this.ranges = [...ranges].sort((a, b) => a.start - b.start);
  }

  covers(start: number, end: number): boolean {
    while (this.i < this.ranges.length && this.ranges[this.i]!.start <= start) {
      const e = this.ranges[this.i]!.end;
      if (e > this.maxEnd) this.maxEnd = e;
      this.i++;
    }
    return this.maxEnd >= end;
  }
}

/** A code-unit lookup table from single-character pairs (0 = absent): hot loops avoid one-character strings. */
export function codeTable(pairs: Record<string, string>): Uint16Array {
  const table = new Uint16Array(65536);
  for (const [k, v] of Object.entries(pairs)) table[k.charCodeAt(0)] = v.charCodeAt(0);
  return table;
}

/**
 * Up to eight sets of characters (BMP, one code unit each) looked for in one pass over a text: bit k of the result
 * is set when the text holds a character of sets[k], as the class regex /[…]/ of that set would test. A rule with
 * several anchor classes reads one table per character instead of scanning the text once per class. It pays for
 * classes of many scattered characters (V8 tests those at every position) or several classes at once; a class of
 * two or three characters alone is faster as a regex.
 */
export function charSets(sets: readonly string[]): (text: string) => number {
  if (sets.length > 8) throw new Error('charSets: at most eight sets');
  const table = new Uint8Array(65536);
  for (let k = 0; k < sets.length; k++) {
    const s = sets[k]!;
    for (let i = 0; i < s.length; i++) table[s.charCodeAt(i)]! |= 1 << k;
  }
  const all = (1 << sets.length) - 1;
  return (text) => {
    let m = 0;
    for (let i = 0; i < text.length && m !== all; i++) m |= table[text.charCodeAt(i)]!;
    return m;
  };
}

/**
 * What `text.matchAll(re)` yields for a global regex (from position 0), without the copy of the regex that
 * matchAll makes on every call: that costs about a microsecond and runs the copy's first scans in V8's regexp
 * interpreter, most of a rule's time on a short paragraph (official prose is mostly short paragraphs). Lazy like
 * matchAll, so a caller that stops early does not scan on (5 MB of marks). Leaves re.lastIndex at 0.
 */
export function* matchesOf(re: RegExp, text: string): Generator<RegExpExecArray, void, undefined> {
  if (!re.global) throw new TypeError(`matchesOf needs a global regex: ${re}`);
  re.lastIndex = 0;
  try {
    for (;;) {
      const m = re.exec(text);
      if (m === null) return;
      let next = re.lastIndex;
      // An empty match: step on as matchAll does (by a code point under the u or v flag).
      if (m[0] === '') {
        const pair =
          /[uv]/.test(re.flags) && isHighSurrogate(text.charCodeAt(next)) && isLowSurrogate(text.charCodeAt(next + 1));
        next += pair ? 2 : 1;
      }
      yield m;
      re.lastIndex = next; // (the caller may have used re meanwhile)
    }
  } finally {
    re.lastIndex = 0;
  }
}

/**
 * The match matchesOf(re, text) yields first at or after `from` (null if none), without a generator: `for (let m =
 * matchFrom(re, t, 0); m; m = matchFrom(re, t, m.index + (m[0].length || 1)))` goes through the same matches for a
 * global regex without the u or v flag, and allocates no generator per paragraph. Leaves re.lastIndex at 0.
 */
export function matchFrom(re: RegExp, text: string, from: number): RegExpExecArray | null {
  if (!re.global) throw new TypeError(`matchFrom needs a global regex: ${re}`);
  re.lastIndex = from;
  const m = re.exec(text);
  re.lastIndex = 0;
  return m;
}

const isHighSurrogate = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLowSurrogate = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** A paragraph that opens with a citizen's message (网友：, 来信：, 问：): the account does not speak in it. */
export const CITIZEN_MESSAGE =
  /^\s*(?:网友|市民|群众|居民|村民|家长|用户|留言|来信|来电|问|咨询|投诉|诉求)[^：:]{0,8}[：:]/;

/**
 * A paragraph that opens with the account's reply label (回复：, 答复意见：, 【回复】), signalled by the rules that read
 * replies: a paragraph of the same draft that opens with `@name：` is then the citizen's comment, not the account
 * answering @name.
 */
export const REPLY_PARAGRAPH_SIGNAL = 'reply-paragraph';
const REPLY_PARAGRAPH =
  /^\s*(?:(?:回复|答复(?:意见)?|回应|答|办理结果|处理意见)[：:]|【(?:回复|答复|回应|官方回复|办理结果)】)/;
/** A paragraph opening with `@name：`: the account answering @name, or @name's comment above the reply. */
const AT_OPENING = /^\s*@[^\s：:@]{1,20}[：:]/;
const NO_REPLY_PARAGRAPH: readonly Requirement[] = [{ signal: REPLY_PARAGRAPH_SIGNAL, present: false }];
const NOTHING: readonly Requirement[] = [];
type Requirement = { signal: string; present: boolean };

/**
 * The reply frame of a paragraph, for a rule that reads replies: signals a paragraph opening with a reply label, and
 * returns what a finding in this paragraph requires — for a paragraph opening with `@name：`, that no paragraph of the
 * draft opens with a reply label (there, it is the comment being answered); otherwise nothing.
 */
export function replyFrame(t: string, sink: { signal(name: string): void }): readonly Requirement[] {
  if (REPLY_PARAGRAPH.test(t)) sink.signal(REPLY_PARAGRAPH_SIGNAL);
  return AT_OPENING.test(t) ? NO_REPLY_PARAGRAPH : NOTHING;
}

/** Longest quotation that is still a coined word or a name rather than speech (“智”造, “弘杨”杯). */
export const SHORT_QUOTE = 8;

/** Where 《…》 book titles run in `t`: [start, end) pairs. */
export function bookTitles(t: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let i = t.indexOf('《'); i >= 0; i = t.indexOf('《', i + 1)) {
    const e = t.indexOf('》', i);
    if (e < 0) break;
    out.push([i, e + 1]);
  }
  return out;
}

/** Does one of the spans [a, b) overlap [start, end)? */
export function overlapsPair(spans: ReadonlyArray<readonly [number, number]>, start: number, end: number): boolean {
  for (const [a, b] of spans) if (a < end && start < b) return true;
  return false;
}

/**
 * Does a book title of `titles` (bookTitles) hold [start, end) strictly inside its marks? A function, not a closure
 * at the call: a closure over a loop's variables makes V8 allocate a context for every pass of the loop.
 */
export function inBookTitle(titles: ReadonlyArray<readonly [number, number]>, start: number, end: number): boolean {
  for (const [a, b] of titles) if (a < start && end < b) return true;
  return false;
}

/** Is [start, end) inside a short quotation (SHORT_QUOTE): a coined word or a name, written so on purpose? */
export function inShortQuote(
  quotes: ReadonlyArray<{ start: number; end: number }>,
  start: number,
  end: number,
): boolean {
  return quotes.some((s) => s.start < start && end < s.end && s.end - s.start - 2 <= SHORT_QUOTE);
}

const SENTENCE_STOP = '。！？；\n';
/** Where the sentence holding `at` starts. */
export function sentenceFrom(t: string, at: number): number {
  let from = at;
  while (from > 0 && !SENTENCE_STOP.includes(t[from - 1]!)) from--;
  return from;
}
/** Where the sentence holding `at` ends. */
export function sentenceTo(t: string, at: number): number {
  let to = at;
  while (to < t.length && !SENTENCE_STOP.includes(t[to]!)) to++;
  return to;
}
