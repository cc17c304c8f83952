import {
  CHECK_STATUSES,
  type HistoryFilter,
  type HistoryKind,
  type HistoryStatus,
  KIND_FILTER_LABELS,
  SIGNOFF_STATUSES,
  STATUS_FILTER_LABELS,
} from '../../lib/history/query';

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
        账号
        <select
          value={filter.account ?? ''}
          onChange={(e) => set('account', e.currentTarget.value)}
          data-testid="filter-account"
        >
          <option value="">全部账号</option>
          {accountList.map((a) => (
            <option key={a} value={a}>
              {a}
            </option>
          ))}
        </select>
      </label>
      <label>
        起始日期
        <input
          type="date"
          value={filter.from ?? ''}
          max={filter.to}
          onInput={(e) => set('from', e.currentTarget.value)}
          data-testid="filter-from"
        />
      </label>
      <label>
        截止日期
        <input
          type="date"
          value={filter.to ?? ''}
          min={filter.from}
          onInput={(e) => set('to', e.currentTarget.value)}
          data-testid="filter-to"
        />
      </label>
      <label>
        类型
        <select
          value={filter.kind ?? ''}
          onChange={(e) => set('kind', e.currentTarget.value)}
          data-testid="filter-kind"
        >
          <option value="">全部类型</option>
          {KINDS.map((k) => (
            <option key={k} value={k}>
              {KIND_FILTER_LABELS[k]}
            </option>
          ))}
        </select>
      </label>
      <label>
        状态
        <select
          value={filter.status ?? ''}
          onChange={(e) => set('status', e.currentTarget.value)}
          data-testid="filter-status"
        >
          <option value="">全部状态</option>
          <optgroup label="检查与发布">
            {CHECK_STATUSES.map((s: HistoryStatus) => (
              <option key={s} value={s}>
                {STATUS_FILTER_LABELS[s]}
              </option>
            ))}
          </optgroup>
          <optgroup label="签发">
            {SIGNOFF_STATUSES.map((s: HistoryStatus) => (
              <option key={s} value={s}>
                {STATUS_FILTER_LABELS[s]}
              </option>
            ))}
          </optgroup>
        </select>
      </label>
      <label>
        审核人
        <select
          value={filter.reviewer ?? ''}
          onChange={(e) => set('reviewer', e.currentTarget.value)}
          data-testid="filter-reviewer"
        >
          <option value="">全部审核人</option>
          {reviewerList.map((r) => (
            <option key={r} value={r}>
              {r}
            </option>
          ))}
        </select>
      </label>
      <label class="grow">
        关键词
        <input
          type="search"
          value={filter.text ?? ''}
          placeholder="标题、问题、意见、摘要"
          onInput={(e) => set('text', e.currentTarget.value)}
          data-testid="filter-text"
        />
      </label>
      <button type="button" onClick={() => onChange({})} data-testid="filter-reset">
        清除筛选
      </button>
    </form>
  );
}
