import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  type AlarmsLike,
  clearSubscription,
  ensureSubscriptionAlarm,
  refreshSubscription,
  SUBSCRIPTION_ALARM,
  scheduleSubscription,
  subscriptionStoreId,
} from '../../../lib/background/subscription';
import { compareBundleVersions, generateKeyPair, signBundle, unsignedBundle } from '../../../lib/dict/bundle';
import { type Dictionary, dictionarySchema } from '../../../lib/engine/dictionary/schema';
import { chineseText, messageText, readUiMessage } from '../../../lib/i18n/ui-message';
import { type Settings, settingsSchema } from '../../../lib/settings/schema';
import { openStore } from '../../../lib/store/db';
import { RecordStore } from '../../../lib/store/records';
import { ConfigStore } from '../../../lib/store/settings-store';

const sample: Dictionary = dictionarySchema().parse(
  JSON.parse(readFileSync(join(__dirname, '../../fixtures/dicts/sample.json'), 'utf8')),
);
const URL_A = 'https://dict.example.gov.cn/publish-guard/bundle.json';
const URL_B = 'https://policy.example.gov.cn/bundle.json';
const NOW = new Date('2025-06-15T08:00:00.000Z');

type Keys = Awaited<ReturnType<typeof generateKeyPair>>;
let keys: Keys;
let otherKeys: Keys;
let v1: string;
let v2: string;

beforeAll(async () => {
  keys = await generateKeyPair();
  otherKeys = await generateKeyPair();
  v1 = JSON.stringify(await signBundle({ version: '2025.1', dictionaries: [sample] }, keys.privateKeyPem, keys.keyId));
  const second = { ...sample, id: 'fixture-second', version: '2.0.0' };
  v2 = JSON.stringify(
    await signBundle({ version: '2025.2', dictionaries: [sample, second] }, keys.privateKeyPem, keys.keyId),
  );
});

interface Call {
  url: string;
  init: RequestInit;
}

/** A fake fetch answering from a queue of responses (or errors) and recording the requests. */
function fakeFetch(...answers: Array<Response | Error>) {
  const calls: Call[] = [];
  const fn = (async (input: RequestInfo | URL, init?: RequestInit) => {
    calls.push({ url: String(input), init: init ?? {} });
    const a = answers.shift();
    if (!a) throw new Error('unexpected fetch');
    if (a instanceof Error) throw a;
    return a;
  }) as typeof fetch;
  return { fn, calls };
}

const json = (body: string, etag?: string) =>
  new Response(body, { status: 200, headers: { 'content-type': 'application/json', ...(etag ? { etag } : {}) } });
const headerOf = (c: Call, name: string) => new Headers(c.init.headers).get(name);

let n = 0;
let config: ConfigStore;
let records: RecordStore;

beforeEach(() => {
  const db = openStore(`pg-subscription-test-${++n}`);
  config = new ConfigStore(db);
  records = new RecordStore(db);
});

async function subscribe(patch: Partial<NonNullable<Settings['subscription']>> = {}) {
  await config.updateSettings((s) => ({
    ...s,
    subscription: { url: URL_A, publicKey: keys.publicKeyBase64, intervalHours: 6, ...patch },
  }));
}

async function subscriptionDicts() {
  return (await config.listDictionaries()).filter((d) => d.origin === 'subscription');
}

