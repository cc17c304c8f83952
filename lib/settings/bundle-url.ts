import { chineseText, msg, type UiMessage } from '../i18n/ui-message';

/**
 * Subscription bundles come over HTTPS only; plain http is allowed for loopback hosts, where nothing
 * crosses the network (a bundle server on the same machine, and tests).
 */

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

function isLoopbackHost(hostname: string): boolean {
  return LOOPBACK_HOSTS.has(hostname.toLowerCase());
}

/** Why this subscription URL is not acceptable (a coded message), or undefined when it is. */
export function bundleUrlIssue(url: string): UiMessage | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return msg('bundle-url.invalid');
  }
  if (parsed.protocol === 'https:') return undefined;
  if (parsed.protocol === 'http:' && isLoopbackHost(parsed.hostname)) return undefined;
  if (parsed.protocol === 'http:') return msg('bundle-url.http');
  return msg('bundle-url.protocol', { protocol: parsed.protocol });
}

/** Why this subscription URL is not acceptable (Chinese, one sentence), or undefined when it is. */
export function bundleUrlProblem(url: string): string | undefined {
  const issue = bundleUrlIssue(url);
  return issue && chineseText(issue);
}

/** The same rule as a JSON-schema pattern for lower-case schemes (Chrome's managed schema uses RE2 syntax). */
export const BUNDLE_URL_PATTERN = '^(https://|http://(127\\.0\\.0\\.1|localhost|\\[::1\\])(:[0-9]+)?(/|$))';
