import { useState } from 'preact/hooks';
import { hashPin } from '../../../lib/review/pin';
import { LevelSelect, reviewerLabel } from '../../common/ReviewerPicker';
import { useOptions } from '../data';
import { LockNote, Message } from '../ui';
import { AddReviewer } from './AddReviewer';
import { useReviewerChanges } from './hooks';
import { PinForm } from './PinForm';

/** 审核人: the reviewer list, their levels and PINs (read-only when policy presets or locks it). */
export function Reviewers() {
  const { loaded } = useOptions();
  const { settings, policy } = loaded;
  const locked = Boolean(policy?.lockReviewers || policy?.reviewers);
  const { outcome, busy, change } = useReviewerChanges();
  const [pinFor, setPinFor] = useState<string>();

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
              <li key={`${r.name}-${r.level}`}>{reviewerLabel(r)}</li>
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
                <LevelSelect
                  value={r.level}
                  disabled={locked || busy}
                  ariaLabel={`${r.name} 的级别`}
                  onChange={(level) =>
                    void change((l) => l.map((x) => (x.id === r.id ? { ...x, level } : x)), `reviewer ${r.id} level`)
                  }
                  testid="reviewer-level"
                />
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
