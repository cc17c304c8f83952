import { dirname, resolve } from 'node:path';
import { z } from 'zod';
import { ruleSettingsSchema } from '../engine/config';
import { formatIssuePath } from '../engine/dictionary/schema';
import { FileReadError, MAX_CONFIG_BYTES, MAX_DICTIONARY_BYTES, readTextCapped } from '../node/read-capped';
import { type NamesList, namesListSchema } from '../rules/names-schema';
import { UsageError } from './errors';

/**
 * `--config FILE` per the contract: rule severities, extra dictionaries, user words for spelling, and `names`: the
 * unit's leaders (names-schema.ts), inline or as the path of a JSON file, merged over the built-in list.
 */
export const cliConfigSchema = z
  .object({
    rules: z._default(ruleSettingsSchema, {}),
    dictionaries: z.array(z.string().min(1)).default([]),
    words: z.array(z.string().min(1)).default([]),
    names: z.union([z.string().min(1), z.record(z.string(), z.unknown())]).optional(),
  })
  .strict();
export type CliConfig = Omit<z.infer<typeof cliConfigSchema>, 'names'> & { baseDir: string; names?: NamesList };

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
  return {
    ...r.data,
    dictionaries: r.data.dictionaries.map((d) => resolve(baseDir, d)),
    baseDir,
    names: r.data.names === undefined ? undefined : loadNames(r.data.names, baseDir, file),
  };
}

function loadNames(value: string | Record<string, unknown>, baseDir: string, file: string): NamesList {
  let data: unknown = value;
  let label = `--config ${file}: names`;
  if (typeof value === 'string') {
    const path = resolve(baseDir, value);
    label = `--config ${file}: names ${value}`;
    let text: string;
    try {
      text = readTextCapped(path, MAX_DICTIONARY_BYTES);
    } catch (err) {
      throw new UsageError(`${label}: ${err instanceof FileReadError ? err.message : 'cannot read'}`);
    }
    try {
      data = JSON.parse(text);
    } catch (err) {
      throw new UsageError(`${label}: invalid JSON: ${(err as Error).message}`);
    }
  }
  const r = namesListSchema.safeParse(data);
  if (!r.success) {
    const i = r.error.issues[0]!;
    throw new UsageError(`${label}: ${formatIssuePath(i.path)}: ${i.message}`);
  }
  return r.data;
}
