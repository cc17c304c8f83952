import { useState } from 'preact/hooks';
import { recordDictionaryExport } from '../../../lib/dict/admin';
import { exportDictionary } from '../../../lib/dict/export';
import type { ImportFormat } from '../../../lib/dict/import';
import { t } from '../../../lib/i18n/all';
import { download, type Outcome, useOptions } from '../data';
import { Message, value } from '../ui';
import { FORMAT_LABELS, MIME } from './formats';

function safeFileName(s: string): string {
  return s.replace(/[\\/:*?"<>|\s]+/g, '_').slice(0, 80);
}

/** 导出词库: one dictionary as TXT, CSV or JSON. */
export function Exporter() {
  const { loaded, actions } = useOptions();
  const rows = loaded.rows.filter((r) => r.dictionary);
  const [key, setKey] = useState(rows[0]?.key ?? '');
  const [outcome, setOutcome] = useState<Outcome>();
  const [link, setLink] = useState<{ url: string; name: string }>();
  const row = rows.find((r) => r.key === key) ?? rows[0];

  async function run(format: ImportFormat) {
    setOutcome(undefined);
    const d = row?.dictionary;
    if (!d) return;
    try {
      // Logged first: an export that cannot be recorded does not happen.
      await recordDictionaryExport(actions.records, { actor: loaded.actor, dictionary: d, format });
    } catch (err) {
      return setOutcome({
        ok: false,
        message: t('actExportNoAudit', { error: err instanceof Error ? err.message : String(err) }),
      });
    }
    const name = `${safeFileName(d.name)}-${safeFileName(d.version)}.${format}`;
    const url = download(name, exportDictionary(d, format), MIME[format]);
    setLink({ url, name });
    setOutcome({
      ok: true,
      message: t('exportDone', { name: d.name, format: FORMAT_LABELS[format], n: d.entries.length, file: name }),
    });
  }

  return (
    <div class="card" data-testid="export-form">
      <h2>{t('exportHeading')}</h2>
      <p class="muted">{t('exportNote')}</p>
      <div class="row">
        <select value={row?.key} onChange={(e) => setKey(value(e))} data-testid="export-dictionary">
          {rows.map((r) => (
            <option key={r.key} value={r.key}>
              {t('exportOption', {
                name: r.dictionary!.name,
                origin: t(`origin_${r.origin}`),
                n: r.dictionary!.entries.length,
              })}
            </option>
          ))}
        </select>
        {(['txt', 'csv', 'json'] as const).map((f) => (
          <button key={f} type="button" onClick={() => void run(f)} data-testid={`export-${f}`}>
            {t('exportAs', { f: FORMAT_LABELS[f] })}
          </button>
        ))}
      </div>
      <Message outcome={outcome} testid="export-message" />
      {link && outcome?.ok && (
        <p class="muted">
          {t('histDownloadLinks')}
          <a href={link.url} download={link.name} data-testid="export-link">
            {link.name}
          </a>
        </p>
      )}
    </div>
  );
}
