import { dirname, resolve } from 'node:path';
import { z } from 'zod';
import { formatIssuePath } from '../dict/schema';
import { ruleSettingsSchema } from '../engine/config';
import { FileReadError, MAX_CONFIG_BYTES, readTextCapped } from '../node/read-capped';
import { UsageError } from './errors';

/** `--config FILE` per the contract: rule severities, extra dictionaries, user words for spelling. */
export const cliConfigSchema = z
  .object({
    rules: z._default(ruleSettingsSchema, {}),
    dictionaries: z.array(z.string().min(1)).default([]),
    words: z.array(z.string().min(1)).default([]),
  })
  .strict();
export type CliConfig = z.infer<typeof cliConfigSchema> & { baseDir: string };

export function loadCliConfig(file: string): CliConfig {
  let text: string;
  try {
    text = readTextCapped(file, MAX_CONFIG_BYTES);
  } catch (err) {
    throw new UsageError(`--config ${file}: ${err instanceof FileReadError ? err.message : 'cannot read'}`);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    throw new UsageError(`--config ${file}: invalid JSON: ${(err as Error).message}`);
  }
  const r = cliConfigSchema.safeParse(value);
  if (!r.success) {
    const i = r.error.issues[0]!;
    throw new UsageError(`--config ${file}: ${formatIssuePath(i.path)}: ${i.message}`);
  }
  const baseDir = dirname(resolve(file));
  return { ...r.data, dictionaries: r.data.dictionaries.map((d) => resolve(baseDir, d)), baseDir };
}
