import { Checker } from '../engine/checker';
import type { RuleModule } from '../engine/rule';
import { parseCoreLists } from './core-lists';
import { coreModules, type Engine, type EngineData, prepare } from './create-core';
import { buildLibraryModules, type RuleProviders } from './library';

export type { Engine, EngineData } from './create-core';

/**
 * core: everything that must run synchronously where the draft is (content script, publish gate);
 * library: passes backed by big libraries or linear-time regex (spelling, typography, sources,
 * pattern entries), run asynchronously in the extension background; all: both (Node CLI, tests).
 */
export type Passes = 'core' | 'library' | 'all';

/** Builds a checker from data and platform providers. Pure: no I/O, runs in Node and in the browser. */
export function createEngine(data: EngineData, providers: RuleProviders = {}, opts: { passes?: Passes } = {}): Engine {
  const passes = opts.passes ?? 'all';
  const { normalizer, compiled } = prepare(data);
  const modules: RuleModule[] = [];
  if (passes !== 'library') modules.push(...coreModules(data, compiled, normalizer, parseCoreLists(data)));
  if (passes !== 'core') modules.push(...buildLibraryModules(data, compiled, normalizer, providers));
  return { checker: new Checker(modules), compiled, normalizer };
}
