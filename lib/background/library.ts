import { createEngine, type Engine } from '../rules/create';
import type { RuleProviders } from '../rules/library';
import type { SpellingProvider } from '../rules/spelling';
import type { TypographyProvider } from '../rules/typography';
import { createNspellProvider } from '../spelling/nspell-provider';
import { loadAutoCorrect } from '../typography/autocorrect';
import { assetBytes, assetText } from './assets';
import type { EngineService } from './engine-service';

let typography: Promise<TypographyProvider | undefined> | undefined;

/** AutoCorrect WASM, instantiated once per service-worker life (≈3 MB, loaded only here). */
function typographyProvider(): Promise<TypographyProvider | undefined> {
  typography ??= assetBytes('autocorrect.wasm')
    .then((bytes) => loadAutoCorrect(bytes))
    .catch(() => undefined);
  return typography;
}

let dictionaryEn: Promise<{ aff: string; dic: string } | undefined> | undefined;

/** The same en_US Hunspell dictionary (dictionary-en) that the CLI gives nodehun, read with nspell. */
async function spellingProvider(words: string[]): Promise<SpellingProvider | undefined> {
  dictionaryEn ??= Promise.all([assetText('en/index.aff'), assetText('en/index.dic')])
    .then(([aff, dic]) => ({ aff, dic }))
    .catch(() => undefined);
  const d = await dictionaryEn;
  return d ? createNspellProvider(d, words) : undefined;
}

/**
 * The background's asynchronous library passes (typography, spelling, repost sources, pattern
 * entries), built on the same compiled dictionaries as the content script's core checker.
 */
export class LibraryService {
  private engine?: { key: string; engine: Promise<Engine> };

  constructor(private readonly engines: EngineService) {}

  async get(): Promise<{ version: string; engine: Engine }> {
    const s = await this.engines.current();
    const { settings, assets } = s.data;
    const key = `${s.version}|${settings.spellingWords.join(',')}|${settings.extraSources.join(',')}`;
    if (!this.engine || this.engine.key !== key) {
      const build = async () => {
        const providers: RuleProviders = {
          typography: await typographyProvider(),
          spelling: await spellingProvider(settings.spellingWords),
          userWords: settings.spellingWords,
        };
        const sources =
          settings.extraSources.length && assets.sources && typeof assets.sources === 'object'
            ? {
                ...(assets.sources as Record<string, unknown>),
                designated: [
                  ...((assets.sources as { designated?: string[] }).designated ?? []),
                  ...settings.extraSources,
                ],
              }
            : assets.sources;
        return createEngine(
          {
            dictionaries: s.compiled,
            t2s: assets.t2s,
            sources,
            pinyin: assets.pinyin,
            shapes: assets.shapes,
            idioms: assets.idioms,
            divisions: assets.divisions,
            placeVariants: assets.placeVariants,
            wordVariants: assets.wordVariants,
            wordFreq: assets.wordFreq,
            collocationSlips: assets.collocationSlips,
            towns: assets.towns,
            ruleData: assets.ruleData,
            replyTone: assets.replyTone,
          },
          providers,
          { passes: 'library' },
        );
      };
      this.engine = { key, engine: build() };
      this.engine.engine.catch(() => {
        this.engine = undefined;
      });
    }
    return { version: s.version, engine: await this.engine.engine };
  }
}
