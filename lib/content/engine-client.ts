import { decodeBase64 } from '../engine/base64';
import { deserializeCompiled } from '../engine/dictionary/serialize';
import type { Platform } from '../engine/types';
import { request } from '../messaging/client';
import type { EngineBundle } from '../messaging/protocol';
import { createCompiledCoreEngine, type Engine } from '../rules/create-core';

export interface LoadedEngine {
  bundle: EngineBundle;
  engine: Engine;
}

/**
 * Fetches the engine bundle (compiled automaton + data tables + effective settings) from the
 * background and builds the core checker locally, so checks and the publish gate run synchronously
 * in the page without a round trip.
 */
/** Builds the core checker from an engine bundle (the content script and the options page's test box). */
export function engineFromBundle(bundle: EngineBundle): Engine {
  return createCompiledCoreEngine(
    {
      dictionaries: deserializeCompiled(decodeBase64(bundle.compiled)),
      t2s: bundle.tables.t2s,
      pinyin: bundle.tables.pinyin,
      idioms: bundle.tables.idioms,
      shapes: bundle.tables.shapes,
      divisions: bundle.tables.divisions,
      sources: bundle.sources,
    },
    bundle.lists,
  );
}

export async function loadEngine(
  platform: Platform,
  account: string | undefined,
  previous?: LoadedEngine,
): Promise<LoadedEngine> {
  const bundle = await request('engine/get', { platform, account });
  if (previous && previous.bundle.version === bundle.version) return previous;
  return { bundle, engine: engineFromBundle(bundle) };
}
