import { useEffect, useRef, useState } from 'preact/hooks';
import { saveImportedDictionary } from '../../lib/dict/admin';
import {
  decodeImportBytes,
  detectFormat,
  type ImportFormat,
  type ImportReport,
  importDictionary,
} from '../../lib/dict/import';
import { CSV_HEADER_HELP, IMPORT_TEMPLATES } from '../../lib/dict/templates';
import type { Category } from '../../lib/engine/types';
import { getLocale, t } from '../../lib/i18n/all';
import { checkNewDictionaryId, suggestDictionaryId } from '../../lib/options/dictionaries';
import { writeDictionary } from '../common/admin';
import { download, type Outcome, useOptions } from './data';
import { Exporter } from './import-export/Exporter';
import { FORMAT_LABELS } from './import-export/formats';
import { ReportView } from './import-export/ReportView';
import { CategorySelect, Field, LockNote, Message, Section, value } from './ui';

/** 导入导出: import TXT/CSV/JSON word lists (progress, report, all-or-nothing) and export any dictionary. */
export function ImportExport() {
  return (
    <Section id="import" title={t('navImport')} intro={t('importIntro')}>
      <Importer />
      <Exporter />
    </Section>
  );
}

function baseName(fileName: string): string {
  return fileName.replace(/\.[^.]+$/, '').trim() || fileName;
}

