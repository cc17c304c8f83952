import {
  CHECK_STATUSES,
  type HistoryFilter,
  type HistoryKind,
  type HistoryStatus,
  SIGNOFF_STATUSES,
} from '../../lib/history/query';
import { t } from '../../lib/i18n/all';

interface Props {
  filter: HistoryFilter;
  accounts: string[];
  reviewers: string[];
  onChange(next: HistoryFilter): void;
}

const KINDS: HistoryKind[] = ['check', 'publish', 'latest', 'signoff'];

/** 账号、起止日期、类型、状态、审核人、关键词. Empty values mean "all". */
export function FilterBar({ filter, accounts, reviewers, onChange }: Props) {
  const set = <K extends keyof HistoryFilter>(key: K, value: string) =>
    onChange({ ...filter, [key]: value === '' ? undefined : (value as HistoryFilter[K]) });
  const accountList = filter.account && !accounts.includes(filter.account) ? [...accounts, filter.account] : accounts;
  const reviewerList =
    filter.reviewer && !reviewers.includes(filter.reviewer) ? [...reviewers, filter.reviewer] : reviewers;
  return (
    <form class="filters" data-testid="history-filters" onSubmit={(e) => e.preventDefault()}>
      <label>
        {t('filterAccount')}
        <select
          value={filter.account ?? ''}
          onChange={(e) => set('account', e.currentTarget.value)}
          data-testid="filter-account"
        >
          <option value="">{t('filterAllAccounts')}</option>
          {accountList.map((a) => (
            <option key={a} value={a}>
              {a}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('filterFrom')}
        <input
          type="date"
          value={filter.from ?? ''}
          max={filter.to}
          onInput={(e) => set('from', e.currentTarget.value)}
          data-testid="filter-from"
        />
      </label>
      <label>
        {t('filterTo')}
        <input
          type="date"
          value={filter.to ?? ''}
          min={filter.from}
          onInput={(e) => set('to', e.currentTarget.value)}
          data-testid="filter-to"
        />
      </label>
      <label>
        {t('filterKind')}
        <select
          value={filter.kind ?? ''}
          onChange={(e) => set('kind', e.currentTarget.value)}
          data-testid="filter-kind"
        >
          <option value="">{t('filterAllKinds')}</option>
          {KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`histKind_${k}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('filterStatus')}
        <select
          value={filter.status ?? ''}
          onChange={(e) => set('status', e.currentTarget.value)}
          data-testid="filter-status"
        >
          <option value="">{t('filterAllStatuses')}</option>
          <optgroup label={t('filterChecksGroup')}>
            {CHECK_STATUSES.map((s: HistoryStatus) => (
              <option key={s} value={s}>
                {t(`histStatus_${s}`)}
              </option>
            ))}
          </optgroup>
          <optgroup label={t('histSignoffGroup')}>
            {SIGNOFF_STATUSES.map((s: HistoryStatus) => (
              <option key={s} value={s}>
                {t(`histStatus_${s}`)}
              </option>
            ))}
          </optgroup>
        </select>
      </label>
      <label>
        {t('reviewer')}
        <select
          value={filter.reviewer ?? ''}
          onChange={(e) => set('reviewer', e.currentTarget.value)}
          data-testid="filter-reviewer"
        >
          <option value="">{t('filterAllReviewers')}</option>
          {reviewerList.map((r) => (
            <option key={r} value={r}>
              {r}
            </option>
          ))}
        </select>
      </label>
      <label class="grow">
        {t('filterKeyword')}
        <input
          type="search"
          value={filter.text ?? ''}
          placeholder={t('filterKeywordHint')}
          onInput={(e) => set('text', e.currentTarget.value)}
          data-testid="filter-text"
        />
      </label>
      <button type="button" onClick={() => onChange({})} data-testid="filter-reset">
        {t('filterClear')}
      </button>
    </form>
  );
}
