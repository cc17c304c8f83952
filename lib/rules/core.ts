import type { LengthLimits } from '../engine/config';
import { pinyinTableOf, type TableTexts } from '../engine/data/tables';
import type { DataText } from '../engine/data/text-source';
import type { CompiledDictionaries } from '../engine/dictionary/compile';
import type { CharSimilarity } from '../engine/near/similar';
import type { Normalizer } from '../engine/normalize';
import type { RuleModule } from '../engine/rule';
import { createBureaucraticRules } from './bureaucratic-density';
import { createCommercialRule } from './commercial';
import { createLeaderOrderRule } from './leader-order';
import { createLengthRule } from './length';
import { createLinkRules } from './links';
import type { LinkLists } from './links-schema';
import { createNameRules } from './names';
import type { NamesList } from './names-schema';
import { createOpinionRunRules } from './opinion-runs';
import { createPrivacyRule } from './privacy';
import { createCorePunctuationRules } from './punctuation';
import { createRegionRule } from './regions';
import type { RuleWordLists } from './rule-data';
import { createSecrecyMarksRule } from './secrecy-marks';

/** Data the non-dictionary rules need (all optional: a missing table disables the rules that need it). */
export interface RuleData extends TableTexts {
  /** Text of dictionaries/data/idioms.txt. */
  idioms?: DataText;
  /** Text of dictionaries/data/divisions.txt (administrative divisions, GB/T 2260). */
  divisions?: DataText;
  /** Text of dictionaries/data/place-variants.txt (generated misspellings of division names). */
  placeVariants?: DataText;
  /** Text of dictionaries/data/word-variants.txt (generated 别字 of common words). */
  wordVariants?: DataText;
  /** Text of dictionaries/data/word-freq.txt (word counts for the word-likelihood rule). */
  wordFreq?: DataText;
  /** Text of dictionaries/data/collocation-slips.txt (common words' slips and collocates; with wordFreq). */
  collocationSlips?: DataText;
  /** Text of dictionaries/data/towns.txt (township-level divisions by county; with divisions). */
  towns?: DataText;
  // The JSON tables below may also be JsonRefs (engine/data/text-source.ts): read them through jsonOf.
  /** Parsed dictionaries/links.json (validated by the link rule's schema). */
  links?: unknown;
  /** Parsed dictionaries/sources.json (repost sources; checked in the library pass). */
  sources?: unknown;
  /** Parsed dictionaries/names.json (leader names and titles, admin-maintained). */
  names?: unknown;
  /** Parsed dictionaries/rule-data.json (word lists of the code rules). */
  ruleData?: unknown;
  /** Parsed dictionaries/reply-tone.json (word lists of the reply-tone rule; library pass). */
  replyTone?: unknown;
  /** Platform length limits (defaults per the platforms). */
  lengthLimits?: Partial<LengthLimits>;
}

/**
 * The JSON tables of RuleData, validated (parseCoreLists in core-lists.ts). Kept apart from RuleData so the content
 * script builds its rules from an engine bundle the background validated, without shipping the schemas (zod).
 */
export interface CoreLists {
  lengthLimits: LengthLimits;
  links?: LinkLists;
  /** Only read with a pinyin table. */
  names?: NamesList;
  ruleData: RuleWordLists;
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
  similarity: CharSimilarity | undefined,
  lists: CoreLists,
): RuleModule[] {
  const modules: RuleModule[] = [
    createCommercialRule(),
    createPrivacyRule(),
    createSecrecyMarksRule(),
    createRegionRule(),
    // Half-width punctuation is AutoCorrect's job (library pass); the rest is hand-written.
    createCorePunctuationRules(),
    createOpinionRunRules(),
    createLengthRule(lists.lengthLimits),
  ];
  const phrases = compiled.entries.filter((e) => e.category === 'bureaucratic').flatMap((e) => e.terms ?? []);
  if (phrases.length) modules.push(createBureaucraticRules(phrases));
  if (lists.links) modules.push(...createLinkRules(lists.links));
  if (data.pinyin) {
    const pinyin = pinyinTableOf(data.pinyin);
    const names = lists.names;
    if (names?.people.length) {
      modules.push(createNameRules(names, pinyin, { similarity, titles: lists.ruleData.titles.words }));
    }
    if (names?.orders?.length) modules.push(createLeaderOrderRule(names.orders));
  }
  return modules;
}
