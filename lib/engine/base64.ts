/** Fast base64 for moving binary data through JSON-only channels (extension messages). */

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const LOOKUP = new Uint8Array(256);
for (let i = 0; i < ALPHABET.length; i++) LOOKUP[ALPHABET.charCodeAt(i)] = i;

export function encodeBase64(bytes: Uint8Array): string {
  const chunks: string[] = [];
  const CHUNK = 0x8000 * 3;
  for (let i = 0; i < bytes.length; i += CHUNK) {
    const part = bytes.subarray(i, Math.min(i + CHUNK, bytes.length));
    let s = '';
    let j = 0;
    for (; j + 2 < part.length; j += 3) {
      const n = (part[j]! << 16) | (part[j + 1]! << 8) | part[j + 2]!;
      s += ALPHABET[n >> 18]! + ALPHABET[(n >> 12) & 63]! + ALPHABET[(n >> 6) & 63]! + ALPHABET[n & 63]!;
    }
    if (j < part.length) {
      const n = (part[j]! << 16) | ((part[j + 1] ?? 0) << 8);
      s += ALPHABET[n >> 18]! + ALPHABET[(n >> 12) & 63]!;
      s += j + 1 < part.length ? `${ALPHABET[(n >> 6) & 63]}=` : '==';
    }
    chunks.push(s);
  }
  return chunks.join('');
}

export function decodeBase64(s: string): Uint8Array {
  let len = s.length;
  while (len > 0 && s.charCodeAt(len - 1) === 61) len--;
  const out = new Uint8Array((len * 3) >> 2);
  let o = 0;
  let i = 0;
  for (; i + 3 < len; i += 4) {
    const n =
      (LOOKUP[s.charCodeAt(i)]! << 18) |
      (LOOKUP[s.charCodeAt(i + 1)]! << 12) |
      (LOOKUP[s.charCodeAt(i + 2)]! << 6) |
      LOOKUP[s.charCodeAt(i + 3)]!;
    out[o++] = n >> 16;
    out[o++] = (n >> 8) & 255;
    out[o++] = n & 255;
  }
  const rest = len - i;
  if (rest >= 2) {
    const n =
      (LOOKUP[s.charCodeAt(i)]! << 18) |
      (LOOKUP[s.charCodeAt(i + 1)]! << 12) |
      (rest === 3 ? LOOKUP[s.charCodeAt(i + 2)]! << 6 : 0);
    out[o++] = n >> 16;
    if (rest === 3) out[o++] = (n >> 8) & 255;
  }
  return out;
}
