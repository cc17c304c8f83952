import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { type SelectorOverrides, setSelectorOverrides } from '../editors/selectors';
import type { DraftReading, EditorAdapter, EditorInstance, PublishControl } from '../editors/types';
import { localToday } from '../engine/checker';
import { countSeverities, mergeFindings } from '../engine/findings';
import type { RichFinding, Severity } from '../engine/types';
import { registerStrings, setLocale } from '../i18n';
import { request } from '../messaging/client';
import type { ReviewState, ReviewStatus } from '../messaging/protocol';
import { canonicalDraft } from '../review/canonical';
import { sha256Hex } from '../review/sha256';
import { reviewStatus } from '../review/status';
import { type LoadedEngine, loadEngine } from './engine-client';
import type { GateSnapshot } from './gate';

/**
 * Where the editor stands on this editor route: found (attached), still expected (loading, within the grace
 * period), not found where one must be or a publish control seen without it (unrecognised), or simply absent
 * where editors are optional (none, e.g. a weibo.com page without a composer).
 */
export type EditorState = 'attached' | 'loading' | 'unrecognised' | 'none';

export interface ControllerState {
  attached: boolean;
  editor: EditorState;
  loading: boolean;
  error?: string;
  findings: RichFinding[];
  counts: Record<Severity, number>;
  /** Library passes (spelling, typography, pattern entries) for the current content are still running. */
  pending: boolean;
  review?: ReviewState;
  status: ReviewStatus;
  hash?: string;
  checkedAt?: string;
  /** Bumped whenever positions may have moved (findings, scroll, typing) so the overlay re-measures. */
  layoutTick: number;
}

type Listener = (s: ControllerState) => void;

const CHECK_DELAY_MS = 60;
const RECORD_LATEST_MS = 15_000;
/** How long an editor route may take to show its editor before it counts as "not recognised". */
const RECOGNITION_GRACE_MS = 5_000;

/**
 * One editor page: finds the editor through its adapter, checks the draft as the user types,
 * keeps the library-pass and review state for the current content, and answers the publish gate.
 * Never writes into the editor (apply-suggestion lives in apply.ts and runs only on request).
 */
export class EditorController {
  state: ControllerState = {
    attached: false,
    editor: 'loading',
    loading: true,
    findings: [],
    counts: { block: 0, warn: 0, info: 0 },
    pending: false,
    status: 'unchecked',
    layoutTick: 0,
  };
  instance?: EditorInstance;
  reading?: DraftReading;
  loaded?: LoadedEngine;
  readonly ignoredOnce = new Set<string>();
  readonly sessionId = Math.random().toString(36).slice(2, 10);
  private canonical = '';
  private core: RichFinding[] = [];
  private library: { hash: string; findings: RichFinding[] } | undefined;
  private listeners = new Set<Listener>();
  private checkTimer?: ReturnType<typeof setTimeout>;
  private latestTimer?: ReturnType<typeof setTimeout>;
  private watched: Node[] = [];
  private observer?: MutationObserver;
  private libraryRequest = 0;
  /** Listeners, observers and timers of this controller end together (route change, invalidation). */
  private readonly abort = new AbortController();
  private graceTimer?: ReturnType<typeof setTimeout>;
  private reportedUnrecognised = false;

  constructor(
    readonly ctx: ContentScriptContext,
    readonly adapter: EditorAdapter,
    private readonly opts: { record?: boolean } = {},
  ) {
    this.state = { ...this.state, editor: adapter.expectsEditor ? 'loading' : 'none' };
    ctx.onInvalidated(() => this.dispose());
  }

  get disposed(): boolean {
    return this.abort.signal.aborted;
  }

  /** Stops everything this controller started (the page left this editor route, or the extension reloaded). */
  dispose(): void {
    if (this.disposed) return;
    this.abort.abort();
    this.unwatch();
    clearTimeout(this.checkTimer);
    clearTimeout(this.latestTimer);
    clearTimeout(this.graceTimer);
    this.listeners.clear();
  }

  subscribe(fn: Listener): () => void {
    this.listeners.add(fn);
    fn(this.state);
    return () => this.listeners.delete(fn);
  }

