import { useEffect, useRef, useState } from 'preact/hooks';
import type { EditorController } from '../../lib/content/controller';
import { type Box, contains, targetRects } from '../../lib/content/geometry';
import type { RichFinding } from '../../lib/engine/types';

export interface Marked {
  finding: RichFinding;
  boxes: Box[];
}

interface Props {
  controller: EditorController;
  findings: RichFinding[];
  tick: number;
  host: HTMLElement;
  flash?: string;
  onHover(m: Marked | undefined, x: number, y: number): void;
}

const MAX_MARKED = 600;

/**
 * Underlines every finding at its client rects. The layer ignores the pointer (the editor stays
 * fully usable); hover is found by hit-testing the pointer position against the measured boxes.
 */
export function Underlines({ controller, findings, tick, host, flash, onHover }: Props) {
  const [marked, setMarked] = useState<Marked[]>([]);
  const markedRef = useRef<Marked[]>([]);
  const frame = useRef(0);

  useEffect(() => {
    const measure = () => {
      frame.current = 0;
      const reading = controller.reading;
      if (!reading) return;
      const out: Marked[] = [];
      const vw = window.innerWidth;
      const vh = window.innerHeight;
      for (const f of findings.slice(0, MAX_MARKED)) {
        const field = reading.fields.find((x) => x.field === f.field);
        const target = field?.locate(f.start, f.end);
        if (!target) continue;
        const boxes = targetRects(host, target).filter(
          (b) =>
            b.width > 0 && b.height > 0 && b.top + b.height > 0 && b.top < vh && b.left < vw && b.left + b.width > 0,
        );
        if (boxes.length) out.push({ finding: f, boxes });
      }
      markedRef.current = out;
      setMarked(out);
    };
    const schedule = () => {
      if (!frame.current) frame.current = requestAnimationFrame(measure);
    };
    schedule();
    // Element scroll events do not bubble, but they reach window in the capture phase (textarea scrolling).
    window.addEventListener('scroll', schedule, { capture: true, passive: true });
    window.addEventListener('resize', schedule, { passive: true });
    // A text box resized by the user (or by the page) re-wraps its lines.
    const resize = typeof ResizeObserver === 'function' ? new ResizeObserver(schedule) : undefined;
    for (const f of controller.reading?.fields ?? []) resize?.observe(f.element);
    return () => {
      resize?.disconnect();
      window.removeEventListener('scroll', schedule, { capture: true });
      window.removeEventListener('resize', schedule);
      if (frame.current) cancelAnimationFrame(frame.current);
      frame.current = 0;
    };
  }, [controller, findings, tick, host]);

  useEffect(() => {
    let pending = 0;
    let x = 0;
    let y = 0;
    const hit = () => {
      pending = 0;
      const m = markedRef.current.find((mk) => mk.boxes.some((b) => contains(b, x, y)));
      onHover(m, x, y);
    };
    const onMove = (e: MouseEvent) => {
      x = e.clientX;
      y = e.clientY;
      if (!pending) pending = requestAnimationFrame(hit);
    };
    window.addEventListener('mousemove', onMove, { passive: true, capture: true });
    // The legacy WeChat body is a same-origin iframe: its pointer events never reach the top window.
    const frames = new Map<Window, (e: MouseEvent) => void>();
    for (const f of controller.reading?.fields ?? []) {
      const win = f.element.ownerDocument.defaultView;
      const frame = win?.frameElement as HTMLElement | null | undefined;
      if (!win || !frame || win === window || frames.has(win)) continue;
      const onFrameMove = (e: MouseEvent) => {
        const r = frame.getBoundingClientRect();
        onMove({
          clientX: e.clientX + r.left + frame.clientLeft,
          clientY: e.clientY + r.top + frame.clientTop,
        } as MouseEvent);
      };
      win.addEventListener('mousemove', onFrameMove, { passive: true, capture: true });
      frames.set(win, onFrameMove);
    }
    return () => {
      window.removeEventListener('mousemove', onMove, { capture: true });
      for (const [win, fn] of frames) win.removeEventListener('mousemove', fn, { capture: true });
      if (pending) cancelAnimationFrame(pending);
    };
  }, [onHover, controller, marked.length > 0]);

  return (
    <div class="pg-layer" data-testid="pg-underlines">
      {marked.map((m) =>
        m.boxes.map((b, i) => (
          <div
            key={`${m.finding.fingerprint}-${m.finding.start}-${i}`}
            class={`pg-mark pg-${m.finding.severity}${flash === m.finding.fingerprint ? ' pg-flash' : ''}`}
            data-rule={m.finding.ruleId}
            data-severity={m.finding.severity}
            data-fingerprint={m.finding.fingerprint}
            style={{ left: `${b.left}px`, top: `${b.top}px`, width: `${b.width}px`, height: `${b.height}px` }}
          />
        )),
      )}
    </div>
  );
}
