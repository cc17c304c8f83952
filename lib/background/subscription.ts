import { compareBundleVersions, verifyBundle } from '../dict/bundle';
import { chineseText, codedSummary, msg, type UiMessage } from '../i18n/ui-message';
import { bundleUrlIssue } from '../settings/bundle-url';
import type { Policy, Settings, Subscription } from '../settings/schema';
import { describeStoreError } from '../store/db';
import type { RecordStore } from '../store/records';
import type { StoredDictionary } from '../store/schema';
import type { ConfigStore } from '../store/settings-store';

/**
 * Dictionary subscription: an admin points installs at a signed bundle on the unit's intranet; the
 * background fetches it as a plain CORS request (no host permission), verifies the ECDSA signature
 * against the configured public key and swaps the subscription dictionaries in one transaction.
 * Any failure leaves the previous dictionaries active and is recorded (settings.subscription.lastError
 * and the audit log). Only https (or http on loopback) URLs, no redirect to another host, a download
 * cap enforced while the body streams in, and no bundle older than the highest accepted for the URL.
 * No `wxt/browser` here: the alarm wiring lives in subscription-alarm.ts.
 */

export interface SubscriptionDeps {
  config: ConfigStore;
  records: RecordStore;
  policy?: Policy;
  fetchFn?: typeof fetch;
  now?: () => Date;
  /** Download cap in bytes (default MAX_BUNDLE_BYTES). */
  maxBytes?: number;
}

export interface RefreshResult {
  status: 'updated' | 'not-modified' | 'disabled' | 'error';
  /** Chinese; the background answers a page with `detail` in the UI language instead. */
  message: string;
  /** The message as a code and parameters. */
  detail: UiMessage;
  version?: string;
}

function result(status: RefreshResult['status'], detail: UiMessage, version?: string): RefreshResult {
  return { status, message: chineseText(detail), detail, ...(version !== undefined ? { version } : {}) };
}

export const SUBSCRIPTION_ALARM = 'pg-subscription';
const DEFAULT_REFRESH_HOURS = 6;
/** Bundles larger than this are refused (a 200,000-entry list is about 30 MB). */
const MAX_BUNDLE_BYTES = 64 * 1024 * 1024;
const FETCH_TIMEOUT_MS = 60_000;

/**
 * The highest version accepted for this URL. Settings written before highestVersions existed have only
 * the active version: it stands in as the floor for the subscribed URL.
 */
export function highestAcceptedVersion(sub: Partial<Subscription> | undefined, url: string): string | undefined {
  if (sub?.highestVersions) return sub.highestVersions[url];
  return sub?.url === url ? sub.activeVersion : undefined;
}

type BodyResult = { ok: true; text: string } | { ok: false; reason: UiMessage };

/** Reads the body as UTF-8, stopping (and cancelling the download) as soon as it passes `cap` bytes. */
async function readCapped(res: Response, cap: number): Promise<BodyResult> {
  const tooLarge = msg('subscription.too-large-stream', { cap: Math.round(cap / 1024 / 1024) });
  if (!res.body) {
    const text = await res.text();
    return new TextEncoder().encode(text).length > cap ? { ok: false, reason: tooLarge } : { ok: true, text };
  }
  const reader = res.body.getReader();
  const decoder = new TextDecoder('utf-8');
  let received = 0;
  let text = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    received += value.byteLength;
    if (received > cap) {
      await reader.cancel().catch(() => undefined);
      return { ok: false, reason: tooLarge };
    }
    text += decoder.decode(value, { stream: true });
  }
  return { ok: true, text: text + decoder.decode() };
}

/** Stored-dictionary key of a subscription dictionary (kept apart from custom dictionary keys). */
export const subscriptionStoreId = (dictionaryId: string): string => `sub-${dictionaryId}`;

/** URL, key and interval in effect: enterprise policy wins over the options page. */
export function effectiveSubscription(
  settings: Settings,
  policy: Policy | undefined,
): { url?: string; publicKey?: string; intervalHours: number; fromPolicy: boolean } {
  const s = settings.subscription;
  return {
    url: policy?.subscriptionUrl ?? s?.url,
    publicKey: policy?.publicKey ?? s?.publicKey,
    intervalHours: policy?.refreshHours ?? s?.intervalHours ?? DEFAULT_REFRESH_HOURS,
    fromPolicy: policy?.subscriptionUrl !== undefined || policy?.publicKey !== undefined,
  };
}

