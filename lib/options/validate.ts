import { keyIdForPublicKey } from '../dict/bundle';
import { type LengthLimits, lengthLimitsSchema } from '../engine/config';
import { formatIssuePath } from '../engine/dictionary/schema';
import { t } from '../i18n/all';
import { messageText } from '../i18n/ui-message';
import { ADMIN_PASSWORD_MIN, PIN_PATTERN, PIN_RULE } from '../review/pin';
import { type NamesList, parseNamesList } from '../rules/names-schema';
import { bundleUrlIssue } from '../settings/bundle-url';
import { LENGTH_LIMIT_LABELS } from './labels';

/** Validation of the options page's text fields (pure; every message is Chinese). */

/** Splits a list textarea (one item per line; commas and 、 also separate) into distinct items. */
export function parseList(text: string): string[] {
  const out: string[] = [];
  for (const raw of text.split(/[\r\n,，、;；]+/)) {
    const t = raw.trim();
    if (t && !out.includes(t)) out.push(t);
  }
  return out;
}

const DOMAIN_RE = /^(?=.{1,253}$)(\*\.)?([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]{0,61}[a-z0-9]$/;

/** Approved link domains: host names such as gov.cn or www.example.gov.cn (a URL is reduced to its host). */
export function parseDomains(text: string): { ok: true; value: string[] } | { ok: false; error: string } {
  const value: string[] = [];
  const bad: string[] = [];
  for (const item of parseList(text)) {
    let host = item.toLowerCase();
    if (/^[a-z]+:\/\//.test(host)) {
      try {
        host = new URL(host).hostname;
      } catch {
        bad.push(item);
        continue;
      }
    }
    host = host.replace(/\/.*$/, '').replace(/\.$/, '');
    if (!DOMAIN_RE.test(host)) bad.push(item);
    else if (!value.includes(host)) value.push(host);
  }
  if (bad.length) return { ok: false, error: t('valDomains', { s: bad.join(t('listSep')) }) };
  return { ok: true, value };
}

/** English words the spelling check accepts: letters, digits, apostrophes and hyphens, no spaces. */
export function parseSpellingWords(text: string): { ok: true; value: string[] } | { ok: false; error: string } {
  const value = parseList(text.replace(/\s+/g, '\n'));
  const bad = value.filter((w) => !/^[A-Za-z][A-Za-z0-9'’-]{0,63}$/.test(w));
  if (bad.length) return { ok: false, error: t('valSpelling', { s: bad.join(t('listSep')) }) };
  return { ok: true, value };
}

export interface SubscriptionForm {
  url: string;
  publicKey: string;
  intervalHours: string;
}

export type SubscriptionCheck =
  | { ok: true; value: { url: string; publicKey: string; intervalHours: number }; keyId: string }
  | { ok: false; errors: Partial<Record<keyof SubscriptionForm, string>> };

/** Validates the subscription fields; the public key must import as an ECDSA P-256 SPKI key. */
export async function checkSubscriptionForm(form: SubscriptionForm): Promise<SubscriptionCheck> {
  const errors: Partial<Record<keyof SubscriptionForm, string>> = {};
  const url = form.url.trim();
  if (!url) errors.url = t('valUrlNeeded');
  else {
    const problem = bundleUrlIssue(url);
    if (problem) errors.url = problem.code === 'bundle-url.invalid' ? t('valUrlHttps') : messageText(problem);
  }
  const publicKey = form.publicKey.trim();
  let keyId: string | undefined;
  if (!publicKey) errors.publicKey = t('valKeyNeeded');
  else {
    keyId = await keyIdForPublicKey(publicKey);
    if (!keyId) errors.publicKey = t('valKeyInvalid');
  }
  const hours = Number(form.intervalHours.trim());
  if (!/^\d+(\.\d+)?$/.test(form.intervalHours.trim()) || !(hours >= 1 && hours <= 168)) {
    errors.intervalHours = t('valInterval');
  }
  if (Object.keys(errors).length || !keyId) return { ok: false, errors };
  return { ok: true, value: { url, publicKey, intervalHours: hours }, keyId };
}

/** Parses the length-limit inputs; a blank input means "platform default". */
export function parseLengthLimits(
  form: Partial<Record<keyof LengthLimits, string>>,
): { ok: true; value: Partial<LengthLimits> } | { ok: false; errors: Partial<Record<keyof LengthLimits, string>> } {
  const value: Partial<LengthLimits> = {};
  const errors: Partial<Record<keyof LengthLimits, string>> = {};
  for (const k of Object.keys(LENGTH_LIMIT_LABELS) as Array<keyof LengthLimits>) {
    const raw = (form[k] ?? '').trim();
    if (!raw) continue;
    if (!/^\d+$/.test(raw) || Number(raw) < 1 || Number(raw) > 100_000) {
      errors[k] = t('valLimit', { label: t(`limit_${k}`) });
      continue;
    }
    value[k] = Number(raw);
  }
  if (Object.keys(errors).length) return { ok: false, errors };
  return { ok: true, value };
}

/** The platform defaults (shown as placeholders). */
export const DEFAULT_LENGTH_LIMITS: LengthLimits = lengthLimitsSchema.parse({});

/** An example names list (made-up names; the format of dictionaries/names.json). */
export const NAMES_EXAMPLE = `{
  "version": "2025-06",
  "people": [
    {
      "name": "张三丰",
      "titles": [
        { "title": "市长", "org": "某某市", "from": "2023-01-05" },
        { "title": "副市长", "org": "某某市", "from": "2019-02-01", "to": "2023-01-04" }
      ]
    }
  ]
}`;

/**
 * Validates the leader names textarea with parseNamesList. Blank = use the built-in list
 * (value undefined). Errors name the line of a JSON syntax error or the path of a bad field.
 */
export function checkNamesText(
  text: string,
): { ok: true; value: NamesList | undefined } | { ok: false; error: string } {
  if (!text.trim()) return { ok: true, value: undefined };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    const msg = (err as Error).message;
    const pos = /position (\d+)/.exec(msg);
    const lineCol = /line (\d+)/.exec(msg);
    const line = pos ? text.slice(0, Number(pos[1])).split('\n').length : lineCol ? Number(lineCol[1]) : undefined;
    // V8 quotes the whole input in some messages: keep only the reason.
    const reason = msg.replace(/,\s*"[\s\S]*$/, '').replace(/\s+in JSON at position[\s\S]*$/, '');
    return { ok: false, error: `JSON 格式错误${line ? `（第 ${line} 行）` : ''}：${reason}` };
  }
  try {
    return { ok: true, value: parseNamesList(data) };
  } catch (err) {
    const issues = (err as { issues?: Array<{ path: PropertyKey[]; message: string }> }).issues;
    if (!issues?.length) return { ok: false, error: String(err) };
    return {
      ok: false,
      error: issues
        .slice(0, 5)
        .map(
          (i) =>
            `${formatIssuePath(i.path)}：${/[\u4e00-\u9fff]/.test(i.message) ? i.message : `格式不正确（${i.message}）`}`,
        )
        .join('；'),
    };
  }
}

/** Reviewer PIN: 4–32 characters, no spaces; `confirm` must match when given. */
export function checkPin(pin: string, confirm?: string): string | undefined {
  if (!PIN_PATTERN.test(pin)) return PIN_RULE;
  if (confirm !== undefined && confirm !== pin) return t('valPinMismatch');
  return undefined;
}

/** Admin password: at least 8 characters, no leading or trailing spaces. */
export function checkAdminPassword(password: string, confirm?: string): string | undefined {
  if (password.length < ADMIN_PASSWORD_MIN) return t('valPasswordMin', { n: ADMIN_PASSWORD_MIN });
  if (password.trim() !== password) return t('valPasswordSpaces');
  if (confirm !== undefined && confirm !== password) return t('valPasswordMismatch');
  return undefined;
}

/** Reviewer or profile name: 1–40 characters after trimming. */
export function checkName(name: string, what: string): string | undefined {
  const s = name.trim();
  if (!s) return t('valNameNeeded', { what });
  if (s.length > 40) return t('valNameMax', { what });
  return undefined;
}