describe('refreshSubscription', () => {
  it('is disabled without a URL', async () => {
    const f = fakeFetch();
    const r = await refreshSubscription({ config, records, fetchFn: f.fn });
    expect(r.status).toBe('disabled');
    expect(f.calls).toEqual([]);
  });

  it('downloads, verifies and stores a bundle; records status and an audit entry', async () => {
    await subscribe();
    const f = fakeFetch(json(v1, '"v1"'));
    const r = await refreshSubscription({ config, records, fetchFn: f.fn, now: () => NOW });
    expect(r).toEqual({
      status: 'updated',
      message: expect.stringContaining('2025.1'),
      detail: {
        code: 'subscription.updated',
        params: { version: '2025.1', dictionaries: 1, entries: sample.entries.length },
      },
      version: '2025.1',
    });
    expect(f.calls).toHaveLength(1);
    const { init, url } = f.calls[0]!;
    expect(url).toBe(URL_A);
    expect(init).toMatchObject({ method: 'GET', mode: 'cors', credentials: 'omit', cache: 'no-store' });
    expect(headerOf(f.calls[0]!, 'If-None-Match')).toBeNull();

    const dicts = await subscriptionDicts();
    expect(dicts.map((d) => d.id)).toEqual([subscriptionStoreId('fixture-sample')]);
    expect(dicts[0]).toMatchObject({ enabled: true, updatedAt: NOW.toISOString(), dictionary: sample });

    const { settings } = await config.getSettings();
    expect(settings.subscription).toMatchObject({
      url: URL_A,
      etag: '"v1"',
      activeVersion: '2025.1',
      lastChecked: NOW.toISOString(),
      lastUpdated: NOW.toISOString(),
    });
    expect(settings.subscription!.lastError).toBeUndefined();

    const audit = (await records.auditFor('subscription')).records;
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actor: 'subscription', time: NOW.toISOString() });
    expect(audit[0]!.summary).toContain('2025.1');
    expect(audit[0]!.summary).toContain('1 个词库、2 个词条');
    expect(audit[0]!.details).toMatchObject({ url: URL_A, ok: true, version: '2025.1', keyId: keys.keyId });
  });

  it('keeps the leaders list of the active bundle in settings and drops it with a bundle that has none', async () => {
    await subscribe();
    const names = {
      asOf: '2026-11-30',
      people: [{ name: '王建国', titles: [{ title: '省长', org: '江北省', from: '2026-01-20' }] }],
    };
    const withNames = JSON.stringify(
      await signBundle({ version: '2025.1', dictionaries: [sample], names }, keys.privateKeyPem, keys.keyId),
    );
    const f = fakeFetch(json(withNames, '"n1"'), json(v2, '"v2"'));
    await refreshSubscription({ config, records, fetchFn: f.fn, now: () => NOW });
    const first = (await config.getSettings()).settings.subscription!;
    expect((first.names as { people: Array<{ name: string }> }).people.map((p) => p.name)).toEqual(['王建国']);
    const audit = (await records.auditFor('subscription')).records;
    expect(audit[0]!.details).toMatchObject({ names: 1 });
    await refreshSubscription({ config, records, fetchFn: f.fn, now: () => NOW });
    expect((await config.getSettings()).settings.subscription?.names).toBeUndefined();
  });

  it('sends If-None-Match with the stored ETag and handles 304 Not Modified', async () => {
    await subscribe();
    const f = fakeFetch(json(v1, '"v1"'), new Response(null, { status: 304 }));
    await refreshSubscription({ config, records, fetchFn: f.fn });
    const r = await refreshSubscription({ config, records, fetchFn: f.fn });
    expect(r.status).toBe('not-modified');
    expect(r.version).toBe('2025.1');
    expect(headerOf(f.calls[1]!, 'If-None-Match')).toBe('"v1"');
    expect(await subscriptionDicts()).toHaveLength(1);
    expect((await records.auditFor('subscription')).records).toHaveLength(1); // no audit noise for 304
  });

  it('force skips If-None-Match and replaces the dictionaries with a new version', async () => {
    await subscribe();
    const f = fakeFetch(json(v1, '"v1"'), json(v2, '"v2"'));
    await refreshSubscription({ config, records, fetchFn: f.fn });
    const r = await refreshSubscription({ config, records, fetchFn: f.fn }, { force: true });
    expect(r.status).toBe('updated');
    expect(headerOf(f.calls[1]!, 'If-None-Match')).toBeNull();
    expect((await subscriptionDicts()).map((d) => d.id).sort()).toEqual(['sub-fixture-sample', 'sub-fixture-second']);
    expect((await config.getSettings()).settings.subscription).toMatchObject({ etag: '"v2"', activeVersion: '2025.2' });
  });

  it('treats the same signed version without an ETag as not modified (nothing swapped)', async () => {
    await subscribe();
    const f = fakeFetch(json(v1), json(v1));
    await refreshSubscription({ config, records, fetchFn: f.fn });
    const before = await subscriptionDicts();
    const r = await refreshSubscription({
      config,
      records,
      fetchFn: f.fn,
      now: () => new Date('2030-01-01T00:00:00Z'),
    });
    expect(r.status).toBe('not-modified');
    expect(await subscriptionDicts()).toEqual(before);
  });

  it('rejects a tampered bundle, keeps the previous dictionaries and records lastError', async () => {
    await subscribe();
    const tampered = JSON.parse(v2);
    tampered.payload = tampered.payload.replace('违禁测试词', '违禁测试');
    const f = fakeFetch(json(v1, '"v1"'), json(JSON.stringify(tampered), '"v2"'));
    await refreshSubscription({ config, records, fetchFn: f.fn });
    const before = await subscriptionDicts();
    const r = await refreshSubscription({ config, records, fetchFn: f.fn });
    expect(r.status).toBe('error');
    expect(r.message).toContain('签名校验失败，词库包可能被篡改，已拒绝');
    expect(r.message).toContain('继续使用当前版本 2025.1');
    expect(await subscriptionDicts()).toEqual(before);
    const { settings } = await config.getSettings();
    expect(settings.subscription).toMatchObject({
      etag: '"v1"',
      activeVersion: '2025.1',
      lastError: r.message,
      lastErrorMessage: r.detail,
    });
    // The same error as a code: shown in English when the UI is English, the stored Chinese text unchanged.
    expect(r.detail).toMatchObject({
      code: 'subscription.failed',
      params: { reason: { code: 'bundle.bad-signature' } },
    });
    expect(messageText(r.detail, 'en')).toBe(
      'Dictionary subscription update failed: Signature check failed, the bundle may have been tampered with; refused. The current version 2025.1 stays in use.',
    );
    expect(chineseText(r.detail)).toBe(r.message);
    const audit = (await records.auditFor('subscription')).records;
    expect(audit).toHaveLength(2);
    expect(audit[1]!.details).toMatchObject({ ok: false, url: URL_A, code: 'bundle.bad-signature' });
    expect(audit[1]!.summary).toBe(r.message);
    expect(messageText(readUiMessage(audit[1]!.summaryMessage)!, 'en')).toBe(messageText(r.detail, 'en'));
    expect(messageText(readUiMessage(audit[0]!.summaryMessage)!, 'en')).toBe(
      'Dictionary subscription updated to version 2025.1: 1 dictionaries, ' + `${sample.entries.length} entries.`,
    );

    // The next good answer clears the error.
    const g = fakeFetch(new Response(null, { status: 304 }));
    await refreshSubscription({ config, records, fetchFn: g.fn });
    expect((await config.getSettings()).settings.subscription!.lastError).toBeUndefined();
    expect((await config.getSettings()).settings.subscription!.lastErrorMessage).toBeUndefined();
  });

  it.each([
    [
      'an HTML error page',
      () =>
        new Response('<!DOCTYPE html><html><body>请登录</body></html>', {
          status: 200,
          headers: { 'content-type': 'text/html' },
        }),
      '网页',
      'returned a web page',
    ],
    ['an HTML page served as JSON', () => json('<html>502</html>'), '网页', 'not a bundle'],
    [
      'an HTTP error',
      () => new Response('nope', { status: 503, statusText: 'Service Unavailable' }),
      'HTTP 503',
      'answered HTTP 503 Service Unavailable',
    ],
    [
      'a network / CORS failure',
      () => new TypeError('Failed to fetch'),
      'Access-Control-Allow-Origin',
      'Cannot reach the subscription server (Failed to fetch)',
    ],
    [
      'an unsigned bundle',
      () => json(JSON.stringify(unsignedBundle({ version: '9', dictionaries: [sample] }))),
      '缺少签名，已拒绝',
      'The signature is missing; refused',
    ],
    [
      'a bundle signed by another key',
      async () =>
        json(
          JSON.stringify(
            await signBundle({ version: '9', dictionaries: [sample] }, otherKeys.privateKeyPem, otherKeys.keyId),
          ),
        ),
      '签名校验失败',
      'was signed with key',
    ],
    [
      'a dictionary file instead of a bundle',
      () => json(JSON.stringify(sample)),
      '不是有效的词库包',
      'this is a dictionary file, not a signed bundle',
    ],
  ] as Array<[string, () => Response | Error | Promise<Response | Error>, string, string]>)(
    'rejects %s and keeps the previous version',
    async (_name, answer, expected, english) => {
      await subscribe();
      const f = fakeFetch(json(v1, '"v1"'), await answer());
      await refreshSubscription({ config, records, fetchFn: f.fn });
      const r = await refreshSubscription({ config, records, fetchFn: f.fn }, { force: true });
      expect(r.status).toBe('error');
      expect(r.message).toContain(expected);
      expect(messageText(r.detail, 'en')).toContain(english);
      expect(messageText(r.detail, 'en')).toContain('The current version 2025.1 stays in use.');
      expect((await subscriptionDicts()).map((d) => d.dictionary)).toEqual([sample]);
      expect((await config.getSettings()).settings.subscription).toMatchObject({
        activeVersion: '2025.1',
        lastError: r.message,
      });
    },
  );

  it('reports a missing public key', async () => {
    const f = fakeFetch();
    const r = await refreshSubscription({ config, records, fetchFn: f.fn, policy: { subscriptionUrl: URL_B } });
    expect(r.status).toBe('error');
    expect(r.message).toContain('未配置公钥');
    expect(f.calls).toHaveLength(0);
    expect((await records.auditFor('subscription')).records).toHaveLength(1);
  });

  it('lets the policy URL and key win over the options page', async () => {
    await subscribe({ publicKey: otherKeys.publicKeyBase64, etag: '"old"' });
    const f = fakeFetch(json(v1, '"p1"'));
    const r = await refreshSubscription({
      config,
      records,
      fetchFn: f.fn,
      policy: { subscriptionUrl: URL_B, publicKey: keys.publicKeyPem },
    });
    expect(r.status).toBe('updated');
    expect(f.calls[0]!.url).toBe(URL_B);
    expect(headerOf(f.calls[0]!, 'If-None-Match')).toBeNull(); // the stored ETag belonged to another URL
    expect((await config.getSettings()).settings.subscription).toMatchObject({
      url: URL_B,
      etag: '"p1"',
      activeVersion: '2025.1',
    });
    expect((await records.auditFor('subscription')).records[0]!.details).toMatchObject({
      fromPolicy: true,
      url: URL_B,
    });
  });

  it('works with a policy-only subscription (nothing configured in the options page)', async () => {
    const f = fakeFetch(json(v1, '"p1"'), new Response(null, { status: 304 }));
    const policy = { subscriptionUrl: URL_B, publicKey: keys.publicKeyBase64 };
    expect((await refreshSubscription({ config, records, fetchFn: f.fn, policy })).status).toBe('updated');
    expect((await refreshSubscription({ config, records, fetchFn: f.fn, policy })).status).toBe('not-modified');
    expect(headerOf(f.calls[1]!, 'If-None-Match')).toBe('"p1"');
  });

  it('keeps a subscription dictionary disabled across updates', async () => {
    await subscribe();
    const f = fakeFetch(json(v1, '"v1"'), json(v2, '"v2"'));
    await refreshSubscription({ config, records, fetchFn: f.fn });
    const [d] = await subscriptionDicts();
    await config.putDictionary({ ...d!, enabled: false });
    await refreshSubscription({ config, records, fetchFn: f.fn });
    const after = await subscriptionDicts();
    expect(after.find((x) => x.id === 'sub-fixture-sample')!.enabled).toBe(false);
    expect(after.find((x) => x.id === 'sub-fixture-second')!.enabled).toBe(true);
  });

  it('never overwrites a custom dictionary with the same key', async () => {
    await subscribe();
    await config.putDictionary({
      id: 'sub-fixture-sample',
      origin: 'custom',
      enabled: true,
      updatedAt: 'x',
      dictionary: sample,
    });
    const f = fakeFetch(json(v1));
    const r = await refreshSubscription({ config, records, fetchFn: f.fn });
    expect(r.status).toBe('error');
    expect((await config.getDictionary('sub-fixture-sample'))!.origin).toBe('custom');
  });

  it('runs concurrent refreshes one after another', async () => {
    await subscribe();
    const f = fakeFetch(json(v1, '"v1"'), new Response(null, { status: 304 }));
    const [a, b] = await Promise.all([
      refreshSubscription({ config, records, fetchFn: f.fn }),
      refreshSubscription({ config, records, fetchFn: f.fn }),
    ]);
    expect([a.status, b.status]).toEqual(['updated', 'not-modified']);
    expect(headerOf(f.calls[1]!, 'If-None-Match')).toBe('"v1"');
  });
});

