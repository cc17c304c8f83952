import { useEffect, useState } from 'preact/hooks';
import { t as tr } from '../../../lib/i18n/all';
import { checkNamesText, NAMES_EXAMPLE } from '../../../lib/options/validate';
import { useOptions } from '../data';
import { Message, value } from '../ui';
import { useSave } from './use-save';

interface TitleRow {
  title: string;
  org: string;
  from: string;
  to: string;
}
interface PersonRow {
  name: string;
  titles: TitleRow[];
  /** Fields the form does not edit (sources …) are kept as they were. */
  rest: Record<string, unknown>;
}

const emptyTitle = (): TitleRow => ({ title: '', org: '', from: '', to: '' });

function rowsOf(names: unknown): PersonRow[] {
  const people = (names as { people?: Array<Record<string, unknown>> } | undefined)?.people ?? [];
  return people.map((p) => {
    const { name, titles, ...rest } = p;
    return {
      name: String(name ?? ''),
      titles: ((titles as Array<Record<string, unknown>> | undefined) ?? []).map((t) => ({
        title: String(t.title ?? ''),
        org: String(t.org ?? ''),
        from: String(t.from ?? ''),
        to: String(t.to ?? ''),
      })),
      rest,
    };
  });
}

function listOf(rows: PersonRow[], meta: Record<string, unknown>): unknown {
  return {
    ...meta,
    people: rows
      .filter((r) => r.name.trim() !== '')
      .map((r) => ({
        ...r.rest,
        name: r.name.trim(),
        titles: r.titles
          .filter((t) => t.title.trim() !== '')
          .map((t) => ({
            title: t.title.trim(),
            ...(t.org.trim() ? { org: t.org.trim() } : {}),
            ...(t.from.trim() ? { from: t.from.trim() } : {}),
            ...(t.to.trim() ? { to: t.to.trim() } : {}),
          })),
      })),
  };
}

/**
 * 领导人姓名与职务: the unit's own entries, edited as a form (name, then each title with its organisation and dates).
 * They are merged over the built-in list (a person of the same name replaces the built-in record). JSON stays
 * available for bulk editing.
 */
