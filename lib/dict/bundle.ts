import type { SelectorOverrides } from '../editors/selectors';
import { validateSelectorOverrides } from '../editors/selectors-schema';
import { decodeBase64, encodeBase64 } from '../engine/base64';
import { type Dictionary, dictionarySchema, formatIssuePath } from '../engine/dictionary/schema';
import { type Refusal, refusal } from '../i18n/ui-message';
import { type NamesList, namesListSchema } from '../rules/names-schema';

/**
 * Signed dictionary bundles (contract.md "Signed dictionary bundle"): ECDSA P-256 with SHA-256,
 * IEEE P1363 r‖s signature (WebCrypto's native encoding) over the UTF-8 bytes of `payload`.
 * WebCrypto only, so the same code runs in the extension and in Node ≥ 20.
 */

export interface SignedBundle {
  format: 1;
  keyId: string;
  /** JSON text: { "version": string, "createdAt": string, "dictionaries": Dictionary[] }. */
  payload: string;
  /** base64 of the 64-byte P1363 signature. */
  signature: string;
}

export interface BundlePayload {
  version: string;
  createdAt: string;
  dictionaries: Dictionary[];
  /** Optional: editor selector overrides per adapter id (lib/editors/selectors.ts), for site changes. */
  adapters?: SelectorOverrides;
  /** Optional: a leaders list (names.json format), merged over the built-in one and under a unit's own. */
  names?: NamesList;
}

type PayloadInput = {
  version: string;
  dictionaries: Dictionary[];
  createdAt?: string;
  adapters?: SelectorOverrides;
  names?: NamesList;
};

export type VerifyResult =
  | {
      ok: true;
      version: string;
      dictionaries: Dictionary[];
      keyId: string;
      adapters?: SelectorOverrides;
      names?: NamesList;
    }
  /** `error`: the Chinese sentence (the CLI prints it); `problem`: the same as a code, for the UI language. */
  | Refusal;

const ALG = { name: 'ECDSA', namedCurve: 'P-256' } as const;
const SIG = { name: 'ECDSA', hash: 'SHA-256' } as const;

const BUNDLE_ERRORS = {
  badPrivateKey: '私钥格式无效（需要 PKCS#8 格式的 ECDSA P-256 私钥，PEM 或 base64）',
} as const;

function subtle(): SubtleCrypto {
  const s = globalThis.crypto?.subtle;
  if (!s) throw new Error('WebCrypto (crypto.subtle) is not available');
  return s;
}

/** Strict base64 → bytes (whitespace allowed); undefined when not base64. */
function base64Bytes(text: string): Uint8Array | undefined {
  const s = text.replace(/\s+/g, '');
  if (s.length === 0 || s.length % 4 !== 0 || !/^[A-Za-z0-9+/]+={0,2}$/.test(s)) return undefined;
  return decodeBase64(s);
}

/** PEM (any label) or bare base64 → DER bytes and the PEM label, if any. */
function keyBytes(text: string): { der?: Uint8Array; label?: string } {
  const t = text.trim();
  const m = /-----BEGIN ([A-Z0-9 ]+)-----([\s\S]*?)-----END \1-----/.exec(t);
  if (m) return { der: base64Bytes(m[2]!), label: m[1] };
  return { der: base64Bytes(t) };
}

function pem(label: string, der: Uint8Array): string {
  const b64 = encodeBase64(der);
  const lines = b64.match(/.{1,64}/g) ?? [];
  return `-----BEGIN ${label}-----\n${lines.join('\n')}\n-----END ${label}-----\n`;
}

async function sha256Hex16(bytes: Uint8Array): Promise<string> {
  const digest = new Uint8Array(await subtle().digest('SHA-256', bytes as BufferSource));
  return Array.from(digest.subarray(0, 8), (b) => b.toString(16).padStart(2, '0')).join('');
}

async function importPublicKey(publicKey: string): Promise<{ key: CryptoKey; spki: Uint8Array } | undefined> {
  const { der, label } = keyBytes(publicKey);
  if (!der || (label && label !== 'PUBLIC KEY')) return undefined;
  try {
    const key = await subtle().importKey('spki', der as BufferSource, ALG, true, ['verify']);
    return { key, spki: der };
  } catch {
    return undefined;
  }
}

