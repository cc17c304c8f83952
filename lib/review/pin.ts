import type { PinHash } from '../settings/schema';

/**
 * PBKDF2-HMAC-SHA256 at the iteration count the OWASP Password Storage Cheat Sheet recommends (600,000, 2023).
 * Older hashes (fewer iterations) still verify and are re-hashed at this count on the next successful use.
 */
export const PIN_ITERATIONS = 600_000;

/** Reviewer PINs: digits only, at least 6 (a 4-digit PIN falls to guessing in minutes). */
export const PIN_PATTERN = /^\d{6,12}$/;
export const PIN_RULE = 'PIN 须为 6–12 位数字';

/** Admin passwords: at least 8 characters. */
export const ADMIN_PASSWORD_MIN = 8;

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

/** Hashes a secret with PBKDF2-SHA256 and a random salt; only this hash is stored. */
export async function hashPin(pin: string, iterations = PIN_ITERATIONS): Promise<PinHash> {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  return {
    algorithm: 'PBKDF2-SHA256',
    iterations,
    salt: b64(salt),
    hash: b64(await derive(pin, salt, iterations)),
    minLength: pin.length,
  };
}

export async function verifyPin(pin: string, stored: PinHash): Promise<boolean> {
  const got = await derive(pin, unb64(stored.salt), stored.iterations);
  const want = unb64(stored.hash);
  if (got.length !== want.length) return false;
  let diff = 0;
  for (let i = 0; i < got.length; i++) diff |= got[i]! ^ want[i]!;
  return diff === 0;
}

/** A stored hash made with fewer iterations than today's, or for a PIN shorter than the current rule. */
export function needsRehash(stored: PinHash): boolean {
  return stored.iterations < PIN_ITERATIONS;
}

/** A reviewer PIN set before PINs had to have 6 digits (the length is recorded with new hashes only). */
export function pinTooShort(stored: PinHash | undefined): boolean {
  return !!stored && (stored.minLength ?? 0) < 6;
}
