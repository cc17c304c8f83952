import type { TextTarget } from '../editors/types';

export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

const MIRROR_PROPS = [
  'boxSizing',
  'width',
  'height',
  'overflowX',
  'overflowY',
  'borderTopWidth',
  'borderRightWidth',
  'borderBottomWidth',
  'borderLeftWidth',
  'borderStyle',
  'paddingTop',
  'paddingRight',
  'paddingBottom',
  'paddingLeft',
  'fontStyle',
  'fontVariant',
  'fontWeight',
  'fontStretch',
  'fontSize',
  'fontSizeAdjust',
  'lineHeight',
  'fontFamily',
  'textAlign',
  'textTransform',
  'textIndent',
  'letterSpacing',
  'wordSpacing',
  'tabSize',
] as const;

/**
 * Client rects of a span inside a textarea/input, measured on a mirror element that copies the
 * control's box and font. The mirror lives in our own shadow root, never in the page's DOM.
 */
export function controlRects(
  host: HTMLElement,
  el: HTMLTextAreaElement | HTMLInputElement,
  start: number,
  end: number,
): Box[] {
  const doc = host.ownerDocument;
  const cs = getComputedStyle(el);
  const mirror = doc.createElement('div');
  const style = mirror.style;
  for (const p of MIRROR_PROPS) (style as unknown as Record<string, string>)[p] = cs[p] as string;
  const rect = el.getBoundingClientRect();
  style.position = 'fixed';
  style.left = `${rect.left}px`;
  style.top = `${rect.top}px`;
  style.visibility = 'hidden';
  style.whiteSpace = el instanceof HTMLTextAreaElement ? 'pre-wrap' : 'pre';
  style.overflowWrap = 'break-word';
  style.overflow = 'hidden';
  const value = el.value;
  mirror.textContent = value.slice(0, start);
  const mark = doc.createElement('span');
  mark.textContent = value.slice(start, end) || '\u200b';
  mirror.appendChild(mark);
  mirror.appendChild(doc.createTextNode(value.slice(end) || '.'));
  host.appendChild(mirror);
  mirror.scrollTop = el.scrollTop;
  mirror.scrollLeft = el.scrollLeft;
  const boxes = Array.from(mark.getClientRects(), (r) => ({
    left: r.left,
    top: r.top,
    width: r.width,
    height: r.height,
  }));
  mirror.remove();
  // Keep only what is visible inside the control.
  return boxes.map((b) => clip(b, rect)).filter((b): b is Box => b !== undefined);
}

export function clip(b: Box, to: { left: number; top: number; right: number; bottom: number }): Box | undefined {
  const left = Math.max(b.left, to.left);
  const right = Math.min(b.left + b.width, to.right);
  const top = Math.max(b.top, to.top);
  const bottom = Math.min(b.top + b.height, to.bottom);
  if (right <= left || bottom <= top) return undefined;
  return { left, top, width: right - left, height: bottom - top };
}

/** Client rects of a text target, in viewport coordinates of the top document. */
export function targetRects(host: HTMLElement, target: TextTarget): Box[] {
  if (target.kind === 'control') return controlRects(host, target.element, target.start, target.end);
  const rects = Array.from(target.range.getClientRects());
  // Ranges inside a same-origin iframe (legacy WeChat) are relative to the frame's viewport.
  const frame = target.range.startContainer.ownerDocument?.defaultView?.frameElement as HTMLElement | null;
  const offset = frame ? frame.getBoundingClientRect() : undefined;
  const out: Box[] = [];
  for (const r of rects) {
    if (r.width === 0 && rects.length > 1) continue;
    out.push({
      left: r.left + (offset ? offset.left + frame!.clientLeft : 0),
      top: r.top + (offset ? offset.top + frame!.clientTop : 0),
      width: r.width,
      height: r.height,
    });
  }
  if (offset) {
    return out.map((b) => clip(b, offset)).filter((b): b is Box => b !== undefined);
  }
  return out;
}

export function contains(b: Box, x: number, y: number, slop = 3): boolean {
  return x >= b.left - 1 && x <= b.left + b.width + 1 && y >= b.top - slop && y <= b.top + b.height + slop;
}
