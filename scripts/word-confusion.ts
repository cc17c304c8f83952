import { type CharSimilarity, SOUND_TONELESS } from '../lib/engine/near/similar';

/**
 * Word-level 别字 search: a run of 2–4 Han characters that is not a word, where replacing one character by a
 * sound-alike or look-alike gives a common word (防讯 → 防汛), accepted only when the surrounding text segments
 * clearly better with the correction (unigram word model over a frequency list, like jieba's DAG segmentation).
 *
 * Pure: the caller passes the word list (word → corpus frequency) and the character similarity.
 *
 * Candidate lookup is O(1) per window and position: every common word is indexed under (length, position of the
 * free character, the other characters as 16-bit code units) packed into one exact JS number (≤ 52 bits); the
 * segmentation comparison runs only on index hits whose differing characters are alike.
 */

export interface WordConfusionOptions {
  /** Least frequency of a word proposed as the correction. */
  minTarget: number;
  /** Least gain in log-probability of the best segmentation of the context with the correction. */
  margin: number;
  /** Least sound level (1 fuzzy, 2 toneless, 3 with tone) for a sound-alike; look-alikes always count. */
  soundLevel: number;
  /** Characters of context on each side for the segmentation comparison. */
  context: number;
}

export const DEFAULT_WORD_CONFUSION: WordConfusionOptions = {
  minTarget: 1000,
  margin: 8,
  soundLevel: SOUND_TONELESS,
  context: 4,
};

export interface WordConfusionHit {
  start: number;
  end: number;
  wrong: string;
  right: string;
  /** Gain in log-probability (natural log) of the context's best segmentation with the correction. */
  gain: number;
}

/**
 * Function characters: their slips are grammar (的/地/得) or they join words freely, so a window changing one of
 * them, or into one of them, is not judged here.
 */
const FUNCTION_CHARS = new Set('的地得了着过是在和与及或而也都就又还把被对从向于为之其所这那有个不没很更最吗呢吧啊');

function isHan(c: number): boolean {
  return c >= 0x4e00 && c <= 0x9fff;
}

/** Key of a word with its character at `pos` left out: length (2 bits), position (2 bits), other code units. */
function maskedKey(s: string, start: number, len: number, pos: number): number {
  let k = 0;
  for (let j = 0; j < len; j++) if (j !== pos) k = k * 65536 + s.charCodeAt(start + j);
  return k * 16 + (len - 1) * 4 + pos;
}

export class WordConfusion {
  private readonly logTotal: number;
  /** masked key → the characters that complete it to a common word (each once). */
  private readonly index = new Map<number, string>();
  /** Code units occurring in some common word, by position bit (1 << pos): fast dismissal of windows. */
  private readonly charPos = new Uint8Array(65536);
  private readonly unknownLog: number;

  constructor(
    private readonly freq: ReadonlyMap<string, number>,
    private readonly sim: CharSimilarity,
    readonly opts: WordConfusionOptions = DEFAULT_WORD_CONFUSION,
  ) {
    let total = 0;
    for (const f of freq.values()) total += f;
    this.logTotal = Math.log(Math.max(total, 1));
    this.unknownLog = Math.log(0.5) - this.logTotal;
    for (const [w, f] of freq) {
      const n = w.length;
      if (n < 2 || n > 4 || f < opts.minTarget) continue;
      let ok = true;
      for (let j = 0; j < n; j++) if (!isHan(w.charCodeAt(j))) ok = false;
      if (!ok) continue;
      for (let j = 0; j < n; j++) this.charPos[w.charCodeAt(j)]! |= 1 << j;
      for (let p = 0; p < n; p++) {
        const k = maskedKey(w, 0, n, p);
        const free = this.index.get(k) ?? '';
        if (!free.includes(w[p]!)) this.index.set(k, free + w[p]!);
      }
    }
  }

  private logP(w: string): number {
    const f = this.freq.get(w);
    return f ? Math.log(f) - this.logTotal : w.length === 1 ? this.unknownLog : Number.NEGATIVE_INFINITY;
  }

