import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { z } from 'zod';
import { ruleSettingsSchema } from '../engine/config';
import { formatIssuePath } from '../engine/dictionary/schema';
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
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new UsageError(`--config ${file}: cannot read (${(err as NodeJS.ErrnoException).code ?? 'error'})`);
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
    try {
      data = JSON.parse(readFileSync(path, 'utf8'));
    } catch (err) {
      const e = err as NodeJS.ErrnoException;
      throw new UsageError(`${label}: ${e.code ? `cannot read (${e.code})` : `invalid JSON: ${e.message}`}`);
    }
  }
  const r = namesListSchema.safeParse(data);
  if (!r.success) {
    const i = r.error.issues[0]!;
    throw new UsageError(`${label}: ${formatIssuePath(i.path)}: ${i.message}`);
  }
  return r.data;
}
