import { chineseText, msg, type UiMessage } from '../i18n/ui-message';

/** Server URLs team mode accepts: https, or plain http on this computer only (a test or a local proxy). */
export function teamUrlIssue(url: string): UiMessage | undefined {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return msg('team.url-invalid');
  }
  if (u.username || u.password) return msg('team.url-credentials');
  if (u.protocol === 'https:') return undefined;
  if (u.protocol === 'http:' && ['127.0.0.1', 'localhost', '[::1]'].includes(u.hostname)) return undefined;
  return msg('team.url-https');
}

/** teamUrlIssue as a Chinese sentence. */
export function teamUrlProblem(url: string): string | undefined {
  const issue = teamUrlIssue(url);
  return issue && chineseText(issue);
}

/** The host-permission pattern of a server URL (requested as an optional host permission at set-up). */
export function originPattern(url: string): string {
  const u = new URL(url);
  return `${u.protocol}//${u.hostname}/*`;
}