async function importPrivateKey(privateKey: string): Promise<CryptoKey> {
  const { der, label } = keyBytes(privateKey);
  if (label === 'EC PRIVATE KEY') {
    throw new Error(`${BUNDLE_ERRORS.badPrivateKey}：这是 SEC1 格式，请用 openssl pkcs8 -topk8 -nocrypt 转换为 PKCS#8`);
  }
  if (label === 'ENCRYPTED PRIVATE KEY') throw new Error(`${BUNDLE_ERRORS.badPrivateKey}：不支持加密的私钥`);
  if (!der || (label && label !== 'PRIVATE KEY')) throw new Error(BUNDLE_ERRORS.badPrivateKey);
  try {
    return await subtle().importKey('pkcs8', der as BufferSource, ALG, true, ['sign']);
  } catch {
    throw new Error(BUNDLE_ERRORS.badPrivateKey);
  }
}

/** keyId of a public key: the first 16 hex digits of SHA-256 of its SPKI; undefined when the key is invalid. */
export async function keyIdForPublicKey(publicKey: string): Promise<string | undefined> {
  const k = await importPublicKey(publicKey);
  return k ? sha256Hex16(k.spki) : undefined;
}

/** The public key (SPKI base64) and keyId that belong to a PKCS#8 private key. Throws a clear message on a bad key. */
export async function publicKeyForPrivateKey(privateKey: string): Promise<{ publicKeyBase64: string; keyId: string }> {
  const key = await importPrivateKey(privateKey);
  const jwk = await subtle().exportKey('jwk', key);
  const pub = await subtle().importKey(
    'jwk',
    { kty: jwk.kty, crv: jwk.crv, x: jwk.x, y: jwk.y, ext: true },
    ALG,
    true,
    ['verify'],
  );
  const spki = new Uint8Array(await subtle().exportKey('spki', pub));
  return { publicKeyBase64: encodeBase64(spki), keyId: await sha256Hex16(spki) };
}

/** Serialises the payload exactly as it is signed (key order: version, createdAt, dictionaries, adapters, names). */
export function payloadText(payload: PayloadInput): string {
  const body: BundlePayload = {
    version: payload.version,
    createdAt: payload.createdAt ?? new Date().toISOString(),
    dictionaries: payload.dictionaries,
    ...(payload.adapters && Object.keys(payload.adapters).length ? { adapters: payload.adapters } : {}),
    ...(payload.names ? { names: payload.names } : {}),
  };
  return JSON.stringify(body);
}

export async function signBundle(payload: PayloadInput, privateKey: string, keyId: string): Promise<SignedBundle> {
  const key = await importPrivateKey(privateKey);
  const text = payloadText(payload);
  const sig = new Uint8Array(await subtle().sign(SIG, key, new TextEncoder().encode(text)));
  return { format: 1, keyId, payload: text, signature: encodeBase64(sig) };
}

/** An unsigned bundle (for testing a server; installs reject it). */
export function unsignedBundle(payload: PayloadInput): SignedBundle {
  return { format: 1, keyId: '', payload: payloadText(payload), signature: '' };
}

/**
 * Verifies a bundle (object or JSON text) against the configured public key, then validates every
 * dictionary with the native schema. Never throws; errors are clear Chinese sentences with a code (`problem`).
 */
