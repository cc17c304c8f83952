import { type ComponentChildren, Fragment } from 'preact';
import { useState } from 'preact/hooks';
import {
  auditActorText,
  auditSummaryText,
  checklistText,
  findingsSummary,
  findingText,
  formatTime,
} from '../../lib/history/labels';
import { type PageKey, t } from '../../lib/i18n/all';
import { levelLabel } from '../common/ReviewerPicker';

const PLATFORM_KEYS: Record<CheckRecord['platform'], PageKey> = {
  wechat: 'platformWechat',
  weibo: 'platformWeibo',
  'weibo-article': 'platformWeiboArticle',
  generic: 'platformGeneric',
};

import type { AuditRecord, CheckRecord, SignoffRecord } from '../../lib/store/schema';

const PAGE = 100;

/** Shows the first rows and a "显示更多" button. */
function usePaged<T>(rows: readonly T[]): { shown: readonly T[]; more: ComponentChildren } {
  const [limit, setLimit] = useState(PAGE);
  const shown = rows.slice(0, limit);
  const rest = rows.length - shown.length;
  const more =
    rest > 0 ? (
      <p>
        <button type="button" onClick={() => setLimit((l) => l + PAGE * 5)} data-testid="history-more">
          {t('histMore', { n: rest })}
        </button>
      </p>
    ) : null;
  return { shown, more };
}

function Empty({ cols }: { cols: number }) {
  return (
    <tr>
      <td colSpan={cols} class="muted empty">
        {t('histEmpty')}
      </td>
    </tr>
  );
}

function where(r: { platform: CheckRecord['platform']; account?: string }) {
  return (
    <>
      {r.account || <span class="muted">{t('histNoAccount')}</span>}
      <div class="muted">{t(PLATFORM_KEYS[r.platform])}</div>
    </>
  );
}

export function ChecksTable({ rows }: { rows: readonly CheckRecord[] }) {
  const { shown, more } = usePaged(rows);
  const [open, setOpen] = useState<string>();
  return (
    <>
      <table class="records" data-testid="history-checks">
        <thead>
          <tr>
            <th>{t('colTime')}</th>
            <th>{t('filterKind')}</th>
            <th>{t('filterAccount')}</th>
            <th>{t('colTitle')}</th>
            <th>{t('colOutcome')}</th>
            <th>{t('colFindings')}</th>
            <th>{t('colFindingsSummary')}</th>
          </tr>
        </thead>
        <tbody>
          {shown.length === 0 && <Empty cols={7} />}
          {shown.map((c) => (
            <Fragment key={c.uid}>
              <tr data-testid="history-check-row" data-uid={c.uid} data-kind={c.kind} data-outcome={c.outcome ?? ''}>
                <td class="nowrap">{formatTime(c.time)}</td>
                <td class="nowrap">{t(`histKind_${c.kind}`)}</td>
                <td>{where(c)}</td>
                <td class="title-cell">
                  <button
                    type="button"
                    class="link"
                    onClick={() => setOpen(open === c.uid ? undefined : c.uid)}
                    title={t('histExpand')}
                  >
                    《{c.title || t('untitled')}》
                  </button>
                  <div class="muted mono">{c.hash.slice(0, 12)}</div>
                </td>
                <td class={`nowrap outcome-${c.outcome ?? 'none'}`}>
                  {c.outcome ? t(`histOutcome_${c.outcome}`) : '—'}
                </td>
                <td class="nowrap">
                  <span class={`sev ${c.counts.block ? 'sev-block' : 'sev-zero'}`}>
                    {t('sevShortBlock')} {c.counts.block}
                  </span>{' '}
                  <span class={`sev ${c.counts.warn ? 'sev-warn' : 'sev-zero'}`}>
                    {t('sevShortWarn')} {c.counts.warn}
                  </span>{' '}
                  <span class={`sev ${c.counts.info ? 'sev-info' : 'sev-zero'}`}>
                    {t('sevShortInfo')} {c.counts.info}
                  </span>
                </td>
                <td class="summary">
                  {findingsSummary(c.findings, 2) || <span class="muted">{t('noFindings')}</span>}
                </td>
              </tr>
              {open === c.uid && (
                <tr class="detail" data-testid="history-check-detail">
                  <td colSpan={7}>
                    {c.reason && <p>{t('histReason', { s: c.reason })}</p>}
                    {c.action && <p class="muted">{t('histAction', { s: c.action })}</p>}
                    <p class="muted">
                      {t('histDraftKey', { s: c.draftKey })} · {t('histHash')}
                      <span class="mono">{c.hash}</span> · {t('histChars', { n: c.chars })}
                    </p>
                    {c.findings.length > 0 ? (
                      <ol>
                        {c.findings.map((f, i) => (
                          <li key={`${f.ruleId}-${f.start}-${i}`}>{findingText(f)}</li>
                        ))}
                      </ol>
                    ) : (
                      <p class="muted">{t('noFindingsDot')}</p>
                    )}
                  </td>
                </tr>
              )}
            </Fragment>
          ))}
        </tbody>
      </table>
      {more}
    </>
  );
}

