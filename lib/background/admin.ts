import { browser } from 'wxt/browser';

/**
 * The admin session: unlocking with the admin password gives the unlocking extension page a random token, valid
 * for 15 minutes after its last use. It lives in the background's memory and, where the browser has it, in
 * storage.session (cleared when the browser closes), so a service-worker restart does not lock the admin out.
 * Pages never see the password's hash; the token is never given to a content script.
 */
const SESSION_MS = 15 * 60_000;
const KEY = 'pg-admin-session';

type SessionArea = { get(k: string): Promise<Record<string, unknown>>; set(v: Record<string, unknown>): Promise<void> };

function sessionArea(): SessionArea | undefined {
  return (browser.storage as unknown as { session?: SessionArea }).session;
}

function randomToken(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(32)), (b) => b.toString(16).padStart(2, '0')).join('');
}

export class AdminSessions {
  private token?: string;
  private expiresAt = 0;
  private loaded = false;

  constructor(private readonly now: () => number = () => Date.now()) {}

  private async load(): Promise<void> {
    if (this.loaded) return;
    this.loaded = true;
    try {
      const v = (await sessionArea()?.get(KEY))?.[KEY] as { token?: string; expiresAt?: number } | undefined;
      if (v?.token && typeof v.expiresAt === 'number') {
        this.token = v.token;
        this.expiresAt = v.expiresAt;
      }
    } catch {
      // no session storage: memory only
    }
  }

  private async persist(): Promise<void> {
    try {
      await sessionArea()?.set({ [KEY]: this.token ? { token: this.token, expiresAt: this.expiresAt } : null });
    } catch {
      // memory only
    }
  }

  async open(): Promise<{ token: string; expiresAt: number }> {
    await this.load();
    this.token = randomToken();
    this.expiresAt = this.now() + SESSION_MS;
    await this.persist();
    return { token: this.token, expiresAt: this.expiresAt };
  }

  /** True for the current, unexpired token; each valid use extends the session. */
  async valid(token: string | undefined): Promise<boolean> {
    await this.load();
    if (!token || !this.token || token.length !== this.token.length || this.now() >= this.expiresAt) return false;
    let diff = 0;
    for (let i = 0; i < token.length; i++) diff |= token.charCodeAt(i) ^ this.token.charCodeAt(i);
    if (diff !== 0) return false;
    this.expiresAt = this.now() + SESSION_MS;
    await this.persist();
    return true;
  }

  async expiry(): Promise<number | undefined> {
    await this.load();
    return this.token && this.now() < this.expiresAt ? this.expiresAt : undefined;
  }

  async close(): Promise<void> {
    this.token = undefined;
    this.expiresAt = 0;
    await this.persist();
  }
}
