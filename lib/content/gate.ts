import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { fallbackPublishControl } from '../editors/fallback';
import { selectorsFor } from '../editors/selectors';
import type { PublishControl } from '../editors/types';
import { countSeverities } from '../engine/findings';
import type { RichFinding } from '../engine/types';
import type { GateMode, ReviewState } from '../messaging/protocol';
import { isApproved } from '../review/status';
import type { EditorController } from './controller';

export type GateReason =
  | 'unrecognised'
  | 'unseen'
  | 'block'
  | 'review'
  | 'stale'
  | 'rejected'
  | 'pending'
  | 'engine'
  | 'warn';

export interface GateDecision {
  allow: boolean;
  reasons: GateReason[];
  control: PublishControl;
  blockFindings: RichFinding[];
  warnCount: number;
  /** Mode "warn": the user may confirm once and click again. */
  confirmable: boolean;
}

/** Everything the gate needs to know at the moment of the click (taken synchronously by the runtime). */
export interface GateSnapshot {
  /** The adapter found the editor and the control belongs to it (false: fail closed). */
  recognised: boolean;
  /** The engine bundle is loaded (undefined mode: not yet). */
  mode?: GateMode;
  requiredLevels: number;
  /** The engine failed to load. */
  engineError?: boolean;
  /** Findings describe the draft as it is now, library passes included where they can block. */
  upToDate: boolean;
  findings: readonly RichFinding[];
  hash?: string;
  review?: ReviewState;
}

/**
 * The gate's decision on a snapshot: pure, so every mode and state is table-tested. Fails closed: an unrecognised
 * editor, a missing engine or an unfinished check stops the publish.
 */
export function decide(s: GateSnapshot, control: PublishControl, confirmedHashes: ReadonlySet<string>): GateDecision {
  const base = { control, blockFindings: [] as RichFinding[], warnCount: 0, confirmable: false };
  // The admin switched the gate off: nothing is stopped, recognised or not.
  if (s.mode === 'off') return { ...base, allow: true, reasons: [] };
  if (!s.recognised) return { ...base, allow: false, reasons: ['unrecognised'] };
  if (s.mode === undefined) return { ...base, allow: false, reasons: [s.engineError ? 'engine' : 'pending'] };
  const blockFindings = s.findings.filter((f) => f.severity === 'block');
  const warnCount = countSeverities(s.findings).warn;
  const reasons: GateReason[] = [];
  if (!s.upToDate) reasons.push('pending');
  const review = s.review && s.review.hash === s.hash ? s.review : undefined;
  // a sign-off of an earlier version while the state of this one is on its way (typing after approval): the draft
  // changed since sign-off, not "never submitted"
  const signedEarlier = !review && s.review !== undefined && (isApproved(s.review) || s.review.stale);
  if (blockFindings.length && !review?.overridden) reasons.push('block');
  if (s.requiredLevels > 0) {
    if (!review) reasons.push(signedEarlier ? 'stale' : 'review');
    else if (!isApproved(review)) {
      const rejected = review.signoffs.some((x) => x.decision === 'reject');
      reasons.push(rejected ? 'rejected' : review.stale ? 'stale' : 'review');
    }
  }
  const unique = [...new Set(reasons)];
  if (s.mode === 'warn') {
    const issues = unique.length > 0 || warnCount > 0;
    if (issues && !(s.hash && confirmedHashes.has(s.hash))) {
      return {
        control,
        blockFindings,
        warnCount,
        allow: false,
        reasons: unique.length ? unique : ['warn'],
        confirmable: true,
      };
    }
    return { control, blockFindings, warnCount, allow: true, reasons: unique, confirmable: false };
  }
  return { control, blockFindings, warnCount, allow: unique.length === 0, reasons: unique, confirmable: false };
}

/** How long after an allowed publish click the page's own publish request counts as "seen" (QR step included). */
export const SEEN_WINDOW_MS = 5 * 60_000;

export interface Gate {
  confirm(hash: string): void;
  /** When the click gate last let a publish through (for the page backstop). */
  lastAllowedAt(): number;
}

/**
 * Installs the publish gate: capture-phase listeners on window run before the site's own handlers. A stopped event
 * is never re-dispatched (sites check isTrusted): after an override, a sign-off or a confirmation the user clicks
 * again. `current()` is the controller of the editor route the page is on now (undefined: not an editor page).
 */
export function installGate(
  ctx: ContentScriptContext,
  current: () => EditorController | undefined,
  show: (d: GateDecision) => void,
): Gate {
  const confirmed = new Set<string>();
  let allowedAt = 0;
  const onEvent = (event: Event) => {
    const c = current();
    if (!c) return;
    let control = c.controlFor(event);
    if (!control) {
      // Not a control the adapter knows: the fail-closed word list decides whether it publishes.
      control = fallbackPublishControl(event, c.adapter, selectorsFor(c.adapter.id));
      if (!control) return;
    } else if (event.type === 'keydown' && (event as KeyboardEvent).isComposing && !control.action.endsWith('-key')) {
      return; // Enter/Space inside an IME composition is the IME's, not an activation
    }
    const d = decide(c.snapshot(control), control, confirmed);
    if (d.allow) {
      allowedAt = Date.now();
      void c.record('publish', {
        outcome: d.reasons.length || d.blockFindings.length ? 'overridden' : 'allowed',
        action: control.action,
      });
      return;
    }
    event.preventDefault();
    event.stopImmediatePropagation();
    if (d.reasons.includes('unrecognised')) c.noteUnrecognisedPublish(control);
    else void c.record('publish', { outcome: 'blocked', action: control.action, reason: d.reasons.join(',') });
    show(d);
  };
  for (const type of ['click', 'keydown', 'submit'] as const) {
    ctx.addEventListener(window, type, onEvent, { capture: true });
  }
  return {
    confirm(hash: string) {
      confirmed.add(hash);
    },
    lastAllowedAt: () => allowedAt,
  };
}
