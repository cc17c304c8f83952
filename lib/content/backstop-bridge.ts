import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { BACKSTOP_PING_EVENT, BACKSTOP_REQUEST_EVENT } from '../backstop/endpoints';
import { request } from '../messaging/client';
import type { EditorController } from './controller';
import { type GateDecision, SEEN_WINDOW_MS } from './gate';

interface Deps {
  current(): EditorController | undefined;
  /** When the click gate last let a publish through. */
  lastAllowedAt(): number;
  show(d: GateDecision): void;
}

/**
 * The content-script side of the page-world backstop (lib/backstop/page.ts). A publish request the click gate did
 * not let through within the last few minutes is recorded in the audit log; in strict mode it is cancelled and the
 * gate dialog explains why. The channel is a cancelable DOM event: whatever the page does with it, it can only add
 * cancellations, never let anything through.
 */
export function installBackstopBridge(ctx: ContentScriptContext, deps: Deps): { active(): boolean } {
  let strict: boolean | undefined;
  const loadStrict = () =>
    request('gate/settings', {})
      .then((s) => {
        strict = s.strictBackstop;
      })
      .catch(() => undefined);
  void loadStrict();

  ctx.addEventListener(
    document,
    BACKSTOP_REQUEST_EVENT as 'click',
    (e: Event) => {
      let endpoint = '';
      try {
        const detail = JSON.parse(String((e as CustomEvent).detail ?? '{}')) as { endpoint?: unknown };
        endpoint = typeof detail.endpoint === 'string' ? detail.endpoint.slice(0, 200) : '';
      } catch {
        endpoint = '';
      }
      if (Date.now() - deps.lastAllowedAt() < SEEN_WINDOW_MS) return; // the click gate let this publish through
      const c = deps.current();
      const cancel = c?.loaded?.bundle.gate.strictBackstop ?? strict ?? false;
      if (cancel) e.preventDefault();
      void request('page/event', {
        kind: 'unseen-publish',
        adapter: c?.adapter.id ?? 'none',
        page: `${location.origin}${location.pathname}`,
        endpoint,
        cancelled: cancel,
      }).catch(() => undefined);
      if (cancel) {
        deps.show({
          allow: false,
          reasons: ['unseen'],
          control: { action: 'page-request', label: '发布' },
          blockFindings: [],
          warnCount: 0,
          confirmable: false,
        });
      }
    },
    { capture: true },
  );

  return {
    /** The page-world script answers the ping by cancelling it. */
    active(): boolean {
      return !document.dispatchEvent(new CustomEvent(BACKSTOP_PING_EVENT, { cancelable: true }));
    },
  };
}
