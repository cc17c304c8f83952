import { useState } from 'preact/hooks';
import type { RuleSettings } from '../../lib/engine/config';
import { t } from '../../lib/i18n/all';
import type { GateMode } from '../../lib/messaging/protocol';
import { ruleKeyLabel } from '../../lib/options/diff';
import { setRuleSetting } from '../../lib/options/rules';
import { checkName, parseList } from '../../lib/options/validate';
import type { Profile } from '../../lib/settings/schema';
import { gateModeLabel, requiredLevelsLabel, ruleSettingText } from '../common/labels';
import { type Outcome, useOptions } from './data';
import { RuleTable } from './RuleTable';
import { Field, LockNote, Message, Section, value } from './ui';

function newId(): string {
  const b = crypto.getRandomValues(new Uint8Array(6));
  return `p-${Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('')}`;
}

/** 账号配置: per-account profiles (e.g. 宣传部 vs 卫健委 accounts) with their own rules, gate mode and review levels. */
export function Profiles() {
  const { loaded, actions } = useOptions();
  const [editing, setEditing] = useState<Profile>();
  const [outcome, setOutcome] = useState<Outcome>();
  const [confirm, setConfirm] = useState<string>();
  const profiles = loaded.settings.profiles;

  async function remove(p: Profile) {
    setConfirm(undefined);
    setOutcome(
      await actions.changeSettings(
        (s) => ({ ...s, profiles: s.profiles.filter((x) => x.id !== p.id) }),
        `delete profile ${p.id}`,
      ),
    );
  }

  return (
    <Section id="profiles" title={t('navProfiles')} intro={t('profilesIntro')}>
      <Message outcome={outcome} testid="profiles-message" />
      {profiles.length === 0 && !editing && <p class="muted">{t('profilesNone')}</p>}
      <ul class="profile-list" data-testid="profile-list">
        {profiles.map((p) => (
          <li key={p.id} class="card" data-testid="profile-row" data-profile={p.id}>
            <div class="row spread">
              <div>
                <strong>{p.name}</strong>
                <div class="muted">
                  {t('profileAccounts', {
                    s: p.accounts.length ? p.accounts.join(t('listSep')) : t('profileNoAccounts'),
                  })}
                </div>
                <div class="muted">
                  {t('profileSummary', {
                    gate: p.gateMode ? gateModeLabel(p.gateMode) : t('profileInherit'),
                    levels:
                      p.requiredLevels === undefined ? t('profileInherit') : requiredLevelsLabel(p.requiredLevels),
                    n: Object.keys(p.rules).length,
                  })}
                </div>
              </div>
              <div class="row">
                <button type="button" onClick={() => setEditing(p)} data-testid="profile-edit">
                  {t('edit')}
                </button>
                {confirm === p.id ? (
                  <button type="button" class="danger" onClick={() => void remove(p)} data-testid="profile-delete-yes">
                    {t('confirmDelete')}
                  </button>
                ) : (
                  <button type="button" onClick={() => setConfirm(p.id)} data-testid="profile-delete">
                    {t('delete')}
                  </button>
                )}
              </div>
            </div>
          </li>
        ))}
      </ul>
      {editing ? (
        <ProfileEditor
          key={editing.id}
          initial={editing}
          onDone={(out) => {
            if (out) setOutcome(out);
            if (!out || out.ok) setEditing(undefined);
          }}
        />
      ) : (
        <button
          type="button"
          class="primary"
          onClick={() => setEditing({ id: newId(), name: '', accounts: [], rules: {} })}
          data-testid="profile-add"
        >
          {t('profileAdd')}
        </button>
      )}
    </Section>
  );
}

