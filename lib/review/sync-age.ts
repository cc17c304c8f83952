import { t } from '../i18n';

/** "审核状态同步于 5 分钟前": how old the replicated team state is, for the gate, the popup and the queue. */
export function syncAgeText(syncedAt: string | undefined, now: number = Date.now()): string {
  if (!syncedAt) return t('syncNever');
  const at = Date.parse(syncedAt);
  if (Number.isNaN(at)) return t('syncNever');
  const s = Math.max(0, Math.round((now - at) / 1000));
  if (s < 60) return t('syncJustNow');
  const age =
    s < 3600
      ? t('syncMinutes', { n: Math.floor(s / 60) })
      : s < 86_400
        ? t('syncHours', { n: Math.floor(s / 3600) })
        : t('syncDays', { n: Math.floor(s / 86_400) });
  return t('syncAgo', { age });
}
