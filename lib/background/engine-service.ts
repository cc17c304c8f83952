import { validateDictionary, validateStoredDictionary } from '../dict/load';
import { encodeBase64 } from '../engine/base64';
import type { RuleSettings } from '../engine/config';
import { parseT2s } from '../engine/data/tables';
import { type CompiledDictionaries, compileDictionaries, versionOf } from '../engine/dictionary/compile';
import type { Dictionary } from '../engine/dictionary/schema';
import { compiledKey, deserializeCompiled, serializeCompiled } from '../engine/dictionary/serialize';
import { hash64 } from '../engine/hash';
import { Normalizer } from '../engine/normalize';
import { en } from '../i18n/en';
import { resolveLocale } from '../i18n/resolve';
import type { EngineBundle } from '../messaging/protocol';
import { parseCoreLists } from '../rules/core-lists';
import { LIBRARY_RULES } from '../rules/library';
import { layerNamesLists } from '../rules/names-schema';
import { resolveEffective } from '../settings/resolve';
import type { Settings } from '../settings/schema';
import type { ConfigStore } from '../store/settings-store';
import { type BuiltinAssets, builtinAssets } from './assets';
import { readPolicy } from './policy';
import { browserLanguages } from './ui-language';

export interface ActiveData {
  dictionaries: Dictionary[];
  /** Stored dictionaries that failed validation (reported in the options page, never fatal). */
  invalid: string[];
  assets: BuiltinAssets;
  settings: Settings;
}

interface CompiledState {
  version: string;
  compiled: CompiledDictionaries;
  base64: string;
  data: ActiveData;
  normalizer: Normalizer;
}

/**
 * Owns the active dictionaries: built-in ∪ custom ∪ subscription, compiled once per version and
 * cached in IndexedDB, so a service-worker restart loads the automaton instead of rebuilding it.
 */
export class EngineService {
  private state?: Promise<CompiledState>;

  constructor(private readonly config: ConfigStore) {}

  invalidate(): void {
    this.state = undefined;
  }

  async activeData(): Promise<ActiveData> {
    const [assets, { settings }, stored] = await Promise.all([
      builtinAssets(),
      this.config.getSettings(),
      this.config.listDictionaries(),
    ]);
    const dictionaries: Dictionary[] = [];
    const invalid: string[] = [];
    for (const raw of assets.dictionaries) {
      const r = validateDictionary(raw);
      if (!r.ok) {
        invalid.push(`built-in: ${r.errors[0]}`);
        continue;
      }
      if (settings.builtinEnabled[r.dictionary.id] === false) continue;
      dictionaries.push(r.dictionary);
    }
    for (const s of stored) {
      if (!s.enabled) continue;
      const r = validateStoredDictionary(s.dictionary);
      if (r.ok) dictionaries.push(r.dictionary);
      else invalid.push(`${s.id}: ${r.errors[0]}`);
      if (r.ok) for (const d of r.dropped) invalid.push(`${s.id}: ${d}`);
    }
    return { dictionaries, invalid, assets, settings };
  }

  current(): Promise<CompiledState> {
    this.state ??= this.build();
    this.state.catch(() => {
      this.state = undefined;
    });
    return this.state;
  }

