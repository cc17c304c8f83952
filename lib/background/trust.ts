import { browser } from 'wxt/browser';
import { validateDictionary } from '../dict/load';
import { t } from '../i18n/all';
import { chineseText, codedSummary, msg, readUiMessage, type UiMessage } from '../i18n/ui-message';
import type { Req, Res } from '../messaging/protocol';
import { hashPin, PIN_PATTERN } from '../review/pin';
import { protectedChanges, settingsBase } from '../settings/protection';
import { effectiveReviewers } from '../settings/resolve';
import { type PinHash, type Policy, type Reviewer, type Settings, settingsSchema } from '../settings/schema';
import type { RecordStore } from '../store/records';
import type { StoredDictionary } from '../store/schema';
import type { ConfigStore } from '../store/settings-store';
import { AdminSessions } from './admin';
import { Credentials } from './credentials';
import { OverrideRequests, type SessionArea } from './override-requests';

/**
 * Everything that authorises: sign-offs, overrides, the admin session and protected writes of settings and
 * dictionaries. Only the extension's own pages may call these (checked by the caller, main.ts); a content script —
 * and so the site's page — can only ask for the authorisation window to be opened.
 */

export interface TrustDeps {
  config: ConfigStore;
  records: RecordStore;
  policy(): Promise<Policy | undefined>;
  /** Tells editor tabs that the review state or the engine changed. */
  notify(kind: 'review' | 'engine'): Promise<void>;
}

const expired = () => t('trustExpired');

function randomToken(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
}

export class Trust {
  readonly credentials: Credentials;
  readonly sessions = new AdminSessions();
  /** Pending authorisation windows: in storage.session, so a service-worker restart does not expire them. */
  private readonly overrides: OverrideRequests;
  /** Tokens being checked right now (one token authorises once, even when submitted twice). */
  private readonly authorizing = new Set<string>();

  constructor(private readonly d: TrustDeps) {
    this.credentials = new Credentials(d.config, d.records);
    const area = (browser.storage as unknown as { session?: SessionArea }).session;
    this.overrides = new OverrideRequests(area);
  }

  private async reviewers(): Promise<{ settings: Settings; reviewers: Reviewer[] }> {
    const { settings } = await this.d.config.getSettings();
    return { settings, reviewers: effectiveReviewers(settings, await this.d.policy()) };
  }

  /** The admin password in force: enterprise policy first, then the local one. */
  private async adminPassword(settings?: Settings): Promise<{ hash?: PinHash; fromPolicy: boolean }> {
    const policy = await this.d.policy();
    const fromPolicy = policy?.adminPasswordHash;
    if (fromPolicy) return { hash: fromPolicy, fromPolicy: true };
    const s = settings ?? (await this.d.config.getSettings()).settings;
    return { hash: s.adminPassword, fromPolicy: false };
  }

  /** Stores a stronger hash after a successful check with an old one. */
  private async rehashReviewer(r: Reviewer, pin: PinHash): Promise<void> {
    await this.d.config
      .updateSettings((s) => ({
        ...s,
        reviewers: s.reviewers.map((x) =>
          x.id === r.id || (x.name === r.name && x.level === r.level) ? { ...x, pin } : x,
        ),
      }))
      .catch(() => undefined);
  }