  private emit(patch: Partial<ControllerState>): void {
    this.state = { ...this.state, ...patch };
    for (const fn of this.listeners) fn(this.state);
  }

  /** Nudges the overlay to re-measure underline positions (scroll, resize, typing). */
  relayout(): void {
    this.emit({ layoutTick: this.state.layoutTick + 1 });
  }

  get account(): string | undefined {
    return this.instance?.accountName();
  }

  /** Every key this draft has had in this editing session (saving gives a new draft an id). */
  private readonly keysSeen = new Set<string>();

  get draftKey(): string {
    const key = `${this.adapter.platform}:${this.account ?? '-'}:${this.instance?.draftId() ?? `session-${this.sessionId}`}`;
    this.keysSeen.add(key);
    return key;
  }

  get draftAliases(): string[] {
    const current = this.draftKey;
    return [...this.keysSeen].filter((k) => k !== current);
  }

  async start(): Promise<void> {
    const signal = this.abort.signal;
    this.findEditor();
    this.armGrace();
    // Busy pages (the Weibo feed) mutate constantly: look for the editor at most once per frame.
    let findQueued = false;
    const docObserver = new MutationObserver(() => {
      if (findQueued || this.disposed) return;
      findQueued = true;
      requestAnimationFrame(() => {
        findQueued = false;
        if (!this.disposed && !this.instance?.isConnected()) this.findEditor();
      });
    });
    docObserver.observe(document.documentElement, { childList: true, subtree: true });
    signal.addEventListener('abort', () => docObserver.disconnect());
    // Programmatic value changes do not fire input events: a cheap periodic re-read catches them.
    const poll = setInterval(() => {
      if (this.instance) this.maybeChanged();
    }, 1500);
    signal.addEventListener('abort', () => clearInterval(poll));
    await this.reloadEngine();
  }

  /** Re-looks for the editor now (the runtime calls it after an in-app route change within the same adapter). */
  refind(): void {
    if (this.disposed) return;
    this.instance = undefined;
    this.findEditor();
    this.armGrace();
  }

  /** After the grace period, an editor route that must have an editor and has none is "not recognised". */
  private armGrace(): void {
    clearTimeout(this.graceTimer);
    if (!this.adapter.expectsEditor || this.instance) return;
    this.graceTimer = setTimeout(() => {
      if (!this.disposed && !this.instance) this.setEditorState('unrecognised');
    }, RECOGNITION_GRACE_MS);
  }

  private setEditorState(editor: EditorState): void {
    if (this.state.editor === editor) return;
    this.emit({ editor });
    void request('state/push', {
      block: this.state.counts.block,
      warn: this.state.counts.warn,
      status: this.state.status,
      editor,
    }).catch(() => undefined);
    if (editor === 'unrecognised' && !this.reportedUnrecognised) {
      this.reportedUnrecognised = true;
      void request('page/event', { kind: 'unrecognised', adapter: this.adapter.id, page: pageKey() }).catch(
        () => undefined,
      );
    }
  }

  /** A publish control was stopped because the editor is not recognised: banner, badge, audit. */
  noteUnrecognisedPublish(control: PublishControl): void {
    this.setEditorState('unrecognised');
    void request('page/event', {
      kind: 'blocked-unrecognised',
      adapter: this.adapter.id,
      page: pageKey(),
      action: control.action,
      label: control.label,
    }).catch(() => undefined);
  }

  async reloadEngine(): Promise<void> {
    try {
      this.loaded = await loadEngine(this.adapter.platform, this.account, this.loaded);
      if (this.disposed) return;
      if (this.loaded.bundle.strings) registerStrings(this.loaded.bundle.locale, this.loaded.bundle.strings);
      setLocale(this.loaded.bundle.locale);
      this.applySelectorOverrides(this.loaded.bundle.adapters);
      this.emit({ loading: false, error: undefined });
      this.canonical = '';
      this.library = undefined;
      this.checkNow();
    } catch (err) {
      this.emit({ loading: false, error: err instanceof Error ? err.message : String(err) });
    }
  }

  private appliedOverrides = '{}';

