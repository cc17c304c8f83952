// Draws the toolbar icon (a red shield with a white check) as PNGs without any image library.
// Run once after changing the design: node scripts/make-icons.mjs
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
};

function inShield(x, y) {
  // Unit square coordinates; shield = rectangle top, rounded point bottom.
  if (y < 0.08 || y > 0.95 || x < 0.12 || x > 0.88) return false;
  if (y < 0.55) return true;
  const half = 0.38 * Math.sqrt(Math.max(0, 1 - ((y - 0.55) / 0.4) ** 2));
  return Math.abs(x - 0.5) <= half;
}
function onCheck(x, y, w) {
  const seg = (ax, ay, bx, by) => {
    const t = Math.max(
      0,
      Math.min(1, ((x - ax) * (bx - ax) + (y - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)),
    );
    return Math.hypot(x - (ax + t * (bx - ax)), y - (ay + t * (by - ay)));
  };
  return Math.min(seg(0.3, 0.5, 0.45, 0.66), seg(0.45, 0.66, 0.72, 0.34)) < w;
}

for (const size of [16, 32, 48, 128]) {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  const ss = 4; // supersampling per axis
  for (let py = 0; py < size; py++) {
    raw[py * (size * 4 + 1)] = 0;
    for (let px = 0; px < size; px++) {
      let shield = 0;
      let check = 0;
      for (let sy = 0; sy < ss; sy++)
        for (let sx = 0; sx < ss; sx++) {
          const x = (px + (sx + 0.5) / ss) / size;
          const y = (py + (sy + 0.5) / ss) / size;
          if (inShield(x, y)) {
            shield++;
            if (onCheck(x, y, size < 32 ? 0.09 : 0.065)) check++;
          }
        }
      const n = ss * ss;
      const a = shield / n;
      const white = shield ? check / shield : 0;
      const o = py * (size * 4 + 1) + 1 + px * 4;
      raw[o] = Math.round(0xc8 + (255 - 0xc8) * white);
      raw[o + 1] = Math.round(0x10 + (255 - 0x10) * white);
      raw[o + 2] = Math.round(0x2e + (255 - 0x2e) * white);
      raw[o + 3] = Math.round(255 * a);
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8;
  ihdr[9] = 6;
  const png = Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
  writeFileSync(new URL(`../public/icon/${size}.png`, import.meta.url), png);
}
console.log('icons written to public/icon/');
