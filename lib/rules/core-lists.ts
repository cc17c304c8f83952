import { lengthLimitsSchema } from '../engine/config';
import { jsonOf } from '../engine/data/text-source';
import type { CoreLists, RuleData } from './core';
import { loadLinkLists } from './links-schema';
import { parseNamesList } from './names-schema';
import { parseRuleData } from './rule-data';

/**
 * Validates the JSON tables the core rules read (throws a ZodError naming the bad field). Runs where the data is
 * loaded — background, CLI, tests — never in the content script, which receives the result in its engine bundle.
 */
export function parseCoreLists(data: RuleData): CoreLists {
  const lengthLimits = lengthLimitsSchema.parse(data.lengthLimits ?? {});
  const links = data.links === undefined ? undefined : loadLinkLists(jsonOf(data.links));
  const ruleData = parseRuleData(jsonOf(data.ruleData));
  // The names rule needs the pinyin table; without it the list is not read (nor rejected).
  const names = data.pinyin && data.names !== undefined ? parseNamesList(jsonOf(data.names)) : undefined;
  return { lengthLimits, ruleData, ...(links ? { links } : {}), ...(names ? { names } : {}) };
}
