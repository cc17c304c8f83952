/**
 * Pending override requests, one per authorisation window, keyed by the window's one-time token.
 *
 * They live in storage.session, not in the service worker's memory: Chrome stops an idle MV3 service worker after
 * about 30 seconds, and a reviewer writing a reason in the window easily takes longer — a request kept in memory
 * would then be "expired" when they submit. storage.session survives worker restarts, is cleared when the browser
 * closes and is not readable by content scripts (its default access level is trusted contexts only). Where a browser
 * has no storage.session (Firefox's MV2 background page is persistent) the requests stay in memory.
 */

export interface OverrideRequest {
  hash: string;
  draftKey: string;
  account?: string;
  title?: string;
  blockRules: string[];
  /** The editor tab the request came from. */
  tabId?: number;
  /** The authorisation window showing it (closed when the same tab asks again). */
  windowId?: number;
  expiresAt: number;
}

/** The part of storage.session used here. */
export interface SessionArea {
  get(keys: string | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

export const OVERRIDE_TTL_MS = 10 * 60_000;
const PREFIX = 'pg-override:';

/** A Map-backed stand-in for storage.session. */
export function memoryArea(): SessionArea {
  const m = new Map<string, unknown>();
  return {
    async get(keys) {
      if (keys === null) return Object.fromEntries(m);
      return m.has(keys) ? { [keys]: m.get(keys) } : {};
    },
    async set(items) {
      for (const [k, v] of Object.entries(items)) m.set(k, structuredClone(v));
    },
    async remove(keys) {
      for (const k of Array.isArray(keys) ? keys : [keys]) m.delete(k);
    },
  };
}

function isRequest(v: unknown): v is OverrideRequest {
  const r = v as Partial<OverrideRequest> | undefined;
  return (
    !!r &&
    typeof r.hash === 'string' &&
    typeof r.draftKey === 'string' &&
    Array.isArray(r.blockRules) &&
    typeof r.expiresAt === 'number'
  );
}

export class OverrideRequests {
  constructor(
    private readonly area: SessionArea = memoryArea(),
    private readonly now: () => number = () => Date.now(),
  ) {}

  private async all(): Promise<Array<[string, OverrideRequest]>> {
    const items = await this.area.get(null);
    return Object.entries(items)
      .filter(([k]) => k.startsWith(PREFIX))
      .flatMap(([k, v]) => (isRequest(v) ? [[k.slice(PREFIX.length), v] as [string, OverrideRequest]] : []));
  }

  /**
   * Stores a new request and drops expired ones and earlier ones of the same tab (whose windows the caller closes:
   * they are returned). Only the newest window of a tab can authorise.
   */
  async add(
    token: string,
    req: Omit<OverrideRequest, 'expiresAt'>,
  ): Promise<{ replaced: OverrideRequest[]; expiresAt: number }> {
    const now = this.now();
    const drop: string[] = [];
    const replaced: OverrideRequest[] = [];
    for (const [k, v] of await this.all()) {
      if (v.expiresAt <= now) drop.push(k);
      else if (req.tabId !== undefined && v.tabId === req.tabId) {
        drop.push(k);
        replaced.push(v);
      }
    }
    if (drop.length) await this.area.remove(drop.map((k) => PREFIX + k));
    const expiresAt = now + OVERRIDE_TTL_MS;
    await this.area.set({ [PREFIX + token]: { ...req, expiresAt } });
    return { replaced, expiresAt };
  }

  /** Records which window shows a request. */
  async setWindow(token: string, windowId: number): Promise<void> {
    const r = await this.get(token);
    if (r) await this.area.set({ [PREFIX + token]: { ...r, windowId } });
  }

  /** The request behind a token; undefined when unknown, used or expired. */
  async get(token: string): Promise<OverrideRequest | undefined> {
    if (!token) return undefined;
    const v = (await this.area.get(PREFIX + token))[PREFIX + token];
    if (!isRequest(v)) return undefined;
    if (v.expiresAt <= this.now()) {
      await this.area.remove(PREFIX + token);
      return undefined;
    }
    return v;
  }

  /** Uses a token up: it cannot authorise twice. */
  async remove(token: string): Promise<void> {
    await this.area.remove(PREFIX + token);
  }
}
