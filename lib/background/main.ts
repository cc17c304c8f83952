import { browser } from 'wxt/browser';
import { EDITOR_MATCH_PATTERNS } from '../editors/hosts';
import { countSeverities } from '../engine/findings';
import { setLocale } from '../i18n/all';
import { pagesEn } from '../i18n/pages-en';
import { pagesZh } from '../i18n/pages-zh';
import { resolveLocale } from '../i18n/resolve';
import { codedSummary, messageText, msg } from '../i18n/ui-message';
import { REQUESTS } from '../messaging/protocol';
import { createListener } from '../messaging/server';
import { effectiveReviewers, resolveEffective } from '../settings/resolve';
import { RecordStore } from '../store/records';
import { ConfigStore } from '../store/settings-store';
import { registerBackstop } from './backstop';
import { EngineService } from './engine-service';
import { LibraryService } from './library';
import { readPolicy } from './policy';
import { scheduleRetention } from './retention';
import { reviewState } from './review';
import { clearSubscription } from './subscription';
import { startSubscription } from './subscription-alarm';
import { TEAM_ALARM, TeamService } from './team';
import { Trust } from './trust';
import { browserLanguages } from './ui-language';

interface Sender {
  tab?: { id?: number; url?: string };
  url?: string;
  id?: string;
}

const BADGE_COLORS = { block: '#d4380d', warn: '#fa8c16', ok: '#389e0d', unrecognised: '#531dab' } as const;

const PAGE_EVENT_CODE = {
  unrecognised: 'audit.unrecognised',
  'blocked-unrecognised': 'audit.blocked-unrecognised',
} as const;

/** True for messages from our own extension pages (popup, options, records, authorize), never from web pages. */
function isExtensionPage(sender: Sender): boolean {
  const origin = browser.runtime.getURL('/' as never);
  return sender.id === browser.runtime.id && typeof sender.url === 'string' && sender.url.startsWith(origin);
}

/** Refuses a privileged request from anything but our own pages (a content script carries the site's page URL). */
function extensionOnly(sender: Sender, type: string): void {
  if (!isExtensionPage(sender)) throw new Error(`${type} is only accepted from the extension's own pages`);
}

