import { browser } from 'wxt/browser';
import { typosExtraDictionary } from '../dict/typos-extra';
import { parseT2s } from '../engine/data/tables';
import { Normalizer } from '../engine/normalize';

/** Built-in data files packaged with the extension under /data (see wxt.config.ts). */
export interface BuiltinAssets {
  manifest: { dictionaries: string[]; data: Record<string, string> };
  dictionaries: unknown[];
  t2s: string;
  pinyin: string;
  idioms: string;
  /** Look-alike characters and administrative divisions ('' when the manifest lists none). */
  shapes: string;
  divisions: string;
  /** Generated misspellings of division names ('' when the manifest lists none). */
  placeVariants: string;
  /** Generated 别字 of common words ('' when the manifest lists none). */
  wordVariants: string;
  /** Word counts for the word-likelihood rule ('' when the manifest lists none). */
  wordFreq: string;
  /** Common words' slips and their collocates ('' when the manifest lists none). */
  collocationSlips: string;
  /** Township-level divisions by county ('' when the manifest lists none). */
  towns: string;
  links: unknown;
  sources: unknown;
  names: unknown;
  /** rule-data.json (undefined when the manifest lists none). */
  ruleData: unknown;
  /** reply-tone.json (undefined when the manifest lists none). */
  replyTone: unknown;
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
    const optional = (f: string | undefined) => (f ? text(f) : Promise.resolve(''));
    const [
      dictionaries,
      t2s,
      pinyin,
      idioms,
      links,
      sources,
      names,
      shapes,
      divisions,
      placeVariants,
      wordVariants,
      wordFreq,
      collocationSlips,
      towns,
      typosExtra,
      ruleData,
      replyTone,
    ] = await Promise.all([
      Promise.all(manifest.dictionaries.map(async (f) => JSON.parse(await text(f)) as unknown)),
      text(manifest.data.t2s!),
      text(manifest.data.pinyin!),
      text(manifest.data.idioms!),
      text(manifest.data.links!).then((t) => JSON.parse(t) as unknown),
      text(manifest.data.sources!).then((t) => JSON.parse(t) as unknown),
      text(manifest.data.names!).then((t) => JSON.parse(t) as unknown),
      optional(manifest.data.shapes),
      optional(manifest.data.divisions),
      optional(manifest.data.placeVariants),
      optional(manifest.data.wordVariants),
      optional(manifest.data.wordFreq),
      optional(manifest.data.collocationSlips),
      optional(manifest.data.towns),
      optional(manifest.data.typosExtra),
      optional(manifest.data.ruleData).then((t) => (t ? (JSON.parse(t) as unknown) : undefined)),
      optional(manifest.data.replyTone).then((t) => (t ? (JSON.parse(t) as unknown) : undefined)),
    ]);
    // The extra typo pairs are a data table; they become one more built-in dictionary.
    if (typosExtra) {
      const normalizer = new Normalizer({ t2s: parseT2s(t2s) });
      dictionaries.push(typosExtraDictionary(typosExtra, (s) => normalizer.normalize(s)));
    }
    return {
      manifest,
      dictionaries,
      t2s,
      pinyin,
      idioms,
      shapes,
      divisions,
      placeVariants,
      wordVariants,
      wordFreq,
      collocationSlips,
      towns,
      links,
      sources,
      names,
      ruleData,
      replyTone,
    };
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
