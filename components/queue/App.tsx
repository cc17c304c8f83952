import { useEffect, useState } from 'preact/hooks';
import type { QueuePage } from '../../lib/background/team';
import { getLocale, t } from '../../lib/i18n/all';
import { storedText } from '../../lib/i18n/ui-message';
import { request } from '../../lib/messaging/client';
import { syncAgeText } from '../../lib/review/sync-age';
import type { FindingSummary } from '../../lib/team/docs';
import { useAsync, useLocale } from '../common/hooks';
import { levelLabel } from '../common/ReviewerPicker';
import { teamApi } from '../team/api';

/** Rows per page: the list is paged, so 1,000 pending drafts cost one page of DOM. */
export const QUEUE_PAGE_SIZE = 50;
/** While the page is open it replicates on this period (the page keeps the background busy, no long-lived sync). */
const LIVE_SYNC_MS = 10_000;

const CHECKS = [
  ['politics', 'check_politics'],
  ['law', 'check_law'],
  ['policy', 'check_policy'],
  ['secrecy', 'check_secrecy'],
  ['text', 'check_text'],
] as const;
type Checklist = Record<(typeof CHECKS)[number][0], boolean>;
const NO_CHECKS: Checklist = { politics: false, law: false, policy: false, secrecy: false, text: false };

/** Date and time of a queue row in the UI language. */
function when(iso: string): string {
  return new Date(iso).toLocaleString(getLocale() === 'en' ? 'en' : 'zh-CN', { hour12: false });
}

/** 审核队列: the team's pending drafts by level, newest first; open one to sign off. */
export function App() {
  useLocale();
  const [level, setLevel] = useState<1 | 2 | 3 | undefined>();
  const [offset, setOffset] = useState(0);
  const [selected, setSelected] = useState<string>();
  const [gen, setGen] = useState(0);
  const list = useAsync(
    () => teamApi.queue({ offset, limit: QUEUE_PAGE_SIZE, ...(level ? { level } : {}) }),
    [level, offset, gen],
  );

  useEffect(() => {
    let alive = true;
    const run = () =>
      void teamApi
        .sync()
        .catch(() => undefined)
        .then(() => alive && setGen((n) => n + 1));
    run();
    const timer = setInterval(run, LIVE_SYNC_MS);
    return () => {
      alive = false;
      clearInterval(timer);
    };
  }, []);

  const data: QueuePage | undefined = list.data;
  return (
    <div class="queue" data-testid="queue-app">
      <header>
        <h1>{t('linkQueue')}</h1>
        {data && (
          <>
            <span class="muted" data-testid="queue-user">
              {data.user ? t('queueUser', { user: data.user }) : t('queueSignedOut')}
              {data.levels.length ? `（${data.levels.map((l) => levelLabel(l)).join(t('listSep'))}）` : ''}
            </span>
            <span class="muted" data-testid="queue-sync">
              {syncAgeText(data.sync.lastSuccess)}
              {data.sync.lastError
                ? t('queueSyncFailed', { error: storedText(data.sync.lastErrorMessage, data.sync.lastError) })
                : ''}
            </span>
          </>
        )}
        <nav class="tabs" aria-label={t('queueByLevel')}>
          {([undefined, 1, 2, 3] as const).map((l) => (
            <button
              key={l ?? 0}
              type="button"
              aria-pressed={level === l}
              data-testid={`queue-tab-${l ?? 'all'}`}
              onClick={() => {
                setLevel(l);
                setOffset(0);
              }}
            >
              {l ? t('queueAwaiting', { level: levelLabel(l) }) : t('queueAll')}（
              {data ? (l ? data.counts[l] : data.counts[1] + data.counts[2] + data.counts[3]) : '…'}）
            </button>
          ))}
        </nav>
      </header>
      <section aria-label={t('queuePendingDrafts')}>
        {list.error && <p class="notice error">{list.error}</p>}
        {data && data.rows.length === 0 && (
          <p class="muted" data-testid="queue-empty">
            {t('queueEmpty')}
          </p>
        )}
        <ul class="rows" data-testid="queue-list" data-total={data?.total ?? ''}>
          {data?.rows.map((r) => (
            <li key={r.hash}>
              <button
                type="button"
                aria-current={selected === r.hash}
                onClick={() => setSelected(r.hash)}
                data-testid="queue-row"
                data-hash={r.hash}
              >
                <strong>{r.title || t('untitled')}</strong>
                <br />
                <span class="muted">
                  {t('queueAwaiting', { level: levelLabel(r.nextLevel ?? 1) })} · {r.submitter}
                  {r.account ? ` · ${r.account}` : ''} · {when(r.time)}
                  {r.status === 'stale' ? t('queueChanged') : ''}
                  {t('histCounts', { block: r.counts.block, warn: r.counts.warn })}
                </span>
              </button>
            </li>
          ))}
        </ul>
        {data && data.total > QUEUE_PAGE_SIZE && (
          <p class="row">
            <button
              type="button"
              disabled={offset === 0}
              onClick={() => setOffset(Math.max(0, offset - QUEUE_PAGE_SIZE))}
            >
              {t('queuePrev')}
            </button>
            <span data-testid="queue-page">
              {offset + 1}–{Math.min(offset + QUEUE_PAGE_SIZE, data.total)} / {data.total}
            </span>
            <button
              type="button"
              disabled={offset + QUEUE_PAGE_SIZE >= data.total}
              onClick={() => setOffset(offset + QUEUE_PAGE_SIZE)}
              data-testid="queue-next"
            >
              {t('queueNext')}
            </button>
          </p>
        )}
      </section>
      <section aria-label={t('queueDraft')}>
        {selected ? (
          <Item
            key={selected}
            hash={selected}
            levels={data?.levels ?? []}
            onSigned={() => {
              setGen((n) => n + 1);
            }}
          />
        ) : (
          <p class="muted">{t('queuePick')}</p>
        )}
      </section>
    </div>
  );
}

