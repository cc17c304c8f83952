import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { builtinAssets } from '../../lib/background/assets';
import { auditPolicyProblems, type PolicyReport, readPolicyReport } from '../../lib/background/policy';
import { engineFromBundle } from '../../lib/content/engine-client';
import type { RuleMeta } from '../../lib/engine/rule';
import type { Platform } from '../../lib/engine/types';
import { t } from '../../lib/i18n/all';
import { messageText, type UiMessage } from '../../lib/i18n/ui-message';
import { request } from '../../lib/messaging/client';
import type { EngineBundle } from '../../lib/messaging/protocol';
import { buildRows, type DictRow } from '../../lib/options/dictionaries';
import { auditSummary, diffSettings } from '../../lib/options/diff';
import { uniqueRules } from '../../lib/options/rules';
import type { Engine } from '../../lib/rules/create-core';
import { LIBRARY_RULES } from '../../lib/rules/library';
import { type Effective, resolveEffective } from '../../lib/settings/resolve';
import type { Policy, Settings } from '../../lib/settings/schema';
import { describeStoreError } from '../../lib/store/db';
import { RecordStore } from '../../lib/store/records';
import type { StoredDictionary } from '../../lib/store/schema';
import { ConfigStore } from '../../lib/store/settings-store';
import { writeDictionary, writeSettings } from '../common/admin';

/** Loading and saving for the options page (extension origin: same IndexedDB as the background). */

export type PolicyInfo = PolicyReport;

/** The policy key by key; invalid keys are shown in the policy card (and audited once, as the background does). */
async function readPolicyInfo(): Promise<PolicyInfo> {
  const report = await readPolicyReport();
  void auditPolicyProblems(report.invalid).catch(() => undefined);
  return report;
}

export interface Loaded {
  settings: Settings;
  corrupt: boolean;
  /** Settings fields that failed validation ('' = the whole record). */
  problems: string[];
  policyInfo: PolicyInfo;
  policy?: Policy;
  effective: Effective;
  rows: DictRow[];
  stored: Map<string, StoredDictionary>;
  /** Who is recorded in the audit log. */
  actor: string;
}

export async function loadAll(config: ConfigStore): Promise<Loaded> {
  const [{ settings, corrupt, problems }, stored, assets, policyInfo] = await Promise.all([
    config.getSettings(),
    config.listDictionaries(),
    builtinAssets(),
    readPolicyInfo(),
  ]);
  return {
    settings,
    corrupt,
    problems,
    policyInfo,
    policy: policyInfo.policy,
    effective: resolveEffective(settings, policyInfo.policy),
    rows: buildRows(assets.dictionaries, stored, settings.builtinEnabled),
    stored: new Map(stored.map((s) => [s.id, s])),
    actor: settings.operator || '管理员',
  };
}

export interface LoadedEngine {
  bundle: EngineBundle;
  engine: Engine;
  /** Every rule the checker knows (core rules and the library pass's). */
  rules: RuleMeta[];
}

/** The same core checker the editor builds (lib/content/engine-client.ts), from the background's bundle. */
export async function loadEngine(platform: Platform = 'generic', account?: string): Promise<LoadedEngine> {
  const bundle = await request('engine/get', { platform, account });
  const engine = engineFromBundle(bundle);
  return { bundle, engine, rules: uniqueRules(engine.checker.rules, LIBRARY_RULES) };
}

export interface Outcome {
  ok: boolean;
  message: string;
}

function errorText(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

export class OptionsActions {
  readonly config = new ConfigStore();
  readonly records = new RecordStore();

  constructor(
    private readonly get: () => { loaded?: Loaded; rules: RuleMeta[] },
    private readonly changed: (opts: { engine: boolean }) => void,
  ) {}

  private actor(): string {
    return this.get().loaded?.actor ?? '管理员';
  }

  /** Tells the background (and through it every open editor tab) that checking changed. */
  async invalidate(reason: string): Promise<string | undefined> {
    try {
      await request('engine/invalidate', { reason });
      return undefined;
    } catch (err) {
      return t('savedNotNotified', { error: errorText(err) });
    }
  }

  /**
   * Applies a settings change, writes one 'settings-change' audit record describing it and, when
   * it affects checking, invalidates the engine so open editor tabs update.
   */
  async changeSettings(change: (s: Settings) => Settings, reason: string): Promise<Outcome> {
    const { loaded, rules } = this.get();
    const titles = new Map(rules.map((r) => [r.id, r.title]));
    let diff: ReturnType<typeof diffSettings> | undefined;
    let out: Awaited<ReturnType<typeof writeSettings>>;
    try {
      out = await writeSettings(this.config, change, {
        reason,
        actor: this.actor(),
        summary: (before, after) => {
          diff = diffSettings(before, after, {
            rule: (id) => titles.get(id),
            dictionary: (id) => loaded?.rows.find((r) => r.key === id)?.dictionary?.name,
          });
          return diff.lines.length ? auditSummary(diff.lines) : '没有修改';
        },
        details: {},
      });
    } catch (err) {
      return { ok: false, message: t('actSaveFailed', { error: describeStoreError(err) }) };
    }
    if (!out.ok) return { ok: false, message: out.error };
    if (!diff || diff.lines.length === 0) {
      this.changed({ engine: false });
      return { ok: true, message: t('noChanges') };
    }
    // The background invalidated the engine and told open editor tabs.
    this.changed({ engine: diff.affectsChecking });
    return { ok: true, message: t('savedWhat', { s: auditSummary(diff.lines, 3) }) };
  }

  /** Stores a custom or subscription dictionary (edit, on/off) through the background, which logs it. */
  async putDictionary(
    stored: StoredDictionary,
    summary: string | UiMessage,
    details: Record<string, unknown> = {},
  ): Promise<Outcome> {
    return this.dictionaryWrite({ put: stored }, summary, { dictionaryId: stored.id, ...details });
  }

  async deleteDictionary(id: string, summary: string | UiMessage): Promise<Outcome> {
    return this.dictionaryWrite({ delete: id }, summary, { dictionaryId: id, deleted: true });
  }

  private async dictionaryWrite(
    op: { put: StoredDictionary } | { delete: string },
    summary: string | UiMessage,
    details: Record<string, unknown>,
  ): Promise<Outcome> {
    try {
      const r = await writeDictionary(op, { summary, details, actor: this.actor() });
      if (!r.ok) return { ok: false, message: r.error ?? t('saveFailed') };
    } catch (err) {
      return { ok: false, message: t('actSaveFailed', { error: errorText(err) }) };
    }
    this.changed({ engine: true });
    return { ok: true, message: t('savedWhat', { s: typeof summary === 'string' ? summary : messageText(summary) }) };
  }
}

export interface OptionsContextValue {
  loaded: Loaded;
  engine?: LoadedEngine;
  engineError?: string;
  actions: OptionsActions;
  /** Reload settings and dictionaries (after the background changed them). */
  reload(): void;
  /** Reload settings, dictionaries and the checker (after an engine invalidation). */
  reloadEngine(): void;
}

export const OptionsContext = createContext<OptionsContextValue | undefined>(undefined);

export function useOptions(): OptionsContextValue {
  const v = useContext(OptionsContext);
  if (!v) throw new Error('OptionsContext missing');
  return v;
}

/** Starts a browser download of `text` (Blob URL + <a download>). */
export function download(name: string, text: string, type: string): string {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return url;
}
