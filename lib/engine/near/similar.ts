import type { PinyinTable, ShapeTable } from '../data/tables';

/**
 * How alike two characters are, for near-miss matching: by sound (pinyin table) and by shape (形近字 table).
 *
 * Sound levels: 3 = a shared reading with tone (政/正 zheng4), 2 = a shared reading without tone (察/查 cha2),
 * 1 = a shared reading after folding the usual confusions of Chinese input and speech: z/zh, c/ch, s/sh and n/l
 * initials, an/ang, en/eng, in/ing finals (四/是 si/shi, 南/蓝 nan/lan). 0 = none of these.
 */
export const SOUND_TONE = 3;
export const SOUND_TONELESS = 2;
export const SOUND_FUZZY = 1;

/** Toneless, fuzzy-folded syllable: zhang3 → zan. */
export function foldSyllable(s: string): string {
  return s
    .replace(/[0-5]$/, '')
    .replace(/^([zcs])h/, '$1')
    .replace(/^l/, 'n')
    .replace(/ng$/, 'n');
}

const SOUND_MEMO_LIMIT = 1 << 16;

export class CharSimilarity {
  private readonly folded = new Map<string, string[]>();
  /**
   * Reading → characters, built on first use of `alike` at the level that needs it: toneless (zhang), and folded
   * (foldSyllable: zan). A rule that asks only at one level never folds every syllable of the table.
   */
  private toneless?: Map<string, string>;
  private fuzzy?: Map<string, string>;
  /** alike() answers by level and character: rules ask for the same characters again and again at build time. */
  private readonly alikeMemo = new Map<string, string>();

  constructor(
    readonly pinyin?: PinyinTable,
    readonly shapes?: ShapeTable,
  ) {}

  private fold(ch: string): string[] {
    let f = this.folded.get(ch);
    if (!f) {
      f = (this.pinyin?.readings(ch) ?? []).map(foldSyllable);
      this.folded.set(ch, f);
    }
    return f;
  }

  /** sound() answers by character pair (UTF-16 units); near-miss checks ask for the same pairs again and again. */
  private readonly soundMemo = new Map<number, number>();

  /** Sound level of b against a (0–3). */
  sound(a: string, b: string): number {
    const p = this.pinyin;
    if (!p || a === b) return 0;
    if (a.length !== 1 || b.length !== 1) return this.computeSound(p, a, b);
    const key = a.charCodeAt(0) * 65536 + b.charCodeAt(0);
    let level = this.soundMemo.get(key);
    if (level === undefined) {
      level = this.computeSound(p, a, b);
      if (this.soundMemo.size >= SOUND_MEMO_LIMIT) this.soundMemo.clear();
      this.soundMemo.set(key, level);
    }
    return level;
  }

  private computeSound(p: PinyinTable, a: string, b: string): number {
    if (p.sameSound(a, b, false)) return SOUND_TONE;
    if (p.sameSound(a, b, true)) return SOUND_TONELESS;
    const fa = this.fold(a);
    return fa.length && this.fold(b).some((x) => fa.includes(x)) ? SOUND_FUZZY : 0;
  }

  shape(a: string, b: string): boolean {
    return Boolean(this.shapes?.like(a, b));
  }

  /** sound() of two code units: strings of them are made only for a pair not met before. */
  soundUnits(a: number, b: number): number {
    if (!this.pinyin || a === b) return 0;
    return this.soundMemo.get(a * 65536 + b) ?? this.sound(String.fromCharCode(a), String.fromCharCode(b));
  }

  /** shape() of two code units. */
  shapeUnits(a: number, b: number): boolean {
    return Boolean(this.shapes?.likeUnits(a, b));
  }

  /** Every character that sounds at least `level` alike `ch` (SOUND_TONE … SOUND_FUZZY) or looks like it. */
  alike(ch: string, level: number): string {
    const key = `${level}\u0000${ch}`;
    let r = this.alikeMemo.get(key);
    if (r === undefined) {
      r = this.computeAlike(ch, level);
      this.alikeMemo.set(key, r);
    }
    return r;
  }

  private computeAlike(ch: string, level: number): string {
    const p = this.pinyin;
    let out = this.shapes?.similar(ch) ?? '';
    if (!p) return out;
    for (const r of p.readings(ch)) {
      out += level >= SOUND_TONE ? (p.bySyllable.get(r) ?? '') : '';
      if (level === SOUND_TONELESS) out += (this.toneless ??= byKey(p, toneless)).get(toneless(r)) ?? '';
      if (level <= SOUND_FUZZY) out += (this.fuzzy ??= byKey(p, foldSyllable)).get(foldSyllable(r)) ?? '';
    }
    return uniqueCodePoints(out, ch);
  }
}

/** A syllable without its tone digit: syl.replace(/[0-5]$/, ''), without a regex (run for every syllable). */
function toneless(syl: string): string {
  const last = syl.charCodeAt(syl.length - 1);
  return last >= 48 && last <= 53 ? syl.slice(0, -1) : syl;
}

/** The table's characters by `key(syllable)`, each key's in the table's order of syllables. */
function byKey(p: PinyinTable, key: (syl: string) => string): Map<string, string> {
  const m = new Map<string, string>();
  for (const [syl, chars] of p.bySyllable) {
    const k = key(syl);
    m.set(k, (m.get(k) ?? '') + chars);
  }
  return m;
}

let seenBmp: Uint8Array | undefined;
/** The code points of `s` in order of first appearance, each once, without `except`: [...new Set(s)] minus it. */
export function uniqueCodePoints(s: string, except: string): string {
  const seen = (seenBmp ??= new Uint8Array(0x10000));
  let astral: Set<number> | undefined;
  let out = '';
  for (let i = 0; i < s.length; ) {
    const cp = s.codePointAt(i)!;
    const n = cp > 0xffff ? 2 : 1;
    const fresh = n === 1 ? !seen[cp] : !(astral ??= new Set()).has(cp);
    if (fresh) {
      if (n === 1) seen[cp] = 1;
      else astral!.add(cp);
      const c = n === 1 ? s[i]! : s.slice(i, i + 2);
      if (c !== except) out += c;
    }
    i += n;
  }
  for (let i = 0; i < s.length; i++) seen[s.charCodeAt(i)] = 0;
  return out;
}
