import { RE2JS } from 're2js';
import type { CompiledEntry } from './compile';
import type { RegexMatcher } from './rule';

/** Most matches reported per pattern per paragraph (bounds the work on pathological input). */
const MAX_MATCHES = 1000;

/**
 * Compiles `pattern` entries with re2js, a linear-time RE2 engine: no backtracking, so no pattern an
 * admin writes can hang the checker. Lookaround and backreferences are not RE2 syntax: such a pattern
 * does not compile and is skipped here (the dictionary schema does not check pattern syntax yet).
 */
export function compileRegexEntries(entries: readonly CompiledEntry[]): RegexMatcher[] {
  const out: RegexMatcher[] = [];
  entries.forEach((e, entry) => {
    if (!e.pattern) return;
    let re: RE2JS;
    try {
      re = RE2JS.compile(e.pattern);
    } catch {
      return; // not RE2 syntax: an invalid pattern never matches
    }
    out.push({
      entry,
      matches(text) {
        const found: Array<[number, number]> = [];
        const m = re.matcher(text);
        while (found.length < MAX_MATCHES && m.find()) {
          if (m.end() > m.start()) found.push([m.start(), m.end()]);
        }
        return found;
      },
    });
  });
  return out;
}
