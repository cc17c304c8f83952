import { useEffect, useState } from 'preact/hooks';
import type { GateMode } from '../../lib/messaging/protocol';
import {
  GATE_MODE_HELP,
  GATE_MODE_LABELS,
  REQUIRED_LEVELS_LABELS,
  REVIEW_LEVEL_LABELS,
} from '../../lib/options/labels';
import { checkName, checkPin } from '../../lib/options/validate';
import { hashPin } from '../../lib/review/pin';
import type { Reviewer } from '../../lib/settings/schema';
import { type Outcome, useOptions } from './data';
import { Field, LockNote, Message, Section, value } from './ui';

function newId(): string {
  const b = crypto.getRandomValues(new Uint8Array(6));
  return `r-${Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('')}`;
}

/** 审核与发布: publish gate mode, 先审后发 levels and the reviewers (PINs stored only as PBKDF2 hashes). */
export function Review() {
  return (
    <Section
      id="review"
      title="审核与发布"
      intro="发布拦截方式和“先审后发”的签发级数是默认设置，账号配置可以覆盖，单位策略优先于两者。"
    >
      <GateSettings />
      <Reviewers />
    </Section>
  );
}

function GateSettings() {
  const { loaded, actions } = useOptions();
  const { settings, policy, effective } = loaded;
  const [mode, setMode] = useState<GateMode>(settings.gateMode);
  const [levels, setLevels] = useState(settings.requiredLevels);
  const [outcome, setOutcome] = useState<Outcome>();
  useEffect(() => {
    setMode(settings.gateMode);
    setLevels(settings.requiredLevels);
  }, [settings.gateMode, settings.requiredLevels]);
  const lockedMode = effective.locked.gateMode;
  const lockedLevels = effective.locked.requiredLevels;

  async function save(e: Event) {
    e.preventDefault();
    setOutcome(
      await actions.changeSettings(
        (s) => ({
          ...s,
          ...(lockedMode ? {} : { gateMode: mode }),
          ...(lockedLevels ? {} : { requiredLevels: levels }),
        }),
        'gate settings',
      ),
    );
  }

  return (
    <form class="card" onSubmit={save} data-testid="gate-form">
      <h2>发布拦截</h2>
      <fieldset class="radios" disabled={lockedMode}>
        <legend>
          拦截方式{' '}
          {lockedMode && <LockNote testid="gate-locked">策略锁定为“{GATE_MODE_LABELS[policy!.gateMode!]}”</LockNote>}
        </legend>
        {(['block', 'warn', 'off'] as const).map((m) => (
          <label key={m} class="radio">
            <input
              type="radio"
              name="gate-mode"
              value={m}
              checked={(lockedMode ? policy!.gateMode : mode) === m}
              onChange={() => setMode(m)}
              data-testid={`gate-mode-${m}`}
            />
            <strong>{GATE_MODE_LABELS[m]}</strong> <span class="muted">{GATE_MODE_HELP[m]}</span>
          </label>
        ))}
      </fieldset>
      <Field label="先审后发：发布前须签发的级数" hint="每一级由不同审核人签发（初审、复审、终审）；默认 1 级。">
        <select
          value={String(lockedLevels ? policy!.requiredLevels : levels)}
          disabled={lockedLevels}
          onChange={(e) => setLevels(Number(value(e)))}
          data-testid="gate-levels"
        >
          {[0, 1, 2, 3].map((n) => (
            <option key={n} value={String(n)}>
              {n} 级：{REQUIRED_LEVELS_LABELS[n]}
            </option>
          ))}
        </select>
        {lockedLevels && <LockNote testid="levels-locked">策略锁定</LockNote>}
      </Field>
      <button type="submit" class="primary" disabled={lockedMode && lockedLevels} data-testid="gate-save">
        保存
      </button>
      <Message outcome={outcome} testid="gate-message" />
    </form>
  );
}

