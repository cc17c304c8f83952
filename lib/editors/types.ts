import type { Draft, Field, Platform } from '../engine/types';

/**
 * Editor adapters: the only code that knows a site's DOM. An adapter finds the editor's fields,
 * reads them into a Draft with offset maps, maps a finding back to the DOM, finds the publish
 * controls and the account name. Everything else (engine, overlay, gate) is site-agnostic.
 */

/** Where a finding lives in the page: a DOM Range in a rich editor, or an offset span in a form control. */
export type TextTarget =
  | { kind: 'range'; range: Range }
  | { kind: 'control'; element: HTMLTextAreaElement | HTMLInputElement; start: number; end: number };

/** One editable field as read from the page. */
export interface FieldReading {
  field: Field;
  text: string;
  /** Maps [start, end) of `text` back to the page; undefined when the span cannot be mapped. */
  locate(start: number, end: number): TextTarget | undefined;
  /** The element the user types into (for focus, input listening and "apply suggestion"). */
  element: HTMLElement;
}

export interface DraftReading {
  draft: Draft;
  fields: FieldReading[];
}

/** A publish action the gate intercepts. */
export interface PublishControl {
  /** Stable action name for logs: "wechat-send", "weibo-send", "card-publish", … */
  action: string;
  /** Chinese label for dialogs: "发表", "发送", "发布", "群发". */
  label: string;
  /**
   * Which part of the page the action publishes (e.g. the weibo.com composer whose button was clicked); passed back
   * to `read()` so the gate checks exactly what is being published. Opaque to everything but the adapter.
   */
  scope?: unknown;
  /** Recognised by the fail-closed word list rather than by the adapter (see fallback.ts). */
  fallback?: boolean;
}

/** Which selector matched a field or hook (self-diagnosis, "自检"). */
export interface FieldProbe {
  name: string;
  /** The selector (or path, e.g. "shadow: …") that matched; undefined when nothing matched. */
  selector?: string;
  /** How many elements the field's selectors match in all. */
  count: number;
}

/** A visible control with a publish or confirm label, and whether the adapter recognises it. */
export interface ControlProbe {
  label: string;
  /** The adapter's action name, or undefined when only the fail-closed word list would stop it. */
  action?: string;
  /** tag#id.classes of the control (no text beyond the label). */
  element: string;
  disabled: boolean;
}

export interface AdapterDiagnosis {
  fields: FieldProbe[];
  controls: ControlProbe[];
}

export interface EditorAdapter {
  /** Adapter id (= file name): "wechat", "weibo", "weibo-article", "weibo-mobile". */
  id: string;
  platform: Platform;
  /**
   * True if this adapter handles the page at this URL (an editor route). Decided by the URL alone, never by the
   * DOM: on an editor route the gate fails closed until the editor is found.
   */
  matches(url: URL): boolean;
  /**
   * True when every page of this route must have an editor (WeChat article editor, card.weibo.com editor,
   * m.weibo.cn compose): not finding one after a grace period is "not recognised". False where composers are
   * optional (weibo.com pages without a composer are normal).
   */
  expectsEditor: boolean;
  /**
   * For routes where composers are optional: a publish-word control counts as a publish control for the
   * fail-closed gate only next to a text input (a feed card's 转发 opener is not a publish).
   */
  fallbackNeedsInput?: boolean;
  /** Ctrl/Cmd+Enter in a text box publishes on this site (gated even while the editor is not recognised). */
  keySends?: boolean;
  /** Which selectors match now, and which publish/confirm controls the adapter recognises (self-diagnosis). */
  diagnose(doc: Document): AdapterDiagnosis;
  /** The adapter's publish control for a control element (clicks and keyboard activation), if it is one. */
  classify(el: Element): PublishControl | undefined;
  /**
   * Looks for the editor in the document. Returns undefined while it is not (yet) mounted; the
   * runtime calls it again on DOM mutations and route changes, so adapters survive SPA navigation,
   * re-rendering and late mounting.
   */
  find(doc: Document): EditorInstance | undefined;
}

export interface EditorInstance {
  /**
   * Reads every field now (synchronous: the publish gate calls it inside the click handler). `scope` comes from
   * the PublishControl being gated (the composer whose button was clicked).
   */
  read(scope?: unknown): DraftReading;
  /** True while the instance's elements are still in the document (false after a re-render). */
  isConnected(): boolean;
  /** Roots whose mutations and input events mean "the draft may have changed". */
  watchRoots(): Node[];
  /**
   * If this event is a publish action (click or keyboard on a publish control, a form submit, the
   * composer's send shortcut), returns the control; otherwise undefined. Called in the capture
   * phase on window, before the site's own handlers.
   */
  publishControl(event: Event): PublishControl | undefined;
  /** Account name as the page shows it, if it does. */
  accountName(): string | undefined;
  /** Identifies the draft across saves within a session (e.g. appmsgid or the draft id in the URL). */
  draftId(): string | undefined;
}