describe('compareBundleVersions', () => {
  it('compares numeric runs as numbers', () => {
    const ordered = [
      '2025.1',
      '2025.2',
      '2025.10',
      '2026.11.27',
      '2026.12.4',
      '2026.12.04.1',
      '2026.12.10',
      '20261127T100000Z',
      '20261127T100001Z',
    ];
    for (let i = 0; i < ordered.length; i++) {
      for (let j = 0; j < ordered.length; j++) {
        expect(Math.sign(compareBundleVersions(ordered[i]!, ordered[j]!)), `${ordered[i]} vs ${ordered[j]}`).toBe(
          Math.sign(i - j),
        );
      }
    }
    expect(compareBundleVersions('2026-11-27T09:00:00Z', '2026-11-27T10:00:00Z')).toBeLessThan(0);
    expect(compareBundleVersions('2026-11-27T10:00:00Z', '2026-11-27T10:00:00Z')).toBe(0);
    expect(compareBundleVersions('v1.09', 'v1.9')).toBe(0);
  });
});

describe('rollback and transport rules', () => {
  const signed = async (version: string) =>
    JSON.stringify(await signBundle({ version, dictionaries: [sample] }, keys.privateKeyPem, keys.keyId));

  it('refuses a correctly signed older bundle after a newer one, keeping the newer dictionaries', async () => {
    await subscribe();
    const newer = await signed('2026.12.4');
    const older = await signed('2026.11.27');
    const f = fakeFetch(json(newer, '"n"'), json(older, '"o"'), json(older, '"o"'));
    expect((await refreshSubscription({ config, records, fetchFn: f.fn })).status).toBe('updated');
    const r = await refreshSubscription({ config, records, fetchFn: f.fn });
    expect(r.status).toBe('error');
    expect(r.message).toContain('词库包版本 2026.11.27 低于已接受过的版本 2026.12.4');
    expect(r.message).toContain('继续使用当前版本 2026.12.4');
    // Forcing the refresh does not help.
    expect((await refreshSubscription({ config, records, fetchFn: f.fn }, { force: true })).status).toBe('error');
    const { settings } = await config.getSettings();
    expect(settings.subscription).toMatchObject({
      activeVersion: '2026.12.4',
      etag: '"n"',
      highestVersions: { [URL_A]: '2026.12.4' },
    });
    expect((await subscriptionDicts()).map((d) => d.dictionary)).toEqual([sample]);
    const audit = (await records.auditFor('subscription')).records;
    expect(audit.at(-1)!.details).toMatchObject({ ok: false, version: '2026.11.27', highestVersion: '2026.12.4' });
  });

  it('keeps the highest version per URL: another URL has its own, switching back keeps the first', async () => {
    await subscribe();
    const f = fakeFetch(json(await signed('2026.12.4')), json(await signed('2020.1')), json(await signed('2026.1')));
    await refreshSubscription({ config, records, fetchFn: f.fn });
    // The options page keeps the rest of the subscription when the URL changes.
    const switchTo = (url: string) =>
      config.updateSettings((s) => ({ ...s, subscription: { ...s.subscription!, url, etag: undefined } }));
    await switchTo(URL_B);
    expect((await refreshSubscription({ config, records, fetchFn: f.fn })).status).toBe('updated');
    await switchTo(URL_A);
    const r = await refreshSubscription({ config, records, fetchFn: f.fn });
    expect(r.message).toContain('低于已接受过的版本 2026.12.4');
    expect((await config.getSettings()).settings.subscription!.highestVersions).toEqual({
      [URL_A]: '2026.12.4',
      [URL_B]: '2020.1',
    });
  });

  it('uses the active version as the floor for settings stored before highestVersions existed', async () => {
    await subscribe({ activeVersion: '2026.12.4' });
    const f = fakeFetch(json(await signed('2026.11.27')));
    expect((await refreshSubscription({ config, records, fetchFn: f.fn })).message).toContain('低于已接受过的版本');
  });

  it('refuses plain http to a host other than loopback without fetching', async () => {
    await subscribe({ url: 'http://dict.example.gov.cn/bundle.json' });
    const f = fakeFetch();
    const r = await refreshSubscription({ config, records, fetchFn: f.fn });
    expect(r.status).toBe('error');
    expect(r.message).toContain('https://');
    expect(f.calls).toHaveLength(0);
  });
});