  /**
   * Who signs: a configured reviewer proven by PIN (verified), a configured reviewer without a PIN, or a typed
   * name when no reviewer is configured (both unverified, and labelled so everywhere).
   */
  private async identify(
    input: { reviewerId?: string; name?: string; pin?: string; level?: number },
    context: UiMessage,
  ): Promise<{ ok: true; id: string; name: string; level: number; verified: boolean } | { ok: false; error: string }> {
    const { reviewers } = await this.reviewers();
    if (reviewers.length === 0) {
      const name = input.name?.trim();
      if (!name) return { ok: false, error: t('signoffNameNeeded') };
      return { ok: true, id: `name:${name}`, name, level: input.level ?? 1, verified: false };
    }
    const r = reviewers.find((x) => x.id === input.reviewerId);
    if (!r) return { ok: false, error: t('trustPickReviewer') };
    if (!r.pin) return { ok: true, id: r.id, name: r.name, level: r.level, verified: false };
    if (!input.pin) return { ok: false, error: t('trustPinNeeded', { name: r.name }) };
    const out = await this.credentials.check({ key: `reviewer:${r.id}`, name: r.name }, input.pin, r.pin, context);
    if (!out.ok) return out;
    if (!PIN_PATTERN.test(input.pin)) {
      // The right PIN, set before PINs needed 6 digits: too easily guessed to prove anything now. Its hash is
      // re-made with its length recorded, so the options page shows the reviewer needs a new PIN.
      await this.rehashReviewer(r, out.rehashed ?? (await hashPin(input.pin)));
      await this.d.records
        .addAudit({
          action: 'auth-failed',
          actor: r.name,
          ...codedSummary(msg('audit.pin-short', { name: r.name, context })),
          details: { subject: `reviewer:${r.id}`, context: chineseText(context), weakPin: true },
        })
        .catch(() => undefined);
      return {
        ok: false,
        error: t('trustPinShort', { name: r.name }),
      };
    }
    if (out.rehashed) await this.rehashReviewer(r, out.rehashed);
    return { ok: true, id: r.id, name: r.name, level: r.level, verified: true };
  }

  async signoff(req: Req<'review/signoff'>): Promise<Res<'review/signoff'>> {
    if (req.decision === 'approve' && !Object.values(req.checklist).every(Boolean)) {
      return { ok: false, error: t('signoffChecklistNeeded') };
    }
    if (req.decision === 'reject' && !req.comment.trim()) return { ok: false, error: t('signoffCommentNeeded') };
    const who = await this.identify(req, msg('context.signoff', { title: req.title || msg('audit.untitled') }));
    if (!who.ok) return who;
    await this.d.records.addSignoff({
      hash: req.hash,
      draftKey: req.draftKey,
      platform: req.platform,
      account: req.account,
      title: req.title,
      reviewerId: who.id,
      reviewer: who.name,
      level: who.level,
      decision: req.decision,
      checklist: req.checklist,
      comment: req.comment.trim(),
      counts: req.counts,
      verified: who.verified,
    });
    await this.d.notify('review');
    return { ok: true, verified: who.verified };
  }

  /** Opens (or replaces) the authorisation window for a tab; the page gets nothing back but "opened". */
  async openOverride(req: Req<'override/open'>, tabId: number | undefined): Promise<void> {
    const token = randomToken();
    const { replaced } = await this.overrides.add(token, { ...req, tabId });
    for (const r of replaced) {
      if (r.windowId !== undefined) await browser.windows.remove(r.windowId).catch(() => undefined);
    }
    const url = (browser.runtime.getURL as (p: string) => string)(`/authorize.html?t=${token}`);
    const win = await browser.windows.create({ url, type: 'popup', width: 480, height: 640 });
    if (win?.id !== undefined) await this.overrides.setWindow(token, win.id);
  }

  async overrideContext(token: string): Promise<Res<'override/context'>> {
    const ctx = await this.overrides.get(token);
    if (!ctx) throw new Error(expired());
    const { reviewers } = await this.reviewers();
    return {
      hash: ctx.hash,
      draftKey: ctx.draftKey,
      account: ctx.account,
      title: ctx.title,
      blockRules: ctx.blockRules,
      tabId: ctx.tabId,
      reviewers: reviewers.map((r) => ({ id: r.id, name: r.name, level: r.level, hasPin: Boolean(r.pin) })),
    };
  }

