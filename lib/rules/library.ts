import { storedTable } from '../engine/data/store';
import { cachedTable, type PinyinTable, parseIdioms, pinyinTableOf, shapeTableOf } from '../engine/data/tables';
import { jsonInputOf, jsonOf } from '../engine/data/text-source';
import type { CompiledDictionaries } from '../engine/dictionary/compile';
import type { WordOracle } from '../engine/dictionary/near';
import { compileRegexEntries } from '../engine/dictionary/regex';
import { createDictionaryRule } from '../engine/dictionary/rule';
import { CharSimilarity } from '../engine/near/similar';
import type { Normalizer } from '../engine/normalize';
import type { RuleMeta, RuleModule } from '../engine/rule';
import { ANNIVERSARY_RULES, createAnniversaryNumberRule } from './anniversary-number';
import { COLLOCATION_SLIP_RULES, createCollocationSlipRule } from './collocation-slips';
import { CONFUSION_RULES, createConfusionRule } from './confusions';
import { CONGRESS_NUMERAL_RULES, createCongressNumeralRule } from './congress-numerals';
import type { RuleData } from './core';
import { createDraftVariantRule, DRAFT_VARIANT_RULES } from './draft-variant';
import { createPastEventRule, EVENT_RULES } from './events';
import { createHealthClaimRule, HEALTH_CLAIM_RULES } from './health-claims';
import { createIdiomSoundRule, IDIOM_SOUND_RULES } from './idiom-sound';
import { createIdiomRule, IDIOM_RULES } from './idioms';
import { createLawNameRule, LAW_NAME_RULES } from './law-names';
import { createNameVariantRule, NAME_VARIANT_RULES } from './name-variant';
import { createNumberRule, NUMBER_RULES } from './numbers';
import { createOpinionVoiceRule, OPINION_VOICE_RULES } from './opinion-voice';
import { createOutdatedRule, OUTDATED_RULES } from './outdated';
import { createParticleRule, PARTICLE_RULES } from './particles';
import { createPlaceLevelRule, PLACE_LEVEL_RULES } from './place-level';
import { createPlaceOwnRule, PLACE_OWN_RULES } from './place-own';
import { createTownRule, TOWN_RULES } from './place-towns';
import { createPlaceTruncatedRule, PLACE_TRUNCATED_RULES } from './place-truncated';
import { createPlaceRule, type Division, PLACE_RULES, parseDivisions, parsePlaceVariants, shortName } from './places';
import { createPlenarySessionRule, PLENARY_RULES } from './plenary-sessions';
import { createPromotionRule, PROMOTION_RULES } from './promotions';
import { createPunctuationUsageRule, PUNCTUATION_USAGE_RULES } from './punctuation-usage';
import { createRepeatedRule, REPEATED_RULES } from './repeated';
import { REPLY_INSULT_TONE, replyInsultTone } from './reply-insult-tone';
import { createReplyPerfunctoryRule, REPLY_PERFUNCTORY_RULES } from './reply-perfunctory';
import { createReplyPromoRule, REPLY_PROMO_RULES } from './reply-promo';
import { createReplyToneRule, REPLY_TONE_RULES } from './reply-tone';
import { parseReplyTone } from './reply-tone-schema';
import { parseRuleData, type RuleWordLists } from './rule-data';
import { createSalesPitchRule, SALES_PITCH_RULES } from './sales-pitch';
import { createSourceRules, SOURCE_RULES } from './source';
import { loadSourceList } from './source-schema';
import { createSpellingRule, SPELLING_RULES, type SpellingProvider } from './spelling';
import { createTimelinessRule, TIMELINESS_RULES } from './timeliness';
import { createTraditionalCharRule, TRADITIONAL_CHAR_RULES } from './traditional-chars';
import { createTypographyRule, TYPOGRAPHY_RULES, type TypographyProvider } from './typography';
import {
  createWordLikelihoodRule,
  parseWordFreq,
  WORD_LIKELIHOOD_RULES,
  type WordFreq,
  wordOracle,
} from './word-likelihood';
import { createWordVariantRule, WORD_VARIANT_RULES } from './word-variants';

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
  ...CONGRESS_NUMERAL_RULES,
  ...PUNCTUATION_USAGE_RULES,
  ...PARTICLE_RULES,
  ...CONFUSION_RULES,
  ...COLLOCATION_SLIP_RULES,
  ...TOWN_RULES,
  ...EVENT_RULES,
  ...TIMELINESS_RULES,
  ...OUTDATED_RULES,
  ...ANNIVERSARY_RULES,
  ...PLENARY_RULES,
  ...LAW_NAME_RULES,
  ...NAME_VARIANT_RULES,
  ...PROMOTION_RULES,
  ...OPINION_VOICE_RULES,
  ...IDIOM_RULES,
  ...IDIOM_SOUND_RULES,
  ...PLACE_RULES,
  ...PLACE_LEVEL_RULES,
  ...PLACE_OWN_RULES,
  ...PLACE_TRUNCATED_RULES,
  ...WORD_VARIANT_RULES,
  ...WORD_LIKELIHOOD_RULES,
  ...DRAFT_VARIANT_RULES,
  ...REPEATED_RULES,
  ...REPLY_PROMO_RULES,
  ...REPLY_PERFUNCTORY_RULES,
  ...SALES_PITCH_RULES,
  ...REPLY_TONE_RULES,
  REPLY_INSULT_TONE,
  ...HEALTH_CLAIM_RULES,
  ...TRADITIONAL_CHAR_RULES,
];