function Importer() {
  const { loaded, actions, reloadEngine } = useOptions();
  const locked = loaded.effective.locked.dictionaries;
  const customs = loaded.rows.filter((r) => r.origin === 'custom' && r.dictionary);
  const [picked, setFile] = useState<File>();
  const [format, setFormat] = useState<'auto' | ImportFormat>('auto');
  const [target, setTarget] = useState<string>('new');
  const [name, setName] = useState('');
  /** The name was filled in from the file name (not typed): a new file replaces it. */
  const [nameFromFile, setNameFromFile] = useState(true);
  const [encoding, setEncoding] = useState<string>();
  const [id, setId] = useState('');
  const [category, setCategory] = useState<Category>('sensitive');
  const [progress, setProgress] = useState<{ done: number; total: number }>();
  const [running, setRunning] = useState(false);
  const [report, setReport] = useState<ImportReport>();
  const [outcome, setOutcome] = useState<Outcome>();
  const [errors, setErrors] = useState<{ file?: string; name?: string; id?: string }>({});
  const abort = useRef<AbortController | undefined>(undefined);
  const input = useRef<HTMLInputElement>(null);
  const suggested = suggestDictionaryId(loaded.rows);
  useEffect(() => () => abort.current?.abort(), []);

  const merging = target !== 'new';
  const mergeRow = customs.find((r) => r.key === target);
  useEffect(() => {
    if (mergeRow?.dictionary?.category) setCategory(mergeRow.dictionary.category);
  }, [mergeRow?.key]);

  function pick(f: File | undefined) {
    setFile(f);
    setReport(undefined);
    setOutcome(undefined);
    setProgress(undefined);
    setErrors({});
    setEncoding(undefined);
    if (f && (nameFromFile || !name.trim())) {
      setName(baseName(f.name));
      setNameFromFile(true);
    }
  }

  async function run(e: Event) {
    e.preventDefault();
    // The input's own file list, should the click come before the picked file's render (a scripted or very fast user).
    const file = picked ?? input.current?.files?.[0];
    setReport(undefined);
    setOutcome(undefined);
    if (locked) return setOutcome({ ok: false, message: t('importLocked') });
    const dictId = merging ? (mergeRow?.dictionary?.id ?? target) : id.trim() || suggested;
    const errs = {
      file: file ? undefined : t('importPickFile'),
      name: merging || name.trim() ? undefined : t('dictNameNeeded'),
      id: merging ? undefined : checkNewDictionaryId(dictId, loaded.rows),
    };
    setErrors(errs);
    if (!file || errs.name || errs.id) return;

    setRunning(true);
    setProgress({ done: 0, total: 1 });
    const controller = new AbortController();
    abort.current = controller;
    try {
      let bytes: ArrayBuffer;
      try {
        bytes = await file.arrayBuffer();
      } catch (err) {
        return setReport(failedReport(t('actCannotRead', { error: err instanceof Error ? err.message : String(err) })));
      }
      const decoded = decodeImportBytes(bytes);
      if (!decoded.ok) return setReport(failedReport(decoded.error));
      setEncoding(decoded.encoding === 'gb18030' ? t('importGbk') : undefined);
      const fmt = format === 'auto' ? detectFormat(file.name, decoded.text) : format;
      const rep = await importDictionary(decoded.text, fmt, {
        fileName: file.name,
        importer: loaded.actor,
        category,
        dictionaryId: dictId,
        dictionaryName: merging ? (mergeRow?.dictionary?.name ?? dictId) : name.trim(),
        signal: controller.signal,
        onProgress: (done, total) => setProgress({ done, total }),
      });
      setReport(rep);
      if (!rep.ok || !rep.dictionary) return;
      if (!merging && loaded.rows.some((r) => r.origin !== 'custom' && r.dictionary?.id === rep.dictionary!.id)) {
        return setOutcome({
          ok: false,
          message: t('importIdClash', { id: rep.dictionary.id }),
        });
      }
      const saved = await saveImportedDictionary(
        {
          config: {
            getDictionary: (id) => actions.config.getDictionary(id),
            // Protected write through the background (admin session); the importer writes its own audit record.
            putDictionary: async (d) => {
              const r = await writeDictionary(
                { put: d },
                { summary: `import: ${file.name}`, actor: loaded.actor, audit: false },
              );
              if (!r.ok) throw new Error(r.error ?? t('saveFailed'));
            },
          },
          records: actions.records,
          policy: loaded.policy,
        },
        { report: rep, actor: loaded.actor, fileName: file.name, format: fmt, mergeInto: merging ? target : undefined },
      );
      const warning = undefined as string | undefined; // the background told open editor tabs
      const d = saved.stored.dictionary as { name: string };
      setOutcome({
        ok: true,
        message: t('importDone', {
          n: rep.entryCount,
          name: d.name,
          merged: merging ? t('importMerged', { added: saved.added, replaced: saved.replaced }) : '',
          warning: warning ?? '',
        }),
      });
      setFile(undefined);
      setName('');
      setNameFromFile(true);
      setId('');
      if (input.current) input.current.value = '';
      reloadEngine();
    } catch (err) {
      setOutcome({
        ok: false,
        message: t('importFailedWith', { error: err instanceof Error ? err.message : String(err) }),
      });
    } finally {
      setRunning(false);
      abort.current = undefined;
    }
  }

  const pct = progress && progress.total > 0 ? Math.round((progress.done / progress.total) * 100) : 0;
  return (
    <form class="card" onSubmit={run} data-testid="import-form">
      <h2>{t('importHeading')}</h2>
      {locked && <LockNote testid="import-locked">{t('importLocked')}</LockNote>}
      <p class="muted" data-testid="import-help">
        {t('importHelp', { csv: CSV_HEADER_HELP })}
      </p>
      <p class="row">
        {t('importTemplates')}
        {(['csv', 'txt'] as const).map((k) => (
          <button
            key={k}
            type="button"
            onClick={() => download(IMPORT_TEMPLATES[k].name, IMPORT_TEMPLATES[k].text, IMPORT_TEMPLATES[k].type)}
            data-testid={`import-template-${k}`}
          >
            {t('importTemplate', { k: k.toUpperCase() })}
          </button>
        ))}
      </p>
      <div class="grid3">
        <Field label={t('importFile')} error={errors.file} testid="import-file">
          <input
            ref={input}
            type="file"
            accept=".txt,.csv,.json,.tsv,text/plain,text/csv,application/json"
            disabled={locked || running}
            onChange={(e) => pick(e.currentTarget.files?.[0])}
            data-testid="import-file"
          />
        </Field>
        <Field label={t('importFormat')}>
          <select value={format} onChange={(e) => setFormat(value(e) as typeof format)} data-testid="import-format">
            <option value="auto">{t('importFormatAuto')}</option>
            {(['txt', 'csv', 'json'] as const).map((f) => (
              <option key={f} value={f}>
                {FORMAT_LABELS[f]}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t('importTarget')}>
          <select value={target} onChange={(e) => setTarget(value(e))} data-testid="import-target">
            <option value="new">{t('dictNew')}</option>
            {customs.map((r) => (
              <option key={r.key} value={r.key}>
                {t('importMergeInto', { name: r.dictionary!.name })}
              </option>
            ))}
          </select>
        </Field>
        {!merging && (
          <>
            <Field label={t('importName')} error={errors.name} testid="import-name">
              <input
                type="text"
                value={name}
                onInput={(e) => {
                  setName(value(e));
                  setNameFromFile(false);
                }}
                data-testid="import-name"
              />
            </Field>
            <Field
              label={t('importId')}
              error={errors.id}
              hint={t('importIdHint', { id: suggested })}
              testid="import-id"
            >
              <input
                type="text"
                value={id}
                placeholder={suggested}
                onInput={(e) => setId(value(e))}
                data-testid="import-id"
              />
            </Field>
          </>
        )}
        <Field label={t('colCategory')} hint={t('importCategoryHint')}>
          <CategorySelect value={category} onChange={setCategory} testid="import-category" />
        </Field>
      </div>
      <div class="row">
        <button type="submit" class="primary" disabled={locked || running} data-testid="import-start">
          {t('importStart')}
        </button>
        {running && (
          <button type="button" onClick={() => abort.current?.abort()} data-testid="import-cancel">
            {t('cancel')}
          </button>
        )}
      </div>
      {progress && (
        <div class="progress" data-testid="import-progress">
          <progress max={progress.total || 1} value={progress.done} />
          <span class="muted">
            {t(running ? 'importChecking' : 'importProcessed', {
              done: progress.done.toLocaleString(getLocale() === 'en' ? 'en' : 'zh-CN'),
              total: progress.total.toLocaleString(getLocale() === 'en' ? 'en' : 'zh-CN'),
              pct,
            })}
          </span>
        </div>
      )}
      {encoding && (
        <p class="muted" data-testid="import-encoding">
          {encoding}
        </p>
      )}
      {report && <ReportView report={report} />}
      <Message outcome={outcome} testid="import-message" />
    </form>
  );
}

function failedReport(message: string): ImportReport {
  return { ok: false, entryCount: 0, errors: [{ message }], duplicates: [], conflicts: [] };
}