  /** Best unigram segmentation log-probability of s (words up to 4 characters; any single character allowed). */
  segment(s: string): number {
    const n = s.length;
    const best = new Float64Array(n + 1).fill(Number.NEGATIVE_INFINITY);
    best[0] = 0;
    for (let i = 1; i <= n; i++) {
      for (let l = 1; l <= Math.min(4, i); l++) {
        const lp = this.logP(s.slice(i - l, i));
        if (lp === Number.NEGATIVE_INFINITY) continue;
        const v = best[i - l]! + lp;
        if (v > best[i]!) best[i] = v;
      }
    }
    return best[n]!;
  }

  /**
   * Suspected slips in `text`. `blocked(start, end)` may veto a window (inside a listed name, place or term).
   * Overlapping hits keep the one with the larger gain.
   */
  scan(text: string, blocked?: (start: number, end: number) => boolean): WordConfusionHit[] {
    const out: WordConfusionHit[] = [];
    const n = text.length;
    const cp = this.charPos;
    for (let i = 0; i < n; i++) {
      if (!isHan(text.charCodeAt(i))) continue;
      for (let len = 2; len <= 4 && i + len <= n; len++) {
        if (!isHan(text.charCodeAt(i + len - 1))) break;
        for (let p = 0; p < len; p++) {
          // every other character must occur at its position in some common word
          let ok = true;
          for (let j = 0; j < len && ok; j++) if (j !== p && !(cp[text.charCodeAt(i + j)]! & (1 << j))) ok = false;
          if (!ok) continue;
          const free = this.index.get(maskedKey(text, i, len, p));
          if (!free) continue;
          const wrongCh = text[i + p]!;
          if (FUNCTION_CHARS.has(wrongCh)) continue;
          // memoized string of sound- and look-alikes; walk the shorter string, includes() on the other
          const alike = this.sim.alike(wrongCh, this.opts.soundLevel);
          const [walk, other] = free.length <= alike.length ? [free, alike] : [alike, free];
          for (const rightCh of walk) {
            if (!other.includes(rightCh) || FUNCTION_CHARS.has(rightCh)) continue;
            const wrong = text.slice(i, i + len);
            const right = wrong.slice(0, p) + rightCh + wrong.slice(p + 1);
            if (this.freq.has(wrong)) continue;
            if (blocked?.(i, i + len)) continue;
            const gain = this.gain(text, i, len, p, rightCh);
            if (gain >= this.opts.margin) out.push({ start: i, end: i + len, wrong, right, gain });
          }
        }
      }
    }
    return keepBest(out);
  }

  /** How much better the context segments with `ch` at i+p (the Han run around the window, `context` each side). */
  gain(text: string, i: number, len: number, p: number, ch: string): number {
    let a = i;
    let b = i + len;
    for (let k = 0; k < this.opts.context && a > 0 && isHan(text.charCodeAt(a - 1)); k++) a--;
    for (let k = 0; k < this.opts.context && b < text.length && isHan(text.charCodeAt(b)); k++) b++;
    const span = text.slice(a, b);
    const at = i + p - a;
    const fixed = span.slice(0, at) + ch + span.slice(at + 1);
    return this.segment(fixed) - this.segment(span);
  }
}

function keepBest(hits: WordConfusionHit[]): WordConfusionHit[] {
  hits.sort((x, y) => y.gain - x.gain);
  const kept: WordConfusionHit[] = [];
  for (const h of hits) if (!kept.some((k) => h.start < k.end && k.start < h.end)) kept.push(h);
  return kept.sort((x, y) => x.start - y.start);
}

/** words.txt (`word<SPACE>frequency` per line, `#` comments) → word → frequency. */
export function parseWordFreq(text: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const line of text.split(/\r?\n/)) {
    if (!line || line.startsWith('#')) continue;
    const sp = line.indexOf(' ');
    if (sp < 1) continue;
    const f = Number(line.slice(sp + 1));
    if (Number.isFinite(f) && f > 0) out.set(line.slice(0, sp), f);
  }
  return out;
}