/**
 * Library passes: typography (AutoCorrect WASM), English spelling (Hunspell), repost sources and
 * dictionary pattern entries (both re2js, linear-time), and the warning-only rules with big tables: idiom
 * near-misses, place names, deadlines and past events, malformed numbers. They run asynchronously in the extension
 * background, keeping big libraries and tables out of the content script.
 */
/**
 * A JSON table (or JsonRef) validated once per distinct input: the host's table store keeps the result under the
 * JSON text or the reference's id.
 */
function validatedOnce<T>(name: string, json: unknown, parse: (json: unknown) => T): T {
  return storedTable(
    name,
    () => jsonInputOf(json),
    () => parse(jsonOf(json)),
  );
}

/** The names of names.json's people, read (not validated) on first use; an unusable list gives none. */
function leaderNamesOf(json: unknown): () => ReadonlySet<string> {
  let names: Set<string> | undefined;
  return () => {
    if (!names) {
      names = new Set();
      try {
        const people = (jsonOf(json) as { people?: unknown } | undefined)?.people;
        if (Array.isArray(people)) for (const p of people) if (typeof p?.name === 'string') names.add(p.name as string);
      } catch {
        // a malformed list is reported by its own rules; no names here
      }
    }
    return names;
  };
}

/** How often two characters are written as a word (jieba's count; undefined: no word of the table). */
function pairCountOf(table: WordFreq): (a: string, b: string) => number | undefined {
  const u = new Uint16Array(2);
  return (a, b) => {
    u[0] = a.charCodeAt(0);
    u[1] = b.charCodeAt(0);
    return table.count(u, 0, 2);
  };
}

/**
 * The word table as the dictionary pass's oracle for the protected terms' missing characters (near.ts judgeDrop),
 * where the data has one (and the sound tables the near-misses need).
 */
export function protectedWordOracle(data: RuleData, normalizer: Normalizer): WordOracle | undefined {
  if (!data.pinyin || !data.wordFreq) return undefined;
  return wordOracle(cachedTable('word-freq', data.wordFreq, parseWordFreq), normalizer.map);
}

