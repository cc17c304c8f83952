import { useMemo, useState } from 'preact/hooks';
import { CATEGORY_LABELS, type Category } from '../../lib/engine/types';
import { t } from '../../lib/i18n/all';
import { msg } from '../../lib/i18n/ui-message';
import {
  categoriesLabel,
  checkNewDictionaryId,
  type DictRow,
  displayVersion,
  newCustomDictionary,
  searchEntries,
  suggestDictionaryId,
} from '../../lib/options/dictionaries';
import { type Outcome, useOptions } from './data';
import { EntryBrowser } from './EntryBrowser';
import { CategorySelect, Field, formatTime, LockNote, Message, Section, Switch, value } from './ui';

const SEARCH_LIMIT = 200;

/** 词库: every dictionary (built-in, custom, subscription) with its on/off switch; browse, search and edit entries. */
export function Dictionaries() {
  const { loaded, actions } = useOptions();
  const [selected, setSelected] = useState<string>();
  const [query, setQuery] = useState('');
  const [outcome, setOutcome] = useState<Outcome>();
  const [confirmDelete, setConfirmDelete] = useState<string>();
  const locked = loaded.effective.locked.dictionaries;
  const rows = loaded.rows;
  const hits = useMemo(() => (query.trim() ? searchEntries(rows, query, SEARCH_LIMIT + 1) : []), [rows, query]);
  const row = rows.find((r) => r.key === selected);

  async function toggle(r: DictRow, on: boolean) {
    setOutcome(undefined);
    const name = r.dictionary?.name ?? r.key;
    if (r.origin === 'builtin') {
      setOutcome(
        await actions.changeSettings(
          (s) => {
            const builtinEnabled = { ...s.builtinEnabled };
            if (on) delete builtinEnabled[r.key];
            else builtinEnabled[r.key] = false;
            return { ...s, builtinEnabled };
          },
          `${on ? 'enable' : 'disable'} built-in dictionary ${r.key}`,
        ),
      );
      return;
    }
    const stored = loaded.stored.get(r.key);
    if (!stored) return;
    setOutcome(
      await actions.putDictionary(
        { ...stored, enabled: on, updatedAt: new Date().toISOString() },
        msg(on ? 'audit.dict-enabled' : 'audit.dict-disabled', { origin: msg(`origin.${r.origin}`), name }),
        { enabled: on },
      ),
    );
  }

  async function remove(r: DictRow) {
    setConfirmDelete(undefined);
    if (selected === r.key) setSelected(undefined);
    const d = r.dictionary;
    setOutcome(
      await actions.deleteDictionary(
        r.key,
        d
          ? msg('audit.dict-deleted', { name: d.name, entries: d.entries.length })
          : msg('audit.dict-deleted-unknown', { name: r.key }),
      ),
    );
  }

  return (
    <Section id="dictionaries" title={t('navDictionaries')} intro={t('dictIntro')}>
      {locked && (
        <p>
          <LockNote testid="dictionaries-locked">{t('dictLockedAll')}</LockNote>
        </p>
      )}
      <Message outcome={outcome} testid="dictionaries-message" />
      <table class="dict-table" data-testid="dictionary-list">
        <thead>
          <tr>
            <th>{t('navDictionaries')}</th>
            <th>{t('colCategory')}</th>
            <th>{t('colVersion')}</th>
            <th>{t('entrySource')}</th>
            <th class="num">{t('colEntries')}</th>
            <th>{t('switchOn')}</th>
            <th>{t('colAction')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr
              key={r.key}
              class={selected === r.key ? 'selected' : ''}
              data-testid="dictionary-row"
              data-key={r.key}
              data-origin={r.origin}
            >
              <td>
                <strong>{r.dictionary?.name ?? r.key}</strong>
                <div class="muted mono">{r.dictionary?.id ?? r.key}</div>
                {r.error && (
                  <div class="error" data-testid="dictionary-invalid">
                    {t('dictInvalid', { error: r.error })}
                  </div>
                )}
                {r.warnings?.map((w) => (
                  <div class="error" data-testid="dictionary-warning" key={w}>
                    {w}
                  </div>
                ))}
              </td>
              <td>{r.dictionary ? categoriesLabel(r.dictionary) : '—'}</td>
              <td class="nowrap" title={r.dictionary?.version}>
                {displayVersion(r.dictionary?.version)}
              </td>
              <td>
                <span class={`origin origin-${r.origin}`}>{t(`origin_${r.origin}`)}</span>
                {r.updatedAt && <div class="muted">{formatTime(r.updatedAt)}</div>}
              </td>
              <td class="num" data-testid="dictionary-count">
                {r.dictionary?.entries.length ?? 0}
              </td>
              <td>
                <Switch
                  checked={r.enabled}
                  disabled={locked || !r.dictionary}
                  label={t('dictEnable', { name: r.dictionary?.name ?? r.key })}
                  testid="dictionary-enabled"
                  onChange={(on) => void toggle(r, on)}
                />
              </td>
              <td class="actions">
                <button
                  type="button"
                  disabled={!r.dictionary}
                  onClick={() => setSelected(selected === r.key ? undefined : r.key)}
                  data-testid="dictionary-open"
                >
                  {selected === r.key ? t('collapse') : r.origin === 'custom' && !locked ? t('edit') : t('browse')}
                </button>
                {r.origin === 'custom' &&
                  !locked &&
                  (confirmDelete === r.key ? (
                    <>
                      <button
                        type="button"
                        class="danger"
                        onClick={() => void remove(r)}
                        data-testid="dictionary-delete-yes"
                      >
                        {t('confirmDelete')}
                      </button>
                      <button type="button" onClick={() => setConfirmDelete(undefined)}>
                        {t('cancel')}
                      </button>
                    </>
                  ) : (
                    <button type="button" onClick={() => setConfirmDelete(r.key)} data-testid="dictionary-delete">
                      {t('delete')}
                    </button>
                  ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>

      {row && (
        <EntryBrowser
          key={row.key}
          row={row}
          stored={loaded.stored.get(row.key)}
          onClose={() => setSelected(undefined)}
        />
      )}

      <div class="card">
        <h2>{t('dictSearchAll')}</h2>
        <input
          type="search"
          class="wide"
          placeholder={t('dictSearchHint')}
          value={query}
          onInput={(e) => setQuery(value(e))}
          data-testid="dictionary-search"
        />
        {query.trim() && (
          <div data-testid="dictionary-search-results">
            <p class="muted">
              {hits.length > SEARCH_LIMIT ? t('searchLimited', { n: SEARCH_LIMIT }) : t('foundN', { n: hits.length })}
            </p>
            <ul class="hits">
              {hits.slice(0, SEARCH_LIMIT).map((h) => (
                <li key={`${h.row.key}/${h.entry.id}`} data-testid="dictionary-search-hit">
                  <button type="button" class="link" onClick={() => setSelected(h.row.key)}>
                    《{h.row.dictionary?.name}》
                  </button>{' '}
                  <span class="terms">
                    {[...h.entry.terms, ...h.entry.allow.map((a) => `!${a}`)].join(t('listSep')) || h.entry.pattern}
                  </span>
                  {h.entry.suggestions.length > 0 && (
                    <span class="muted"> → {h.entry.suggestions.join(t('listSep'))}</span>
                  )}
                </li>
              ))}
            </ul>
          </div>
        )}
      </div>

      {!locked && <NewDictionary rows={rows} onCreated={(id) => setSelected(id)} />}
    </Section>
  );
}

function NewDictionary({ rows, onCreated }: { rows: DictRow[]; onCreated(id: string): void }) {
  const { actions, loaded } = useOptions();
  const [name, setName] = useState('');
  const [id, setId] = useState('');
  const [category, setCategory] = useState<Category>('sensitive');
  const [errors, setErrors] = useState<{ name?: string; id?: string }>({});
  const [outcome, setOutcome] = useState<Outcome>();
  const [busy, setBusy] = useState(false);
  const suggested = useMemo(() => suggestDictionaryId(rows), [rows]);

  async function create(e: Event) {
    e.preventDefault();
    setOutcome(undefined);
    const theId = id.trim() || suggested;
    const next = { name: name.trim() ? undefined : t('dictNameNeeded'), id: checkNewDictionaryId(theId, rows) };
    setErrors(next);
    if (next.name || next.id) return;
    const made = newCustomDictionary({
      id: theId,
      name,
      category,
      source: `${loaded.actor}在选项页创建`,
    });
    if (!made.ok) return setErrors({ id: made.error });
    setBusy(true);
    try {
      const out = await actions.putDictionary(
        {
          id: theId,
          origin: 'custom',
          enabled: true,
          updatedAt: new Date().toISOString(),
          dictionary: made.dictionary,
        },
        `新建自定义词库《${made.dictionary.name}》（${CATEGORY_LABELS[category].zh}）`,
        { created: true },
      );
      setOutcome(out);
      if (out.ok) {
        setName('');
        setId('');
        onCreated(theId);
      }
    } finally {
      setBusy(false);
    }
  }

  return (
    <form class="card" onSubmit={create} data-testid="dictionary-new">
      <h2>{t('dictNew')}</h2>
      <div class="grid3">
        <Field label={t('nameLabel')} error={errors.name} testid="dictionary-new-name">
          <input type="text" value={name} onInput={(e) => setName(value(e))} data-testid="dictionary-new-name" />
        </Field>
        <Field label="id" error={errors.id} hint={t('dictIdHint', { id: suggested })} testid="dictionary-new-id">
          <input
            type="text"
            value={id}
            placeholder={suggested}
            onInput={(e) => setId(value(e))}
            data-testid="dictionary-new-id"
          />
        </Field>
        <Field label={t('colCategory')}>
          <CategorySelect value={category} onChange={setCategory} testid="dictionary-new-category" />
        </Field>
      </div>
      <button type="submit" class="primary" disabled={busy} data-testid="dictionary-new-submit">
        {t('dictCreate')}
      </button>
      <Message outcome={outcome} testid="dictionary-new-message" />
    </form>
  );
}
