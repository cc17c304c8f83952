import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { readPolicy } from '../../lib/background/policy';
import { countSeverities } from '../../lib/engine/findings';
import { CATEGORIES, CATEGORY_LABELS, SEVERITIES } from '../../lib/engine/types';
import { tabRequest } from '../../lib/messaging/client';
import type { TabRes } from '../../lib/messaging/protocol';
import { LEVEL_LABELS, reviewStatus, STATUS_LABELS } from '../../lib/review/status';
import { effectiveReviewers } from '../../lib/settings/resolve';
import { RecordStore } from '../../lib/store/records';
import { ConfigStore } from '../../lib/store/settings-store';
import { useAsync } from '../common/hooks';
import { teamApi } from '../team/api';
import { Diagnostics } from './Diagnostics';
import { SignoffForm } from './SignoffForm';
import { TeamPanel } from './TeamPanel';

type State = TabRes<'content/state'>;

async function targetTab(): Promise<number | undefined> {
  const param = new URLSearchParams(location.search).get('tabId');
  if (param && /^\d+$/.test(param)) return Number(param);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

const PLATFORM_LABELS = {
  wechat: '微信公众号',
  weibo: '微博',
  'weibo-article': '微博头条文章',
  generic: '通用',
} as const;

/** The reviewer's view of the active editor tab: status, findings, sign-off, and this draft's history. */
export function App() {
  const [open, setOpen] = useState<string>();
  const page = useAsync(async () => {
    const tabId = await targetTab();
    if (tabId === undefined) return { tabId, state: undefined };
    let team = await teamApi.status().catch(() => undefined);
    if (team?.enabled) {
      // Opening the popup is activity: replicate once, then let the editor tab re-read its review state.
      await teamApi.sync().catch(() => undefined);
      await tabRequest(tabId, 'review/changed', {}).catch(() => undefined);
      team = await teamApi.status().catch(() => team);
    }
    let state: State | undefined;
    try {
      state = await tabRequest(tabId, 'content/state', {});
    } catch {
      state = undefined;
    }
    const [{ settings }, history, policy] = await Promise.all([
      new ConfigStore().getSettings(),
      state?.draftKey ? loadHistory(state.draftKey) : Promise.resolve(undefined),
      readPolicy(),
    ]);
    return { tabId, state, settings, history, reviewers: effectiveReviewers(settings, policy), team };
  }, []);

  if (page.loading && !page.data) return <main class="popup">正在读取…</main>;
  if (page.error) return <main class="popup error">{page.error}</main>;
  const { tabId, state, settings, history, reviewers, team } = page.data ?? {};
  if (!state?.attached || !state.draft || !state.hash || tabId === undefined) {
    const unrecognised = state?.editor === 'unrecognised' || state?.editor === 'loading';
    return (
      <main class="popup">
        <h1>政务新媒体发布审校</h1>
        <p data-testid="popup-status" class={unrecognised ? 'status status-problems' : undefined}>
          {state?.editor === 'unrecognised'
            ? '编辑器未识别，发布审校未生效：发布按钮会被拦截。请“自检”并把页面结构发给管理员。'
            : state?.editor === 'loading'
              ? '编辑器加载中，发布审校尚未就绪。'
              : '当前标签页不是已打开的微信公众号或微博编辑器，或编辑器尚未加载。'}
        </p>
        {state && tabId !== undefined && <Diagnostics tabId={tabId} open={unrecognised} />}
        <Footer />
      </main>
    );
  }
  const counts = countSeverities(state.findings);
  const status = reviewStatus(true, counts, state.review);
  const required = state.review?.required ?? settings?.requiredLevels ?? 1;
  const bySeverity = SEVERITIES.map((sev) => ({
    sev,
    cats: CATEGORIES.map((c) => ({
      c,
      items: state.findings.filter((f) => f.severity === sev && f.category === c),
    })).filter((x) => x.items.length),
  })).filter((x) => x.cats.length);
  const signoffs = state.review?.signoffs ?? [];

  return (
    <main class="popup">
      <header>
        <p class="muted title-line">
          {PLATFORM_LABELS[state.draft.platform]}
          {state.account ? ` · ${state.account}` : ''} · 《{state.draft.title || '无标题'}》
        </p>
        <div class="row status-row">
          <p class={`status status-${status}`} data-testid="popup-status" role="status">
            {STATUS_LABELS[status].zh}
          </p>
          <button
            type="button"
            onClick={() =>
              void tabRequest(tabId, 'content/check', {})
                .then(() => page.reload())
                .catch(() => undefined)
            }
            data-testid="popup-recheck"
          >
            重新检查
          </button>
        </div>
        <p class="muted" data-testid="popup-counts">
          <span class="sev sev-block">禁止发布 {counts.block}</span>{' '}
          <span class="sev sev-warn">需注意 {counts.warn}</span> <span class="sev sev-info">建议 {counts.info}</span>
          {state.pending ? ' · 正在检查…' : ''}
        </p>
        {signoffs.length > 0 && (
          <p class="muted" data-testid="popup-signoffs">
            {signoffs.map((x) => (
              <span key={x.id}>
                {x.reviewer}（{LEVEL_LABELS[x.level]}）{x.decision === 'approve' ? '签发' : '退回'}
                {x.verified === false ? '·未验证' : ''}{' '}
              </span>
            ))}
          </p>
        )}
      </header>

      {team?.enabled ? (
        <TeamPanel
          state={state}
          team={team}
          onDone={() => {
            void tabRequest(tabId, 'review/changed', { hash: state.hash })
              .catch(() => undefined)
              .then(() => page.reload());
          }}
        />
      ) : (
        <SignoffForm
          draft={state.draft}
          hash={state.hash}
          draftKey={state.draftKey ?? state.hash}
          account={state.account}
          reviewers={reviewers ?? []}
          required={required}
          counts={counts}
          onSigned={() => {
            void tabRequest(tabId, 'review/changed', { hash: state.hash })
              .catch(() => undefined)
              .then(() => page.reload());
          }}
        />
      )}

      <details class="fold" data-testid="popup-findings">
        <summary>
          问题（按严重程度）{state.findings.length === 0 ? '：未发现问题' : `：${state.findings.length} 处`}
        </summary>
        {bySeverity.map(({ sev, cats }) => (
          <div key={sev}>
            {cats.map(({ c, items }) => (
              <div key={c} class="cat" data-testid="popup-category" data-category={c} data-severity={sev}>
                <button
                  type="button"
                  class="link"
                  onClick={() => setOpen(open === `${sev}:${c}` ? undefined : `${sev}:${c}`)}
                >
                  <span class={`sev sev-${sev}`}>{SEVERITY_SHORT[sev]}</span> {CATEGORY_LABELS[c].zh}（{items.length}）
                </button>
                {(open === `${sev}:${c}` || sev === 'block') && (
                  <ul>
                    {items.map((f) => (
                      <li key={`${f.fingerprint}-${f.start}`}>
                        <button
                          type="button"
                          class="link"
                          onClick={() => void tabRequest(tabId, 'content/jump', { fingerprint: f.fingerprint })}
                          data-testid="popup-jump"
                        >
                          “{f.text}”
                        </button>{' '}
                        {f.message}
                      </li>
                    ))}
                  </ul>
                )}
              </div>
            ))}
          </div>
        ))}
      </details>

      {history && (history.checks.length > 0 || history.signoffs.length > 0) && (
        <details class="fold">
          <summary>本稿历史</summary>
          <ul class="history" data-testid="popup-history">
            {[
              ...history.checks.map((c) => ({
                time: c.time,
                text: `${c.kind === 'publish' ? `发布尝试（${c.outcome === 'blocked' ? '已拦截' : c.outcome === 'overridden' ? '放行' : '通过'}）` : c.kind === 'check' ? '检查' : '最新状态'} · 禁止 ${c.counts.block} / 注意 ${c.counts.warn}`,
              })),
              ...history.signoffs.map((x) => ({
                time: x.time,
                // Imported history is another machine's record: it never counts here, so it must not look as if it did.
                text: `${x.reviewer}（${LEVEL_LABELS[x.level]}）${x.decision === 'approve' ? '签发' : '退回'}${x.hash === state.hash ? '' : '（旧版本）'}${x.origin?.startsWith('imported:') ? '（来自其他电脑（导入），不作为本机签发）' : x.verified === true ? '' : '（未验证）'}`,
              })),
            ]
              .sort((a, b) => (a.time < b.time ? 1 : -1))
              .slice(0, 20)
              .map((x) => (
                <li key={x.time + x.text}>
                  <span class="muted">{new Date(x.time).toLocaleString('zh-CN')}</span> {x.text}
                </li>
              ))}
          </ul>
        </details>
      )}
      <Diagnostics tabId={tabId} />
      <Footer />
    </main>
  );
}

const SEVERITY_SHORT = { block: '禁止', warn: '注意', info: '建议' } as const;

async function loadHistory(draftKey: string) {
  const store = new RecordStore();
  const [checks, signoffs] = await Promise.all([store.checksForDraft(draftKey), store.signoffsForDraft(draftKey)]);
  return { checks: checks.records, signoffs: signoffs.records };
}

function Footer() {
  return (
    <footer class="row muted">
      <a href="/records.html" target="_blank" rel="noreferrer">
        历史记录
      </a>
      <a href="/queue.html" target="_blank" rel="noreferrer" data-testid="popup-queue">
        审核队列
      </a>
      <a href="/options.html" target="_blank" rel="noreferrer">
        设置与词库
      </a>
      <a href="/demo.html" target="_blank" rel="noreferrer" data-testid="popup-demo">
        演示
      </a>
    </footer>
  );
}
