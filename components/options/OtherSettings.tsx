import { useEffect, useState } from 'preact/hooks';
import type { LengthLimits } from '../../lib/engine/config';
import { setLocale } from '../../lib/i18n/all';
import { LENGTH_LIMIT_LABELS, LOCALE_LABELS } from '../../lib/options/labels';
import {
  checkNamesText,
  DEFAULT_LENGTH_LIMITS,
  NAMES_EXAMPLE,
  parseDomains,
  parseLengthLimits,
  parseList,
  parseSpellingWords,
} from '../../lib/options/validate';
import type { Settings } from '../../lib/settings/schema';
import { type Outcome, useOptions } from './data';
import { Field, Message, Section, value } from './ui';

/** 其他设置: UI language, operator, spelling words, approved domains and sources, length limits, leader names. */
export function OtherSettings() {
  return (
    <Section id="other" title="其他设置">
      <General />
      <Lists />
      <LengthLimitsCard />
      <Names />
      <div class="card">
        <h2>记录</h2>
        <p>
          检查、签发、放行和设置变更都记入审计日志：
          <a href="/records.html" target="_blank" rel="noreferrer" data-testid="history-link">
            打开“审核与检查记录”
          </a>
          （可导出台账、设置保留期限）。
        </p>
      </div>
    </Section>
  );
}

/** Saves one card: returns the outcome for its message line. */
function useSave() {
  const { actions } = useOptions();
  const [outcome, setOutcome] = useState<Outcome>();
  const [busy, setBusy] = useState(false);
  const save = async (change: (s: Settings) => Settings, reason: string) => {
    setBusy(true);
    setOutcome(undefined);
    try {
      const out = await actions.changeSettings(change, reason);
      setOutcome(out);
      return out;
    } finally {
      setBusy(false);
    }
  };
  return { outcome, setOutcome, busy, save };
}

function General() {
  const { loaded } = useOptions();
  const s = loaded.settings;
  const [locale, setLoc] = useState(s.locale);
  const [operator, setOperator] = useState(s.operator);
  const [error, setError] = useState<string>();
  const { outcome, busy, save } = useSave();
  useEffect(() => {
    setLoc(s.locale);
    setOperator(s.operator);
  }, [s.locale, s.operator]);

  return (
    <form
      class="card"
      onSubmit={(e) => {
        e.preventDefault();
        const op = operator.trim();
        if (op.length > 40) return setError('最多 40 个字');
        setError(undefined);
        void save((x) => ({ ...x, locale, operator: op }), 'general settings').then((out) => {
          if (out.ok) setLocale(locale);
        });
      }}
      data-testid="general-form"
    >
      <h2>界面与操作人</h2>
      <div class="grid2">
        <Field label="编辑器提示语言" hint="编辑器页面中标注和面板的语言；本设置页以中文显示。">
          <div class="row">
            {(['zh_CN', 'en'] as const).map((l) => (
              <label key={l} class="radio">
                <input
                  type="radio"
                  name="locale"
                  checked={locale === l}
                  onChange={() => setLoc(l)}
                  data-testid={`locale-${l}`}
                />
                {LOCALE_LABELS[l]}
              </label>
            ))}
          </div>
        </Field>
        <Field
          label="操作人"
          error={error}
          hint="在本机修改设置和词库的人，记入审计日志；留空记为“管理员”。"
          testid="operator"
        >
          <input
            type="text"
            value={operator}
            maxLength={40}
            onInput={(e) => setOperator(value(e))}
            data-testid="operator"
          />
        </Field>
      </div>
      <button type="submit" class="primary" disabled={busy} data-testid="general-save">
        保存
      </button>
      <Message outcome={outcome} testid="general-message" />
    </form>
  );
}

