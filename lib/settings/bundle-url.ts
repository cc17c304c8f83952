/**
 * Subscription bundles come over HTTPS only; plain http is allowed for loopback hosts, where nothing
 * crosses the network (a bundle server on the same machine, and tests).
 */

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

export function isLoopbackHost(hostname: string): boolean {
  return LOOPBACK_HOSTS.has(hostname.toLowerCase());
}

/** Why this subscription URL is not acceptable (Chinese, one sentence), or undefined when it is. */
export function bundleUrlProblem(url: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return '不是有效的网址';
  }
  if (parsed.protocol === 'https:') return undefined;
  if (parsed.protocol === 'http:' && isLoopbackHost(parsed.hostname)) return undefined;
  if (parsed.protocol === 'http:') return '词库包地址须使用 https://（仅本机地址 127.0.0.1、localhost 可用 http://）';
  return `不支持的协议 ${parsed.protocol}，词库包地址须使用 https://`;
}

/** The same rule as a JSON-schema pattern for lower-case schemes (Chrome's managed schema uses RE2 syntax). */
export const BUNDLE_URL_PATTERN = '^(https://|http://(127\\.0\\.0\\.1|localhost|\\[::1\\])(:[0-9]+)?(/|$))';
