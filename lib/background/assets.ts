import { browser } from 'wxt/browser';

/** Built-in data files packaged with the extension under /data (see wxt.config.ts). */
export interface BuiltinAssets {
  manifest: { dictionaries: string[]; data: Record<string, string> };
  dictionaries: unknown[];
  t2s: string;
  pinyin: string;
  idioms: string;
  links: unknown;
  sources: unknown;
  names: unknown;
}

const url = (path: string) => (browser.runtime.getURL as (p: string) => string)(`/data/${path}`);

async function text(path: string): Promise<string> {
  const r = await fetch(url(path));
  if (!r.ok) throw new Error(`built-in data missing: ${path} (${r.status})`);
  return r.text();
}

let cached: Promise<BuiltinAssets> | undefined;

export function builtinAssets(): Promise<BuiltinAssets> {
  cached ??= (async () => {
    const manifest = JSON.parse(await text('manifest.json')) as BuiltinAssets['manifest'];
    const [dictionaries, t2s, pinyin, idioms, links, sources, names] = await Promise.all([
      Promise.all(manifest.dictionaries.map(async (f) => JSON.parse(await text(f)) as unknown)),
      text(manifest.data.t2s!),
      text(manifest.data.pinyin!),
      text(manifest.data.idioms!),
      text(manifest.data.links!).then((t) => JSON.parse(t) as unknown),
      text(manifest.data.sources!).then((t) => JSON.parse(t) as unknown),
      text(manifest.data.names!).then((t) => JSON.parse(t) as unknown),
    ]);
    return { manifest, dictionaries, t2s, pinyin, idioms, links, sources, names };
  })();
  cached.catch(() => {
    cached = undefined;
  });
  return cached;
}

export async function assetBytes(path: string): Promise<ArrayBuffer> {
  const r = await fetch(url(path));
  if (!r.ok) throw new Error(`built-in data missing: ${path} (${r.status})`);
  return r.arrayBuffer();
}

export const assetText = text;
