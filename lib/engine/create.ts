import type { Dictionary } from '../dict/schema';
import { buildRuleModules, type RuleData, type RuleProviders } from '../rules/index';
import { Checker } from './checker';
import { type CompiledDictionaries, compileDictionaries } from './dictionary/compile';
import { createDictionaryRule } from './dictionary/rule';
import { parseT2s } from './data/tables';
import { Normalizer } from './normalize';

export interface EngineData extends RuleData {
  /** Validated dictionaries, or their compiled form (e.g. loaded from a cache). */
  dictionaries: Dictionary[] | CompiledDictionaries;
  /** Text of dictionaries/data/t2s.txt (traditional → simplified); without it no 简繁 folding. */
  t2s?: string;
}

export interface Engine {
  checker: Checker;
  compiled: CompiledDictionaries;
  normalizer: Normalizer;
}

/** Builds a checker from data and platform providers. Pure: no I/O, runs in Node and in the browser. */
export function createEngine(data: EngineData, providers: RuleProviders = {}): Engine {
  const normalizer = new Normalizer({ t2s: data.t2s ? parseT2s(data.t2s) : '' });
  const compiled = Array.isArray(data.dictionaries)
    ? compileDictionaries(data.dictionaries, normalizer)
    : data.dictionaries;
  const modules = [createDictionaryRule(compiled, normalizer), ...buildRuleModules(data, compiled, providers)];
  return { checker: new Checker(modules), compiled, normalizer };
}
