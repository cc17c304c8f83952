import { useMemo, useState } from 'preact/hooks';
import { CATEGORY_LABELS, type Category } from '../../lib/engine/types';
import {
  categoriesLabel,
  checkNewDictionaryId,
  type DictRow,
  displayVersion,
  newCustomDictionary,
  searchEntries,
  suggestDictionaryId,
} from '../../lib/options/dictionaries';
import { ORIGIN_LABELS } from '../../lib/options/labels';
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
        `${on ? '启用' : '停用'}${ORIGIN_LABELS[r.origin]}词库《${name}》`,
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
        `删除自定义词库《${d?.name ?? r.key}》${d ? `（${d.entries.length} 个词条）` : ''}`,
      ),
    );
  }

  return (
    <Section
      id="dictionaries"
      title="词库"
      intro="内置词库随扩展发布，只能浏览、搜索和整体停用（单个词条可在此处停用，即规则设置中该词条的规则）；自定义词库可以增删改；订阅词库由单位统一发布，只读。"
    >
      {locked && (
        <p>
          <LockNote testid="dictionaries-locked">词库已由单位策略锁定：不能停用、导入、修改或删除词库。</LockNote>
        </p>
      )}
      <Message outcome={outcome} testid="dictionaries-message" />
      <table class="dict-table" data-testid="dictionary-list">
        <thead>
          <tr>
            <th>词库</th>
            <th>类别</th>
            <th>版本</th>
            <th>来源</th>
            <th class="num">词条数</th>
            <th>启用</th>
            <th>操作</th>
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
                    词库未通过校验，未启用：{r.error}
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
                <span class={`origin origin-${r.origin}`}>{ORIGIN_LABELS[r.origin]}</span>
                {r.updatedAt && <div class="muted">{formatTime(r.updatedAt)}</div>}
              </td>
              <td class="num" data-testid="dictionary-count">
                {r.dictionary?.entries.length ?? 0}
              </td>
              <td>
                <Switch
                  checked={r.enabled}
                  disabled={locked || !r.dictionary}
                  label={`启用词库 ${r.dictionary?.name ?? r.key}`}
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
                  {selected === r.key ? '收起' : r.origin === 'custom' && !locked ? '编辑' : '浏览'}
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
                        确认删除
                      </button>
                      <button type="button" onClick={() => setConfirmDelete(undefined)}>
                        取消
                      </button>
                    </>
                  ) : (
                    <button type="button" onClick={() => setConfirmDelete(r.key)} data-testid="dictionary-delete">
                      删除
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
        <h2>搜索全部词库</h2>
        <input
          type="search"
          class="wide"
          placeholder="输入词语、建议用词、说明或词条 id"
          value={query}
          onInput={(e) => setQuery(value(e))}
          data-testid="dictionary-search"
        />
        {query.trim() && (
          <div data-testid="dictionary-search-results">
            <p class="muted">
              {hits.length > SEARCH_LIMIT
                ? `超过 ${SEARCH_LIMIT} 条，只显示前 ${SEARCH_LIMIT} 条`
                : `找到 ${hits.length} 条`}
            </p>
            <ul class="hits">
              {hits.slice(0, SEARCH_LIMIT).map((h) => (
                <li key={`${h.row.key}/${h.entry.id}`} data-testid="dictionary-search-hit">
                  <button type="button" class="link" onClick={() => setSelected(h.row.key)}>
                    《{h.row.dictionary?.name}》
                  </button>{' '}
                  <span class="terms">
                    {[...h.entry.terms, ...h.entry.allow.map((t) => `!${t}`)].join('、') || h.entry.pattern}
                  </span>
                  {h.entry.suggestions.length > 0 && <span class="muted"> → {h.entry.suggestions.join('、')}</span>}
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
    const next = { name: name.trim() ? undefined : '请填写词库名称', id: checkNewDictionaryId(theId, rows) };
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
      <h2>新建自定义词库</h2>
      <div class="grid3">
        <Field label="名称" error={errors.name} testid="dictionary-new-name">
          <input type="text" value={name} onInput={(e) => setName(value(e))} data-testid="dictionary-new-name" />
        </Field>
        <Field label="id" error={errors.id} hint={`留空则为 ${suggested}`} testid="dictionary-new-id">
          <input
            type="text"
            value={id}
            placeholder={suggested}
            onInput={(e) => setId(value(e))}
            data-testid="dictionary-new-id"
          />
        </Field>
        <Field label="类别">
          <CategorySelect value={category} onChange={setCategory} testid="dictionary-new-category" />
        </Field>
      </div>
      <button type="submit" class="primary" disabled={busy} data-testid="dictionary-new-submit">
        创建
      </button>
      <Message outcome={outcome} testid="dictionary-new-message" />
    </form>
  );
}
