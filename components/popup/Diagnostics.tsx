import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { pageOutline } from '../../lib/diagnostics/outline';
import { type PageKey, t } from '../../lib/i18n/all';
import { tabRequest } from '../../lib/messaging/client';
import type { TabRes } from '../../lib/messaging/protocol';

type Diagnosis = TabRes<'content/diagnose'>;

const FIELD_LABELS: Record<string, PageKey> = {
  body: 'fieldBody',
  title: 'fieldTitle',
  author: 'fieldAuthor',
  digest: 'fieldDigest',
  caption: 'fieldCaption',
  sourceUrl: 'fieldSourceUrl',
  cover: 'fieldCover',
  account: 'fieldAccount',
  composers: 'fieldComposers',
  send: 'fieldSend',
};

const EDITOR_LABELS = {
  attached: 'editorAttached',
  loading: 'editorLoading',
  unrecognised: 'editorUnrecognised',
  none: 'editorNone',
} as const satisfies Record<string, PageKey>;

function fieldLabel(name: string): string {
  const key = FIELD_LABELS[name];
  return key ? t(key) : name;
}

type ScriptingApi = {
  executeScript(o: { target: { tabId: number }; func: () => unknown }): Promise<Array<{ result?: unknown }>>;
};

/** Runs the outline in the tab (extension-initiated; the function never ships in the content script). */
async function outlineOf(tabId: number): Promise<{ outline: string; nodes: number }> {
  const scripting = (browser as unknown as { scripting?: ScriptingApi }).scripting;
  if (!scripting) throw new Error(t('diagNoScripting'));
  const [r] = await scripting.executeScript({ target: { tabId }, func: pageOutline });
  const value = r?.result as { outline: string; nodes: number } | undefined;
  if (!value) throw new Error(t('diagNoOutline'));
  return value;
}

function download(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/plain;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 5000);
}

/**
 * 自检: which adapter runs, which selector matched each field, which publish/confirm controls were found and whether
 * the adapter recognises them; and an export of the page's sanitised structure for the maintainers.
 */
export function Diagnostics({ tabId, open: initiallyOpen = false }: { tabId: number; open?: boolean }) {
  const [open, setOpen] = useState(initiallyOpen);
  const [d, setD] = useState<Diagnosis>();
  const [error, setError] = useState<string>();
  const [exported, setExported] = useState<string>();

  const run = () => {
    setError(undefined);
    tabRequest(tabId, 'content/diagnose', {})
      .then(setD)
      .catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  };
  useEffect(() => {
    if (initiallyOpen) run();
  }, []);
  const toggle = () => {
    if (!open && !d) run();
    setOpen(!open);
  };
  const exportOutline = async () => {
    setError(undefined);
    try {
      const { outline, nodes } = await outlineOf(tabId);
      const head = d ? `# 自检 ${JSON.stringify(d)}\n` : '';
      const host = d ? new URL(d.page).hostname : 'page';
      const name = `publish-guard-outline-${host}-${new Date().toISOString().slice(0, 10)}.txt`;
      download(name, `${head}${outline}\n`);
      setExported(t('diagExported', { n: nodes, name }));
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };

  return (
    <section class="diagnostics" data-testid="popup-diagnostics">
      <button class="link" onClick={toggle} aria-expanded={open} data-testid="popup-diagnose">
        {t('diagButton')} {open ? '▴' : '▾'}
      </button>
      {open && (
        <div>
          {error && <p class="error">{error}</p>}
          {d && (
            <>
              <p class="muted" data-testid="diag-adapter">
                {t('diagAdapter')} {d.adapter ?? t('diagNoAdapter')}
                {d.version ? t('diagSelectorVersion', { v: d.version }) : ''} · {t('diagEditor')}{' '}
                {d.editor ? t(EDITOR_LABELS[d.editor]) : '—'} · {t(d.backstop ? 'diagBackstopOn' : 'diagBackstopOff')}
              </p>
              <table class="diag">
                <tbody>
                  {d.fields.map((f) => (
                    <tr key={f.name} data-testid="diag-field" data-field={f.name} data-found={f.selector ? '1' : '0'}>
                      <th>{fieldLabel(f.name)}</th>
                      <td>{f.selector ? <code>{f.selector}</code> : <span class="muted">{t('diagNotFound')}</span>}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              <h3>{t('diagControls')}</h3>
              {d.controls.length === 0 && <p class="muted">{t('diagNoControls')}</p>}
              <ul>
                {d.controls.map((c, i) => (
                  <li key={`${c.element}-${i}`} data-testid="diag-control" data-action={c.action ?? ''}>
                    “{c.label}” <code>{c.element}</code> {c.action ? `→ ${c.action}` : t('diagControlUnknown')}
                    {c.disabled ? t('diagDisabled') : ''}
                  </li>
                ))}
              </ul>
            </>
          )}
          <div class="row">
            <button onClick={run}>{t('diagRerun')}</button>
            <button onClick={() => void exportOutline()} data-testid="popup-export-outline">
              {t('diagExport')}
            </button>
          </div>
          {exported && <p class="muted">{exported}</p>}
          <p class="muted">{t('diagOutlineNote')}</p>
        </div>
      )}
    </section>
  );
}
