import { listInput, storedTable } from '../data/store';
import { NearMatcher } from './matcher';

/**
 * `new NearMatcher(terms, variants)`, kept in the host's table store (lib/engine/data/store.ts) when there is one:
 * building the anchors (and listing the variants) costs more than reading the index back. `input` names whatever
 * else the variants depend on (derivedInput of the tables they come from; '' for none); undefined: not stored.
 */
export function storedNearMatcher(
  terms: readonly string[],
  input: () => string | undefined,
  variants?: (term: string) => readonly string[] | undefined,
): NearMatcher {
  return storedTable(
    'near-matcher',
    () => {
      const more = input();
      return more === undefined ? undefined : listInput([listInput(terms), more]);
    },
    () => new NearMatcher(terms, variants),
  );
}
