import { z } from 'zod';
import { compileRe2 } from '../engine/dictionary/regex';

/**
 * Approved repost sources (dictionaries/sources.json). Names are compared after normalisation (spaces, quotes and
 * a trailing parenthesis removed), as a whole or after removing one account suffix (央视新闻客户端 → 央视新闻).
 * `governmentPatterns` are RE2 regular expressions (linear-time, safe for admin-supplied patterns) matched against
 * the whole normalised name.
 */

/**
 * The schema, made on first use: a check whose source list comes from the CLI's table cache never validates one, and
 * building the zod schema cost ≈ 2-3 ms of every CLI start.
 */
function makeSourceListSchema() {
  const name = z
    .string()
    .transform((s) => s.replace(/[\s\u3000]+/g, ''))
    .pipe(z.string().min(1, '名称不能为空 (empty name)').max(60, '名称过长 (name longer than 60 characters)'));

  const re2Pattern = z.string().superRefine((p, ctx) => {
    try {
      compileRe2(p);
    } catch (err) {
      ctx.addIssue({ code: 'custom', message: `不是有效的 RE2 正则 (invalid RE2 pattern): ${(err as Error).message}` });
    }
  });

  return z
    .object({
      format: z.literal(1).default(1),
      description: z.string().optional(),
      /** Groups of approved names (central media, central sites, ministries, provincial party papers …). */
      approved: z.record(z.string(), z.array(name)).default({}),
      /** The province's (city's) designated sources, added by an admin. */
      designated: z.array(name).default([]),
      /** What a unit calls its own content (本网, 本报, 原创): always fine. */
      ownSources: z.array(name).default([]),
      /** Account / channel suffixes removed before matching (客户端, 微信公众号, 网 …). */
      accountSuffixes: z.array(name).default([]),
      /** RE2 patterns for party and government bodies and their accounts (XX市人民政府, XX交警, 平安XX, XX发布 …). */
      governmentPatterns: z.array(re2Pattern).default([]),
      /** RE2 patterns for local media (XX日报, XX晚报, XX广播电视台): approved only if designated, else advice (info). */
      localOutletPatterns: z.array(re2Pattern).default([]),
      /** Commercial self-media platforms (百家号, 头条号 …): not approved unless the account's owner is. */
      selfMedia: z.array(name).default([]),
      /** Words that mark a company (公司, 集团, 有限 …): never approved by pattern. */
      commercialMarkers: z.array(name).default([]),
      /** Vague attributions (网络, 网友 …): never approved. */
      unspecified: z.array(name).default([]),
    })
    .strict();
}

let schema: ReturnType<typeof makeSourceListSchema> | undefined;
/** The source list schema (made once, on first use). */
export function sourceListSchema(): ReturnType<typeof makeSourceListSchema> {
  schema ??= makeSourceListSchema();
  return schema;
}

export type SourceList = z.infer<ReturnType<typeof makeSourceListSchema>>;
export type SourceListInput = z.input<ReturnType<typeof makeSourceListSchema>>;

/** Validates parsed JSON (e.g. dictionaries/sources.json); throws a ZodError on bad data. */
export function loadSourceList(json: unknown): SourceList {
  return sourceListSchema().parse(json);
}

/** Adds an admin's designated sources (or any other additions) to a base list. */
export function mergeSourceList(base: SourceList, extra: SourceListInput): SourceList {
  const add = sourceListSchema().parse(extra);
  const uniq = (a: string[], b: string[]) => [...new Set([...a, ...b])];
  const approved: Record<string, string[]> = { ...base.approved };
  for (const [group, names] of Object.entries(add.approved)) approved[group] = uniq(approved[group] ?? [], names);
  return {
    ...base,
    approved,
    designated: uniq(base.designated, add.designated),
    ownSources: uniq(base.ownSources, add.ownSources),
    accountSuffixes: uniq(base.accountSuffixes, add.accountSuffixes),
    governmentPatterns: uniq(base.governmentPatterns, add.governmentPatterns),
    localOutletPatterns: uniq(base.localOutletPatterns, add.localOutletPatterns),
    selfMedia: uniq(base.selfMedia, add.selfMedia),
    commercialMarkers: uniq(base.commercialMarkers, add.commercialMarkers),
    unspecified: uniq(base.unspecified, add.unspecified),
  };
}
