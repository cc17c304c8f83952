import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { attemptAllowed, Credentials, LIMITS, recordFailure } from '../../../lib/background/credentials';
import { msg } from '../../../lib/i18n/ui-message';
import { hashPin, PIN_ITERATIONS, pinTooShort } from '../../../lib/review/pin';
import { openStore } from '../../../lib/store/db';
import { RecordStore } from '../../../lib/store/records';
import { ConfigStore } from '../../../lib/store/settings-store';
import { dbName } from '../store/fixtures';

describe('back-off and lock-out (pure)', () => {
  it('allows the free attempts, then backs off exponentially, then locks', () => {
    let a: ReturnType<typeof recordFailure> | undefined;
    const t0 = 1_000_000;
    for (let i = 1; i <= LIMITS.free; i++) {
      expect(attemptAllowed(a, t0).ok).toBe(true);
      a = recordFailure(a, t0);
    }
    // After the free failures: wait base · 2^0, then base · 2^1 …
    expect(attemptAllowed(a, t0)).toEqual({ ok: false, retryAfterMs: LIMITS.baseDelayMs, locked: false });
    expect(attemptAllowed(a, t0 + LIMITS.baseDelayMs).ok).toBe(true);
    a = recordFailure(a, t0 + LIMITS.baseDelayMs);
    expect(attemptAllowed(a, t0 + LIMITS.baseDelayMs + 1)).toMatchObject({ ok: false, locked: false });
    let t = t0 + LIMITS.baseDelayMs;
    while ((a?.failures ?? 0) < LIMITS.lockAfter) {
      t += LIMITS.maxDelayMs;
      a = recordFailure(a, t);
    }
    expect(a?.lockedUntil).toBe(t + LIMITS.lockMs);
    expect(attemptAllowed(a, t + LIMITS.lockMs - 1)).toMatchObject({ ok: false, locked: true });
    expect(attemptAllowed(a, t + LIMITS.lockMs).ok).toBe(true);
    // A failure after the lock ran out starts a fresh count.
    expect(recordFailure(a, t + LIMITS.lockMs).failures).toBe(1);
  });

  it('caps the back-off delay', () => {
    const a = { failures: LIMITS.free + 30, lastFailure: 0 };
    expect(attemptAllowed(a, 1)).toEqual({ ok: false, retryAfterMs: LIMITS.maxDelayMs - 1, locked: false });
  });
});

describe('Credentials (persisted, audited)', () => {
  function setup(start = 5_000_000) {
    const dbp = openStore(dbName('pg-cred'));
    let now = start;
    const records = new RecordStore(dbp);
    const creds = new Credentials(new ConfigStore(dbp), records, () => now);
    return {
      dbp,
      records,
      creds,
      advance: (ms: number) => (now += ms),
      reopen: () => new Credentials(new ConfigStore(dbp), records, () => now),
    };
  }
  const subject = { key: 'reviewer:r1', name: '张审核' };
  const SIGNOFF = msg('context.signoff', { title: '通知' });
  const OVERRIDE = msg('context.override', { title: '通知' });

  it('accepts the right PIN, counts and audits wrong ones, and the count survives a restart', async () => {
    const { creds, records, reopen, advance } = setup();
    const stored = await hashPin('135790', 1000);
    for (let i = 0; i < LIMITS.free; i++) {
      const r = await creds.check(subject, '000000', stored, SIGNOFF);
      expect(r.ok).toBe(false);
    }
    // A "restarted" background still remembers the failures: the next try must wait.
    const again = await reopen().check(subject, '135790', stored, SIGNOFF);
    expect(again).toMatchObject({ ok: false });
    if (!again.ok) expect(again.error).toContain('后再试');
    advance(LIMITS.baseDelayMs);
    const ok = await reopen().check(subject, '135790', stored, SIGNOFF);
    expect(ok.ok).toBe(true);
    const audit = (await records.auditFor('auth-failed')).records;
    expect(audit).toHaveLength(LIMITS.free + 1);
    expect(audit.every((a) => a.actor === '张审核')).toBe(true);
    expect(audit.filter((a) => a.details.refused === true)).toHaveLength(1);
  }, 30_000);

  it('re-hashes an older, weaker hash on success at today’s iteration count', async () => {
    const { creds } = setup();
    const old = await hashPin('246810', 10_000);
    const r = await creds.check(subject, '246810', old, OVERRIDE);
    expect(r.ok && r.rehashed?.iterations).toBe(PIN_ITERATIONS);
    expect(r.ok && r.rehashed?.minLength).toBe(6);
  }, 30_000);

  it('locks a subject out after repeated failures; the right PIN is refused until the lock runs out', async () => {
    const { creds, advance } = setup();
    const stored = await hashPin('135790', 1000);
    let last: Awaited<ReturnType<typeof creds.check>> | undefined;
    for (let i = 0; i < LIMITS.lockAfter; i++) {
      last = await creds.check(subject, '999999', stored, SIGNOFF);
      advance(LIMITS.maxDelayMs);
    }
    expect(last?.ok).toBe(false);
    if (last && !last.ok) expect(last.error).toContain('锁定');
    const locked = await creds.check(subject, '135790', stored, SIGNOFF);
    expect(locked.ok).toBe(false);
    advance(LIMITS.lockMs);
    expect((await creds.check(subject, '135790', stored, SIGNOFF)).ok).toBe(true);
    // Another subject was never affected.
    expect((await creds.check({ key: 'reviewer:r2', name: '李' }, '135790', stored, SIGNOFF)).ok).toBe(true);
  }, 60_000);

  it('flags PINs set before the 6-digit rule', async () => {
    expect(pinTooShort({ algorithm: 'PBKDF2-SHA256', iterations: 10_000, salt: '', hash: '' })).toBe(true);
    expect(pinTooShort(await hashPin('123456', 1000))).toBe(false);
    expect(pinTooShort(undefined)).toBe(false);
  });
});
