import { Fragment } from 'preact';
import { useMemo, useState } from 'preact/hooks';
import { validateDictionary } from '../../lib/dict/load';
import type { DictEntry } from '../../lib/engine/dictionary/schema';
import { CATEGORY_LABELS, SEVERITY_LABELS } from '../../lib/engine/types';
import { pick, t } from '../../lib/i18n/all';
import type { UiMessage } from '../../lib/i18n/ui-message';
import {
  bumpVersion,
  type DictRow,
  describeEntryChange,
  entryRuleId,
  searchEntries,
} from '../../lib/options/dictionaries';
import { setRuleSetting } from '../../lib/options/rules';
import type { StoredDictionary } from '../../lib/store/schema';
import { ruleSettingText } from '../common/labels';
import { type Outcome, useOptions } from './data';
import { EntryEditor } from './EntryEditor';
import { LockNote, Message, value } from './ui';

const PAGE = 100;

/** The entries of one dictionary: search, details; custom dictionaries add, edit, delete and switch entries. */
export function EntryBrowser({ row, stored, onClose }: { row: DictRow; stored?: StoredDictionary; onClose(): void }) {
  const { loaded, actions } = useOptions();
  const d = row.dictionary!;
  const [filter, setFilter] = useState('');
  const [limit, setLimit] = useState(PAGE);
  const [open, setOpen] = useState<string>();
  const [editing, setEditing] = useState<{ index?: number } | undefined>();
  const [outcome, setOutcome] = useState<Outcome>();
  const [busy, setBusy] = useState(false);
  const editable = row.origin === 'custom' && !loaded.effective.locked.dictionaries && stored !== undefined;
  const hits = useMemo(() => searchEntries([row], filter), [row, filter]);
  const rules = loaded.settings.rules;
  const lockedRules = new Set(loaded.effective.locked.rules);

  async function saveEntries(entries: DictEntry[], summary: UiMessage, details: Record<string, unknown>) {
    if (!stored) return;
    const checked = validateDictionary({ ...d, version: bumpVersion(d.version), entries });
    if (!checked.ok) return setOutcome({ ok: false, message: t('notSaved', { error: checked.errors[0] ?? '' }) });
    setBusy(true);
    try {
      setOutcome(
        await actions.putDictionary(
          { ...stored, dictionary: checked.dictionary, updatedAt: new Date().toISOString() },
          summary,
          details,
        ),
      );
    } finally {
      setBusy(false);
    }
  }

  async function toggleEntry(index: number, on: boolean) {
    const before = d.entries[index]!;
    const after = { ...before, enabled: on };
    const entries = d.entries.slice();
    entries[index] = after;
    await saveEntries(entries, describeEntryChange(d.name, before, after), { entryId: before.id });
  }

  async function deleteEntry(index: number) {
    const before = d.entries[index]!;
    await saveEntries(
      d.entries.filter((_, i) => i !== index),
      describeEntryChange(d.name, before, undefined),
      { entryId: before.id, deleted: true },
    );
  }

  /** Built-in and subscription entries are switched through their rule setting. */
  async function toggleRule(ruleId: string, off: boolean) {
    setOutcome(
      await actions.changeSettings(
        (s) => ({ ...s, rules: setRuleSetting(s.rules, ruleId, off ? 'off' : 'default') }),
        `rule ${ruleId} ${off ? 'off' : 'default'} (dictionary entry)`,
      ),
    );
  }

  return (
    <div class="card entries" data-testid="entry-browser" data-key={row.key}>
      <div class="row spread">
        <h2>
          《{d.name}》
          <span class="muted">{t('dictMeta', { origin: t(`origin_${row.origin}`), n: d.entries.length })}</span>
        </h2>
        <button type="button" onClick={onClose}>
          {t('close')}
        </button>
      </div>
      {d.description && <p class="muted">{d.description}</p>}
      {d.source && <p class="muted">{t('sourceOf', { s: d.source })}</p>}
      {row.origin === 'custom' && loaded.effective.locked.dictionaries && <LockNote>{t('dictLocked')}</LockNote>}
      <div class="row">
        <input
          type="search"
          placeholder={t('entrySearch')}
          value={filter}
          onInput={(e) => {
            setFilter(value(e));
            setLimit(PAGE);
          }}
          data-testid="entry-search"
        />
        <span class="muted" data-testid="entry-count">
          {filter.trim() ? t('foundN', { n: hits.length }) : t('totalN', { n: hits.length })}
        </span>
        {editable && (
          <button type="button" class="primary" onClick={() => setEditing({})} data-testid="entry-add">
            {t('entryAdd')}
          </button>
        )}
      </div>
      <Message outcome={outcome} testid="entry-message" />
      {editing && stored && (
        <EntryEditor
          row={row}
          stored={stored}
          index={editing.index}
          onDone={(out) => {
            if (out) setOutcome(out);
            if (!out || out.ok) setEditing(undefined);
          }}
        />
      )}
      <table class="entry-table" data-testid="entry-table">
        <thead>
          <tr>
            <th>{t('colEntry')}</th>
            <th>{t('colSeverity')}</th>
            <th>{t('colSuggestion')}</th>
            <th>{t('colNote')}</th>
            <th>{t('filterStatus')}</th>
            <th>{t('colAction')}</th>
          </tr>
        </thead>
        <tbody>
          {hits.slice(0, limit).map(({ entry: e, index }) => {
            const ruleId = entryRuleId(d, e);
            const cat = e.category ?? d.category;
            const ruleSetting = rules[ruleId];
            const ruleLocked = lockedRules.has(ruleId) || (cat !== undefined && lockedRules.has(cat));
            const offByRule = loaded.effective.rules[ruleId] === 'off';
            return (
              <Fragment key={e.id}>
                <tr
                  data-testid="entry-row"
                  data-entry={e.id}
                  data-rule={ruleId}
                  class={e.enabled && !offByRule ? '' : 'off'}
                >
                  <td>
                    <button type="button" class="link terms" onClick={() => setOpen(open === e.id ? undefined : e.id)}>
                      {e.terms.join(t('listSep')) || (e.pattern ? t('regexOf', { s: e.pattern }) : '')}
                    </button>
                    {e.allow.length > 0 && <div class="muted">{t('allowOf', { s: e.allow.join(t('listSep')) })}</div>}
                  </td>
                  <td>
                    <span class={`sev sev-${e.severity}`}>{pick(SEVERITY_LABELS[e.severity])}</span>
                    {ruleSetting && <div class="muted">{t('ruleSettingOf', { s: ruleSettingText(ruleSetting) })}</div>}
                  </td>
                  <td>{e.suggestions.join(t('listSep')) || <span class="muted">—</span>}</td>
                  <td class="note">{e.message ?? e.note}</td>
                  <td class="nowrap">
                    {!e.enabled ? t('entryDisabled') : offByRule ? t('entryRuleOff') : t('switchOn')}
                  </td>
                  <td class="actions">
                    {editable ? (
                      <>
                        <button
                          type="button"
                          disabled={busy}
                          onClick={() => setEditing({ index })}
                          data-testid="entry-edit"
                        >
                          {t('edit')}
                        </button>
                        <button
                          type="button"
                          disabled={busy}
                          onClick={() => void toggleEntry(index, !e.enabled)}
                          data-testid="entry-toggle"
                        >
                          {e.enabled ? t('switchOff') : t('switchOn')}
                        </button>
                        <button
                          type="button"
                          disabled={busy}
                          onClick={() => void deleteEntry(index)}
                          data-testid="entry-delete"
                        >
                          {t('delete')}
                        </button>
                      </>
                    ) : ruleLocked ? (
                      <LockNote>{t('lockedByPolicy')}</LockNote>
                    ) : (
                      <button
                        type="button"
                        onClick={() => void toggleRule(ruleId, ruleSetting !== 'off')}
                        data-testid="entry-rule-toggle"
                      >
                        {ruleSetting === 'off' ? t('entryRestore') : t('entryTurnOff')}
                      </button>
                    )}
                  </td>
                </tr>
                {open === e.id && (
                  <tr class="detail" data-testid="entry-detail">
                    <td colSpan={6}>
                      <p class="muted mono">
                        {t('ruleIdOf', { s: ruleId })}
                        {cat ? t('categoryOf', { s: pick(CATEGORY_LABELS[cat]) }) : ''}
                      </p>
                      {e.note && <p>{t('noteOf', { s: e.note })}</p>}
                      <p class="muted">{t('sourceOf', { s: e.source })}</p>
                      {e.examples.hit.length > 0 && <p>{t('hitExamplesOf', { s: e.examples.hit.join(' / ') })}</p>}
                      {e.examples.pass.length > 0 && <p>{t('passExamplesOf', { s: e.examples.pass.join(' / ') })}</p>}
                      {e.context && <p class="muted mono">{t('contextOf', { s: JSON.stringify(e.context) })}</p>}
                      {e.provenance && (
                        <p class="muted">
                          {t('importedOf', {
                            s: [e.provenance.file, e.provenance.importer, e.provenance.time].filter(Boolean).join(', '),
                          })}
                        </p>
                      )}
                    </td>
                  </tr>
                )}
              </Fragment>
            );
          })}
        </tbody>
      </table>
      {hits.length > limit && (
        <button type="button" onClick={() => setLimit((l) => l + PAGE * 5)} data-testid="entry-more">
          {t('histMore', { n: hits.length - limit })}
        </button>
      )}
    </div>
  );
}
