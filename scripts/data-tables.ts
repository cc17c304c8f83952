import * as OpenCC from 'opencc-js';
import { pinyin } from 'pinyin-pro';

const RANGES: Array<[number, number]> = [
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xf900, 0xfaff],
];

/** "# header\n" + one line of concatenated pairs: 臺台後后… */
export function buildT2sTable(): string {
  const convert = OpenCC.Converter({ from: 't', to: 'cn' });
  let pairs = '';
  for (const [a, b] of RANGES) {
    for (let c = a; c <= b; c++) {
      const ch = String.fromCharCode(c);
      const out = convert(ch);
      if (out !== ch && out.length === 1) pairs += ch + out;
    }
  }
  return `# traditional→simplified character pairs; generated from opencc-js (t→cn, Apache-2.0) by scripts/build-data-tables.ts\n${pairs}\n`;
}

/** "# header\n" + lines "zhong1 中钟终…" (a character appears under each of its readings). */
export function buildPinyinTable(): string {
  const bySyllable = new Map<string, string>();
  for (let c = 0x4e00; c <= 0x9fff; c++) {
    const ch = String.fromCharCode(c);
    const readings = pinyin(ch, { multiple: true, type: 'array', toneType: 'num' });
    for (const r of readings) {
      if (!/^[a-zü]+[0-5]$/.test(r)) continue;
      bySyllable.set(r, (bySyllable.get(r) ?? '') + ch);
    }
  }
  const lines = [...bySyllable.entries()].sort((x, y) => (x[0] < y[0] ? -1 : 1)).map(([s, chars]) => `${s} ${chars}`);
  return `# pinyin readings (tone numbers, 0 = neutral) of U+4E00–U+9FFF; generated from pinyin-pro (MIT) by scripts/build-data-tables.ts\n${lines.join('\n')}\n`;
}

/** The 6,763 Hanzi of GB 2312 (levels 1 and 2), decoded from their code points with the platform's GB 18030 decoder. */
export function gb2312Hanzi(): Set<string> {
  const decoder = new TextDecoder('gb18030');
  const set = new Set<string>();
  for (let hi = 0xb0; hi <= 0xf7; hi++) {
    for (let lo = 0xa1; lo <= 0xfe; lo++) {
      const ch = decoder.decode(new Uint8Array([hi, lo]));
      if (/^\p{Script=Han}$/u.test(ch)) set.add(ch);
    }
  }
  return set;
}
