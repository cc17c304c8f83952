import type { CompiledDictionaries } from '../engine/dictionary/compile';
import { compileRegexEntries } from '../engine/dictionary/regex';
import { createDictionaryRule } from '../engine/dictionary/rule';
import type { Normalizer } from '../engine/normalize';
import type { RuleMeta, RuleModule } from '../engine/rule';
import type { RuleData } from './core';
import { createPastEventRule, EVENT_RULES } from './events';
import { createNumberRule, NUMBER_RULES } from './numbers';
import { createSourceRules, SOURCE_RULES } from './source';
import { loadSourceList } from './source-schema';
import { createSpellingRule, SPELLING_RULES, type SpellingProvider } from './spelling';
import { createTypographyRule, TYPOGRAPHY_RULES, type TypographyProvider } from './typography';

/** Platform-specific capabilities injected by the host (Node CLI, extension background). */
export interface RuleProviders {
  typography?: TypographyProvider;
  spelling?: SpellingProvider;
  /** Words English spelling always accepts (names, pinyin place names). */
  userWords?: string[];
}

/** Rules that only the library pass reports (used to know whether that pass can block a publish). */
export const LIBRARY_RULES: readonly RuleMeta[] = [
  ...SOURCE_RULES,
  ...SPELLING_RULES,
  ...TYPOGRAPHY_RULES,
  ...NUMBER_RULES,
  ...EVENT_RULES,
];

/**
 * Library passes: typography (AutoCorrect WASM), English spelling (Hunspell), repost sources and
 * dictionary pattern entries (both re2js, linear-time), malformed numbers and past events announced as upcoming. They run asynchronously in the extension
 * background, keeping big libraries out of the content script.
 */
export function buildLibraryModules(
  data: RuleData,
  compiled: CompiledDictionaries,
  normalizer: Normalizer,
  providers: RuleProviders,
): RuleModule[] {
  // Warnings only (never block), so they need not run in the content script.
  const modules: RuleModule[] = [createNumberRule(), createPastEventRule()];
  if (compiled.entries.some((e) => e.pattern)) {
    modules.push(createDictionaryRule(compiled, normalizer, { regex: compileRegexEntries, only: 'patterns' }));
  }
  if (data.sources !== undefined) modules.push(...createSourceRules(loadSourceList(data.sources)));
  if (providers.typography) modules.push(createTypographyRule(providers.typography));
  if (providers.spelling) modules.push(createSpellingRule(providers.spelling, { words: providers.userWords ?? [] }));
  return modules;
}