export function SignoffsTable({ rows }: { rows: readonly SignoffRecord[] }) {
  const { shown, more } = usePaged(rows);
  return (
    <>
      <table class="records" data-testid="history-signoffs">
        <thead>
          <tr>
            <th>{t('colSignoffTime')}</th>
            <th>{t('filterAccount')}</th>
            <th>{t('colTitle')}</th>
            <th>{t('reviewer')}</th>
            <th>{t('level')}</th>
            <th>{t('colDecision')}</th>
            <th>{t('colChecklist')}</th>
            <th>{t('queueComment')}</th>
          </tr>
        </thead>
        <tbody>
          {shown.length === 0 && <Empty cols={8} />}
          {shown.map((s) => (
            <tr
              key={s.uid}
              data-testid="history-signoff-row"
              data-uid={s.uid}
              data-decision={s.decision}
              data-imported={s.origin?.startsWith('imported:') ? '1' : undefined}
            >
              <td class="nowrap">{formatTime(s.time)}</td>
              <td>{where(s)}</td>
              <td class="title-cell">
                《{s.title || t('untitled')}》<div class="muted mono">{s.hash.slice(0, 12)}</div>
              </td>
              <td class="nowrap">
                {s.reviewer}
                {s.verified === false && <span class="tag muted"> {t('unverified')}</span>}
                <Origin origin={s.origin} />
              </td>
              <td class="nowrap">{levelLabel(s.level)}</td>
              <td class={`nowrap status-${s.decision === 'approve' ? 'approved' : 'rejected'}`}>
                {t(s.decision === 'approve' ? 'signoffApproved' : 'signoffRejected')}
              </td>
              <td class="checklist-cell">{checklistText(s.checklist)}</td>
              <td class="summary">{s.comment || <span class="muted">—</span>}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {more}
    </>
  );
}

export function AuditTable({ rows }: { rows: readonly AuditRecord[] }) {
  const { shown, more } = usePaged(rows);
  return (
    <>
      <table class="records" data-testid="history-audit">
        <thead>
          <tr>
            <th>{t('colTime')}</th>
            <th>{t('colAction')}</th>
            <th>{t('colActor')}</th>
            <th>{t('filterAccount')}</th>
            <th>{t('colSummary')}</th>
          </tr>
        </thead>
        <tbody>
          {shown.length === 0 && <Empty cols={5} />}
          {shown.map((a) => (
            <tr
              key={a.uid}
              data-testid="history-audit-row"
              data-action={a.action}
              data-imported={a.origin?.startsWith('imported:') ? '1' : undefined}
            >
              <td class="nowrap">{formatTime(a.time)}</td>
              <td class={`nowrap audit-${a.action}`}>{t(`histAudit_${a.action}`)}</td>
              <td class="nowrap">{a.actor ? auditActorText(a.actor) : <span class="muted">—</span>}</td>
              <td>{a.account || <span class="muted">—</span>}</td>
              <td class="summary">
                {auditSummaryText(a)}
                <Origin origin={a.origin} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {more}
    </>
  );
}

/** Records merged from another machine's export: shown as its history, never trusted by the gate. */
function Origin({ origin }: { origin?: string }) {
  if (!origin?.startsWith('imported:')) return null;
  return (
    <span class="tag muted" title={origin.slice('imported:'.length)} data-testid="history-imported">
      {' '}
      {t('histImportedTag')}
    </span>
  );
}
