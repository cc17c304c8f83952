/**
 * Editor selectors as data. Each adapter reads its field selectors, publish/confirm texts, dialog containers and
 * disabled classes from here, so a site change can be fixed by the admin's next signed bundle (`adapters` in the
 * payload) without a new extension release. The built-in lists below are the fallback and are never removed: an
 * override's lists are put IN FRONT of the built-in ones (tried first), duplicates dropped.
 *
 * Every list of selectors is tried in order; the first selector that matches wins, and the 自检 (self-diagnosis)
 * view reports which one it was.
 */

export interface AdapterSelectors {
  /** Data version shown in 自检 (built-in: the adapter's; an override adds its own after "+"). */
  version: string;
  /** Named selector lists: fields (title, author, digest, body, caption, sourceUrl, cover, images …) and hooks. */
  fields: Record<string, string[]>;
  /** Named control selectors (send buttons, footers …). */
  controls: Record<string, string[]>;
  /** Exact (whitespace-collapsed) labels of publish controls. Used by the adapter and by the fail-closed gate. */
  publishTexts: string[];
  /** Labels of confirm steps inside publish dialogs (继续发表 …). */
  confirmTexts: string[];
  /** Labels that are never a publish action (保存, 预览, 下一步 …); they win over publishTexts. */
  notPublishTexts: string[];
  /** Dialog containers whose buttons may be publish or confirm steps. */
  dialogs: string[];
  /** Classes that mark a control disabled (a disabled control publishes nothing and is never stopped). */
  disabledClasses: string[];
}

/** Publish words every fail-closed gate knows, whatever the adapter (issue 10). */
export const COMMON_PUBLISH_TEXTS = [
  '发表',
  '群发',
  '发布',
  '发送',
  '转发',
  '继续发表',
  '定时发表',
  '定时群发',
  '保存并群发',
  '确定发表',
  '确认发表',
  '确认发布',
  '确定发布',
  '立即发布',
  '立即发表',
  '继续群发',
  '确认群发',
  '无需声明并发表',
  '发布文章',
  '发微博',
] as const;

/** Labels never stopped by the fail-closed gate: saving, previewing and navigating lose nothing. */
export const COMMON_NOT_PUBLISH_TEXTS = [
  '保存',
  '保存草稿',
  '存草稿',
  '保存为草稿',
  '预览',
  '取消',
  '关闭',
  '下一步',
  '上一步',
  '返回',
  '编辑',
] as const;

export const COMMON_DISABLED_CLASSES = [
  'disabled',
  'btn_disabled',
  'is-disabled',
  'n-button--disabled',
  'woo-button-disabled',
  'weui-desktop-btn_disabled',
  'el-button--disabled',
] as const;

/** What a signed bundle may carry per adapter id (validated by selectors-schema.ts in the background). */
export interface SelectorOverride {
  version?: string;
  fields?: Record<string, string[]>;
  controls?: Record<string, string[]>;
  publishTexts?: string[];
  confirmTexts?: string[];
  notPublishTexts?: string[];
  dialogs?: string[];
  disabledClasses?: string[];
}
export type SelectorOverrides = Record<string, SelectorOverride>;

const builtins = new Map<string, AdapterSelectors>();
let overrides: SelectorOverrides = {};
const merged = new Map<string, AdapterSelectors>();

/** Registers an adapter's built-in selectors (called once per adapter module). Returns a live accessor. */
export function defineSelectors(id: string, data: AdapterSelectors): () => AdapterSelectors {
  builtins.set(id, data);
  merged.delete(id);
  return () => selectorsFor(id);
}

function front(over: readonly string[] | undefined, base: readonly string[]): string[] {
  if (!over?.length) return [...base];
  return [...new Set([...over, ...base])];
}

function frontRecord(
  over: Record<string, string[]> | undefined,
  base: Record<string, string[]>,
): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [k, v] of Object.entries(base)) out[k] = front(over?.[k], v);
  for (const [k, v] of Object.entries(over ?? {})) if (!(k in out)) out[k] = [...v];
  return out;
}

/** The effective selectors of an adapter: the override (if any) in front of the built-ins. */
export function selectorsFor(id: string): AdapterSelectors {
  const cached = merged.get(id);
  if (cached) return cached;
  const base = builtins.get(id);
  if (!base) throw new Error(`no selectors for adapter ${id}`);
  const o = overrides[id];
  const out: AdapterSelectors = o
    ? {
        version: o.version ? `${base.version}+${o.version}` : base.version,
        fields: frontRecord(o.fields, base.fields),
        controls: frontRecord(o.controls, base.controls),
        publishTexts: front(o.publishTexts, base.publishTexts),
        confirmTexts: front(o.confirmTexts, base.confirmTexts),
        notPublishTexts: front(o.notPublishTexts, base.notPublishTexts),
        dialogs: front(o.dialogs, base.dialogs),
        disabledClasses: front(o.disabledClasses, base.disabledClasses),
      }
    : base;
  merged.set(id, out);
  return out;
}

/** Installs validated overrides (an empty object restores the built-ins). */
export function setSelectorOverrides(value: SelectorOverrides): void {
  overrides = value;
  merged.clear();
}

/** True when a selector is syntactically valid for querySelector (the DOM is the judge). */
function selectorCompiles(doc: Document, selector: string): boolean {
  try {
    doc.createDocumentFragment().querySelector(selector);
    return true;
  } catch {
    return false;
  }
}

/** The first selector of a list that matches in `scope`, with the element. */
export function firstMatch<T extends Element = HTMLElement>(
  scope: ParentNode,
  selectors: readonly string[],
  accept: (el: T) => boolean = () => true,
): { el: T; selector: string } | undefined {
  for (const selector of selectors) {
    let els: NodeListOf<T>;
    try {
      els = scope.querySelectorAll<T>(selector);
    } catch {
      continue; // an invalid selector from data never breaks the adapter
    }
    for (const el of els) if (accept(el)) return { el, selector };
  }
  return undefined;
}

/** One selector list joined for closest()/matches(), skipping invalid entries. */
export function joined(doc: Document, selectors: readonly string[]): string {
  return selectors.filter((s) => selectorCompiles(doc, s)).join(', ');
}