export function Names() {
  const { loaded } = useOptions();
  const names = loaded.settings.names;
  const meta = (() => {
    const { people: _p, ...m } = (names as Record<string, unknown> | undefined) ?? {};
    return m;
  })();
  const [rows, setRows] = useState<PersonRow[]>(() => rowsOf(names));
  const [json, setJson] = useState('');
  const [error, setError] = useState<string>();
  const { outcome, busy, save } = useSave();
  useEffect(() => setRows(rowsOf(names)), [names]);

  const update = (i: number, patch: Partial<PersonRow>) =>
    setRows(rows.map((r, k) => (k === i ? { ...r, ...patch } : r)));
  const updateTitle = (i: number, j: number, patch: Partial<TitleRow>) =>
    update(i, { titles: rows[i]!.titles.map((t, k) => (k === j ? { ...t, ...patch } : t)) });

  function submit(e: Event) {
    e.preventDefault();
    const candidate = listOf(rows, meta);
    const r = checkNamesText(JSON.stringify(candidate));
    if (!r.ok) return setError(r.error);
    setError(undefined);
    const value = r.value?.people.length ? r.value : undefined;
    void save((x) => ({ ...x, names: value }), 'leader names');
  }

  return (
    <form class="card" onSubmit={submit} data-testid="names-form">
      <h2>{tr('namesHeading')}</h2>
      <p class="muted">{tr('namesIntro')}</p>
      <table class="names-table" data-testid="names-table">
        <thead>
          <tr>
            <th>{tr('colName')}</th>
            <th>{tr('namesTitle')}</th>
            <th>{tr('namesPlaceCol')}</th>
            <th>{tr('namesFrom')}</th>
            <th>{tr('namesTo')}</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {rows.map((p, i) =>
            (p.titles.length ? p.titles : [emptyTitle()]).map((t, j) => (
              <tr key={`${i}-${j}`} data-testid="names-row">
                <td>
                  {j === 0 && (
                    <input
                      type="text"
                      size={6}
                      aria-label={tr('colName')}
                      value={p.name}
                      onInput={(e) => update(i, { name: value(e) })}
                      data-testid="names-person-name"
                    />
                  )}
                </td>
                <td>
                  <input
                    type="text"
                    size={8}
                    aria-label={tr('namesTitle')}
                    value={t.title}
                    onInput={(e) =>
                      p.titles.length
                        ? updateTitle(i, j, { title: value(e) })
                        : update(i, { titles: [{ ...t, title: value(e) }] })
                    }
                    data-testid="names-title"
                  />
                </td>
                <td>
                  <input
                    type="text"
                    size={10}
                    aria-label={tr('namesPlace')}
                    value={t.org}
                    onInput={(e) =>
                      p.titles.length
                        ? updateTitle(i, j, { org: value(e) })
                        : update(i, { titles: [{ ...t, org: value(e) }] })
                    }
                    data-testid="names-org"
                  />
                </td>
                <td>
                  <input
                    type="text"
                    size={10}
                    placeholder="YYYY-MM-DD"
                    aria-label={tr('namesStart')}
                    value={t.from}
                    onInput={(e) =>
                      p.titles.length
                        ? updateTitle(i, j, { from: value(e) })
                        : update(i, { titles: [{ ...t, from: value(e) }] })
                    }
                    data-testid="names-from"
                  />
                </td>
                <td>
                  <input
                    type="text"
                    size={10}
                    placeholder={tr('namesCurrent')}
                    aria-label={tr('namesEnd')}
                    value={t.to}
                    onInput={(e) =>
                      p.titles.length
                        ? updateTitle(i, j, { to: value(e) })
                        : update(i, { titles: [{ ...t, to: value(e) }] })
                    }
                    data-testid="names-to"
                  />
                </td>
                <td class="nowrap">
                  {j === 0 && (
                    <button
                      type="button"
                      onClick={() => update(i, { titles: [...p.titles, emptyTitle()] })}
                      data-testid="names-add-title"
                    >
                      {tr('namesAddTitle')}
                    </button>
                  )}
                  <button
                    type="button"
                    onClick={() =>
                      p.titles.length > 1
                        ? update(i, { titles: p.titles.filter((_, k) => k !== j) })
                        : setRows(rows.filter((_, k) => k !== i))
                    }
                    aria-label={p.titles.length > 1 ? tr('namesRemoveTitle') : tr('namesRemovePerson')}
                    data-testid="names-remove"
                  >
                    {tr('delete')}
                  </button>
                </td>
              </tr>
            )),
          )}
        </tbody>
      </table>
      {rows.length === 0 && <p class="muted">{tr('namesNone')}</p>}
      {error && (
        <p class="error" role="alert" data-testid="names-error">
          {error}
        </p>
      )}
      <div class="row">
        <button
          type="button"
          onClick={() => setRows([...rows, { name: '', titles: [emptyTitle()], rest: {} }])}
          data-testid="names-add-person"
        >
          {tr('namesAddPerson')}
        </button>
        <button type="submit" class="primary" disabled={busy} data-testid="names-save">
          {tr('save')}
        </button>
      </div>
      <details>
        <summary>{tr('namesJson')}</summary>
        <textarea
          rows={8}
          class="mono"
          value={json}
          placeholder={NAMES_EXAMPLE}
          onInput={(e) => setJson(value(e))}
          data-testid="names-json"
        />
        <div class="row">
          <button
            type="button"
            onClick={() => setJson(JSON.stringify(listOf(rows, meta), null, 2))}
            data-testid="names-json-export"
          >
            {tr('namesFromTable')}
          </button>
          <button
            type="button"
            onClick={() => {
              const r = checkNamesText(json);
              if (!r.ok) return setError(r.error);
              setError(undefined);
              setRows(rowsOf(r.value));
            }}
            data-testid="names-json-import"
          >
            {tr('namesToTable')}
          </button>
        </div>
      </details>
      <Message outcome={outcome} testid="names-message" />
    </form>
  );
}
