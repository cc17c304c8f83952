/** Parsers for the plain-text data tables in dictionaries/data/ (no I/O here: callers pass the text). */

/** Lines that are not comments or blank. */
export function dataLines(text: string): string[] {
  return text.split(/\r?\n/).filter((l) => l && !l.startsWith('#'));
}

/** t2s.txt → the concatenated pair string the Normalizer takes. */
export function parseT2s(text: string): string {
  return dataLines(text).join('');
}

export class PinyinTable {
  private readonly byChar = new Map<string, string[]>();

  constructor(text: string) {
    for (const line of dataLines(text)) {
      const sp = line.indexOf(' ');
      if (sp < 0) continue;
      const syllable = line.slice(0, sp);
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
    const strip = (s: string) => (toneless ? s.replace(/[0-5]$/, '') : s);
    const set = new Set(ra.map(strip));
    return rb.some((r) => set.has(strip(r)));
  }
}

/** idioms.txt → list of four-character idioms. */
export function parseIdioms(text: string): string[] {
  return dataLines(text)
    .map((l) => l.trim())
    .filter((l) => l.length === 4);
}
