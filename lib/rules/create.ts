import { Checker } from '../engine/checker';
import { keptMemo, storedTable } from '../engine/data/store';
import { jsonInputOf } from '../engine/data/text-source';
import type { RuleModule } from '../engine/rule';
import type { CoreLists } from './core';
import { parseCoreLists } from './core-lists';
import { coreModules, type Engine, type EngineData, prepare } from './create-core';
import { keepFirstUnits } from './first-units';
import { buildLibraryModules, protectedWordOracle, type RuleProviders } from './library';

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
  // the regular expressions' start units of earlier runs (first-units.ts), where the host keeps memos
  keepFirstUnits(keptMemo('first-units', () => FIRST_UNITS_MEMO));
  const { normalizer, compiled } = prepare(data);
  const modules: RuleModule[] = [];
  let lists: CoreLists | undefined;
  if (passes !== 'library') {
    // Validating the JSON tables takes a while at CLI start: a host with a table store keeps the result per input.
    lists = storedTable(
      'core-lists',
      () => coreListsInput(data),
      () => parseCoreLists(data),
    );
    // With the library passes in the same checker (the CLI, tests), the dictionary pass judges the protected terms'
    // missing characters by words itself, in its one scan; the background's library pass does it apart otherwise.
    const words = passes === 'all' ? protectedWordOracle(data, normalizer) : undefined;
    modules.push(...coreModules(data, compiled, normalizer, lists, words));
  }
  // The library rules read rule-data.json too: validated once (with a table store, not even read) when the core
  // lists hold it.
  if (passes !== 'core')
    modules.push(
      ...buildLibraryModules(data, compiled, normalizer, providers, lists?.ruleData, {
        protectedDrops: passes === 'library',
      }),
    );
  return { checker: new Checker(modules), compiled, normalizer };
}

/**
 * The first-units memo's input: its answers depend on nothing but the code that reads a pattern (part of every memo
 * file's key) and the pattern, which each entry holds.
 */
const FIRST_UNITS_MEMO = 'pattern-sources';

/** Everything parseCoreLists reads, as one string (absent tables marked apart from any JSON value). */
function coreListsInput(data: EngineData): string {
  // A JSON reference by its id (the JSON text otherwise): never parsed or turned into text just for the key.
  const json = (v: unknown) => jsonInputOf(v) ?? '-';
  return [
    json(data.lengthLimits),
    json(data.links),
    json(data.ruleData),
    data.pinyin ? 'p' : '-',
    json(data.names),
  ].join('\u0000');
}
