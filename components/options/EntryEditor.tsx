import { useState } from 'preact/hooks';
import { CATEGORY_LABELS, SEVERITY_LABELS, type Severity } from '../../lib/engine/types';
import { bumpVersion, type DictRow, describeEntryChange } from '../../lib/options/dictionaries';
import {
  ENTRY_CATEGORIES,
  ENTRY_SEVERITIES,
  type EntryField,
  type EntryForm,
  entryFromForm,
  formFromEntry,
  newEntryId,
  validateEntryChange,
} from '../../lib/options/entry-form';
import type { StoredDictionary } from '../../lib/store/schema';
import { type Outcome, useOptions } from './data';
import { Field, value } from './ui';

interface Props {
  row: DictRow;
  stored: StoredDictionary;
  /** Index of the entry being edited; undefined adds a new entry. */
  index?: number;
  /** Called with the save outcome, or without one when cancelled. */
  onDone(out?: Outcome): void;
}

/** Adds or edits one entry of a custom dictionary; validated with dictionarySchema, errors next to each field. */
export function EntryEditor({ row, stored, index, onDone }: Props) {
  const { loaded, actions } = useOptions();
  const d = row.dictionary!;
  const original = index === undefined ? undefined : d.entries[index];
  const [form, setForm] = useState<EntryForm>(() =>
    formFromEntry(original, { source: `${loaded.actor}在选项页添加（${new Date().toLocaleDateString('zh-CN')}）` }),
  );
  const [errors, setErrors] = useState<Partial<Record<EntryField, string>>>({});
  const [general, setGeneral] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const set = <K extends EntryField>(k: K, v: EntryForm[K]) => setForm((f) => ({ ...f, [k]: v }));

  async function save(e: Event) {
    e.preventDefault();
    const taken = new Set(d.entries.filter((_, i) => i !== index).map((x) => x.id));
    const withId = { ...form, id: form.id.trim() || newEntryId(form, taken) };
    const checked = validateEntryChange(d, entryFromForm(withId, original), index);
    if (!checked.ok) {
      setErrors(checked.fields);
      setGeneral(checked.general);
      return;
    }
    setErrors({});
    setGeneral([]);
    setBusy(true);
    try {
      const out = await actions.putDictionary(
        {
          ...stored,
          dictionary: { ...checked.dictionary, version: bumpVersion(d.version) },
          updatedAt: new Date().toISOString(),
        },
        describeEntryChange(d.name, original, checked.entry),
        { entryId: checked.entry.id, added: original === undefined },
      );
      onDone(out);
    } finally {
      setBusy(false);
    }
  }

  const area = (k: EntryField, label: string, hint?: string, rows = 2) => (
    <Field label={label} error={errors[k]} hint={hint} testid={`entry-${k}`}>
      <textarea
        rows={rows}
        value={form[k] as string}
        onInput={(e) => set(k, value(e) as never)}
        data-testid={`entry-${k}`}
      />
    </Field>
  );

  return (
    <form class="card editor" onSubmit={save} data-testid="entry-editor">
      <h3>{original ? `编辑词条 ${original.id}` : '新增词条'}</h3>
      <div class="grid3">
        <Field
          label="id"
          error={errors.id}
          hint={original ? '已有词条的 id 不能修改' : '留空自动生成'}
          testid="entry-id"
        >
          <input
            type="text"
            value={form.id}
            readOnly={Boolean(original)}
            onInput={(e) => set('id', value(e))}
            data-testid="entry-id"
          />
        </Field>
        <Field label="严重程度" error={errors.severity} testid="entry-severity">
          <select
            value={form.severity}
            onChange={(e) => set('severity', value(e) as Severity)}
            data-testid="entry-severity"
          >
            {ENTRY_SEVERITIES.map((s) => (
              <option key={s} value={s}>
                {SEVERITY_LABELS[s].zh}（{s}）
              </option>
            ))}
          </select>
        </Field>
        <Field label="类别" error={errors.category} testid="entry-category">
          <select
            value={form.category}
            onChange={(e) => set('category', value(e) as EntryForm['category'])}
            data-testid="entry-category"
          >
            <option value="">沿用词库类别{d.category ? `（${CATEGORY_LABELS[d.category].zh}）` : ''}</option>
            {ENTRY_CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {CATEGORY_LABELS[c].zh}
              </option>
            ))}
          </select>
        </Field>
      </div>
      <div class="grid2">
        {area('terms', '词条', '每行一个，最多 64 字', 3)}
        {area('suggestions', '建议用词', '每行一个', 3)}
        {area('allow', '白名单', '每行一个：与之重叠的命中不提示（如“大陆架”之于“大陆”）', 2)}
        {area('message', '提示语', '留空则按建议用词自动生成', 2)}
        {area('note', '说明', '给编辑看的说明', 2)}
        {area('source', '来源', '必填：依据或出处', 2)}
        {area('hit', '命中例句', '每行一句：应当被提示的句子', 2)}
        {area('pass', '不命中例句', '每行一句：不应被提示的句子', 2)}
      </div>
      <label class="row">
        <input type="checkbox" checked={form.enabled} onChange={(e) => set('enabled', e.currentTarget.checked)} />
        启用
      </label>
      <label
        class="row"
        title="词条是正确写法（如“人民检察院”）；文中出现其同音、形近替换或缺字、多字、颠倒时提示，建议改为词条本身"
      >
        <input
          type="checkbox"
          checked={form.near}
          onChange={(e) => set('near', e.currentTarget.checked)}
          data-testid="entry-near"
        />
        近似匹配：词条为受保护的正确写法，提示其错写
      </label>
      {general.length > 0 && (
        <ul class="error" data-testid="entry-errors">
          {general.map((g) => (
            <li key={g}>{g}</li>
          ))}
        </ul>
      )}
      <div class="row">
        <button type="submit" class="primary" disabled={busy} data-testid="entry-save">
          保存
        </button>
        <button type="button" onClick={() => onDone()} data-testid="entry-cancel">
          取消
        </button>
      </div>
    </form>
  );
}
