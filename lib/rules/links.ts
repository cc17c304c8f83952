import type { DocumentCandidate, DocumentRule, ParagraphRule, RuleMeta, RuleModule } from '../engine/rule';
import type { Draft, Field } from '../engine/types';
import type { LinkLists } from './links-schema';

/**
 * Links in a draft: URLs written in the text (with or without http:// or www.), the hyperlinks an editor adapter
 * supplies in `draft.links`, and the WeChat 原文链接 `sourceUrl`. Hosts are parsed with the WHATWG `URL` parser
 * (lower-cased, IDN → punycode) and classified from configurable lists (dictionaries/links.json):
 *
 *   e-commerce / ad domain → link.commercial (block)   short link → link.short (warn)
 *   WeChat article → link.wechat-article (info)        approved government / central media → pass
 *   anything else → link.unknown-domain (warn)         tracking parameters → link.tracking (info, independent)
 *
 * Text URLs are found by a paragraph rule (cached with the paragraph); `links` and `sourceUrl` by a document rule.
 * A hyperlink whose visible text already contains a URL of the same host is left to the paragraph rule, so each
 * URL is reported once per classification.
 */

const BASIS =
  '国办发〔2018〕123号（不得刊登商业广告或链接商业广告页面；原则上只转载党委和政府网站以及有关主管部门确定的稿源单位发布的信息）';

export const LINK_RULES: RuleMeta[] = [
  {
    id: 'link.commercial',
    category: 'link',
    severity: 'block',
    title: '电商或广告链接',
    message: '链接“{text}”指向电商或广告页面，政务新媒体不得刊登商业广告或链接商业广告页面。',
    source: BASIS,
  },
  {
    id: 'link.short',
    category: 'link',
    severity: 'warn',
    title: '短链接',
    message: '“{text}”是短链接，看不出实际指向的页面，请还原为原始链接并核实目标后再发布。',
    source: BASIS,
  },
  {
    id: 'link.wechat-article',
    category: 'link',
    severity: 'info',
    title: '微信公众号文章链接',
    message: '“{text}”是微信公众号文章链接，请确认其发布账号属于党政机关或有关主管部门确定的稿源单位。',
    source: BASIS,
  },
  {
    id: 'link.unknown-domain',
    category: 'link',
    severity: 'warn',
    title: '未认可的域名',
    message: '链接“{text}”的域名不在认可的党政机关和中央媒体网站名单中，请核实链接目标是否合规。',
    source: BASIS,
  },
  {
    id: 'link.tracking',
    category: 'link',
    severity: 'info',
    title: '跟踪参数',
    message: '链接“{text}”带有分享或统计跟踪参数，建议删除这些参数后再发布。',
    source: '[P] 链接规范：去除 utm_*、spm、from=singlemessage 等分享统计参数',
  },
];

export type LinkKind = 'commercial' | 'short' | 'wechat-article' | 'approved' | 'unknown';

export interface LinkClassification {
  kind: LinkKind;
  host: string;
  /** Tracking parameters found in the query (names as written). */
  tracking: string[];
}

interface DomainEntry {
  host: string;
  path: string;
}

/** Link lists prepared for matching. */
export interface LinkMatcher {
  classify(href: string): LinkClassification | null;
  tlds: ReadonlySet<string>;
}

function entries(list: readonly string[]): DomainEntry[] {
  return list.map((e) => {
    const slash = e.indexOf('/');
    return slash < 0 ? { host: e, path: '' } : { host: e.slice(0, slash), path: e.slice(slash) };
  });
}

function matches(list: readonly DomainEntry[], host: string, path: string): boolean {
  for (const e of list) {
    if ((host === e.host || host.endsWith(`.${e.host}`)) && (!e.path || path.startsWith(e.path))) return true;
  }
  return false;
}

/** Parses an absolute or scheme-less link; null for non-web schemes (mailto:, javascript:, tel: …) and junk. */
export function parseLink(href: string): URL | null {
  const s = href.trim();
  if (!s || s.length > 4096) return null;
  const scheme = /^([A-Za-z][A-Za-z0-9+.-]*):/.exec(s);
  let url: URL;
  try {
    if (scheme) {
      const name = scheme[1]!.toLowerCase();
      if (name !== 'http' && name !== 'https') return null;
      url = new URL(s);
    } else if (s.startsWith('//')) {
      url = new URL(`https:${s}`);
    } else {
      url = new URL(`http://${s}`);
    }
  } catch {
    return null;
  }
  return url.hostname ? url : null;
}

