import type { DraftImage } from '../engine/types';

/**
 * Images and media of a draft, by source URL. They are not checked as text, but they are published, so they belong
 * to the draft and to the canonical hash a sign-off binds to: swapping an image after sign-off makes it stale.
 */

const MAX_IMAGES = 500;
const MEDIA = 'img, video, audio, iframe, mpvoice, mp-common-videosnap, embed';

/** The source of an image-like element: data-src (lazy loading) before a data: placeholder src; CSS background. */
export function imageSource(el: Element): string | undefined {
  const attr = (name: string) => (el.getAttribute(name) ?? '').trim();
  const dataSrc = attr('data-src') || attr('data-url') || attr('data-mpvid') || attr('data-pluginname');
  const src = attr('src');
  if (src && !src.startsWith('data:')) return src;
  if (dataSrc) return dataSrc;
  if (src) return src.length > 200 ? `${src.slice(0, 200)}…` : src; // a data: URL: keep it short but distinct
  const bg = /url\((['"]?)(.*?)\1\)/.exec((el as HTMLElement).style?.backgroundImage ?? '')?.[2];
  if (bg) return bg;
  const inner = el.querySelector('img');
  return inner ? imageSource(inner) : undefined;
}

/** Images and media inside an editor root, in document order (never anything of ours). */
export function bodyImages(root: Element): DraftImage[] {
  const out: DraftImage[] = [];
  for (const el of root.querySelectorAll(MEDIA)) {
    if (el.closest('[data-publish-guard]')) continue;
    const src = imageSource(el);
    if (!src) continue;
    const alt = (el.getAttribute('alt') ?? '').trim();
    out.push(alt ? { src, alt } : { src });
    if (out.length >= MAX_IMAGES) break;
  }
  return out;
}

/** Images matched by a selector list inside a scope (attached pictures of a composer, a cover slot …). */
export function imagesIn(scope: ParentNode, selectors: readonly string[]): DraftImage[] {
  const out: DraftImage[] = [];
  const seen = new Set<Element>();
  for (const s of selectors) {
    let els: NodeListOf<Element>;
    try {
      els = scope.querySelectorAll(s);
    } catch {
      continue;
    }
    for (const el of els) {
      if (seen.has(el)) continue;
      seen.add(el);
      const src = imageSource(el);
      if (src) out.push({ src });
      if (out.length >= MAX_IMAGES) return out;
    }
  }
  return out;
}
