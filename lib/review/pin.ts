import type { PinHash } from '../settings/schema';

const ITERATIONS = 210_000; // OWASP 2023 guidance for PBKDF2-HMAC-SHA256

const b64 = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes));
const unb64 = (s: string) => Uint8Array.from(atob(s), (c) => c.charCodeAt(0));

async function derive(pin: string, salt: Uint8Array, iterations: number): Promise<Uint8Array> {
  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(pin), 'PBKDF2', false, ['deriveBits']);
  const bits = await crypto.subtle.deriveBits(
    { name: 'PBKDF2', hash: 'SHA-256', salt: salt as BufferSource, iterations },
    key,
    256,
  );
  return new Uint8Array(bits);
}

/** Hashes a reviewer PIN with PBKDF2-SHA256 and a random salt; only this hash is stored. */
export async function hashPin(pin: string, iterations = ITERATIONS): Promise<PinHash> {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  return { algorithm: 'PBKDF2-SHA256', iterations, salt: b64(salt), hash: b64(await derive(pin, salt, iterations)) };
}

export async function verifyPin(pin: string, stored: PinHash): Promise<boolean> {
  const got = await derive(pin, unb64(stored.salt), stored.iterations);
  const want = unb64(stored.hash);
  if (got.length !== want.length) return false;
  let diff = 0;
  for (let i = 0; i < got.length; i++) diff |= got[i]! ^ want[i]!;
  return diff === 0;
}
