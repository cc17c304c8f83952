// Background and CLI only: the content script trusts what the background validated (keeps it small).
import * as z from 'zod/mini';
import type { SelectorOverrides } from './selectors';

const list = z.array(z.string().check(z.minLength(1), z.maxLength(300))).check(z.maxLength(50));

/** What a signed bundle may carry per adapter id (all optional; unknown keys rejected so typos are visible). */
const selectorOverrideSchema = z.strictObject({
  version: z.optional(z.string().check(z.maxLength(40))),
  fields: z.optional(z.record(z.string(), list)),
  controls: z.optional(z.record(z.string(), list)),
  publishTexts: z.optional(list),
  confirmTexts: z.optional(list),
  notPublishTexts: z.optional(list),
  dialogs: z.optional(list),
  disabledClasses: z.optional(list),
});

const selectorOverridesSchema = z.record(z.string(), selectorOverrideSchema);

/**
 * Validates overrides (from a signed bundle) and checks each selector compiles; returns readable errors and applies
 * nothing when there is any (the built-ins stay).
 */
export function validateSelectorOverrides(
  raw: unknown,
  compiles: (selector: string) => boolean = () => true,
): { ok: true; value: SelectorOverrides } | { ok: false; errors: string[] } {
  const r = selectorOverridesSchema.safeParse(raw);
  if (!r.success) {
    return {
      ok: false,
      errors: r.error.issues.slice(0, 10).map((i) => `adapters.${i.path.join('.')}: ${i.message}`),
    };
  }
  const errors: string[] = [];
  for (const [id, o] of Object.entries(r.data)) {
    const groups = [o.fields, o.controls, { dialogs: o.dialogs ?? [] }];
    for (const g of groups) {
      for (const [name, sels] of Object.entries(g ?? {})) {
        for (const s of sels) if (!compiles(s)) errors.push(`adapters.${id}.${name}: 选择器无效：${s}`);
      }
    }
  }
  return errors.length ? { ok: false, errors } : { ok: true, value: r.data };
}
