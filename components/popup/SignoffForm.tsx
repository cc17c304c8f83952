import { useState } from 'preact/hooks';
import type { Draft } from '../../lib/engine/types';
import { request } from '../../lib/messaging/client';
import { draftHash } from '../../lib/review/hash';
import type { Reviewer } from '../../lib/settings/schema';
import { CHECKLIST_ITEMS, CHECKLIST_LABELS } from '../../lib/store/schema';
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
    if (draftHash(draft) !== hash) return setError('稿件内容已变化，请重新打开审核面板。');
    if (configured && !reviewer) return setError('请选择审核人。');
    if (!configured && !name.trim()) return setError('请填写审核人姓名。');
    if (decision === 'approve' && !CHECKLIST_ITEMS.every((k) => checks[k])) return setError('签发前请逐项确认“五关”。');
    if (decision === 'reject' && !comment.trim()) return setError('退回时请填写意见。');
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
        setError(r.error ?? '未能记录签发。');
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
      <h2>审核签发</h2>
      <p class="muted">
        本单位要求 {required} 级审核（
        {REVIEW_LEVELS.slice(0, required).map(levelLabel).join('、') || '无需签发'}
        ），每级由不同审核人签发。
      </p>
      {configured ? (
        <label class="row">
          审核人
          <ReviewerSelect reviewers={reviewers} value={reviewerId} onChange={setReviewerId} testid="signoff-reviewer" />
        </label>
      ) : (
        <>
          <p class="warn" data-testid="signoff-unverified">
            尚未在设置中登记审核人：填写姓名签发将记为“未验证”。请管理员在设置中登记审核人并设置 PIN。
          </p>
          <div class="row">
            <label class="row">
              审核人
              <input
                type="text"
                size={8}
                value={name}
                onInput={(e) => setName((e.target as HTMLInputElement).value)}
                data-testid="signoff-name"
              />
            </label>
            <label class="row">
              级别
              <LevelSelect value={level} onChange={setLevel} testid="signoff-level" />
            </label>
          </div>
        </>
      )}
      {configured && reviewer && !reviewer.pin && (
        <p class="warn" data-testid="signoff-unverified">
          {reviewer.name}尚未设置 PIN：本次签发将记为“未验证”。
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
        <legend>审核清单</legend>
        {CHECKLIST_ITEMS.map((k) => (
          <label key={k}>
            <input
              type="checkbox"
              checked={checks[k]}
              onChange={(e) => setChecks({ ...checks, [k]: (e.target as HTMLInputElement).checked })}
              data-testid={`check-${k}`}
            />
            {CHECKLIST_LABELS[k]}
          </label>
        ))}
      </fieldset>
      <textarea
        rows={2}
        aria-label="审核意见"
        placeholder="审核意见（退回时必填）"
        value={comment}
        onInput={(e) => setComment((e.target as HTMLTextAreaElement).value)}
        data-testid="signoff-comment"
      />
      {counts.block > 0 && (
        <p class="error">稿件仍有 {counts.block} 处“禁止发布”问题：签发后发布仍会被拦截，需修改或由审核人记录放行。</p>
      )}
      {signed && !error && (
        <p class="ok" role="status" data-testid="signoff-done">
          {signed.decision === 'approve' ? '已签发' : '已退回'}
          {signed.verified ? '' : '（未验证）'}，已记入本稿历史。
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
          签发（通过）
        </button>
        <button type="button" disabled={busy} onClick={() => void submit('reject')} data-testid="signoff-reject">
          退回修改
        </button>
      </div>
    </form>
  );
}
