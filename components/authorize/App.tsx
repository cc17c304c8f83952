import { useState } from 'preact/hooks';
import { t } from '../../lib/i18n/all';
import { request } from '../../lib/messaging/client';
import { useAsync, useLocale } from '../common/hooks';
import { ReviewerSelect } from '../common/ReviewerPicker';

const MIN_REASON = 10;

/**
 * The override window: an extension page, so the reviewer's PIN is typed where the site's page cannot read it.
 * Opened by the background for one draft (a one-time token in the URL); the reviewer picks their name, types the
 * PIN and the reason; the background checks the PIN (with back-off and lock-out) and records the override.
 */
export function App() {
  useLocale();
  const token = new URLSearchParams(location.search).get('t') ?? '';
  const ctx = useAsync(() => request('override/context', { token }), [token]);
  const [reviewerId, setReviewerId] = useState('');
  const [name, setName] = useState('');
  const [pin, setPin] = useState('');
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<{ verified: boolean }>();

  if (ctx.loading && !ctx.data) return <main class="authorize">{t('loading')}</main>;
  if (ctx.error || !ctx.data) {
    return (
      <main class="authorize">
        <h1>{t('authHeading')}</h1>
        <p class="error" data-testid="authorize-error">
          {ctx.error ?? t('authInvalid')}
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
    if (reason.trim().length < MIN_REASON) return setError(t('authReasonNeeded', { n: MIN_REASON }));
    setBusy(true);
    try {
      const r = await request('override/authorize', {
        token,
        reason: reason.trim(),
        ...(configured ? { reviewerId: reviewer?.id } : { name: name.trim() }),
        ...(reviewer?.hasPin ? { pin } : {}),
      });
      setPin('');
      if (!r.ok) setError(r.error ?? t('authFailed'));
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
        <h1>{t('authDoneHeading')}</h1>
        <p data-testid="authorize-done">
          {t('authDone', { unverified: done.verified ? '' : t('authDoneUnverified') })}
        </p>
      </main>
    );
  }

  return (
    <main class="authorize">
      <h1>{t('authHeading')}</h1>
      <p>
        {t('authIntro', {
          title: c.title || t('untitled'),
          account: c.account ? `（${c.account}）` : '',
          n: c.blockRules.length,
        })}
      </p>
      <form onSubmit={(e) => void submit(e)} data-testid="authorize-form">
        {configured ? (
          <label>
            {t('reviewer')}
            <ReviewerSelect
              reviewers={c.reviewers}
              value={reviewer?.id}
              onChange={setReviewerId}
              note={(r) => (r.hasPin ? '' : t('noPinNote'))}
              testid="authorize-reviewer"
            />
          </label>
        ) : (
          <label>
            {t('reviewerName')}
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
            {configured ? t('authNoPin') : t('authNoReviewers')}
          </p>
        )}
        <label>
          {t('authReason', { n: MIN_REASON })}
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
            {t('authSubmit')}
          </button>
          <button type="button" onClick={() => window.close()}>
            {t('cancel')}
          </button>
        </div>
      </form>
    </main>
  );
}
