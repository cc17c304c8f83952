import { describe, expect, it } from 'vitest';
import { charSets } from '../../../lib/rules/util-text';

describe('charSets', () => {
  it('sets bit k when the text holds a character of set k, as the class regex of that set tests', () => {
    const sets = ['质品德行教养心良', '丧耻恶', '0123456789', '男女', 'abc'];
    const of = charSets(sets);
    const classes = sets.map((s) => new RegExp(`[${s}]`));
    const pool = [...`${sets.join('')}的了在是，。 xyz`];
    let seed = 7;
    const next = () => {
      seed = (Math.imul(seed, 1103515245) + 12345) | 0;
      return (seed >>> 8) % 1000;
    };
    for (let k = 0; k < 5000; k++) {
      let t = '';
      for (let n = next() % 30; n > 0; n--) t += pool[next() % pool.length];
      const m = of(t);
      classes.forEach((re, b) => {
        expect(Boolean(m & (1 << b)), `${t} / ${sets[b]}`).toBe(re.test(t));
      });
    }
    expect(of('')).toBe(0);
  });

  it('takes at most eight sets', () => {
    expect(() => charSets(Array.from({ length: 9 }, () => 'a'))).toThrow();
  });
});
