// zod/mini: this schema ships in the content script.
import * as z from 'zod/mini';

/** dictionaries/rule-data.json: word lists of the code rules, loaded as data (not compiled into the scripts). */
const words = z._default(z.array(z.string().check(z.minLength(1))), []);
export const ruleDataSchema = z.object({
  idioms: z._default(z.object({ supplement: words, allow: words }), { supplement: [], allow: [] }),
  places: z._default(z.object({ others: words }), { others: [] }),
  titles: z._default(z.object({ words }), { words: [] }),
  /** Short names of the national laws (义务教育法) and administrative regulations (工伤保险条例), for typo.law-name. */
  laws: z._default(z.object({ words, regulations: words }), { words: [], regulations: [] }),
});
export type RuleWordLists = z.infer<typeof ruleDataSchema>;

/** Validates rule-data.json (undefined → empty lists; invalid → throws a ZodError naming the field). */
export function parseRuleData(data: unknown): RuleWordLists {
  return ruleDataSchema.parse(data ?? {});
}
