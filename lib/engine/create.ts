import type { Dictionary } from '../dict/schema';
import { buildCoreModules, buildLibraryModules, type RuleData, type RuleProviders } from '../rules/index';
import { Checker } from './checker';
import { type CompiledDictionaries, compileDictionaries } from './dictionary/compile';
import { createDictionaryRule } from './dictionary/rule';
import { parseT2s } from './data/tables';
import { Normalizer } from './normalize';
import type { RuleModule } from './rule';

export interface EngineData extends RuleData {
  /** Validated dictionaries, or their compiled form (e.g. loaded from a cache). */
  dictionaries: Dictionary[] | CompiledDictionaries;
  /** Text of dictionaries/data/t2s.txt (traditional → simplified); without it no 简繁 folding. */
  t2s?: string;
}

/**
 * core: everything that must run synchronously where the draft is (content script, publish gate);
 * library: passes backed by big libraries or linear-time regex (spelling, typography, pattern entries),
 * run asynchronously in the extension background; all: both (Node CLI, tests).
 */
export type Passes = 'core' | 'library' | 'all';

export interface Engine {
  checker: Checker;
  compiled: CompiledDictionaries;
  normalizer: Normalizer;
}

/** Builds a checker from data and platform providers. Pure: no I/O, runs in Node and in the browser. */
export function createEngine(data: EngineData, providers: RuleProviders = {}, opts: { passes?: Passes } = {}): Engine {
  const passes = opts.passes ?? 'all';
  const normalizer = new Normalizer({ t2s: data.t2s ? parseT2s(data.t2s) : '' });
  const compiled = Array.isArray(data.dictionaries)
    ? compileDictionaries(data.dictionaries, normalizer)
    : data.dictionaries;
  const modules: RuleModule[] = [];
  if (passes !== 'library') {
    modules.push(createDictionaryRule(compiled, normalizer), ...buildCoreModules(data, compiled, normalizer));
  }
  if (passes !== 'core') modules.push(...buildLibraryModules(data, compiled, normalizer, providers));
  return { checker: new Checker(modules), compiled, normalizer };
}
