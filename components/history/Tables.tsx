import { type ComponentChildren, Fragment } from 'preact';
import { useState } from 'preact/hooks';
import {
  AUDIT_LABELS,
  checklistText,
  DECISION_LABELS,
  findingsSummary,
  findingText,
  formatTime,
  KIND_LABELS,
  levelLabel,
  OUTCOME_LABELS,
  PLATFORM_LABELS,
} from '../../lib/history/labels';
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
          显示更多（还有 {rest} 条）
        </button>
      </p>
    ) : null;
  return { shown, more };
}

function Empty({ cols }: { cols: number }) {
  return (
    <tr>
      <td colSpan={cols} class="muted empty">
        没有符合条件的记录。
      </td>
    </tr>
  );
}

function where(r: { platform: CheckRecord['platform']; account?: string }) {
  return (
    <>
      {r.account || <span class="muted">（未识别账号）</span>}
      <div class="muted">{PLATFORM_LABELS[r.platform]}</div>
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
            <th>时间</th>
            <th>类型</th>
            <th>账号</th>
            <th>标题</th>
            <th>结果</th>
            <th>问题</th>
            <th>问题摘要</th>
          </tr>
        </thead>
        <tbody>
          {shown.length === 0 && <Empty cols={7} />}
          {shown.map((c) => (
            <Fragment key={c.uid}>
              <tr data-testid="history-check-row" data-uid={c.uid} data-kind={c.kind} data-outcome={c.outcome ?? ''}>
                <td class="nowrap">{formatTime(c.time)}</td>
                <td class="nowrap">{KIND_LABELS[c.kind]}</td>
                <td>{where(c)}</td>
                <td class="title-cell">
                  <button
                    type="button"
                    class="link"
                    onClick={() => setOpen(open === c.uid ? undefined : c.uid)}
                    title="展开详情"
                  >
                    《{c.title || '无标题'}》
                  </button>
                  <div class="muted mono">{c.hash.slice(0, 12)}</div>
                </td>
                <td class={`nowrap outcome-${c.outcome ?? 'none'}`}>{c.outcome ? OUTCOME_LABELS[c.outcome] : '—'}</td>
                <td class="nowrap">
                  <span class={`sev ${c.counts.block ? 'sev-block' : 'sev-zero'}`}>禁止 {c.counts.block}</span>{' '}
                  <span class={`sev ${c.counts.warn ? 'sev-warn' : 'sev-zero'}`}>注意 {c.counts.warn}</span>{' '}
                  <span class={`sev ${c.counts.info ? 'sev-info' : 'sev-zero'}`}>建议 {c.counts.info}</span>
                </td>
                <td class="summary">{findingsSummary(c.findings, 2) || <span class="muted">未发现问题</span>}</td>
              </tr>
              {open === c.uid && (
                <tr class="detail" data-testid="history-check-detail">
                  <td colSpan={7}>
                    {c.reason && <p>放行理由：{c.reason}</p>}
                    {c.action && <p class="muted">操作：{c.action}</p>}
                    <p class="muted">
                      稿件标识：{c.draftKey} · 内容哈希：<span class="mono">{c.hash}</span> · 字数 {c.chars}
                    </p>
                    {c.findings.length > 0 ? (
                      <ol>
                        {c.findings.map((f, i) => (
                          <li key={`${f.ruleId}-${f.start}-${i}`}>{findingText(f)}</li>
                        ))}
                      </ol>
                    ) : (
                      <p class="muted">未发现问题。</p>
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
            <th>签发时间</th>
            <th>账号</th>
            <th>标题</th>
            <th>审核人</th>
            <th>级别</th>
            <th>结论</th>
            <th>五关清单</th>
            <th>意见</th>
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
                《{s.title || '无标题'}》<div class="muted mono">{s.hash.slice(0, 12)}</div>
              </td>
              <td class="nowrap">
                {s.reviewer}
                {s.verified === false && <span class="tag muted"> 未验证</span>}
                <Origin origin={s.origin} />
              </td>
              <td class="nowrap">{levelLabel(s.level)}</td>
              <td class={`nowrap status-${s.decision === 'approve' ? 'approved' : 'rejected'}`}>
                {DECISION_LABELS[s.decision]}
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
            <th>时间</th>
            <th>操作</th>
            <th>操作人</th>
            <th>账号</th>
            <th>摘要</th>
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
              <td class={`nowrap audit-${a.action}`}>{AUDIT_LABELS[a.action]}</td>
              <td class="nowrap">{a.actor || <span class="muted">—</span>}</td>
              <td>{a.account || <span class="muted">—</span>}</td>
              <td class="summary">
                {a.summary}
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
      来自其他电脑（导入）
    </span>
  );
}
