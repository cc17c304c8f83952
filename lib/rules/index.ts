import type { LengthLimits } from '../engine/config';
import type { CompiledDictionaries } from '../engine/dictionary/compile';
import { compileRegexEntries } from '../engine/dictionary/regex';
import { createDictionaryRule } from '../engine/dictionary/rule';
import type { Normalizer } from '../engine/normalize';
import type { RuleModule } from '../engine/rule';
import { createTypographyRule, type TypographyProvider } from './typography';

/** Data the non-dictionary rules need (all optional: a missing table disables the rules that need it). */
export interface RuleData {
  /** Text of dictionaries/data/pinyin.txt. */
  pinyin?: string;
  /** Text of dictionaries/data/idioms.txt. */
  idioms?: string;
  /** Parsed dictionaries/links.json (validated by the link rule's schema). */
  links?: unknown;
  /** Parsed dictionaries/sources.json. */
  sources?: unknown;
  /** Parsed dictionaries/names.json (leader names and titles, admin-maintained). */
  names?: unknown;
  /** Platform length limits (defaults per the platforms). */
  lengthLimits?: Partial<LengthLimits>;
}

/** Platform-specific capabilities injected by the host (Node CLI, extension background). */
export interface RuleProviders {
  typography?: TypographyProvider;
  userWords?: string[];
}

/** The built-in code rules that run synchronously with the dictionary pass (content script, gate). */
export function buildCoreModules(_data: RuleData, _compiled: CompiledDictionaries, _normalizer: Normalizer): RuleModule[] {
  return [];
}

/**
 * Library passes: typography (AutoCorrect), English spelling (Hunspell), and dictionary pattern
 * entries (re2js, kept out of the content script's bundle).
 */
export function buildLibraryModules(
  _data: RuleData,
  compiled: CompiledDictionaries,
  normalizer: Normalizer,
  providers: RuleProviders,
  _all: boolean,
): RuleModule[] {
  const modules: RuleModule[] = [];
  if (compiled.entries.some((e) => e.pattern)) {
    modules.push(createDictionaryRule(compiled, normalizer, { regex: compileRegexEntries, only: 'patterns' }));
  }
  if (providers.typography) modules.push(createTypographyRule(providers.typography));
  return modules;
}
