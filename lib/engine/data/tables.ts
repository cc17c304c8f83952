/** Parsers for the plain-text data tables in dictionaries/data/ (no I/O here: callers pass the text). */
import { noteTableInput, storedTable } from './store';
import { type DataText, inputOf, textOf } from './text-source';

/** Lines that are not comments or blank. */
export function dataLines(text: string): string[] {
  return text.split(/\r?\n/).filter((l) => l && !l.startsWith('#'));
}

/** t2s.txt → the concatenated pair string the Normalizer takes. */
export function parseT2s(text: string): string {
  return dataLines(text).join('');
}

/** A reading without its tone digit (0–5) at the end: zhong1 → zhong. */
function withoutTone(s: string): string {
  const c = s.charCodeAt(s.length - 1);
  return c >= 48 && c <= 53 ? s.slice(0, -1) : s;
}

export class PinyinTable {
  private readonly byChar = new Map<string, string[]>();
  /** Syllable with tone → the characters read so. */
  readonly bySyllable = new Map<string, string>();

  constructor(text: string) {
    for (const line of dataLines(text)) {
      const sp = line.indexOf(' ');
      if (sp < 0) continue;
      const syllable = line.slice(0, sp);
      this.bySyllable.set(syllable, (this.bySyllable.get(syllable) ?? '') + line.slice(sp + 1));
      for (const ch of line.slice(sp + 1)) {
        const list = this.byChar.get(ch);
        if (list) list.push(syllable);
        else this.byChar.set(ch, [syllable]);
      }
    }
  }

  get size(): number {
    return this.byChar.size;
  }

  /** Readings with tone numbers ("zhong1"), or [] for characters outside the table. */
  readings(ch: string): readonly string[] {
    return this.byChar.get(ch) ?? [];
  }

  /** True if the two characters share a reading; `toneless` ignores tones. */
  sameSound(a: string, b: string, toneless = false): boolean {
    const ra = this.readings(a);
    const rb = this.readings(b);
    if (!ra.length || !rb.length) return false;
    // Runs for many character pairs per article: no Set, no array, no regex here.
    for (const r of rb) {
      const x = toneless ? withoutTone(r) : r;
      for (const q of ra) if ((toneless ? withoutTone(q) : q) === x) return true;
    }
    return false;
  }
}

/** idioms.txt → list of four-character idioms. */
export function parseIdioms(text: DataText): string[] {
  // cachedTable notes the text the list came from: the idiom rules key their tables by it.
  return cachedTable('idioms', text, (t) =>
    dataLines(t)
      .map((l) => l.trim())
      .filter((l) => l.length === 4),
  );
}

const tableCache = new Map<string, unknown>();
/** One parsed table per source text (the same text is parsed once per process or page). */
export function cachedTable<T>(kind: string, source: DataText, make: (text: string) => T): T {
  const input = inputOf(source);
  const key = `${kind}\u0000${input}`;
  let t = tableCache.get(key) as T | undefined;
  if (t === undefined) {
    t = storedTable(
      kind,
      () => input,
      () => make(textOf(source)),
    );
    noteTableInput(t, kind, input);
    tableCache.set(key, t);
  }
  return t;
}

/**
 * shapes.txt → look-alike characters (形近字): `X<TAB>YZ…` per line, symmetric (Y listed under X implies X under Y;
 * the parser adds the reverse pairs anyway).
 */
export class ShapeTable {
  private readonly byChar = new Map<number, string>();

  constructor(text: string) {
    for (const line of dataLines(text)) {
      const tab = line.indexOf('\t');
      if (tab !== 1) continue;
      const x = line[0]!;
      for (const y of line.slice(tab + 1).trim()) {
        if (y === x) continue;
        this.add(x, y);
        this.add(y, x);
      }
    }
  }

  private add(a: string, b: string): void {
    const k = a.charCodeAt(0);
    const s = this.byChar.get(k) ?? '';
    if (!s.includes(b)) this.byChar.set(k, s + b);
  }

  get size(): number {
    return this.byChar.size;
  }

  /** The look-alikes of a character ('' if none). */
  similar(ch: string): string {
    return this.byChar.get(ch.charCodeAt(0)) ?? '';
  }

  like(a: string, b: string): boolean {
    return a !== b && this.similar(a).includes(b);
  }

  /** like() of two code units, without a string of either (near-miss checks judge thousands of windows an article). */
  likeUnits(a: number, b: number): boolean {
    if (a === b) return false;
    const s = this.byChar.get(a);
    if (s) for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) === b) return true;
    return false;
  }
}

/** The character tables, as the texts of dictionaries/data/*.txt (all optional). */
export interface TableTexts {
  /** pinyin.txt */
  pinyin?: DataText;
  /** shapes.txt (look-alike characters) */
  shapes?: DataText;
}

export function pinyinTableOf(text: DataText): PinyinTable {
  return cachedTable('pinyin', text, (t) => new PinyinTable(t));
}

export function shapeTableOf(text: DataText): ShapeTable {
  return cachedTable('shapes', text, (t) => new ShapeTable(t));
}
