import { useState } from 'preact/hooks';
import { request } from '../../lib/messaging/client';
import { useAsync } from '../common/hooks';
import { ReviewerSelect } from '../common/ReviewerPicker';

const MIN_REASON = 10;

/**
 * The override window: an extension page, so the reviewer's PIN is typed where the site's page cannot read it.
 * Opened by the background for one draft (a one-time token in the URL); the reviewer picks their name, types the
 * PIN and the reason; the background checks the PIN (with back-off and lock-out) and records the override.
 */
export function App() {
  const token = new URLSearchParams(location.search).get('t') ?? '';
  const ctx = useAsync(() => request('override/context', { token }), [token]);
  const [reviewerId, setReviewerId] = useState('');
  const [name, setName] = useState('');
  const [pin, setPin] = useState('');
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<{ verified: boolean }>();

  if (ctx.loading && !ctx.data) return <main class="authorize">正在读取…</main>;
  if (ctx.error || !ctx.data) {
    return (
      <main class="authorize">
        <h1>申请放行</h1>
        <p class="error" data-testid="authorize-error">
          {ctx.error ?? '放行申请无效。'}
        </p>
      </main>
    );
  }
  const c = ctx.data;
  const configured = c.reviewers.length > 0;
  const reviewer = c.reviewers.find((r) => r.id === (reviewerId || c.reviewers[0]?.id));
  const unverified = !configured || !reviewer?.hasPin;

  const submit = async (e: Event) => {
    e.preventDefault();
    setError(undefined);
    if (reason.trim().length < MIN_REASON) return setError(`请填写放行理由（至少 ${MIN_REASON} 个字）。`);
    setBusy(true);
    try {
      const r = await request('override/authorize', {
        token,
        reason: reason.trim(),
        ...(configured ? { reviewerId: reviewer?.id } : { name: name.trim() }),
        ...(reviewer?.hasPin ? { pin } : {}),
      });
      setPin('');
      if (!r.ok) setError(r.error ?? '未能记录放行。');
      else {
        setDone({ verified: r.verified ?? false });
        setTimeout(() => window.close(), 2500);
      }
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  };

  if (done) {
    return (
      <main class="authorize">
        <h1>已记录放行</h1>
        <p data-testid="authorize-done">
          放行已记入审计日志{done.verified ? '' : '（未验证：没有审核人 PIN）'}。请回到编辑器页面，再次点击发布按钮。
        </p>
      </main>
    );
  }

  return (
    <main class="authorize">
      <h1>申请放行</h1>
      <p>
        稿件《{c.title || '无标题'}》{c.account ? `（${c.account}）` : ''}含 {c.blockRules.length} 处“禁止发布”问题。
        放行由审核人负责，理由和审核人将记入审计日志。
      </p>
      <form onSubmit={(e) => void submit(e)} data-testid="authorize-form">
        {configured ? (
          <label>
            审核人
            <ReviewerSelect
              reviewers={c.reviewers}
              value={reviewer?.id}
              onChange={setReviewerId}
              note={(r) => (r.hasPin ? '' : '· 未设 PIN')}
              testid="authorize-reviewer"
            />
          </label>
        ) : (
          <label>
            审核人姓名
            <input
              value={name}
              onInput={(e) => setName((e.target as HTMLInputElement).value)}
              data-testid="authorize-name"
            />
          </label>
        )}
        {reviewer?.hasPin && (
          <label>
            PIN
            <input
              type="password"
              inputMode="numeric"
              autoComplete="off"
              value={pin}
              onInput={(e) => setPin((e.target as HTMLInputElement).value)}
              data-testid="authorize-pin"
            />
          </label>
        )}
        {unverified && (
          <p class="warn" data-testid="authorize-unverified">
            {configured
              ? '该审核人尚未设置 PIN：本次放行将记为“未验证”。请管理员为审核人设置 PIN。'
              : '尚未在设置中登记审核人：本次放行将记为“未验证”。请管理员先设置审核人和 PIN。'}
          </p>
        )}
        <label>
          放行理由（至少 {MIN_REASON} 个字）
          <textarea
            rows={3}
            value={reason}
            onInput={(e) => setReason((e.target as HTMLTextAreaElement).value)}
            data-testid="authorize-reason"
          />
        </label>
        {error && (
          <p class="error" role="alert" data-testid="authorize-message">
            {error}
          </p>
        )}
        <div class="row">
          <button type="submit" class="primary" disabled={busy} data-testid="authorize-submit">
            记录放行
          </button>
          <button type="button" onClick={() => window.close()}>
            取消
          </button>
        </div>
      </form>
    </main>
  );
}
