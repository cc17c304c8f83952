/**
 * A sanitised outline of a page's structure for the maintainers (自检 → 导出页面结构): one line per element with its
 * tag, id, classes and a few structural attributes (role, type, contenteditable; whether it has a placeholder or an
 * href). No text, no attribute values beyond those; digit runs of 5+ in ids and classes (user ids, timestamps) are
 * masked. Open shadow roots and same-origin frames are included; Publish Guard's own UI is not.
 *
 * Self-contained on purpose: the popup runs it in the tab with scripting.executeScript (which serialises the
 * function), so it never ships in the content script.
 */
export function pageOutline(): { outline: string; nodes: number } {
  const MAX_NODES = 20_000;
  const MAX_DEPTH = 80;
  const mask = (s: string) => s.replace(/\d{5,}/g, (m) => '0'.repeat(Math.min(m.length, 3)));
  const line = (el: Element): string => {
    let out = el.localName;
    if (el.id) out += `#${mask(el.id)}`;
    for (const c of Array.from(el.classList).slice(0, 12)) out += `.${mask(c)}`;
    const attrs: string[] = [];
    for (const a of ['role', 'type', 'contenteditable']) {
      const v = el.getAttribute(a);
      if (v !== null) attrs.push(`${a}=${mask(v).slice(0, 30)}`);
    }
    if (el.hasAttribute('placeholder')) attrs.push('placeholder');
    if (el.hasAttribute('disabled')) attrs.push('disabled');
    if (el.localName === 'a' && el.hasAttribute('href')) attrs.push('href');
    return attrs.length ? `${out} [${attrs.join(' ')}]` : out;
  };
  const lines: string[] = [`# ${location.origin}${location.pathname}`];
  let nodes = 0;
  const walk = (parent: ParentNode, depth: number): void => {
    for (let n = parent.firstElementChild; n; n = n.nextElementSibling) {
      if (nodes >= MAX_NODES) return;
      const tag = n.localName;
      if (tag === 'publish-guard-ui' || tag === 'script' || tag === 'style' || tag === 'noscript') continue;
      nodes++;
      lines.push(`${'  '.repeat(depth)}${line(n)}`);
      if (depth >= MAX_DEPTH) continue;
      if (n.shadowRoot) {
        lines.push(`${'  '.repeat(depth + 1)}#shadow-root`);
        walk(n.shadowRoot, depth + 2);
      }
      if (tag === 'iframe') {
        let inner: Document | null = null;
        try {
          inner = (n as HTMLIFrameElement).contentDocument;
        } catch {
          inner = null;
        }
        if (inner?.documentElement) {
          lines.push(`${'  '.repeat(depth + 1)}#document`);
          walk(inner, depth + 2);
        }
      }
      walk(n, depth + 1);
    }
  };
  walk(document, 0);
  if (nodes >= MAX_NODES) lines.push(`# truncated at ${MAX_NODES} elements`);
  return { outline: lines.join('\n'), nodes };
}
