/**
 * Values by a pair of UTF-16 code units, memoised from a lookup keyed by `c0 * 65536 + c1` (the tables' Maps, or
 * the stored table's stand-in). Such keys lie above V8's small-integer range, so each Map lookup with one boxes a
 * number and hashes it; the scans look up a pair at most characters of Chinese text. Here a pair seen before costs
 * a few typed-array reads and allocates nothing. Absent pairs are remembered too.
 */
export class PairCache<T> {
  private bits = 10;
  /** `c0 << 16 | c1` per slot. */
  private keys = new Uint32Array(1 << this.bits);
  /** Per slot: 0 if empty, else 1 + the value's index in `values`. */
  private at = new Int32Array(1 << this.bits);
  private values: Array<T | undefined> = [];

  constructor(private readonly load: (key: number) => T | undefined) {}

  get(c0: number, c1: number): T | undefined {
    const key = ((c0 << 16) | c1) >>> 0;
    const mask = (1 << this.bits) - 1;
    let h = Math.imul(key, 0x9e3779b1) >>> (32 - this.bits);
    for (let a = this.at[h]!; a !== 0; a = this.at[h]!) {
      if (this.keys[h] === key) return this.values[a - 1];
      h = (h + 1) & mask;
    }
    const v = this.load(c0 * 65536 + c1);
    // a long run over ever new text: start over rather than grow without bound
    if (this.values.length >= 1 << 20) this.reset(10);
    else if (2 * (this.values.length + 1) > 1 << this.bits) this.grow();
    this.insert(key, v);
    return v;
  }

  private insert(key: number, v: T | undefined): void {
    const mask = (1 << this.bits) - 1;
    let h = Math.imul(key, 0x9e3779b1) >>> (32 - this.bits);
    while (this.at[h] !== 0) h = (h + 1) & mask;
    this.keys[h] = key;
    this.values.push(v);
    this.at[h] = this.values.length;
  }

  private grow(): void {
    const { keys, at, values } = this;
    this.reset(this.bits + 1);
    for (let h = 0; h < at.length; h++) if (at[h] !== 0) this.insert(keys[h]!, values[at[h]! - 1]);
  }

  private reset(bits: number): void {
    this.bits = bits;
    this.keys = new Uint32Array(1 << bits);
    this.at = new Int32Array(1 << bits);
    this.values = [];
  }
}
