import type { z } from 'zod';
import { SETTINGS_VERSION, type Settings, settingsSchema } from './schema';

/**
 * Rule ids that were renamed: old id → new id. Applied to every stored rule setting (global and per profile) and
 * to policy-locked rules when they are read, so an admin's choice for a rule survives its rename. Add an entry
 * whenever a rule id changes; never remove one.
 */
const RULE_RENAMES: Readonly<Record<string, string>> = {};

type Raw = Record<string, unknown>;

/**
 * Settings record migrations, one per version: MIGRATIONS[v] turns a version v-1 record into version v. They run
 * in order on read, like the IndexedDB schema migrations in lib/store/db.ts. Never edit a released migration.
 * Version 1 is every record written before settings carried a version.
 */
const MIGRATIONS: Record<number, (r: Raw) => Raw> = {
  // 2: the record carries its version. No field changed shape.
  2: (r) => r,
  // 3: the UI language may follow the browser ('auto', the new default). Before, only 中文/English existed and
  // 中文 was the default, so a stored 'zh_CN' cannot be told from "never chosen": it becomes 'auto', which is
  // Chinese in every browser that lists Chinese among its languages. An explicit 'en' is kept.
  3: (r) => (r.locale === 'zh_CN' ? { ...r, locale: 'auto' } : r),
};

export interface SettingsLoad {
  settings: Settings;
  /** The record was older than this build and was upgraded in memory (written back on the next save). */
  migrated: boolean;
  /** Fields that failed validation and were replaced by their defaults ('' = the record itself). */
  problems: string[];
  /** Written by a newer version of the extension: read what validates, but saving would lose its new fields. */
  newer: boolean;
}

/** Renames rule ids in a rule-settings record; an existing setting for the new id wins. */
export function renameRules(rules: unknown, renames: Readonly<Record<string, string>> = RULE_RENAMES): unknown {
  if (!rules || typeof rules !== 'object' || Array.isArray(rules)) return rules;
  let out: Raw | undefined;
  for (const [from, to] of Object.entries(renames)) {
    if (!Object.hasOwn(rules, from)) continue;
    out ??= { ...(rules as Raw) };
    if (!Object.hasOwn(out, to)) out[to] = out[from];
    delete out[from];
  }
  return out ?? rules;
}

function withRenames(r: Raw, renames: Readonly<Record<string, string>>): Raw {
  const out: Raw = { ...r };
  if ('rules' in out) out.rules = renameRules(out.rules, renames);
  if (Array.isArray(out.profiles)) {
    out.profiles = out.profiles.map((p) =>
      p && typeof p === 'object' && 'rules' in p ? { ...p, rules: renameRules((p as Raw).rules, renames) } : p,
    );
  }
  return out;
}

const shape = settingsSchema.shape as Record<string, z.ZodType>;
const LIST_FIELDS = new Set(['reviewers', 'profiles', 'extraDomains', 'extraSources', 'spellingWords']);

/**
 * Reads a stored settings record: migrates it to the current version, applies rule renames, and validates it
 * field by field. A field that fails validation falls back to its default and is reported in `problems`; every
 * valid field is kept (one bad entry must not wipe the reviewers, the gate mode or the admin password). In a
 * list, only the invalid items are dropped.
 */
export function loadSettings(value: unknown, renames: Readonly<Record<string, string>> = RULE_RENAMES): SettingsLoad {
  if (value === undefined) return { settings: settingsSchema.parse({}), migrated: false, problems: [], newer: false };
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    return { settings: settingsSchema.parse({}), migrated: false, problems: [''], newer: false };
  }
  let r = value as Raw;
  const stored = typeof r.schemaVersion === 'number' && Number.isInteger(r.schemaVersion) ? r.schemaVersion : 1;
  const newer = stored > SETTINGS_VERSION;
  for (let v = stored + 1; v <= SETTINGS_VERSION; v++) r = MIGRATIONS[v]?.(r) ?? r;
  r = withRenames({ ...r, schemaVersion: Math.max(stored, SETTINGS_VERSION) }, renames);
  const migrated = stored < SETTINGS_VERSION;

  const whole = settingsSchema.safeParse(r);
  if (whole.success) return { settings: whole.data, migrated, problems: [], newer };

  const problems: string[] = [];
  const salvaged: Raw = {};
  for (const [key, field] of Object.entries(shape)) {
    if (!(key in r)) continue;
    const one = field.safeParse(r[key]);
    if (one.success) {
      salvaged[key] = r[key];
      continue;
    }
    if (LIST_FIELDS.has(key) && Array.isArray(r[key])) {
      const item = (field as unknown as { unwrap?: () => z.ZodType }).unwrap?.() ?? field;
      const element = (item as unknown as { element?: z.ZodType }).element;
      if (element) {
        const kept = (r[key] as unknown[]).filter((x) => element.safeParse(x).success);
        salvaged[key] = kept;
        problems.push(`${key}[${(r[key] as unknown[]).length - kept.length}]`);
        continue;
      }
    }
    problems.push(key);
  }
  const again = settingsSchema.safeParse(salvaged);
  // Cross-field checks (if any) can still fail: then defaults, reported as the record itself.
  if (!again.success) return { settings: settingsSchema.parse({}), migrated, problems: [''], newer };
  return { settings: again.data, migrated, problems, newer };
}