/**
 * Settings with the subscription status patched. The effective URL and key are written into
 * settings.subscription so the stored ETag always belongs to the URL it came from; a URL change
 * drops the old ETag.
 */
function patchSubscription(
  s: Settings,
  eff: { url?: string; publicKey?: string },
  patch: Partial<Subscription>,
): Settings {
  const prev = s.subscription;
  const base: Partial<Subscription> = prev ? { ...prev } : {};
  if (eff.url && base.url !== eff.url) {
    base.url = eff.url;
    base.etag = undefined;
  }
  if (eff.publicKey) base.publicKey = eff.publicKey;
  const next = { ...base, ...patch } as Subscription;
  for (const k of Object.keys(next) as Array<keyof Subscription>) if (next[k] === undefined) delete next[k];
  return { ...s, subscription: next };
}

const inflight = new WeakMap<ConfigStore, Promise<unknown>>();

/** Fetches, verifies and applies the subscribed bundle. Never throws; concurrent calls run one after another. */
export function refreshSubscription(deps: SubscriptionDeps, opts: { force?: boolean } = {}): Promise<RefreshResult> {
  const prev = inflight.get(deps.config) ?? Promise.resolve();
  const next = prev.catch(() => undefined).then(() => refreshOnce(deps, opts));
  inflight.set(deps.config, next);
  return next;
}