export function createLinkMatcher(lists: LinkLists): LinkMatcher {
  const approved = entries([...lists.approved, ...lists.localApproved]);
  const wechat = entries(lists.wechatArticle);
  const commercial = entries(lists.commercial);
  const short = entries(lists.short);
  const exact = new Set<string>();
  const prefixes: string[] = [];
  const valued = new Map<string, Set<string>>();
  for (const t of lists.trackingParams) {
    if (t.endsWith('*')) prefixes.push(t.slice(0, -1).toLowerCase());
    else if (t.includes('=')) {
      const [k, v] = t.split('=') as [string, string];
      const set = valued.get(k.toLowerCase()) ?? new Set<string>();
      set.add(v.toLowerCase());
      valued.set(k.toLowerCase(), set);
    } else exact.add(t.toLowerCase());
  }
  const tracking = (url: URL): string[] => {
    const found: string[] = [];
    for (const [key, value] of url.searchParams) {
      const k = key.toLowerCase();
      if (exact.has(k) || prefixes.some((p) => k.startsWith(p)) || valued.get(k)?.has(value.toLowerCase())) {
        if (!found.includes(key)) found.push(key);
      }
    }
    return found;
  };
  return {
    tlds: new Set(lists.bareTlds),
    classify(href: string) {
      const url = parseLink(href);
      if (!url) return null;
      const host = url.hostname.replace(/\.$/, '').toLowerCase();
      const path = url.pathname;
      let kind: LinkKind = 'unknown';
      if (matches(commercial, host, path)) kind = 'commercial';
      else if (matches(short, host, path)) kind = 'short';
      else if (matches(wechat, host, path)) kind = 'wechat-article';
      else if (matches(approved, host, path)) kind = 'approved';
      return { kind, host, tracking: tracking(url) };
    },
  };
}

// ---------------------------------------------------------------------------------------------------------
// URL detection in text

export interface TextUrl {
  start: number;
  end: number;
  /** The URL as written (no trailing punctuation). */
  text: string;
  /** True if written with http:// or https://. */
  scheme: boolean;
}

const MAX_URL = 2048;
const MAX_HOST = 253;

function isAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function isHostChar(c: number): boolean {
  return isAlnum(c) || c === 46 /* . */ || c === 45 /* - */;
}

/** ASCII characters allowed in a URL after the host (RFC 3986 unreserved, reserved and %). */
function isUrlChar(c: number): boolean {
  return isAlnum(c) || "-._~:/?#[]@!$&'()*+,;=%".includes(String.fromCharCode(c));
}

/** Characters that glue a token to what is before it (so it cannot start a URL): e-mail, paths, words. */
function gluesBefore(c: number): boolean {
  return (
    isAlnum(c) ||
    c === 46 ||
    c === 45 ||
    c === 95 /* _ */ ||
    c === 64 /* @ */ ||
    c === 47 /* / */ ||
    c === 37 ||
    c === 43 ||
    c === 92 ||
    c === 58
  );
}

function startsWithCI(text: string, i: number, s: string): boolean {
  return text.substr(i, s.length).toLowerCase() === s;
}

/** Trailing characters that belong to the sentence, not to the URL (one pass to count brackets, then trim). */
function trimEnd(text: string, start: number, end: number): number {
  let parens = 0;
  let brackets = 0;
  for (let k = start; k < end; k++) {
    const ch = text[k];
    if (ch === '(') parens++;
    else if (ch === ')') parens--;
    else if (ch === '[') brackets++;
    else if (ch === ']') brackets--;
  }
  let e = end;
  while (e > start) {
    const ch = text[e - 1]!;
    if ('.,;:!?\'"*'.includes(ch)) e--;
    else if (ch === ')' && parens < 0) {
      parens++;
      e--;
    } else if (ch === ']' && brackets < 0) {
      brackets++;
      e--;
    } else break;
  }
  return e;
}