export function buildLibraryModules(
  data: RuleData,
  compiled: CompiledDictionaries,
  normalizer: Normalizer,
  providers: RuleProviders,
  /** data.ruleData already validated (the core lists hold it), else it is read and validated here. */
  ruleData?: RuleWordLists,
  /** protectedDrops: judge the protected terms' missing characters by words here (no core pass beside with them). */
  opts: { protectedDrops?: boolean } = {},
): RuleModule[] {
  // Validating the word lists (zod) costs more than reading them back: a host with a table store keeps them.
  const replyTone =
    data.replyTone === undefined ? undefined : validatedOnce('reply-tone', data.replyTone, parseReplyTone);
  // Warnings only (never block), so they need not run in the content script; the idiom list (30,000 entries) and
  // the divisions table stay in the background too.
  const modules: RuleModule[] = [
    createNumberRule(),
    createCongressNumeralRule(),
    createPunctuationUsageRule(),
    createParticleRule(),
    createConfusionRule(),
    createPastEventRule(),
    createTimelinessRule(),
    createOutdatedRule(),
    createAnniversaryNumberRule(),
    createPlenarySessionRule(),
    createPromotionRule(),
    createOpinionVoiceRule(replyTone?.voiceModel),
    createReplyPromoRule(),
    createReplyPerfunctoryRule(),
    createSalesPitchRule(replyTone?.salesModel),
    createHealthClaimRule(),
    // a traditional character in simplified text (財产, 所得稅): the folding's own table says which are
    createTraditionalCharRule(normalizer.map),
  ];
  if (replyTone) {
    modules.push(createReplyToneRule(replyTone));
    modules.push(replyInsultTone(modules));
  }
  let sim: CharSimilarity | undefined;
  let counts: WordFreq | undefined;
  if (data.pinyin) {
    const pinyin = pinyinTableOf(data.pinyin);
    sim = new CharSimilarity(pinyin, data.shapes ? shapeTableOf(data.shapes) : undefined);
    const lists = ruleData ?? parseRuleData(jsonOf(data.ruleData));
    // a law cited in book-title marks with a character wrong (《中华人民共和国义物教育法》)
    if (lists.laws.words.length) modules.push(createLawNameRule(lists.laws.words, lists.laws.regulations));
    counts = data.wordFreq ? cachedTable('word-freq', data.wordFreq, parseWordFreq) : undefined;
    if (data.idioms) {
      const idioms = parseIdioms(data.idioms);
      modules.push(
        createIdiomRule(idioms, pinyin, {
          similarity: sim,
          ...lists.idioms,
          fold: (s) => normalizer.normalize(s),
          pairCount: counts ? pairCountOf(counts) : undefined,
        }),
        createIdiomSoundRule(idioms, pinyin, { ...lists.idioms, fold: (s) => normalizer.normalize(s) }),
      );
    }
    // Parsed (with a table store: decoded) once for the four place rules, which only read it.
    const divisions = data.divisions ? parseDivisions(data.divisions) : undefined;
    if (divisions) {
      const variants = data.placeVariants
        ? cachedTable('place-variants', data.placeVariants, parsePlaceVariants)
        : undefined;
      modules.push(
        createPlaceRule(divisions, sim, lists.places.others, variants),
        createPlaceLevelRule(divisions, sim),
        createPlaceOwnRule(divisions, sim),
      );
      if (data.towns) modules.push(createTownRule(divisions, data.towns, sim));
    }
    if (divisions) modules.push(createPlaceTruncatedRule(divisions, counts));
    if (counts) {
      // A slip weighed in its sentence by word counts (jieba's): the generated tables cannot list every one.
      modules.push(
        createWordLikelihoodRule(counts, sim, {
          titles: lists.titles.words,
          fold: (s) => normalizer.normalize(s),
        }),
        // a word written right in one place and slipped in another: the draft shows which was meant
        createDraftVariantRule(counts, sim, {
          fold: (s) => normalizer.normalize(s),
          placeNames: divisions?.map((d) => shortName(d.name)).filter((n) => n.length === 2),
        }),
        // a word or a character typed twice (推进推进, 总书书记)
        createRepeatedRule(counts),
        // a person introduced with a title, written later with a character slipped (杨光辉 … 杨光晖指出)
        createNameVariantRule(lists.titles.words, sim, counts, leaderNamesOf(data.names)),
      );
    }
  }
  if (data.wordVariants) {
    // 别字 of common words: a generated table in the place table's format (scripts/build-word-variants.ts).
    modules.push(createWordVariantRule(cachedTable('word-variants', data.wordVariants, parsePlaceVariants), counts));
  }
  // A common word with a character swapped for a common one, beside the word's collocates (大中城是基础设施): after
  // the listed slips, whose finding on the same words is kept
  if (counts && data.collocationSlips) modules.push(createCollocationSlipRule(counts, data.collocationSlips));
  // Pattern entries, and the protected terms' missing characters that only a word table can judge
  const words =
    opts.protectedDrops !== false && counts && compiled.near?.terms.length
      ? wordOracle(counts, normalizer.map)
      : undefined;
  if (words || compiled.entries.some((e) => e.pattern)) {
    modules.push(
      createDictionaryRule(compiled, normalizer, {
        regex: compileRegexEntries,
        only: 'patterns',
        similarity: sim,
        words,
      }),
    );
  }
  if (data.sources !== undefined) {
    // Validating compiles every RE2 pattern: a host with a table store keeps the validated list per input.
    modules.push(...createSourceRules(validatedOnce('source-list', data.sources, loadSourceList)));
  }
  if (providers.typography) modules.push(createTypographyRule(providers.typography));
  if (providers.spelling) {
    // the places' pinyin is made on the first capitalised pinyin word a text has
    const { divisions, pinyin } = data;
    const places =
      divisions && pinyin ? () => placePinyin(parseDivisions(divisions), pinyinTableOf(pinyin)) : undefined;
    modules.push(createSpellingRule(providers.spelling, { words: providers.userWords ?? [], places }));
  }
  return modules;
}

/**
 * The pinyin (lower case, tones aside) of the divisions' names without their suffix: every reading of a polyphonic
 * character (重庆: chongqing, zhongqing), at most 8 a name. Targets are the provinces' and the prefecture-level cities'.
 */
function placePinyin(divisions: readonly Division[], pinyin: PinyinTable): { targets: string[]; known: string[] } {
  const targets = new Set<string>();
  const known = new Set<string>();
  for (const d of divisions) {
    const base = shortName(d.name);
    if (base.length < 2) continue;
    let combos = [''];
    for (const ch of base) {
      const rs = [...new Set(pinyin.readings(ch).map((r) => r.replace(/[0-9]$/, '').replace('ü', 'v')))];
      if (!rs.length) {
        combos = [];
        break;
      }
      combos = combos.flatMap((c) => rs.map((r) => c + r)).slice(0, 8);
    }
    const target = d.code.endsWith('00');
    for (const c of combos) {
      known.add(c);
      if (target) targets.add(c);
    }
  }
  return { targets: [...targets], known: [...known] };
}