  async authorizeOverride(req: Req<'override/authorize'>): Promise<Res<'override/authorize'>> {
    if (this.authorizing.has(req.token)) return { ok: false, error: t('trustBusy') };
    this.authorizing.add(req.token);
    try {
      const ctx = await this.overrides.get(req.token);
      if (!ctx) return { ok: false, error: expired() };
      const who = await this.identify(req, msg('context.override', { title: ctx.title || msg('audit.untitled') }));
      if (!who.ok) return who;
      await this.overrides.remove(req.token);
      await this.d.records.addAudit({
        action: 'override',
        actor: who.name,
        ...codedSummary(
          msg(who.verified ? 'audit.override' : 'audit.override-unverified', { name: who.name, reason: req.reason }),
        ),
        details: {
          hash: ctx.hash,
          reason: req.reason,
          rules: ctx.blockRules,
          reviewerId: who.id,
          verified: who.verified,
        },
        draftKey: ctx.draftKey,
        account: ctx.account,
      });
      await this.d.notify('review');
      if (ctx.tabId !== undefined) await browser.tabs.update(ctx.tabId, { active: true }).catch(() => undefined);
      return { ok: true, verified: who.verified };
    } finally {
      this.authorizing.delete(req.token);
    }
  }

  /** True when protected changes may be made now: no admin password in force, or a valid session. */
  async mayChange(token: string | undefined): Promise<boolean> {
    const pw = await this.adminPassword();
    return !pw.hash || (await this.sessions.valid(token));
  }

  async adminStatus(token?: string): Promise<Res<'admin/status'>> {
    const { settings, reviewers } = await this.reviewers();
    const pw = await this.adminPassword(settings);
    const unlocked = Boolean(pw.hash) && (await this.sessions.valid(token));
    return {
      passwordSet: Boolean(pw.hash),
      fromPolicy: pw.fromPolicy,
      unlocked,
      ...(unlocked ? { expiresAt: await this.sessions.expiry() } : {}),
      reviewers: reviewers.length,
      reviewersWithoutPin: reviewers.filter((r) => !r.pin).length,
    };
  }

  async unlock(password: string): Promise<Res<'admin/unlock'>> {
    const pw = await this.adminPassword();
    if (!pw.hash) return { ok: false, error: t('trustNoAdminPassword') };
    const out = await this.credentials.check(
      { key: 'admin', name: '管理员' },
      password,
      pw.hash,
      msg('context.unlock'),
      '管理员密码',
    );
    if (!out.ok) return out;
    if (out.rehashed && !pw.fromPolicy) {
      const rehashed = out.rehashed;
      await this.d.config.updateSettings((s) => ({ ...s, adminPassword: rehashed })).catch(() => undefined);
    }
    const session = await this.sessions.open();
    await this.d.records.addAudit({
      action: 'admin',
      actor: '管理员',
      ...codedSummary(msg('audit.admin-unlock')),
      details: {},
    });
    return { ok: true, ...session };
  }

  async setPassword(req: Req<'admin/set-password'>): Promise<Res<'admin/set-password'>> {
    const pw = await this.adminPassword();
    if (pw.fromPolicy) return { ok: false, error: t('trustPasswordFromPolicy') };
    if (pw.hash && !(await this.sessions.valid(req.token))) {
      if (!req.current) return { ok: false, error: t('trustCurrentPassword') };
      const out = await this.credentials.check(
        { key: 'admin', name: '管理员' },
        req.current,
        pw.hash,
        msg('context.change-password'),
        '管理员密码',
      );
      if (!out.ok) return out;
    }
    if (req.next.trim() !== req.next) return { ok: false, error: t('trustPasswordSpaces') };
    const hash = await hashPin(req.next);
    await this.d.config.updateSettings((s) => ({ ...s, adminPassword: hash }));
    await this.d.records.addAudit({
      action: 'admin',
      actor: '管理员',
      ...codedSummary(msg(pw.hash ? 'audit.admin-password-changed' : 'audit.admin-password-set')),
      details: {},
    });
    return { ok: true, ...(await this.sessions.open()) };
  }

