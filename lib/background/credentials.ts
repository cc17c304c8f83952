import { t } from '../i18n/all';
import { chineseText, codedSummary, type MessageParam, msg, type UiMessage } from '../i18n/ui-message';
import { hashPin, needsRehash, verifyPin } from '../review/pin';
import type { PinHash } from '../settings/schema';
import type { RecordStore } from '../store/records';
import type { ConfigStore } from '../store/settings-store';

/**
 * PIN and admin-password checks with back-off and lock-out. The state is persisted (a browser restart does not
 * reset it) and every failed attempt is audited. Runs in the background only: no page ever sees a secret.
 */

export interface Attempts {
  failures: number;
  lastFailure?: number;
  lockedUntil?: number;
}

export const LIMITS = {
  /** Failures allowed before back-off starts. */
  free: 3,
  /** Back-off after the free failures: base · 2^(n − free), capped. */
  baseDelayMs: 2_000,
  maxDelayMs: 60_000,
  /** Failures that lock the subject out, and for how long. */
  lockAfter: 10,
  lockMs: 15 * 60_000,
} as const;

export type Gate = { ok: true } | { ok: false; retryAfterMs: number; locked: boolean };

/** Whether another attempt may be made now. */
export function attemptAllowed(a: Attempts | undefined, now: number): Gate {
  if (!a) return { ok: true };
  if (a.lockedUntil !== undefined && now < a.lockedUntil) {
    return { ok: false, retryAfterMs: a.lockedUntil - now, locked: true };
  }
  if (a.lockedUntil === undefined && a.failures >= LIMITS.free && a.lastFailure !== undefined) {
    const delay = Math.min(LIMITS.maxDelayMs, LIMITS.baseDelayMs * 2 ** (a.failures - LIMITS.free));
    if (now < a.lastFailure + delay) return { ok: false, retryAfterMs: a.lastFailure + delay - now, locked: false };
  }
  return { ok: true };
}

/** The state after a failed attempt (a lock-out that has run out starts a fresh count). */
export function recordFailure(a: Attempts | undefined, now: number): Attempts {
  const expired = a?.lockedUntil !== undefined && now >= a.lockedUntil;
  const failures = expired ? 1 : (a?.failures ?? 0) + 1;
  return {
    failures,
    lastFailure: now,
    ...(failures >= LIMITS.lockAfter ? { lockedUntil: now + LIMITS.lockMs } : {}),
  };
}

function waitText(ms: number): string {
  const s = Math.ceil(ms / 1000);
  return s >= 60 ? t('credMinutes', { n: Math.ceil(s / 60) }) : t('credSeconds', { n: s });
}

/** 'PIN' or 管理员密码 as the UI language says it. */
function whatText(what: string): string {
  return what === '管理员密码' ? t('adminPasswordWord') : what;
}

export interface Subject {
  /** "reviewer:<id>" or "admin". */
  key: string;
  /** Who, for messages and the audit log. */
  name: string;
}

const SECURITY_KEY = 'security';

/** The admin is named in the UI language; a reviewer by name. */
const subjectName = (subject: Subject): MessageParam => (subject.key === 'admin' ? msg('audit.admin') : subject.name);

export class Credentials {
  /** One check at a time per subject, so parallel windows cannot race past the counter. */
  private readonly queues = new Map<string, Promise<unknown>>();

  constructor(
    private readonly config: ConfigStore,
    private readonly records: RecordStore,
    private readonly now: () => number = () => Date.now(),
  ) {}

  private async attempts(): Promise<Record<string, Attempts>> {
    const v = (await this.config.getValue(SECURITY_KEY)) as { attempts?: Record<string, Attempts> } | undefined;
    return v?.attempts ?? {};
  }

  private async save(key: string, a: Attempts | undefined): Promise<void> {
    await this.config.updateValue(SECURITY_KEY, (v) => {
      const cur = (v as { attempts?: Record<string, Attempts> } | undefined)?.attempts ?? {};
      const next = { ...cur };
      if (a) next[key] = a;
      else delete next[key];
      return { attempts: next };
    });
  }

  /** Current back-off/lock-out of a subject (for showing it before an attempt). */
  async status(subject: Subject): Promise<Gate> {
    return attemptAllowed((await this.attempts())[subject.key], this.now());
  }

  /**
   * Checks a secret against its stored hash. On success the counter resets and, if the hash is older than today's
   * iteration count, `rehashed` holds a new hash for the caller to store.
   */
  check(
    subject: Subject,
    secret: string,
    stored: PinHash,
    context: UiMessage,
    what: 'PIN' | '管理员密码' = 'PIN',
  ): Promise<{ ok: true; rehashed?: PinHash } | { ok: false; error: string }> {
    const prev = this.queues.get(subject.key) ?? Promise.resolve();
    const run = prev.then(() => this.checkNow(subject, secret, stored, context, what));
    this.queues.set(
      subject.key,
      run.catch(() => undefined),
    );
    return run;
  }

  private async checkNow(
    subject: Subject,
    secret: string,
    stored: PinHash,
    context: UiMessage,
    what: string,
  ): Promise<{ ok: true; rehashed?: PinHash } | { ok: false; error: string }> {
    const now = this.now();
    const current = (await this.attempts())[subject.key];
    const gate = attemptAllowed(current, now);
    if (!gate.ok) {
      await this.audit(subject, context, current?.failures ?? 0, gate.locked, true);
      return {
        ok: false,
        error: gate.locked
          ? t('credLocked', { name: subject.name, what: whatText(what), wait: waitText(gate.retryAfterMs) })
          : t('credTooMany', { what: whatText(what), wait: waitText(gate.retryAfterMs) }),
      };
    }
    if (await verifyPin(secret, stored)) {
      if (current) await this.save(subject.key, undefined);
      return needsRehash(stored) ? { ok: true, rehashed: await hashPin(secret) } : { ok: true };
    }
    const next = recordFailure(current, now);
    await this.save(subject.key, next);
    const locked = next.lockedUntil !== undefined;
    await this.audit(subject, context, next.failures, locked, false);
    const left = LIMITS.lockAfter - next.failures;
    return {
      ok: false,
      error: locked
        ? t('credWrongLocked', {
            what: whatText(what),
            n: next.failures,
            name: subject.name,
            wait: waitText(LIMITS.lockMs),
          })
        : t('credWrong', {
            what: whatText(what),
            left:
              left <= LIMITS.lockAfter - LIMITS.free ? t('credLeft', { n: left, wait: waitText(LIMITS.lockMs) }) : '',
          }),
    };
  }

  private async audit(subject: Subject, context: UiMessage, failures: number, locked: boolean, refused: boolean) {
    await this.records
      .addAudit({
        action: 'auth-failed',
        actor: subject.name,
        ...codedSummary(
          msg(refused ? 'audit.auth-refused' : locked ? 'audit.auth-failed-locked' : 'audit.auth-failed', {
            name: subjectName(subject),
            context,
            n: failures,
          }),
        ),
        details: { subject: subject.key, context: chineseText(context), failures, locked, refused },
      })
      .catch(() => undefined);
  }
}
