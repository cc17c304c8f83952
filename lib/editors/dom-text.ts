import type { DraftLink, Field } from '../engine/types';
import { COMMON_DISABLED_CLASSES } from './selectors';
import type { FieldReading, TextTarget } from './types';

/**
 * Plain text of rich-text editor roots (contenteditable, ProseMirror/TipTap, the legacy UEditor iframe body) with
 * an offset map back to the DOM, and the same FieldReading shape for <textarea>/<input> fields.
 *
 * Text model — "the lines the editor shows, joined with \n":
 * - Text nodes are taken verbatim, in document order (no whitespace collapsing, so every character of `text`
 *   except the inserted "\n" separators is a character of exactly one DOM text node).
 * - Block elements (decided by tag name only: p, div, section, h1–h6, li, blockquote, pre, tr, td, figure, …) end
 *   the current line. A new line starts at the next text; lines are separated by one "\n".
 * - An element boundary never makes an empty line by itself. Empty lines come from what makes an editor draw one:
 *   a `<br>` on a line of its own (`<p><br></p>` in UEditor, a second `<br>`), or ProseMirror's
 *   `br.ProseMirror-trailingBreak`, which ProseMirror adds to an empty paragraph, after a trailing hard break or an
 *   image. So consecutive empty paragraphs give one "\n" each, like the editor shows them, and the result equals
 *   ProseMirror's `doc.textBetween(0, size, "\n", leaf => hard_break ? "\n" : "")` for the WeChat/TipTap schemas.
 * - A `<br>` inside a line ends the line (a hard break → "\n"); a `<br>` that ends a block adds nothing (browsers
 *   do not draw a line for it).
 * - No blank noise at the ends: empty lines before the first text and after the last text are dropped, so `text`
 *   never starts or ends with a "\n" that came from structure.
 * - Skipped, with no text: images, media and `<script>/<style>/<template>`; anything inside `contenteditable=false`
 *   (ProseMirror atoms and widgets, mention chips); placeholder elements (class contains "placeholder"); our own
 *   injected nodes (`<publish-guard-*>` elements, `[data-publish-guard]`). A skipped block still ends the line.
 * - Whitespace-only text nodes that contain a line break and sit between lines (HTML source formatting in legacy
 *   markup) are skipped, except inside <pre>.
 * - `<a href>` → a DraftLink with offsets of its visible text (start = end when the link has no text, e.g. an
 *   image link); `href` is the attribute as written when it is absolute (has a scheme), else the URL resolved
 *   against the document (`HTMLAnchorElement.href`).
 *
 * locate(start, end): binary search over the text-node segments; one Range from the start node to the end node even
 * across blocks. A span covering only inserted separators is the gap between the two text nodes; a collapsed
 * position on a separator sits at the start of the next text. Out-of-bounds spans, and spans whose text nodes
 * changed length or left the document since the reading, give undefined.
 *
 * Speed: one recursive pass over firstChild/nextSibling with tag-name and attribute checks only; no innerText,
 * no getComputedStyle, no layout.
 */

/** Attribute our own UI puts on nodes it injects next to editors; the reader never reads them. */
const INJECTED_ATTR = 'data-publish-guard';

const BLOCK_TAGS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'caption',
  'center',
  'dd',
  'details',
  'dialog',
  'dir',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'html',
  'legend',
  'li',
  'main',
  'menu',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
]);

/** Elements whose content is never draft text. */
const SKIP_TAGS = new Set([
  'audio',
  'canvas',
  'embed',
  'head',
  'iframe',
  'img',
  'input',
  'mpvoice',
  'noscript',
  'object',
  'picture',
  'script',
  'select',
  'style',
  'template',
  'textarea',
  'title',
  'video',
]);

const ABSOLUTE_URL = /^[a-z][a-z\d+.-]*:/i;

export interface RichText {
  /** The plain text (model above). */
  text: string;
  /** Hyperlinks, offsets into `text`. */
  links: DraftLink[];
  /** Maps [start, end) of `text` to a DOM Range; undefined when out of bounds or the DOM changed since reading. */
  locate(start: number, end: number): Range | undefined;
}

function isSkippedElement(el: Element, tag: string): boolean {
  if (SKIP_TAGS.has(tag)) return true;
  if (tag.startsWith('publish-guard')) return true;
  if (!el.hasAttributes()) return false;
  const ce = el.getAttribute('contenteditable');
  if (ce !== null && ce.toLowerCase() === 'false') return true;
  if (el.hasAttribute(INJECTED_ATTR)) return true;
  const cls = el.getAttribute('class');
  return cls?.toLowerCase().includes('placeholder') === true;
}