export async function verifyBundle(raw: unknown, publicKey: string): Promise<VerifyResult> {
  let value = raw;
  if (typeof value === 'string') {
    try {
      value = JSON.parse(value.charCodeAt(0) === 0xfeff ? value.slice(1) : value);
    } catch {
      return refusal('bundle.not-json');
    }
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) return refusal('bundle.not-bundle');
  const b = value as Partial<Record<keyof SignedBundle, unknown>>;
  if (typeof b.payload !== 'string') {
    return refusal('entries' in (value as object) ? 'bundle.is-dictionary' : 'bundle.not-bundle');
  }
  if (b.format !== 1) return refusal('bundle.format', { format: String(b.format) });
  if (typeof b.signature !== 'string' || b.signature.trim() === '') return refusal('bundle.unsigned');

  const pub = await importPublicKey(publicKey);
  if (!pub) return refusal(publicKey.trim() ? 'bundle.bad-public-key' : 'bundle.no-public-key');

  const sig = base64Bytes(b.signature);
  let valid = false;
  if (sig && sig.length === 64) {
    try {
      valid = await subtle().verify(SIG, pub.key, sig as BufferSource, new TextEncoder().encode(b.payload));
    } catch {
      valid = false;
    }
  }
  if (!valid) {
    const expected = await sha256Hex16(pub.spki);
    const keyId = typeof b.keyId === 'string' ? b.keyId : '';
    if (sig && sig.length !== 64) {
      return refusal('bundle.signature-format');
    }
    if (keyId && keyId !== expected) {
      return refusal('bundle.key-mismatch', { keyId, expected });
    }
    return refusal('bundle.bad-signature');
  }

  let payload: unknown;
  try {
    payload = JSON.parse(b.payload);
  } catch {
    return refusal('bundle.payload-not-json');
  }
  const p = payload as Partial<Record<keyof BundlePayload, unknown>> | null;
  if (!p || typeof p !== 'object' || typeof p.version !== 'string' || !p.version || !Array.isArray(p.dictionaries)) {
    return refusal('bundle.payload-shape');
  }
  const dictionaries: Dictionary[] = [];
  const ids = new Set<string>();
  for (let i = 0; i < p.dictionaries.length; i++) {
    const r = dictionarySchema().safeParse(p.dictionaries[i]);
    if (!r.success) {
      const issue = r.error.issues[0]!;
      return refusal('bundle.dictionary-invalid', {
        path: `dictionaries[${i}].${formatIssuePath(issue.path)}`,
        issue: issue.message,
      });
    }
    if (ids.has(r.data.id)) return refusal('bundle.duplicate-id', { id: r.data.id });
    ids.add(r.data.id);
    dictionaries.push(r.data);
  }
  let adapters: SelectorOverrides | undefined;
  if (p.adapters !== undefined) {
    const a = validateSelectorOverrides(p.adapters);
    if (!a.ok) return refusal('bundle.adapters-invalid', { error: a.errors[0] ?? '' });
    adapters = a.value;
  }
  let names: NamesList | undefined;
  if (p.names !== undefined) {
    const n = namesListSchema.safeParse(p.names);
    if (!n.success) {
      const issue = n.error.issues[0]!;
      return refusal('bundle.names-invalid', { path: `names.${formatIssuePath(issue.path)}`, issue: issue.message });
    }
    names = n.data;
  }
  return {
    ok: true,
    version: p.version,
    dictionaries,
    keyId: typeof b.keyId === 'string' ? b.keyId : '',
    ...(adapters ? { adapters } : {}),
    ...(names ? { names } : {}),
  };
}

/** A new ECDSA P-256 key pair for signing bundles. keyId = first 16 hex digits of SHA-256 of the SPKI. */
export async function generateKeyPair(): Promise<{
  publicKeyPem: string;
  privateKeyPem: string;
  publicKeyBase64: string;
  keyId: string;
}> {
  const pair = (await subtle().generateKey(ALG, true, ['sign', 'verify'])) as CryptoKeyPair;
  const spki = new Uint8Array(await subtle().exportKey('spki', pair.publicKey));
  const pkcs8 = new Uint8Array(await subtle().exportKey('pkcs8', pair.privateKey));
  return {
    publicKeyPem: pem('PUBLIC KEY', spki),
    privateKeyPem: pem('PRIVATE KEY', pkcs8),
    publicKeyBase64: encodeBase64(spki),
    keyId: await sha256Hex16(spki),
  };
}

/**
 * Orders bundle versions naturally: runs of digits compare as numbers (2026.11.27 < 2026.12.4), other
 * runs as text; a version that extends another is newer (2026.12 < 2026.12.1). ISO timestamps and the
 * CLI's default (20261127T100000Z) order by time. Returns <0, 0 or >0.
 */
export function compareBundleVersions(a: string, b: string): number {
  const runs = (s: string) => s.trim().match(/\d+|\D+/g) ?? [];
  const x = runs(a);
  const y = runs(b);
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const p = x[i]!;
    const q = y[i]!;
    const pDigits = /^\d/.test(p);
    const qDigits = /^\d/.test(q);
    if (pDigits && qDigits) {
      const pn = p.replace(/^0+(?=\d)/, '');
      const qn = q.replace(/^0+(?=\d)/, '');
      if (pn.length !== qn.length) return pn.length < qn.length ? -1 : 1;
      if (pn !== qn) return pn < qn ? -1 : 1;
    } else if (pDigits !== qDigits) {
      return pDigits ? 1 : -1;
    } else if (p !== q) {
      return p < q ? -1 : 1;
    }
  }
  return x.length === y.length ? 0 : x.length < y.length ? -1 : 1;
}
