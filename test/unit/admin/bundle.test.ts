import { createPrivateKey, createPublicKey, sign as nodeSign, verify as nodeVerify } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  generateKeyPair,
  keyIdForPublicKey,
  publicKeyForPrivateKey,
  type SignedBundle,
  signBundle,
  unsignedBundle,
  verifyBundle,
} from '../../../lib/dict/bundle';
import { type Dictionary, dictionarySchema } from '../../../lib/engine/dictionary/schema';

const sample: Dictionary = dictionarySchema().parse(
  JSON.parse(readFileSync(join(__dirname, '../../fixtures/dicts/sample.json'), 'utf8')),
);

type Keys = Awaited<ReturnType<typeof generateKeyPair>>;
let keys: Keys;
let other: Keys;
let bundle: SignedBundle;

beforeAll(async () => {
  keys = await generateKeyPair();
  other = await generateKeyPair();
  bundle = await signBundle({ version: '2025.06.15', dictionaries: [sample] }, keys.privateKeyPem, keys.keyId);
});

describe('generateKeyPair', () => {
  it('returns PEM keys, the SPKI base64 and a 16-hex keyId of the SPKI', async () => {
    expect(keys.publicKeyPem).toMatch(/^-----BEGIN PUBLIC KEY-----\n[A-Za-z0-9+/=\n]+-----END PUBLIC KEY-----\n$/);
    expect(keys.privateKeyPem).toMatch(/^-----BEGIN PRIVATE KEY-----\n/);
    expect(keys.keyId).toMatch(/^[0-9a-f]{16}$/);
    expect(keys.publicKeyPem.replace(/-----[A-Z ]+-----|\n/g, '')).toBe(keys.publicKeyBase64);
    expect(await keyIdForPublicKey(keys.publicKeyPem)).toBe(keys.keyId);
    expect(await keyIdForPublicKey(keys.publicKeyBase64)).toBe(keys.keyId);
    expect(await publicKeyForPrivateKey(keys.privateKeyPem)).toEqual({
      publicKeyBase64: keys.publicKeyBase64,
      keyId: keys.keyId,
    });
    expect(other.keyId).not.toBe(keys.keyId);
  });
});