export function startBackground(): void {
  const config = new ConfigStore();
  const records = new RecordStore();
  scheduleRetention({ records, config });
  void registerBackstop();
  const engines = new EngineService(config);
  // Messages the background returns (PIN checks, refusals) follow the UI language setting.
  const refreshLocale = () =>
    config
      .getSettings()
      .then((s) => setLocale(resolveLocale(s.settings.locale, browserLanguages())))
      .catch(() => undefined);
  void refreshLocale();
  const trust = new Trust({
    config,
    records,
    policy: readPolicy,
    notify: async (kind) => {
      if (kind === 'engine') {
        engines.invalidate();
        await engines.current().catch(() => undefined);
      }
      await broadcast(kind === 'engine' ? 'engine/changed' : 'review/changed');
    },
  });
  const library = new LibraryService(engines);
  const team = new TeamService({
    readPolicy,
    requiredLevels: async (account) => {
      const { settings } = await config.getSettings();
      return resolveEffective(settings, await readPolicy(), account).gate.requiredLevels;
    },
    onChanged: () => broadcast('review/changed'),
    records,
  });
  // Replication survives the MV3 worker: an alarm wakes it every minute; pages and editor activity sync too.
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === TEAM_ALARM) void team.sync().catch(() => undefined);
  });
  void team.ensureAlarm().catch(() => undefined);
  const subscription = startSubscription({
    config,
    records,
    onUpdated: async () => {
      engines.invalidate();
      await engines.current();
      await broadcast('engine/changed');
    },
  });

  const listener = createListener<typeof REQUESTS, Sender>(
    REQUESTS,
    {
      'engine/get': async ({ account }) => engines.bundle(account),
      'library/check': async ({ draft, account }) => {
        const { version, engine } = await library.get();
        const s = await engines.current();
        const eff = resolveEffective(s.data.settings, await readPolicy(), account);
        return { findings: engine.checker.check(draft, { rules: eff.rules }), version };
      },
      'draft/record': async (r) => {
        const id = await records.addCheck({
          kind: r.kind,
          platform: r.draft.platform,
          account: r.account,
          draftKey: r.draftKey,
          title: r.draft.title ?? '',
          hash: r.hash,
          chars: r.draft.body.length,
          counts: countSeverities(r.findings),
          findings: r.findings.map(({ fingerprint: _f, note: _n, source: _s, url: _u, ...f }) => f),
          outcome: r.outcome,
          action: r.action,
          reason: r.reason,
        });
        return { id };
      },
      'review/get': async ({ hash, draftKey, aliases, account }) => {
        const { settings } = await config.getSettings();
        const eff = resolveEffective(settings, await readPolicy(), account);
        const local = await reviewState(records, { hash, draftKey, aliases }, eff.gate.requiredLevels);
        if (!(await team.enabled())) return local;
        // Team mode: only sign-offs replicated from the team server count (overrides stay this machine's).
        team.poke();
        const shared = await team.review({ hash, draftKey, aliases }, eff.gate.requiredLevels);
        return { ...shared, overridden: local.overridden };
      },
      'team/status': async (_p, sender) => {
        extensionOnly(sender, 'team/status');
        return team.status();
      },
      'team/setup': async (r, sender) => {
        extensionOnly(sender, 'team/setup');
        const out = await team.setup(r);
        if (out.ok) await broadcast('review/changed');
        return out;
      },
      'team/off': async (_p, sender) => {
        extensionOnly(sender, 'team/off');
        return team.off();
      },
      'team/sync': async (_p, sender) => {
        extensionOnly(sender, 'team/sync');
        return (await team.sync()) ?? null;
      },
      'team/submit': async (r, sender) => {
        extensionOnly(sender, 'team/submit');
        const out = await team.submit(r);
        if (out.ok) await broadcast('review/changed');
        return out;
      },
      'team/queue': async (r, sender) => {
        extensionOnly(sender, 'team/queue');
        return team.queue(r);
      },
      'team/item': async ({ hash }, sender) => {
        extensionOnly(sender, 'team/item');
        return (await team.item(hash)) ?? null;
      },
      'team/signoff': async (r, sender) => {
        extensionOnly(sender, 'team/signoff');
        return team.signoff(r);
      },
      'team/trail': async (_p, sender) => {
        extensionOnly(sender, 'team/trail');
        return team.trail();
      },
      'audit/log': async (a) => {
        await records.addAudit({
          action: a.action,
          actor: '编辑',
          ...codedSummary(
            msg(a.action === 'ignore' ? 'audit.ignore' : 'audit.false-positive', { rule: a.ruleId, text: a.text }),
          ),
          details: {
            ruleId: a.ruleId,
            text: a.text,
            context: a.context,
            fingerprint: a.fingerprint,
            comment: a.comment,
          },
          draftKey: a.draftKey,
          account: a.account,
        });
        return { ok: true as const };
      },
      'override/open': async (o, sender) => {
        // The one override request a content script may make: it opens the extension's own window, nothing more.
        await trust.openOverride(o, sender.tab?.id);
        return { ok: true as const };
      },
      'override/context': async ({ token }, sender) => {
        extensionOnly(sender, 'override/context');
        return trust.overrideContext(token);
      },
      'override/authorize': async (o, sender) => {
        extensionOnly(sender, 'override/authorize');
        return trust.authorizeOverride(o);
      },
      'review/signoff': async (r, sender) => {
        extensionOnly(sender, 'review/signoff');
        // Team mode: sign-offs are made in the review queue and written to the server, never on this machine.
        if (await team.enabled()) return { ok: false, error: '团队模式下请在“审核队列”中签发：本机签发不计入团队审核' };
        return trust.signoff(r);
      },
      'reviewers/list': async (_p, sender) => {
        extensionOnly(sender, 'reviewers/list');
        const { settings } = await config.getSettings();
        const reviewers = effectiveReviewers(settings, await readPolicy());
        return {
          reviewers: reviewers.map((r) => ({ id: r.id, name: r.name, level: r.level, hasPin: Boolean(r.pin) })),
        };
      },
      'admin/status': async ({ token }, sender) => {
        extensionOnly(sender, 'admin/status');
        return trust.adminStatus(token);
      },
      'admin/unlock': async ({ password }, sender) => {
        extensionOnly(sender, 'admin/unlock');
        return trust.unlock(password);
      },
      'admin/lock': async (_p, sender) => {
        extensionOnly(sender, 'admin/lock');
        await trust.sessions.close();
        return { ok: true as const };
      },
      'admin/set-password': async (r, sender) => {
        extensionOnly(sender, 'admin/set-password');
        return trust.setPassword(r);
      },
      'settings/write': async (r, sender) => {
        extensionOnly(sender, 'settings/write');
        const out = await trust.writeSettings(r);
        if (out.ok) {
          await refreshLocale();
          engines.invalidate();
          await broadcast('engine/changed');
        }
        return out;
      },
      'dictionary/write': async (r, sender) => {
        extensionOnly(sender, 'dictionary/write');
        return trust.writeDictionary(r);
      },
      'state/push': async ({ block, warn, editor }, sender) => {
        const tabId = sender.tab?.id;
        // MV3 (Chromium) has `action`; Firefox's MV2 build has `browserAction`.
        const action = browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;
        if (tabId !== undefined && action) {
          // Badge titles follow the UI language setting (read per push: it may change at any time).
          const pref = await config
            .getSettings()
            .then((s) => s.settings.locale)
            .catch(() => undefined);
          const strings = resolveLocale(pref, browserLanguages()) === 'en' ? pagesEn : pagesZh;
          if (editor === 'unrecognised') {
            await action.setBadgeText({ tabId, text: '!' });
            await action.setBadgeBackgroundColor({ tabId, color: BADGE_COLORS.unrecognised });
            await action.setTitle({ tabId, title: strings.badgeUnrecognised });
            return { ok: true as const };
          }
          const text = block ? String(block) : warn ? String(warn) : '';
          await action.setBadgeText({ tabId, text });
          await action.setBadgeBackgroundColor({
            tabId,
            color: block ? BADGE_COLORS.block : warn ? BADGE_COLORS.warn : BADGE_COLORS.ok,
          });
          await action.setTitle({ tabId, title: strings.appFullName });
        }
        return { ok: true as const };
      },
      'gate/settings': async () => {
        const { settings } = await config.getSettings();
        const eff = resolveEffective(settings, await readPolicy());
        return { mode: eff.gate.mode, strictBackstop: eff.gate.strictBackstop ?? false };
      },
      'page/event': async (e) => {
        const summary = codedSummary(
          e.kind === 'unseen-publish'
            ? msg(e.cancelled ? 'audit.unseen-publish-cancelled' : 'audit.unseen-publish', {
                endpoint: e.endpoint ?? '',
              })
            : e.label
              ? msg(PAGE_EVENT_CODE[e.kind], { page: e.page, label: e.label })
              : msg(`${PAGE_EVENT_CODE[e.kind]}-nolabel`, { page: e.page }),
        );
        await records.addAudit({
          action: 'gate',
          actor: '系统',
          ...summary,
          details: {
            kind: e.kind,
            adapter: e.adapter,
            page: e.page,
            action: e.action,
            endpoint: e.endpoint,
            cancelled: e.cancelled,
          },
        });
        return { ok: true as const };
      },
      'review/open': async (_p, sender) => {
        const tabId = sender.tab?.id;
        const url = (browser.runtime.getURL as (p: string) => string)(
          `/popup.html${tabId !== undefined ? `?tabId=${tabId}` : ''}`,
        );
        await browser.windows.create({ url, type: 'popup', width: 440, height: 720 });
        return { ok: true as const };
      },
      'engine/invalidate': async (_p, sender) => {
        if (!isExtensionPage(sender)) throw new Error('engine/invalidate is only accepted from extension pages');
        engines.invalidate();
        await engines.current();
        await broadcast('engine/changed');
        return { ok: true as const };
      },
      'subscription/clear': async ({ actor, token }, sender) => {
        extensionOnly(sender, 'subscription/clear');
        if (!(await trust.mayChange(token))) {
          return { ok: false, error: messageText(msg('subscription.clear-locked')) };
        }
        await clearSubscription({ config, records }, actor ?? '管理员');
        engines.invalidate();
        await engines.current().catch(() => undefined);
        await broadcast('engine/changed');
        return { ok: true };
      },
      'subscription/refresh': async ({ force }, sender) => {
        if (!isExtensionPage(sender)) throw new Error('subscription/refresh is only accepted from extension pages');
        // The answer to the page: the result's text in the UI language.
        const { detail, message: _chinese, ...rest } = await subscription.refresh(force);
        return { ...rest, message: messageText(detail) };
      },
    },
    (sender) => (sender ?? {}) as Sender,
  );
  browser.runtime.onMessage.addListener(listener as Parameters<typeof browser.runtime.onMessage.addListener>[0]);
}

/** Tells every open editor tab that something changed (dictionaries, settings, reviews). */
async function broadcast(
  type: 'engine/changed' | 'review/changed',
  payload: Record<string, unknown> = {},
): Promise<void> {
  const tabs = await browser.tabs.query({ url: [...EDITOR_MATCH_PATTERNS] });
  await Promise.all(
    tabs.map((t) =>
      t.id === undefined ? undefined : browser.tabs.sendMessage(t.id, { pg: 1, type, payload }).catch(() => undefined),
    ),
  );
}