  /** Selector fixes from the admin's signed bundle (validated by the background; invalid ones never reach here). */
  private applySelectorOverrides(raw: unknown): void {
    const json = JSON.stringify(raw ?? {});
    if (json === this.appliedOverrides) return;
    this.appliedOverrides = json;
    // Validated by the background when the signed bundle was accepted (lib/dict/bundle.ts).
    setSelectorOverrides((raw ?? {}) as SelectorOverrides);
    if (!this.instance?.isConnected()) this.refind();
  }

  private findEditor(): void {
    if (this.disposed || this.instance?.isConnected()) return;
    const found = this.adapter.find(document);
    if (found === this.instance) return;
    this.unwatch();
    this.instance = found;
    this.emit({ attached: Boolean(found) });
    if (!found) {
      if (this.state.editor === 'attached') {
        this.setEditorState(this.adapter.expectsEditor ? 'loading' : 'none');
        this.armGrace();
      }
      return;
    }
    clearTimeout(this.graceTimer);
    this.setEditorState('attached');
    this.watch(found);
    this.canonical = '';
    this.scheduleCheck(0);
  }

  private watch(inst: EditorInstance): void {
    const onInput = () => this.scheduleCheck();
    this.watched = inst.watchRoots();
    this.observer = new MutationObserver(onInput);
    for (const root of this.watched) {
      root.addEventListener('input', onInput, { capture: true, passive: true });
      this.observer.observe(root, { childList: true, subtree: true, characterData: true });
    }
    this.unwatchInput = () => {
      for (const root of this.watched) root.removeEventListener('input', onInput, { capture: true });
    };
  }

  private unwatchInput?: () => void;

  private unwatch(): void {
    this.observer?.disconnect();
    this.unwatchInput?.();
    this.watched = [];
  }

  /** Typing path: only schedules work (the keystroke handler must stay well under 2 ms). */
  scheduleCheck(delay = CHECK_DELAY_MS): void {
    if (this.disposed) return;
    if (this.checkTimer !== undefined) clearTimeout(this.checkTimer);
    this.checkTimer = setTimeout(() => {
      this.checkTimer = undefined;
      this.checkNow();
    }, delay);
  }

  private maybeChanged(): void {
    if (!this.instance || !this.loaded) return;
    const reading = this.instance.read();
    if (canonicalDraft(reading.draft) !== this.canonical) this.checkNow(reading);
  }

  /**
   * Reads and checks the draft now (incremental: unchanged paragraphs come from the cache).
   * Returns false when there is no editor or no engine yet.
   */
  checkNow(reading?: DraftReading): boolean {
    if (this.disposed) return false;
    if (!this.instance?.isConnected()) this.findEditor();
    const inst = this.instance;
    const loaded = this.loaded;
    if (!inst || !loaded) return false;
    const r = reading ?? inst.read();
    const canonical = canonicalDraft(r.draft);
    this.reading = r;
    if (canonical === this.canonical) {
      this.relayout(); // text unchanged, but formatting or layout may have moved it
      return true;
    }
    this.canonical = canonical;
    const hash = sha256Hex(canonical);
    this.core = loaded.engine.checker.check(r.draft, { today: localToday(), rules: loaded.bundle.rules });
    const sameReview = this.state.review?.hash === hash;
    this.publish(hash, sameReview ? this.state.review : undefined);
    if (this.library?.hash !== hash) void this.runLibrary(hash, r);
    if (!sameReview) void this.refreshReview(hash);
    this.scheduleLatestRecord();
    return true;
  }

  /** Merges core and library findings for the current content and notifies the UI. */
  private publish(hash: string, review: ReviewState | undefined): void {
    const lib = this.library?.hash === hash ? this.library.findings : [];
    const all = lib.length ? mergeFindings(this.core, lib) : this.core;
    const findings = all.filter((f) => !this.ignoredOnce.has(f.fingerprint));
    const counts = countSeverities(findings);
    const status = reviewStatus(true, counts, review);
    const pending = this.library?.hash !== hash;
    this.emit({ findings, counts, hash, review, status, pending, checkedAt: new Date().toISOString() });
    this.relayout();
    void request('state/push', { block: counts.block, warn: counts.warn, status, editor: this.state.editor }).catch(
      () => undefined,
    );
  }

