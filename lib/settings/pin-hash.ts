import { z } from 'zod';

/** A PBKDF2-SHA256 hash of a reviewer PIN or the admin password (its own module: the policy table uses it too). */
export const pinHashSchema = z.object({
  algorithm: z.literal('PBKDF2-SHA256'),
  iterations: z.number().int().min(10_000),
  salt: z.string(), // base64
  hash: z.string(), // base64
  /** Length of the secret when it was set (only recorded since PINs must have 6+ digits). */
  minLength: z.number().int().optional(),
});
export type PinHash = z.infer<typeof pinHashSchema>;
