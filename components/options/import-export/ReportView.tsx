import type { ImportReport } from '../../../lib/dict/import';
import { t } from '../../../lib/i18n/all';

/** The import report: counts, errors with their lines, merged duplicates and allow/deny conflicts. */
export function ReportView({ report }: { report: ImportReport }) {
  const lineList = (lines: number[]) => lines.slice(0, 8).join(t('listSep')) + (lines.length > 8 ? ' …' : '');
  return (
    <div class={`report notice ${report.ok ? 'ok' : 'error'}`} data-testid="import-report" data-ok={String(report.ok)}>
      {report.ok ? (
        <p>{t('reportOk', { n: report.entryCount })}</p>
      ) : (
        <>
          <p data-testid="import-failed">{t('reportFailed')}</p>
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
          <summary>{t('reportDuplicates', { n: report.duplicates.length })}</summary>
          <ul>
            {report.duplicates.slice(0, 200).map((d) => (
              <li key={d.term}>
                “{d.term}”：{t('reportLines', { lines: lineList(d.lines) })}
              </li>
            ))}
          </ul>
        </details>
      )}
      {report.conflicts.length > 0 && (
        <details open data-testid="import-conflicts">
          <summary>{t('reportConflicts', { n: report.conflicts.length })}</summary>
          <ul>
            {report.conflicts.slice(0, 200).map((d) => (
              <li key={d.term}>
                “{d.term}”：{t('reportLines', { lines: lineList(d.lines) })}
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