describe('signBundle / verifyBundle', () => {
  it('signs the payload text and verifies with a PEM or base64 public key', async () => {
    expect(bundle.format).toBe(1);
    expect(bundle.keyId).toBe(keys.keyId);
    const payload = JSON.parse(bundle.payload);
    expect(Object.keys(payload)).toEqual(['version', 'createdAt', 'dictionaries']);
    expect(payload.version).toBe('2025.06.15');
    for (const key of [keys.publicKeyPem, keys.publicKeyBase64]) {
      const r = await verifyBundle(bundle, key);
      expect(r).toEqual({ ok: true, version: '2025.06.15', dictionaries: [sample], keyId: keys.keyId });
    }
    // JSON text of the bundle works too (what fetch returns).
    expect((await verifyBundle(JSON.stringify(bundle), keys.publicKeyBase64)).ok).toBe(true);
  });

  it('accepts a base64 (not PEM) private key', async () => {
    const b64 = keys.privateKeyPem.replace(/-----[A-Z ]+-----|\n/g, '');
    const b = await signBundle({ version: '1', dictionaries: [] }, b64, 'k');
    expect((await verifyBundle(b, keys.publicKeyPem)).ok).toBe(true);
  });

  it('matches the contract: IEEE P1363 ECDSA P-256/SHA-256 over the UTF-8 payload (checked with node:crypto)', () => {
    const pub = createPublicKey(keys.publicKeyPem);
    const sig = Buffer.from(bundle.signature, 'base64');
    expect(sig.length).toBe(64);
    expect(
      nodeVerify('sha256', Buffer.from(bundle.payload, 'utf8'), { key: pub, dsaEncoding: 'ieee-p1363' }, sig),
    ).toBe(true);
  });

  it('verifies a bundle signed by another tool (node:crypto / OpenSSL)', async () => {
    const payload = JSON.stringify({ version: 'ext-1', createdAt: '2025-06-15T00:00:00Z', dictionaries: [sample] });
    const priv = createPrivateKey(keys.privateKeyPem);
    const signature = nodeSign('sha256', Buffer.from(payload, 'utf8'), {
      key: priv,
      dsaEncoding: 'ieee-p1363',
    }).toString('base64');
    const r = await verifyBundle({ format: 1, keyId: keys.keyId, payload, signature }, keys.publicKeyPem);
    expect(r.ok && r.version).toBe('ext-1');
  });

  it('rejects a tampered payload', async () => {
    const tampered = { ...bundle, payload: bundle.payload.replace('违禁测试词', '违禁测试') };
    expect(await verifyBundle(tampered, keys.publicKeyPem)).toEqual({
      ok: false,
      error: '签名校验失败，词库包可能被篡改，已拒绝',
      problem: { code: 'bundle.bad-signature' },
    });
    const flipped = Buffer.from(bundle.signature, 'base64');
    flipped[10]! ^= 1;
    const r = await verifyBundle({ ...bundle, signature: flipped.toString('base64') }, keys.publicKeyPem);
    expect(r.ok).toBe(false);
  });

  it('rejects a bundle signed with another key, naming both key ids', async () => {
    const r = await verifyBundle(bundle, other.publicKeyPem);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error).toMatch(/^签名校验失败，词库包可能被篡改，已拒绝/);
    expect(!r.ok && r.error).toContain(keys.keyId);
    expect(!r.ok && r.error).toContain(other.keyId);
  });

  it('rejects unsigned bundles', async () => {
    const u = unsignedBundle({ version: '1', dictionaries: [sample] });
    expect(await verifyBundle(u, keys.publicKeyPem)).toEqual({
      ok: false,
      error: '缺少签名，已拒绝',
      problem: { code: 'bundle.unsigned' },
    });
    const { signature: _s, ...noField } = bundle;
    expect(await verifyBundle(noField, keys.publicKeyPem)).toEqual({
      ok: false,
      error: '缺少签名，已拒绝',
      problem: { code: 'bundle.unsigned' },
    });
  });

  it('rejects things that are not bundles', async () => {
    for (const raw of [null, 42, 'not json', '<html></html>', [], { format: 1 }, sample]) {
      const r = await verifyBundle(raw, keys.publicKeyPem);
      expect(r.ok).toBe(false);
      expect(!r.ok && r.error).toMatch(/^不是有效的词库包/);
    }
    const v2 = await verifyBundle({ ...bundle, format: 2 }, keys.publicKeyPem);
    expect(!v2.ok && v2.error).toContain('不支持的格式版本');
  });

  it('rejects an invalid public key', async () => {
    for (const key of ['', 'abc', keys.privateKeyPem, 'TUlJQk']) {
      const r = await verifyBundle(bundle, key);
      expect(r.ok).toBe(false);
      expect(!r.ok && r.error).toMatch(/^公钥格式无效/);
    }
  });

  it('rejects a DER-encoded signature with a hint about P1363', async () => {
    const priv = createPrivateKey(keys.privateKeyPem);
    const der = nodeSign('sha256', Buffer.from(bundle.payload, 'utf8'), priv).toString('base64');
    const r = await verifyBundle({ ...bundle, signature: der }, keys.publicKeyPem);
    expect(!r.ok && r.error).toContain('P1363');
  });

  it('rejects a correctly signed bundle whose dictionaries are invalid', async () => {
    const bad = { ...sample, entries: [{ ...sample.entries[0]!, severity: 'fatal' }] } as unknown as Dictionary;
    const b = await signBundle({ version: '3', dictionaries: [bad] }, keys.privateKeyPem, keys.keyId);
    const r = await verifyBundle(b, keys.publicKeyPem);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error).toMatch(/^词库内容校验失败：dictionaries\[0\]\.entries\[0\]\.severity/);
    const dup = await signBundle({ version: '3', dictionaries: [sample, sample] }, keys.privateKeyPem, keys.keyId);
    const d = await verifyBundle(dup, keys.publicKeyPem);
    expect(!d.ok && d.error).toContain('词库 id 重复');
  });

  it('carries a leaders list, signed with the rest; refuses an invalid one', async () => {
    const names = {
      asOf: '2026-11-30',
      people: [{ name: '王建国', titles: [{ title: '省长', org: '江北省', from: '2026-01-20' }] }],
    };
    const b = await signBundle({ version: '4', dictionaries: [sample], names }, keys.privateKeyPem, keys.keyId);
    expect(Object.keys(JSON.parse(b.payload))).toEqual(['version', 'createdAt', 'dictionaries', 'names']);
    const r = await verifyBundle(b, keys.publicKeyPem);
    expect(r.ok && r.names?.people.map((p) => p.name)).toEqual(['王建国']);
    const bad = await signBundle(
      { version: '5', dictionaries: [sample], names: { asOf: '2026-13-45', people: [] } as never },
      keys.privateKeyPem,
      keys.keyId,
    );
    const v = await verifyBundle(bad, keys.publicKeyPem);
    expect(v.ok).toBe(false);
    expect(!v.ok && v.error).toMatch(/^词库包中的领导人名单校验失败：names\.asOf/);
  });

  it('refuses bad private keys with a clear message', async () => {
    await expect(signBundle({ version: '1', dictionaries: [] }, 'nope', 'k')).rejects.toThrow('私钥格式无效');
    await expect(signBundle({ version: '1', dictionaries: [] }, keys.publicKeyPem, 'k')).rejects.toThrow(
      '私钥格式无效',
    );
    const sec1 = '-----BEGIN EC PRIVATE KEY-----\nMHcCAQEE\n-----END EC PRIVATE KEY-----\n';
    await expect(signBundle({ version: '1', dictionaries: [] }, sec1, 'k')).rejects.toThrow('pkcs8');
  });
});
