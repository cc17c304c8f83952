import type { TextTarget } from '../editors/types';

export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** Text-layout properties copied from the control to the mirror (the box itself is set from the client box). */
const MIRROR_PROPS = [
  'fontStyle',
  'fontVariant',
  'fontWeight',
  'fontStretch',
  'fontSize',
  'fontSizeAdjust',
  'fontFamily',
  'fontFeatureSettings',
  'fontKerning',
  'lineHeight',
  'textAlign',
  'textTransform',
  'textIndent',
  'letterSpacing',
  'wordSpacing',
  'tabSize',
  'wordBreak',
  'overflowWrap',
  'lineBreak',
  'direction',
  'paddingTop',
  'paddingRight',
  'paddingBottom',
  'paddingLeft',
] as const;

const px = (v: string) => Number.parseFloat(v) || 0;

/**
 * Client rects of a span inside a textarea/input, measured on a mirror element: a div laid out in the control's
 * client box (inside the borders, without its scrollbar — a scrollbar narrows the lines), with the same text
 * metrics and wrapping, then moved by the control's scroll offsets and clipped to what is visible. The mirror
 * lives in our own shadow root, never in the page's DOM, and is removed at once.
 */
function controlRects(
  host: HTMLElement,
  el: HTMLTextAreaElement | HTMLInputElement,
  start: number,
  end: number,
): Box[] {
  const doc = host.ownerDocument;
  const cs = getComputedStyle(el);
  const rect = el.getBoundingClientRect();
  const client = {
    left: rect.left + px(cs.borderLeftWidth),
    top: rect.top + px(cs.borderTopWidth),
    right: rect.left + px(cs.borderLeftWidth) + el.clientWidth,
    bottom: rect.top + px(cs.borderTopWidth) + el.clientHeight,
  };
  const isArea = el.localName === 'textarea';
  const mirror = doc.createElement('div');
  // The language picks the fallback fonts and the line-breaking rules (CJK); our shadow root has none of its own.
  const lang = el.closest('[lang]')?.getAttribute('lang') ?? el.ownerDocument.documentElement.lang;
  if (lang) mirror.lang = lang;
  const style = mirror.style;
  for (const p of MIRROR_PROPS) (style as unknown as Record<string, string>)[p] = cs[p] as string;
  style.position = 'fixed';
  style.left = `${client.left}px`;
  style.top = `${client.top}px`;
  style.boxSizing = 'border-box';
  style.width = `${el.clientWidth}px`;
  style.border = '0';
  style.margin = '0';
  style.visibility = 'hidden';
  style.pointerEvents = 'none';
  style.whiteSpace = isArea ? (cs.whiteSpace === 'normal' ? 'pre-wrap' : cs.whiteSpace) : 'pre';
  if (!isArea) {
    // A single-line input centres its line in the content box.
    style.height = `${el.clientHeight}px`;
    style.display = 'flex';
    style.alignItems = 'center';
  }
  const value = el.value;
  const line = doc.createElement('span');
  line.textContent = value.slice(0, start);
  const mark = doc.createElement('span');
  mark.textContent = value.slice(start, end) || '\u200b';
  const after = doc.createTextNode(value.slice(end) || '.');
  if (isArea) mirror.append(line, mark, after);
  else {
    const row = doc.createElement('span');
    row.style.whiteSpace = 'pre';
    row.append(line, mark, after);
    mirror.append(row);
  }
  host.appendChild(mirror);
  const dx = -el.scrollLeft;
  const dy = -el.scrollTop;
  const boxes = Array.from(mark.getClientRects(), (r) => ({
    left: r.left + dx,
    top: r.top + dy,
    width: r.width,
    height: r.height,
  }));
  mirror.remove();
  // Keep only what is visible inside the control.
  return boxes.map((b) => clip(b, client)).filter((b): b is Box => b !== undefined);
}

function clip(b: Box, to: { left: number; top: number; right: number; bottom: number }): Box | undefined {
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