async function refreshOnce(deps: SubscriptionDeps, opts: { force?: boolean }): Promise<RefreshResult> {
  const { config, records, policy } = deps;
  const now = deps.now ?? (() => new Date());
  const fetchFn = deps.fetchFn ?? ((input: RequestInfo | URL, init?: RequestInit) => globalThis.fetch(input, init));
  let settings: Settings;
  try {
    settings = (await config.getSettings()).settings;
  } catch (err) {
    return result('error', msg('subscription.store-failed', { error: describeStoreError(err) }));
  }
  const eff = effectiveSubscription(settings, policy);
  if (!eff.url) return result('disabled', msg('subscription.disabled'));
  const url = eff.url;
  const stored = settings.subscription;
  const checkedAt = now().toISOString();

  const fail = async (reason: UiMessage, details: Record<string, unknown> = {}): Promise<RefreshResult> => {
    const active = stored?.activeVersion;
    const failed = result(
      'error',
      msg('subscription.failed', {
        reason,
        fallback: active ? msg('subscription.keeps-version', { version: active }) : msg('subscription.none-active'),
      }),
    );
    await config
      .updateSettings((s) =>
        patchSubscription(s, eff, {
          lastChecked: checkedAt,
          lastError: failed.message,
          lastErrorMessage: failed.detail,
        }),
      )
      .catch(() => undefined);
    await records
      .addAudit({
        action: 'subscription',
        actor: 'subscription',
        time: checkedAt,
        ...codedSummary(failed.detail),
        details: {
          url,
          ok: false,
          error: chineseText(reason),
          code: reason.code,
          activeVersion: active,
          fromPolicy: eff.fromPolicy,
          ...details,
        },
      })
      .catch(() => undefined);
    return failed;
  };

  if (!eff.publicKey) return fail(msg('subscription.no-public-key'));
  const publicKey = eff.publicKey;
  const urlProblem = bundleUrlIssue(url);
  if (urlProblem) return fail(urlProblem);

  const headers: Record<string, string> = { Accept: 'application/json' };
  if (!opts.force && stored?.url === url && stored.etag) headers['If-None-Match'] = stored.etag;
  let res: Response;
  try {
    res = await fetchFn(url, {
      method: 'GET',
      mode: 'cors',
      credentials: 'omit',
      cache: 'no-store',
      redirect: 'follow',
      headers,
      signal: typeof AbortSignal.timeout === 'function' ? AbortSignal.timeout(FETCH_TIMEOUT_MS) : undefined,
    });
  } catch (err) {
    const name = (err as { name?: string })?.name;
    if (name === 'TimeoutError' || name === 'AbortError') return fail(msg('subscription.timeout'));
    return fail(msg('subscription.unreachable', { error: err instanceof Error ? err.message : String(err) }));
  }

  // A redirect may only stay on the same host (and keep https): a bundle from elsewhere is refused.
  const finalUrl = res.url || url;
  const finalProblem = bundleUrlIssue(finalUrl);
  if (finalProblem || new URL(finalUrl).hostname !== new URL(url).hostname) {
    return fail(msg('subscription.redirected', { url: finalUrl }), { redirectedTo: finalUrl });
  }

  if (res.status === 304) {
    await config
      .updateSettings((s) =>
        patchSubscription(s, eff, { lastChecked: checkedAt, lastError: undefined, lastErrorMessage: undefined }),
      )
      .catch(() => undefined);
    const active = stored?.activeVersion;
    return result(
      'not-modified',
      active ? msg('subscription.up-to-date-version', { version: active }) : msg('subscription.up-to-date'),
      active,
    );
  }
  if (!res.ok)
    return fail(
      msg('subscription.http', { status: res.status, statusText: res.statusText ? ` ${res.statusText}` : '' }),
      { httpStatus: res.status },
    );

  const cap = deps.maxBytes ?? MAX_BUNDLE_BYTES;
  const length = Number(res.headers.get('content-length') ?? '0');
  if (length > cap) {
    await res.body?.cancel().catch(() => undefined);
    return fail(
      msg('subscription.too-large', {
        size: (length / 1024 / 1024).toFixed(1),
        cap: Math.round(cap / 1024 / 1024),
      }),
    );
  }
  let text: string;
  try {
    const body = await readCapped(res, cap);
    if (!body.ok) return fail(body.reason);
    text = body.text;
  } catch (err) {
    return fail(msg('subscription.download-failed', { error: err instanceof Error ? err.message : String(err) }));
  }
  const contentType = res.headers.get('content-type') ?? '';
  if (/text\/html/i.test(contentType) || /^\s*</.test(text)) {
    return fail(msg('subscription.html'));
  }

  const verified = await verifyBundle(text, publicKey);
  if (!verified.ok) return fail(verified.problem);
  const etag = res.headers.get('etag') ?? undefined;

  // Rollback: a correctly signed but older bundle (replayed, or an old file put back) is refused.
  const highest = highestAcceptedVersion(stored, url);
  if (highest !== undefined && compareBundleVersions(verified.version, highest) < 0) {
    return fail(msg('subscription.rollback', { version: verified.version, highest }), {
      version: verified.version,
      highestVersion: highest,
    });
  }

  // Same signed version already active: nothing to swap (servers without ETag land here every time).
  if (!opts.force && stored?.url === url && stored.activeVersion === verified.version) {
    await config
      .updateSettings((s) =>
        patchSubscription(s, eff, { etag, lastChecked: checkedAt, lastError: undefined, lastErrorMessage: undefined }),
      )
      .catch(() => undefined);
    return result(
      'not-modified',
      msg('subscription.up-to-date-version', { version: verified.version }),
      verified.version,
    );
  }

  let existing: StoredDictionary[];
  try {
    existing = await config.listDictionaries();
  } catch (err) {
    return fail(msg('store.error', { error: describeStoreError(err) }));
  }
  const previous = new Map(existing.filter((d) => d.origin === 'subscription').map((d) => [d.id, d]));
  const next: StoredDictionary[] = verified.dictionaries.map((d) => ({
    id: subscriptionStoreId(d.id),
    origin: 'subscription',
    enabled: previous.get(subscriptionStoreId(d.id))?.enabled ?? true,
    updatedAt: checkedAt,
    dictionary: d,
  }));
  const clash = next.find((n) => existing.some((e) => e.id === n.id && e.origin !== 'subscription'));
  if (clash) return fail(msg('subscription.clash', { id: clash.id }));
  try {
    await config.replaceDictionaries('subscription', next);
  } catch (err) {
    return fail(msg('store.error', { error: describeStoreError(err) }));
  }

  const entries = verified.dictionaries.reduce((n, d) => n + d.entries.length, 0);
  const updated = result(
    'updated',
    msg('subscription.updated', {
      version: verified.version,
      dictionaries: verified.dictionaries.length,
      entries,
    }),
    verified.version,
  );
  await config
    .updateSettings((s) =>
      patchSubscription(s, eff, {
        etag,
        lastChecked: checkedAt,
        lastUpdated: checkedAt,
        activeVersion: verified.version,
        highestVersions: { ...(s.subscription?.highestVersions ?? {}), [url]: verified.version },
        lastError: undefined,
        lastErrorMessage: undefined,
        adapters: verified.adapters,
        names: verified.names,
      }),
    )
    .catch(() => undefined);
  await records
    .addAudit({
      action: 'subscription',
      actor: 'subscription',
      time: checkedAt,
      ...codedSummary(updated.detail),
      details: {
        url,
        ok: true,
        version: verified.version,
        previousVersion: stored?.activeVersion,
        keyId: verified.keyId,
        fromPolicy: eff.fromPolicy,
        dictionaries: verified.dictionaries.map((d) => ({ id: d.id, version: d.version, entries: d.entries.length })),
        removed: [...previous.keys()].filter((id) => !next.some((n) => n.id === id)),
        adapters: verified.adapters ? Object.keys(verified.adapters) : [],
        ...(verified.names ? { names: verified.names.people.length } : {}),
      },
    })
    .catch(() => undefined);
  return updated;
}

