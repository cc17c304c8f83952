// zod/mini: bundled into the content script (the gate configuration travels in the engine bundle).
import * as z from 'zod/mini';

/** The publish gate's configuration: mode and required sign-off levels (settings, policy and profiles resolve to it). */

export const gateModeSchema = z.enum(['block', 'warn', 'off']);
export type GateMode = z.infer<typeof gateModeSchema>;

export const gateConfigSchema = z.object({
  mode: gateModeSchema,
  /** Approving sign-offs required before publishing (先审后发): 0–3 levels 初审/复审/终审. */
  requiredLevels: z.number().check(z.int(), z.minimum(0), z.maximum(3)),
  /** The page backstop cancels publish requests the click gate did not let through (not only logs them). */
  strictBackstop: z.optional(z.boolean()),
});
export type GateConfig = z.infer<typeof gateConfigSchema>;
