import { getLocale, type Locale } from './index';
import { messagesEn } from './messages-en';
import { type MessageCode, messagesZh } from './messages-zh';

export type { MessageCode } from './messages-zh';

/**
 * A message as a stable code plus parameters, turned into text in the UI language where a page shows it (or
 * where the background answers a page). Domain modules return these instead of sentences; records store them
 * next to the Chinese text they always kept, so older versions and exports still read the text.
 * A parameter may itself be a message (a reason inside "update failed: …") or a list of messages (joined with the
 * language's "；").
 */
export interface UiMessage {
  code: MessageCode;
  params?: Record<string, MessageParam>;
}
export type MessageParam = string | number | UiMessage | UiMessage[];

const TABLES: Record<Locale, Record<MessageCode, string>> = { zh_CN: messagesZh, en: messagesEn };

export function msg(code: MessageCode, params?: Record<string, MessageParam>): UiMessage {
  return params ? { code, params } : { code };
}

/** The message's text in `locale` (default: the current UI language). */
export function messageText(m: UiMessage, locale: Locale = getLocale()): string {
  let s: string = TABLES[locale][m.code] ?? messagesZh[m.code] ?? m.code;
  for (const [k, v] of Object.entries(m.params ?? {})) {
    const text = Array.isArray(v)
      ? v.map((m) => messageText(m, locale)).join(TABLES[locale]['list.separator'])
      : typeof v === 'object'
        ? messageText(v, locale)
        : String(v);
    s = s.replaceAll(`{${k}}`, text);
  }
  return s;
}

/** The Chinese text: what stored records and the CLI keep. */
export const chineseText = (m: UiMessage): string => messageText(m, 'zh_CN');

const isCode = (v: unknown): v is MessageCode => typeof v === 'string' && Object.hasOwn(messagesZh, v);

/**
 * A stored or received message, checked: undefined unless every code (nested ones too) is known to this
 * version and every parameter is a string, a finite number or such a message. Callers fall back to the text.
 */
export function readUiMessage(v: unknown, depth = 0): UiMessage | undefined {
  if (depth > 3 || !v || typeof v !== 'object' || Array.isArray(v)) return undefined;
  const { code, params } = v as { code?: unknown; params?: unknown };
  if (!isCode(code)) return undefined;
  if (params === undefined) return { code };
  if (!params || typeof params !== 'object' || Array.isArray(params)) return undefined;
  const out: Record<string, MessageParam> = {};
  for (const [k, p] of Object.entries(params)) {
    if (typeof p === 'string' || (typeof p === 'number' && Number.isFinite(p))) out[k] = p;
    else if (Array.isArray(p)) {
      if (p.length > 50) return undefined;
      const items = p.map((x) => readUiMessage(x, depth + 1));
      if (items.some((x) => !x)) return undefined;
      out[k] = items as UiMessage[];
    } else {
      const nested = readUiMessage(p, depth + 1);
      if (!nested) return undefined;
      out[k] = nested;
    }
  }
  return { code, params: out };
}

/**
 * Text of a stored message in the UI language, or the stored Chinese text when the message is absent, unknown to
 * this version, or does not say what the stored text says (a record imported from a file could pair any two).
 */
export function storedText(message: unknown, chinese: string): string {
  const m = readUiMessage(message);
  return m && chineseText(m) === chinese ? messageText(m) : chinese;
}

/** An audit record's summary: the Chinese text it always stored, and the message it is shown from. */
export function codedSummary(m: UiMessage): { summary: string; summaryMessage: UiMessage } {
  return { summary: chineseText(m), summaryMessage: m };
}

/** A refused operation: the Chinese sentence (the CLI prints it) and the same as a code, for the UI language. */
export type Refusal = { ok: false; error: string; problem: UiMessage };

export function refusal(code: MessageCode, params?: Record<string, MessageParam>): Refusal {
  const problem = msg(code, params);
  return { ok: false, error: chineseText(problem), problem };
}