/**
 * Stops a subscription: removes the subscription dictionaries and settings.subscription (one audit
 * record). For the options page's "取消订阅"; a policy URL keeps subscribing regardless.
 */
export async function clearSubscription(
  deps: Pick<SubscriptionDeps, 'config' | 'records'>,
  actor: string,
): Promise<void> {
  const { settings } = await deps.config.getSettings();
  await deps.config.replaceDictionaries('subscription', []);
  await deps.config.updateSettings((s) => ({ ...s, subscription: undefined }));
  await deps.records.addAudit({
    action: 'subscription',
    actor,
    ...codedSummary(
      settings.subscription
        ? msg('subscription.cleared-url', { url: settings.subscription.url })
        : msg('subscription.cleared'),
    ),
    details: { url: settings.subscription?.url, activeVersion: settings.subscription?.activeVersion, cleared: true },
  });
}

// ---------------------------------------------------------------------------------------------
// Periodic refresh (alarms API injected, so this stays testable)

export interface AlarmsLike {
  get(name: string): Promise<{ name: string; periodInMinutes?: number } | undefined>;
  create(name: string, info: { delayInMinutes?: number; periodInMinutes?: number }): void | Promise<void>;
  clear(name: string): Promise<boolean>;
  onAlarm: { addListener(cb: (alarm: { name: string }) => void): void };
}

/** Creates, updates or clears the refresh alarm to match the effective subscription. */
export async function ensureSubscriptionAlarm(
  alarms: AlarmsLike,
  settings: Settings,
  policy: Policy | undefined,
): Promise<'scheduled' | 'unchanged' | 'cleared'> {
  const eff = effectiveSubscription(settings, policy);
  if (!eff.url) {
    await alarms.clear(SUBSCRIPTION_ALARM);
    return 'cleared';
  }
  const period = Math.max(1, eff.intervalHours) * 60;
  const current = await alarms.get(SUBSCRIPTION_ALARM);
  // Re-creating an existing alarm would restart its timer on every service-worker start: don't.
  if (current && current.periodInMinutes === period) return 'unchanged';
  await alarms.create(SUBSCRIPTION_ALARM, { delayInMinutes: 1, periodInMinutes: period });
  return 'scheduled';
}

/**
 * Registers the alarm listener (synchronously, as MV3 service workers require) and schedules the
 * alarm. `onAlarm` runs the refresh (and whatever must follow an update).
 */
export function scheduleSubscription(deps: {
  alarms: AlarmsLike;
  config: ConfigStore;
  readPolicy: () => Promise<Policy | undefined>;
  onAlarm: () => Promise<unknown>;
}): Promise<'scheduled' | 'unchanged' | 'cleared' | 'error'> {
  deps.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === SUBSCRIPTION_ALARM) void deps.onAlarm().catch(() => undefined);
  });
  return (async () => {
    try {
      const [{ settings }, policy] = await Promise.all([deps.config.getSettings(), deps.readPolicy()]);
      return await ensureSubscriptionAlarm(deps.alarms, settings, policy);
    } catch {
      return 'error' as const;
    }
  })();
}
