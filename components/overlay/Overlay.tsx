import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { applySuggestion, revealFinding } from '../../lib/content/apply';
import type { EditorController } from '../../lib/content/controller';
import type { GateDecision } from '../../lib/content/gate';
import type { RichFinding } from '../../lib/engine/types';
import { request } from '../../lib/messaging/client';
import { Banner } from './Banner';
import { FindingCard } from './FindingCard';
import { GateDialog } from './GateDialog';
import { Panel } from './Panel';
import { type Marked, Underlines } from './Underlines';
import { useControllerState } from './use-controller';

export interface OverlayApi {
  showGate(d: GateDecision): void;
  jump(fingerprint: string): boolean;
}

interface Props {
  controller: EditorController;
  host: HTMLElement;
  confirm(hash: string): void;
  api(a: OverlayApi): void;
}

/** The whole in-page UI, rendered in a shadow root: underlines, hover card, side panel, gate dialog. */
export function Overlay({ controller: c, host, confirm, api }: Props) {
  const state = useControllerState(c);
  const [card, setCard] = useState<{ finding: RichFinding; x: number; y: number }>();
  const [panelOpen, setPanelOpen] = useState(false);
  const [gate, setGate] = useState<GateDecision>();
  const [flash, setFlash] = useState<string>();
  const overCard = useRef(false);
  const hideTimer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const showTimer = useRef<ReturnType<typeof setTimeout>>(undefined);

  const jump = useCallback(
    (f: RichFinding) => {
      revealFinding(c, f);
      setFlash(f.fingerprint);
      setTimeout(() => setFlash(undefined), 1600);
      setTimeout(() => c.relayout(), 400);
    },
    [c],
  );

  useEffect(() => {
    api({
      showGate: (d) => setGate(d),
      jump: (fp) => {
        const f = c.state.findings.find((x) => x.fingerprint === fp);
        if (!f) return false;
        jump(f);
        return true;
      },
    });
  }, [api, c, jump]);

  const onHover = useCallback((m: Marked | undefined, x: number, _y: number) => {
    clearTimeout(showTimer.current);
    if (m) {
      clearTimeout(hideTimer.current);
      showTimer.current = setTimeout(() => {
        setCard((cur) =>
          cur?.finding.fingerprint === m.finding.fingerprint
            ? cur
            : { finding: m.finding, x, y: m.boxes[0]!.top + m.boxes[0]!.height },
        );
      }, 180);
    } else if (!overCard.current) {
      clearTimeout(hideTimer.current);
      hideTimer.current = setTimeout(() => {
        if (!overCard.current) setCard(undefined);
      }, 300);
    }
  }, []);

  const openReview = () => void request('review/open', {}).catch(() => undefined);
  const stillThere = card && state.findings.some((f) => f.fingerprint === card.finding.fingerprint);
  const attached = state.attached;

  return (
    <div class="pg-root" lang="zh-CN">
      {state.editor === 'unrecognised' && <Banner onDiagnose={openReview} />}
      {attached && (
        <Underlines
          controller={c}
          findings={state.findings}
          tick={state.layoutTick}
          host={host}
          flash={flash}
          onHover={onHover}
        />
      )}
      {attached && card && stillThere && (
        <FindingCard
          finding={card.finding}
          x={card.x}
          y={card.y}
          onEnter={() => {
            overCard.current = true;
            clearTimeout(hideTimer.current);
          }}
          onLeave={() => {
            overCard.current = false;
            hideTimer.current = setTimeout(() => setCard(undefined), 250);
          }}
          onApply={(s) => {
            applySuggestion(c, card.finding, s);
            overCard.current = false;
            setCard(undefined);
          }}
          onIgnore={() => {
            c.ignore(card.finding);
            overCard.current = false;
            setCard(undefined);
          }}
          onReport={() => c.reportFalseAlarm(card.finding)}
        />
      )}
      {attached && (
        <Panel
          state={state}
          open={panelOpen}
          onToggle={() => setPanelOpen(!panelOpen)}
          onJump={jump}
          onOpenReview={openReview}
        />
      )}
      {gate && (
        <GateDialog
          decision={gate}
          requiredLevels={c.loaded?.bundle.gate.requiredLevels ?? 0}
          onClose={() => setGate(undefined)}
          onShowFindings={() => {
            setGate(undefined);
            setPanelOpen(true);
          }}
          onJump={(f) => {
            setGate(undefined);
            jump(f);
          }}
          onConfirm={() => {
            if (c.state.hash) confirm(c.state.hash);
          }}
          onOverride={async ({ reason, reviewerId, pin }) => {
            if (!c.state.hash) return 'no draft';
            try {
              const r = await request('override/authorize', {
                hash: c.state.hash,
                draftKey: c.draftKey,
                account: c.account,
                reason,
                reviewerId,
                pin,
                blockRules: gate.blockFindings.map((f) => f.ruleId),
              });
              if (!r.ok) return r.error ?? 'refused';
              await c.refreshReview();
              return undefined;
            } catch (err) {
              return err instanceof Error ? err.message : String(err);
            }
          }}
          onOpenReview={openReview}
        />
      )}
    </div>
  );
}
