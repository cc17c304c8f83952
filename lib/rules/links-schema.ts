// zod/mini: this schema ships in the content script.
import * as z from 'zod/mini';

/**
 * Link lists (dictionaries/links.json). Domain entries match the domain itself and every subdomain
 * ("gov.cn" matches www.gov.cn and www.qingdao.gov.cn); an entry may carry a path prefix
 * ("mp.weixin.qq.com/s" matches https://mp.weixin.qq.com/s/abc and /s?__biz=…).
 */

const domainEntry = z.pipe(
  z.pipe(
    z.string(),
    z.transform((s: string) => s.trim().toLowerCase()),
  ),
  z
    .string()
    .check(
      z.regex(
        /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z0-9-]{1,63}(?:\/[^\s]*)?$/,
        '不是有效的域名（可带路径前缀），如 gov.cn 或 mp.weixin.qq.com/s (not a domain or domain/path)',
      ),
    ),
);

/** "utm_*" (prefix), "spm" (any value) or "from=singlemessage" (that value only). */
const trackingEntry = z
  .string()
  .check(
    z.minLength(1),
    z.regex(
      /^[A-Za-z0-9_.\-[\]]+(\*|=[^&=\s]+)?$/,
      '跟踪参数写法为 name、name* 或 name=value (tracking parameter: name, prefix* or name=value)',
    ),
  );

const tld = z.pipe(
  z.pipe(
    z.string(),
    z.transform((s: string) => s.trim().toLowerCase()),
  ),
  z.string().check(z.regex(/^[a-z]{2,24}$/, '顶级域名只能包含字母 (TLD: letters only)')),
);

const list = <T extends z.ZodMiniType>(item: T) => z._default(z.array(item), []);

export const linkListsSchema = z.strictObject({
  format: z._default(z.literal(1), 1),
  description: z.optional(z.string()),
  /** Government and central media domains: links to them pass. */
  approved: list(domainEntry),
  /** Admin additions (the province's designated sites). */
  localApproved: list(domainEntry),
  /** WeChat article links → info. */
  wechatArticle: list(domainEntry),
  /** E-commerce and advertising domains → block. */
  commercial: list(domainEntry),
  /** Short-link services → warn (expand before publishing). */
  short: list(domainEntry),
  /** Tracking query parameters → info. */
  trackingParams: list(trackingEntry),
  /** Top-level domains recognised for links written without http:// or www. (taobao.com/xxx, t.cn/AbCd). */
  bareTlds: z._default(z.array(tld), ['cn', 'com', 'net', 'org']),
});

export type LinkLists = z.infer<typeof linkListsSchema>;
export type LinkListsInput = z.input<typeof linkListsSchema>;

/** Validates parsed JSON (e.g. dictionaries/links.json) into link lists; throws a ZodError on bad data. */
export function loadLinkLists(json: unknown): LinkLists {
  return linkListsSchema.parse(json);
}

/** Merges admin additions into a base list (arrays are concatenated, duplicates removed). */
export function mergeLinkLists(base: LinkLists, extra: Partial<LinkListsInput>): LinkLists {
  const add = z.partial(linkListsSchema).parse(extra);
  const merged = { ...base };
  for (const key of [
    'approved',
    'localApproved',
    'wechatArticle',
    'commercial',
    'short',
    'trackingParams',
    'bareTlds',
  ] as const) {
    const more = add[key];
    if (extra[key] !== undefined && more) merged[key] = [...new Set([...base[key], ...more])];
  }
  return merged;
}
