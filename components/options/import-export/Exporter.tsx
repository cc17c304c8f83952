import { useState } from 'preact/hooks';
import { recordDictionaryExport } from '../../../lib/dict/admin';
import { exportDictionary } from '../../../lib/dict/export';
import type { ImportFormat } from '../../../lib/dict/import';
import { ORIGIN_LABELS } from '../../../lib/options/labels';
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
        message: `导出未进行：无法写入审计日志（${err instanceof Error ? err.message : String(err)}）`,
      });
    }
    const name = `${safeFileName(d.name)}-${safeFileName(d.version)}.${format}`;
    const url = download(name, exportDictionary(d, format), MIME[format]);
    setLink({ url, name });
    setOutcome({
      ok: true,
      message: `已导出《${d.name}》（${FORMAT_LABELS[format]}，${d.entries.length} 个词条）：${name}`,
    });
  }

  return (
    <div class="card" data-testid="export-form">
      <h2>导出词库</h2>
      <p class="muted">
        TXT/CSV 只包含词语、建议、级别和说明；正则词条、上下文条件和例句只有 JSON 保留。导出后可以原样再导入。
      </p>
      <div class="row">
        <select value={row?.key} onChange={(e) => setKey(value(e))} data-testid="export-dictionary">
          {rows.map((r) => (
            <option key={r.key} value={r.key}>
              {r.dictionary!.name}（{ORIGIN_LABELS[r.origin]}，{r.dictionary!.entries.length} 条）
            </option>
          ))}
        </select>
        {(['txt', 'csv', 'json'] as const).map((f) => (
          <button key={f} type="button" onClick={() => void run(f)} data-testid={`export-${f}`}>
            导出 {FORMAT_LABELS[f]}
          </button>
        ))}
      </div>
      <Message outcome={outcome} testid="export-message" />
      {link && outcome?.ok && (
        <p class="muted">
          若浏览器没有自动下载，请点击：
          <a href={link.url} download={link.name} data-testid="export-link">
            {link.name}
          </a>
        </p>
      )}
    </div>
  );
}
