import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { type RuleSettings, resolveSeverity } from '../engine/config';
import { setTableStore, type TableStore } from '../engine/data/store';
import { jsonOf } from '../engine/data/text-source';
import type { CompiledDictionaries } from '../engine/dictionary/compile';
import type { Dictionary } from '../engine/dictionary/schema';
import { deserializeCompiled, serializeCompiled } from '../engine/dictionary/serialize';
import type { RuleMeta } from '../engine/rule';
import { COLLOCATION_SLIP_RULES } from '../rules/collocation-slips';
import { createEngine, type Engine, type EngineData, type Passes } from '../rules/create';
import { DRAFT_VARIANT_RULES } from '../rules/draft-variant';
import { IDIOM_SOUND_RULES } from '../rules/idiom-sound';
import { IDIOM_RULES } from '../rules/idioms';
import type { RuleProviders } from '../rules/library';
import { NAME_VARIANT_RULES } from '../rules/name-variant';
import { mergeNamesLists, type NamesList, parseNamesList } from '../rules/names-schema';
import { PLACE_LEVEL_RULES } from '../rules/place-level';
import { TOWN_RULES } from '../rules/place-towns';
import { PLACE_RULES } from '../rules/places';
import { REPEATED_RULES } from '../rules/repeated';
import { SPELLING_RULES } from '../rules/spelling';
import { TYPOGRAPHY_RULES } from '../rules/typography';
import { WORD_LIKELIHOOD_RULES } from '../rules/word-likelihood';
import { WORD_VARIANT_RULES } from '../rules/word-variants';
import { builtinDictionaryInputs, builtinTableRefs, loadBuiltinData, loadDictionaryFile } from './builtin';
import { cacheKey, type EngineCache, openTableStore, readCached, tablesPrefetched, writeCached } from './engine-cache';
import { openMemos } from './memo-store';
import { MAX_DICTIONARY_BYTES, readFileCapped } from './read-capped';
import { type MemoSpelling, memoSpelling } from './spelling-memo';
import { createNodehunProvider, lazyNodehunProvider } from './spelling-nodehun';
import { installTableCodecs } from './table-codecs';
import { lazyTypography, loadAutoCorrectSync, nodeTypography } from './typography';

export interface NodeEngineOptions {
  /** Extra native dictionary files (absolute paths). */
  extraDictionaries?: string[];
  /** User words for English spelling (names, pinyin place names). */
  words?: string[];
  passes?: Passes;
  /** The unit's leaders, merged over the built-in list. */
  names?: NamesList;
  /**
   * The rule settings the checks will run with. Tables and providers whose rules are all off are then not loaded
   * (the checker would drop their findings anyway).
   */
  rules?: RuleSettings;
  /**
   * Load Hunspell and AutoCorrect only when a paragraph needs them (Latin words; characters AutoCorrect may
   * change), instead of before the first check. Their findings are the same either way.
   */
  lazy?: boolean;
  /** Keep the compiled dictionaries in this on-disk cache (engine-cache.ts); the checks are the same without. */
  cache?: EngineCache;
}

const SPACING_RULE = 'punctuation.cjk-spacing';

/** An engine of createNodeEngine: `flush()` after the checks keeps what they learnt in the cache (if any). */
export type NodeEngine = Engine & { flush(): void };

/** The engine with built-in data plus the CLI's extra dictionaries and Node providers (nodehun, AutoCorrect). */
export async function createNodeEngine(opts: NodeEngineOptions = {}): Promise<NodeEngine> {
  // File references: with a warm table cache the big table texts are never read, nor the JSON tables parsed.
  const data = builtinTableRefs();
  const extraFiles = opts.extraDictionaries ?? [];
  const key = opts.cache ? compiledCacheKey(opts.cache, extraFiles) : undefined;
  const fromCache = key ? cachedCompiled(opts.cache!, key) : undefined;
  const dictionaries = fromCache ?? [
    ...(loadBuiltinData().dictionaries as Dictionary[]),
    ...extraFiles.map((p) => loadDictionaryFile(p)),
  ];
  const passes = opts.passes ?? 'all';
  const words = opts.words ?? [];
  const names = opts.names ? mergeNamesLists(parseNamesList(jsonOf(data.names)), opts.names) : data.names;
  if (opts.cache) {
    installTableCodecs();
    await tablesPrefetched(opts.cache);
  }
  // the rules' memos of earlier runs (memo-store.ts), reached through the table store while the engine is built
  const memos = opts.cache ? openMemos(opts.cache) : undefined;
  const store = opts.cache ? Object.assign(openTableStore(opts.cache), { memo: memos!.memo }) : undefined;
  const providers =
    passes === 'core' ? {} : await nodeProviders(words, opts.rules, opts.lazy === true, store, opts.cache);
  setTableStore(store);
  let engine: Engine;
  try {
    engine = createEngine(
      withoutUnused({ ...data, names, dictionaries }, opts.rules),
      { ...providers, userWords: words },
      { passes },
    );
  } finally {
    setTableStore(undefined);
  }
  store?.flush();
  if (key && !fromCache) writeCached(opts.cache!, COMPILED, key, serializeCompiled(engine.compiled));
  const memo = (providers as { spelling?: Partial<MemoSpelling> }).spelling;
  return Object.assign(engine, {
    flush: () => {
      memo?.flush?.();
      memos?.flush();
    },
  });
}

