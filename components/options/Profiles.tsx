import { useState } from 'preact/hooks';
import type { RuleSettings } from '../../lib/engine/config';
import type { GateMode } from '../../lib/messaging/protocol';
import { ruleKeyLabel } from '../../lib/options/diff';
import { GATE_MODE_LABELS, REQUIRED_LEVELS_LABELS, RULE_SETTING_LABELS } from '../../lib/options/labels';
import { setRuleSetting } from '../../lib/options/rules';
import { checkName, parseList } from '../../lib/options/validate';
import type { Profile } from '../../lib/settings/schema';
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
    <Section
      id="profiles"
      title="账号配置"
      intro="同一台电脑管理多个账号时（例如宣传部和卫健委的公众号），可以为每组账号单独设置规则、拦截方式和签发级数。账号名称须与编辑器页面显示的账号名称一致。优先级：策略 > 账号配置 > 默认设置。"
    >
      <Message outcome={outcome} testid="profiles-message" />
      {profiles.length === 0 && !editing && <p class="muted">尚未设置账号配置：所有账号都使用默认设置。</p>}
      <ul class="profile-list" data-testid="profile-list">
        {profiles.map((p) => (
          <li key={p.id} class="card" data-testid="profile-row" data-profile={p.id}>
            <div class="row spread">
              <div>
                <strong>{p.name}</strong>
                <div class="muted">适用账号：{p.accounts.length ? p.accounts.join('、') : '（未指定）'}</div>
                <div class="muted">
                  拦截方式：{p.gateMode ? GATE_MODE_LABELS[p.gateMode] : '沿用默认'} · 签发级数：
                  {p.requiredLevels === undefined ? '沿用默认' : REQUIRED_LEVELS_LABELS[p.requiredLevels]} · 规则覆盖{' '}
                  {Object.keys(p.rules).length} 项
                </div>
              </div>
              <div class="row">
                <button type="button" onClick={() => setEditing(p)} data-testid="profile-edit">
                  编辑
                </button>
                {confirm === p.id ? (
                  <button type="button" class="danger" onClick={() => void remove(p)} data-testid="profile-delete-yes">
                    确认删除
                  </button>
                ) : (
                  <button type="button" onClick={() => setConfirm(p.id)} data-testid="profile-delete">
                    删除
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
          新增账号配置
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
      name: checkName(name, '配置名称'),
      accounts: clash ? `账号“${clash.a}”已在账号配置“${clash.p!.name}”中` : undefined,
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
      <h2>{exists ? `编辑账号配置“${initial.name}”` : '新增账号配置'}</h2>
      <div class="grid2">
        <Field label="配置名称" error={errors.name} testid="profile-name">
          <input
            type="text"
            value={name}
            placeholder="如：宣传部"
            onInput={(e) => setName(value(e))}
            data-testid="profile-name"
          />
        </Field>
        <Field
          label="适用账号"
          error={errors.accounts}
          hint="每行一个，与编辑器页面显示的账号名称一致"
          testid="profile-accounts"
        >
          <textarea rows={3} value={accounts} onInput={(e) => setAccounts(value(e))} data-testid="profile-accounts" />
        </Field>
        <Field label="发布拦截方式">
          <select value={gateMode} onChange={(e) => setGateMode(value(e) as GateMode | '')} data-testid="profile-gate">
            <option value="">沿用默认（{GATE_MODE_LABELS[loaded.settings.gateMode]}）</option>
            {(['block', 'warn', 'off'] as const).map((m) => (
              <option key={m} value={m}>
                {GATE_MODE_LABELS[m]}
              </option>
            ))}
          </select>
          {locked.gateMode && <LockNote>策略已锁定拦截方式，此项不生效</LockNote>}
        </Field>
        <Field label="先审后发签发级数">
          <select value={levels} onChange={(e) => setLevels(value(e))} data-testid="profile-levels">
            <option value="">沿用默认（{REQUIRED_LEVELS_LABELS[loaded.settings.requiredLevels]}）</option>
            {[0, 1, 2, 3].map((n) => (
              <option key={n} value={String(n)}>
                {REQUIRED_LEVELS_LABELS[n]}
              </option>
            ))}
          </select>
          {locked.requiredLevels && <LockNote>策略已锁定签发级数，此项不生效</LockNote>}
        </Field>
      </div>
      <h3>规则覆盖</h3>
      {Object.keys(rules).length === 0 ? (
        <p class="muted">没有覆盖：该账号使用默认的规则设置。</p>
      ) : (
        <ul class="overrides" data-testid="profile-overrides">
          {Object.entries(rules).map(([k, v]) => (
            <li key={k}>
              {ruleKeyLabel(k, { rule: (id) => engine?.rules.find((r) => r.id === id)?.title })}：
              {RULE_SETTING_LABELS[v]}{' '}
              <button type="button" class="link" onClick={() => setRules((r) => setRuleSetting(r, k, 'default'))}>
                移除
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
        <p class="muted">正在读取规则…</p>
      )}
      <div class="row sticky-actions">
        <button type="submit" class="primary" disabled={busy} data-testid="profile-save">
          保存账号配置
        </button>
        <button type="button" onClick={() => onDone()}>
          取消
        </button>
      </div>
    </form>
  );
}
