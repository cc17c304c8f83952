import type { RuleSettings } from '../engine/config';
import type { GateConfig } from './gate';
import { renameRules } from './migrate';
import { RETENTION_FLOOR_DAYS } from './retention-rule';
import type { Policy, Profile, Reviewer, Settings } from './schema';

export const DEFAULT_PROFILE = { id: 'default', name: '默认' } as const;

export interface Effective {
  profile: { id: string; name: string };
  rules: RuleSettings;
  gate: GateConfig;
  /** Keys fixed by enterprise policy (shown read-only). */
  locked: {
    rules: string[];
    gateMode: boolean;
    requiredLevels: boolean;
    strictBackstop: boolean;
    retention: boolean;
    reviewers: boolean;
    subscription: boolean;
    dictionaries: boolean;
  };
}

/** The profile whose account list names this account (exact match after trimming), if any. */
export function profileFor(settings: Settings, account: string | undefined): Profile | undefined {
  const name = account?.trim();
  if (!name) return undefined;
  return settings.profiles.find((p) => p.accounts.some((a) => a.trim() === name));
}

/** Precedence: enterprise policy > account profile > default settings. */
export function resolveEffective(settings: Settings, policy: Policy | undefined, account?: string): Effective {
  const profile = profileFor(settings, account);
  // Policies name rules as they were when written: renamed ids still lock their successors.
  const locked = renameRules(policy?.lockedRules ?? {}) as RuleSettings;
  // A category locked by policy also locks every rule in it: user and profile settings for its rule
  // ids must not slip past the lock (a rule id would otherwise win over its category).
  const lockedCategories = Object.keys(locked).filter((k) => !k.includes('.'));
  const unlocked = (r: RuleSettings) =>
    Object.fromEntries(
      Object.entries(r).filter(([k]) => !(k in locked) && !lockedCategories.some((c) => k.startsWith(`${c}.`))),
    );
  const rules: RuleSettings = { ...unlocked(settings.rules), ...unlocked(profile?.rules ?? {}), ...locked };
  const gate: GateConfig = {
    mode: policy?.gateMode ?? profile?.gateMode ?? settings.gateMode,
    requiredLevels: policy?.requiredLevels ?? profile?.requiredLevels ?? settings.requiredLevels,
    strictBackstop: policy?.strictBackstop ?? settings.strictBackstop,
  };
  return {
    profile: profile ? { id: profile.id, name: profile.name } : { ...DEFAULT_PROFILE },
    rules,
    gate,
    locked: {
      rules: Object.keys(locked),
      gateMode: policy?.gateMode !== undefined,
      requiredLevels: policy?.requiredLevels !== undefined,
      strictBackstop: policy?.strictBackstop !== undefined,
      retention: policy?.retentionDays !== undefined,
      reviewers: Boolean(policy?.lockReviewers),
      subscription: policy?.subscriptionUrl !== undefined,
      dictionaries: Boolean(policy?.lockDictionaries),
    },
  };
}

/** Reviewers: those pushed by policy (no PINs; identified by name) replace the local list when present. */
export function effectiveReviewers(settings: Settings, policy: Policy | undefined): Reviewer[] {
  if (!policy?.reviewers?.length) return settings.reviewers;
  return policy.reviewers.map((r) => {
    const local = settings.reviewers.find((x) => x.name === r.name && x.level === r.level);
    return {
      id: `policy:${r.name}:${r.level}`,
      name: r.name,
      level: r.level,
      ...(local?.pin ? { pin: local.pin } : {}),
    };
  });
}

/** Record retention in effect: policy retentionDays wins and locks the setting; minRetentionDays raises the floor. */
export function effectiveRetention(
  settings: Pick<Settings, 'retentionDays'>,
  policy: Policy | undefined,
): { days: number; minRetentionDays?: number; floorDays: number; locked: boolean } {
  const min = policy?.minRetentionDays;
  return {
    days: policy?.retentionDays ?? settings.retentionDays,
    ...(min !== undefined ? { minRetentionDays: min } : {}),
    floorDays: Math.max(RETENTION_FLOOR_DAYS, min ?? 0),
    locked: policy?.retentionDays !== undefined,
  };
}
