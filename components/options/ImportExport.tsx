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
    <Section
      id="import"
      title="导入导出"
      intro="导入时整个文件校验通过才会保存，任何一处错误都不会改动词库；每次导入、导出都记入审计日志。"
    >
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
  const [file, setFile] = useState<File>();
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
    setReport(undefined);
    setOutcome(undefined);
    if (locked) return setOutcome({ ok: false, message: '词库已由单位策略锁定，不能导入。' });
    const dictId = merging ? (mergeRow?.dictionary?.id ?? target) : id.trim() || suggested;
    const errs = {
      file: file ? undefined : '请选择要导入的文件',
      name: merging || name.trim() ? undefined : '请填写词库名称',
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
        return setReport(failedReport(`无法读取文件：${err instanceof Error ? err.message : String(err)}`));
      }
      const decoded = decodeImportBytes(bytes);
      if (!decoded.ok) return setReport(failedReport(decoded.error));
      setEncoding(decoded.encoding === 'gb18030' ? '已按 GBK/GB18030 编码读取并转换。' : undefined);
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
          message: `导入失败，未做任何更改：词库 id ${rep.dictionary.id} 与内置或订阅词库相同，请修改文件中的 id。`,
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
              if (!r.ok) throw new Error(r.error ?? '保存失败');
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
        message: `已导入 ${rep.entryCount} 个词条到自定义词库《${d.name}》${
          merging ? `（新增 ${saved.added}，替换 ${saved.replaced}）` : ''
        }，已通知打开的编辑器页面。${warning ?? ''}`,
      });
      setFile(undefined);
      setName('');
      setNameFromFile(true);
      setId('');
      if (input.current) input.current.value = '';
      reloadEngine();
    } catch (err) {
      setOutcome({ ok: false, message: `导入失败，未做任何更改：${err instanceof Error ? err.message : String(err)}` });
    } finally {
      setRunning(false);
      abort.current = undefined;
    }
  }

  const pct = progress && progress.total > 0 ? Math.round((progress.done / progress.total) * 100) : 0;
  return (
    <form class="card" onSubmit={run} data-testid="import-form">
      <h2>导入词库</h2>
      {locked && <LockNote testid="import-locked">词库已由单位策略锁定，不能导入。</LockNote>}
      <p class="muted" data-testid="import-help">
        TXT：每行“词条⇥建议（多个用 | 分隔）⇥严重程度⇥说明”，以 ! 开头为白名单。CSV：{CSV_HEADER_HELP}
        严重程度可写 block/warn/info 或 禁止发布/需注意/建议。JSON：原生词库格式。编码可为 UTF-8 或 GBK/GB18030（Excel
        在中文 Windows 上“另存为 CSV”的默认编码），会自动识别。
      </p>
      <p class="row">
        下载模板：
        {(['csv', 'txt'] as const).map((k) => (
          <button
            key={k}
            type="button"
            onClick={() => download(IMPORT_TEMPLATES[k].name, IMPORT_TEMPLATES[k].text, IMPORT_TEMPLATES[k].type)}
            data-testid={`import-template-${k}`}
          >
            {k.toUpperCase()} 模板
          </button>
        ))}
      </p>
      <div class="grid3">
        <Field label="文件" error={errors.file} testid="import-file">
          <input
            ref={input}
            type="file"
            accept=".txt,.csv,.json,.tsv,text/plain,text/csv,application/json"
            disabled={locked || running}
            onChange={(e) => pick(e.currentTarget.files?.[0])}
            data-testid="import-file"
          />
        </Field>
        <Field label="格式">
          <select value={format} onChange={(e) => setFormat(value(e) as typeof format)} data-testid="import-format">
            <option value="auto">按扩展名自动识别</option>
            {(['txt', 'csv', 'json'] as const).map((f) => (
              <option key={f} value={f}>
                {FORMAT_LABELS[f]}
              </option>
            ))}
          </select>
        </Field>
        <Field label="导入到">
          <select value={target} onChange={(e) => setTarget(value(e))} data-testid="import-target">
            <option value="new">新建自定义词库</option>
            {customs.map((r) => (
              <option key={r.key} value={r.key}>
                合并到《{r.dictionary!.name}》
              </option>
            ))}
          </select>
        </Field>
        {!merging && (
          <>
            <Field label="词库名称" error={errors.name} testid="import-name">
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
              label="词库 id"
              error={errors.id}
              hint={`留空则为 ${suggested}（JSON 词库文件使用文件中的 id）`}
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
        <Field label="类别" hint="TXT/CSV 词条的类别">
          <CategorySelect value={category} onChange={setCategory} testid="import-category" />
        </Field>
      </div>
      <div class="row">
        <button type="submit" class="primary" disabled={locked || running} data-testid="import-start">
          导入
        </button>
        {running && (
          <button type="button" onClick={() => abort.current?.abort()} data-testid="import-cancel">
            取消
          </button>
        )}
      </div>
      {progress && (
        <div class="progress" data-testid="import-progress">
          <progress max={progress.total || 1} value={progress.done} />
          <span class="muted">
            {running ? '正在校验' : '已处理'} {progress.done.toLocaleString('zh-CN')} /{' '}
            {progress.total.toLocaleString('zh-CN')} 行（{pct}%）
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
