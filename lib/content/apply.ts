import type { RichFinding } from '../engine/types';
import type { EditorController } from './controller';

/**
 * The extension's only write into the editor, on an explicit click: select the finding's span and
 * insert the suggestion through the browser's editing path (execCommand insertText), which the
 * editor (ProseMirror, UEditor, a Vue-bound textarea) observes like typing and which Ctrl+Z undoes.
 */
export function applySuggestion(
  c: EditorController,
  f: RichFinding,
  suggestion: string,
): { ok: boolean; reason?: string } {
  const inst = c.instance;
  if (!inst) return { ok: false, reason: 'no editor' };
  const reading = inst.read();
  const field = reading.fields.find((x) => x.field === f.field);
  const value = reading.draft[f.field];
  if (!field || typeof value !== 'string' || value.slice(f.start, f.end) !== f.text) {
    c.scheduleCheck(0);
    return { ok: false, reason: 'the text changed; checking again' };
  }
  const target = field.locate(f.start, f.end);
  if (!target) return { ok: false, reason: 'cannot locate the text' };
  let ok = false;
  if (target.kind === 'control') {
    const el = target.element;
    el.focus();
    el.setSelectionRange(target.start, target.end);
    ok = el.ownerDocument.execCommand('insertText', false, suggestion);
  } else {
    const range = target.range;
    const doc = range.startContainer.ownerDocument!;
    const start = range.startContainer;
    const host = (start instanceof Element ? start : start.parentElement)?.closest<HTMLElement>(
      '[contenteditable="true"], [contenteditable=""], body',
    );
    host?.focus({ preventScroll: true });
    const sel = doc.getSelection();
    if (sel) {
      sel.removeAllRanges();
      sel.addRange(range);
      ok = doc.execCommand('insertText', false, suggestion);
    }
  }
  c.scheduleCheck(0);
  return ok ? { ok } : { ok, reason: 'the editor refused the edit' };
}

/** Scrolls a finding into view (the editor's DOM is only read, never changed). */
export function revealFinding(c: EditorController, f: RichFinding): boolean {
  const field = c.reading?.fields.find((x) => x.field === f.field);
  const target = field?.locate(f.start, f.end);
  if (!target) return false;
  if (target.kind === 'control') {
    target.element.scrollIntoView({ block: 'center', behavior: 'smooth' });
    return true;
  }
  const node = target.range.startContainer;
  const el = node instanceof Element ? node : node.parentElement;
  el?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  return Boolean(el);
}