function ProfileEditor({ initial, onDone }: { initial: Profile; onDone(out?: Outcome): void }) {
  const { loaded, engine, actions } = useOptions();
  const [name, setName] = useState(initial.name);
  const [accounts, setAccounts] = useState(initial.accounts.join('\n'));
  const [gateMode, setGateMode] = useState<GateMode | ''>(initial.gateMode ?? '');
  const [levels, setLevels] = useState<string>(
    initial.requiredLevels === undefined ? '' : String(initial.requiredLevels),
  );
  const [rules, setRules] = useState<RuleSettings>(initial.rules);
  const [errors, setErrors] = useState<{ name?: string; accounts?: string }>({});
  const [busy, setBusy] = useState(false);
  const locked = loaded.effective.locked;
  const exists = loaded.settings.profiles.some((p) => p.id === initial.id);

  async function save(e: Event) {
    e.preventDefault();
    const list = parseList(accounts);
    const clash = list
      .map((a) => ({ a, p: loaded.settings.profiles.find((p) => p.id !== initial.id && p.accounts.includes(a)) }))
      .find((x) => x.p);
    const errs = {
      name: checkName(name, t('profileName')),
      accounts: clash ? t('profileClash', { account: clash.a, profile: clash.p!.name }) : undefined,
    };
    setErrors(errs);
    if (errs.name || errs.accounts) return;
    const profile: Profile = {
      id: initial.id,
      name: name.trim(),
      accounts: list,
      rules,
      ...(gateMode ? { gateMode } : {}),
      ...(levels !== '' ? { requiredLevels: Number(levels) } : {}),
    };
    setBusy(true);
    try {
      onDone(
        await actions.changeSettings(
          (s) => ({
            ...s,
            profiles: s.profiles.some((p) => p.id === profile.id)
              ? s.profiles.map((p) => (p.id === profile.id ? profile : p))
              : [...s.profiles, profile],
          }),
          `${exists ? 'edit' : 'add'} profile ${profile.id}`,
        ),
      );
    } finally {
      setBusy(false);
    }
  }

  return (
    <form class="card editor" onSubmit={save} data-testid="profile-editor">
      <h2>{exists ? t('profileEditHeading', { name: initial.name }) : t('profileAdd')}</h2>
      <div class="grid2">
        <Field label={t('profileName')} error={errors.name} testid="profile-name">
          <input
            type="text"
            value={name}
            placeholder={t('profileNameHint')}
            onInput={(e) => setName(value(e))}
            data-testid="profile-name"
          />
        </Field>
        <Field
          label={t('profileAccountsLabel')}
          error={errors.accounts}
          hint={t('profileAccountsHint')}
          testid="profile-accounts"
        >
          <textarea rows={3} value={accounts} onInput={(e) => setAccounts(value(e))} data-testid="profile-accounts" />
        </Field>
        <Field label={t('profileGate')}>
          <select value={gateMode} onChange={(e) => setGateMode(value(e) as GateMode | '')} data-testid="profile-gate">
            <option value="">{t('profileInheritValue', { s: gateModeLabel(loaded.settings.gateMode) })}</option>
            {(['block', 'warn', 'off'] as const).map((m) => (
              <option key={m} value={m}>
                {gateModeLabel(m)}
              </option>
            ))}
          </select>
          {locked.gateMode && <LockNote>{t('profileGateLocked')}</LockNote>}
        </Field>
        <Field label={t('profileLevels')}>
          <select value={levels} onChange={(e) => setLevels(value(e))} data-testid="profile-levels">
            <option value="">
              {t('profileInheritValue', { s: requiredLevelsLabel(loaded.settings.requiredLevels) })}
            </option>
            {[0, 1, 2, 3].map((n) => (
              <option key={n} value={String(n)}>
                {requiredLevelsLabel(n)}
              </option>
            ))}
          </select>
          {locked.requiredLevels && <LockNote>{t('profileLevelsLocked')}</LockNote>}
        </Field>
      </div>
      <h3>{t('profileOverrides')}</h3>
      {Object.keys(rules).length === 0 ? (
        <p class="muted">{t('profileNoOverrides')}</p>
      ) : (
        <ul class="overrides" data-testid="profile-overrides">
          {Object.entries(rules).map(([k, v]) => (
            <li key={k}>
              {ruleKeyLabel(k, { rule: (id) => engine?.rules.find((r) => r.id === id)?.title })}：{ruleSettingText(v)}{' '}
              <button type="button" class="link" onClick={() => setRules((r) => setRuleSetting(r, k, 'default'))}>
                {t('remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      {engine ? (
        <RuleTable
          rules={engine.rules}
          settings={rules}
          base={loaded.settings.rules}
          locked={loaded.policy?.lockedRules ?? {}}
          testid="profile-rule-table"
          onChange={(k, v) => setRules((r) => setRuleSetting(r, k, v))}
        />
      ) : (
        <p class="muted">{t('rulesLoading')}</p>
      )}
      <div class="row sticky-actions">
        <button type="submit" class="primary" disabled={busy} data-testid="profile-save">
          {t('profileSave')}
        </button>
        <button type="button" onClick={() => onDone()}>
          {t('cancel')}
        </button>
      </div>
    </form>
  );
}