  /** Writes settings a page computed, if its base is current and (with a password set) its session is valid. */
  async writeSettings(req: Req<'settings/write'>): Promise<Res<'settings/write'>> {
    const parsed = settingsSchema.safeParse(req.settings);
    if (!parsed.success) {
      const i = parsed.error.issues[0];
      return {
        ok: false,
        code: 'invalid',
        error: `设置无效：${i?.path.join('.') || '(settings)'}：${i?.message ?? ''}`,
      };
    }
    const { settings: before } = await this.d.config.getSettings();
    if (settingsBase(before) !== req.base) {
      return { ok: false, code: 'conflict', error: t('trustConflict') };
    }
    // The password changes only through admin/set-password.
    const after: Settings = { ...parsed.data, adminPassword: before.adminPassword };
    const changed = protectedChanges(before, after);
    const pw = await this.adminPassword(before);
    if (changed.length && pw.hash && !(await this.sessions.valid(req.token))) {
      await this.d.records
        .addAudit({
          action: 'settings-change',
          actor: req.actor || '编辑',
          ...codedSummary(msg('audit.protected-refused', { changed: changed.join('、') })),
          details: { refused: true, keys: changed },
        })
        .catch(() => undefined);
      return { ok: false, code: 'locked', error: t('trustLocked') };
    }
    let conflict = false;
    await this.d.config.updateSettings((s) => {
      if (settingsBase(s) !== req.base) {
        conflict = true;
        return s;
      }
      return after;
    });
    if (conflict) return { ok: false, code: 'conflict', error: t('trustConflict') };
    await this.d.records
      .addAudit({
        action: 'settings-change',
        actor: req.actor || after.operator || '管理员',
        summary: req.summary,
        details: { reason: req.reason, keys: changed, ...(req.details ?? {}) },
      })
      .catch(() => undefined);
    return { ok: true };
  }

  async writeDictionary(req: Req<'dictionary/write'>): Promise<Res<'dictionary/write'>> {
    // A coded summary from the page is checked, and its Chinese text recorded; otherwise the page's text as sent.
    const coded = readUiMessage(req.summaryMessage);
    const summary = coded ? codedSummary(coded) : { summary: req.summary };
    const refuse = async (why: UiMessage, error: string): Promise<Res<'dictionary/write'>> => {
      await this.d.records
        .addAudit({
          action: 'dictionary-change',
          actor: req.actor || '编辑',
          ...codedSummary(msg('audit.refused', { why, summary: coded ?? req.summary })),
          details: { refused: true, op: req.op },
        })
        .catch(() => undefined);
      return { ok: false, code: 'locked', error };
    };
    const policy = await this.d.policy();
    if (policy?.lockDictionaries) {
      return refuse(msg('audit.dict-policy-locked'), t('trustDictPolicy'));
    }
    const pw = await this.adminPassword();
    if (pw.hash && !(await this.sessions.valid(req.token))) {
      return refuse(msg('audit.dict-admin-locked'), t('trustDictLocked'));
    }
    if (req.op === 'put') {
      const stored = req.stored as StoredDictionary | undefined;
      if (!stored || typeof stored.id !== 'string' || !['custom', 'subscription'].includes(stored.origin)) {
        return { ok: false, code: 'invalid', error: t('trustDictInvalid') };
      }
      const v = validateDictionary(stored.dictionary);
      if (!v.ok) return { ok: false, code: 'invalid', error: v.errors[0] ?? '词库无效' };
      await this.d.config.putDictionary({ ...stored, dictionary: v.dictionary });
    } else {
      if (!req.id) return { ok: false, code: 'invalid', error: t('trustDictId') };
      await this.d.config.deleteDictionary(req.id);
    }
    if (req.audit !== false) {
      await this.d.records
        .addAudit({
          action: 'dictionary-change',
          actor: req.actor || '管理员',
          ...summary,
          details: req.details ?? {},
        })
        .catch(() => undefined);
    }
    await this.d.notify('engine');
    return { ok: true };
  }
}