const COMPILED = 'compiled-dictionaries';

/** Built from the shipped dictionaries and tables plus the extra dictionary files; undefined if one is unreadable. */
function compiledCacheKey(cache: EngineCache, extraFiles: readonly string[]): string | undefined {
  try {
    const extra = extraFiles.map((p): [string, Uint8Array] => [`extra:${p}`, readFileCapped(p, MAX_DICTIONARY_BYTES)]);
    return cacheKey(cache, [...builtinDictionaryInputs(), ...extra]);
  } catch {
    return undefined; // the normal path reports the unreadable file
  }
}

function cachedCompiled(cache: EngineCache, key: string): CompiledDictionaries | undefined {
  const bytes = readCached(cache, COMPILED, key);
  if (!(bytes instanceof Uint8Array)) return undefined;
  try {
    return deserializeCompiled(bytes);
  } catch {
    return undefined;
  }
}

/** Is any of these rules on under `settings`? */
export function anyEnabled(settings: RuleSettings | undefined, rules: readonly RuleMeta[]): boolean {
  return rules.some((r) => resolveSeverity(settings, r.id, r.category, r.severity, r.off) !== 'off');
}

/** Leaves out the big tables whose rules are all off (their rules are then not built at all). */
function withoutUnused(data: EngineData, rules: RuleSettings | undefined): EngineData {
  if (!rules) return data;
  const out = { ...data };
  if (!anyEnabled(rules, [...IDIOM_RULES, ...IDIOM_SOUND_RULES])) out.idioms = undefined;
  if (!anyEnabled(rules, [...PLACE_RULES, ...PLACE_LEVEL_RULES])) out.divisions = undefined;
  if (!anyEnabled(rules, WORD_VARIANT_RULES)) out.wordVariants = undefined;
  if (!anyEnabled(rules, COLLOCATION_SLIP_RULES)) out.collocationSlips = undefined;
  if (!anyEnabled(rules, TOWN_RULES)) out.towns = undefined;
  if (!anyEnabled(rules, [...WORD_LIKELIHOOD_RULES, ...DRAFT_VARIANT_RULES, ...REPEATED_RULES, ...NAME_VARIANT_RULES]))
    out.wordFreq = undefined;
  return out;
}

/**
 * Throws, as require.resolve does, if `request` cannot be found at all. A path it resolved to before (kept in the
 * table store) that still exists is taken as found: resolving a package (its package.json, its exports) cost
 * ≈ 1-3 ms each, some 4 ms of every CLI start for the three providers. The provider resolves it again when it loads.
 */
function mustResolve(require: NodeRequire, request: string, store: TableStore | undefined): string {
  const known = store?.get(RESOLVED, request);
  const knownPath = known && Buffer.from(known.buffer, known.byteOffset, known.byteLength).toString('utf8');
  if (knownPath && existsSync(knownPath)) return knownPath;
  const path = require.resolve(request);
  store?.set(RESOLVED, request, Buffer.from(path, 'utf8'));
  return path;
}

const RESOLVED = 'resolved-path';

async function nodeProviders(
  words: string[],
  rules: RuleSettings | undefined,
  lazy: boolean,
  store?: TableStore,
  cache?: EngineCache,
): Promise<RuleProviders> {
  const out: RuleProviders = {};
  const typography = anyEnabled(rules, TYPOGRAPHY_RULES);
  const spelling = anyEnabled(rules, SPELLING_RULES);
  if (lazy) {
    // Fail at start-up, with a clear message, if a provider cannot be found at all.
    const require = createRequire(import.meta.url);
    if (typography) {
      mustResolve(require, '@huacnlee/autocorrect/autocorrect_bg.wasm', store);
      out.typography = lazyTypography(
        anyEnabled(
          rules,
          TYPOGRAPHY_RULES.filter((r) => r.id === SPACING_RULE),
        ),
        () => loadAutoCorrectSync(cache),
      );
    }
    if (spelling) {
      const nodehun = mustResolve(require, 'nodehun', store);
      const dictionary = dirname(mustResolve(require, 'dictionary-en', store));
      // with a cache, Hunspell's answers of earlier runs (spelling-memo.ts): loaded only for words not seen before
      out.spelling = cache
        ? memoSpelling(
            cache,
            () => [join(dictionary, 'index.aff'), join(dictionary, 'index.dic'), nodehun],
            words,
            () => createNodehunProvider(words),
          )
        : lazyNodehunProvider(words);
    }
    return out;
  }
  if (typography) out.typography = await nodeTypography();
  if (spelling) out.spelling = createNodehunProvider(words);
  return out;
}
