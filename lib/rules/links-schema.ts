import { z } from 'zod';

/**
 * Link lists (dictionaries/links.json). Domain entries match the domain itself and every subdomain
 * ("gov.cn" matches www.gov.cn and www.qingdao.gov.cn); an entry may carry a path prefix
 * ("mp.weixin.qq.com/s" matches https://mp.weixin.qq.com/s/abc and /s?__biz=…).
 */

const domainEntry = z
  .string()
  .transform((s) => s.trim().toLowerCase())
  .pipe(
    z
      .string()
      .regex(
        /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z0-9-]{1,63}(?:\/[^\s]*)?$/,
        '不是有效的域名（可带路径前缀），如 gov.cn 或 mp.weixin.qq.com/s (not a domain or domain/path)',
      ),
  );

/** "utm_*" (prefix), "spm" (any value) or "from=singlemessage" (that value only). */
const trackingEntry = z
  .string()
  .min(1)
  .regex(
    /^[A-Za-z0-9_.\-[\]]+(\*|=[^&=\s]+)?$/,
    '跟踪参数写法为 name、name* 或 name=value (tracking parameter: name, prefix* or name=value)',
  );

const tld = z
  .string()
  .transform((s) => s.trim().toLowerCase())
  .pipe(z.string().regex(/^[a-z]{2,24}$/, '顶级域名只能包含字母 (TLD: letters only)'));

export const linkListsSchema = z
  .object({
    format: z.literal(1).default(1),
    description: z.string().optional(),
    /** Government and central media domains: links to them pass. */
    approved: z.array(domainEntry).default([]),
    /** Admin additions (the province's designated sites). */
    localApproved: z.array(domainEntry).default([]),
    /** WeChat article links → info. */
    wechatArticle: z.array(domainEntry).default([]),
    /** E-commerce and advertising domains → block. */
    commercial: z.array(domainEntry).default([]),
    /** Short-link services → warn (expand before publishing). */
    short: z.array(domainEntry).default([]),
    /** Tracking query parameters → info. */
    trackingParams: z.array(trackingEntry).default([]),
    /** Top-level domains recognised for links written without http:// or www. (taobao.com/xxx, t.cn/AbCd). */
    bareTlds: z.array(tld).default(['cn', 'com', 'net', 'org']),
  })
  .strict();

export type LinkLists = z.infer<typeof linkListsSchema>;
export type LinkListsInput = z.input<typeof linkListsSchema>;

/** Validates parsed JSON (e.g. dictionaries/links.json) into link lists; throws a ZodError on bad data. */
export function loadLinkLists(json: unknown): LinkLists {
  return linkListsSchema.parse(json);
}

/** Merges admin additions into a base list (arrays are concatenated, duplicates removed). */
export function mergeLinkLists(base: LinkLists, extra: Partial<LinkListsInput>): LinkLists {
  const add = linkListsSchema.partial().parse(extra);
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
