import { eventElement, isActivationKey, isDisabled, isShown, labelText } from './dom-text';
import { type AdapterSelectors, COMMON_NOT_PUBLISH_TEXTS, COMMON_PUBLISH_TEXTS } from './selectors';
import type { ControlProbe, EditorAdapter, PublishControl } from './types';

/**
 * The fail-closed word gate. On an editor route, when the adapter has not (yet) found the editor or does not
 * recognise a control, any visible, enabled control whose label is a publish word is treated as a publish control.
 * It only ever adds stops: it never lets anything through that the adapter would stop.
 */

/** Elements that act as buttons on the editor sites (WeUI spans included). */
const CONTROL_SELECTOR =
  'button, a, [role="button"], input[type="submit"], input[type="button"], .weui-desktop-btn, .btn, .woo-button-main';

/** How far up from a control a text box may be for it to count as "next to an input" (weibo.com). */
const INPUT_DEPTH = 6;

const TEXT_BOX = 'textarea, [contenteditable="true"], [contenteditable=""], input[type="text"], input:not([type])';

/** A control's visible label: its value for <input> buttons, else its collapsed text (aria-label if empty). */
function controlLabel(el: Element): string {
  if (el.localName === 'input') return ((el as HTMLInputElement).value ?? '').replace(/\s+/g, ' ').trim();
  const text = labelText(el);
  return text || (el.getAttribute('aria-label') ?? '').trim();
}

/** True for a publish word (the adapter's list or the common one) that is not a save/preview/navigation label. */
function isPublishLabel(label: string, sel: AdapterSelectors): boolean {
  if (label === '' || label.length > 12) return false;
  if (sel.notPublishTexts.includes(label) || (COMMON_NOT_PUBLISH_TEXTS as readonly string[]).includes(label)) {
    return false;
  }
  return (
    sel.publishTexts.includes(label) ||
    sel.confirmTexts.includes(label) ||
    (COMMON_PUBLISH_TEXTS as readonly string[]).includes(label)
  );
}

function nearTextBox(el: Element): boolean {
  let node: Element | null = el.parentElement;
  for (let depth = 0; node && depth < INPUT_DEPTH; depth++, node = node.parentElement) {
    if (node.localName === 'body' || node.localName === 'article') break;
    if (node.querySelector(TEXT_BOX)) return true;
  }
  return false;
}

/** The control element hit by an event, if it is a visible, enabled publish-word control. */
function publishWordControl(
  el: Element | null,
  adapter: Pick<EditorAdapter, 'fallbackNeedsInput'>,
  sel: AdapterSelectors,
): { element: Element; label: string } | undefined {
  const control = el?.closest(CONTROL_SELECTOR);
  if (!control) return undefined;
  const label = controlLabel(control);
  if (!isPublishLabel(label, sel)) return undefined;
  if (isDisabled(control, sel.disabledClasses) || !isShown(control)) return undefined;
  if (adapter.fallbackNeedsInput && !nearTextBox(control)) return undefined;
  return { element: control, label };
}

function isTextBox(el: Element | null): boolean {
  if (!el) return false;
  if (el.localName === 'textarea') return true;
  if (el.localName === 'input') return ['text', ''].includes((el as HTMLInputElement).type ?? '');
  return (el as HTMLElement).isContentEditable === true;
}

/**
 * The fail-closed reading of an event: a publish-word control clicked or activated by keyboard, Ctrl/Cmd+Enter in
 * a text box where the site sends on it (also during an IME composition), or a form submitted by a publish-word
 * button or holding a text box.
 */
export function fallbackPublishControl(
  event: Event,
  adapter: Pick<EditorAdapter, 'fallbackNeedsInput' | 'keySends'>,
  sel: AdapterSelectors,
): PublishControl | undefined {
  const target = eventElement(event);
  if (event.type === 'keydown') {
    const k = event as KeyboardEvent;
    if (k.key === 'Enter' && (k.ctrlKey || k.metaKey)) {
      return adapter.keySends && isTextBox(target) ? { action: 'key-send', label: '发送', fallback: true } : undefined;
    }
    if (!isActivationKey(event)) return undefined;
  } else if (event.type === 'submit') {
    const form = target?.closest('form') ?? (target?.localName === 'form' ? target : null);
    if (!form) return undefined;
    const submitter = (event as SubmitEvent).submitter ?? null;
    const hit = submitter ? publishWordControl(submitter, {}, sel) : undefined;
    if (hit) return { action: 'form-submit', label: hit.label, fallback: true };
    return form.querySelector('textarea, [contenteditable="true"]')
      ? { action: 'form-submit', label: '发布', fallback: true }
      : undefined;
  } else if (event.type !== 'click') {
    return undefined;
  }
  const hit = publishWordControl(target, adapter, sel);
  return hit ? { action: 'unrecognised-control', label: hit.label, fallback: true } : undefined;
}

/** tag#id.class1.class2 of an element (no text, no other attributes). */
function describeElement(el: Element): string {
  const id = el.id ? `#${el.id}` : '';
  const cls = [...(el.classList ?? [])]
    .slice(0, 6)
    .map((c) => `.${c}`)
    .join('');
  return `${el.localName}${id}${cls}`;
}

/** Every visible control with a publish or confirm label, with the adapter's reading of it (for 自检). */
export function probeControls(doc: Document, adapter: EditorAdapter, sel: AdapterSelectors): ControlProbe[] {
  const out: ControlProbe[] = [];
  for (const el of doc.querySelectorAll(CONTROL_SELECTOR)) {
    // A nested match (span.btn > button) is reported once, at the outermost control.
    if (el.parentElement?.closest(CONTROL_SELECTOR)) continue;
    const label = controlLabel(el);
    if (!isPublishLabel(label, sel) || !isShown(el)) continue;
    out.push({
      label,
      action: adapter.classify(el)?.action,
      element: describeElement(el),
      disabled: isDisabled(el, sel.disabledClasses),
    });
    if (out.length >= 40) break;
  }
  return out;
}
