import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { readPolicy } from '../../lib/background/policy';
import { countSeverities } from '../../lib/engine/findings';
import { CATEGORIES, CATEGORY_LABELS, SEVERITIES, SEVERITY_LABELS } from '../../lib/engine/types';
import { getLocale, type PageKey, pick, t } from '../../lib/i18n/all';
import { tabRequest } from '../../lib/messaging/client';
import type { TabRes } from '../../lib/messaging/protocol';
import { reviewStatus, STATUS_LABELS } from '../../lib/review/status';
import { effectiveReviewers } from '../../lib/settings/resolve';
import { RecordStore } from '../../lib/store/records';
import { ConfigStore } from '../../lib/store/settings-store';
import { useAsync, useLocale } from '../common/hooks';
import { levelLabel } from '../common/ReviewerPicker';
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
  wechat: 'platformWechat',
  weibo: 'platformWeibo',
  'weibo-article': 'platformWeiboArticle',
  generic: 'platformGeneric',
} as const satisfies Record<string, PageKey>;

/** The reviewer's view of the active editor tab: status, findings, sign-off, and this draft's history. */
export function App() {
  useLocale();
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

  if (page.loading && !page.data) return <main class="popup">{t('loading')}</main>;
  if (page.error) return <main class="popup error">{page.error}</main>;
  const { tabId, state, settings, history, reviewers, team } = page.data ?? {};
  if (!state?.attached || !state.draft || !state.hash || tabId === undefined) {
    const unrecognised = state?.editor === 'unrecognised' || state?.editor === 'loading';
    return (
      <main class="popup">
        <h1>{t('appFullName')}</h1>
        <p data-testid="popup-status" class={unrecognised ? 'status status-problems' : undefined}>
          {state?.editor === 'unrecognised'
            ? t('popupUnrecognised')
            : state?.editor === 'loading'
              ? t('popupLoadingEditor')
              : t('popupNoEditor')}
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
          {t(PLATFORM_LABELS[state.draft.platform])}
          {state.account ? ` · ${state.account}` : ''} · 《{state.draft.title || t('untitled')}》
        </p>
        <div class="row status-row">
          <p class={`status status-${status}`} data-testid="popup-status" role="status">
            {pick(STATUS_LABELS[status])}
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
            {t('popupRecheck')}
          </button>
        </div>
        <p class="muted" data-testid="popup-counts">
          <span class="sev sev-block">
            {pick(SEVERITY_LABELS.block)} {counts.block}
          </span>{' '}
          <span class="sev sev-warn">
            {pick(SEVERITY_LABELS.warn)} {counts.warn}
          </span>{' '}
          <span class="sev sev-info">
            {pick(SEVERITY_LABELS.info)} {counts.info}
          </span>
          {state.pending ? t('popupCheckingSuffix') : ''}
        </p>
        {signoffs.length > 0 && (
          <p class="muted" data-testid="popup-signoffs">
            {signoffs.map((x) => (
              <span key={x.id}>
                {x.reviewer}（{levelLabel(x.level)}）
                {t(x.decision === 'approve' ? 'signoffApproved' : 'signoffRejected')}
                {x.verified === false ? t('unverifiedDot') : ''}{' '}
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
          {t('popupFindingsSummary')}
          {state.findings.length === 0 ? t('popupFindingsNone') : t('popupFindingsCount', { n: state.findings.length })}
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
                  <span class={`sev sev-${sev}`}>{t(SEVERITY_SHORT[sev])}</span> {pick(CATEGORY_LABELS[c])}（
                  {items.length}）
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
          <summary>{t('popupHistory')}</summary>
          <ul class="history" data-testid="popup-history">
            {[
              ...history.checks.map((c) => ({
                time: c.time,
                text: `${c.kind === 'publish' ? t('histPublish', { outcome: t(c.outcome === 'blocked' ? 'outcomeBlocked' : c.outcome === 'overridden' ? 'outcomeOverridden' : 'outcomePassed') }) : t(c.kind === 'check' ? 'histCheck' : 'histLatest')}${t('histCounts', { block: c.counts.block, warn: c.counts.warn })}`,
              })),
              ...history.signoffs.map((x) => ({
                time: x.time,
                // Imported history is another machine's record: it never counts here, so it must not look as if it did.
                text: `${x.reviewer}（${levelLabel(x.level)}）${t(x.decision === 'approve' ? 'signoffApproved' : 'signoffRejected')}${x.hash === state.hash ? '' : t('histOldVersion')}${x.origin?.startsWith('imported:') ? t('histImported') : x.verified === true ? '' : t('unverifiedParen')}`,
              })),
            ]
              .sort((a, b) => (a.time < b.time ? 1 : -1))
              .slice(0, 20)
              .map((x) => (
                <li key={x.time + x.text}>
                  <span class="muted">{new Date(x.time).toLocaleString(getLocale() === 'en' ? 'en' : 'zh-CN')}</span>{' '}
                  {x.text}
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

const SEVERITY_SHORT = { block: 'sevShortBlock', warn: 'sevShortWarn', info: 'sevShortInfo' } as const;

async function loadHistory(draftKey: string) {
  const store = new RecordStore();
  const [checks, signoffs] = await Promise.all([store.checksForDraft(draftKey), store.signoffsForDraft(draftKey)]);
  return { checks: checks.records, signoffs: signoffs.records };
}

function Footer() {
  return (
    <footer class="row muted">
      <a href="/records.html" target="_blank" rel="noreferrer">
        {t('linkRecords')}
      </a>
      <a href="/queue.html" target="_blank" rel="noreferrer" data-testid="popup-queue">
        {t('linkQueue')}
      </a>
      <a href="/options.html" target="_blank" rel="noreferrer">
        {t('linkOptions')}
      </a>
      <a href="/demo.html" target="_blank" rel="noreferrer" data-testid="popup-demo">
        {t('linkDemo')}
      </a>
    </footer>
  );
}
