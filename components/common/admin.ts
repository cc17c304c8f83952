import { useEffect, useState } from 'preact/hooks';
import { t } from '../../lib/i18n/all';
import { chineseText, type UiMessage } from '../../lib/i18n/ui-message';
import { request } from '../../lib/messaging/client';
import type { Res } from '../../lib/messaging/protocol';
import { settingsBase } from '../../lib/settings/protection';
import { type Settings, settingsSchema } from '../../lib/settings/schema';
import type { StoredDictionary } from '../../lib/store/schema';
import type { ConfigStore } from '../../lib/store/settings-store';

/**
 * The admin session as an extension page holds it: a token from the background after unlocking with the admin
 * password, kept in this page's memory only. Every protected write sends it; the background decides.
 */
let token: string | undefined;
const listeners = new Set<() => void>();

export function adminToken(): string | undefined {
  return token;
}

export function setAdminToken(t: string | undefined): void {
  token = t;
  for (const fn of listeners) fn();
}

/** Re-renders a component when the token changes. */
export function useAdminToken(): string | undefined {
  const [t, set] = useState(token);
  useEffect(() => {
    const fn = () => set(token);
    listeners.add(fn);
    return () => void listeners.delete(fn);
  }, []);
  return t;
}

export type WriteOutcome =
  | { ok: true; before: Settings; after: Settings }
  | { ok: false; code?: string; error: string };

/**
 * Computes new settings from the current ones and asks the background to store them (it checks the admin session
 * and that nobody changed the settings meanwhile; on such a conflict this retries once from the fresh settings).
 */
export async function writeSettings(
  config: ConfigStore,
  change: (s: Settings) => Settings,
  meta: {
    reason: string;
    summary: (before: Settings, after: Settings) => string;
    details?: Record<string, unknown>;
    actor?: string;
  },
): Promise<WriteOutcome> {
  for (let attempt = 0; attempt < 2; attempt++) {
    const { settings: before } = await config.getSettings();
    const after = settingsSchema.parse(change(before));
    const r = await request('settings/write', {
      settings: after,
      base: settingsBase(before),
      token: adminToken(),
      reason: meta.reason,
      summary: meta.summary(before, after),
      details: meta.details,
      actor: meta.actor,
    });
    if (r.ok) return { ok: true, before, after };
    if (r.code !== 'conflict' || attempt === 1) return { ok: false, code: r.code, error: r.error ?? t('saveFailed') };
  }
  return { ok: false, error: t('saveFailed') };
}

/** Stores or deletes a dictionary through the background (protected like settings). */
export async function writeDictionary(
  op: { put: StoredDictionary } | { delete: string },
  meta: { summary: string | UiMessage; details?: Record<string, unknown>; actor?: string; audit?: boolean },
): Promise<Res<'dictionary/write'>> {
  return request('dictionary/write', {
    ...('put' in op ? { op: 'put' as const, stored: op.put } : { op: 'delete' as const, id: op.delete }),
    token: adminToken(),
    ...(typeof meta.summary === 'string'
      ? { summary: meta.summary }
      : { summary: chineseText(meta.summary), summaryMessage: meta.summary }),
    details: meta.details,
    actor: meta.actor,
    audit: meta.audit,
  });
}
