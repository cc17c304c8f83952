import type { PinyinTable } from '../engine/data/tables';
import type { CharSimilarity } from '../engine/near/similar';

/** Each code unit's readings without their tones, per pinyin table (rules of one engine share them). */
const byTable = new WeakMap<PinyinTable, Array<readonly string[] | undefined>>();

/** A reading without its tone digit (0–5) at the end, as PinyinTable.sameSound compares them: zhong1 → zhong. */
function withoutTone(s: string): string {
  const c = s.charCodeAt(s.length - 1);
  return c >= 48 && c <= 53 ? s.slice(0, -1) : s;
}

/**
 * Whether two code units sound alike tones aside: sim.sound(a, b) >= SOUND_TONELESS for two characters (a shared
 * reading without its tone; one with it is one without it too), from each unit's toneless readings, made once per
 * unit. A rule that tests a character's hundred-odd sound-alike or look-alike candidates this way asks no pair of
 * sim.sound, whose memo a short run meets mostly cold (two sameSound tests, then the fuzzy folding, per pair).
 */
export function tonelessAlike(sim: CharSimilarity): (a: number, b: number) => boolean {
  const pinyin = sim.pinyin;
  if (!pinyin) return () => false;
  let readings = byTable.get(pinyin);
  if (!readings) {
    readings = [];
    byTable.set(pinyin, readings);
  }
  const table = readings;
  const of = (c: number): readonly string[] => {
    let r = table[c];
    if (!r) {
      r = pinyin.readings(String.fromCharCode(c)).map(withoutTone);
      table[c] = r;
    }
    return r;
  };
  return (a, b) => {
    if (a === b) return false;
    const ra = of(a);
    if (!ra.length) return false;
    for (const x of of(b)) if (ra.includes(x)) return true;
    return false;
  };
}
