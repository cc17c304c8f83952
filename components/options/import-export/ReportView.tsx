import type { ImportReport } from '../../../lib/dict/import';

/** The import report: counts, errors with their lines, merged duplicates and allow/deny conflicts. */
export function ReportView({ report }: { report: ImportReport }) {
  const lineList = (lines: number[]) => lines.slice(0, 8).join('、') + (lines.length > 8 ? ' …' : '');
  return (
    <div class={`report notice ${report.ok ? 'ok' : 'error'}`} data-testid="import-report" data-ok={String(report.ok)}>
      {report.ok ? (
        <p>校验通过：{report.entryCount} 个词条。</p>
      ) : (
        <>
          <p data-testid="import-failed">导入失败，未做任何更改。原因：</p>
          <ul data-testid="import-errors">
            {report.errors.map((e, i) => (
              <li
                key={`${i}-${e.message}`}
                data-testid="import-error"
                data-line={e.line ?? ''}
                data-field={e.field ?? ''}
              >
                {e.message}
              </li>
            ))}
          </ul>
        </>
      )}
      {report.duplicates.length > 0 && (
        <details data-testid="import-duplicates">
          <summary>重复词条 {report.duplicates.length} 个（已合并：建议合并、取最高级别）</summary>
          <ul>
            {report.duplicates.slice(0, 200).map((d) => (
              <li key={d.term}>
                “{d.term}”：第 {lineList(d.lines)} 行
              </li>
            ))}
          </ul>
        </details>
      )}
      {report.conflicts.length > 0 && (
        <details open data-testid="import-conflicts">
          <summary>
            冲突 {report.conflicts.length} 个（既是禁用词又是白名单词：白名单优先，该词不会被提示，请确认）
          </summary>
          <ul>
            {report.conflicts.slice(0, 200).map((d) => (
              <li key={d.term}>
                “{d.term}”：第 {lineList(d.lines)} 行
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
