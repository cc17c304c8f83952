import type { Field, Platform } from '../types';
import { insideAny, quotedRanges, type Span, spanAt, splitSentences } from './segment';

/** One paragraph with lazily computed structure shared by all rules that look at it. */
export class Paragraph {
  private _sentences?: Span[];
  private _quotes?: Span[];

  constructor(
    readonly field: Field,
    /** The paragraph text. */
    readonly text: string,
    /** Offset of the paragraph in the field's text. */
    readonly offset: number,
    readonly platform: Platform,
    /** Today's date as YYYY-MM-DD (time-dependent rules). */
    readonly today: string,
  ) {}

  get sentences(): Span[] {
    this._sentences ??= splitSentences(this.text);
    return this._sentences;
  }

  get quotes(): Span[] {
    this._quotes ??= quotedRanges(this.text);
    return this._quotes;
  }

  /** True if [start, end) is inside quotation marks. */
  isQuoted(start: number, end: number): boolean {
    return this.quotes.length > 0 && insideAny(this.quotes, start, end);
  }

  /** The sentence containing offset `at`. */
  sentenceAt(at: number): Span {
    const i = spanAt(this.sentences, at);
    return i >= 0 ? this.sentences[i]! : { start: 0, end: this.text.length };
  }
}
