import type { Dictionary } from '../engine/dictionary/schema';
import { createEngine, type Engine, type Passes } from '../rules/create';
import { mergeNamesLists, type NamesList, parseNamesList } from '../rules/names-schema';
import { loadBuiltinData, loadDictionaryFile } from './builtin';

export interface NodeEngineOptions {
  /** Extra native dictionary files (absolute paths). */
  extraDictionaries?: string[];
  /** User words for English spelling (names, pinyin place names). */
  words?: string[];
  passes?: Passes;
  /** The unit's leaders, merged over the built-in list. */
  names?: NamesList;
}

/** The engine with built-in data plus the CLI's extra dictionaries and Node providers (nodehun, AutoCorrect). */
export async function createNodeEngine(opts: NodeEngineOptions = {}): Promise<Engine> {
  const data = loadBuiltinData();
  const extra = (opts.extraDictionaries ?? []).map((p) => loadDictionaryFile(p));
  const builtin = data.dictionaries as Dictionary[];
  const passes = opts.passes ?? 'all';
  const providers = passes === 'core' ? {} : await nodeProviders(opts.words ?? []);
  const names = opts.names ? mergeNamesLists(parseNamesList(data.names), opts.names) : data.names;
  return createEngine(
    { ...data, names, dictionaries: [...builtin, ...extra] },
    { ...providers, userWords: opts.words ?? [] },
    { passes },
  );
}

async function nodeProviders(words: string[]) {
  const [{ nodeTypography }, { createNodehunProvider }] = await Promise.all([
    import('./typography'),
    import('./spelling-nodehun'),
  ]);
  return { typography: await nodeTypography(), spelling: createNodehunProvider(words) };
}