describe('downloads from a real HTTP server on 127.0.0.1', () => {
  let server: Server;
  let handler: (req: IncomingMessage, res: ServerResponse) => void = (_q, r) => r.end();
  let port = 0;
  let bytesSent = 0;

  beforeAll(async () => {
    server = createServer((req, res) => handler(req, res));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  const local = (host = '127.0.0.1', path = '/bundle.json') => `http://${host}:${port}${path}`;
  const realFetch: typeof fetch = (input, init) => globalThis.fetch(input, init);

  it('accepts a bundle from http://127.0.0.1 and records its version', async () => {
    const body = v1;
    handler = (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(body);
    };
    await subscribe({ url: local() });
    const r = await refreshSubscription({ config, records, fetchFn: realFetch });
    expect(r).toMatchObject({ status: 'updated', version: '2025.1' });
  });

  it('refuses a redirect to another host (127.0.0.1 → localhost) and keeps the previous version', async () => {
    await subscribe({ url: local() });
    handler = (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(v1);
    };
    await refreshSubscription({ config, records, fetchFn: realFetch });
    handler = (req, res) => {
      if (req.headers.host?.startsWith('127.0.0.1')) {
        res.writeHead(302, { location: local('localhost', '/evil.json') });
        return void res.end();
      }
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(v2);
    };
    const r = await refreshSubscription({ config, records, fetchFn: realFetch }, { force: true });
    expect(r.status).toBe('error');
    expect(r.message).toContain('转到了另一个地址');
    expect((await config.getSettings()).settings.subscription!.activeVersion).toBe('2025.1');
    expect((await subscriptionDicts()).map((d) => d.id)).toEqual(['sub-fixture-sample']);
  });

  it('follows a redirect on the same host', async () => {
    await subscribe({ url: local() });
    handler = (req, res) => {
      if (req.url === '/bundle.json') {
        res.writeHead(302, { location: '/v2/bundle.json' });
        return void res.end();
      }
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(v2);
    };
    expect(await refreshSubscription({ config, records, fetchFn: realFetch })).toMatchObject({
      status: 'updated',
      version: '2025.2',
    });
  });

  it('stops reading a body without Content-Length as soon as it passes the cap', async () => {
    await subscribe({ url: local() });
    const chunk = Buffer.alloc(64 * 1024, 0x20);
    bytesSent = 0;
    let stopped = false;
    handler = (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' }); // chunked: no Content-Length
      const push = () => {
        // An endless body: only the reader giving up ends it.
        while (!stopped && res.write(chunk)) bytesSent += chunk.length;
        if (!stopped) res.once('drain', push);
      };
      res.on('close', () => {
        stopped = true;
      });
      push();
    };
    const cap = 1024 * 1024;
    const r = await refreshSubscription({ config, records, fetchFn: realFetch, maxBytes: cap });
    expect(r.status).toBe('error');
    expect(r.message).toContain('超过 1 MB 上限，已停止下载');
    expect((await records.auditFor('subscription')).records.at(-1)!.details).toMatchObject({ ok: false });
    // The server sees the connection closed: the endless body was not read on.
    await vi.waitFor(() => expect(stopped).toBe(true));
    expect(bytesSent).toBeLessThan(32 * cap);
  });

  it('refuses a too-large Content-Length before reading the body', async () => {
    await subscribe({ url: local() });
    let written = 0;
    handler = (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': String(5 * 1024 * 1024) });
      const chunk = Buffer.alloc(1024, 0x20);
      res.write(chunk);
      written += chunk.length;
      // The rest never comes: a reader waiting for the body would hang until the timeout.
    };
    const r = await refreshSubscription({ config, records, fetchFn: realFetch, maxBytes: 1024 * 1024 });
    expect(r.status).toBe('error');
    expect(r.message).toContain('词库包过大（5.0 MB，上限 1 MB）');
    expect(written).toBe(1024);
  });
});

describe('clearSubscription', () => {
  it('removes the subscription dictionaries and settings, with an audit record', async () => {
    await subscribe();
    await refreshSubscription({ config, records, fetchFn: fakeFetch(json(v1)).fn });
    await config.putDictionary({ id: 'mine', origin: 'custom', enabled: true, updatedAt: 'x', dictionary: sample });
    await clearSubscription({ config, records }, '管理员');
    expect(await subscriptionDicts()).toEqual([]);
    expect(await config.getDictionary('mine')).toBeDefined();
    expect((await config.getSettings()).settings.subscription).toBeUndefined();
    const audit = (await records.auditFor('subscription')).records;
    expect(audit.at(-1)).toMatchObject({ actor: '管理员' });
  });
});

describe('subscription alarm', () => {
  function fakeAlarms() {
    const alarms = new Map<string, { name: string; periodInMinutes?: number; delayInMinutes?: number }>();
    const listeners: Array<(a: { name: string }) => void> = [];
    const api: AlarmsLike = {
      get: async (name) => alarms.get(name),
      create: (name, info) => {
        alarms.set(name, { name, ...info });
      },
      clear: async (name) => alarms.delete(name),
      onAlarm: { addListener: (cb) => listeners.push(cb) },
    };
    return {
      api,
      alarms,
      fire: (name: string) => {
        for (const l of listeners) l({ name });
      },
    };
  }
  const withSub = (intervalHours = 6): Settings =>
    settingsSchema.parse({ subscription: { url: URL_A, publicKey: 'k', intervalHours } });

  it('schedules, keeps, re-schedules and clears the alarm', async () => {
    const a = fakeAlarms();
    expect(await ensureSubscriptionAlarm(a.api, withSub(6), undefined)).toBe('scheduled');
    expect(a.alarms.get(SUBSCRIPTION_ALARM)).toMatchObject({ periodInMinutes: 360, delayInMinutes: 1 });
    expect(await ensureSubscriptionAlarm(a.api, withSub(6), undefined)).toBe('unchanged');
    expect(await ensureSubscriptionAlarm(a.api, withSub(6), { refreshHours: 2 })).toBe('scheduled');
    expect(a.alarms.get(SUBSCRIPTION_ALARM)!.periodInMinutes).toBe(120);
    expect(await ensureSubscriptionAlarm(a.api, settingsSchema.parse({}), undefined)).toBe('cleared');
    expect(a.alarms.has(SUBSCRIPTION_ALARM)).toBe(false);
    expect(
      await ensureSubscriptionAlarm(a.api, settingsSchema.parse({}), { subscriptionUrl: URL_B, refreshHours: 1 }),
    ).toBe('scheduled');
    expect(a.alarms.get(SUBSCRIPTION_ALARM)!.periodInMinutes).toBe(60);
  });

  it('registers the listener and runs the refresh when its alarm fires', async () => {
    await subscribe();
    const a = fakeAlarms();
    let runs = 0;
    const status = await scheduleSubscription({
      alarms: a.api,
      config,
      readPolicy: async () => undefined,
      onAlarm: async () => {
        runs++;
      },
    });
    expect(status).toBe('scheduled');
    a.fire('something-else');
    a.fire(SUBSCRIPTION_ALARM);
    expect(runs).toBe(1);
  });
});
