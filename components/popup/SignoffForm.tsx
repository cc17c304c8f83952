import { useState } from 'preact/hooks';
import type { Draft } from '../../lib/engine/types';
import { t } from '../../lib/i18n/all';
import { request } from '../../lib/messaging/client';
import { draftHash } from '../../lib/review/hash';
import type { Reviewer } from '../../lib/settings/schema';
import { CHECKLIST_ITEMS } from '../../lib/store/schema';
import { LevelSelect, levelLabel, REVIEW_LEVELS, ReviewerSelect } from '../common/ReviewerPicker';

interface Props {
  draft: Draft;
  hash: string;
  draftKey: string;
  account?: string;
  reviewers: Reviewer[];
  required: number;
  counts: { block: number; warn: number; info: number };
  onSigned(): void;
}

const allChecked = () =>
  Object.fromEntries(CHECKLIST_ITEMS.map((k) => [k, false])) as Record<(typeof CHECKLIST_ITEMS)[number], boolean>;

/**
 * The reviewer's sign-off: who (configured reviewer with PIN, or a named reviewer when none are
 * configured), which level, the five 关 checklist, approve or reject with a comment. The sign-off
 * binds to the SHA-256 of the exact draft shown.
 */
export function SignoffForm({ draft, hash, draftKey, account, reviewers, required, counts, onSigned }: Props) {
  const [reviewerId, setReviewerId] = useState(reviewers[0]?.id ?? '');
  const [name, setName] = useState('');
  const [level, setLevel] = useState(1);
  const [pin, setPin] = useState('');
  const [checks, setChecks] = useState(allChecked);
  const [comment, setComment] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [signed, setSigned] = useState<{ decision: 'approve' | 'reject'; verified: boolean }>();
  const configured = reviewers.length > 0;
  const reviewer = reviewers.find((r) => r.id === reviewerId);

  async function submit(decision: 'approve' | 'reject') {
    setError(undefined);
    if (draftHash(draft) !== hash) return setError(t('signoffChanged'));
    if (configured && !reviewer) return setError(t('signoffPickReviewer'));
    if (!configured && !name.trim()) return setError(t('signoffNameNeeded'));
    if (decision === 'approve' && !CHECKLIST_ITEMS.every((k) => checks[k]))
      return setError(t('signoffChecklistNeeded'));
    if (decision === 'reject' && !comment.trim()) return setError(t('signoffCommentNeeded'));
    setBusy(true);
    try {
      // The background checks the PIN (back-off, lock-out, audit of failures) and writes the sign-off.
      const r = await request('review/signoff', {
        hash,
        draftKey,
        platform: draft.platform,
        account,
        title: draft.title ?? '',
        ...(configured ? { reviewerId: reviewer!.id } : { name: name.trim(), level }),
        ...(reviewer?.pin ? { pin } : {}),
        decision,
        checklist: checks,
        comment: comment.trim(),
        counts,
      });
      setPin('');
      if (!r.ok) {
        setError(r.error ?? t('signoffFailed'));
        return;
      }
      setComment('');
      setChecks(allChecked());
      setSigned({ decision, verified: r.verified ?? false });
      onSigned();
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form class="card signoff" onSubmit={(e) => e.preventDefault()} data-testid="signoff-form">
      <h2>{t('signoffHeading')}</h2>
      <p class="muted">
        {t('signoffRequired', {
          n: required,
          levels: REVIEW_LEVELS.slice(0, required).map(levelLabel).join(t('listSep')) || t('signoffNoneNeeded'),
        })}
      </p>
      {configured ? (
        <label class="row">
          {t('reviewer')}
          <ReviewerSelect reviewers={reviewers} value={reviewerId} onChange={setReviewerId} testid="signoff-reviewer" />
        </label>
      ) : (
        <>
          <p class="warn" data-testid="signoff-unverified">
            {t('signoffNoReviewers')}
          </p>
          <div class="row">
            <label class="row">
              {t('reviewer')}
              <input
                type="text"
                size={8}
                value={name}
                onInput={(e) => setName((e.target as HTMLInputElement).value)}
                data-testid="signoff-name"
              />
            </label>
            <label class="row">
              {t('level')}
              <LevelSelect value={level} onChange={setLevel} testid="signoff-level" />
            </label>
          </div>
        </>
      )}
      {configured && reviewer && !reviewer.pin && (
        <p class="warn" data-testid="signoff-unverified">
          {t('signoffNoPin', { name: reviewer.name })}
        </p>
      )}
      {reviewer?.pin && (
        <label class="row">
          PIN
          <input
            type="password"
            inputMode="numeric"
            autoComplete="off"
            value={pin}
            onInput={(e) => setPin((e.target as HTMLInputElement).value)}
            data-testid="signoff-pin"
          />
        </label>
      )}
      <fieldset class="checklist">
        <legend>{t('checklist')}</legend>
        {CHECKLIST_ITEMS.map((k) => (
          <label key={k}>
            <input
              type="checkbox"
              checked={checks[k]}
              onChange={(e) => setChecks({ ...checks, [k]: (e.target as HTMLInputElement).checked })}
              data-testid={`check-${k}`}
            />
            {t(`check_${k}`)}
          </label>
        ))}
      </fieldset>
      <textarea
        rows={2}
        aria-label={t('signoffComment')}
        placeholder={t('signoffCommentHint')}
        value={comment}
        onInput={(e) => setComment((e.target as HTMLTextAreaElement).value)}
        data-testid="signoff-comment"
      />
      {counts.block > 0 && <p class="error">{t('signoffStillBlocked', { n: counts.block })}</p>}
      {signed && !error && (
        <p class="ok" role="status" data-testid="signoff-done">
          {t(signed.decision === 'approve' ? 'signoffDoneApproved' : 'signoffDoneRejected')}
          {signed.verified ? '' : t('unverifiedParen')}
          {t('signoffDoneTail')}
        </p>
      )}
      {error && (
        <p class="error" role="alert" data-testid="signoff-error">
          {error}
        </p>
      )}
      <div class="row">
        <button
          class="primary"
          type="button"
          disabled={busy}
          onClick={() => void submit('approve')}
          data-testid="signoff-approve"
        >
          {t('signoffApprove')}
        </button>
        <button type="button" disabled={busy} onClick={() => void submit('reject')} data-testid="signoff-reject">
          {t('signoffReject')}
        </button>
      </div>
    </form>
  );
}
