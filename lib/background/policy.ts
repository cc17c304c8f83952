import { browser } from 'wxt/browser';
import { codedSummary, msg } from '../i18n/ui-message';
import { type Policy, type PolicyProblem, parsePolicy } from '../settings/policy-fields';
import { RecordStore } from '../store/records';
import { ConfigStore } from '../store/settings-store';

export interface PolicyReport {
  /** The valid keys of the policy (undefined when none is set, none is valid or managed storage is unavailable). */
  policy?: Policy;
  /** Keys that were set but are ignored, with the reason. */
  invalid: PolicyProblem[];
  /** The raw managed-storage values, shown read-only in the options page. */
  raw: Record<string, unknown>;
  /** managed storage is not available in this browser (e.g. Firefox without policies). */
  unavailable: boolean;
}

/** Enterprise policy from chrome.storage.managed (Chrome/Edge group policy), parsed key by key. */
export async function readPolicyReport(): Promise<PolicyReport> {
  let raw: Record<string, unknown>;
  try {
    raw = ((await browser.storage.managed.get(null)) ?? {}) as Record<string, unknown>;
  } catch {
    return { raw: {}, invalid: [], unavailable: true }; // no managed storage (Firefox without policies)
  }
  return { ...parsePolicy(raw), raw, unavailable: false };
}

/**
 * The valid part of the enterprise policy; undefined when none is set. Invalid keys are audited once
 * per distinct set (see auditPolicyProblems), not on every read.
 */
export async function readPolicy(): Promise<Policy | undefined> {
  const report = await readPolicyReport();
  void auditPolicyProblems(report.invalid).catch(() => undefined);
  return report.policy;
}

export const POLICY_REPORT_KEY = 'policy-invalid-fingerprint';

export function policyProblemsFingerprint(invalid: readonly PolicyProblem[]): string {
  return JSON.stringify(invalid.map((p) => [p.key, p.message]).sort());
}

/** The last set seen by this process: reads with the same set do not touch the database. */
const seen: { last?: string } = {};

export interface PolicyAuditDeps {
  config: Pick<ConfigStore, 'swapMeta'>;
  records: Pick<RecordStore, 'addAudit'>;
  memory: { last?: string };
}

/**
 * Writes one audit record when the set of invalid policy keys changes (including when it becomes
 * empty again). The fingerprint of the last reported set is kept in the config store, so a service
 * worker restart does not report the same set again. Returns whether an audit record was written.
 */
export async function auditPolicyProblems(invalid: readonly PolicyProblem[], deps?: PolicyAuditDeps): Promise<boolean> {
  const fingerprint = policyProblemsFingerprint(invalid);
  const memory = deps?.memory ?? seen;
  if (fingerprint === memory.last) return false;
  const { config, records } = deps ?? { config: new ConfigStore(), records: new RecordStore() };
  const previous = await config.swapMeta(POLICY_REPORT_KEY, fingerprint);
  memory.last = fingerprint;
  const before = typeof previous === 'string' ? previous : policyProblemsFingerprint([]);
  if (before === fingerprint) return false;
  await records.addAudit({
    action: 'settings-change',
    actor: '单位策略',
    ...codedSummary(
      invalid.length
        ? msg('audit.policy-invalid', { n: invalid.length, keys: invalid.map((p) => p.key).join('、') })
        : msg('audit.policy-fixed'),
    ),
    details: { policy: true, invalid: invalid.map((p) => ({ key: p.key, message: p.message })) },
  });
  return true;
}