function Lists() {
  const { loaded } = useOptions();
  const s = loaded.settings;
  const [spelling, setSpelling] = useState(s.spellingWords.join('\n'));
  const [domains, setDomains] = useState(s.extraDomains.join('\n'));
  const [sources, setSources] = useState(s.extraSources.join('\n'));
  const [errors, setErrors] = useState<{ spelling?: string; domains?: string }>({});
  const { outcome, busy, save } = useSave();
  useEffect(() => {
    setSpelling(s.spellingWords.join('\n'));
    setDomains(s.extraDomains.join('\n'));
    setSources(s.extraSources.join('\n'));
  }, [s.spellingWords, s.extraDomains, s.extraSources]);

  function submit(e: Event) {
    e.preventDefault();
    const w = parseSpellingWords(spelling);
    const d = parseDomains(domains);
    setErrors({ spelling: w.ok ? undefined : w.error, domains: d.ok ? undefined : d.error });
    if (!w.ok || !d.ok) return;
    const src = parseList(sources);
    void save((x) => ({ ...x, spellingWords: w.value, extraDomains: d.value, extraSources: src }), 'word lists');
  }

  return (
    <form class="card" onSubmit={submit} data-testid="lists-form">
      <h2>词表与白名单</h2>
      <div class="grid3">
        <Field
          label="英文拼写词表"
          error={errors.spelling}
          hint="英文拼写检查总是接受的词（人名、拼音地名等），每行一个"
          testid="spelling-words"
        >
          <textarea rows={6} value={spelling} onInput={(e) => setSpelling(value(e))} data-testid="spelling-words" />
        </Field>
        <Field
          label="认可的链接域名"
          error={errors.domains}
          hint="在内置名单之外认可的域名，每行一个，如 www.example.gov.cn"
          testid="extra-domains"
        >
          <textarea rows={6} value={domains} onInput={(e) => setDomains(value(e))} data-testid="extra-domains" />
        </Field>
        <Field label="指定转载来源" hint="在内置名单之外认可的转载来源（媒体或单位名称），每行一个">
          <textarea rows={6} value={sources} onInput={(e) => setSources(value(e))} data-testid="extra-sources" />
        </Field>
      </div>
      <button type="submit" class="primary" disabled={busy} data-testid="lists-save">
        保存
      </button>
      <Message outcome={outcome} testid="lists-message" />
    </form>
  );
}

type LimitKey = keyof LengthLimits;
const LIMIT_KEYS = Object.keys(LENGTH_LIMIT_LABELS) as LimitKey[];

function LengthLimitsCard() {
  const { loaded } = useOptions();
  const limits = loaded.settings.lengthLimits;
  const toForm = () => Object.fromEntries(LIMIT_KEYS.map((k) => [k, limits[k] === undefined ? '' : String(limits[k])]));
  const [form, setForm] = useState<Record<string, string>>(toForm);
  const [errors, setErrors] = useState<Partial<Record<LimitKey, string>>>({});
  const { outcome, busy, save } = useSave();
  useEffect(() => setForm(toForm()), [limits]);

  async function submit(e: Event) {
    e.preventDefault();
    const r = parseLengthLimits(form);
    if (!r.ok) return setErrors(r.errors);
    setErrors({});
    await save((x) => ({ ...x, lengthLimits: r.value }), 'length limits');
  }

  return (
    <form class="card" onSubmit={(e) => void submit(e)} data-testid="limits-form">
      <h2>平台字数限制</h2>
      <p class="muted">留空使用平台默认值。</p>
      <div class="grid4">
        {LIMIT_KEYS.map((k) => (
          <Field key={k} label={LENGTH_LIMIT_LABELS[k]} error={errors[k]} testid={`limit-${k}`}>
            <input
              type="number"
              min={1}
              value={form[k]}
              placeholder={String(DEFAULT_LENGTH_LIMITS[k])}
              onInput={(e) => setForm((f) => ({ ...f, [k]: value(e) }))}
              data-testid={`limit-${k}`}
            />
          </Field>
        ))}
      </div>
      <button type="submit" class="primary" disabled={busy} data-testid="limits-save">
        保存
      </button>
      <Message outcome={outcome} testid="limits-message" />
    </form>
  );
}

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
function Names() {
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
