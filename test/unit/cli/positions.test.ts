import { describe, expect, it } from 'vitest';
import { positions } from '../../../lib/cli/positions';
import { lineColumn } from '../../../lib/engine/text/segment';
import { rng } from '../../../scripts/bench-data';

const PIECES = ['市', '政府', 'a', '\n', '\r', '\r\n', '😀', '𠀀', '，', ' ', '\ud800'];

function randomText(next: () => number, length: number): string {
  let s = '';
  while (s.length < length) s += PIECES[Math.floor(next() * PIECES.length)];
  return s;
}

describe('positions (line and column of many offsets into one text)', () => {
  it('agrees with lineColumn for every offset, in ascending order, across CR, LF, CRLF and surrogate pairs', () => {
    const next = rng(14);
    for (let n = 0; n < 40; n++) {
      const text = randomText(next, 1 + Math.floor(next() * 80));
      const at = positions(text);
      for (let o = 0; o <= text.length + 1; o++)
        expect(at(o), `${JSON.stringify(text)} @${o}`).toEqual(lineColumn(text, o));
    }
  });

  it('agrees with lineColumn for repeated and descending offsets too (findings of two rules interleave)', () => {
    const next = rng(1014);
    for (let n = 0; n < 40; n++) {
      const text = randomText(next, 1 + Math.floor(next() * 80));
      const at = positions(text);
      for (let k = 0; k < 60; k++) {
        const o = Math.floor(next() * (text.length + 1));
        expect(at(o), `${JSON.stringify(text)} @${o}`).toEqual(lineColumn(text, o));
      }
    }
  });

  it('gives the positions a reader expects', () => {
    const at = positions('第一行\r\n第二😀行\n\n末');
    expect(at(0)).toEqual({ line: 1, column: 1 });
    expect(at(5)).toEqual({ line: 2, column: 1 });
    expect(at(9)).toEqual({ line: 2, column: 4 });
    expect(at(12)).toEqual({ line: 4, column: 1 });
  });
});
