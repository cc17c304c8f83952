import { type Column, toCsv } from '../../lib/history/export';
import type { HistoryFilter } from '../../lib/history/query';
import { storedText } from '../../lib/i18n/ui-message';
import type { TrailRow } from '../../lib/team/derive';

/** The team trail (every machine's records, from the replicated team database) under the page's filters. */

const localDate = (iso: string) => {
  const d = new Date(iso);
  return Number.isNaN(d.getTime())
    ? ''
    : `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

export function filterTrail(rows: readonly TrailRow[], f: HistoryFilter): TrailRow[] {
  const words = (f.text ?? '').trim().split(/\s+/).filter(Boolean);
  return rows.filter((r) => {
    if (f.account && r.account !== f.account) return false;
    const day = localDate(r.time);
    if (f.from && day < f.from) return false;
    if (f.to && day > f.to) return false;
    if (f.reviewer && r.user !== f.reviewer && r.claimedActor !== f.reviewer) return false;
    const hay = `${r.summary} ${storedText(r.message, r.summary)} ${r.user} ${r.claimedActor ?? ''} ${r.account ?? ''}`;
    return words.every((w) => hay.includes(w));
  });
}

const KIND_LABELS: Record<TrailRow['kind'], string> = {
  submission: '送审',
  withdrawal: '撤回',
  signoff: '签发',
  audit: '审计',
};
export const kindLabel = (k: TrailRow['kind']) => KIND_LABELS[k];

export const TRAIL_COLUMNS: readonly Column<TrailRow>[] = [
  { header: '时间', value: (r) => r.time },
  { header: '类型', value: (r) => KIND_LABELS[r.kind] },
  { header: '动作', value: (r) => r.action },
  { header: '用户（服务器认证）', value: (r) => r.user },
  { header: '记录机器声称的操作人', value: (r) => r.claimedActor },
  { header: '级别', value: (r) => r.level },
  { header: '账号', value: (r) => r.account },
  { header: '摘要', value: (r) => r.summary },
  { header: '机器', value: (r) => r.machine },
  { header: '内容哈希', value: (r) => r.hash },
  { header: '稿件', value: (r) => r.draftKey },
  { header: '记录编号', value: (r) => r.id },
];

export function trailCsv(rows: readonly TrailRow[]): string {
  return toCsv(rows, TRAIL_COLUMNS);
}

export function trailJson(rows: readonly TrailRow[], now: Date = new Date()): string {
  // The archive keeps the Chinese summary only (as before coded messages existed).
  const plain = rows.map(({ message: _shown, ...row }) => row);
  return `${JSON.stringify({ format: 'publish-guard-team-trail', version: 1, exportedAt: now.toISOString(), rows: plain }, null, 2)}\n`;
}
