import { useEffect, useState } from 'preact/hooks';
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
      <h2>领导人姓名与职务</h2>
      <p class="muted">
        用于发现领导人姓名写错、职务或地方不符、已离任。内置名单含党和国家领导人及各省区市党委书记、政府主要负责人（须定期核对）；这里填写的本单位名单与内置名单合并，同名者以这里为准。日期为
        YYYY-MM-DD，“至”留空表示现任。
      </p>
      <table class="names-table" data-testid="names-table">
        <thead>
          <tr>
            <th>姓名</th>
            <th>职务</th>
            <th>单位（如某某省、某某市委）</th>
            <th>自</th>
            <th>至</th>
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
                      aria-label="姓名"
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
                    aria-label="职务"
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
                    aria-label="单位"
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
                    aria-label="任职开始"
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
                    placeholder="现任"
                    aria-label="任职结束"
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
                      加职务
                    </button>
                  )}
                  <button
                    type="button"
                    onClick={() =>
                      p.titles.length > 1
                        ? update(i, { titles: p.titles.filter((_, k) => k !== j) })
                        : setRows(rows.filter((_, k) => k !== i))
                    }
                    aria-label={p.titles.length > 1 ? '删除此职务' : '删除此人'}
                    data-testid="names-remove"
                  >
                    删除
                  </button>
                </td>
              </tr>
            )),
          )}
        </tbody>
      </table>
      {rows.length === 0 && <p class="muted">尚未填写本单位的补充名单，检查使用内置名单。</p>}
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
          添加人员
        </button>
        <button type="submit" class="primary" disabled={busy} data-testid="names-save">
          保存
        </button>
      </div>
      <details>
        <summary>以 JSON 批量编辑（格式同 names.json）</summary>
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
            从表格生成
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
            填入表格
          </button>
        </div>
      </details>
      <Message outcome={outcome} testid="names-message" />
    </form>
  );
}