  private async runLibrary(hash: string, r: DraftReading): Promise<void> {
    const id = ++this.libraryRequest;
    try {
      const res = await request('library/check', {
        draft: r.draft,
        version: this.loaded!.bundle.version,
        account: this.account,
      });
      if (id !== this.libraryRequest || this.state.hash !== hash) return;
      this.library = { hash, findings: res.findings };
      this.publish(hash, this.state.review);
    } catch {
      // The background restarts or is updating: core findings stay; the next edit retries.
      if (id === this.libraryRequest && this.state.hash === hash) {
        this.library = { hash, findings: [] };
        this.publish(hash, this.state.review);
      }
    }
  }

  async refreshReview(hash = this.state.hash): Promise<void> {
    if (!hash) return;
    try {
      const review = await request('review/get', {
        hash,
        draftKey: this.draftKey,
        aliases: this.draftAliases,
        account: this.account,
        platform: this.adapter.platform,
      });
      if (this.state.hash === hash) this.publish(hash, review);
    } catch {
      // keep the last known state
    }
  }

  private scheduleLatestRecord(): void {
    if (this.latestTimer !== undefined) return;
    this.latestTimer = setTimeout(() => {
      this.latestTimer = undefined;
      void this.record('latest');
    }, RECORD_LATEST_MS);
  }

  /** Stores a record of the current draft (explicit check, publish attempt or latest state). */
  async record(
    kind: 'check' | 'publish' | 'latest',
    extra: { outcome?: 'blocked' | 'allowed' | 'overridden'; action?: string; reason?: string } = {},
  ): Promise<void> {
    if (!this.reading || !this.state.hash || this.opts.record === false) return;
    try {
      await request('draft/record', {
        kind,
        draftKey: this.draftKey,
        account: this.account,
        draft: this.reading.draft,
        hash: this.state.hash,
        findings: this.state.findings,
        ...extra,
      });
    } catch {
      // recording must never disturb editing or publishing
    }
  }

  /**
   * For the gate, synchronously at the click: re-reads the part of the draft this control publishes (the composer
   * whose button was clicked), re-checks it if it changed, and returns what decide() needs.
   */
  snapshot(control: PublishControl): GateSnapshot {
    const loaded = this.loaded;
    if (!this.instance?.isConnected()) this.findEditor();
    const recognised = Boolean(this.instance?.isConnected());
    const base = {
      recognised,
      mode: loaded?.bundle.gate.mode,
      requiredLevels: loaded?.bundle.gate.requiredLevels ?? 0,
      engineError: Boolean(this.state.error),
    };
    if (!recognised || !loaded || !this.instance) {
      return { ...base, upToDate: false, findings: this.state.findings, hash: this.state.hash };
    }
    const r = this.instance.read(control.scope);
    this.checkNow(r);
    const upToDate = this.library?.hash === this.state.hash || !loaded.bundle.libraryCanBlock;
    return { ...base, upToDate, findings: this.state.findings, hash: this.state.hash, review: this.state.review };
  }

  ignore(f: RichFinding): void {
    if (f.severity === 'block') return;
    this.ignoredOnce.add(f.fingerprint);
    if (this.state.hash) this.publish(this.state.hash, this.state.review);
    void request('audit/log', {
      action: 'ignore',
      ruleId: f.ruleId,
      text: f.text,
      fingerprint: f.fingerprint,
      draftKey: this.draftKey,
      account: this.account,
    }).catch(() => undefined);
  }

  async reportFalseAlarm(f: RichFinding, comment?: string): Promise<void> {
    const value = (this.reading?.draft[f.field] as string | undefined) ?? '';
    await request('audit/log', {
      action: 'false-alarm',
      ruleId: f.ruleId,
      text: f.text,
      context: value.slice(Math.max(0, f.start - 20), f.end + 20),
      fingerprint: f.fingerprint,
      draftKey: this.draftKey,
      account: this.account,
      comment,
    });
  }

  controlFor(event: Event): PublishControl | undefined {
    const inst = this.instance?.isConnected() ? this.instance : undefined;
    return inst?.publishControl(event);
  }
}

/** The page as the audit log names it: origin and path only (query strings may carry tokens). */
function pageKey(): string {
  return `${location.origin}${location.pathname}`;
}