  private async build(): Promise<CompiledState> {
    const data = await this.activeData();
    const normalizer = new Normalizer({ t2s: parseT2s(data.assets.t2s) });
    const a = data.assets;
    // Every table the compiled dictionaries or the library engine depend on (see compiledKey).
    const version = compiledKey(versionOf(data.dictionaries), normalizer, {
      t2s: a.t2s,
      pinyin: a.pinyin,
      idioms: a.idioms,
      shapes: a.shapes,
      divisions: a.divisions,
      json: JSON.stringify([a.links, a.sources, a.names, a.ruleData ?? null, a.replyTone ?? null]),
    });
    let bytes: Uint8Array | undefined;
    let compiled: CompiledDictionaries | undefined;
    const cached = await this.config.getCompiled(version).catch(() => undefined);
    if (cached) {
      try {
        bytes = new Uint8Array(cached.bytes);
        compiled = deserializeCompiled(bytes);
      } catch {
        compiled = undefined; // stale format: rebuild below
      }
    }
    if (!compiled || !bytes) {
      compiled = compileDictionaries(data.dictionaries, normalizer);
      bytes = serializeCompiled(compiled);
      const copy = bytes.slice().buffer;
      await this.config
        .putCompiled({ version, bytes: copy, createdAt: new Date().toISOString() })
        .catch(() => undefined);
    }
    return { version, compiled, base64: encodeBase64(bytes), data, normalizer };
  }

  /** Everything a content script needs to run the core checks itself, for one platform and account. */
  async bundle(account: string | undefined): Promise<EngineBundle> {
    const s = await this.current();
    const policy = await readPolicy();
    const eff = resolveEffective(s.data.settings, policy, account);
    const { assets, settings } = s.data;
    // 'auto' follows the browser's languages (Chinese unless clearly not); the content script gets a fixed one.
    const locale = resolveLocale(settings.locale, browserLanguages());
    return {
      version: `${s.version}:${eff.profile.id}:${hashSettings(settings, policy)}`,
      compiled: s.base64,
      // The idiom list and the divisions table serve background rules only.
      tables: { t2s: assets.t2s, pinyin: assets.pinyin, shapes: assets.shapes },
      sources: assets.sources,
      // Validated here, so the content script needs no schemas (a bad table fails this request, as it failed there).
      lists: parseCoreLists({
        pinyin: assets.pinyin,
        links: withExtras(assets.links, 'localApproved', settings.extraDomains),
        // the built-in list, the subscribed bundle's over it, the unit's own over both
        names: layerNamesLists(assets.names, settings.subscription?.names, settings.names) ?? assets.names,
        ruleData: assets.ruleData,
        lengthLimits: settings.lengthLimits,
      }),
      rules: eff.rules,
      gate: eff.gate,
      ...(settings.subscription?.adapters ? { adapters: settings.subscription.adapters } : {}),
      profile: eff.profile,
      locale,
      ...(locale === 'en' ? { strings: en } : {}),
      libraryCanBlock: libraryCanBlock(s.compiled, eff.rules),
    };
  }
}

/** Whether any library-pass rule can report `block` under these settings (the gate then waits for it). */
function libraryCanBlock(compiled: CompiledDictionaries, rules: RuleSettings): boolean {
  const ids = new Set(LIBRARY_RULES.map((r) => r.id));
  const cats = new Set(LIBRARY_RULES.map((r) => r.category));
  const patterns = compiled.entries.some(
    (e) => e.pattern && (rules[e.ruleId] ?? rules[e.category] ?? e.severity) === 'block',
  );
  return patterns || Object.entries(rules).some(([k, v]) => v === 'block' && (ids.has(k) || cats.has(k as never)));
}

/** Appends admin-configured extras to a list field of a built-in data file (shape owned by its rule). */
function withExtras(data: unknown, key: string, extras: string[]): unknown {
  if (!extras.length || !data || typeof data !== 'object') return data;
  const obj = data as Record<string, unknown>;
  const list = Array.isArray(obj[key]) ? (obj[key] as unknown[]) : [];
  return { ...obj, [key]: [...list, ...extras] };
}

function hashSettings(settings: Settings, policy: unknown): string {
  const s = JSON.stringify([
    settings.rules,
    settings.profiles,
    settings.gateMode,
    settings.requiredLevels,
    settings.strictBackstop,
    settings.subscription?.adapters ?? null,
    settings.subscription?.names ?? null,
    settings.lengthLimits,
    settings.extraDomains,
    settings.names,
    settings.locale,
    policy ?? null,
  ]);
  return hash64(s);
}
