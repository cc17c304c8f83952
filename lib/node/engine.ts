import { createEngine, type Engine } from '../engine/create';
import { loadBuiltinData, loadDictionaryFile } from './builtin';

export interface NodeEngineOptions {
  /** Extra native dictionary files (absolute paths). */
  extraDictionaries?: string[];
  /** User words for English spelling (names, pinyin place names). */
  words?: string[];
}

/** The engine with built-in data plus the CLI's extra dictionaries and Node providers (nodehun spelling). */
export async function createNodeEngine(opts: NodeEngineOptions = {}): Promise<Engine> {
  const data = loadBuiltinData();
  const extra = (opts.extraDictionaries ?? []).map((p) => loadDictionaryFile(p));
  const builtin = data.dictionaries as import('../dict/schema').Dictionary[];
  return createEngine({ ...data, dictionaries: [...builtin, ...extra] }, { userWords: opts.words ?? [] });
}
