import type { CompiledDictionaries } from '../engine/dictionary/compile';
import type { LengthLimits } from '../engine/config';
import type { RuleModule } from '../engine/rule';

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

/** Platform-specific capabilities injected by the host (Node CLI, extension background, content script). */
export interface RuleProviders {
  userWords?: string[];
}

/** The built-in code rules (patterns, structure, context), in a fixed order. */
export function buildRuleModules(_data: RuleData, _compiled: CompiledDictionaries, _providers: RuleProviders): RuleModule[] {
  return [];
}
