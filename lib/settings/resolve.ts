import type { RuleSettings } from '../engine/config';
import type { GateConfig } from '../messaging/protocol';
import type { Policy, Profile, Settings } from './schema';

export const DEFAULT_PROFILE = { id: 'default', name: '默认' } as const;

export interface Effective {
  profile: { id: string; name: string };
  rules: RuleSettings;
  gate: GateConfig;
  /** Keys fixed by enterprise policy (shown read-only). */
  locked: { rules: string[]; gateMode: boolean; requiredLevels: boolean; reviewers: boolean; subscription: boolean; dictionaries: boolean };
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
  const rules: RuleSettings = { ...settings.rules, ...(profile?.rules ?? {}), ...(policy?.lockedRules ?? {}) };
  const gate: GateConfig = {
    mode: policy?.gateMode ?? profile?.gateMode ?? settings.gateMode,
    requiredLevels: policy?.requiredLevels ?? profile?.requiredLevels ?? settings.requiredLevels,
  };
  return {
    profile: profile ? { id: profile.id, name: profile.name } : { ...DEFAULT_PROFILE },
    rules,
    gate,
    locked: {
      rules: Object.keys(policy?.lockedRules ?? {}),
      gateMode: policy?.gateMode !== undefined,
      requiredLevels: policy?.requiredLevels !== undefined,
      reviewers: Boolean(policy?.lockReviewers),
      subscription: policy?.subscriptionUrl !== undefined,
      dictionaries: Boolean(policy?.lockDictionaries),
    },
  };
}
