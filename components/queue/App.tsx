import { useEffect, useState } from 'preact/hooks';
import type { QueuePage } from '../../lib/background/team';
import { request } from '../../lib/messaging/client';
import { syncAgeText } from '../../lib/review/sync-age';
import type { FindingSummary } from '../../lib/team/docs';
import { useAsync } from '../common/hooks';
import { LEVEL_NAMES, teamApi } from '../team/api';

/** Rows per page: the list is paged, so 1,000 pending drafts cost one page of DOM. */
export const QUEUE_PAGE_SIZE = 50;
/** While the page is open it replicates on this period (the page keeps the background busy, no long-lived sync). */
const LIVE_SYNC_MS = 10_000;

const CHECKS = [
  ['politics', '政治关'],
  ['law', '法律关'],
  ['policy', '政策关'],
  ['secrecy', '保密关'],
  ['text', '文字关'],
] as const;
type Checklist = Record<(typeof CHECKS)[number][0], boolean>;
const NO_CHECKS: Checklist = { politics: false, law: false, policy: false, secrecy: false, text: false };

/** 审核队列: the team's pending drafts by level, newest first; open one to sign off. */
export function App() {
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
        <h1>审核队列</h1>
        {data && (
          <>
            <span class="muted" data-testid="queue-user">
              {data.user ? `审核人 ${data.user}` : '未登录团队服务器'}
              {data.levels.length ? `（${data.levels.map((l) => LEVEL_NAMES[l]).join('、')}）` : ''}
            </span>
            <span class="muted" data-testid="queue-sync">
              {syncAgeText(data.sync.lastSuccess)}
              {data.sync.lastError ? `；最近一次同步失败：${data.sync.lastError}` : ''}
            </span>
          </>
        )}
        <nav class="tabs" aria-label="按级别">
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
              {l ? `待${LEVEL_NAMES[l]}` : '全部'}（
              {data ? (l ? data.counts[l] : data.counts[1] + data.counts[2] + data.counts[3]) : '…'}）
            </button>
          ))}
        </nav>
      </header>
      <section aria-label="待审稿件">
        {list.error && <p class="notice error">{list.error}</p>}
        {data && data.rows.length === 0 && (
          <p class="muted" data-testid="queue-empty">
            没有待审核的稿件。
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
                <strong>{r.title || '无标题'}</strong>
                <br />
                <span class="muted">
                  待{LEVEL_NAMES[r.nextLevel ?? 1]} · {r.submitter}
                  {r.account ? ` · ${r.account}` : ''} · {new Date(r.time).toLocaleString('zh-CN', { hour12: false })}
                  {r.status === 'stale' ? ' · 已修改' : ''} · 禁止 {r.counts.block} / 注意 {r.counts.warn}
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
              上一页
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
              下一页
            </button>
          </p>
        )}
      </section>
      <section aria-label="稿件">
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
          <p class="muted">在左侧选择一篇稿件。</p>
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
  if (!view) return <p class="muted">{item.loading ? '正在读取…' : '本机副本中没有这篇稿件。'}</p>;
  const { submission: s, review } = view;
  const chosen =
    level ?? (review.nextLevel && props.levels.includes(review.nextLevel) ? review.nextLevel : props.levels[0]);

  const sign = (decision: 'approve' | 'reject') => {
    if (!chosen) return setResult({ ok: false, text: '您没有审核级别，不能签发' });
    if (decision === 'approve' && !CHECKS.every(([k]) => checks[k])) {
      return setResult({ ok: false, text: '签发“通过”须逐项确认五关' });
    }
    if (decision === 'reject' && !comment.trim()) return setResult({ ok: false, text: '退回请写明意见' });
    setBusy(true);
    setResult(undefined);
    void request('team/signoff', { hash: s.hash, level: chosen, decision, checklist: checks, comment: comment.trim() })
      .then((r) => {
        setResult(
          r.ok ? { ok: true, text: decision === 'approve' ? '已签发' : '已退回' } : { ok: false, text: r.error ?? '' },
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
      <h2>{s.draft.title || '无标题'}</h2>
      <p class="muted">
        {s.submitter} 送审于 {new Date(s.time).toLocaleString('zh-CN', { hour12: false })}
        {s.account ? ` · ${s.account}` : ''} · 需 {s.requiredLevels} 级签发 · 哈希 {s.hash.slice(0, 12)}…
      </p>
      <p data-testid="queue-item-status">
        {view.state === 'approved'
          ? '已签发'
          : view.state === 'rejected'
            ? '已退回'
            : view.state === 'superseded'
              ? '已有更新版本送审'
              : view.state === 'withdrawn'
                ? '已撤回'
                : `待${LEVEL_NAMES[review.nextLevel ?? 1]}`}
        {review.signoffs.map(
          (x) => ` · ${x.reviewer}（${LEVEL_NAMES[x.level]}）${x.decision === 'approve' ? '通过' : '退回'}`,
        )}
      </p>
      {s.draft.digest && <p class="muted">摘要：{s.draft.digest}</p>}
      <Marked text={s.draft.body} findings={s.findings.items} />
      {(s.draft.links?.length ?? 0) > 0 && <p class="muted">链接：{s.draft.links!.map((l) => l.href).join('、')}</p>}
      {(s.draft.images?.length ?? 0) > 0 && <p class="muted">图片：{s.draft.images!.map((i) => i.src).join('、')}</p>}
      <details open={s.findings.items.length > 0}>
        <summary>
          检查结果：禁止 {s.findings.counts.block} / 注意 {s.findings.counts.warn} / 建议 {s.findings.counts.info}
        </summary>
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
            <legend>五关</legend>
            {CHECKS.map(([k, label]) => (
              <label key={k}>
                <input
                  type="checkbox"
                  checked={checks[k]}
                  onChange={(e) => setChecks({ ...checks, [k]: e.currentTarget.checked })}
                  data-testid={`queue-check-${k}`}
                />{' '}
                {label}
              </label>
            ))}
          </fieldset>
          <label>
            级别{' '}
            <select
              value={chosen ?? ''}
              onChange={(e) => setLevel(Number(e.currentTarget.value))}
              data-testid="queue-level"
            >
              {props.levels.map((l) => (
                <option key={l} value={l}>
                  {LEVEL_NAMES[l]}
                </option>
              ))}
            </select>
          </label>
          <label>
            意见
            <textarea
              value={comment}
              maxLength={1000}
              onInput={(e) => setComment(e.currentTarget.value)}
              data-testid="queue-comment"
            />
          </label>
          <p class="row">
            <button type="button" disabled={busy} onClick={() => sign('approve')} data-testid="queue-approve">
              通过
            </button>
            <button type="button" disabled={busy} onClick={() => sign('reject')} data-testid="queue-reject">
              退回
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