/**
 * Finds URLs in text: http(s)://…, www.…, and bare domains whose top-level domain is in `tlds` (taobao.com/x,
 * t.cn/AbCd, mp.weixin.qq.com/s/x). E-mail addresses are not URLs. A URL ends at the first non-ASCII character
 * (so "见www.gov.cn。" gives www.gov.cn) and loses trailing sentence punctuation. Linear time: every position is
 * looked at a bounded number of times.
 */
export function findUrls(text: string, tlds: ReadonlySet<string>): TextUrl[] {
  const out: TextUrl[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (!isAlnum(c) || (i > 0 && gluesBefore(text.charCodeAt(i - 1)))) {
      i++;
      continue;
    }
    let hostStart = i;
    let scheme = false;
    if (startsWithCI(text, i, 'https://')) {
      hostStart = i + 8;
      scheme = true;
    } else if (startsWithCI(text, i, 'http://')) {
      hostStart = i + 7;
      scheme = true;
    }
    let j = hostStart;
    let dots = 0;
    while (j < n && isHostChar(text.charCodeAt(j))) {
      if (text.charCodeAt(j) === 46) dots++;
      j++;
    }
    const runEnd = j;
    if (dots === 0 && !scheme) {
      // a word or a number, not a domain
      i = Math.max(i + 1, runEnd);
      continue;
    }
    if (runEnd - hostStart > MAX_HOST) {
      i = Math.max(i + 1, runEnd);
      while (i < n && isUrlChar(text.charCodeAt(i))) i++;
      continue;
    }
    // host without trailing dots or hyphens
    let hostEnd = runEnd;
    while (hostEnd > hostStart && (text[hostEnd - 1] === '.' || text[hostEnd - 1] === '-')) hostEnd--;
    const host = text.slice(hostStart, hostEnd).toLowerCase();
    const labels = host.split('.');
    const validHost =
      labels.length >= 2 &&
      labels.every((l) => l.length > 0 && l.length <= 63) &&
      (scheme || tlds.has(labels[labels.length - 1]!)) &&
      !/^\d+$/.test(labels[labels.length - 1]!);
    const ipHost = scheme && /^\d{1,3}(\.\d{1,3}){3}$/.test(host);
    const www = host.startsWith('www.');
    const hasPath = runEnd === hostEnd && /[/?#:]/.test(text[runEnd] ?? '');
    // a bare word like ASP.NET or Vue.JS is not a link: bare domains without a path are written in lower case
    const shouty = !scheme && !www && !hasPath && /[A-Z]/.test(text.slice(hostStart, hostEnd));
    // an e-mail address: user.name@example.com
    const email = text[runEnd] === '@';
    if ((!validHost && !ipHost) || email || shouty) {
      i = Math.max(i + 1, runEnd);
      if (email) {
        // skip the rest of the address
        i = runEnd + 1;
        while (i < n && isHostChar(text.charCodeAt(i))) i++;
      }
      continue;
    }
    let end = hostEnd;
    if (hostEnd === runEnd) {
      // :port
      if (text[end] === ':' && /[0-9]/.test(text[end + 1] ?? '')) {
        end++;
        while (end < n && /[0-9]/.test(text[end]!)) end++;
      }
      const next = text[end];
      if (next === '/' || next === '?' || next === '#') {
        while (end < n && end - i < MAX_URL && isUrlChar(text.charCodeAt(end))) end++;
        if (end - i >= MAX_URL) {
          // absurdly long: not a URL anyone reads; skip it whole
          while (end < n && isUrlChar(text.charCodeAt(end))) end++;
          i = end;
          continue;
        }
      }
    }
    end = trimEnd(text, i, end);
    out.push({ start: i, end, text: text.slice(i, end), scheme });
    i = Math.max(end, runEnd, i + 1);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------
// findings

const RULE_OF: Record<Exclude<LinkKind, 'approved'>, string> = {
  commercial: 'link.commercial',
  short: 'link.short',
  'wechat-article': 'link.wechat-article',
  unknown: 'link.unknown-domain',
};

interface LinkReport {
  ruleId: string;
  message?: string;
}

/** The findings (rule and message) for one classified link; `shown` is the text the user sees. */
function reportsFor(cls: LinkClassification, shown: string): LinkReport[] {
  const out: LinkReport[] = [];
  const showHost = shown.toLowerCase().includes(cls.host) ? '' : `（指向 ${cls.host}）`;
  if (cls.kind !== 'approved') {
    const ruleId = RULE_OF[cls.kind];
    const meta = LINK_RULES.find((r) => r.id === ruleId)!;
    out.push({ ruleId, message: showHost ? meta.message.replace('{text}', `${shown}${showHost}`) : undefined });
  }
  if (cls.tracking.length) {
    const names = cls.tracking.slice(0, 4).join('、');
    out.push({
      ruleId: 'link.tracking',
      message: `链接“${shown}”${showHost}带有分享或统计跟踪参数（${names}），建议删除这些参数后再发布。`,
    });
  }
  return out;
}

export const COMMERCIAL_SIGNAL = 'commercial';

/** At most this many URLs are reported per paragraph. */
const MAX_URLS = 500;

/** Paragraph rule: URLs written in the text. */
export function createTextLinkRule(lists: LinkLists, matcher = createLinkMatcher(lists)): ParagraphRule {
  return {
    kind: 'paragraph',
    rules: LINK_RULES,
    check(p, sink) {
      let n = 0;
      for (const u of findUrls(p.text, matcher.tlds)) {
        if (++n > MAX_URLS) break;
        const cls = matcher.classify(u.text);
        if (!cls) continue;
        if (cls.kind === 'commercial') sink.signal(COMMERCIAL_SIGNAL);
        for (const r of reportsFor(cls, u.text)) {
          sink.report({ ruleId: r.ruleId, start: u.start, end: u.end, message: r.message, url: u.text });
        }
      }
    },
  };
}

/** 'commercial' when a hyperlink or the 原文链接 of the draft points to an e-commerce or ad domain. */
export function linkSignals(draft: Draft, matcher: LinkMatcher): string[] {
  const hrefs = [...(draft.links ?? []).map((l) => l.href), ...(draft.sourceUrl ? [draft.sourceUrl] : [])];
  for (const h of hrefs) {
    if (typeof h === 'string' && matcher.classify(h)?.kind === 'commercial') return [COMMERCIAL_SIGNAL];
  }
  return [];
}

/** Document rule: the adapter's hyperlinks (`draft.links`, reported at their visible text) and `sourceUrl`. */
export function createDocumentLinkRule(lists: LinkLists, matcher = createLinkMatcher(lists)): DocumentRule {
  return {
    kind: 'document',
    rules: LINK_RULES,
    signals: (draft) => linkSignals(draft, matcher),
    check({ draft }, report) {
      const body = draft.body ?? '';
      const emit = (field: Field, start: number, end: number, href: string, shown: string, skip: Set<string>) => {
        const cls = matcher.classify(href);
        if (!cls) return;
        for (const r of reportsFor(cls, shown || href)) {
          if (skip.has(r.ruleId)) continue;
          const c: DocumentCandidate = { ruleId: r.ruleId, field, start, end, url: href.trim() };
          if (r.message) c.message = r.message;
          report(c);
        }
      };
      for (const link of draft.links ?? []) {
        if (!link || typeof link.href !== 'string') continue;
        const { start, end } = link;
        if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > body.length || start > end)
          continue;
        const shown = body.slice(start, end);
        // rules already reported for a URL of the same host written in the visible text
        const skip = new Set<string>();
        const target = matcher.classify(link.href);
        if (!target) continue;
        for (const u of findUrls(shown, matcher.tlds)) {
          const cls = matcher.classify(u.text);
          if (cls && cls.host === target.host) for (const r of reportsFor(cls, u.text)) skip.add(r.ruleId);
        }
        emit('body', start, end, link.href, shown, skip);
      }
      const src = draft.sourceUrl;
      if (typeof src === 'string' && src.trim()) {
        const start = src.length - src.trimStart().length;
        const end = src.trimEnd().length;
        emit('sourceUrl', start, end, src.slice(start, end), src.slice(start, end), new Set());
      }
    },
  };
}

/** Both link rules: text URLs (paragraph rule) and hyperlinks / 原文链接 (document rule). */
export function createLinkRules(lists: LinkLists): RuleModule[] {
  const matcher = createLinkMatcher(lists);
  return [createTextLinkRule(lists, matcher), createDocumentLinkRule(lists, matcher)];
}
