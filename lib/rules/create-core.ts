import { Checker } from '../engine/checker';
import { parseT2s, pinyinTableOf, shapeTableOf } from '../engine/data/tables';
import { type CompiledDictionaries, compileDictionaries } from '../engine/dictionary/compile';
import type { WordOracle } from '../engine/dictionary/near';
import { createDictionaryRule } from '../engine/dictionary/rule';
import type { Dictionary } from '../engine/dictionary/schema';
import { CharSimilarity } from '../engine/near/similar';
import { Normalizer } from '../engine/normalize';
import type { RuleModule } from '../engine/rule';
import { buildCoreModules, type CoreLists, type RuleData } from './core';
import { replyInsultTone } from './reply-insult-tone';

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

/** The normalizer of the data (简繁 folding from the t2s table). */
export function normalizerOf(data: { t2s?: string }): Normalizer {
  return new Normalizer({ t2s: data.t2s ? parseT2s(data.t2s) : '' });
}

export function prepare(data: EngineData): { normalizer: Normalizer; compiled: CompiledDictionaries } {
  const normalizer = normalizerOf(data);
  const compiled = Array.isArray(data.dictionaries)
    ? compileDictionaries(data.dictionaries, normalizer)
    : data.dictionaries;
  return { normalizer, compiled };
}

/** Sound and shape similarity from the data tables (undefined without a pinyin table). */
export function similarityOf(data: EngineData): CharSimilarity | undefined {
  if (!data.pinyin) return undefined;
  return new CharSimilarity(pinyinTableOf(data.pinyin), data.shapes ? shapeTableOf(data.shapes) : undefined);
}

/** The dictionary rule and the code rules; `lists` are the validated JSON tables (see core-lists.ts). */
export function coreModules(
  data: EngineData,
  compiled: CompiledDictionaries,
  normalizer: Normalizer,
  lists: CoreLists,
  /** A word table where the host has one loaded (CLI, tests): protected-term drops judged by words, in this pass. */
  words?: WordOracle,
): RuleModule[] {
  const similarity = similarityOf(data);
  const modules = [
    createDictionaryRule(compiled, normalizer, { similarity, words }),
    ...buildCoreModules(data, compiled, normalizer, similarity, lists),
  ];
  modules.push(replyInsultTone(modules));
  return modules;
}

/**
 * The core checker only (dictionary pass + small code rules): what the content script runs
 * synchronously. Imports nothing heavy (no schemas: `lists` come validated), so the content script stays small.
 */
export function createCoreEngine(data: EngineData, lists: CoreLists): Engine {
  const { normalizer, compiled } = prepare(data);
  return { checker: new Checker(coreModules(data, compiled, normalizer, lists)), compiled, normalizer };
}

/**
 * createCoreEngine for dictionaries already compiled (the engine bundle's): the same checker, without reaching the
 * dictionary compiler, which the content script never needs (the background compiles).
 */
export function createCompiledCoreEngine(
  data: EngineData & { dictionaries: CompiledDictionaries },
  lists: CoreLists,
): Engine {
  const normalizer = normalizerOf(data);
  const compiled = data.dictionaries;
  return { checker: new Checker(coreModules(data, compiled, normalizer, lists)), compiled, normalizer };
}
