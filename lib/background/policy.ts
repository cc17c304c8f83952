import { browser } from 'wxt/browser';
import { type Policy, policySchema } from '../settings/schema';

/** Enterprise policy from chrome.storage.managed (Chrome/Edge group policy); undefined when none is set. */
export async function readPolicy(): Promise<Policy | undefined> {
  try {
    const raw = await browser.storage.managed.get(null);
    if (!raw || Object.keys(raw).length === 0) return undefined;
    const r = policySchema.safeParse(raw);
    return r.success ? r.data : undefined;
  } catch {
    return undefined; // no managed storage (Firefox without policies, or not configured)
  }
}
