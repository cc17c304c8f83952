import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseT2s } from '../../../lib/engine/data/tables';
import { buildAutomaton } from '../../../lib/engine/matcher/automaton';
import { Normalizer, SKIP_LEVELS, skipMask } from '../../../lib/engine/normalize';

// symbolTable builds from the units a Normalizer registers as the only ones its map changes and its classes skip;
// copies of the same arrays are not registered and take the loop over all 65,536 units.
const t2s = parseT2s(readFileSync(new URL('../../../dictionaries/data/t2s.txt', import.meta.url), 'utf8'));

describe('symbol tables from registered units', () => {
  for (const [label, normalizer] of [
    ['shipped t2s', new Normalizer({ t2s })],
    ['no t2s', new Normalizer()],
  ] as const) {
    it(`equal the full tables (${label})`, () => {
      const a = buildAutomaton(['中华人民共和国', '國家', 'ab', 'ＡＢ', '“引号”', '臺灣', 'x y', '後来', '龍']);
      const map = normalizer.map.slice();
      const cls = normalizer.cls.slice();
      for (const level of SKIP_LEVELS) {
        const bits = skipMask(level);
        expect(a.symbolTable(normalizer.map, normalizer.cls, bits)).toEqual(a.symbolTable(map, cls, bits));
      }
      expect(a.symbolTable(normalizer.map)).toEqual(a.symbolTable(map));
      expect(a.symbolTable(undefined, normalizer.cls, skipMask('noise'))).toEqual(
        a.symbolTable(undefined, cls, skipMask('noise')),
      );
    });
  }
});