function Reviewers() {
  const { loaded, actions } = useOptions();
  const { settings, policy } = loaded;
  const locked = Boolean(policy?.lockReviewers || policy?.reviewers);
  const [outcome, setOutcome] = useState<Outcome>();
  const [pinFor, setPinFor] = useState<string>();
  const [busy, setBusy] = useState(false);

  async function change(fn: (list: Reviewer[]) => Reviewer[], reason: string) {
    setOutcome(undefined);
    setBusy(true);
    try {
      const out = await actions.changeSettings((s) => ({ ...s, reviewers: fn(s.reviewers) }), reason);
      setOutcome(out);
      return out;
    } finally {
      setBusy(false);
    }
  }

  return (
    <div class="card" data-testid="reviewers">
      <h2>审核人</h2>
      <p class="muted">
        审核人签发或放行时需输入 PIN（如已设置）。PIN 只以 PBKDF2-SHA256 加盐哈希保存，任何地方都不保存 PIN 本身。
      </p>
      {locked && (
        <p>
          <LockNote testid="reviewers-locked">审核人名单已由单位策略锁定（只读）。</LockNote>
        </p>
      )}
      {policy?.reviewers && (
        <div data-testid="policy-reviewers">
          <h3>策略预置的审核人</h3>
          <ul>
            {policy.reviewers.map((r) => (
              <li key={`${r.name}-${r.level}`}>
                {r.name}（{REVIEW_LEVEL_LABELS[r.level]}）
              </li>
            ))}
          </ul>
        </div>
      )}
      <Message outcome={outcome} testid="reviewers-message" />
      <table data-testid="reviewer-list">
        <thead>
          <tr>
            <th>姓名</th>
            <th>级别</th>
            <th>PIN</th>
            <th>操作</th>
          </tr>
        </thead>
        <tbody>
          {settings.reviewers.length === 0 && (
            <tr>
              <td colSpan={4} class="muted">
                尚未配置审核人：签发时可直接填写姓名（建议配置审核人并设置 PIN）。
              </td>
            </tr>
          )}
          {settings.reviewers.map((r) => (
            <tr key={r.id} data-testid="reviewer-row" data-reviewer={r.id}>
              <td>{r.name}</td>
              <td>
                <select
                  value={String(r.level)}
                  disabled={locked || busy}
                  aria-label={`${r.name} 的级别`}
                  onChange={(e) => {
                    const level = Number(value(e));
                    void change((l) => l.map((x) => (x.id === r.id ? { ...x, level } : x)), `reviewer ${r.id} level`);
                  }}
                  data-testid="reviewer-level"
                >
                  {[1, 2, 3].map((l) => (
                    <option key={l} value={String(l)}>
                      {REVIEW_LEVEL_LABELS[l]}
                    </option>
                  ))}
                </select>
              </td>
              <td data-testid="reviewer-pin-status">
                {!r.pin ? (
                  <span class="muted">未设置</span>
                ) : (r.pin.minLength ?? 6) < 6 ? (
                  <span class="error">PIN 少于 6 位，已停用，请重设</span>
                ) : (
                  'PIN 已设置'
                )}
              </td>
              <td class="actions">
                {!locked && (
                  <>
                    <button
                      type="button"
                      disabled={busy}
                      onClick={() => setPinFor(pinFor === r.id ? undefined : r.id)}
                      data-testid="reviewer-pin"
                    >
                      {r.pin ? '修改 PIN' : '设置 PIN'}
                    </button>
                    {r.pin && (
                      <button
                        type="button"
                        disabled={busy}
                        onClick={() =>
                          void change(
                            (l) => l.map((x) => (x.id === r.id ? { ...x, pin: undefined } : x)),
                            `reviewer ${r.id} pin removed`,
                          )
                        }
                        data-testid="reviewer-pin-remove"
                      >
                        移除 PIN
                      </button>
                    )}
                    <button
                      type="button"
                      disabled={busy}
                      onClick={() => void change((l) => l.filter((x) => x.id !== r.id), `reviewer ${r.id} removed`)}
                      data-testid="reviewer-delete"
                    >
                      删除
                    </button>
                  </>
                )}
                {pinFor === r.id && (
                  <PinForm
                    onSubmit={async (pin) => {
                      const hash = await hashPin(pin);
                      const out = await change(
                        (l) => l.map((x) => (x.id === r.id ? { ...x, pin: hash } : x)),
                        `reviewer ${r.id} pin set`,
                      );
                      if (out.ok) setPinFor(undefined);
                    }}
                  />
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {!locked && <AddReviewer onAdd={(r) => change((l) => [...l, r], `reviewer ${r.id} added`)} />}
    </div>
  );
}

function PinForm({ onSubmit }: { onSubmit(pin: string): Promise<void> }) {
  const [pin, setPin] = useState('');
  const [confirm, setConfirm] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  return (
    <div class="pin-form" data-testid="reviewer-pin-form">
      <input
        type="password"
        autocomplete="new-password"
        placeholder="新 PIN"
        value={pin}
        onInput={(e) => setPin(value(e))}
        data-testid="reviewer-pin-new"
      />
      <input
        type="password"
        autocomplete="new-password"
        placeholder="再输入一次"
        value={confirm}
        onInput={(e) => setConfirm(value(e))}
        data-testid="reviewer-pin-confirm"
      />
      <button
        type="button"
        class="primary"
        disabled={busy}
        onClick={async () => {
          const err = checkPin(pin, confirm);
          setError(err);
          if (err) return;
          setBusy(true);
          try {
            await onSubmit(pin);
          } finally {
            setBusy(false);
            setPin('');
            setConfirm('');
          }
        }}
        data-testid="reviewer-pin-save"
      >
        保存 PIN
      </button>
      {error && <span class="error">{error}</span>}
    </div>
  );
}

function AddReviewer({ onAdd }: { onAdd(r: Reviewer): Promise<Outcome> }) {
  const [name, setName] = useState('');
  const [level, setLevel] = useState(1);
  const [pin, setPin] = useState('');
  const [confirm, setConfirm] = useState('');
  const [errors, setErrors] = useState<{ name?: string; pin?: string }>({});
  const [busy, setBusy] = useState(false);

  async function submit(e: Event) {
    e.preventDefault();
    const errs = { name: checkName(name, '审核人姓名'), pin: pin || confirm ? checkPin(pin, confirm) : undefined };
    setErrors(errs);
    if (errs.name || errs.pin) return;
    setBusy(true);
    try {
      const reviewer: Reviewer = { id: newId(), name: name.trim(), level, ...(pin ? { pin: await hashPin(pin) } : {}) };
      const out = await onAdd(reviewer);
      if (out.ok) {
        setName('');
        setPin('');
        setConfirm('');
      }
    } finally {
      setBusy(false);
    }
  }

  return (
    <form class="add-reviewer" onSubmit={submit} data-testid="reviewer-add-form">
      <h3>新增审核人</h3>
      <div class="grid4">
        <Field label="姓名" error={errors.name} testid="reviewer-name">
          <input type="text" value={name} onInput={(e) => setName(value(e))} data-testid="reviewer-name" />
        </Field>
        <Field label="级别">
          <select value={String(level)} onChange={(e) => setLevel(Number(value(e)))} data-testid="reviewer-new-level">
            {[1, 2, 3].map((l) => (
              <option key={l} value={String(l)}>
                {REVIEW_LEVEL_LABELS[l]}
              </option>
            ))}
          </select>
        </Field>
        <Field label="PIN（可选）" error={errors.pin} hint="4–32 位" testid="reviewer-new-pin">
          <input
            type="password"
            autocomplete="new-password"
            value={pin}
            onInput={(e) => setPin(value(e))}
            data-testid="reviewer-new-pin"
          />
        </Field>
        <Field label="再次输入 PIN">
          <input
            type="password"
            autocomplete="new-password"
            value={confirm}
            onInput={(e) => setConfirm(value(e))}
            data-testid="reviewer-new-pin-confirm"
          />
        </Field>
      </div>
      <button type="submit" class="primary" disabled={busy} data-testid="reviewer-add">
        添加审核人
      </button>
    </form>
  );
}
