import { browser } from 'wxt/browser';
import { EDITOR_MATCH_PATTERNS } from '../editors/hosts';

/**
 * Registers the page-world backstop (entrypoints/backstop.ts → /backstop.js) on the editor hosts.
 *
 * Why registerContentScripts and not the manifest: `world: "MAIN"` in manifest content_scripts needs Chrome 111,
 * while scripting.registerContentScripts accepts `world: "MAIN"` since Chrome 102, so Chromium 109/110 cores (360,
 * QQ, older Edge) get it too. Firefox supports the MAIN world there from 128; on older Firefox (and where the API is
 * missing) registration fails, the failure is logged, and 自检 shows the backstop as inactive — the click gate still
 * works.
 */
const BACKSTOP_ID = 'publish-guard-backstop';

type ScriptingApi = {
  getRegisteredContentScripts(filter?: { ids?: string[] }): Promise<Array<{ id: string }>>;
  registerContentScripts(scripts: unknown[]): Promise<void>;
};

export async function registerBackstop(): Promise<boolean> {
  const scripting = (browser as unknown as { scripting?: ScriptingApi }).scripting;
  if (!scripting?.registerContentScripts) return false;
  try {
    const existing = await scripting.getRegisteredContentScripts({ ids: [BACKSTOP_ID] });
    if (existing.length) return true;
    await scripting.registerContentScripts([
      {
        id: BACKSTOP_ID,
        js: ['backstop.js'],
        matches: [...EDITOR_MATCH_PATTERNS],
        runAt: 'document_start',
        world: 'MAIN',
        allFrames: false,
        persistAcrossSessions: true,
      },
    ]);
    return true;
  } catch (err) {
    console.warn('[publish-guard] page backstop not available in this browser:', err);
    return false;
  }
}