/** Whitespace-only text containing a line break: HTML source formatting between blocks. */
function isFormattingWhitespace(data: string): boolean {
  let newline = false;
  for (let i = 0; i < data.length; i++) {
    const c = data.charCodeAt(i);
    if (c === 10 || c === 13) newline = true;
    else if (c !== 32 && c !== 9) return false;
  }
  return newline;
}

interface OpenLink {
  href: string;
  start: number;
}

/** Reads an editor root into plain text + links + an offset map (see the module comment for the model). */
export function readRichText(root: Element): RichText {
  const parts: string[] = [];
  let len = 0;
  /** A line is open: text since the last block boundary or line-ending <br>. */
  let lineOpen = false;
  let hasText = false;
  /** "\n" separators owed before the next text (dropped if no text follows). */
  let pending = 0;
  let preDepth = 0;
  const nodes: Text[] = [];
  const starts: number[] = [];
  const lengths: number[] = [];
  const links: DraftLink[] = [];
  const openLinks: OpenLink[] = [];
  let unstartedLinks = 0;

  const openLine = (): void => {
    if (lineOpen) return;
    lineOpen = true;
    if (hasText) pending++;
  };

  const walk = (parent: Node): void => {
    for (let n = parent.firstChild; n !== null; n = n.nextSibling) {
      const type = n.nodeType;
      if (type === 3) {
        const data = (n as Text).data;
        if (data.length === 0) continue;
        if (!lineOpen && preDepth === 0 && isFormattingWhitespace(data)) continue;
        openLine();
        if (pending > 0) {
          parts.push(pending === 1 ? '\n' : '\n'.repeat(pending));
          len += pending;
          pending = 0;
        }
        if (unstartedLinks > 0) {
          for (const l of openLinks) if (l.start < 0) l.start = len;
          unstartedLinks = 0;
        }
        nodes.push(n as Text);
        starts.push(len);
        lengths.push(data.length);
        parts.push(data);
        len += data.length;
        hasText = true;
        continue;
      }
      if (type !== 1) continue;
      const el = n as Element;
      const tag = el.localName;
      if (tag === 'br') {
        const cls = el.getAttribute('class');
        if (cls?.includes('ProseMirror-trailingBreak')) {
          // ProseMirror's hack node: draws the (otherwise collapsed) last line of a block.
          openLine();
        } else {
          openLine();
          lineOpen = false;
        }
        continue;
      }
      const block = BLOCK_TAGS.has(tag);
      if (block) lineOpen = false;
      if (isSkippedElement(el, tag)) continue;
      const isLink = tag === 'a' && el.hasAttribute('href');
      if (isLink) {
        // Absolute hrefs are kept as written (no URL parsing in the hot path: ~µs per link); relative ones are
        // resolved by the element (HTMLAnchorElement.href; an SVG <a> has an SVGAnimatedString there).
        const raw = (el.getAttribute('href') ?? '').trim();
        const resolved = ABSOLUTE_URL.test(raw) ? raw : (el as HTMLAnchorElement).href;
        const href = typeof resolved === 'string' && resolved !== '' ? resolved : raw;
        openLinks.push({ href, start: -1 });
        unstartedLinks++;
      }
      if (tag === 'pre') preDepth++;
      walk(el);
      if (tag === 'pre') preDepth--;
      if (isLink) {
        const open = openLinks.pop();
        if (open) {
          if (open.start < 0) {
            unstartedLinks--;
            open.start = len;
          }
          links.push({ href: open.href, text: '', start: open.start, end: len });
        }
      }
      if (block) lineOpen = false;
    }
  };

  walk(root);
  const text = parts.join('');
  for (const link of links) link.text = text.slice(link.start, link.end);
  links.sort((a, b) => a.start - b.start || a.end - b.end);

  /** Index of the first segment that ends after `pos` (nodes.length if none). */
  const firstEndingAfter = (pos: number): number => {
    let lo = 0;
    let hi = nodes.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((starts[mid] ?? 0) + (lengths[mid] ?? 0) > pos) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  };
  /** Index of the last segment that starts before `pos` (-1 if none). */
  const lastStartingBefore = (pos: number): number => {
    let lo = 0;
    let hi = nodes.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((starts[mid] ?? 0) < pos) lo = mid + 1;
      else hi = mid;
    }
    return lo - 1;
  };
  const fresh = (i: number): boolean => {
    const node = nodes[i];
    return node?.isConnected === true && node.length === lengths[i];
  };

  const locate = (start: number, end: number): Range | undefined => {
    if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start || end > len) return undefined;
    if (nodes.length === 0) return undefined;
    let i = firstEndingAfter(start);
    let startOffset: number;
    if (i >= nodes.length) {
      i = nodes.length - 1;
      startOffset = lengths[i] ?? 0;
    } else {
      startOffset = Math.max(0, start - (starts[i] ?? 0));
    }
    let j: number;
    let endOffset: number;
    if (end === start) {
      j = i;
      endOffset = startOffset;
    } else {
      j = lastStartingBefore(end);
      endOffset = Math.min(lengths[j] ?? 0, end - (starts[j] ?? 0));
      if (j < i) {
        // The span covers only inserted separators: the range spans the gap between the two text nodes.
        const gapStart = j >= 0 ? j : i;
        if (!fresh(gapStart) || !fresh(i)) return undefined;
        const range = (nodes[i] as Text).ownerDocument.createRange();
        if (j >= 0) range.setStart(nodes[j] as Text, lengths[j] ?? 0);
        else range.setStart(nodes[i] as Text, 0);
        range.setEnd(nodes[i] as Text, startOffset);
        return range;
      }
    }
    if (!fresh(i) || !fresh(j)) return undefined;
    const range = (nodes[i] as Text).ownerDocument.createRange();
    range.setStart(nodes[i] as Text, startOffset);
    range.setEnd(nodes[j] as Text, endOffset);
    return range;
  };

  return { text, links, locate };
}

