import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { createListener, parseEnvelope } from '../../../lib/messaging/server';
import { TAB_MESSAGES } from '../../../lib/messaging/tab-protocol';

const env = (type: string, payload: unknown) => ({ pg: 1, type, payload });

describe('tab messages (zod/mini, in the content script)', () => {
  it('ignore anything that is not an envelope', () => {
    for (const m of [
      undefined,
      null,
      'x',
      {},
      { pg: 2, type: 'content/state', payload: {} },
      { type: 'content/state' },
    ])
      expect(parseEnvelope(TAB_MESSAGES, m)).toBeUndefined();
  });

  it('answer unknown types, also names of Object.prototype, with an error', () => {
    expect(parseEnvelope(TAB_MESSAGES, env('content/nope', {}))).toEqual({
      ok: false,
      error: 'unknown message type: content/nope',
    });
    expect(parseEnvelope(TAB_MESSAGES, env('toString', {}))).toEqual({
      ok: false,
      error: 'unknown message type: toString',
    });
  });

  it('reject a malformed payload, naming the field', () => {
    const r = parseEnvelope(TAB_MESSAGES, env('content/jump', { fingerprint: 3 }));
    expect(r?.ok).toBe(false);
    expect(r && !r.ok && r.error).toMatch(/^invalid content\/jump: fingerprint: /);
    const missing = parseEnvelope(TAB_MESSAGES, env('content/jump', {}));
    expect(missing && !missing.ok && missing.error).toMatch(/^invalid content\/jump: fingerprint: /);
    const bad = parseEnvelope(TAB_MESSAGES, env('review/changed', { hash: 1 }));
    expect(bad && !bad.ok && bad.error).toMatch(/^invalid review\/changed: hash: /);
    const none = parseEnvelope(TAB_MESSAGES, env('content/state', undefined));
    expect(none && !none.ok && none.error).toMatch(/^invalid content\/state: \(payload\): /);
  });

  it('pass a valid payload on without unknown keys', () => {
    expect(parseEnvelope(TAB_MESSAGES, env('content/jump', { fingerprint: 'f', extra: 1 }))).toEqual({
      ok: true,
      type: 'content/jump',
      payload: { fingerprint: 'f' },
    });
    expect(parseEnvelope(TAB_MESSAGES, env('review/changed', {}))).toMatchObject({ ok: true, payload: {} });
  });

  it('dispatch to the handler and always reply, also when the handler throws', async () => {
    const listener = createListener(
      TAB_MESSAGES,
      {
        'content/jump': ({ fingerprint }) => ({ ok: fingerprint === 'f' }),
        'content/check': () => {
          throw new Error('boom');
        },
      },
      () => undefined,
    );
    expect(await listener(env('content/jump', { fingerprint: 'f' }), {})).toEqual({ ok: true, data: { ok: true } });
    expect(await listener(env('content/check', {}), {})).toEqual({ ok: false, error: 'boom' });
    expect(await listener(env('content/jump', {}), {})).toMatchObject({ ok: false });
    // No handler here (another listener may have one), and not ours at all: no reply.
    expect(listener(env('content/state', {}), {})).toBeUndefined();
    expect(listener({ hello: 1 }, {})).toBeUndefined();
  });
});

describe('background requests (zod)', () => {
  const table = { 'x/get': { req: z.object({ n: z.number().check(z.int()) }), res: z.object({ twice: z.number() }) } };

  it('validate through the same listener, naming the field', async () => {
    const listener = createListener(table, { 'x/get': ({ n }) => ({ twice: 2 * n }) }, () => undefined);
    expect(await listener(env('x/get', { n: 2 }), {})).toEqual({ ok: true, data: { twice: 4 } });
    const bad = await listener(env('x/get', { n: 1.5 }), {});
    expect(bad).toMatchObject({ ok: false });
    expect(bad && !bad.ok && bad.error).toMatch(/^invalid x\/get: n: /);
  });
});
