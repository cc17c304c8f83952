/** "审核状态同步于 5 分钟前": how old the replicated team state is, for the gate, the popup and the queue. */
export function syncAgeText(syncedAt: string | undefined, now: number = Date.now()): string {
  if (!syncedAt) return '审核状态尚未与团队服务器同步';
  const t = Date.parse(syncedAt);
  if (Number.isNaN(t)) return '审核状态尚未与团队服务器同步';
  const s = Math.max(0, Math.round((now - t) / 1000));
  const age =
    s < 60
      ? '刚刚'
      : s < 3600
        ? `${Math.floor(s / 60)} 分钟前`
        : s < 86_400
          ? `${Math.floor(s / 3600)} 小时前`
          : `${Math.floor(s / 86_400)} 天前`;
  return `审核状态同步于${age === '刚刚' ? '刚刚' : ` ${age}`}`;
}
