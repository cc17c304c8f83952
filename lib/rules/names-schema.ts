// zod/mini: this schema ships in the content script.
import * as z from 'zod/mini';

/**
 * The admin-maintained list of leaders' names and titles (dictionaries/names.json, or a unit's own file).
 * A title without `to` is current; `from`/`to` are inclusive calendar dates (YYYY-MM-DD).
 *
 * ```json
 * { "people": [ { "name": "张三丰", "titles": [ { "title": "市长", "org": "某某市", "from": "2023-01-05" },
 *                                              { "title": "副市长", "org": "某某市", "from": "2019-02-01", "to": "2023-01-04" } ] } ] }
 * ```
 */

const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const HAN_NAME = /^[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff·]{2,8}$/;

const date = z.optional(z.string().check(z.regex(DATE, '日期格式应为 YYYY-MM-DD')));

export const leaderTitleSchema = z
  .object({
    /** The office as written before or after the name: 市长, 副市长, 市委书记, 常务副市长 … */
    title: z.string().check(z.minLength(1), z.maxLength(20)),
    /** The organisation (某某市, 某某市委); used as context for near-miss detection. */
    org: z.optional(z.string().check(z.minLength(1), z.maxLength(40))),
    from: date,
    to: date,
  })
  .check(z.refine((t) => !t.from || !t.to || t.from <= t.to, { message: '任职开始日期晚于结束日期', path: ['to'] }));

export const leaderSchema = z.object({
  /** Full name in Chinese characters (2–8, · allowed for transliterated names). */
  name: z.string().check(z.regex(HAN_NAME, '姓名应为 2–8 个汉字')),
  titles: z._default(z.array(leaderTitleSchema), []),
  /** Where the titles and dates were checked (URLs or citations). */
  sources: z.optional(z.array(z.string())),
  /** The date this person's titles were checked, when it differs from the list's `asOf` (set when lists merge). */
  asOf: date,
});

/**
 * The protocol order of a body's members as official text lists them (中共中央政治局常委: 习近平、李强、赵乐际 …), for the
 * term from `from` to `to`. A list of their names in another order is a 领导人排序错误.
 */
export const leaderOrderSchema = z.object({
  /** The body, as shown in messages: 中共中央政治局常委, 党和国家领导人. */
  body: z.string().check(z.minLength(1), z.maxLength(40)),
  from: date,
  to: date,
  names: z.array(z.string().check(z.regex(HAN_NAME, '姓名应为 2–8 个汉字'))).check(z.minLength(2)),
  sources: z.optional(z.array(z.string())),
});

export const namesListSchema = z.object({
  /** Optional metadata for admins. */
  version: z.optional(z.string()),
  updated: z.optional(z.string()),
  /** The date up to which the titles were checked (YYYY-MM-DD). */
  asOf: date,
  note: z.optional(z.string()),
  people: z.array(leaderSchema),
  /** Protocol orders of bodies' members (formulation.leader-order). */
  orders: z.optional(z.array(leaderOrderSchema)),
});

export type LeaderTitle = z.infer<typeof leaderTitleSchema>;
export type Leader = z.infer<typeof leaderSchema>;
export type LeaderOrder = z.infer<typeof leaderOrderSchema>;
export type NamesList = z.infer<typeof namesListSchema>;
/** What the factory accepts before defaults are applied (titles may be omitted). */
export type NamesListInput = z.input<typeof namesListSchema>;

/**
 * A unit's own list on top of the built-in one: a person in `extra` replaces the built-in person of the same name
 * (so an admin can correct or extend a record); everybody else is kept.
 */
export function mergeNamesLists(base: NamesList, extra: NamesList | undefined): NamesList {
  if (!extra) return base;
  const own = new Set(extra.people.map((p) => p.name));
  // Each person keeps the date their own list was checked, so the built-in list's age never applies to a unit's own.
  const stamp = (list: NamesList) => (p: Leader) => (p.asOf || !list.asOf ? p : { ...p, asOf: list.asOf });
  // The merged list has no date of its own: every person carries theirs.
  const { asOf: _listDate, ...rest } = base;
  // a unit's own order of a body and term replaces the built-in one
  const key = (o: LeaderOrder) => `${o.body}\u0000${o.from ?? ''}`;
  const ownOrders = new Set((extra.orders ?? []).map(key));
  const orders = [...(base.orders ?? []).filter((o) => !ownOrders.has(key(o))), ...(extra.orders ?? [])];
  return {
    ...rest,
    ...(orders.length ? { orders } : {}),
    people: [...base.people.filter((p) => !own.has(p.name)).map(stamp(base)), ...extra.people.map(stamp(extra))],
  };
}

/**
 * Lists in layers, each merged over the ones before (built-in, then a subscribed bundle's, then the unit's own):
 * undefined layers are skipped and an invalid one is left out, so a bad list on top never hides the others.
 * Unvalidated input in, validated list out (undefined when no layer is valid).
 */
export function layerNamesLists(...layers: unknown[]): NamesList | undefined {
  let out: NamesList | undefined;
  for (const layer of layers) {
    if (layer === undefined) continue;
    const r = namesListSchema.safeParse(layer);
    if (r.success) out = out ? mergeNamesLists(out, r.data) : r.data;
  }
  return out;
}

/** Validates a parsed names list (throws a ZodError naming the bad field). */
export function parseNamesList(data: unknown): NamesList {
  return namesListSchema.parse(data);
}
