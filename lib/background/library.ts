import { createEngine, type Engine } from '../engine/create';
import type { RuleProviders } from '../rules/index';
import type { TypographyProvider } from '../rules/typography';
import { loadAutoCorrect } from '../typography/autocorrect';
import { assetBytes } from './assets';
import type { EngineService } from './engine-service';

let typography: Promise<TypographyProvider | undefined> | undefined;

/** AutoCorrect WASM, instantiated once per service-worker life (≈3 MB, loaded only here). */
function typographyProvider(): Promise<TypographyProvider | undefined> {
  typography ??= assetBytes('autocorrect.wasm')
    .then((bytes) => loadAutoCorrect(bytes))
    .catch(() => undefined);
  return typography;
}

/**
 * The background's asynchronous library passes (typography, spelling, pattern entries), built on the
 * same compiled dictionaries as the content script's core checker and cached per version.
 */
export class LibraryService {
  private engine?: { version: string; engine: Promise<Engine> };

  constructor(
    private readonly engines: EngineService,
    private readonly extraProviders: () => Promise<Partial<RuleProviders>> = async () => ({}),
  ) {}

  async get(): Promise<{ version: string; engine: Engine }> {
    const s = await this.engines.current();
    if (!this.engine || this.engine.version !== s.version) {
      const build = async () => {
        const providers: RuleProviders = { typography: await typographyProvider(), ...(await this.extraProviders()) };
        return createEngine(
          {
            dictionaries: s.compiled,
            t2s: s.data.assets.t2s,
            pinyin: s.data.assets.pinyin,
            idioms: s.data.assets.idioms,
          },
          providers,
          { passes: 'library' },
        );
      };
      this.engine = { version: s.version, engine: build() };
    }
    return { version: this.engine.version, engine: await this.engine.engine };
  }
}
