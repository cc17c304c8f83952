import { useState } from 'preact/hooks';
import { CATEGORY_LABELS, SEVERITY_LABELS, type Severity } from '../../lib/engine/types';
import { pick, t } from '../../lib/i18n/all';
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
      <h3>{original ? t('entryEditHeading', { id: original.id }) : t('entryAdd')}</h3>
      <div class="grid3">
        <Field label="id" error={errors.id} hint={original ? t('entryIdFixed') : t('entryIdAuto')} testid="entry-id">
          <input
            type="text"
            value={form.id}
            readOnly={Boolean(original)}
            onInput={(e) => set('id', value(e))}
            data-testid="entry-id"
          />
        </Field>
        <Field label={t('colSeverity')} error={errors.severity} testid="entry-severity">
          <select
            value={form.severity}
            onChange={(e) => set('severity', value(e) as Severity)}
            data-testid="entry-severity"
          >
            {ENTRY_SEVERITIES.map((s) => (
              <option key={s} value={s}>
                {pick(SEVERITY_LABELS[s])}（{s}）
              </option>
            ))}
          </select>
        </Field>
        <Field label={t('colCategory')} error={errors.category} testid="entry-category">
          <select
            value={form.category}
            onChange={(e) => set('category', value(e) as EntryForm['category'])}
            data-testid="entry-category"
          >
            <option value="">
              {t('entryInheritCategory')}
              {d.category ? `（${pick(CATEGORY_LABELS[d.category])}）` : ''}
            </option>
            {ENTRY_CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {pick(CATEGORY_LABELS[c])}
              </option>
            ))}
          </select>
        </Field>
      </div>
      <div class="grid2">
        {area('terms', t('colEntry'), t('entryTermsHint'), 3)}
        {area('suggestions', t('entrySuggestions'), t('onePerLine'), 3)}
        {area('allow', t('entryAllow'), t('entryAllowHint'), 2)}
        {area('message', t('entryMessage'), t('entryMessageHint'), 2)}
        {area('note', t('colNote'), t('entryNoteHint'), 2)}
        {area('source', t('entrySource'), t('entrySourceHint'), 2)}
        {area('hit', t('entryHit'), t('entryHitHint'), 2)}
        {area('pass', t('entryPass'), t('entryPassHint'), 2)}
      </div>
      <label class="row">
        <input type="checkbox" checked={form.enabled} onChange={(e) => set('enabled', e.currentTarget.checked)} />
        {t('switchOn')}
      </label>
      <label class="row" title={t('entryNearTitle')}>
        <input
          type="checkbox"
          checked={form.near}
          onChange={(e) => set('near', e.currentTarget.checked)}
          data-testid="entry-near"
        />
        {t('entryNear')}
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
          {t('save')}
        </button>
        <button type="button" onClick={() => onDone()} data-testid="entry-cancel">
          {t('cancel')}
        </button>
      </div>
    </form>
  );
}
