import { type LengthLimits, lengthLimitsSchema } from '../engine/config';
import { pinyinTableOf, type TableTexts } from '../engine/data/tables';
import type { CompiledDictionaries } from '../engine/dictionary/compile';
import type { CharSimilarity } from '../engine/near/similar';
import type { Normalizer } from '../engine/normalize';
import type { RuleModule } from '../engine/rule';
import { createBureaucraticRules } from './bureaucratic-density';
import { createCommercialRule } from './commercial';
import { createLengthRule } from './length';
import { createLinkRules } from './links';
import { loadLinkLists } from './links-schema';
import { createNameRules } from './names';
import { parseNamesList } from './names-schema';
import { createOpinionRunRules } from './opinion-runs';
import { createPrivacyRule } from './privacy';
import { createPunctuationRules } from './punctuation';
import { createRegionRule } from './regions';
import { parseRuleData } from './rule-data';
import { createSecrecyMarksRule } from './secrecy-marks';

/** Data the non-dictionary rules need (all optional: a missing table disables the rules that need it). */
export interface RuleData extends TableTexts {
  /** Text of dictionaries/data/idioms.txt. */
  idioms?: string;
  /** Text of dictionaries/data/divisions.txt (administrative divisions, GB/T 2260). */
  divisions?: string;
  /** Text of dictionaries/data/place-variants.txt (generated misspellings of division names). */
  placeVariants?: string;
  /** Parsed dictionaries/links.json (validated by the link rule's schema). */
  links?: unknown;
  /** Parsed dictionaries/sources.json (repost sources; checked in the library pass). */
  sources?: unknown;
  /** Parsed dictionaries/names.json (leader names and titles, admin-maintained). */
  names?: unknown;
  /** Parsed dictionaries/rule-data.json (word lists of the code rules). */
  ruleData?: unknown;
  /** Platform length limits (defaults per the platforms). */
  lengthLimits?: Partial<LengthLimits>;
}

/**
 * The code rules that run synchronously with the dictionary pass, where the draft is (content
 * script, publish gate). Everything here is small, linear-time and free of big libraries. Rules that only warn and
 * need big tables or much code (idioms, place names, deadlines, numbers) run in the library pass instead.
 */
export function buildCoreModules(
  data: RuleData,
  compiled: CompiledDictionaries,
  _normalizer: Normalizer,
  similarity?: CharSimilarity,
): RuleModule[] {
  const modules: RuleModule[] = [
    createCommercialRule(),
    createPrivacyRule(),
    createSecrecyMarksRule(),
    createRegionRule(),
    // Half-width punctuation is AutoCorrect's job (library pass); the rest is hand-written.
    createPunctuationRules({ halfWidth: false }),
    createOpinionRunRules(),
    createLengthRule(lengthLimitsSchema.parse(data.lengthLimits ?? {})),
  ];
  const phrases = compiled.entries.filter((e) => e.category === 'bureaucratic').flatMap((e) => e.terms ?? []);
  if (phrases.length) modules.push(createBureaucraticRules(phrases));
  if (data.links !== undefined) modules.push(...createLinkRules(loadLinkLists(data.links)));
  const lists = parseRuleData(data.ruleData);
  if (data.pinyin) {
    const pinyin = pinyinTableOf(data.pinyin);
    if (data.names !== undefined) {
      const names = parseNamesList(data.names);
      if (names.people.length) modules.push(createNameRules(names, pinyin, { similarity, titles: lists.titles.words }));
    }
  }
  return modules;
}
