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
}

export interface EditorAdapter {
  /** Adapter id (= file name): "wechat", "weibo", "weibo-article", "weibo-mobile". */
  id: string;
  platform: Platform;
  /** True if this adapter handles the page at this URL. */
  matches(url: URL): boolean;
  /**
   * Looks for the editor in the document. Returns undefined while it is not (yet) mounted; the
   * runtime calls it again on DOM mutations and route changes, so adapters survive SPA navigation,
   * re-rendering and late mounting.
   */
  find(doc: Document): EditorInstance | undefined;
}

export interface EditorInstance {
  /** Reads every field now (synchronous: the publish gate calls it inside the click handler). */
  read(): DraftReading;
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
