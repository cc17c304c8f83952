/**
 * Hunspell's answers of earlier CLI runs, kept in the engine cache directory (spelling.v8), so that a run whose
 * Latin words were all looked up before never loads nodehun and the en_US dictionary (≈ 100 ms of CPU time: the
 * native addon and Hunspell parsing 550 KB of .dic/.aff). Hunspell answers the same for the same word, dictionary
 * and user words, so the findings are the same with or without it: the file's key holds this code, the Node version,
 * the dictionary files' and nodehun's identities (file-identity.ts) and the user words, and any change of one of
 * them starts an empty memo. Written after the run only when it asked Hunspell something new; without marking the
 * V8 code cache as made by a building run (a memo write compiles no table builders).
 */
import type { SpellingProvider } from '../rules/spelling';
import { cacheKey, type EngineCache, readCached, writeCached } from './engine-cache';
import { fileIdentity } from './file-identity';

const FILE = 'spelling';
/** Words of each kind the file keeps at most: past that, only the words of the last run are written. */
const MAX_WORDS = 20_000;

interface Memo {
  correct: Map<string, boolean>;
  suggest: Map<string, string[]>;
}

export interface MemoSpelling extends SpellingProvider {
  /** Whether Hunspell itself was loaded (a lookup the memo did not hold). */
  readonly loaded: boolean;
  /** Writes the memo if this run added to it; errors are ignored. */
  flush(): void;
}

/**
 * `load()`'s answers, remembered in `cache`. `files`: the dictionary's .aff and .dic and nodehun's entry file, as
 * resolved (their identities are part of the key); `words`: the user words Hunspell is given.
 */
export function memoSpelling(
  cache: EngineCache,
  files: () => readonly string[],
  words: readonly string[],
  load: () => SpellingProvider,
): MemoSpelling {
  let real: SpellingProvider | undefined;
  let memo: Memo | undefined;
  let key: string | undefined;
  let added = false;
  const used: Memo = { correct: new Map(), suggest: new Map() };
  /** The memo of the file (read on the first lookup: a draft without Latin words reads nothing). */
  const open = (): Memo => {
    if (memo) return memo;
    memo = { correct: new Map(), suggest: new Map() };
    try {
      key = cacheKey(cache, [
        ...files().map((f, i): [string, string] => [`file${i}`, fileIdentity(f)]),
        ['words', JSON.stringify(words)],
      ]);
    } catch {
      key = undefined; // a file that cannot be stat'ed: no memo (Hunspell reports the problem when it loads)
      return memo;
    }
    const v = readCached(cache, FILE, key) as Partial<Memo> | undefined;
    if (v && v.correct instanceof Map && v.suggest instanceof Map) memo = v as Memo;
    return memo;
  };
  return {
    correct(word) {
      const m = open();
      let ok = m.correct.get(word);
      if (ok === undefined) {
        ok = (real ??= load()).correct(word);
        m.correct.set(word, ok);
        added = true;
      }
      used.correct.set(word, ok);
      return ok;
    },
    suggest(word) {
      const m = open();
      let list = m.suggest.get(word);
      if (list === undefined) {
        list = [...(real ??= load()).suggest(word)];
        m.suggest.set(word, list);
        added = true;
      }
      used.suggest.set(word, list);
      return [...list];
    },
    get loaded() {
      return real !== undefined;
    },
    flush() {
      if (!added || !memo || key === undefined) return;
      added = false;
      const full = memo.correct.size > MAX_WORDS || memo.suggest.size > MAX_WORDS;
      writeCached(cache, FILE, key, full ? used : memo, { building: false });
    },
  };
}
