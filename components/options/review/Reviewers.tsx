import { useState } from 'preact/hooks';
import { t } from '../../../lib/i18n/all';
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
      <h2>{t('reviewersHeading')}</h2>
      <p class="muted">{t('reviewersIntro')}</p>
      {locked && (
        <p>
          <LockNote testid="reviewers-locked">{t('reviewersLocked')}</LockNote>
        </p>
      )}
      {policy?.reviewers && (
        <div data-testid="policy-reviewers">
          <h3>{t('reviewersFromPolicy')}</h3>
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
            <th>{t('colName')}</th>
            <th>{t('level')}</th>
            <th>PIN</th>
            <th>{t('colAction')}</th>
          </tr>
        </thead>
        <tbody>
          {settings.reviewers.length === 0 && (
            <tr>
              <td colSpan={4} class="muted">
                {t('reviewersNone')}
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
                  ariaLabel={t('reviewerLevelOf', { name: r.name })}
                  onChange={(level) =>
                    void change((l) => l.map((x) => (x.id === r.id ? { ...x, level } : x)), `reviewer ${r.id} level`)
                  }
                  testid="reviewer-level"
                />
              </td>
              <td data-testid="reviewer-pin-status">
                {!r.pin ? (
                  <span class="muted">{t('pinNotSet')}</span>
                ) : (r.pin.minLength ?? 6) < 6 ? (
                  <span class="error">{t('pinTooShort')}</span>
                ) : (
                  t('pinSet')
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
                      {r.pin ? t('changePin') : t('setPin')}
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
                        {t('removePin')}
                      </button>
                    )}
                    <button
                      type="button"
                      disabled={busy}
                      onClick={() => void change((l) => l.filter((x) => x.id !== r.id), `reviewer ${r.id} removed`)}
                      data-testid="reviewer-delete"
                    >
                      {t('delete')}
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