/** The body with its findings marked (body-field findings only; other fields are listed below the text). */
function Marked({ text, findings }: { text: string; findings: readonly FindingSummary[] }) {
  const spans = findings
    .filter((f) => f.field === 'body' && f.start >= 0 && f.end <= text.length && f.end > f.start)
    .sort((a, b) => a.start - b.start);
  const out: preact.ComponentChildren[] = [];
  let at = 0;
  for (const f of spans) {
    if (f.start < at) continue;
    out.push(text.slice(at, f.start));
    out.push(
      <mark class={`sev-${f.severity}`} title={f.message} data-testid="queue-mark" key={`${f.start}-${f.ruleId}`}>
        {text.slice(f.start, f.end)}
      </mark>,
    );
    at = f.end;
  }
  out.push(text.slice(at));
  return <div class="draft-body">{out}</div>;
}

function Item(props: { hash: string; levels: number[]; onSigned(): void }) {
  const item = useAsync(() => teamApi.item(props.hash), [props.hash]);
  const [checks, setChecks] = useState<Checklist>(NO_CHECKS);
  const [comment, setComment] = useState('');
  const [level, setLevel] = useState<number>();
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<{ ok: boolean; text: string }>();
  const view = item.data;
  if (item.error) return <p class="notice error">{item.error}</p>;
  if (!view) return <p class="muted">{item.loading ? t('loading') : t('queueNoCopy')}</p>;
  const { submission: s, review } = view;
  const chosen =
    level ?? (review.nextLevel && props.levels.includes(review.nextLevel) ? review.nextLevel : props.levels[0]);

  const sign = (decision: 'approve' | 'reject') => {
    if (!chosen) return setResult({ ok: false, text: t('queueNoLevel') });
    if (decision === 'approve' && !CHECKS.every(([k]) => checks[k])) {
      return setResult({ ok: false, text: t('queueChecklistNeeded') });
    }
    if (decision === 'reject' && !comment.trim()) return setResult({ ok: false, text: t('queueCommentNeeded') });
    setBusy(true);
    setResult(undefined);
    void request('team/signoff', { hash: s.hash, level: chosen, decision, checklist: checks, comment: comment.trim() })
      .then((r) => {
        setResult(
          r.ok
            ? { ok: true, text: t(decision === 'approve' ? 'signoffDoneApproved' : 'signoffDoneRejected') }
            : { ok: false, text: r.error ?? '' },
        );
        if (r.ok) {
          item.reload();
          props.onSigned();
        }
      })
      .catch((e: Error) => setResult({ ok: false, text: e.message }))
      .finally(() => setBusy(false));
  };

  return (
    <article data-testid="queue-item" data-state={view.state}>
      <h2>{s.draft.title || t('untitled')}</h2>
      <p class="muted">
        {t('queueSubmittedBy', { user: s.submitter, time: when(s.time) })}
        {s.account ? ` · ${s.account}` : ''} · {t('queueNeeds', { n: s.requiredLevels })} · {t('queueHash')}{' '}
        {s.hash.slice(0, 12)}…
      </p>
      <p data-testid="queue-item-status">
        {view.state === 'approved'
          ? t('signoffDoneApproved')
          : view.state === 'rejected'
            ? t('signoffDoneRejected')
            : view.state === 'superseded'
              ? t('queueSuperseded')
              : view.state === 'withdrawn'
                ? t('queueWithdrawn')
                : t('queueAwaiting', { level: levelLabel(review.nextLevel ?? 1) })}
        {review.signoffs.map(
          (x) =>
            ` · ${x.reviewer}（${levelLabel(x.level)}）${t(x.decision === 'approve' ? 'queueApprove' : 'queueReject')}`,
        )}
      </p>
      {s.draft.digest && <p class="muted">{t('queueDigest', { s: s.draft.digest })}</p>}
      <Marked text={s.draft.body} findings={s.findings.items} />
      {(s.draft.links?.length ?? 0) > 0 && (
        <p class="muted">{t('queueLinks', { s: s.draft.links!.map((l) => l.href).join(t('listSep')) })}</p>
      )}
      {(s.draft.images?.length ?? 0) > 0 && (
        <p class="muted">{t('queueImages', { s: s.draft.images!.map((i) => i.src).join(t('listSep')) })}</p>
      )}
      <details open={s.findings.items.length > 0}>
        <summary>{t('queueFindings', s.findings.counts)}</summary>
        <ul>
          {s.findings.items.map((f) => (
            <li key={`${f.field}-${f.start}-${f.ruleId}`}>
              <span class={`sev sev-${f.severity}`}>{f.severity}</span> “{f.text}” {f.message}
            </li>
          ))}
        </ul>
      </details>
      {(view.state === 'pending' || view.state === 'stale') && (
        <form data-testid="queue-signoff" onSubmit={(e) => e.preventDefault()}>
          <fieldset class="checklist">
            <legend>{t('checklistFive')}</legend>
            {CHECKS.map(([k, label]) => (
              <label key={k}>
                <input
                  type="checkbox"
                  checked={checks[k]}
                  onChange={(e) => setChecks({ ...checks, [k]: e.currentTarget.checked })}
                  data-testid={`queue-check-${k}`}
                />{' '}
                {t(label)}
              </label>
            ))}
          </fieldset>
          <label>
            {t('level')}{' '}
            <select
              value={chosen ?? ''}
              onChange={(e) => setLevel(Number(e.currentTarget.value))}
              data-testid="queue-level"
            >
              {props.levels.map((l) => (
                <option key={l} value={l}>
                  {levelLabel(l)}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('queueComment')}
            <textarea
              value={comment}
              maxLength={1000}
              onInput={(e) => setComment(e.currentTarget.value)}
              data-testid="queue-comment"
            />
          </label>
          <p class="row">
            <button type="button" disabled={busy} onClick={() => sign('approve')} data-testid="queue-approve">
              {t('queueApprove')}
            </button>
            <button type="button" disabled={busy} onClick={() => sign('reject')} data-testid="queue-reject">
              {t('queueReject')}
            </button>
          </p>
        </form>
      )}
      {result && (
        <p class={result.ok ? 'ok' : 'refusal'} role="status" data-testid="queue-result">
          {result.text}
        </p>
      )}
    </article>
  );
}