/** A rich editor root as a FieldReading, plus its links. */
export function richField(field: Field, root: HTMLElement): { reading: FieldReading; links: DraftLink[] } {
  const rich = readRichText(root);
  return {
    links: rich.links,
    reading: {
      field,
      text: rich.text,
      element: root,
      locate(start: number, end: number): TextTarget | undefined {
        const range = rich.locate(start, end);
        return range ? { kind: 'range', range } : undefined;
      },
    },
  };
}

/** A <textarea>/<input> as a FieldReading: text = value; locate → the control with the offsets. */
export function controlField(field: Field, element: HTMLTextAreaElement | HTMLInputElement): FieldReading {
  const text = element.value;
  return {
    field,
    text,
    element,
    locate(start: number, end: number): TextTarget | undefined {
      if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start || end > text.length) {
        return undefined;
      }
      // Stale reading (the value changed since): the offsets no longer mean the same characters.
      if (!element.isConnected || element.value !== text) return undefined;
      return { kind: 'control', element, start, end };
    },
  };
}

/** Element behind an event: the innermost composed-path element (open shadow roots included), else the target. */
export function eventElement(event: Event): Element | null {
  const path = typeof event.composedPath === 'function' ? event.composedPath() : [];
  const first = path[0] ?? event.target;
  if (!first || typeof (first as Node).nodeType !== 'number') return null;
  const node = first as Node;
  if (node.nodeType === 1) return node as Element;
  return node.parentElement;
}

/** Enter or Space without modifiers on a focused control (keyboard activation of a button/link). */
export function isActivationKey(event: Event): boolean {
  if (event.type !== 'keydown') return false;
  const k = event as KeyboardEvent;
  if (k.isComposing || k.ctrlKey || k.metaKey || k.altKey) return false;
  return k.key === 'Enter' || k.key === ' ' || k.key === 'Spacebar';
}

/** Rendered and not visibility:hidden (hidden dialog templates fail this). Reads layout; use in event paths only. */
export function isShown(el: Element): boolean {
  const check = (el as Element & { checkVisibility?: (o?: object) => boolean }).checkVisibility;
  if (typeof check === 'function') return check.call(el, { visibilityProperty: true });
  return el.getClientRects().length > 0;
}

/** Collapsed, trimmed textContent. */
export function labelText(el: Element): string {
  return (el.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Disabled button / aria-disabled / a disabled class (the adapter's list, see selectors.ts) on the control. */
export function isDisabled(el: Element, classes: readonly string[] = COMMON_DISABLED_CLASSES): boolean {
  if ((el as HTMLButtonElement).disabled === true) return true;
  if (el.getAttribute('aria-disabled') === 'true') return true;
  const cls = el.classList;
  if (!cls || cls.length === 0) return false;
  for (const c of classes) if (cls.contains(c)) return true;
  return false;
}
