import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { applySuggestion, revealFinding } from '../../lib/content/apply';
import type { EditorController } from '../../lib/content/controller';
import type { GateDecision } from '../../lib/content/gate';
import type { RichFinding } from '../../lib/engine/types';
import { t } from '../../lib/i18n';
import { request } from '../../lib/messaging/client';
import { Banner } from './Banner';
import { type Anchor, FindingCard } from './FindingCard';
import { GateDialog } from './GateDialog';
import { Panel, STATUS_KEYS } from './Panel';
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
  const [card, setCard] = useState<{ finding: RichFinding; anchor: Anchor; keyboard?: boolean }>();
  const [announcement, setAnnouncement] = useState('');
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
          cur?.finding.fingerprint === m.finding.fingerprint ? cur : { finding: m.finding, anchor: anchorOf(m, x) },
        );
      }, 180);
    } else if (!overCard.current) {
      clearTimeout(hideTimer.current);
      hideTimer.current = setTimeout(() => {
        if (!overCard.current) setCard(undefined);
      }, 300);
    }
  }, []);

  // Screen readers hear what changed: the counts after a check settles, the review status when it changes.
  const counts = `${state.counts.block}/${state.counts.warn}`;
  useEffect(() => {
    if (!state.attached || state.loading) return;
    const timer = setTimeout(() => {
      setAnnouncement(
        `${t('announceFindings', { block: state.counts.block, warn: state.counts.warn })}${t('announceStatus', {
          status: t(STATUS_KEYS[state.status]),
        })}`,
      );
    }, 1000);
    return () => clearTimeout(timer);
  }, [counts, state.status, state.attached, state.loading]);

  /** Opens the card for a finding from the keyboard (side panel): anchored at its first underline, focused. */
  const openCard = useCallback(
    (f: RichFinding) => {
      jump(f);
      setTimeout(() => {
        const box = markBox(host, f.fingerprint);
        if (box) setCard({ finding: f, anchor: box, keyboard: true });
      }, 450);
    },
    [host, jump],
  );

  const openReview = () => void request('review/open', {}).catch(() => undefined);
  const stillThere = card && state.findings.some((f) => f.fingerprint === card.finding.fingerprint);
  const attached = state.attached;

  return (
    <div class="pg-root" lang="zh-CN">
      <div class="pg-sr" aria-live="polite" data-testid="pg-live">
        {announcement}
      </div>
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
          anchor={card.anchor}
          title={c.loaded?.engine.checker.ruleMeta(card.finding.ruleId)?.title}
          focus={card.keyboard}
          onClose={() => {
            overCard.current = false;
            setCard(undefined);
          }}
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
          onDetails={openCard}
          onApply={(f, s) => applySuggestion(c, f, s)}
          onIgnore={(f) => c.ignore(f)}
          onOpenReview={openReview}
        />
      )}
      {gate && (
        <GateDialog
          decision={gate}
          state={state}
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
          onOverride={() => {
            if (!c.state.hash) return;
            void request('override/open', {
              hash: c.state.hash,
              draftKey: c.draftKey,
              account: c.account,
              title: c.reading?.draft.title?.slice(0, 200),
              blockRules: gate.blockFindings.map((f) => f.ruleId),
            }).catch(() => undefined);
          }}
          onOpenReview={openReview}
        />
      )}
    </div>
  );
}

/** The card's anchor: the hovered box of the mark (the one under the pointer when it wraps). */
function anchorOf(m: Marked, x: number): Anchor {
  const box = m.boxes.find((b) => x >= b.left && x <= b.left + b.width) ?? m.boxes[0]!;
  return { left: box.left, top: box.top, bottom: box.top + box.height };
}

/** The first drawn underline of a finding, for cards opened from the keyboard. */
function markBox(host: HTMLElement, fingerprint: string): Anchor | undefined {
  const el = host.querySelector<HTMLElement>(`.pg-mark[data-fingerprint="${CSS.escape(fingerprint)}"]`);
  if (!el) return undefined;
  const r = el.getBoundingClientRect();
  return { left: r.left, top: r.top, bottom: r.bottom };
}
