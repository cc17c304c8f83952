import { RE2JS } from 're2js';
import type { CompiledEntry } from './compile';
import type { RegexMatcher } from './rule';

/** Most matches reported per pattern per paragraph (bounds the work on pathological input). */
const MAX_MATCHES = 1000;

const compiledPatterns = new Map<string, RE2JS>();
/**
 * RE2JS.compile(pattern), kept per pattern: a compiled RE2JS is immutable, and the same patterns are compiled when
 * a list is validated and again when its matcher is built (at CLI start-up, where compiling is cold and costly).
 * Throws like RE2JS.compile; bounded so that patterns typed one after another cannot pile up.
 */
export function compileRe2(pattern: string): RE2JS {
  let re = compiledPatterns.get(pattern);
  if (!re) {
    re = RE2JS.compile(pattern);
    if (compiledPatterns.size >= 2000) compiledPatterns.clear();
    compiledPatterns.set(pattern, re);
  }
  return re;
}

/**
 * Compiles `pattern` entries with re2js, a linear-time RE2 engine: no backtracking, so no pattern an
 * admin writes can hang the checker. Lookaround and backreferences are not RE2 syntax and are
 * rejected when a dictionary is validated (see validatePattern).
 */
export function compileRegexEntries(entries: readonly CompiledEntry[]): RegexMatcher[] {
  const out: RegexMatcher[] = [];
  entries.forEach((e, entry) => {
    if (!e.pattern) return;
    let re: RE2JS;
    try {
      re = compileRe2(e.pattern);
    } catch {
      return; // validated on import; an invalid pattern never matches
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

/**
 * Returns a Chinese error message for a pattern the matcher cannot run (RE2 cannot compile it), or
 * undefined. Dictionary validation calls this, so such an entry is refused instead of never matching.
 */
export function validatePattern(pattern: string): string | undefined {
  try {
    compileRe2(pattern);
    return undefined;
  } catch (err) {
    const detail = (err as Error).message;
    if (/\(\?<[=!]/.test(pattern)) return `正则表达式不能使用后向查找 (?<= 或 (?<!（RE2 语法）：${detail}`;
    if (/\(\?[=!]/.test(pattern)) return `正则表达式不能使用前向查找 (?= 或 (?!（RE2 语法）：${detail}`;
    if (/\\[1-9]/.test(pattern)) return `正则表达式不能使用反向引用 \\1…\\9（RE2 语法）：${detail}`;
    return `正则表达式无效（RE2 语法，不支持前后查找和反向引用）：${detail}`;
  }
}
