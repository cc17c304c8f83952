import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { PublishControl } from '../editors/types';
import type { RichFinding } from '../engine/types';
import { isApproved } from '../review/status';
import type { EditorController } from './controller';

export type GateReason = 'block' | 'review' | 'stale' | 'rejected' | 'pending' | 'engine' | 'warn';

export interface GateDecision {
  allow: boolean;
  reasons: GateReason[];
  control: PublishControl;
  blockFindings: RichFinding[];
  warnCount: number;
  /** Mode "warn": the user may confirm once and click again. */
  confirmable: boolean;
}

/**
 * Decides synchronously, inside the event handler, whether a publish action may proceed: re-checks
 * the draft if it changed since the last check, then looks at block findings and the cached review
 * state of this exact content.
 */
export function decide(
  c: EditorController,
  control: PublishControl,
  confirmedHashes: ReadonlySet<string>,
): GateDecision {
  const base = { control, blockFindings: [] as RichFinding[], warnCount: 0, confirmable: false };
  const loaded = c.loaded;
  if (!loaded) return { ...base, allow: false, reasons: [c.state.error ? 'engine' : 'pending'] };
  const mode = loaded.bundle.gate.mode;
  if (mode === 'off') return { ...base, allow: true, reasons: [] };
  const { upToDate } = c.ensureFresh();
  const s = c.state;
  const blockFindings = s.findings.filter((f) => f.severity === 'block');
  const warnCount = s.findings.filter((f) => f.severity === 'warn').length;
  const reasons: GateReason[] = [];
  if (!upToDate) reasons.push('pending');
  const review = s.review && s.review.hash === s.hash ? s.review : undefined;
  if (blockFindings.length && !review?.overridden) reasons.push('block');
  const required = loaded.bundle.gate.requiredLevels;
  if (required > 0) {
    if (!review) reasons.push('pending');
    else if (!isApproved(review)) {
      const rejected = review.signoffs.some((x) => x.decision === 'reject');
      reasons.push(rejected ? 'rejected' : review.stale ? 'stale' : 'review');
    }
  }
  const unique = [...new Set(reasons)];
  if (mode === 'warn') {
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

/**
 * Installs the publish gate: capture-phase listeners on window run before the site's own handlers.
 * A stopped event is never re-dispatched (sites check isTrusted): after an override, a sign-off or a
 * confirmation the user clicks again.
 */
export function installGate(
  ctx: ContentScriptContext,
  c: EditorController,
  show: (d: GateDecision) => void,
): { confirm(hash: string): void } {
  const confirmed = new Set<string>();
  const onEvent = (event: Event) => {
    if (event.type === 'keydown') {
      const k = event as KeyboardEvent;
      if (k.isComposing) return;
    }
    const control = c.controlFor(event);
    if (!control) return;
    const d = decide(c, control, confirmed);
    if (d.allow) {
      void c.record('publish', {
        outcome: d.reasons.length || d.blockFindings.length ? 'overridden' : 'allowed',
        action: control.action,
      });
      return;
    }
    event.preventDefault();
    event.stopImmediatePropagation();
    void c.record('publish', { outcome: 'blocked', action: control.action, reason: d.reasons.join(',') });
    show(d);
  };
  for (const type of ['click', 'keydown', 'submit'] as const) {
    ctx.addEventListener(window, type, onEvent, { capture: true });
  }
  return {
    confirm(hash: string) {
      confirmed.add(hash);
    },
  };
}
