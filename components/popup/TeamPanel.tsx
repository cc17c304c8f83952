import { useState } from 'preact/hooks';
import type { TeamStatus } from '../../lib/background/team';
import { request } from '../../lib/messaging/client';
import type { TabRes } from '../../lib/messaging/protocol';
import { isApproved, LEVEL_LABELS } from '../../lib/review/status';
import { syncAgeText } from '../../lib/review/sync-age';

type State = TabRes<'content/state'>;

/**
 * Team mode in the popup: replaces the single-machine sign-off form. The editor submits (送审) the exact content
 * the gate checks; the status says which level is awaited and who signed, from the last replicated state.
 */
export function TeamPanel(props: { state: State; team: TeamStatus; onDone(): void }) {
  const { state, team } = props;
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string }>();
  const review = state.review?.hash === state.hash ? state.review : undefined;
  const info = review?.team;
  const approved = review ? isApproved(review) : false;
  const rejected = !approved && Boolean(review?.signoffs.some((s) => s.decision === 'reject'));
  const canSubmit = team.signedIn && team.config?.abilities?.editor && !info?.submitted;

  const submit = () => {
    if (!state.draft) return;
    setBusy(true);
    setMessage(undefined);
    void request('team/submit', {
      draft: state.draft,
      draftKey: state.draftKey ?? state.hash ?? '',
      ...(state.draftAliases?.length ? { aliases: state.draftAliases.slice(0, 20) } : {}),
      ...(state.account ? { account: state.account } : {}),
      findings: state.findings,
    })
      .then((r) => {
        setMessage(
          r.ok
            ? { ok: true, text: r.queued ? '已保存，联网后自动送审' : '已送审' }
            : { ok: false, text: r.error ?? '送审失败' },
        );
        props.onDone();
      })
      .catch((e: Error) => setMessage({ ok: false, text: e.message }))
      .finally(() => setBusy(false));
  };

  const line = approved
    ? '团队审核已签发'
    : rejected
      ? '审核未通过（已退回）：修改后重新送审'
      : info?.submitted
        ? `待审核：等待${LEVEL_LABELS[info.nextLevel ?? 1]}`
        : review?.stale
          ? '内容已修改，需重新送审'
          : '尚未送审';
  return (
    <section class="card" data-testid="team-panel">
      <h2>团队审核</h2>
      <p data-testid="team-review-status" class={approved ? 'status status-approved' : 'status status-pending'}>
        {line}
      </p>
      {!team.signedIn && (
        <p class="error" data-testid="team-signed-out">
          未登录团队服务器：请在
          <a href="/options.html#team" target="_blank" rel="noreferrer">
            设置 → 团队审核
          </a>
          中登录。
        </p>
      )}
      {team.signedIn && !team.config?.abilities?.editor && !info?.submitted && (
        <p class="muted">{team.config?.username} 不是编辑角色，不能送审。</p>
      )}
      {canSubmit && (
        <button type="button" class="primary" onClick={submit} disabled={busy} data-testid="team-submit">
          {busy ? '正在送审…' : '送审'}
        </button>
      )}
      {review && review.signoffs.length > 0 && (
        <ul class="muted" data-testid="team-signoffs">
          {review.signoffs.map((s) => (
            <li key={s.id}>
              {s.reviewer}（{LEVEL_LABELS[s.level]}）{s.decision === 'approve' ? '签发' : '退回'}
              {s.comment ? `：${s.comment}` : ''}
            </li>
          ))}
        </ul>
      )}
      <p class="muted" data-testid="team-sync-age">
        {syncAgeText(info?.syncedAt ?? team.sync.lastSuccess)}
        {team.sync.lastError ? '（当前无法连接团队服务器，按最后一次同步的状态判断）' : ''}
      </p>
      {message && (
        <p class={message.ok ? 'ok' : 'error'} role="status" data-testid="team-submit-message">
          {message.text}
        </p>
      )}
    </section>
  );
}
