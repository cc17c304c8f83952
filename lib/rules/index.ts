import { type LengthLimits, lengthLimitsSchema } from '../engine/config';
import { PinyinTable, parseIdioms } from '../engine/data/tables';
import type { CompiledDictionaries } from '../engine/dictionary/compile';
import { compileRegexEntries } from '../engine/dictionary/regex';
import { createDictionaryRule } from '../engine/dictionary/rule';
import type { Normalizer } from '../engine/normalize';
import type { RuleModule } from '../engine/rule';
import { createBureaucraticRules } from './bureaucratic-density';
import { createCommercialRule } from './commercial';
import { createIdiomRule } from './idioms';
import { createLengthRule } from './length';
import { createLinkRules } from './links';
import { loadLinkLists } from './links-schema';
import { createNameRules } from './names';
import { parseNamesList } from './names-schema';
import { createOpinionRunRules } from './opinion-runs';
import { createPrivacyRule } from './privacy';
import { createPunctuationRules } from './punctuation';
import { createSecrecyMarksRule } from './secrecy-marks';
import { createSourceRules } from './source';
import { loadSourceList } from './source-schema';
import { createSpellingRule, type SpellingProvider } from './spelling';
import { createTimelinessRule } from './timeliness';
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
  spelling?: SpellingProvider;
  /** Words English spelling always accepts (names, pinyin place names). */
  userWords?: string[];
}

const pinyinCache = new Map<string, PinyinTable>();
function pinyinTable(text: string): PinyinTable {
  let t = pinyinCache.get(text);
  if (!t) {
    pinyinCache.clear();
    t = new PinyinTable(text);
    pinyinCache.set(text, t);
  }
  return t;
}

/** The built-in code rules that run synchronously with the dictionary pass (content script, publish gate). */
export function buildCoreModules(data: RuleData, compiled: CompiledDictionaries, _normalizer: Normalizer): RuleModule[] {
  const modules: RuleModule[] = [
    createCommercialRule(),
    createPrivacyRule(),
    createSecrecyMarksRule(),
    // Half-width punctuation is AutoCorrect's job (library pass); the rest is hand-written.
    createPunctuationRules({ halfWidth: false }),
    createOpinionRunRules(),
    createTimelinessRule(),
    createLengthRule(lengthLimitsSchema.parse(data.lengthLimits ?? {})),
  ];
  const phrases = compiled.entries.filter((e) => e.category === 'bureaucratic').flatMap((e) => e.terms ?? []);
  if (phrases.length) modules.push(createBureaucraticRules(phrases));
  if (data.links !== undefined) modules.push(...createLinkRules(loadLinkLists(data.links)));
  if (data.sources !== undefined) modules.push(...createSourceRules(loadSourceList(data.sources)));
  if (data.pinyin) {
    const pinyin = pinyinTable(data.pinyin);
    if (data.idioms) modules.push(createIdiomRule(parseIdioms(data.idioms), pinyin));
    if (data.names !== undefined) {
      const names = parseNamesList(data.names);
      if (names.people.length) modules.push(createNameRules(names, pinyin));
    }
  }
  return modules;
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
): RuleModule[] {
  const modules: RuleModule[] = [];
  if (compiled.entries.some((e) => e.pattern)) {
    modules.push(createDictionaryRule(compiled, normalizer, { regex: compileRegexEntries, only: 'patterns' }));
  }
  if (providers.typography) modules.push(createTypographyRule(providers.typography));
  if (providers.spelling) modules.push(createSpellingRule(providers.spelling, { words: providers.userWords ?? [] }));
  return modules;
}
